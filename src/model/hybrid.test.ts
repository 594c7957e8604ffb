import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SYSTEMS,
  HYBRID_MAX_SYSTEMS,
  HYBRID_SPECS,
  type HybridInputs,
  type HybridSystem,
  SYSTEM_FIELD_SPECS,
  SYSTEM_KINDS,
  decodeHybridQuery,
  decodeSystems,
  encodeHybridQuery,
  defaultValues,
  encodeSystems,
  evaluateAssignment,
  optimiseHybrid,
  systemCosts,
} from './index';

/**
 * loaded cost = 52,000 × 1.25 ÷ 2,080 = 31.25/h; no minimum, no after-hours, no trips;
 * wait 4 h, SLA 1 h, managed prevents 50%.
 */
const INPUTS: HybridInputs = {
  annualSalary: 52_000,
  overheadFactor: 1.25,
  hourlyRate: 150,
  afterHoursShare: 0,
  afterHoursMultiplier: 1.5,
  minimumBilledHours: 0,
  onsiteShare: 0,
  tripCharge: 45,
  waitHours: 4,
  slaResponseHours: 1,
  incidentReduction: 50,
  spread: 'medium',
  seed: 1,
};
const SERVER: HybridSystem = { kind: 'server', users: 10, incidentsPerYear: 2, fixHours: 2, workStopped: 50, managedMonthly: 100 };

describe('systemCosts: hand-worked', () => {
  it('one server', () => {
    // lost productivity/hour = 10 × 31.25 × 50% = 156.25
    // break/fix = 2 × (2 h × 150 + 156.25 × (4 + 2)) = 2 × (300 + 937.5) = 2,475
    // managed = 12 × 100 + 2 × 50% × 156.25 × (1 + 2) = 1,200 + 468.75 = 1,668.75
    const [c] = systemCosts([SERVER], INPUTS);
    expect(c).toMatchObject({ kind: 'server', breakFix: 2475, managed: 1668.75 });
  });
  it('after-hours and trips add to break/fix only', () => {
    // labour factor 1 + 0.5 × 0.5 = 1.25 → 2 × 2 × 150 × 1.25 = 750; trips 2 × 100% × 45 = 90
    // break/fix = 750 + 90 + 2 × 937.5 = 2,715
    const [c] = systemCosts([SERVER], { ...INPUTS, afterHoursShare: 50, onsiteShare: 100 });
    expect(c?.breakFix).toBeCloseTo(2715, 9);
    expect(c?.managed).toBe(1668.75);
  });
});

