import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeInputs,
  encodeInputs,
  SYSTEMS_KEY,
  BREAK_FIX_SPECS,
  COMPARISON_SPECS,
  type ComparisonInputs,
  compareModels,
  DEFAULT_SYSTEMS,
  eventRates,
  type FieldSpec,
  firmCosts,
  HYBRID_GROUPS,
  HYBRID_MAX_SYSTEMS,
  HYBRID_SPECS,
  type HybridInputs,
  type HybridSystem,
  MANAGED_SPECS,
  PROFILE_SPECS,
  REQUEST_SPECS,
  SYSTEM_FIELD_SPECS,
  SYSTEM_KINDS,
  type InputSpec,
  isAttackSurface,
  isRequestKind,
  splitCost,
  decodeSystems,
  defaultValues,
  encodeSystems,
  evaluateAssignment,
  optimiseHybrid,
  systemCosts,
  type SystemCost,
} from './index';

/**
 * Round numbers: loaded cost = 52,000 × 1.25 ÷ 2,080 = 31.25/h; revenue 208,000 over 2,080 h with 50% at
 * risk = 50/h lost while a shared system is down; recovery 2 h at 40% lost plus 10 per outage; no
 * minimum, no after-hours, no trips; wait 4 h, SLA 1 h, managed prevents 50% of outages; upkeep by staff
 * 2 h a week = 52 × 2 × 31.25 = 3,250 a year; tools for 10 people a year: endpoint 3 → 360, email 2 → 240,
 * backup 2 → 240, monitoring 1 → 120; onboarding 50% of a month over 12 months; projects 10 h × 100;
 * a severe incident 10% a year × 6,000, 60% of it removed when every way in is managed.
 */
const INPUTS: HybridInputs = {
  annualRevenue: 208_000,
  operatingHours: 2080,
  revenueAtRisk: 50,
  annualSalary: 52_000,
  overheadFactor: 1.25,
  recoveryHours: 2,
  recoveryLoss: 40,
  recoveryCost: 10,
  users: 10,
  hourlyRate: 150,
  afterHoursShare: 0,
  afterHoursMultiplier: 1.5,
  minimumBilledHours: 0,
  onsiteShare: 0,
  tripCharge: 45,
  waitHours: 4,
  routineBy: 'staff',
  diyHoursPerWeek: 2,
  routineTechHoursPerMonth: 4,
  endpointMonthly: 3,
  emailSecurityMonthly: 2,
  backupMonthly: 2,
  monitoringMonthly: 1,
  slaResponseHours: 1,
  incidentReduction: 50,
  onboardingPercent: 50,
  horizonMonths: 12,
  includesHelpDesk: 'yes',
  includesMaintenance: 'yes',
  includesEndpoint: 'yes',
  includesEmailSecurity: 'yes',
  includesBackup: 'yes',
  includesMonitoring: 'yes',
  projectHours: 10,
  projectRate: 100,
  severeChance: 10,
  severeCost: 6000,
  severeReduction: 60,
  spread: 'medium',
  seed: 1,
};
const SERVER: HybridSystem = {
  kind: 'server',
  users: 10,
  incidentsPerYear: 2,
  fixHours: 2,
  workStopped: 50,
  managedMonthly: 100,
};
const PRINTERS: HybridSystem = {
  kind: 'printers',
  users: 1,
  incidentsPerYear: 4,
  fixHours: 1,
  workStopped: 20,
  managedMonthly: 50,
};
/** The server's numbers on the three kinds that can let an attacker in, and the server itself. */
const MIXED: HybridSystem[] = (['workstations', 'email', 'network', 'server'] as const).map((kind) => ({
  ...SERVER,
  kind,
}));

