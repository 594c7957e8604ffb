import { describe, expect, it } from 'vitest';
import { annualTotals, breakEvenIncidentRate, compareModels, sensitivity } from './index';
import { COMPARISON } from './fixtures.test-helpers';

describe('compareModels: hand-worked (fixture: break/fix 12,060 vs managed 40,787.5 a year)', () => {
  const r = compareModels(COMPARISON);
  it('annual totals and difference', () => {
    expect(r.breakFix.annual.total).toBeCloseTo(12_060, 8);
    expect(r.managed.annual.total).toBe(40_787.5);
    expect(r.managedMinusBreakFix).toBeCloseTo(28_727.5, 8); // 40,787.5 − 12,060
    expect(r.cheaper).toBe('break-fix');
  });
  it('cumulative months: onboarding in month 1', () => {
    expect(r.monthly).toHaveLength(36);
    expect(r.monthly[0]).toEqual({ month: 1, breakFix: 1005, managed: 4565.625 }); // 12,060 ÷ 12; 1,200 + 3,365.625
    expect(r.monthly[35]?.breakFix).toBeCloseTo(36_180, 8); // 36 × 1,005
    expect(r.monthly[35]?.managed).toBeCloseTo(122_362.5, 8); // 1,200 + 36 × 3,365.625
    expect(r.breakEvenMonth).toBeNull();
  });
  it('break-even incident rate', () => {
    // break/fix per incident A = 3,015; managed downtime per remaining incident D = 1,443.75; r = 50%
    // fixed managed cost F = 36,000 + 400 + 1,500 = 37,900
    // λ* = F ÷ (A − 0.5 × D) = 37,900 ÷ (3,015 − 721.875) = 37,900 ÷ 2,293.125 = 16.5276…
    expect(r.breakEvenIncidentsPerYear).toBeCloseTo(16.527_664, 5);
    const at = annualTotals({ ...COMPARISON, incidentsPerYear: 37_900 / 2_293.125 });
    expect(at.breakFix.annual.total).toBeCloseTo(at.managed.annual.total, 6); // both ≈ 49,830.8
  });
  it('break-even month when managed is cheaper per month', () => {
    // 20 incidents: break/fix 20 × 3,015 = 60,300/yr = 5,025/month.
    // managed running: 3,000 + (1,500 + 10 × 1,443.75) ÷ 12 = 3,000 + 1,328.125 = 4,328.125; onboarding 1,200.
    // cumulative gap = 1,200 − 696.875 × m ≤ 0 from m = 1.72 → month 2.
    const busy = compareModels({ ...COMPARISON, incidentsPerYear: 20 });
    expect(busy.monthly[0]?.managed).toBeCloseTo(5528.125, 8);
    expect(busy.monthly[1]?.managed).toBeCloseTo(9856.25, 8); // 1,200 + 2 × 4,328.125 ≤ 10,050
    expect(busy.breakEvenMonth).toBe(2);
    expect(busy.cheaper).toBe('managed');
  });
  it('break-even month 1 when onboarding is free and managed is cheaper; horizon is respected', () => {
    const r1 = compareModels({ ...COMPARISON, incidentsPerYear: 20, onboardingPercent: 0, horizonMonths: 12 });
    expect(r1.breakEvenMonth).toBe(1);
    expect(r1.monthly).toHaveLength(12);
  });
  it('"never": when a managed incident costs as much as a break/fix one and none are prevented', () => {
    // reduction 0, same outage (wait 1 h = SLA 1 h), free labour and trips → A = D, denominator 0
    const never = { ...COMPARISON, incidentReduction: 0, waitHours: 1, hourlyRate: 0, tripCharge: 0 };
    expect(breakEvenIncidentRate(never)).toBeNull();
    expect(compareModels(never).breakEvenIncidentsPerYear).toBeNull();
  });
  it('equal totals report "equal"', () => {
    const lambda = breakEvenIncidentRate(COMPARISON) ?? 0;
    expect(compareModels({ ...COMPARISON, incidentsPerYear: lambda }).cheaper).toBe('equal');
  });
});

describe('sensitivity (tornado)', () => {
  const rows = sensitivity(COMPARISON);
  it('is sorted by swing, largest first, with no zero rows', () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.swing).toBeGreaterThanOrEqual(rows[i]!.swing);
    expect(rows.every((r) => r.swing > 0)).toBe(true);
  });
  it('leaves out prices that the chosen pricing model ignores', () => {
    const ids = rows.map((r) => r.id);
    expect(ids).toContain('perUserMonthly');
    expect(ids).not.toContain('workstationMonthly');
    expect(ids).not.toContain('flatMonthly');
    expect(sensitivity({ ...COMPARISON, pricingModel: 'flat' }).map((r) => r.id)).toContain('flatMonthly');
  });
  it('hourly rate row, hand-worked', () => {
    // ±50%: 75 and 225. Break/fix labour = 4 incidents × 2 h × rate × 1.1 = 8.8 × rate.
    // The difference (managed − break/fix) falls by 8.8 × 150 = 1,320 from low to high.
    const row = rows.find((r) => r.id === 'hourlyRate');
    expect(row).toMatchObject({ base: 150, low: 75, high: 225 });
    expect(row!.atLow - row!.atHigh).toBeCloseTo(1320, 8);
    expect(row!.swing).toBeCloseTo(1320, 8);
  });
  it('price per user dominates the fixture', () => {
    // fee 75 → 225 per user: fees 20 × 12 × (225 − 75) = 36,000, plus onboarding spread over 36 months:
    // 40% × 20 × (225 − 75) × 12 ÷ 36 = 400. Swing 36,400.
    expect(rows[0]?.swing).toBeCloseTo(36_400, 6);
    expect(['perUserMonthly', 'users']).toContain(rows[0]?.id);
  });
  it('percent ranges are clamped to the spec (incident reduction 80% ± 50% → 40%…100%)', () => {
    const row = sensitivity({ ...COMPARISON, incidentReduction: 80 }).find((r) => r.id === 'incidentReduction');
    expect(row).toMatchObject({ low: 40, high: 100 });
  });
});
