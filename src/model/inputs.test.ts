import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BREAK_FIX_SPECS,
  SETTINGS_KEYS,
  SETTINGS_SPECS,
  SYSTEMS_KEY,
  SYSTEM_FIELD_SPECS,
  COMPARISON_SPECS,
  CURRENCY_SPEC,
  DOWNTIME_SPECS,
  type FieldSpec,
  type InputSpec,
  PROFILE_SPECS,
  SPREAD_SPEC,
  decodeInputs,
  defaultValues,
  encodeInputs,
  parseChoice,
  parseInput,
  parseValues,
  stepDecimals,
} from './index';
import { CALCULATOR_SPECS } from '../calculators/specs';

const spec = (id: string, list: readonly FieldSpec[] = COMPARISON_SPECS): InputSpec => {
  const s = list.find((x) => x.id === id);
  if (!s || s.unit === 'choice') throw new Error(`no numeric spec ${id}`);
  return s;
};
const hourlyRate = spec('hourlyRate'); // 0–1,000, step 5, default 150, currencyPerHour
const productivityLoss = spec('productivityLoss'); // 0–100 %, step 1, default 37
const overhead = spec('overheadFactor'); // 1–3, step 0.05, default 1.3
const annualRevenue = spec('annualRevenue'); // 0–1e9, step 1000
const incidents = spec('incidentsPerYear'); // 0–365, step 0.01, default 2.14

describe('parseInput: human forms and junk', () => {
  it.each([
    // [spec, raw, value, issue code or undefined]
    [hourlyRate, '150', 150, undefined],
    [hourlyRate, ' 12 ', 12, undefined],
    [hourlyRate, '$150', 150, undefined],
    [hourlyRate, 'US$150', 150, undefined],
    [hourlyRate, '€150', 150, undefined],
    [hourlyRate, '150 GBP', 150, undefined],
    [hourlyRate, '+150', 150, undefined],
    [hourlyRate, 150, 150, undefined],
    [annualRevenue, '1,200', 1200, undefined],
    [annualRevenue, '1,200,000', 1_200_000, undefined],
    [annualRevenue, '$2,000,000', 2_000_000, undefined],
    [productivityLoss, '37%', 37, undefined],
    [productivityLoss, '37 %', 37, undefined],
    [overhead, '1.5x', 1.5, undefined],
    [overhead, '1.5×', 1.5, undefined],
    [incidents, '.5', 0.5, undefined],
    [incidents, '2.', 2, undefined],
    [hourlyRate, '', 150, 'empty'],
    [hourlyRate, '   ', 150, 'empty'],
    [hourlyRate, undefined, 150, 'empty'],
    [hourlyRate, null, 150, 'empty'],
    [hourlyRate, 'abc', 150, 'not-a-number'],
    [hourlyRate, 'NaN', 150, 'not-a-number'],
    [hourlyRate, Number.NaN, 150, 'not-a-number'],
    [hourlyRate, {}, 150, 'not-a-number'],
    [hourlyRate, [150], 150, 'not-a-number'],
    [hourlyRate, true, 150, 'not-a-number'],
    [hourlyRate, 'Infinity', 150, 'not-finite'],
    [hourlyRate, '-Infinity', 150, 'not-finite'],
    [hourlyRate, Number.POSITIVE_INFINITY, 150, 'not-finite'],
    [hourlyRate, '1e999', 150, 'not-finite'],
    [hourlyRate, '12abc', 150, 'junk'],
    [hourlyRate, '<script>', 150, 'junk'],
    [hourlyRate, '<script>alert(1)</script>', 150, 'junk'],
    [hourlyRate, '1,2,3', 150, 'junk'],
    [hourlyRate, '12,5', 150, 'junk'], // decimal comma is not accepted: ambiguous with grouping
    [hourlyRate, '37%', 150, 'junk'], // % only on percent fields
    [productivityLoss, '$37', 37, 'junk'], // currency only on money fields
    [hourlyRate, '0x10', 150, 'junk'],
    [hourlyRate, '1e308', 1000, 'above-max'],
    [hourlyRate, 1e308, 1000, 'above-max'],
    [hourlyRate, '5000', 1000, 'above-max'],
    [hourlyRate, '-1', 0, 'negative'],
    [hourlyRate, '−1', 0, 'negative'], // U+2212 minus sign
    [hourlyRate, '-$5', 0, 'negative'],
    [hourlyRate, -1, 0, 'negative'],
    [overhead, '0.5', 1, 'below-min'],
    [productivityLoss, '150%', 100, 'above-max'],
    [hourlyRate, '150.5', 151, 'too-many-decimals'], // step 5 allows 0 decimals: 150.5 → 151
    [overhead, '1.333', 1.33, 'too-many-decimals'], // step 0.05 allows 2 decimals
    [incidents, 2.146, 2.15, 'too-many-decimals'], // step 0.01
    [incidents, 10n, 10, undefined],
    [incidents, '-0', 0, undefined], // never -0
    [incidents, -0, 0, undefined],
    [incidents, '1e-400', 0, undefined], // underflows to 0
  ] as const)('%#: %o ← %o', (s, raw, value, code) => {
    const r = parseInput(s, raw);
    expect(r.value).toBe(value);
    expect(r.issue?.code).toBe(code);
  });

  it('messages name the field and the allowed range, and never echo the input', () => {
    const r = parseInput(hourlyRate, '<b>9999</b>');
    expect(r.issue?.message).toContain('Technician hourly rate');
    expect(r.issue?.message).toContain('between 0 and 1,000');
    expect(r.issue?.message).not.toContain('<b>');
    expect(parseInput(productivityLoss, '101').issue?.message).toContain('between 0% and 100%');
  });

  it('does not call toString or valueOf on objects', () => {
    const evil = {
      toString: () => {
        throw new Error('boom');
      },
      valueOf: () => {
        throw new Error('boom');
      },
    };
    expect(parseInput(hourlyRate, evil).value).toBe(150);
    expect(parseInput(hourlyRate, Symbol('x')).issue?.code).toBe('not-a-number');
  });

  it.each([
    [1, 0],
    [5, 0],
    [0.5, 1],
    [0.25, 2],
    [0.05, 2],
    [0.001, 3],
    [1e-7, 7],
  ])('stepDecimals(%d) = %d', (step, d) => expect(stepDecimals(step)).toBe(d));
});