const defaultOf = (list: readonly InputSpec[], id: string) => list.find((s) => s.id === id)!.default;
const byKind = (kind: HybridSystem['kind']) => DEFAULT_SYSTEMS.find((s) => s.kind === kind)!;
const PARTS = ['invoices', 'upkeep', 'tools', 'fees', 'oneOff', 'downtime'] as const;
const close = (a: number, b: number, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

/** The comparison's inputs that the planner shares, read from a comparison. */
const planInputs = (v: ComparisonInputs) =>
  Object.fromEntries(HYBRID_SPECS.map((s) => [s.id, v[s.id as keyof ComparisonInputs]])) as unknown as HybridInputs;

/**
 * The comparison's firm as a systems list, the way DEFAULT_SYSTEMS is made from the comparison's
 * defaults: its outages split over four shared systems, its requests over workstations (90%) and
 * printers (10%), the managed fee split over the rows in any proportions that add up to it.
 */
function firmSystems(v: ComparisonInputs, monthlyFee: number): HybridSystem[] {
  const shared = (kind: HybridSystem['kind'], share: number): HybridSystem => ({
    kind,
    users: v.staffAffected,
    incidentsPerYear: v.incidentsPerYear / 4,
    fixHours: v.fixHours,
    workStopped: v.productivityLoss,
    managedMonthly: monthlyFee * share,
  });
  const requests = v.users * v.requestsPerUser;
  const request = (kind: HybridSystem['kind'], share: number, feeShare: number): HybridSystem => ({
    kind,
    users: 1,
    incidentsPerYear: requests * share,
    fixHours: v.requestFixHours,
    workStopped: v.requestStopShare,
    managedMonthly: monthlyFee * feeShare,
  });
  return [
    shared('server', 0.2),
    shared('email', 0.1),
    request('workstations', 0.9, 0.4),
    shared('network', 0.1),
    request('printers', 0.1, 0.1),
    shared('lob-app', 0.1),
  ];
}

/** Any value a field accepts: within its range, or one of its options. */
const valueOf = (s: FieldSpec) =>
  s.unit === 'choice'
    ? fc.constantFrom(...s.options.map((o) => o.id))
    : fc.double({ min: s.min, max: Math.min(s.max, 1e7), noNaN: true });
const inputsArb = fc
  .record(Object.fromEntries(HYBRID_SPECS.filter((s) => s.id !== 'seed').map((s) => [s.id, valueOf(s)])))
  .map((r) => ({ ...INPUTS, ...r }) as HybridInputs);
const systemArb = fc.record({
  kind: fc.constantFrom(...SYSTEM_KINDS.map((k) => k.id)),
  users: fc.integer({ min: 0, max: 200 }),
  incidentsPerYear: fc.double({ min: 0, max: 40, noNaN: true }),
  fixHours: fc.double({ min: 0, max: 24, noNaN: true }),
  workStopped: fc.integer({ min: 0, max: 100 }),
  managedMonthly: fc.integer({ min: 0, max: 5_000 }),
});

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
    const ids = [
      'annualRevenue',
      'operatingHours',
      'revenueAtRisk',
      'staffAffected',
      'annualSalary',
      'productivityLoss',
      'recoveryCost',
      'recoveryHours',
      'recoveryLoss',
      'users',
      'requestsPerUser',
      'requestFixHours',
      'requestStopShare',
      'incidentsPerYear',
      'waitHours',
      'fixHours',
      'hourlyRate',
      'afterHoursShare',
      'afterHoursMultiplier',
      'minimumBilledHours',
      'onsiteShare',
      'tripCharge',
      'routineBy',
      'diyHoursPerWeek',
      'routineTechHoursPerMonth',
      'endpointMonthly',
      'emailSecurityMonthly',
      'backupMonthly',
      'monitoringMonthly',
      'perUserMonthly',
      'onboardingPercent',
      'projectHours',
      'projectRate',
      'incidentReduction',
      'slaResponseHours',
      'includesHelpDesk',
      'includesMaintenance',
      'includesEndpoint',
      'includesEmailSecurity',
      'includesBackup',
      'includesMonitoring',
      'severeChance',
      'severeCost',
      'severeReduction',
      'horizonMonths',
      'spread',
    ];
    const firm = fc.record(
      Object.fromEntries(ids.map((id) => [id, valueOf(COMPARISON_SPECS.find((s) => s.id === id)!)])),
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

describe('systemCosts: hand-worked', () => {
  it('one server: every part', () => {
    // Per hour down 10 × 31.25 × 50% + 50 of revenue = 206.25; tail 10 × 31.25 × 40% × 2 + 10 = 260.
    // Break/fix: invoices 2 × 2 h × 150 = 600; all the upkeep, 3,250; backup 240 + monitoring 120 = 360;
    // downtime 2 × (206.25 × (4 + 2) + 260) = 2,995. Managed: 12 × 100 = 1,200; onboarding 50% × 100 × 12 ÷ 12
    // = 50; downtime 2 × 50% × (206.25 × (1 + 2) + 260) = 878.75.
    const [c] = systemCosts([SERVER], INPUTS);
    expect(c?.parts.breakFix).toEqual({ invoices: 600, upkeep: 3250, tools: 360, fees: 0, oneOff: 0, downtime: 2995 });
    expect(c?.parts.managed).toEqual({ invoices: 0, upkeep: 0, tools: 0, fees: 1200, oneOff: 50, downtime: 878.75 });
    expect(c).toMatchObject({ kind: 'server', breakFix: 7205, managed: 2128.75, risk: 0 });
  });

  it('requests: no after-hours uplift, no revenue or recovery tail, not prevented by upkeep', () => {
    // With the server: upkeep 3,250 ÷ 2 = 1,625 each; monitoring 120 ÷ 2 = 60 each; backup 240 on the server.
    // Printers: 4 × 1 h × 150 = 600 (after-hours applies to the server only); 1 × 31.25 × 20% = 6.25 an hour:
    // break/fix 4 × 6.25 × (4 + 1) = 125, managed 4 × 6.25 × (1 + 1) = 50.
    const [server, printers] = systemCosts([SERVER, PRINTERS], { ...INPUTS, afterHoursShare: 50 });
    expect(printers?.parts.breakFix).toEqual({
      invoices: 600,
      upkeep: 1625,
      tools: 60,
      fees: 0,
      oneOff: 0,
      downtime: 125,
    });
    expect(printers?.parts.managed).toEqual({ invoices: 0, upkeep: 0, tools: 0, fees: 600, oneOff: 25, downtime: 50 });
    // The server's labour: factor 1 + 50% × 0.5 = 1.25 → 2 × 2 × 150 × 1.25 = 750.
    expect(server?.parts.breakFix).toEqual({
      invoices: 750,
      upkeep: 1625,
      tools: 300,
      fees: 0,
      oneOff: 0,
      downtime: 2995,
    });
  });

  it('what the plan includes moves upkeep, tools, prevention and requests back to the managed side', () => {
    const none = {
      ...INPUTS,
      includesHelpDesk: 'no',
      includesMaintenance: 'no',
      includesBackup: 'no',
      includesMonitoring: 'no',
    } as const;
    const [server, printers] = systemCosts([SERVER, PRINTERS], none);
    // Without upkeep: 1,625 each and nothing prevented: 2 × (206.25 × 3 + 260) = 1,757.50; tools not included: 240 + 60.
    expect(server?.parts.managed).toEqual({
      invoices: 0,
      upkeep: 1625,
      tools: 300,
      fees: 1200,
      oneOff: 50,
      downtime: 1757.5,
    });
    // Without a help desk a request is billed and waited for as under break/fix.
    expect(printers?.parts.managed).toEqual({
      invoices: 600,
      upkeep: 1625,
      tools: 60,
      fees: 600,
      oneOff: 25,
      downtime: 125,
    });
    // And no way in is made safer by a plan that patches nothing.
    expect(firmCosts(MIXED, none)).toMatchObject({ floor: 600, each: 0 });
  });

  it('routine upkeep by a paid technician: 12 × hours a month × rate', () => {
    const [c] = systemCosts([SERVER], { ...INPUTS, routineBy: 'technician' });
    expect(c?.parts.breakFix.upkeep).toBe(12 * 4 * 150);
  });

  it('properties: every part ≥ 0 and parts sum to each system’s cost and each split’s total (500 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(systemArb, fc.boolean()), { maxLength: 10 }), inputsArb, (list, inputs) => {
        const systems = list.map(([s]) => s);
        const managed = list.map(([, m]) => m);
        const costs = systemCosts(systems, inputs);
        const firm = firmCosts(systems, inputs);
        const partsOk = costs.every((c) =>
          (['breakFix', 'managed'] as const).every((side) => {
            const p = c.parts[side];
            const total = PARTS.reduce((s, k) => s + p[k], 0);
            return PARTS.every((k) => p[k] >= 0 && Number.isFinite(p[k])) && close(total, c[side]) && c.risk >= 0;
          }),
        );
        const split = splitCost(costs, firm, managed);
        const manual = costs.reduce(
          (s, c, i) => s + (managed[i] ? c.managed : c.breakFix + c.risk),
          firm.projects + firm.floor,
        );
        return (
          partsOk &&
          split.cash >= 0 &&
          split.downtime >= 0 &&
          split.risk >= 0 &&
          close(split.expected, split.cash + split.downtime + split.risk) &&
          close(split.expected, manual)
        );
      }),
      { numRuns: 500 },
    );
  });

  it('properties: more failures never lower a break/fix cost; a higher prevention share never raises a managed cost (500 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(systemArb, { minLength: 1, maxLength: 6 }),
        inputsArb,
        fc.nat(),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (systems, inputs, pick, more, prevent) => {
          const k = pick % systems.length;
          const before = systemCosts(systems, inputs);
          const busier = systemCosts(
            systems.map((s, i) => (i === k ? { ...s, incidentsPerYear: s.incidentsPerYear + more } : s)),
            inputs,
          );
          const safer = systemCosts(systems, {
            ...inputs,
            incidentReduction: Math.min(100, inputs.incidentReduction + prevent),
          });
          return (
            busier[k]!.breakFix >= before[k]!.breakFix - 1e-9 * Math.max(1, before[k]!.breakFix) &&
            safer.every((c, i) => c.managed <= before[i]!.managed + 1e-9 * Math.max(1, before[i]!.managed))
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('security-incident risk: hand-worked', () => {
  // Full risk 10% × 6,000 = 600; three ways in, each forfeits 600 × 60% ÷ 3 = 120 on break/fix.
  const costs = systemCosts(MIXED, INPUTS);
  const firm = firmCosts(MIXED, INPUTS);
  const riskWith = (managed: boolean[]) => splitCost(costs, firm, managed).risk;

  it('none, some and all of the attack-surface systems managed', () => {
    expect(firm.each).toBeCloseTo(120, 9);
    expect(firm.floor).toBeCloseTo(240, 9);
    expect(costs.map((c) => c.risk)).toEqual([firm.each, firm.each, firm.each, 0]);
    expect(riskWith([false, false, false, false])).toBeCloseTo(600, 9);
    expect(riskWith([true, false, false, false])).toBeCloseTo(480, 9);
    expect(riskWith([true, true, false, true])).toBeCloseTo(360, 9);
    expect(riskWith([true, true, true, false])).toBeCloseTo(240, 9);
    // Managing the server (no way in) changes nothing.
    expect(riskWith([true, true, true, true])).toBeCloseTo(240, 9);
  });

  it('a split’s expected cost is projects + each system’s cost on its side + risk', () => {
    const r = evaluateAssignment(MIXED, INPUTS, [false, true, false, true], { years: 200 });
    const [ws, email, network, server] = costs as [SystemCost, SystemCost, SystemCost, SystemCost];
    const down =
      ws.parts.breakFix.downtime +
      email.parts.managed.downtime +
      network.parts.breakFix.downtime +
      server.parts.managed.downtime;
    expect(r.downtime).toBeCloseTo(down, 9);
    expect(r.cash).toBeCloseTo(1000 + ws.breakFix + email.managed + network.breakFix + server.managed - down, 9);
    expect(r.risk).toBeCloseTo(480, 9);
    expect(r.expected).toBeCloseTo(r.cash + r.downtime + r.risk, 9);
  });

  it('with nothing that can let an attacker in, the whole risk stays: chance × cost', () => {
    expect(firmCosts([SERVER], INPUTS)).toMatchObject({ floor: 600, each: 0 });
    expect(evaluateAssignment([SERVER], INPUTS, [true], { years: 100 }).risk).toBe(600);
  });

  it('the simulated years carry the incident, on the same luck for every split', () => {
    const quiet = MIXED.map((s) => ({ ...s, incidentsPerYear: 0, managedMonthly: 0 }));
    const coin = {
      ...INPUTS,
      severeChance: 50,
      severeCost: 1000,
      severeReduction: 100,
      diyHoursPerWeek: 0,
      projectHours: 0,
      users: 0,
    };
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
