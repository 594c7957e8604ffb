import { describe, expect, it } from 'vitest';
import { annualTotals, breakEven, compareModels, sensitivity } from './index';
import { COMPARISON } from './fixtures.test-helpers';

describe('compareModels: hand-worked (fixture: break/fix 31,130 vs managed 41,787.5 a year; see options.test.ts)', () => {
  const r = compareModels(COMPARISON);
  it('cash, downtime and risk are compared apart', () => {
    expect(r.difference.cash).toBe(19_670); // 37,900 − 18,230
    expect(r.difference.downtime).toBe(-8512.5); // 3,387.5 − 11,900
    expect(r.difference.risk).toBe(-500); // 500 − 1,000
    expect(r.difference.total).toBe(10_657.5); // 41,787.5 − 31,130
    expect(r.cheaper).toBe('break-fix');
    expect(r.cheapest).toBe('breakFix');
    expect(r.cheapestCash).toBe('breakFix');
  });
  it('cumulative months: one-off costs in month 1, for every option', () => {
    expect(r.monthly).toHaveLength(36);
    expect(r.monthly[0]?.breakFix).toBeCloseTo(31_130 / 12, 9);
    expect(r.monthly[0]?.managed).toBeCloseTo(1200 + (41_787.5 - 400) / 12, 9); // onboarding + a month of the rest
    expect(r.monthly[35]?.managed).toBeCloseTo(3 * 41_787.5, 6); // 36 months = 3 average years
    expect(r.monthly[35]?.inHouse).toBeCloseTo(3 * r.options.inHouse.total, 6);
    expect(r.breakEvenMonth).toBeNull();
  });
  it('break-even outages a year', () => {
    // Each outage: break/fix 352.5 + 2,662.5 = 3,015; managed 50% × 1,443.75 = 721.875. Slope −2,293.125.
    // Difference with no outages: 10,657.5 + 4 × 2,293.125 = 19,830. x* = 19,830 ÷ 2,293.125 = 8.6477…
    expect(r.breakEvenOutagesPerYear).toBeCloseTo(19_830 / 2293.125, 9);
    const at = annualTotals({ ...COMPARISON, incidentsPerYear: 19_830 / 2293.125 });
    expect(at.breakFix.total).toBeCloseTo(at.managed.total, 6);
  });
  it('break-even requests per person a year', () => {
    // Each request: break/fix 172.5 + 6.25 × 5 = 203.75; managed 6.25 × 2 = 12.5. Per unit of requests per
    // person (20 people) the slope is 20 × (12.5 − 203.75) = −3,825; with none, 10,657.5 + 2 × 3,825 = 18,307.5.
    expect(r.breakEvenRequestsPerUser).toBeCloseTo(18_307.5 / 3825, 9); // 4.786…
  });
  it('break-even month when managed is cheaper per month', () => {
    // 20 outages: break/fix per month (31,130 + 16 × 3,015) ÷ 12 = 6,614.17; managed upfront 1,200 and
    // (41,787.5 + 8 × 1,443.75 − 400) ÷ 12 = 4,411.46 a month: 1,200 ≤ 2,202.7 × m from m = 0.54 → month 1.
    const busy = compareModels({ ...COMPARISON, incidentsPerYear: 20 });
    expect(busy.monthly[0]?.breakFix).toBeCloseTo((31_130 + 16 * 3015) / 12, 9);
    expect(busy.monthly[0]?.managed).toBeCloseTo(1200 + (41_787.5 + 8 * 1443.75 - 400) / 12, 9);
    expect(busy.breakEvenMonth).toBe(1);
    expect(busy.cheaper).toBe('managed');
    // With 15,000 of onboarding up front, managed catches up some months later, and not before.
    const slow = compareModels({ ...COMPARISON, incidentsPerYear: 12, onboardingPercent: 500 });
    expect(slow.breakEvenMonth).toBeGreaterThan(1);
    const m = slow.breakEvenMonth!;
    expect(slow.monthly[m - 1]!.managed).toBeLessThanOrEqual(slow.monthly[m - 1]!.breakFix + 1e-6);
    expect(slow.monthly[m - 2]!.managed).toBeGreaterThan(slow.monthly[m - 2]!.breakFix);
  });
  it('"never" and "at any number"', () => {
    // Nothing prevented, SLA as slow as the break/fix wait, free labour and trips: outages cost the same
    // on both sides, so more of them never close the gap.
    const never = { ...COMPARISON, incidentReduction: 0, waitHours: 1, hourlyRate: 0, tripCharge: 0 };
    expect(breakEven(never, 'incidentsPerYear')).toBeNull();
    // A free plan is cheaper however few outages there are.
    expect(breakEven({ ...COMPARISON, perUserMonthly: 0, onboardingPercent: 0 }, 'incidentsPerYear')).toBe(0);
  });
  it('equal totals report "equal"', () => {
    const x = breakEven(COMPARISON, 'incidentsPerYear')!;
    expect(compareModels({ ...COMPARISON, incidentsPerYear: x }).cheaper).toBe('equal');
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
    // ±50%: 75 and 225. Break/fix labour = 4 outages × 2 h × rate × 1.1 + 40 requests × 1 h × rate = 48.8 × rate;
    // managed pays none of it. The difference (managed − break/fix) falls by 48.8 × 150 = 7,320 from low to high.
    const row = rows.find((r) => r.id === 'hourlyRate');
    expect(row).toMatchObject({ base: 150, low: 75, high: 225 });
    expect(row!.atLow - row!.atHigh).toBeCloseTo(7320, 8);
    expect(row!.swing).toBeCloseTo(7320, 8);
  });
  it('price per user dominates the fixture', () => {
    // fee 75 → 225 per user: fees 20 × 12 × (225 − 75) = 36,000, plus onboarding spread over 36 months:
    // 40% × 20 × (225 − 75) × 12 ÷ 36 = 400. Swing 36,400.
    expect(rows[0]?.id).toBe('perUserMonthly');
    expect(rows[0]?.swing).toBeCloseTo(36_400, 6);
  });
  it('the new inputs are ranked too: requests, upkeep time, tools and risk', () => {
    const ids = rows.map((r) => r.id);
    for (const id of ['requestsPerUser', 'diyHoursPerWeek', 'endpointMonthly', 'severeChance', 'severeReduction'])
      expect(ids).toContain(id);
    // Upkeep: 2 to 6 h a week × 52 × 31.25 is paid by break/fix only: swing 4 × 52 × 31.25 = 6,500.
    expect(rows.find((r) => r.id === 'diyHoursPerWeek')?.swing).toBeCloseTo(6500, 8);
    // In-house inputs do not move managed − break/fix, so they are left out.
    expect(ids).not.toContain('itSalary');
  });
  it('percent ranges are clamped to the spec (incident reduction 80% ± 50% → 40%…100%)', () => {
    const row = sensitivity({ ...COMPARISON, incidentReduction: 80 }).find((r) => r.id === 'incidentReduction');
    expect(row).toMatchObject({ low: 40, high: 100 });
  });
});
