import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BREAK_FIX_SPECS,
  DEFAULT_SYSTEMS,
  HYBRID_MAX_SYSTEMS,
  HYBRID_SPECS,
  type HybridInputs,
  type HybridSystem,
  MANAGED_SPECS,
  PROFILE_SPECS,
  REQUEST_SPECS,
  RISK_SPECS,
  SYSTEM_FIELD_SPECS,
  SYSTEM_KINDS,
  type InputSpec,
  isAttackSurface,
  riskOf,
  splitCost,
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
 * wait 4 h, SLA 1 h, managed prevents 50%; a severe incident 10% a year × 6,000, 60% of it removed
 * when every system that can let an attacker in is managed.
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
  severeChance: 10,
  severeCost: 6000,
  severeReduction: 60,
  spread: 'medium',
  seed: 1,
};
const SERVER: HybridSystem = { kind: 'server', users: 10, incidentsPerYear: 2, fixHours: 2, workStopped: 50, managedMonthly: 100 };
/** The server's numbers on the three kinds that can let an attacker in, and the server itself. */
const MIXED: HybridSystem[] = (['workstations', 'email', 'network', 'server'] as const).map((kind) => ({ ...SERVER, kind }));

const defaultOf = (list: readonly InputSpec[], id: string) => list.find((s) => s.id === id)!.default;
const byKind = (kind: HybridSystem['kind']) => DEFAULT_SYSTEMS.find((s) => s.kind === kind)!;

describe('DEFAULT_SYSTEMS: the comparison’s firm', () => {
  const shared = DEFAULT_SYSTEMS.filter((s) => ['server', 'email', 'network', 'lob-app'].includes(s.kind));

  it('whole-office failures of the shared systems add up to the comparison’s 2.14 outages a year', () => {
    expect(shared).toHaveLength(4);
    expect(shared.reduce((sum, s) => sum + s.incidentsPerYear, 0)).toBeCloseTo(defaultOf(BREAK_FIX_SPECS, 'incidentsPerYear'), 12);
    expect(defaultOf(BREAK_FIX_SPECS, 'incidentsPerYear')).toBe(2.14);
    for (const s of shared) {
      expect(s).toMatchObject({
        incidentsPerYear: 0.535,
        users: defaultOf(PROFILE_SPECS, 'staffAffected'),
        workStopped: defaultOf(PROFILE_SPECS, 'productivityLoss'),
        fixHours: defaultOf(BREAK_FIX_SPECS, 'fixHours'),
      });
    }
  });

  it('workstations are the everyday requests: 20 people × 2 a year, 1 h hands-on, 22% stop the person', () => {
    expect(byKind('workstations')).toEqual({
      kind: 'workstations',
      users: 1,
      incidentsPerYear: defaultOf(REQUEST_SPECS, 'users') * defaultOf(REQUEST_SPECS, 'requestsPerUser'),
      fixHours: defaultOf(REQUEST_SPECS, 'requestFixHours'),
      workStopped: defaultOf(REQUEST_SPECS, 'requestStopShare'),
      managedMonthly: defaultOf(MANAGED_SPECS, 'workstations') * defaultOf(MANAGED_SPECS, 'workstationMonthly'),
    });
    expect(byKind('workstations')).toMatchObject({ incidentsPerYear: 40, fixHours: 1, workStopped: 22, managedMonthly: 1600 });
  });

  it('managed prices add up to the comparison’s fee, 20 users × $150 = $3,000 a month', () => {
    const fee = defaultOf(REQUEST_SPECS, 'users') * defaultOf(MANAGED_SPECS, 'perUserMonthly');
    expect(fee).toBe(3000);
    expect(DEFAULT_SYSTEMS.reduce((sum, s) => sum + s.managedMonthly, 0)).toBe(fee);
    expect(byKind('server').managedMonthly).toBe(defaultOf(MANAGED_SPECS, 'servers') * defaultOf(MANAGED_SPECS, 'serverMonthly'));
    // The rest, 3,000 − 1,600 − 400 = 1,000, evenly over email, network, printers and the business app.
    for (const k of ['email', 'network', 'printers', 'lob-app'] as const) expect(byKind(k).managedMonthly).toBe(250);
  });

  it('every default system survives the URL codec and its field specs unchanged', () => {
    for (const s of DEFAULT_SYSTEMS) for (const f of SYSTEM_FIELD_SPECS) expect(decodeSystems(encodeSystems([s])).systems[0]![f.id]).toBe(s[f.id]);
  });

  it('workstations, email and network can let an attacker in; nothing else can', () => {
    expect(SYSTEM_KINDS.filter((k) => isAttackSurface(k.id)).map((k) => k.id)).toEqual(['email', 'workstations', 'network']);
  });

  it('the risk inputs are the comparison’s (8% a year × $8,300, half removed by managed upkeep)', () => {
    for (const id of ['severeChance', 'severeCost', 'severeReduction']) expect(HYBRID_SPECS.find((s) => s.id === id)).toBe(RISK_SPECS.find((s) => s.id === id));
    expect(defaultValues<HybridInputs>(HYBRID_SPECS)).toMatchObject({ severeChance: 8, severeCost: 8300, severeReduction: 50 });
  });
});

