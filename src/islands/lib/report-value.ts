/**
 * An input as the printed report and the CSV export show it: formatted for the page's locale and currency,
 * with its unit, and with every decimal the reader entered ("$2,000,000", "99.95%", "43.2 min", "1.5×"); a
 * choice by its label, an unanswered question as "Not answered".
 */
import { formatMoney, formatNumber } from '../../model/format';
import type { FieldSpec } from '../../model/inputs';
import type { Calc } from './useCalculator';

/** Decimals a number needs to be shown exactly, up to six. */
const decimals = (n: number) => {
  let d = 0;
  while (d < 6 && Math.abs(Math.round(n * 10 ** d) - n * 10 ** d) > 1e-6) d++;
  return d;
};

/** What each unit adds after the number. */
const AFTER: Partial<Record<FieldSpec['unit'], string>> = {
  percent: '%',
  hours: ' h',
  minutes: ' min',
  months: ' months',
  multiplier: '×',
  perYear: ' a year',
  currencyPerHour: '/h',
  currencyPerMonth: '/month',
};

/** A field's current value, formatted with its unit. */
export function reportValue(c: Calc, spec: FieldSpec): string {
  const v = c.values[spec.id];
  if (spec.unit === 'choice') return spec.options.find((o) => o.id === v)?.label ?? 'Not answered';
  const n = Number(v);
  const money = spec.unit === 'currency' || spec.unit === 'currencyPerHour' || spec.unit === 'currencyPerMonth';
  const shown = money
    ? formatMoney(n, { ...c.fmt, cents: decimals(n) > 0 })
    : formatNumber(n, { ...c.fmt, digits: decimals(n) });
  return shown + (AFTER[spec.unit] ?? '');
}
