/**
 * An input as the printed report and the CSV export show it: formatted for the page's locale and currency,
 * with its unit (the group summaries' form: "$2,000,000", "$150/h", "2 h"), percentages with every decimal
 * entered ("99.95%"), minutes named; a choice by its label, an unanswered question as "Not answered".
 */
import { formatNumber } from '../../model/format';
import type { FieldSpec } from '../../model/inputs';
import { shortValue } from '../ui/Groups';
import type { Calc } from './useCalculator';

/** A field's current value, formatted with its unit. */
export function reportValue(c: Calc, spec: FieldSpec): string {
  const exact = () => formatNumber(Number(c.values[spec.id]), { ...c.fmt, digits: 6 });
  if (spec.unit === 'percent') return `${exact()}%`;
  if (spec.unit === 'minutes') return `${exact()} min`;
  return shortValue(c, spec) || 'Not answered';
}