describe('systemCosts: hand-worked', () => {
  it('one server', () => {
    // lost productivity/hour = 10 × 31.25 × 50% = 156.25
    // break/fix = 2 × (2 h × 150 + 156.25 × (4 + 2)) = 2 × (300 + 937.5) = 2,475
    // managed = 12 × 100 + 2 × 50% × 156.25 × (1 + 2) = 1,200 + 468.75 = 1,668.75
    const [c] = systemCosts([SERVER], INPUTS);
    expect(c).toMatchObject({ kind: 'server', breakFix: 2475, managed: 1668.75, risk: 0 });
    // cash: 2 × 2 h × 150 = 600 and 12 × 100 = 1,200; downtime: 2 × 937.5 = 1,875 and 468.75
    expect(c?.cash).toEqual({ breakFix: 600, managed: 1200 });
    expect(c?.downtime).toEqual({ breakFix: 1875, managed: 468.75 });
  });
  it('after-hours and trips add to break/fix only', () => {
    // labour factor 1 + 0.5 × 0.5 = 1.25 → 2 × 2 × 150 × 1.25 = 750; trips 2 × 100% × 45 = 90
    // break/fix = 750 + 90 + 2 × 937.5 = 2,715
    const [c] = systemCosts([SERVER], { ...INPUTS, afterHoursShare: 50, onsiteShare: 100 });
    expect(c?.breakFix).toBeCloseTo(2715, 9);
    expect(c?.managed).toBe(1668.75);
  });
});

