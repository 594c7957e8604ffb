/**
 * Inputs of the hybrid calculator: the shared rates, and the list of systems with a safe URL codec.
 * System kinds come from a whitelist; names are never taken from the URL.
 */
import { BREAK_FIX_SPECS, MANAGED_SPECS, PROFILE_SPECS, SPREAD_SPEC, COMPARISON_EXTRA_SPECS, type Spread } from './specs';
import { type FieldSpec, type InputSpec, type Notice, parseInput } from './inputs';
import { type Decoded, type QueryInput, decodeInputs, encodeInputs } from './query';

/** Kinds of system a firm can list, each with a two-letter URL code. */
export const SYSTEM_KINDS = [
  { id: 'server', code: 'sv', label: 'File or application server' },
  { id: 'email', code: 'em', label: 'Email and office apps (e.g. Microsoft 365)' },
  { id: 'workstations', code: 'ws', label: 'Workstations and laptops' },
  { id: 'network', code: 'nw', label: 'Network and internet connection' },
  { id: 'printers', code: 'pr', label: 'Printers and scanners' },
  { id: 'lob-app', code: 'la', label: 'Line-of-business application' },
  { id: 'backup', code: 'bk', label: 'Backup' },
  { id: 'phones', code: 'ph', label: 'Phones' },
  { id: 'website', code: 'wb', label: 'Website' },
  { id: 'other', code: 'ot', label: 'Other system' },
] as const;
/** One of the whitelisted system kinds. */
export type SystemKind = (typeof SYSTEM_KINDS)[number]['id'];

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

/** Specs of each system field, in URL order. Defaults are the site's own assumptions. */
export const SYSTEM_FIELD_SPECS = [
  { id: 'users', key: 'u', label: 'People affected', unit: 'count', min: 0, max: 100_000, step: 1, default: 20,
    assumption: 'The illustrative 20-person firm.' },
  { id: 'incidentsPerYear', key: 'i', label: 'Failures per year', unit: 'perYear', min: 0, max: 365, step: 0.1, default: 1,
    assumption: 'No per-system failure data was found; enter your own history.' },
  { id: 'fixHours', key: 'f', label: 'Hours to fix', unit: 'hours', min: 0, max: 200, step: 0.25, default: 2,
    assumption: 'The site’s own assumption, as for break/fix.' },
  { id: 'workStopped', key: 'w', label: 'Share of work it stops', unit: 'percent', min: 0, max: 100, step: 1, default: 37,
    source: 'ca-2011', sourceNote: 'Staff worked at 63% of normal during downtime in a 2011 survey.' },
  { id: 'managedMonthly', key: 'm', label: 'Managed price per month', unit: 'currencyPerMonth', min: 0, max: 100_000, step: 5, default: 300,
    assumption: 'Per-system prices are rarely published; the site’s own placeholder.' },
] as const satisfies readonly InputSpec<keyof Omit<HybridSystem, 'kind'>>[];

function sys(kind: SystemKind, users: number, incidentsPerYear: number, fixHours: number, workStopped: number, managedMonthly: number): HybridSystem {
  return { kind, users, incidentsPerYear, fixHours, workStopped, managedMonthly };
}

/** The starting list: an illustrative 20-person office. Every number is the site's own assumption. */
export const DEFAULT_SYSTEMS: readonly HybridSystem[] = [
  sys('server', 20, 1, 4, 60, 200),
  sys('email', 20, 1, 2, 40, 120),
  sys('workstations', 1, 12, 1.5, 100, 1600),
  sys('network', 20, 1, 3, 80, 150),
  sys('printers', 20, 4, 1, 5, 60),
  sys('lob-app', 10, 1, 3, 70, 200),
];

/** Shared inputs of the hybrid calculator. */
export interface HybridInputs {
  annualSalary: number;
  overheadFactor: number;
  hourlyRate: number;
  afterHoursShare: number;
  afterHoursMultiplier: number;
  minimumBilledHours: number;
  onsiteShare: number;
  tripCharge: number;
  waitHours: number;
  slaResponseHours: number;
  incidentReduction: number;
  spread: Spread;
  seed: number;
}

const pick = <T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] =>
  ids.map((id) => list.find((s) => s.id === id)).filter((s): s is T => s !== undefined);

