/** Numbers in the reader’s format: properties over every offered locale. */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  COMPARISON_SPECS,
  CURRENCIES,
  type InputSpec,
  LOCALES,
  decodeInputs,
  encodeInputs,
  inputDecimals,
  nf,
  numberSeparators,
  parseInput,
  parseValues,
} from './index';
import { CALCULATOR_SPECS } from '../calculators/specs';
import { ALL_NUMERIC, fine, cents } from './locale.test-helpers';

describe('properties, in every locale', () => {
  const anyLocale = fc.constantFrom(...LOCALES);
  const anySpec = fc.constantFrom(...ALL_NUMERIC);
  const onStep = (s: InputSpec, t: number) => {
    const d = inputDecimals(s);
    return { d, v: Math.min(s.max, Math.max(s.min, Number((s.min + t * (s.max - s.min)).toFixed(d)))) };
  };

  it('any value on a field’s precision, formatted by Intl with grouping, parses back to itself (20,000 cases)', () => {
    fc.assert(
      fc.property(anyLocale, anySpec, fc.double({ min: 0, max: 1, noNaN: true }), (locale, s, t) => {
        const { d, v } = onStep(s, t);
        const r = parseInput(s, nf(locale, { maximumFractionDigits: d }).format(v), { locale });
        return r.value === v && (r.issue === undefined || r.issue.code === 'read-as');
      }),
      { numRuns: 20_000 },
    );
  });

  it('…and as money or a percentage, the way the site shows it (10,000 cases)', () => {
    const styled = ALL_NUMERIC.filter((s) => s.unit === 'percent' || s.unit.startsWith('currency'));
    fc.assert(
      fc.property(
        anyLocale,
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...styled),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (locale, currency, s, t) => {
          const { d, v } = onStep(s, t);
          const text =
            s.unit === 'percent'
              ? nf(locale, { style: 'percent', maximumFractionDigits: d }).format(v / 100)
              : nf(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: d }).format(
                  v,
                );
          const r = parseInput(s, text, { locale, currency });
          return r.value === v && r.issue === undefined;
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('no string yields NaN, Infinity or a value out of range (20,000 cases)', () => {
    const chars = fc.constantFrom(...'0123456789.,  \u00a0\u202f-−+%$€£eE×xUSD'.split(''));
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: chars, maxLength: 24 }),
    );
    fc.assert(
      fc.property(anyLocale, anySpec, text, (locale, s, raw) => {
        const r = parseInput(s, raw, { locale });
        return Number.isFinite(r.value) && r.value >= s.min && r.value <= s.max;
      }),
      { numRuns: 20_000 },
    );
  });

  it('ambiguous strings always carry a notice, and are read in the page’s format (10,000 cases)', () => {
    const specs = [...ALL_NUMERIC, fine, cents];
    fc.assert(
      fc.property(
        anyLocale,
        fc.constantFrom(...specs),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('.', ','),
        (locale, s, a, b, sep) => {
          const raw = `${a}${sep}${String(b).padStart(3, '0')}`;
          const grouped = a * 1000 + b;
          const decimal = Number(`${a}.${String(b).padStart(3, '0')}`);
          const fitsField = (v: number, decimals: number) => v >= s.min && v <= s.max && decimals <= inputDecimals(s);
          const pageDecimal = numberSeparators(locale).decimal === ',' ? ',' : '.';
          const pageValue = sep === pageDecimal ? decimal : grouped;
          const otherValue = sep === pageDecimal ? grouped : decimal;
          const pageFits = fitsField(pageValue, pageValue === decimal ? 3 : 0);
          const otherFits = fitsField(otherValue, otherValue === decimal ? 3 : 0);
          const r = parseInput(s, raw, { locale });
          if (pageFits && otherFits) return r.value === pageValue && r.issue?.code === 'read-as';
          if (otherFits) return r.value === otherValue && r.issue?.code === 'read-as';
          // the page's reading, clamped or rounded as usual: any other value carries an issue
          return r.issue !== undefined || r.value === pageValue;
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('encode → decode is the identity in every format, with no notices (3,000 cases)', () => {
    const raw = fc.dictionary(
      fc.constantFrom(...COMPARISON_SPECS.map((s) => s.id)),
      fc.oneof(fc.double(), fc.integer()),
    );
    fc.assert(
      fc.property(anyLocale, raw, (locale, r) => {
        const { values } = parseValues(COMPARISON_SPECS, r);
        const q = encodeInputs(COMPARISON_SPECS, values);
        const back = decodeInputs(COMPARISON_SPECS, q, undefined, { locale });
        const own = decodeInputs(COMPARISON_SPECS, `${q}&loc=${locale}`);
        return (
          JSON.stringify(back.values) === JSON.stringify(values) &&
          back.notices.length === 0 &&
          JSON.stringify(own.values) === JSON.stringify(values)
        );
      }),
      { numRuns: 3_000 },
    );
  });

  it('encode → decode is the identity for every calculator’s fields in every format (2,000 cases)', () => {
    const calcs = Object.values(CALCULATOR_SPECS).map((c) => c.fields);
    fc.assert(
      fc.property(
        anyLocale,
        fc.constantFrom(...calcs),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (locale, fields, t) => {
          const values: Record<string, number | string> = {};
          for (const s of fields) values[s.id] = s.unit === 'choice' ? s.default : onStep(s, t).v;
          const back = decodeInputs(fields, encodeInputs(fields, values), undefined, { locale });
          return JSON.stringify(back.values) === JSON.stringify(values) && back.notices.length === 0;
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
