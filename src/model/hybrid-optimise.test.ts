/** The optimiser that picks a split, and the systems list’s URL codec. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeInputs,
  encodeInputs,
  SYSTEMS_KEY,
  DEFAULT_SYSTEMS,
  HYBRID_MAX_SYSTEMS,
  HYBRID_SPECS,
  type HybridInputs,
  SYSTEM_FIELD_SPECS,
  isAttackSurface,
  decodeSystems,
  defaultValues,
  encodeSystems,
  evaluateAssignment,
  optimiseHybrid,
} from './index';
import { INPUTS, SERVER, inputsArb, systemArb } from './hybrid.test-helpers';

describe('optimiseHybrid', () => {
  const inputs = defaultValues<HybridInputs>(HYBRID_SPECS);
  const r = optimiseHybrid(DEFAULT_SYSTEMS, inputs, { years: 1_000 });

  it('tries all 2^n assignments and reports the extremes', () => {
    expect(r.assignmentsEvaluated).toBe(64);
    expect(r.allBreakFix.managed.every((m) => !m)).toBe(true);
    expect(r.allManaged.managed.every((m) => m)).toBe(true);
    // 8% × 8,300 = 664 with nothing managed; half of it removed with all three ways in managed.
    expect(r.allBreakFix.risk).toBeCloseTo(664, 9);
    expect(r.allManaged.risk).toBeCloseTo(332, 9);
    expect(r.allBreakFix.expected).toBeCloseTo(r.perSystem.reduce((s, c) => s + c.breakFix, 0) + 664 + 1500, 6);
    expect(r.allManaged.expected).toBeCloseTo(r.perSystem.reduce((s, c) => s + c.managed, 0) + 332 + 1500, 6);
  });

  it('min-expected assignment picks, per system, the cheaper model counting the risk it forfeits (costs are additive)', () => {
    expect(r.minExpected.managed).toEqual(r.perSystem.map((c) => c.managed < c.breakFix + c.risk));
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

  it('a bad year (P90) of the simulated years sits just above the exact expected cost, not far from it', () => {
    // Fixed costs dominate both extremes, so the simulation's level is checked through its P90.
    for (const managed of [r.allBreakFix.managed, r.allManaged.managed]) {
      const e = evaluateAssignment(DEFAULT_SYSTEMS, inputs, managed, { years: 20_000 });
      expect(e.p90).toBeGreaterThan(e.expected * 0.99);
      expect(e.p90).toBeLessThan(e.expected * 1.5);
    }
  });

  it('caps the list at HYBRID_MAX_SYSTEMS and says so', () => {
    const many = Array.from({ length: HYBRID_MAX_SYSTEMS + 2 }, () => SERVER);
    const big = optimiseHybrid(many, INPUTS, { years: 100 });
    expect(big.assignmentsEvaluated).toBe(2 ** HYBRID_MAX_SYSTEMS);
    expect(big.truncated).toBe(true);
    expect(big.perSystem).toHaveLength(HYBRID_MAX_SYSTEMS);
  });

  it('an empty list costs the project work and the unreduced risk', () => {
    const none = optimiseHybrid([], INPUTS, { years: 100 });
    expect(none.assignmentsEvaluated).toBe(1);
    expect(none.minExpected).toMatchObject({ managed: [], cash: 1000, downtime: 0, risk: 600, expected: 1600 });
    expect(optimiseHybrid([], { ...INPUTS, severeChance: 0, projectHours: 0 }, { years: 100 }).minExpected).toEqual({
      managed: [],
      cash: 0,
      downtime: 0,
      risk: 0,
      expected: 0,
      p90: 0,
    });
  });

  const risk = fc.record({
    severeChance: fc.double({ min: 0, max: 100, noNaN: true }),
    severeCost: fc.double({ min: 0, max: 1e7, noNaN: true }),
    severeReduction: fc.double({ min: 0, max: 100, noNaN: true }),
  });

  it('property: managing one more way in never raises the risk; risk ≥ 0; expected = cash + downtime + risk (1,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(systemArb, fc.boolean()), { minLength: 1, maxLength: 10 }),
        risk,
        fc.nat(),
        (list, r, pick) => {
          const systems = list.map(([s]) => s);
          const managed = list.map(([, m]) => m);
          const inputs = { ...INPUTS, ...r };
          const before = evaluateAssignment(systems, inputs, managed, { years: 100 });
          const open = systems.map((_, i) => i).filter((i) => isAttackSurface(systems[i]!.kind) && !managed[i]);
          const sum = (a: typeof before) =>
            Math.abs(a.cash + a.downtime + a.risk - a.expected) <= 1e-9 * Math.max(1, a.expected);
          if (!(before.risk >= 0 && before.cash >= 0 && before.downtime >= 0 && sum(before))) return false;
          if (!open.length) return true;
          const next = managed.map((m, i) => m || i === open[pick % open.length]);
          const after = evaluateAssignment(systems, inputs, next, { years: 100 });
          return after.risk >= 0 && after.risk <= before.risk + 1e-9 && sum(after);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('property: min-expected never exceeds either extreme, P90s are finite, deterministic (300 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(systemArb, { maxLength: 5 }),
        inputsArb,
        fc.integer({ min: 1, max: 1e6 }),
        (systems, inputs, seed) => {
          const x = optimiseHybrid(systems, { ...inputs, seed }, { years: 100 });
          const y = optimiseHybrid(systems, { ...inputs, seed }, { years: 100 });
          const all = [x.minExpected, x.minP90, x.allBreakFix, x.allManaged];
          const finite = all.every((a) => Number.isFinite(a.expected) && Number.isFinite(a.p90) && a.risk >= 0);
          const sums = all.every(
            (a) => Math.abs(a.cash + a.downtime + a.risk - a.expected) <= 1e-9 * Math.max(1, a.expected),
          );
          const noMoreRisk = x.allManaged.risk <= x.allBreakFix.risk + 1e-9;
          return (
            sums &&
            noMoreRisk &&
            finite &&
            x.minExpected.expected <=
              Math.min(x.allBreakFix.expected, x.allManaged.expected) + 1e-6 * Math.max(1, x.allBreakFix.expected) &&
            x.minP90.p90 <= Math.min(x.allBreakFix.p90, x.allManaged.p90) + 1e-6 * Math.max(1, x.allBreakFix.p90) &&
            JSON.stringify(x) === JSON.stringify(y)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('systems URL codec', () => {
  it('encodes the default list compactly', () => {
    expect(encodeSystems(DEFAULT_SYSTEMS)).toBe(
      'sv_20_0.535_2_37_400*em_20_0.535_2_37_250*ws_1_36_1_22_1600*nw_20_0.535_2_37_250*pr_1_4_1_22_250*la_20_0.535_2_37_250',
    );
    expect(new URLSearchParams({ sys: encodeSystems(DEFAULT_SYSTEMS) }).toString()).not.toMatch(/%/);
  });
  it('round-trips', () => {
    expect(decodeSystems(encodeSystems(DEFAULT_SYSTEMS))).toEqual({ systems: DEFAULT_SYSTEMS, notices: [] });
  });
  it('links made with the old example list still decode as they were, without notices', () => {
    const old = decodeSystems(
      'sv_20_1_4_60_200*em_20_1_2_40_120*ws_1_12_1.5_100_1600*nw_20_1_3_80_150*pr_20_4_1_5_60*la_10_1_3_70_200',
    );
    expect(old.notices).toEqual([]);
    expect(old.systems[2]).toEqual({
      kind: 'workstations',
      users: 1,
      incidentsPerYear: 12,
      fixHours: 1.5,
      workStopped: 100,
      managedMonthly: 1600,
    });
    // The previous example list (printers on top of the 40 requests) decodes as linked, priced the new way.
    const prev =
      'sv_20_0.535_2_37_400*em_20_0.535_2_37_250*ws_1_40_1_22_1600*nw_20_0.535_2_37_250*pr_20_4_1_5_250*la_20_0.535_2_37_250';
    expect(decodeSystems(prev)).toMatchObject({ notices: [] });
    expect(decodeSystems(prev).systems[4]).toEqual({
      kind: 'printers',
      users: 20,
      incidentsPerYear: 4,
      fixHours: 1,
      workStopped: 5,
      managedMonthly: 250,
    });
    // Shared links without the risk, upkeep, tool and plan inputs take the comparison's defaults.
    const d = decodeInputs<HybridInputs>(HYBRID_SPECS, '?hr=120&sys=' + prev);
    expect(d.notices).toEqual([]);
    expect(d.values).toMatchObject({
      hourlyRate: 120,
      severeChance: 8,
      severeCost: 8300,
      severeReduction: 50,
      routineBy: 'staff',
      diyHoursPerWeek: 6,
      includesEndpoint: 'yes',
      annualRevenue: 2_000_000,
    });
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
          systems.every((s) =>
            SYSTEM_FIELD_SPECS.every((f) => Number.isFinite(s[f.id]) && s[f.id] >= f.min && s[f.id] <= f.max),
          )
        );
      }),
      { numRuns: 3_000 },
    );
  });
  it('whole-calculator query, as the island reads it: the shared fields decode, the systems list under its own key', () => {
    const inputs = defaultValues<HybridInputs>(HYBRID_SPECS);
    expect(encodeInputs(HYBRID_SPECS, inputs)).toBe('');
    const systems = [DEFAULT_SYSTEMS[0]!, { ...DEFAULT_SYSTEMS[1]!, users: 5 }];
    const q = `${encodeInputs(HYBRID_SPECS, { ...inputs, hourlyRate: 120 })}&${SYSTEMS_KEY}=${encodeSystems(systems)}`;
    expect(q).toBe('hr=120&sys=sv_20_0.535_2_37_400*em_5_0.535_2_37_250');
    const d = decodeInputs<HybridInputs>(HYBRID_SPECS, `?${q}&zz=1`);
    expect(d.values.hourlyRate).toBe(120);
    expect(d.ignoredKeys).toEqual(['sys', 'zz']);
    expect(decodeSystems(new URLSearchParams(q).get(SYSTEMS_KEY)).systems).toEqual(systems);
  });
});
