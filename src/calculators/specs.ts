/**
 * Server-only part of the registry: each calculator's field specs. Islands receive them as props
 * (src/islands/props.ts), so their labels, help and provenance travel in the page's HTML instead of the
 * JavaScript bundle. A Record over every slug: a new calculator without specs fails the type check.
 */
import type { FieldSpec } from '../model/inputs';
import { COMPARISON_SPECS, DOWNTIME_SPECS, UPTIME_SPECS } from '../model/specs';
import { SCORECARD_QUESTIONS } from '../model/scorecard';
import { HYBRID_SPECS, SYSTEM_FIELD_SPECS } from '../model/systems';
import { QUOTE_SPECS } from '../model/quotes-specs';
import type { Slug } from './registry';

/** A calculator's fields, and any further specs its page's "Where the defaults come from" table lists. */
export interface CalculatorSpecs {
  fields: readonly FieldSpec[];
  /** Specs with defaults but no form field of their own (the hybrid planner's per-system fields). */
  tableOnly?: readonly FieldSpec[];
}

export const CALCULATOR_SPECS: Readonly<Record<Slug, CalculatorSpecs>> = {
  'cost-comparison': { fields: COMPARISON_SPECS },
  'downtime-cost': { fields: DOWNTIME_SPECS },
  'hybrid-planner': { fields: HYBRID_SPECS, tableOnly: SYSTEM_FIELD_SPECS as readonly FieldSpec[] },
  uptime: { fields: UPTIME_SPECS },
  'which-model': { fields: SCORECARD_QUESTIONS },
  'provider-quotes': { fields: QUOTE_SPECS },
};
