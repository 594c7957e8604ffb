/**
 * Inputs of the hybrid calculator: the firm's inputs (the comparison's, picked from its specs), and the
 * list of systems (its safe URL codec: ./systems-query.ts). System kinds come from a whitelist; names are never taken from
 * the URL. The example list is the comparison's illustrative firm, so that with every system on one
 * model the planner's expected cost is that option's total in the comparison.
 */
import { FIRM_DETAIL_IDS, PLAN_INCLUDES_IDS, WITHOUT_PLAN_IDS } from './field-ids';
import { COMPARISON_SPECS } from './specs';
import type { FieldSpec, InputSpec } from './inputs';
import type { ComparisonInputs } from './options';

/**
 * Kinds of system a firm can list, each with a two-letter URL code and a short name for sentences.
 * `attackSurface`: a way in for an attacker (people's devices, mailboxes, the network), so leaving it
 * without patching and watching raises the chance of a severe security incident.
 * `request`: its failures are the comparison's everyday requests, one person's or one job's problem
 * (a laptop, a printer, a failed backup job): they wait for office hours (no after-hours uplift), stop
 * no sales and leave no recovery tail, and upkeep is not counted as preventing them. Every other kind
 * is shared by the office: its failures are whole-office outages, priced as the comparison prices them.
 */
export const SYSTEM_KINDS = [
  { id: 'server', code: 'sv', label: 'File or application server', short: 'server' },
  { id: 'email', code: 'em', label: 'Email and office apps (e.g. Microsoft 365)', short: 'email', attackSurface: true },
  {
    id: 'workstations',
    code: 'ws',
    label: 'Workstations and laptops',
    short: 'workstations',
    attackSurface: true,
    request: true,
  },
  { id: 'network', code: 'nw', label: 'Network and internet connection', short: 'network', attackSurface: true },
  { id: 'printers', code: 'pr', label: 'Printers and scanners', short: 'printers', request: true },
  { id: 'lob-app', code: 'la', label: 'Line-of-business application', short: 'line-of-business app' },
  { id: 'backup', code: 'bk', label: 'Backup', short: 'backup', request: true },
  { id: 'phones', code: 'ph', label: 'Phones', short: 'phones' },
  { id: 'website', code: 'wb', label: 'Website', short: 'website' },
  { id: 'other', code: 'ot', label: 'Other system', short: 'other system' },
] as const;
/** One of the whitelisted system kinds. */
export type SystemKind = (typeof SYSTEM_KINDS)[number]['id'];

/** Whether a kind of system can let an attacker in (see SYSTEM_KINDS). */
export function isAttackSurface(kind: string): boolean {
  const k = SYSTEM_KINDS.find((x) => x.id === kind);
  return k !== undefined && 'attackSurface' in k;
}

/** Whether a kind's failures are everyday requests rather than whole-office outages (see SYSTEM_KINDS). */
export function isRequestKind(kind: string): boolean {
  const k = SYSTEM_KINDS.find((x) => x.id === kind);
  return k !== undefined && 'request' in k;
}

/** Most systems the hybrid optimiser accepts: it tries all 2^n assignments, 1,024 at n = 10. */
export const HYBRID_MAX_SYSTEMS = 10;

/** One system of the hybrid calculator. Percent fields are percentage points. */
export interface HybridSystem {
  kind: SystemKind;
  /** People who stop work, fully or partly, when it fails. */
  users: number;
  /** Failures per year needing a technician. */
  incidentsPerYear: number;
  /** Typical hands-on hours to fix one failure. */
  fixHours: number;
  /** Percent of those people's work that stops while it is down. */
  workStopped: number;
  /** What a provider charges per month to manage it. */
  managedMonthly: number;
}

/** The fields of each system, in URL order: what the codec and the table need. */
export const SYSTEM_FIELDS = [
  { id: 'users', key: 'u', label: 'People affected', unit: 'count', min: 0, max: 100_000, step: 1, default: 20 },
  {
    id: 'incidentsPerYear',
    key: 'i',
    label: 'Failures per year',
    unit: 'perYear',
    min: 0,
    max: 365,
    step: 0.001,
    default: 1,
  },
  { id: 'fixHours', key: 'f', label: 'Hours to fix', unit: 'hours', min: 0, max: 200, step: 0.25, default: 2 },
  {
    id: 'workStopped',
    key: 'w',
    label: 'Share of work it stops',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 37,
  },
  {
    id: 'managedMonthly',
    key: 'm',
    label: 'Managed price per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 100_000,
    step: 5,
    default: 250,
  },
] as const satisfies readonly InputSpec<keyof Omit<HybridSystem, 'kind'>>[];

/**
 * SYSTEM_FIELDS with where each default comes from: the notes say where the example list's numbers
 * come from (the comparison's sources); a new row starts at each field's default. Pure, so the planner's
 * bundle, which needs only SYSTEM_FIELDS, does not carry the prose (the page's table of defaults does).
 */
