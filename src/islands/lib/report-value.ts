/**
 * An input as the printed report and the CSV export show it: formatted for the page's locale and currency,
 * with its unit (the group summaries' form: "$2,000,000", "$150/h", "2 h"), percentages with every decimal
 * entered ("99.95%"), minutes named; a choice by its label, an unanswered question as "Not answered".
 */
import { formatMoney, formatNumber } from '../../model/format';
import type { FieldSpec } from '../../model/inputs';
import type { Calc } from './useCalculator';

/** A value as a summary shows it: money in the calculator's currency, units in short form. */
export function shortValue(c: Calc, spec: FieldSpec): string {
  const v = c.values[spec.id];
  if (spec.unit === 'choice') return spec.options.find((o) => o.id === v)?.label ?? String(v);
  const n = Number(v);
  const num = (digits = 2) => formatNumber(n, { ...c.fmt, digits });
  switch (spec.unit) {
    case 'currency':
      return formatMoney(n, c.fmt);
    case 'currencyPerHour':
      return `${formatMoney(n, c.fmt)}/h`;
    case 'currencyPerMonth':
      return `${formatMoney(n, c.fmt)}/month`;
    case 'percent':
      return `${num(1)}%`;
    case 'hours':
      return `${num()} h`;
    case 'multiplier':
      return `${num()}×`;
    case 'perYear':
      return `${num()} a year`;
    default:
      return num();
  }
}

/** A field's current value, formatted with its unit. */
export function reportValue(c: Calc, spec: FieldSpec): string {
  const exact = () => formatNumber(Number(c.values[spec.id]), { ...c.fmt, digits: 6 });
  if (spec.unit === 'percent') return `${exact()}%`;
  if (spec.unit === 'minutes') return `${exact()} min`;
  return shortValue(c, spec) || 'Not answered';
}