describe('parseChoice', () => {
  it.each([
    ['low', 'low', undefined],
    [' HIGH ', 'high', undefined],
    ['', 'medium', 'empty'],
    [undefined, 'medium', 'empty'],
    ['extreme', 'medium', 'not-allowed'],
    ['<img src=x>', 'medium', 'not-allowed'],
    [3, 'medium', 'not-allowed'],
    [{}, 'medium', 'not-allowed'],
  ] as const)('%o → %s', (raw, value, code) => {
    const r = parseChoice(SPREAD_SPEC, raw);
    expect(r.value).toBe(value);
    expect(r.issue?.code).toBe(code);
  });
  it('currency is whitelisted', () => {
    expect(parseChoice(CURRENCY_SPEC, 'GBP').value).toBe('GBP');
    expect(parseChoice(CURRENCY_SPEC, 'JPY').value).toBe('USD');
  });
});

describe('URL codec', () => {
  it('decodes short keys, clamps with notices, ignores unknown keys', () => {
    const d = decodeInputs(COMPARISON_SPECS, '?hr=200&pl=999&pm=flat&sp=extreme&zz=1&utm_source=x');
    expect(d.values['hourlyRate']).toBe(200);
    expect(d.values['productivityLoss']).toBe(100);
    expect(d.values['pricingModel']).toBe('flat');
    expect(d.values['spread']).toBe('medium');
    expect(d.notices.map((n) => [n.key, n.code])).toEqual([
      ['pl', 'above-max'],
      ['sp', 'not-allowed'],
    ]);
    expect(d.ignoredKeys).toEqual(['zz', 'utm_source']);
  });

  it('accepts URLSearchParams and attribute maps; missing keys take base, then defaults', () => {
    const p = new URLSearchParams({ inc: '5' });
    expect(decodeInputs(DOWNTIME_SPECS, p).values['incidentsPerYear']).toBe(5);
    const attrs = { inc: '4', dur: 2 };
    const d = decodeInputs(DOWNTIME_SPECS, attrs, { staffAffected: 7 });
    expect(d.values).toMatchObject({ incidentsPerYear: 4, outageHours: 2, staffAffected: 7, annualSalary: 55_000 });
  });

  it('first value wins when a key repeats; null/garbage queries give defaults', () => {
    expect(decodeInputs(DOWNTIME_SPECS, 'inc=4&inc=9').values['incidentsPerYear']).toBe(4);
    expect(decodeInputs(DOWNTIME_SPECS, null).values).toEqual(defaultValues(DOWNTIME_SPECS));
    expect(decodeInputs(DOWNTIME_SPECS, '%%%&&=').values).toEqual(defaultValues(DOWNTIME_SPECS));
  });

  it('encodes only values that differ from the default, in spec order', () => {
    const v = { ...defaultValues(COMPARISON_SPECS), hourlyRate: 175, spread: 'high', annualRevenue: 3_500_000 };
    expect(encodeInputs(COMPARISON_SPECS, v)).toBe('rev=3500000&hr=175&sp=high');
    expect(encodeInputs(COMPARISON_SPECS, defaultValues(COMPARISON_SPECS))).toBe('');
  });

  it('encoding clamps what it is given, so a link is always valid', () => {
    expect(encodeInputs(BREAK_FIX_SPECS, { hourlyRate: -5, incidentsPerYear: 1e9 })).toBe('inc=365&hr=0');
  });

  it('parseValues validates a whole object', () => {
    const { values, notices } = parseValues(PROFILE_SPECS, { staffAffected: '12', annualSalary: 'lots' });
    expect(values).toMatchObject({ staffAffected: 12, annualSalary: 55_000 });
    expect(notices).toHaveLength(1);
  });
});