/** Fields of the hybrid calculator apart from the systems list (key `sys`). */
// Pure, so an island that takes its specs as props does not ship the spec prose.
export const HYBRID_SPECS: readonly FieldSpec[] = /* @__PURE__ */ (() => [
  ...pick(PROFILE_SPECS, ['annualSalary', 'overheadFactor']),
  ...pick(BREAK_FIX_SPECS, ['hourlyRate', 'afterHoursShare', 'afterHoursMultiplier', 'minimumBilledHours', 'onsiteShare', 'tripCharge', 'waitHours']),
  ...pick(MANAGED_SPECS, ['slaResponseHours', 'incidentReduction']),
  SPREAD_SPEC,
  ...pick(COMPARISON_EXTRA_SPECS, ['seed']),
])();

/** URL key of the systems list. */
export const SYSTEMS_KEY = 'sys';

/**
 * Encode systems as `sv_20_1_4_60_200*em_…`: kind code then the fields of SYSTEM_FIELD_SPECS,
 * `_` between fields and `*` between systems (characters URLSearchParams leaves alone).
 */
export function encodeSystems(systems: readonly HybridSystem[]): string {
  return systems
    .slice(0, HYBRID_MAX_SYSTEMS)
    .map((s) => {
      const code = SYSTEM_KINDS.find((k) => k.id === s.kind)?.code ?? 'ot';
      return [code, ...SYSTEM_FIELD_SPECS.map((f) => String(parseInput(f, s[f.id]).value))].join('_');
    })
    .join('*');
}

/**
 * Decode a systems list from its URL form. Unknown kinds become "other", bad numbers are clamped
 * or defaulted, missing fields take defaults, systems beyond HYBRID_MAX_SYSTEMS are dropped; each
 * change is reported. Empty or non-string input gives the default list. Never throws.
 */
export function decodeSystems(raw: unknown): { systems: HybridSystem[]; notices: Notice[] } {
  const notices: Notice[] = [];
  const note = (code: Notice['code'], message: string) => notices.push({ id: 'systems', key: SYSTEMS_KEY, code, message });
  if (typeof raw !== 'string' || raw.trim() === '') {
    if (raw !== undefined && raw !== null) note('empty', 'The systems list was empty, so the example list is used.');
    return { systems: DEFAULT_SYSTEMS.map((s) => ({ ...s })), notices };
  }
  let parts = raw.trim().slice(0, 2000).split('*');
  if (parts.length > HYBRID_MAX_SYSTEMS) {
    note('above-max', `At most ${HYBRID_MAX_SYSTEMS} systems can be compared; the rest were left out.`);
    parts = parts.slice(0, HYBRID_MAX_SYSTEMS);
  }
  const systems = parts.map((part, index) => {
    const [code, ...fields] = part.split('_');
    const kind = SYSTEM_KINDS.find((k) => k.code === code)?.id;
    if (!kind) note('not-allowed', `System ${index + 1} is not a known kind, so it is listed as “Other system”.`);
    const s: HybridSystem = sys(kind ?? 'other', 0, 0, 0, 0, 0);
    SYSTEM_FIELD_SPECS.forEach((f, i) => {
      const p = parseInput(f, fields[i]);
      s[f.id] = p.value;
      if (p.issue) note(p.issue.code, `System ${index + 1}: ${p.issue.message}`);
    });
    return s;
  });
  return { systems, notices };
}

/** Decode the whole hybrid calculator (shared inputs plus `sys`) from a query; never throws. */
export function decodeHybridQuery(query: QueryInput): Decoded<HybridInputs> & { systems: HybridSystem[] } {
  const d = decodeInputs<HybridInputs>(HYBRID_SPECS, query);
  let raw: unknown;
  try {
    raw = query instanceof URLSearchParams ? query.get(SYSTEMS_KEY) : typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')).get(SYSTEMS_KEY) : (query as Record<string, unknown> | null | undefined)?.[SYSTEMS_KEY];
  } catch {
    raw = undefined;
  }
  const sys = decodeSystems(raw ?? undefined);
  return { values: d.values, systems: sys.systems, notices: [...d.notices, ...sys.notices], ignoredKeys: d.ignoredKeys.filter((k) => k !== SYSTEMS_KEY) };
}

/** Encode the whole hybrid calculator; the systems list is omitted when it equals DEFAULT_SYSTEMS. */
export function encodeHybridQuery(inputs: object, systems: readonly HybridSystem[]): string {
  const base = encodeInputs(HYBRID_SPECS, inputs);
  const list = encodeSystems(systems);
  if (list === encodeSystems(DEFAULT_SYSTEMS)) return base;
  const p = new URLSearchParams(base);
  p.append(SYSTEMS_KEY, list);
  return p.toString();
}
