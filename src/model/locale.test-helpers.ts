/** Specs and locales the number-format tests share (locale*.test.ts). */
import { type FieldSpec, type InputSpec, SYSTEM_FIELD_SPECS } from './index';
import { CALCULATOR_SPECS } from '../calculators/specs';

export const NNBSP = '\u202f';
export const NBSP = '\u00a0';
export const DE = { locale: 'de-DE' } as const;
export const FR = { locale: 'fr-FR' } as const;

export const ALL_NUMERIC: InputSpec[] = (() => {
  const seen = new Map<string, InputSpec>();
  const all: FieldSpec[] = [...Object.values(CALCULATOR_SPECS).flatMap((c) => c.fields), ...SYSTEM_FIELD_SPECS];
  for (const s of all) if (s.unit !== 'choice' && !seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
})();
export const spec = (id: string): InputSpec => {
  const s = ALL_NUMERIC.find((x) => x.id === id);
  if (!s) throw new Error(`no numeric spec ${id}`);
  return s;
};
export const salary = spec('annualSalary'); // 0–1,000,000, step 500, currency
export const revenue = spec('annualRevenue'); // 0–1e9, step 1000, currency
export const staff = spec('staffAffected'); // 0–100,000, step 1
export const incidents = spec('incidentsPerYear'); // 0–365, step 0.01
export const productivityLoss = spec('productivityLoss'); // 0–100 %, step 1
export const downtimeMinutes = spec('downtimeMinutes'); // 0–525,600, step 0.01
export const availability = spec('availability'); // 0–100 %, step 0.0001
export const hourlyRate = spec('hourlyRate'); // 0–1,000, step 5, currencyPerHour
/** A field where "1.500" fits both ways (three decimals, up to a million): where ambiguity is real. */
export const fine: InputSpec = {
  id: 'fine',
  key: 'f',
  label: 'Fine amount',
  unit: 'count',
  min: 0,
  max: 1_000_000,
  step: 0.001,
  default: 1,
  assumption: 'test',
};
export const cents: InputSpec = {
  id: 'cents',
  key: 'c',
  label: 'Price',
  unit: 'currency',
  min: 0,
  max: 1_000_000,
  step: 0.01,
  default: 1,
  assumption: 'test',
};
