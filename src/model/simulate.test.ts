import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPARISON_SPECS, type ComparisonInputs, annualTotals, defaultValues, simulateYears } from './index';
import { COMPARISON } from './fixtures.test-helpers';

const DEFAULTS = defaultValues<ComparisonInputs>(COMPARISON_SPECS);

describe('simulateYears', () => {
  it('same inputs and seed → identical results; another seed → different draws', () => {
    const a = simulateYears(DEFAULTS, { years: 2_000 });
    const b = simulateYears(DEFAULTS, { years: 2_000 });
    expect(b).toEqual(a);
    expect(simulateYears(DEFAULTS, { years: 2_000, seed: 2 }).breakFix.mean).not.toBe(a.breakFix.mean);
    expect(simulateYears({ ...DEFAULTS, seed: 2 }, { years: 2_000 })).toEqual(
      simulateYears(DEFAULTS, { years: 2_000, seed: 2 }),
    );
  });

  it('percentiles are ordered and the histogram covers every year on shared edges', () => {
    const r = simulateYears(DEFAULTS, { years: 10_000, bins: 24 });
    for (const d of [r.breakFix, r.managed]) {
      expect(d.min).toBeLessThanOrEqual(d.p10);
      expect(d.p10).toBeLessThanOrEqual(d.p50);
      expect(d.p50).toBeLessThanOrEqual(d.p90);
      expect(d.p90).toBeLessThanOrEqual(d.max);
    }
    expect(r.histogram.edges).toHaveLength(25);
    for (let i = 1; i < 25; i++) expect(r.histogram.edges[i]!).toBeGreaterThan(r.histogram.edges[i - 1]!);
    const total = (c: number[]) => c.reduce((s, x) => s + x, 0);
    expect(total(r.histogram.breakFix)).toBe(10_000);
    expect(total(r.histogram.managed)).toBe(10_000);
    expect(r.histogram.edges[0]).toBe(Math.min(r.breakFix.min, r.managed.min));
    expect(r.probabilityBreakFixCostsMore).toBeGreaterThanOrEqual(0);
    expect(r.probabilityBreakFixCostsMore).toBeLessThanOrEqual(1);
  });

  it('no outages, requests or incidents: each side costs exactly its fixed costs every year', () => {
    const r = simulateYears(
      { ...COMPARISON, incidentsPerYear: 0, requestsPerUser: 0, severeChance: 0 },
      { years: 500 },
    );
    // managed: 36,000 fees + 400 onboarding + 1,500 projects; break/fix: 6,500 upkeep + 1,920 tools + 1,500 projects
    expect(r.managed).toMatchObject({
      p10: 37_900,
      p50: 37_900,
      p90: 37_900,
      mean: 37_900,
      min: 37_900,
      max: 37_900,
      sd: 0,
    });
    expect(r.breakFix).toMatchObject({ p10: 9920, p90: 9920, mean: 9920, max: 9920 });
    expect(r.probabilityBreakFixCostsMore).toBe(0);
  });

  it('a severe incident every year (100%): break/fix pays it every year, managed in half of them', () => {
    const base = { ...COMPARISON, incidentsPerYear: 0, requestsPerUser: 0 };
    const r = simulateYears({ ...base, severeChance: 100 }, { years: 4000 });
    expect(r.breakFix).toMatchObject({ min: 19_920, max: 19_920 }); // 9,920 + 10,000
    expect(r.managed.min).toBe(37_900);
    expect(r.managed.max).toBe(47_900);
    expect(Math.abs(r.managed.mean - 42_900)).toBeLessThan(4 * (5000 / Math.sqrt(4000))); // 37,900 + 50% × 10,000
  });

  it('requests: a Poisson count at the expected cost of each (no outages, no risk)', () => {
    const inputs = { ...COMPARISON, incidentsPerYear: 0, severeChance: 0 };
    const r = simulateYears(inputs, { years: 20_000 });
    const t = annualTotals(inputs);
    expect(within(r.breakFix, t.breakFix.total, 20_000)).toBe(true);
    // Var of a Poisson(40) count × 203.75 a request: sd = √40 × 203.75 ≈ 1,288.6
    expect(r.breakFix.sd).toBeCloseTo(Math.sqrt(40) * 203.75, -2);
  });

  it('break/fix is the less predictable model: wider P10–P90 relative to its mean', () => {
    const r = simulateYears(DEFAULTS, { years: 10_000 });
    const width = (d: { p10: number; p90: number; mean: number }) => (d.p90 - d.p10) / d.mean;
    expect(width(r.breakFix)).toBeGreaterThan(width(r.managed));
  });

  // Tolerance: the simulated mean must lie within 4 standard errors (sd ÷ √years) of the analytic
  // expectation, plus 1e-4 relative for the interpolated lognormal table. At 4 SE a correct model fails
  // about 6 times in 100,000.
  const within = (sim: { mean: number; sd: number }, expected: number, years: number) =>
    Math.abs(sim.mean - expected) <= 4 * (sim.sd / Math.sqrt(years)) + 1e-4 * expected + 1e-9;

  it.each(['low', 'medium', 'high'] as const)(
    'spread %s: simulated means match the analytic expectation (50,000 years)',
    (spread) => {
      const inputs = { ...DEFAULTS, spread, incidentsPerYear: 6 };
      const r = simulateYears(inputs, { years: 50_000 });
      const t = annualTotals(inputs);
      expect(within(r.breakFix, t.breakFix.total, 50_000)).toBe(true);
      expect(within(r.managed, t.managed.total, 50_000)).toBe(true);
    },
  );

  it('large λ (PTRS path): 60 incidents a year', () => {
    const inputs = { ...DEFAULTS, incidentsPerYear: 60 };
    const r = simulateYears(inputs, { years: 20_000 });
    expect(within(r.breakFix, annualTotals(inputs).breakFix.total, 20_000)).toBe(true);
  });

  it('property: simulated mean within tolerance of the analytic mean for random inputs (30 cases × 20,000 years)', () => {
    const arb = fc.record({
      incidentsPerYear: fc.double({ min: 0.1, max: 40, noNaN: true }),
      fixHours: fc.double({ min: 0, max: 12, noNaN: true }),
      waitHours: fc.double({ min: 0, max: 48, noNaN: true }),
      minimumBilledHours: fc.constantFrom(0, 0.5, 1, 2),
      afterHoursShare: fc.integer({ min: 0, max: 100 }),
      onsiteShare: fc.integer({ min: 0, max: 100 }),
      incidentReduction: fc.integer({ min: 0, max: 100 }),
      requestsPerUser: fc.double({ min: 0, max: 12, noNaN: true }),
      severeChance: fc.integer({ min: 0, max: 100 }),
      severeReduction: fc.integer({ min: 0, max: 100 }),
      includesHelpDesk: fc.constantFrom('yes', 'no' as const),
      includesMaintenance: fc.constantFrom('yes', 'no' as const),
      slaResponseHours: fc.double({ min: 0, max: 8, noNaN: true }),
      spread: fc.constantFrom('low', 'medium', 'high' as const),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    });
    fc.assert(
      fc.property(arb, (over) => {
        const inputs = { ...DEFAULTS, ...over };
        const r = simulateYears(inputs, { years: 20_000 });
        const t = annualTotals(inputs);
        return within(r.breakFix, t.breakFix.total, 20_000) && within(r.managed, t.managed.total, 20_000);
      }),
      { numRuns: 30, seed: 20_261_121 },
    );
  });

  it('options are clamped: 0 years → 1, absurd bins → 200', () => {
    const r = simulateYears(DEFAULTS, { years: 0, bins: 10_000 });
    expect(r.years).toBe(1);
    expect(r.histogram.edges).toHaveLength(201);
  });
});
