/**
 * Server side: the heavy results for the default inputs, sent with each island's props so hydration
 * does no heavy work (src/islands/lib/useLater.ts). Numbers are cut to 6 significant figures, which
 * halves their size in the HTML; the server renders from this same value, so both sides agree.
 */
import { defaultValues, type FieldSpec } from '../../model/inputs';
import type { ComparisonInputs } from '../../model/compare';
import { DEFAULT_SYSTEMS, type HybridInputs } from '../../model/systems';
import { comparisonLater } from './comparison';
import { hybridLater } from './hybrid';

/** A value as the page carries it: every finite number to 6 significant figures. */
export function portable<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_, v: unknown) =>
      typeof v === 'number' && Number.isFinite(v) ? Number(v.toPrecision(6)) : v,
    ),
  ) as T;
}

/** The cost comparison's precomputed heavy results for its field specs. */
export const comparisonPrecomputed = (specs: readonly FieldSpec[]) =>
  portable(comparisonLater(defaultValues<ComparisonInputs>(specs), specs));

/** The hybrid planner's precomputed heavy results for its field specs. */
export const hybridPrecomputed = (specs: readonly FieldSpec[]) =>
  portable(hybridLater(DEFAULT_SYSTEMS, defaultValues<HybridInputs>(specs), undefined));
