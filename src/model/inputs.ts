/**
 * The one parse/clamp step every untrusted value goes through
 * (form text, URL parameter, embed attribute). Nothing here throws. Numbers are read in the page's
 * number format by ./read-number.ts, whose doc comment gives the rules; `read-as` and `duplicate-key`
 * issues are informational: the value stands (`isInformational`). Messages format numbers in the page's
 * locale; formatters and separators are built on first use only. What a spec is: ./fields.ts.
 */
import { nf, numberSeparators, resolveLocale } from './format';
import { inputDecimals, type Reading, readString, stepDecimals, type Unreadable } from './read-number';

export { inputDecimals, stepDecimals };
export type {
  Unit,
  InputSpec,
  ChoiceOption,
  ChoiceSpec,
  FieldSpec,
  ParseIssueCode,
  ParseIssue,
  Parsed,
  ParseOptions,
} from './fields';
import type { InputSpec, ChoiceSpec, FieldSpec, ParseIssueCode, ParseIssue, Parsed, ParseOptions } from './fields';

/** True for issues that only say how a value was read (`read-as`, `duplicate-key`): the value stands, nothing is wrong. */
export function isInformational(issue: ParseIssue | undefined): boolean {
  return issue !== undefined && (issue.code === 'read-as' || issue.code === 'duplicate-key');
}

/** Round to a number of decimals; returns the input unchanged if rounding would overflow. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Number.isFinite(r) ? r : value;
}

/** A field's value as messages show it, in the page's locale ("1.000.000.000", "37 %"); a choice by its label. */
export function shownValue(spec: FieldSpec, value: number | string, locale: string): string {
  if (spec.unit === 'choice') return spec.options.find((o) => o.id === value)?.label ?? String(value);
  const v = Number(value);
  return spec.unit === 'percent'
    ? nf(locale, { style: 'percent', maximumFractionDigits: 6 }).format(v / 100)
    : nf(locale, { maximumFractionDigits: 6 }).format(v);
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  'en-US': 'US',
  'en-GB': 'UK',
  'en-IE': 'Irish',
  'en-CA': 'Canadian English',
  'en-AU': 'Australian',
  'de-DE': 'German',
  'fr-FR': 'French',
  'fr-CA': 'Canadian French',
};

/** Messages for one spec in one locale. Formatters are built only when a message is. */
function texts(spec: InputSpec, locale: string) {
  const shown = (v: number) => shownValue(spec, v, locale);
  const range = () => `between ${shown(spec.min)} and ${shown(spec.max)}`;
  const name = FORMAT_NAMES[locale] ?? locale;
  const how = () => {
    const { group, decimal } = numberSeparators(locale);
    return `${/\s/.test(group) ? 'a space' : `“${group}”`} separates thousands and “${decimal}” marks decimals`;
  };
  return { shown, range, name, how };
}

/** A value with the issue that says what was done to get it. */
function issued<T>(value: T, code: ParseIssueCode, message: string): Parsed<T> {
  return { value, issue: { code, message } };
}

function fallback(spec: InputSpec, locale: string, code: ParseIssueCode, why: string): Parsed<number> {
  const t = texts(spec, locale);
  const message = `${spec.label} must be a number ${t.range()}; ${why}, so the default ${t.shown(spec.default)} is used.`;
  return issued(spec.default, code, message);
}

/**
 * Parse any untrusted value against a numeric spec. Returns a value inside [min, max] on the field's
 * precision, and an issue saying what was done when the raw value could not be used as-is, or how an
 * ambiguous one was read. Accepts numbers and strings such as "1,200", "$150", "37%", " 12 ", "1.5x";
 * with `{ locale: 'de-DE' }` "1.200", "1.234,56 €", "99,9 %" (see the rules above). Never throws.
 */
