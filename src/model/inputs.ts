/**
 * Input specs and the one parse/clamp step every untrusted value goes through
 * (form text, URL parameter, embed attribute). Nothing here throws.
 */

/** Units a numeric input can carry. Percent inputs hold percentage points (37 means 37%). */
export type Unit =
  | 'currency'
  | 'currencyPerHour'
  | 'currencyPerMonth'
  | 'percent'
  | 'hours'
  | 'minutes'
  | 'count'
  | 'months'
  | 'multiplier'
  | 'perYear';

/** Fields shared by numeric and choice specs: identity, label and provenance. */
interface SpecBase<Id extends string> {
  /** Property name in the calculator's input object. */
  id: Id;
  /** Short, stable URL key (1–4 chars), unique within one calculator. */
  key: string;
  /** Plain-language label for forms and messages. */
  label: string;
  /** Id in content/sources.json backing the default. */
  source?: string;
  /** What the source says, in our words, and how the default follows from it. */
  sourceNote?: string;
  /** Rationale for the default when no source supports it. */
  assumption?: string;
  /** One-sentence help text for the field. */
  help?: string;
}

/** A numeric input: bounds, step and default. Every spec has `source` or `assumption`. */
export interface InputSpec<Id extends string = string> extends SpecBase<Id> {
  unit: Unit;
  min: number;
  max: number;
  /** Smallest meaningful increment; its decimals are the most a value may carry. */
  step: number;
  default: number;
}

/** One allowed value of a choice input. */
export interface ChoiceOption<V extends string = string> {
  id: V;
  label: string;
}

/** A non-numeric input whose value must be one of a whitelist. */
export interface ChoiceSpec<Id extends string = string, V extends string = string> extends SpecBase<Id> {
  unit: 'choice';
  options: readonly ChoiceOption<V>[];
  default: V;
}

/** Any field of a calculator. Discriminate on `unit === 'choice'`. */
export type FieldSpec<Id extends string = string> = InputSpec<Id> | ChoiceSpec<Id>;

/** Why a raw value was not taken as-is. */
export type ParseIssueCode =
  | 'empty'
  | 'not-a-number'
  | 'not-finite'
  | 'negative'
  | 'below-min'
  | 'above-max'
  | 'too-many-decimals'
  | 'junk'
  | 'not-allowed';

/** What parse did with a value, in plain English naming the field and its allowed range. */
export interface ParseIssue {
  code: ParseIssueCode;
  message: string;
}

/** Result of parsing one value: always a usable value, plus an issue when it was changed. */
export interface Parsed<T> {
  value: T;
  issue?: ParseIssue;
}

/**
 * Plain numbers in messages, built on first use: a browser's first Intl.NumberFormat loads its locale
 * data (about 40 ms here), which must not happen while a page loads a calculator it may never touch.
 */
let plainFormat: Intl.NumberFormat | undefined;
const plain = () => (plainFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }));

/** Number of decimals a step allows (0.25 → 2, 1 → 0, 1e-7 → 7). */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0 || Number.isInteger(step)) return 0;
  for (let d = 1; d <= 12; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
  }
  return 12;
}

/** Round to a number of decimals; returns the input unchanged if rounding would overflow. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Number.isFinite(r) ? r : value;
}

function shown(spec: InputSpec, v: number): string {
  return spec.unit === 'percent' ? `${plain().format(v)}%` : plain().format(v);
}

function rangeText(spec: InputSpec): string {
  return `between ${shown(spec, spec.min)} and ${shown(spec, spec.max)}`;
}

function fallback(spec: InputSpec, code: ParseIssueCode, why: string): Parsed<number> {
  return {
    value: spec.default,
    issue: {
      code,
      message: `${spec.label} must be a number ${rangeText(spec)}; ${why}, so the default ${shown(spec, spec.default)} is used.`,
    },
  };
}

const CURRENCY_PREFIX = /^(?:US\$|CA\$|C\$|AU\$|A\$|\$|€|£)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:€|£|\$|USD|EUR|GBP|CAD|AUD)$/i;
const NUMBER_BODY = /^(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ALLOWED_CHARS = /^[0-9A-Za-z.,\s$€£%+\-−×]*$/;

/** Why a raw value could not be read as a number at all. */
type Unreadable = Extract<ParseIssueCode, 'empty' | 'not-a-number' | 'not-finite' | 'junk'>;

/** Turn a string into a number or an issue code; currency symbols, % and × only where the unit allows them. */
function readString(spec: InputSpec, raw: string): number | Unreadable {
  let s = raw.trim();
  if (s === '') return 'empty';
  if (s.length > 40 || !ALLOWED_CHARS.test(s)) return 'junk';
  if (/^[+\-−]?nan$/i.test(s)) return 'not-a-number';
  if (/^[+\-−]?(?:infinity|inf)$/i.test(s)) return 'not-finite';
  if (!/\d/.test(s)) return 'not-a-number';
  let negative = false;
  const sign = () => {
    if (s[0] === '-' || s[0] === '−') {
      negative = !negative;
      s = s.slice(1).trimStart();
    } else if (s[0] === '+') s = s.slice(1).trimStart();
  };
  sign();
  const money = spec.unit === 'currency' || spec.unit === 'currencyPerHour' || spec.unit === 'currencyPerMonth';
  if (money) {
    s = s.replace(CURRENCY_PREFIX, '');
    if (!negative) sign();
    s = s.replace(CURRENCY_SUFFIX, '');
  } else if (spec.unit === 'percent') s = s.replace(/\s*%$/, '');
  else if (spec.unit === 'multiplier') s = s.replace(/\s*[x×]$/i, '');
  if (s === '' || !/\d/.test(s) || !NUMBER_BODY.test(s)) return 'junk';
  const n = Number(s.replace(/,/g, ''));
  if (Number.isNaN(n)) return 'junk';
  if (!Number.isFinite(n)) return 'not-finite';
  return negative ? -n : n;
}