export const SYSTEM_FIELD_SPECS: readonly InputSpec<keyof Omit<HybridSystem, 'kind'>>[] = /* @__PURE__ */ (() => {
  const notes: Record<(typeof SYSTEM_FIELDS)[number]['id'], Pick<InputSpec, 'source' | 'sourceNote' | 'assumption'>> = {
    users: {
      assumption:
        'The comparison’s illustrative 20-person firm: a shared system stops all 20; the workstations and printers rows count the one person each request stops.',
    },
    incidentsPerYear: {
      source: 'aberdeen-2013',
      sourceNote:
        'Average firms reported 2.14 whole-office outages a year; the example splits them evenly over the server, email, network and business application (0.535 each, the site’s assumption: no per-system data was found). Workstations and printers share the comparison’s 40 everyday requests (20 people × 2 a year reaching a paid technician, its assumption): 4 printer calls (the site’s assumption) and 36 others, so printers are not counted on top. A new row starts at 1.',
    },
    fixHours: {
      assumption:
        'The comparison’s own assumptions: 2 hours for a shared system, 1 hour hands-on per everyday request (workstations, printers).',
    },
    workStopped: {
      source: 'ca-2011',
      sourceNote:
        'Staff worked at 63% of normal during downtime in a 2011 survey, so a shared system stops 37%. Workstations and printers: 22% of help-desk tickets stopped the person working (Fixify, 2026), as in the comparison.',
    },
    managedMonthly: {
      source: 'msp-pricing-guides',
      sourceNote:
        'The example splits the comparison’s fee of 20 users × $150 = $3,000 a month: workstations 20 × $80 and the server 2 × $200 at the guides’ per-device prices, the other $1,000 evenly over email, network, printers and business application ($250 each). Providers rarely price per system, so the split is the site’s assumption.',
    },
  };
  return SYSTEM_FIELDS.map((f) => ({ ...f, ...notes[f.id] }));
})();

export function sys(
  kind: SystemKind,
  users: number,
  incidentsPerYear: number,
  fixHours: number,
  workStopped: number,
  managedMonthly: number,
): HybridSystem {
  return { kind, users, incidentsPerYear, fixHours, workStopped, managedMonthly };
}

// The comparison's firm (its spec defaults; hybrid.test.ts derives each number from those specs, so
// they cannot drift apart). Written out rather than read from the specs so the planner's bundle does
// not carry the specs' prose.
/** Whole-office outages a year (BREAK_FIX_SPECS incidentsPerYear, aberdeen-2013), split evenly over four shared systems. */
const SHARED_FAILURES = 2.14 / 4;
/** A shared system's outage: everyone (staffAffected), 37% of work stopped (productivityLoss), 2 h fix (fixHours). */
const shared = (kind: SystemKind, managedMonthly: number) => sys(kind, 20, SHARED_FAILURES, 2, 37, managedMonthly);

/** An everyday request: one person (1 h hands-on, 22% stop working: REQUEST_SPECS requestFixHours, requestStopShare). */
const request = (kind: SystemKind, requests: number, managedMonthly: number) =>
  sys(kind, 1, requests, 1, 22, managedMonthly);

/**
 * The starting list: the comparison's illustrative 20-person firm. Shared systems carry its 2.14
 * whole-office outages; workstations and printers carry its 40 everyday requests (20 people × 2 a
 * year: 36 and 4 printer calls), so nothing is counted twice; the managed prices add up to its fee
 * (20 users × $150 a month).
 */
export const DEFAULT_SYSTEMS: readonly HybridSystem[] = [
  shared('server', 400),
  shared('email', 250),
  request('workstations', 36, 1600),
  shared('network', 250),
  request('printers', 4, 250),
  shared('lob-app', 250),
];

/** The comparison's fields the planner asks, in the order of its groups (HYBRID_GROUPS names each group's first). */
// Pure: a list that spreads others is kept in a bundle that needs only its type, unless marked.
const HYBRID_IDS = /* @__PURE__ */ (() =>
  [
    'annualRevenue',
    ...FIRM_DETAIL_IDS,
    'users',
    'hourlyRate',
    'afterHoursShare',
    'afterHoursMultiplier',
    'minimumBilledHours',
    'onsiteShare',
    'tripCharge',
    'waitHours',
    ...WITHOUT_PLAN_IDS,
    'slaResponseHours',
    'incidentReduction',
    'onboardingPercent',
    'horizonMonths',
    ...PLAN_INCLUDES_IDS,
    'projectHours',
    'projectRate',
    'severeChance',
    'severeCost',
    'severeReduction',
    'spread',
    'seed',
  ] as const)();

/**
 * Shared inputs of the hybrid calculator: the comparison's, for the firm as a whole. Here the severe-incident
 * reduction applies in full only when every system that can let an attacker in is managed.
 */
export type HybridInputs = Pick<ComparisonInputs, (typeof HYBRID_IDS)[number]>;

const pick = <T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] =>
  ids.map((id) => list.find((s) => s.id === id)).filter((s): s is T => s !== undefined);

/** Fields of the hybrid calculator apart from the systems list (key `sys`), in the order of its groups. */
// Pure, so an island that takes its specs as props does not ship the spec prose.
export const HYBRID_SPECS: readonly FieldSpec[] = /* @__PURE__ */ (() => pick(COMPARISON_SPECS, HYBRID_IDS))();

/** The planner's input groups: legend and the id of the group's first field in HYBRID_SPECS. */
export const HYBRID_GROUPS: readonly (readonly [string, string])[] = [
  ['Your business', 'annualRevenue'],
  ['Break/fix rates', 'hourlyRate'],
  ['Without a plan: upkeep and tools', 'routineBy'],
  ['The managed plan', 'slaResponseHours'],
  ['Project work (the same for every split)', 'projectHours'],
  ['Security-incident risk', 'severeChance'],
  ['Simulation', 'spread'],
];
