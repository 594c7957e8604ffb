/** Firms, systems and generators the hybrid model's tests share (hybrid*.test.ts). */
import fc from 'fast-check';
import {
  type ComparisonInputs,
  DEFAULT_SYSTEMS,
  type FieldSpec,
  HYBRID_SPECS,
  type HybridInputs,
  type HybridSystem,
  SYSTEM_KINDS,
  type InputSpec,
} from './index';
import { EVERYTHING_INCLUDED } from './fixtures.test-helpers';

/**
 * Round numbers: loaded cost = 52,000 × 1.25 ÷ 2,080 = 31.25/h; revenue 208,000 over 2,080 h with 50% at
 * risk = 50/h lost while a shared system is down; recovery 2 h at 40% lost plus 10 per outage; no
 * minimum, no after-hours, no trips; wait 4 h, SLA 1 h, managed prevents 50% of outages; upkeep by staff
 * 2 h a week = 52 × 2 × 31.25 = 3,250 a year; tools for 10 people a year: endpoint 3 → 360, email 2 → 240,
 * backup 2 → 240, monitoring 1 → 120; onboarding 50% of a month over 12 months; projects 10 h × 100;
 * a severe incident 10% a year × 6,000, 60% of it removed when every way in is managed.
 */
export const INPUTS: HybridInputs = {
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
  ...EVERYTHING_INCLUDED,
  projectHours: 10,
  projectRate: 100,
  severeChance: 10,
  severeCost: 6000,
  severeReduction: 60,
  spread: 'medium',
  seed: 1,
};
export const SERVER: HybridSystem = {
  kind: 'server',
  users: 10,
  incidentsPerYear: 2,
  fixHours: 2,
  workStopped: 50,
  managedMonthly: 100,
};
export const PRINTERS: HybridSystem = {
  kind: 'printers',
  users: 1,
  incidentsPerYear: 4,
  fixHours: 1,
  workStopped: 20,
  managedMonthly: 50,
};
/** The server's numbers on the three kinds that can let an attacker in, and the server itself. */
export const MIXED: HybridSystem[] = (['workstations', 'email', 'network', 'server'] as const).map((kind) => ({
  ...SERVER,
  kind,
}));

export const defaultOf = (list: readonly InputSpec[], id: string) => list.find((s) => s.id === id)!.default;
export const byKind = (kind: HybridSystem['kind']) => DEFAULT_SYSTEMS.find((s) => s.kind === kind)!;
export const PARTS = ['invoices', 'upkeep', 'tools', 'fees', 'oneOff', 'downtime'] as const;
export const close = (a: number, b: number, tol = 1e-9) =>
  Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

/** The comparison's inputs that the planner shares, read from a comparison. */
export const planInputs = (v: ComparisonInputs) =>
  Object.fromEntries(HYBRID_SPECS.map((s) => [s.id, v[s.id as keyof ComparisonInputs]])) as unknown as HybridInputs;

/**
 * The comparison's firm as a systems list, the way DEFAULT_SYSTEMS is made from the comparison's
 * defaults: its outages split over four shared systems, its requests over workstations (90%) and
 * printers (10%), the managed fee split over the rows in any proportions that add up to it.
 */
export function firmSystems(v: ComparisonInputs, monthlyFee: number): HybridSystem[] {
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
export const valueOf = (s: FieldSpec) =>
  s.unit === 'choice'
    ? fc.constantFrom(...s.options.map((o) => o.id))
    : fc.double({ min: s.min, max: Math.min(s.max, 1e7), noNaN: true });
export const inputsArb = fc
  .record(Object.fromEntries(HYBRID_SPECS.filter((s) => s.id !== 'seed').map((s) => [s.id, valueOf(s)])))
  .map((r) => ({ ...INPUTS, ...r }) as HybridInputs);
export const systemArb = fc.record({
  kind: fc.constantFrom(...SYSTEM_KINDS.map((k) => k.id)),
  users: fc.integer({ min: 0, max: 200 }),
  incidentsPerYear: fc.double({ min: 0, max: 40, noNaN: true }),
  fixHours: fc.double({ min: 0, max: 24, noNaN: true }),
  workStopped: fc.integer({ min: 0, max: 100 }),
  managedMonthly: fc.integer({ min: 0, max: 5_000 }),
});