/**
 * Parse any untrusted value against a numeric spec. Returns a value inside [min, max] on the step's
 * precision, and an issue saying what was done when the raw value could not be used as-is.
 * Accepts numbers and strings such as "1,200", "$150", "37%", " 12 ", "1.5x". Never throws.
 */
export function parseInput(spec: InputSpec, raw: unknown): Parsed<number> {
  let n: number | Unreadable;
  if (raw === undefined || raw === null) n = 'empty';
  else if (typeof raw === 'number') n = Number.isNaN(raw) ? 'not-a-number' : Number.isFinite(raw) ? raw : 'not-finite';
  else if (typeof raw === 'string') n = readString(spec, raw);
  else if (typeof raw === 'bigint') n = Number(raw);
  else n = 'not-a-number';

  if (typeof n === 'string') {
    const why: Record<Unreadable, string> = {
      empty: 'it was empty',
      'not-a-number': 'what was entered is not a number',
      'not-finite': 'what was entered is not a finite number',
      junk: 'what was entered is not a plain number',
    };
    return fallback(spec, n, why[n]);
  }
  if (n < 0 && spec.min >= 0) {
    return {
      value: spec.min,
      issue: { code: 'negative', message: `${spec.label} cannot be negative; it must be ${rangeText(spec)}, so ${shown(spec, spec.min)} is used.` },
    };
  }
  if (n < spec.min) {
    return {
      value: spec.min,
      issue: { code: 'below-min', message: `${spec.label} must be ${rangeText(spec)}; the value was too low, so ${shown(spec, spec.min)} is used.` },
    };
  }
  if (n > spec.max) {
    return {
      value: spec.max,
      issue: { code: 'above-max', message: `${spec.label} must be ${rangeText(spec)}; the value was too high, so ${shown(spec, spec.max)} is used.` },
    };
  }
  const d = stepDecimals(spec.step);
  // "+ 0" turns -0 (from "-0" or rounding a tiny negative) into 0.
  const r = Math.min(spec.max, Math.max(spec.min, roundTo(n, d))) + 0;
  if (Math.abs(r - n) > 1e-9 * Math.max(1, Math.abs(n))) {
    return {
      value: r,
      issue: {
        code: 'too-many-decimals',
        message: `${spec.label} takes at most ${d} decimal place${d === 1 ? '' : 's'}, so it was rounded to ${shown(spec, r)}.`,
      },
    };
  }
  return { value: r };
}

/** Parse any untrusted value against a whitelist of choices; unknown values fall back to the default. */
export function parseChoice<V extends string>(spec: ChoiceSpec<string, V>, raw: unknown): Parsed<V> {
  const list = spec.options.map((o) => o.label).join(', ');
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return { value: spec.default, issue: { code: 'empty', message: `${spec.label} was empty, so the default is used.` } };
  }
  if (typeof raw === 'string') {
    const s = raw.trim();
    const hit = spec.options.find((o) => o.id === s) ?? spec.options.find((o) => o.id.toLowerCase() === s.toLowerCase());
    if (hit) return { value: hit.id };
  }
  return {
    value: spec.default,
    issue: { code: 'not-allowed', message: `${spec.label} must be one of: ${list}; the value given is not one of them, so the default is used.` },
  };
}

/** Parse a value against either kind of spec. */
export function parseField(spec: FieldSpec, raw: unknown): Parsed<number | string> {
  return spec.unit === 'choice' ? parseChoice(spec, raw) : parseInput(spec, raw);
}

/** A value object with one property per spec id: numbers for numeric specs, strings for choices. */
export type FieldValues = Record<string, number | string>;

/** The default value of every field, keyed by id. */
export function defaultValues<T extends object = FieldValues>(specs: readonly FieldSpec[]): T {
  const out: FieldValues = {};
  for (const s of specs) out[s.id] = s.default;
  return out as T;
}

/** Parse a whole value object (e.g. a store's state) field by field, with notices for what changed. */
export function parseValues<T extends object = FieldValues>(
  specs: readonly FieldSpec[],
  raw: object | null | undefined,
): { values: T; notices: Notice[] } {
  const values: FieldValues = {};
  const notices: Notice[] = [];
  for (const s of specs) {
    const has = raw != null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, s.id);
    const p = has ? parseField(s, (raw as Record<string, unknown>)[s.id]) : { value: s.default };
    values[s.id] = p.value;
    if (p.issue) notices.push({ id: s.id, key: s.key, ...p.issue });
  }
  return { values: values as T, notices };
}

/** An issue tied to the field it concerns. */
export interface Notice extends ParseIssue {
  id: string;
  key: string;
}
