/**
 * Reading a number typed in a page's number format, for parseInput (./inputs.ts). Nothing here throws.
 *
 * Numbers are read in the page's number format: `{ locale, currency }`, resolved as for formatting
 * (`resolveLocale`), en-US when none is given. The rules, in order:
 *
 * 1. **Two conventions.** A locale whose decimal separator is "," (de-DE, fr-FR, fr-CA) reads "," as the
 *    decimal mark and "." as grouping; the others read "." as the decimal mark and "," as grouping.
 *    Spaces (plain, no-break U+00A0, narrow no-break U+202F, thin U+2009) group thousands in every
 *    format, and so does the locale's own group separator (from Intl.NumberFormat#formatToParts).
 * 2. **Grouping is strict**: one kind of separator per number, a first group of 1–3 digits not starting
 *    with 0, then groups of exactly 3; never after the decimal mark. "1,2,3" and "12,34" are not groups.
 * 3. Around the number: a leading sign (+, -, U+2212); on money fields a currency symbol or code before
 *    or after ("$", "US$", "€", "1.234,50 €", "1 234,50 $CA", "EUR 10"); on percent fields a trailing
 *    "%"; on multipliers a trailing "x" or "×"; "1e3" exponents as before.
 * 4. **Two readings.** The text is read in the page's convention and in the other one. A reading *fits*
 *    a field when it is in range and written with no more decimals than the field takes (so in a
 *    whole-number field, "1.500" can only be 1500: one and a half would need three decimals).
 *    - Both readings give the same number, or only the page's convention can read it: that number, as
 *      before (clamped or rounded with the usual issue when it does not fit).
 *    - Both fit and differ (ambiguous, e.g. "1.500" in a field taking 3 decimals and up to 1,500): the
 *      page's reading, with a `read-as` issue naming the value used and how the format writes numbers.
 *    - Only the other convention's reading fits ("1,5" on an en-US page for a field with decimals,
 *      "1,234.56" on a de-DE page): that reading, with a `read-as` issue naming the value used.
 *    - Only the other convention can read it and its reading does not fit ("12,5" on an en-US page for a
 *      whole-number field): rejected (`junk`, default used), the message saying how this format writes
 *      numbers.
 *    - Neither fits: the page's reading, clamped or rounded with the usual issue.
 *    So a value other than the page's reading is never used without an issue saying so.
 * 5. **Percent fields whose step is 1 take one decimal** (12.5%); other fields take their step's decimals.
 *
 * `read-as` and `duplicate-key` issues are informational: the value stands (`isInformational`).
 * Messages format numbers in the page's locale; formatters and separators are built on first use only.
 */
import { numberSeparators } from './format';
import type { InputSpec, ParseIssueCode, ParseOptions } from './inputs';

/** Number of decimals a step allows (0.25 → 2, 1 → 0, 1e-7 → 7). */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0 || Number.isInteger(step)) return 0;
  for (let d = 1; d <= 12; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
  }
  return 12;
}

/** Decimals a field takes: its step's, except that percent fields stepping by 1 take one (12.5%). */
export function inputDecimals(spec: InputSpec): number {
  return spec.unit === 'percent' && spec.step === 1 ? 1 : stepDecimals(spec.step);
}

const CURRENCY_PREFIX = /^(?:USD|EUR|GBP|CAD|AUD|US\$|CA\$|C\$|AU\$|A\$|\$|€|£)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:US\$|CA\$|C\$|AU\$|A\$|\$\s?(?:US|CA|AU)?|£(?:\s?GB)?|€|USD|EUR|GBP|CAD|AUD)$/i;
const ALLOWED_CHARS = /^[0-9A-Za-z.,\s$€£%+\-−×]*$/;
const EXPONENT = /[eE]([+-]?\d+)$/;

/** Why a raw value could not be read as a number at all. */
export type Unreadable = Extract<ParseIssueCode, 'empty' | 'not-a-number' | 'not-finite' | 'junk'>;

/** A number read from text; `readAs` when it reads two ways or was read in the other convention (rule 4). */
export interface Reading {
  value: number;
  readAs?: true;
}

