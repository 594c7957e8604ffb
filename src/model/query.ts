/**
 * URL codec for a calculator's inputs: short keys in, validated values out, and back again.
 * Used for shareable links and embed attributes; everything passes through parseField.
 */
import { type FieldSpec, type FieldValues, type InputSpec, type Notice, parseField, roundTo, stepDecimals } from './inputs';

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

/**
 * Decode a calculator's inputs from a query string, URLSearchParams or attribute map, by short key.
 * Missing keys take `base` (or the default); unknown keys are listed in `ignoredKeys`; bad values
 * are clamped or defaulted with a notice. Never throws.
 */
export function decodeInputs<T extends object = FieldValues>(
  specs: readonly FieldSpec[],
  query: QueryInput,
  base?: Partial<T>,
): Decoded<T> {
  const params = toParams(query);
  const values: FieldValues = {};
  const notices: Notice[] = [];
  const known = new Set(specs.map((s) => s.key));
  for (const s of specs) {
    const raw = params.get(s.key);
    if (raw === null) {
      const b = (base as Record<string, unknown> | undefined)?.[s.id];
      values[s.id] = b === undefined ? s.default : parseField(s, b).value;
      continue;
    }
    const p = parseField(s, raw);
    values[s.id] = p.value;
    if (p.issue) notices.push({ id: s.id, key: s.key, ...p.issue });
  }
  const ignoredKeys: string[] = [];
  for (const k of params.keys()) if (!known.has(k) && !ignoredKeys.includes(k)) ignoredKeys.push(k);
  return { values: values as T, notices, ignoredKeys };
}

/** Format a number for a URL: shortest form on the spec's step precision, never exponent notation for our ranges. */
function urlNumber(spec: InputSpec, v: number): string {
  return String(roundTo(v, stepDecimals(spec.step)));
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