describe('security-incident risk: hand-worked', () => {
  // Full risk 10% × 6,000 = 600; three ways in, each forfeits 600 × 60% ÷ 3 = 120 on break/fix.
  const costs = systemCosts(MIXED, INPUTS);
  const { floor, each } = riskOf(MIXED, INPUTS);
  const riskWith = (managed: boolean[]) => splitCost(costs, floor, managed).risk;

  it('none, some and all of the attack-surface systems managed', () => {
    expect(each).toBeCloseTo(120, 9);
    expect(floor).toBeCloseTo(240, 9);
    expect(costs.map((c) => c.risk)).toEqual([each, each, each, 0]);
    expect(riskWith([false, false, false, false])).toBeCloseTo(600, 9);
    expect(riskWith([true, false, false, false])).toBeCloseTo(480, 9);
    expect(riskWith([true, true, false, true])).toBeCloseTo(360, 9);
    expect(riskWith([true, true, true, false])).toBeCloseTo(240, 9);
    // Managing the server (no way in) changes nothing.
    expect(riskWith([true, true, true, true])).toBeCloseTo(240, 9);
  });

  it('a split’s expected cost is its cash + downtime + risk', () => {
    // Email and server managed: cash 600 + 1,200 + 600 + 1,200; downtime 1,875 + 468.75 + 1,875 + 468.75; risk 600 − 120.
    const r = evaluateAssignment(MIXED, INPUTS, [false, true, false, true], { years: 200 });
    expect(r.cash).toBeCloseTo(3600, 9);
    expect(r.downtime).toBeCloseTo(4687.5, 9);
    expect(r.risk).toBeCloseTo(480, 9);
    expect(r.expected).toBeCloseTo(3600 + 4687.5 + 480, 9);
  });

  it('with nothing that can let an attacker in, the whole risk stays: chance × cost', () => {
    expect(riskOf([SERVER], INPUTS)).toMatchObject({ floor: 600, each: 0 });
    expect(evaluateAssignment([SERVER], INPUTS, [true], { years: 100 }).risk).toBe(600);
  });

  it('the simulated years carry the incident, on the same luck for every split', () => {
    const quiet = MIXED.map((s) => ({ ...s, incidentsPerYear: 0, managedMonthly: 0 }));
    const coin = { ...INPUTS, severeChance: 50, severeCost: 1000, severeReduction: 100 };
    expect(evaluateAssignment(quiet, coin, [], { years: 1000 }).p90).toBe(1000);
    expect(evaluateAssignment(quiet, coin, [true, true, true, false], { years: 1000 }).p90).toBe(0);
    const r = optimiseHybrid(quiet, coin, { years: 1000 });
    expect(r.allManaged).toMatchObject({ risk: 0, p90: 0 });
    expect(r.minP90.p90).toBe(0);
    expect(r.minExpected.managed.slice(0, 3)).toEqual([true, true, true]);
  });
});

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
    expect(r.allBreakFix.expected).toBeCloseTo(r.perSystem.reduce((s, c) => s + c.breakFix, 0) + 664, 6);
    expect(r.allManaged.expected).toBeCloseTo(r.perSystem.reduce((s, c) => s + c.managed, 0) + 332, 6);
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

  it('caps the list at HYBRID_MAX_SYSTEMS and says so', () => {
    const many = Array.from({ length: HYBRID_MAX_SYSTEMS + 2 }, () => SERVER);
    const big = optimiseHybrid(many, INPUTS, { years: 100 });
    expect(big.assignmentsEvaluated).toBe(2 ** HYBRID_MAX_SYSTEMS);
    expect(big.truncated).toBe(true);
    expect(big.perSystem).toHaveLength(HYBRID_MAX_SYSTEMS);
  });

  it('an empty list costs only the unreduced risk', () => {
    const none = optimiseHybrid([], INPUTS, { years: 100 });
    expect(none.assignmentsEvaluated).toBe(1);
    expect(none.minExpected).toMatchObject({ managed: [], cash: 0, downtime: 0, risk: 600, expected: 600 });
    expect(optimiseHybrid([], { ...INPUTS, severeChance: 0 }, { years: 100 }).minExpected).toEqual({ managed: [], cash: 0, downtime: 0, risk: 0, expected: 0, p90: 0 });
  });

  const system = fc.record({
    kind: fc.constantFrom(...SYSTEM_KINDS.map((k) => k.id)),
    users: fc.integer({ min: 0, max: 200 }),
    incidentsPerYear: fc.double({ min: 0, max: 40, noNaN: true }),
    fixHours: fc.double({ min: 0, max: 24, noNaN: true }),
    workStopped: fc.integer({ min: 0, max: 100 }),
    managedMonthly: fc.integer({ min: 0, max: 5_000 }),
  });
  const risk = fc.record({
    severeChance: fc.double({ min: 0, max: 100, noNaN: true }),
    severeCost: fc.double({ min: 0, max: 1e7, noNaN: true }),
    severeReduction: fc.double({ min: 0, max: 100, noNaN: true }),
  });

  it('property: managing one more way in never raises the risk; risk ≥ 0; expected = cash + downtime + risk (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(system, fc.boolean()), { minLength: 1, maxLength: 10 }), risk, fc.nat(), (list, r, pick) => {
        const systems = list.map(([s]) => s);
        const managed = list.map(([, m]) => m);
        const inputs = { ...INPUTS, ...r };
        const before = evaluateAssignment(systems, inputs, managed, { years: 100 });
        const open = systems.map((_, i) => i).filter((i) => isAttackSurface(systems[i]!.kind) && !managed[i]);
        const sum = (a: typeof before) => Math.abs(a.cash + a.downtime + a.risk - a.expected) <= 1e-9 * Math.max(1, a.expected);
        if (!(before.risk >= 0 && before.cash >= 0 && before.downtime >= 0 && sum(before))) return false;
        if (!open.length) return true;
        const next = managed.map((m, i) => m || i === open[pick % open.length]);
        const after = evaluateAssignment(systems, inputs, next, { years: 100 });
        return after.risk >= 0 && after.risk <= before.risk + 1e-9 && sum(after);
      }),
      { numRuns: 1_000 },
    );
  });

  it('property: min-expected never exceeds either extreme, P90s are finite, deterministic (300 cases)', () => {
    fc.assert(
      fc.property(fc.array(system, { maxLength: 5 }), risk, fc.integer({ min: 1, max: 1e6 }), (systems, r, seed) => {
        const x = optimiseHybrid(systems, { ...INPUTS, ...r, seed }, { years: 100 });
        const y = optimiseHybrid(systems, { ...INPUTS, ...r, seed }, { years: 100 });
        const all = [x.minExpected, x.minP90, x.allBreakFix, x.allManaged];
        const finite = all.every((a) => Number.isFinite(a.expected) && Number.isFinite(a.p90) && a.risk >= 0);
        const sums = all.every((a) => Math.abs(a.cash + a.downtime + a.risk - a.expected) <= 1e-9 * Math.max(1, a.expected));
        const noMoreRisk = x.allManaged.risk <= x.allBreakFix.risk + 1e-9;
        return (
          sums &&
          noMoreRisk &&
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
    expect(encodeSystems(DEFAULT_SYSTEMS)).toBe('sv_20_0.535_2_37_400*em_20_0.535_2_37_250*ws_1_40_1_22_1600*nw_20_0.535_2_37_250*pr_20_4_1_5_250*la_20_0.535_2_37_250');
    expect(new URLSearchParams({ sys: encodeSystems(DEFAULT_SYSTEMS) }).toString()).not.toMatch(/%/);
  });
  it('round-trips', () => {
    expect(decodeSystems(encodeSystems(DEFAULT_SYSTEMS))).toEqual({ systems: DEFAULT_SYSTEMS, notices: [] });
  });
  it('links made with the old example list still decode as they were, without notices', () => {
    const old = decodeSystems('sv_20_1_4_60_200*em_20_1_2_40_120*ws_1_12_1.5_100_1600*nw_20_1_3_80_150*pr_20_4_1_5_60*la_10_1_3_70_200');
    expect(old.notices).toEqual([]);
    expect(old.systems[2]).toEqual({ kind: 'workstations', users: 1, incidentsPerYear: 12, fixHours: 1.5, workStopped: 100, managedMonthly: 1600 });
    // Shared links without the risk inputs take the comparison's defaults.
    expect(decodeHybridQuery('?hr=120').values).toMatchObject({ severeChance: 8, severeCost: 8300, severeReduction: 50 });
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
    expect(q).toBe('hr=120&sys=sv_20_0.535_2_37_400*em_5_0.535_2_37_250');
    const d = decodeHybridQuery(`?${q}&zz=1`);
    expect(d.values.hourlyRate).toBe(120);
    expect(d.systems).toEqual(systems);
    expect(d.ignoredKeys).toEqual(['zz']);
    expect(decodeHybridQuery(new URLSearchParams(q)).systems).toEqual(systems);
    expect(decodeHybridQuery({ sys: 'bogus' }).systems[0]?.kind).toBe('other');
    expect(decodeHybridQuery(null).systems).toEqual(DEFAULT_SYSTEMS);
  });
});