/** A number body read in one convention: its value and how many decimals it was written with. */
interface BodyReading {
  value: number;
  decimals: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: string) => c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\u2009';

/**
 * Read digits with grouping and a decimal mark in one convention (rules 1–2), or null if the text is not
 * a number in it. `extraGroup` is the locale's own group separator. A hand-written scanner: no regex per call.
 */
function readBody(
  body: string,
  decimal: string,
  group: string,
  extraGroup: string,
  exponent: number,
): BodyReading | null {
  let int = '';
  let frac: string | null = null;
  let kind = '';
  let groups = 0;
  let run = 0;
  let afterGroup = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (isDigit(ch.charCodeAt(0))) {
      if (frac === null) {
        int += ch;
        run++;
      } else frac += ch;
      afterGroup = false;
    } else if (ch === decimal) {
      if (frac !== null || afterGroup || (groups > 0 && run !== 3)) return null;
      frac = '';
    } else if (ch === group || ch === extraGroup || isSpace(ch)) {
      const k = isSpace(ch) ? ' ' : ch;
      if (frac !== null || run === 0 || (kind !== '' && k !== kind)) return null;
      if (groups === 0 ? run > 3 || int[0] === '0' : run !== 3) return null;
      kind = k;
      groups++;
      run = 0;
      afterGroup = true;
    } else return null;
  }
  if (afterGroup || (groups > 0 && frac === null && run !== 3)) return null;
  if (int === '' && !frac) return null;
  const fracDigits = frac ?? '';
  const value = Number(`${int || '0'}${fracDigits ? `.${fracDigits}` : ''}e${exponent}`);
  return { value, decimals: Math.max(0, fracDigits.length - exponent) };
}

/** Whether a reading fits a field: in range and written with no more decimals than it takes (rule 4). */
function fits(spec: InputSpec, r: BodyReading, sign: number): boolean {
  const v = sign * r.value;
  return Number.isFinite(v) && v >= spec.min && v <= spec.max && r.decimals <= inputDecimals(spec);
}

/** Turn a string into a reading or an issue code (rules 3–4); currency symbols, % and × only where the unit allows them. */
export function readString(
  spec: InputSpec,
  raw: string,
  opts: ParseOptions | undefined,
  locale: string,
): Reading | Unreadable | 'other-format' {
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
  let exponent = 0;
  const e = EXPONENT.exec(s);
  if (e) {
    exponent = Number(e[1]);
    s = s.slice(0, e.index);
  }
  if (s === '' || !/\d/.test(s)) return 'junk';
  const sg = negative ? -1 : 1;
  const finish = (r: Reading): Reading | Unreadable => (Number.isFinite(r.value) ? r : 'not-finite');
  // Without "." or "," both conventions read the same: no need for the locale's separators.
  if (!s.includes('.') && !s.includes(',')) {
    const r = readBody(s, '.', ',', '', exponent);
    return r ? finish({ value: sg * r.value }) : 'junk';
  }
  const { decimal, group: localeGroup } = numberSeparators(locale);
  const pageDecimal = decimal === ',' ? ',' : '.';
  const otherDecimal = pageDecimal === ',' ? '.' : ',';
  const page = readBody(s, pageDecimal, otherDecimal, localeGroup, exponent);
  const other = readBody(s, otherDecimal, pageDecimal, '', exponent);
  if (!page && !other) return 'junk';
  if (!other || (page && page.value === other.value)) return finish({ value: sg * page!.value });
  // A plain "2.5" from a link is what encodeInputs writes for every reader.
  const plainLink = opts?.from === 'link' && otherDecimal === '.' && /^\d+\.\d+$/.test(s);
  if (!page) {
    if (!fits(spec, other, sg)) return 'other-format';
    return finish(plainLink ? { value: sg * other.value } : { value: sg * other.value, readAs: true });
  }
  const pageFits = fits(spec, page, sg);
  const otherFits = fits(spec, other, sg);
  if (pageFits && otherFits) return finish({ value: sg * page.value, readAs: true });
  if (otherFits) return finish(plainLink ? { value: sg * other.value } : { value: sg * other.value, readAs: true });
  return finish({ value: sg * page.value });
}