export function parseInput(spec: InputSpec, raw: unknown, opts?: ParseOptions): Parsed<number> {
  const locale = resolveLocale(opts);
  let n: number | Unreadable | 'other-format';
  let reading: Reading | undefined;
  if (raw === undefined || raw === null) n = 'empty';
  else if (typeof raw === 'number') n = Number.isNaN(raw) ? 'not-a-number' : Number.isFinite(raw) ? raw : 'not-finite';
  else if (typeof raw === 'string') {
    const r = readString(spec, raw, opts, locale);
    if (typeof r === 'string') n = r;
    else {
      reading = r;
      n = r.value;
    }
  } else if (typeof raw === 'bigint') n = Number(raw);
  else n = 'not-a-number';

  if (typeof n === 'string') {
    if (n === 'other-format') {
      const t = texts(spec, locale);
      return fallback(
        spec,
        locale,
        'junk',
        `what was entered is not a number in the ${t.name} number format, where ${t.how()}`,
      );
    }
    const why: Record<Unreadable, string> = {
      empty: 'it was empty',
      'not-a-number': 'what was entered is not a number',
      'not-finite': 'what was entered is not a finite number',
      junk: 'what was entered is not a plain number',
    };
    return fallback(spec, locale, n, why[n]);
  }
  if (n < 0 && spec.min >= 0) {
    const t = texts(spec, locale);
    return issued(
      spec.min,
      'negative',
      `${spec.label} cannot be negative; it must be ${t.range()}, so ${t.shown(spec.min)} is used.`,
    );
  }
  if (n < spec.min) {
    const t = texts(spec, locale);
    return issued(
      spec.min,
      'below-min',
      `${spec.label} must be ${t.range()}; the value was too low, so ${t.shown(spec.min)} is used.`,
    );
  }
  if (n > spec.max) {
    const t = texts(spec, locale);
    return issued(
      spec.max,
      'above-max',
      `${spec.label} must be ${t.range()}; the value was too high, so ${t.shown(spec.max)} is used.`,
    );
  }
  const d = inputDecimals(spec);
  // "+ 0" turns -0 (from "-0" or rounding a tiny negative) into 0.
  const r = Math.min(spec.max, Math.max(spec.min, roundTo(n, d))) + 0;
  if (Math.abs(r - n) > 1e-9 * Math.max(1, Math.abs(n))) {
    const t = texts(spec, locale);
    return issued(
      r,
      'too-many-decimals',
      `${spec.label} takes at most ${d} decimal place${d === 1 ? '' : 's'}, so it was rounded to ${t.shown(r)}.`,
    );
  }
  if (reading?.readAs) {
    const t = texts(spec, locale);
    return issued(r, 'read-as', `${spec.label} was read as ${t.shown(r)}; in the ${t.name} number format ${t.how()}.`);
  }
  return { value: r };
}

/** Parse any untrusted value against a whitelist of choices; unknown values fall back to the default. */
export function parseChoice<V extends string>(spec: ChoiceSpec<string, V>, raw: unknown): Parsed<V> {
  const list = spec.options.map((o) => o.label).join(', ');
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return {
      value: spec.default,
      issue: { code: 'empty', message: `${spec.label} was empty, so the default is used.` },
    };
  }
  if (typeof raw === 'string') {
    const s = raw.trim();
    const hit =
      spec.options.find((o) => o.id === s) ?? spec.options.find((o) => o.id.toLowerCase() === s.toLowerCase());
    if (hit) return { value: hit.id };
  }
  return {
    value: spec.default,
    issue: {
      code: 'not-allowed',
      message: `${spec.label} must be one of: ${list}; the value given is not one of them, so the default is used.`,
    },
  };
}

/** Parse a value against either kind of spec; `opts` is the page's number format, as for parseInput. */
export function parseField(spec: FieldSpec, raw: unknown, opts?: ParseOptions): Parsed<number | string> {
  return spec.unit === 'choice' ? parseChoice(spec, raw) : parseInput(spec, raw, opts);
}

/** A value object with one property per spec id: numbers for numeric specs, strings for choices. */
export type FieldValues = Record<string, number | string>;

/** The default value of every field, keyed by id. */
export function defaultValues<T extends object = FieldValues>(specs: readonly FieldSpec[]): T {
  const out: FieldValues = {};
  for (const s of specs) out[s.id] = s.default;
  return out as T;
}

/** Parse a whole value object (e.g. a store's state) field by field, with notices for what changed; `opts` as for parseInput. */
export function parseValues<T extends object = FieldValues>(
  specs: readonly FieldSpec[],
  raw: object | null | undefined,
  opts?: ParseOptions,
): { values: T; notices: Notice[] } {
  const values: FieldValues = {};
  const notices: Notice[] = [];
  for (const s of specs) {
    const has = raw != null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, s.id);
    const p = has ? parseField(s, (raw as Record<string, unknown>)[s.id], opts) : { value: s.default };
    values[s.id] = p.value;
    if (p.issue) notices.push({ id: s.id, key: s.key, ...p.issue });
  }
  // A field the reader left alone takes the value of the field it follows, clamped to its own range.
  for (const s of specs) {
    const has = raw != null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, s.id);
    const lead = s.follows !== undefined ? values[s.follows] : undefined;
    if (!has && s.unit !== 'choice' && typeof lead === 'number') values[s.id] = Math.min(s.max, Math.max(s.min, lead));
  }
  return { values: values as T, notices };
}

/** An issue tied to the field it concerns. */
export interface Notice extends ParseIssue {
  id: string;
  key: string;
}