describe('optimiseHybrid', () => {
  const inputs = defaultValues<HybridInputs>(HYBRID_SPECS);
  const r = optimiseHybrid(DEFAULT_SYSTEMS, inputs, { years: 1_000 });

  it('tries all 2^n assignments and reports the extremes', () => {
    expect(r.assignmentsEvaluated).toBe(64);
    expect(r.allBreakFix.managed.every((m) => !m)).toBe(true);
    expect(r.allManaged.managed.every((m) => m)).toBe(true);
    expect(r.allBreakFix.expected).toBeCloseTo(r.perSystem.reduce((s, c) => s + c.breakFix, 0), 6);
    expect(r.allManaged.expected).toBeCloseTo(r.perSystem.reduce((s, c) => s + c.managed, 0), 6);
  });

  it('min-expected assignment picks, per system, the cheaper model (costs are additive)', () => {
    expect(r.minExpected.managed).toEqual(r.perSystem.map((c) => c.managed < c.breakFix));
    expect(r.minExpected.expected).toBeLessThanOrEqual(Math.min(r.allBreakFix.expected, r.allManaged.expected) + 1e-6);
  });

  it('matches a brute-force search with evaluateAssignment (same samples, same seed)', () => {
    let bestE = Infinity;
    let bestP = Infinity;
    for (let mask = 0; mask < 64; mask++) {
      const a = DEFAULT_SYSTEMS.map((_, i) => (mask & (1 << i)) !== 0);
      const e = evaluateAssignment(DEFAULT_SYSTEMS, inputs, a, { years: 1_000 });
      bestE = Math.min(bestE, e.expected);
      bestP = Math.min(bestP, e.p90);
    }
    expect(r.minExpected.expected).toBeCloseTo(bestE, 6);
    expect(r.minP90.p90).toBeCloseTo(bestP, 6);
    const again = evaluateAssignment(DEFAULT_SYSTEMS, inputs, r.minP90.managed, { years: 1_000 });
    expect(again.p90).toBeCloseTo(r.minP90.p90, 6);
  });

  it('caps the list at HYBRID_MAX_SYSTEMS and says so', () => {
    const many = Array.from({ length: HYBRID_MAX_SYSTEMS + 2 }, () => SERVER);
    const big = optimiseHybrid(many, INPUTS, { years: 100 });
    expect(big.assignmentsEvaluated).toBe(2 ** HYBRID_MAX_SYSTEMS);
    expect(big.truncated).toBe(true);
    expect(big.perSystem).toHaveLength(HYBRID_MAX_SYSTEMS);
  });

  it('an empty list costs nothing', () => {
    const none = optimiseHybrid([], INPUTS, { years: 100 });
    expect(none.assignmentsEvaluated).toBe(1);
    expect(none.minExpected).toEqual({ managed: [], expected: 0, p90: 0 });
  });

  it('property: min-expected never exceeds either extreme, P90s are finite, deterministic (300 cases)', () => {
    const system = fc.record({
      kind: fc.constantFrom(...SYSTEM_KINDS.map((k) => k.id)),
      users: fc.integer({ min: 0, max: 200 }),
      incidentsPerYear: fc.double({ min: 0, max: 40, noNaN: true }),
      fixHours: fc.double({ min: 0, max: 24, noNaN: true }),
      workStopped: fc.integer({ min: 0, max: 100 }),
      managedMonthly: fc.integer({ min: 0, max: 5_000 }),
    });
    fc.assert(
      fc.property(fc.array(system, { maxLength: 5 }), fc.integer({ min: 1, max: 1e6 }), (systems, seed) => {
        const x = optimiseHybrid(systems, { ...INPUTS, seed }, { years: 100 });
        const y = optimiseHybrid(systems, { ...INPUTS, seed }, { years: 100 });
        const finite = [x.minExpected, x.minP90, x.allBreakFix, x.allManaged].every((a) => Number.isFinite(a.expected) && Number.isFinite(a.p90));
        return (
          finite &&
          x.minExpected.expected <= Math.min(x.allBreakFix.expected, x.allManaged.expected) + 1e-6 &&
          x.minP90.p90 <= Math.min(x.allBreakFix.p90, x.allManaged.p90) + 1e-6 &&
          JSON.stringify(x) === JSON.stringify(y)
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('systems URL codec', () => {
  it('encodes the default list compactly', () => {
    expect(encodeSystems(DEFAULT_SYSTEMS)).toBe('sv_20_1_4_60_200*em_20_1_2_40_120*ws_1_12_1.5_100_1600*nw_20_1_3_80_150*pr_20_4_1_5_60*la_10_1_3_70_200');
    expect(new URLSearchParams({ sys: encodeSystems(DEFAULT_SYSTEMS) }).toString()).not.toMatch(/%/);
  });
  it('round-trips', () => {
    expect(decodeSystems(encodeSystems(DEFAULT_SYSTEMS))).toEqual({ systems: DEFAULT_SYSTEMS, notices: [] });
  });
  it('repairs bad input with notices', () => {
    const { systems, notices } = decodeSystems('sv_1_2_3_4_5*zz_1*em_x_1e9');
    expect(systems.map((s) => s.kind)).toEqual(['server', 'other', 'email']);
    expect(systems[2]).toMatchObject({ users: 20, incidentsPerYear: 365 });
    expect(notices.map((n) => n.code)).toContain('not-allowed');
    expect(notices.map((n) => n.code)).toContain('above-max');
  });
  it('drops systems beyond the cap, and falls back to the example list for empty input', () => {
    const eleven = Array.from({ length: 11 }, () => 'sv_1_1_1_1_1').join('*');
    const d = decodeSystems(eleven);
    expect(d.systems).toHaveLength(HYBRID_MAX_SYSTEMS);
    expect(d.notices[0]?.code).toBe('above-max');
    expect(decodeSystems('').systems).toEqual(DEFAULT_SYSTEMS);
    expect(decodeSystems(undefined)).toEqual({ systems: DEFAULT_SYSTEMS, notices: [] });
    expect(decodeSystems(42).notices).toHaveLength(1);
  });
  it('property: decode never throws and always yields valid systems (3,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.anything()), (raw) => {
        const { systems } = decodeSystems(raw);
        return (
          systems.length <= HYBRID_MAX_SYSTEMS &&
          systems.every((s) => SYSTEM_FIELD_SPECS.every((f) => Number.isFinite(s[f.id]) && s[f.id] >= f.min && s[f.id] <= f.max))
        );
      }),
      { numRuns: 3_000 },
    );
  });
  it('whole-calculator query: omits defaults, round-trips, ignores unknown keys', () => {
    const inputs = defaultValues<HybridInputs>(HYBRID_SPECS);
    expect(encodeHybridQuery(inputs, DEFAULT_SYSTEMS)).toBe('');
    const systems = [DEFAULT_SYSTEMS[0]!, { ...DEFAULT_SYSTEMS[1]!, users: 5 }];
    const q = encodeHybridQuery({ ...inputs, hourlyRate: 120 }, systems);
    expect(q).toBe('hr=120&sys=sv_20_1_4_60_200*em_5_1_2_40_120');
    const d = decodeHybridQuery(`?${q}&zz=1`);
    expect(d.values.hourlyRate).toBe(120);
    expect(d.systems).toEqual(systems);
    expect(d.ignoredKeys).toEqual(['zz']);
    expect(decodeHybridQuery(new URLSearchParams(q)).systems).toEqual(systems);
    expect(decodeHybridQuery({ sys: 'bogus' }).systems[0]?.kind).toBe('other');
    expect(decodeHybridQuery(null).systems).toEqual(DEFAULT_SYSTEMS);
  });
});
