/** The hybrid planner prices the comparison’s firm system by system: its example list and every option. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BREAK_FIX_SPECS,
  COMPARISON_SPECS,
  type ComparisonInputs,
  compareModels,
  DEFAULT_SYSTEMS,
  eventRates,
  firmCosts,
  HYBRID_GROUPS,
  HYBRID_SPECS,
  type HybridInputs,
  IN_HOUSE_SPECS,
  MANAGED_SPECS,
  PRICING_MODEL_SPEC,
  PROFILE_SPECS,
  REQUEST_SPECS,
  SYSTEM_FIELD_SPECS,
  SYSTEM_KINDS,
  isAttackSurface,
  isRequestKind,
  splitCost,
  decodeSystems,
  defaultValues,
  encodeSystems,
  optimiseHybrid,
  systemCosts,
  type SystemCost,
} from './index';
import { defaultOf, byKind, close, planInputs, firmSystems, valueOf } from './hybrid.test-helpers';

describe('DEFAULT_SYSTEMS: the comparison’s firm', () => {
  const shared = DEFAULT_SYSTEMS.filter((s) => ['server', 'email', 'network', 'lob-app'].includes(s.kind));

  it('whole-office failures of the shared systems add up to the comparison’s 2.14 outages a year', () => {
    expect(shared).toHaveLength(4);
    expect(shared.every((s) => !isRequestKind(s.kind))).toBe(true);
    expect(shared.reduce((sum, s) => sum + s.incidentsPerYear, 0)).toBeCloseTo(
      defaultOf(BREAK_FIX_SPECS, 'incidentsPerYear'),
      12,
    );
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

  it('workstations and printers share the 40 everyday requests (36 + 4), 1 h hands-on, 22% stop the person: printers are not counted on top', () => {
    const requests = DEFAULT_SYSTEMS.filter((s) => isRequestKind(s.kind));
    expect(requests.map((s) => s.kind)).toEqual(['workstations', 'printers']);
    expect(requests.reduce((sum, s) => sum + s.incidentsPerYear, 0)).toBe(
      defaultOf(REQUEST_SPECS, 'users') * defaultOf(REQUEST_SPECS, 'requestsPerUser'),
    );
    for (const s of requests) {
      expect(s).toMatchObject({
        users: 1,
        fixHours: defaultOf(REQUEST_SPECS, 'requestFixHours'),
        workStopped: defaultOf(REQUEST_SPECS, 'requestStopShare'),
      });
    }
    expect(byKind('workstations')).toEqual({
      kind: 'workstations',
      users: 1,
      incidentsPerYear: 36,
      fixHours: 1,
      workStopped: 22,
      managedMonthly: 1600,
    });
    expect(byKind('printers')).toEqual({
      kind: 'printers',
      users: 1,
      incidentsPerYear: 4,
      fixHours: 1,
      workStopped: 22,
      managedMonthly: 250,
    });
    expect(byKind('workstations').managedMonthly).toBe(
      defaultOf(MANAGED_SPECS, 'workstations') * defaultOf(MANAGED_SPECS, 'workstationMonthly'),
    );
  });

  it('managed prices add up to the comparison’s fee, 20 users × $150 = $3,000 a month', () => {
    const fee = defaultOf(REQUEST_SPECS, 'users') * defaultOf(MANAGED_SPECS, 'perUserMonthly');
    expect(fee).toBe(3000);
    expect(DEFAULT_SYSTEMS.reduce((sum, s) => sum + s.managedMonthly, 0)).toBe(fee);
    expect(byKind('server').managedMonthly).toBe(
      defaultOf(MANAGED_SPECS, 'servers') * defaultOf(MANAGED_SPECS, 'serverMonthly'),
    );
    // The rest, 3,000 − 1,600 − 400 = 1,000, evenly over email, network, printers and the business app.
    for (const k of ['email', 'network', 'printers', 'lob-app'] as const) expect(byKind(k).managedMonthly).toBe(250);
  });

  it('every default system survives the URL codec and its field specs unchanged', () => {
    for (const s of DEFAULT_SYSTEMS)
      for (const f of SYSTEM_FIELD_SPECS) expect(decodeSystems(encodeSystems([s])).systems[0]![f.id]).toBe(s[f.id]);
  });

  it('workstations, email and network can let an attacker in; workstations, printers and backup are requests', () => {
    expect(SYSTEM_KINDS.filter((k) => isAttackSurface(k.id)).map((k) => k.id)).toEqual([
      'email',
      'workstations',
      'network',
    ]);
    expect(SYSTEM_KINDS.filter((k) => isRequestKind(k.id)).map((k) => k.id)).toEqual([
      'workstations',
      'printers',
      'backup',
    ]);
  });

  it('every shared input is the comparison’s own spec, and the groups cover them in order', () => {
    for (const s of HYBRID_SPECS)
      expect(
        COMPARISON_SPECS.find((c) => c.id === s.id),
        s.id,
      ).toBe(s);
    expect(defaultValues<HybridInputs>(HYBRID_SPECS)).toMatchObject({
      severeChance: 8,
      severeCost: 8300,
      severeReduction: 50,
    });
    const starts = HYBRID_GROUPS.map(([, id]) => HYBRID_SPECS.findIndex((s) => s.id === id));
    expect(starts[0]).toBe(0);
    expect(starts.every((x, i) => x > (starts[i - 1] ?? -1))).toBe(true);
    expect(new Set(HYBRID_SPECS.map((s) => s.key)).size).toBe(HYBRID_SPECS.length);
    expect(HYBRID_SPECS.some((s) => ['sys', 'as', 'cur', 'loc'].includes(s.key))).toBe(false);
  });
});

describe('the planner prices the comparison’s options, system by system', () => {
  const v = defaultValues<ComparisonInputs>(COMPARISON_SPECS);
  const { breakFix, managed } = compareModels(v).options;
  const inputs = defaultValues<HybridInputs>(HYBRID_SPECS);
  const r = optimiseHybrid(DEFAULT_SYSTEMS, inputs, { years: 1_000 });

  it('the default firm: all break/fix = the comparison’s break/fix, all managed = its managed, in cash, downtime and risk', () => {
    expect(planInputs(v)).toEqual(inputs);
    expect(r.allBreakFix.expected).toBeCloseTo(breakFix.total, 6);
    expect(r.allBreakFix.cash).toBeCloseTo(breakFix.cash, 6);
    expect(r.allBreakFix.downtime).toBeCloseTo(breakFix.downtime, 6);
    expect(r.allBreakFix.risk).toBeCloseTo(breakFix.risk, 9);
    expect(r.allManaged.expected).toBeCloseTo(managed.total, 6);
    expect(r.allManaged.cash).toBeCloseTo(managed.cash, 6);
    expect(r.allManaged.downtime).toBeCloseTo(managed.downtime, 6);
    expect(r.allManaged.risk).toBeCloseTo(managed.risk, 9);
    // The comparison's figures, rounded: $32,217 and $40,769.
    expect(Math.round(breakFix.total)).toBe(32_217);
    expect(Math.round(managed.total)).toBe(40_769);
  });

  it('the default firm, system by system, part by part (hand-worked)', () => {
    const e = eventRates(v);
    const [server, email, ws, network, printers, lob] = r.perSystem as [
      SystemCost,
      SystemCost,
      SystemCost,
      SystemCost,
      SystemCost,
      SystemCost,
    ];
    // Upkeep: 6 h a week × 52 × 34.375 = 10,725, allocated evenly over 6 systems = 1,787.50 each.
    for (const c of r.perSystem) expect(c.parts.breakFix.upkeep).toBeCloseTo(1787.5, 9);
    for (const c of r.perSystem) expect(c.parts.managed.upkeep).toBe(0);
    // Tools for 20 people a year: endpoint 12 × 20 × 3 = 720 on workstations, email security 480 on email,
    // backup 480 on the server (the only server or backup row), monitoring 0; none under the plan.
    expect(r.perSystem.map((c) => c.parts.breakFix.tools)).toEqual([480, 480, 720, 0, 0, 0]);
    expect(r.perSystem.every((c) => c.parts.managed.tools === 0)).toBe(true);
    // A shared system: per hour down 20 × 34.375 × 37% = 254.375 of work + 2,000,000 ÷ 2,080 × 29% = 278.85 of
    // revenue = 533.22; tail 20 × 34.375 × 30% × 1 h = 206.25. Break/fix: 0.535 × (533.22 × (4 + 2) + 206.25)
    // = 0.535 × 3,405.58 = 1,821.98; managed: 0.535 × 50% × (533.22 × (1 + 2) + 206.25) = 483.08.
    for (const c of [server, email, network, lob]) {
      expect(c.parts.breakFix.downtime).toBeCloseTo(0.535 * (e.rates.costPerHour * 6 + 206.25), 9);
      expect(c.parts.breakFix.downtime).toBeCloseTo(1821.98, 2);
      expect(c.parts.managed.downtime).toBeCloseTo(483.08, 2);
      expect(c.parts.breakFix.invoices).toBeCloseTo(0.535 * e.outageInvoice, 9); // after-hours uplift included
    }
    // Requests: 36 and 4 × 202.11 (no after-hours), each stopping 1 × 34.375 × 22% = 7.5625 an hour:
    // break/fix 36 × 7.5625 × (4 + 1) = 1,361.25, managed 36 × 7.5625 × (1 + 1) = 544.50 (not prevented).
    expect(ws.parts.breakFix.invoices).toBeCloseTo(36 * e.requestInvoice, 9);
    expect(printers.parts.breakFix.invoices).toBeCloseTo(4 * e.requestInvoice, 9);
    expect(ws.parts.breakFix.downtime).toBeCloseTo(1361.25, 9);
    expect(ws.parts.managed.downtime).toBeCloseTo(544.5, 9);
    expect(printers.parts.breakFix.downtime).toBeCloseTo(151.25, 9);
    expect(printers.parts.managed.downtime).toBeCloseTo(60.5, 9);
    // Fees and onboarding: workstations 12 × 1,600 = 19,200 and 40% × 1,600 × 12 ÷ 36 = 213.33.
    expect(ws.parts.managed).toMatchObject({ invoices: 0, fees: 19_200 });
    expect(ws.parts.managed.oneOff).toBeCloseTo(213.333, 3);
    expect(email.parts.managed.oneOff).toBeCloseTo(33.333, 3);
    // Project work, 10 h × $150, is the firm's, the same in every split.
    expect(firmCosts(DEFAULT_SYSTEMS, inputs).projects).toBe(1500);
  });

  it('property: for any firm the comparison accepts, all break/fix and all managed are its two options (500 cases)', () => {
    // Every input of the comparison but those the systems list holds: how the plan is priced (the list takes a
    // per-user fee), the in-house options, the overhead factor and the run number.
    const held = new Set<string>([
      'overheadFactor',
      PRICING_MODEL_SPEC.id,
      'workstations',
      'workstationMonthly',
      'servers',
      'serverMonthly',
      'flatMonthly',
      ...IN_HOUSE_SPECS.map((s) => s.id),
      'seed',
    ]);
    const firm = fc.record(
      Object.fromEntries(COMPARISON_SPECS.filter((s) => !held.has(s.id)).map((s) => [s.id, valueOf(s)])),
    );
    fc.assert(
      fc.property(firm, (picked) => {
        const c = { ...v, ...picked } as ComparisonInputs;
        const o = compareModels(c).options;
        const list = firmSystems(c, c.users * c.perUserMonthly);
        const plan = planInputs(c);
        const costs = systemCosts(list, plan);
        const firmAll = firmCosts(list, plan);
        const bf = splitCost(costs, firmAll, []);
        const mg = splitCost(
          costs,
          firmAll,
          list.map(() => true),
        );
        return (
          close(bf.expected, o.breakFix.total, 1e-9) &&
          close(mg.expected, o.managed.total, 1e-9) &&
          close(bf.cash, o.breakFix.cash) &&
          close(mg.risk, o.managed.risk)
        );
      }),
      { numRuns: 500 },
    );
  });

  it('the default suggestion: each system on whichever model costs it less, counting the risk it forfeits', () => {
    expect(r.minExpected.managed).toEqual(r.perSystem.map((c) => c.managed < c.breakFix + c.risk));
    expect(r.minExpected.expected).toBeLessThan(Math.min(r.allBreakFix.expected, r.allManaged.expected));
  });
});
