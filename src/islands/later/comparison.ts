/**
 * The heavy part of the cost comparison's results: the 10,000 simulated years and the sensitivity rows.
 * The server computes them for the default inputs (the island's `seed` prop, see
 * src/components/islands/CostComparison.astro); the browser loads this module only when the reader
 * changes an input, so a page that shows the defaults never downloads the simulation code.
 */
import { sensitivityOver, type ComparisonInputs } from '../../model/compare';
import type { FieldSpec } from '../../model/inputs';
import { simulateYears } from '../../model/simulate';

/** Inputs of the comparison that the sensitivity table does not vary. */
const NOT_VARIED = ['horizonMonths', 'seed'];

/** The simulated spread of yearly cost and the eight inputs that move the answer most. */
export function comparisonLater(v: ComparisonInputs, specs: readonly FieldSpec[]) {
  return { sim: simulateYears(v), tornado: sensitivityOver(v, specs.filter((s) => !NOT_VARIED.includes(s.id))).slice(0, 8) };
}

/** What `comparisonLater` returns. */
export type ComparisonLater = ReturnType<typeof comparisonLater>;