describe('specs', () => {
  it.each(Object.entries(CALCULATOR_SPECS).map(([slug, c]) => [slug, c.fields] as const))(
    '%s: ids and keys are unique and do not clash with settings or the systems key',
    (_name, specs) => {
      const keys = specs.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
      for (const k of [...SETTINGS_KEYS, SYSTEMS_KEY]) expect(keys).not.toContain(k);
    },
  );
  const all = Object.values(CALCULATOR_SPECS)
    .flatMap((c) => c.fields)
    .concat(SETTINGS_SPECS, SYSTEM_FIELD_SPECS);
  it.each(all.map((s) => [s.id, s] as const))('%s: key, range, default and provenance are sound', (_id, s) => {
    expect(s.label.length).toBeGreaterThan(2);
    expect(s.key).toMatch(/^[a-z]{1,4}$/);
    expect(Boolean(s.source) || Boolean(s.assumption)).toBe(true);
    if (s.unit !== 'choice') {
      expect(s.min).toBeLessThanOrEqual(s.default);
      expect(s.default).toBeLessThanOrEqual(s.max);
      expect(parseInput(s, s.default)).toEqual({ value: s.default });
    } else if (s.default !== '') {
      // '' is "no answer yet" (the scorecard's questions preselect none)
      expect(s.options.map((o) => o.id)).toContain(s.default);
    }
  });
  it('incident reduction says no research supports its default', () => {
    expect(spec('incidentReduction').assumption).toMatch(/No research supports a default/);
    expect(spec('incidentReduction').source).toBeUndefined();
  });
});

describe('properties: parse never throws and always returns a value in range', () => {
  const numeric = COMPARISON_SPECS.filter((s): s is InputSpec => s.unit !== 'choice');
  const check = (raw: unknown, s: InputSpec) => {
    const r = parseInput(s, raw);
    return Number.isFinite(r.value) && r.value >= s.min && r.value <= s.max;
  };
  const anySpec = fc.constantFrom(...numeric);
  it('fc.string (20,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), anySpec, (raw, s) => check(raw, s)),
      { numRuns: 20_000 },
    );
  });
  it('full Unicode strings, fc.string({ unit: "binary" }) — fast-check 4’s fullUnicodeString (15,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), anySpec, (raw, s) => check(raw, s)),
      { numRuns: 15_000 },
    );
  });
  it('fc.anything (10,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true }),
        anySpec,
        (raw, s) => check(raw, s),
      ),
      { numRuns: 10_000 },
    );
  });
  it('number-like strings round-trip: any in-range value printed plainly parses back to itself (10,000 cases)', () => {
    fc.assert(
      fc.property(anySpec, fc.double({ min: 0, max: 1, noNaN: true }), (s, t) => {
        const d = stepDecimals(s.step);
        const v = Number((s.min + t * (s.max - s.min)).toFixed(d));
        const r = parseInput(s, v.toLocaleString('en-US', { maximumFractionDigits: d }));
        return r.issue === undefined && r.value === v;
      }),
      { numRuns: 10_000 },
    );
  });
  it('decode never throws and encode → decode is the identity on parsed values (5,000 cases)', () => {
    const raw = fc.dictionary(
      fc.constantFrom(...COMPARISON_SPECS.map((s) => s.id)),
      fc.oneof(fc.string(), fc.double(), fc.integer()),
    );
    fc.assert(
      fc.property(raw, (r) => {
        const { values } = parseValues(COMPARISON_SPECS, r);
        const back = decodeInputs(COMPARISON_SPECS, encodeInputs(COMPARISON_SPECS, values));
        return JSON.stringify(back.values) === JSON.stringify(values) && back.notices.length === 0;
      }),
      { numRuns: 5_000 },
    );
  });
  it('decoding arbitrary query strings never throws (5,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
        const d = decodeInputs(COMPARISON_SPECS, q);
        return Object.keys(d.values).length === COMPARISON_SPECS.length;
      }),
      { numRuns: 5_000 },
    );
  });
});
