/**
 * URL codec for a calculator's inputs: short keys in, validated values out, and back again.
 * Used for shareable links and embed attributes; everything passes through parseField.
 * Links are written the same for every reader ("2.5", no grouping); hand-typed values ("rev=2.000")
 * are read in the link's own number format (its `loc`/`cur`), else the page's.
 */
import { CURRENCIES, type Currency, LOCALES, type FormatOptions, resolveLocale } from './format';
import {
  type FieldSpec,
  type FieldValues,
  type InputSpec,
  type Notice,
  inputDecimals,
  parseField,
  roundTo,
  shownValue,
} from './inputs';

/** URL keys of the settings (CURRENCY_SPEC and LOCALE_SPEC in specs.ts; a test checks they agree). */
export const CURRENCY_KEY = 'cur';
export const LOCALE_KEY = 'loc';

/** What a query decoded to: a full value object, notices for changed values, and keys that were ignored. */
export interface Decoded<T extends object = FieldValues> {
  values: T;
  notices: Notice[];
  /** Keys present in the query that belong to no field of this calculator. */
  ignoredKeys: string[];
}

/** Anything a query can arrive as. */
export type QueryInput = string | URLSearchParams | object | null | undefined;

function toParams(query: QueryInput): URLSearchParams {
  try {
    if (query instanceof URLSearchParams) return query;
    if (typeof query === 'string') return new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
    const p = new URLSearchParams();
    if (query && typeof query === 'object') {
      for (const [k, v] of Object.entries(query)) {
        if (typeof v === 'string' || typeof v === 'number') p.append(k, String(v));
      }
    }
    return p;
  } catch {
    return new URLSearchParams();
  }
}

/** The number format a query is read in: its own `cur`/`loc` where valid, else the page's `opts`. */
function linkFormat(params: URLSearchParams, opts: FormatOptions | undefined): FormatOptions {
  const cur = params.get(CURRENCY_KEY)?.trim().toUpperCase();
  const loc = params.get(LOCALE_KEY)?.trim();
  return {
    currency: cur && (CURRENCIES as readonly string[]).includes(cur) ? (cur as Currency) : opts?.currency,
    locale: loc !== undefined && (loc === '' || (LOCALES as readonly string[]).includes(loc)) ? loc : opts?.locale,
  };
}

/**
 * Decode a calculator's inputs from a query string, URLSearchParams or attribute map, by short key.
 * Missing keys take `base` (or the default); unknown keys are listed in `ignoredKeys`; bad values
 * are clamped or defaulted with a notice; a repeated key uses its first value, with a notice.
 * `opts` is the page's number format (`{ locale, currency }`); the query's own `loc`/`cur` win over it.
 * `base` values (a store's state) are read in `opts`. Never throws.
 */
export function decodeInputs<T extends object = FieldValues>(
  specs: readonly FieldSpec[],
  query: QueryInput,
  base?: Partial<T>,
  opts?: FormatOptions,
): Decoded<T> {
  const params = toParams(query);
  const values: FieldValues = {};
  const notices: Notice[] = [];
  const known = new Set(specs.map((s) => s.key));
  const link = { ...linkFormat(params, opts), from: 'link' as const };
  for (const s of specs) {
    const raw = params.get(s.key);
    if (raw === null) {
      const b = (base as Record<string, unknown> | undefined)?.[s.id];
      values[s.id] = b === undefined ? s.default : parseField(s, b, opts).value;
      continue;
    }
    const p = parseField(s, raw, link);
    values[s.id] = p.value;
    if (p.issue) notices.push({ id: s.id, key: s.key, ...p.issue });
    const times = params.getAll(s.key).length;
    if (times > 1) {
      const used = shownValue(s, p.value, resolveLocale(link));
      notices.push({
        id: s.id,
        key: s.key,
        code: 'duplicate-key',
        message: `${s.label} is given ${times} times in the link; the first, ${used}, is used.`,
      });
    }
  }
  const ignoredKeys: string[] = [];
  for (const k of params.keys()) if (!known.has(k) && !ignoredKeys.includes(k)) ignoredKeys.push(k);
  return { values: values as T, notices, ignoredKeys };
}

/**
 * Format a number for a URL: shortest form on the field's precision, never exponent notation for our
 * ranges. Exactly three decimals get a trailing 0 ("1.2340"): "1.234" would read as 1234 in a format
 * grouping with ".", and a link must mean the same to every reader.
 */
function urlNumber(spec: InputSpec, v: number): string {
  const s = String(roundTo(v, inputDecimals(spec)));
  const dot = s.indexOf('.');
  return dot >= 0 && s.length - dot - 1 === 3 ? `${s}0` : s;
}

/**
 * Encode a calculator's inputs as a query string (no leading "?") with the short keys, in spec order,
 * omitting values equal to the default. Values are parsed first, so the output is always valid.
 */
export function encodeInputs(specs: readonly FieldSpec[], values: object): string {
  const p = new URLSearchParams();
  for (const s of specs) {
    const raw = (values as Record<string, unknown> | null)?.[s.id];
    if (raw === undefined) continue;
    const v = parseField(s, raw).value;
    if (v === s.default) continue;
    p.append(s.key, s.unit === 'choice' ? String(v) : urlNumber(s, v as number));
  }
  return p.toString();
}
