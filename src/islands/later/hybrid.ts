/**
 * The heavy part of the hybrid planner's results: the optimiser over every split and the P90 of the
 * reader's split. The server computes them for the default systems (the island's `precomputed` prop, see
 * src/components/calculators/HybridPlanner.astro); the browser loads this module only when the reader
 * changes something, so a page that shows the defaults never downloads the simulation code.
 */
import { evaluateAssignment, optimiseHybrid, type AssignmentResult } from '../../model/hybrid';
import type { HybridInputs, HybridSystem } from '../../model/systems';

/**
 * The optimiser's answer and the P90 of the reader's split (`split`: one 0/1 per system; absent means
 * the suggested one): only what the island cannot work out at once (which systems each split manages, and
 * its P90), since the server sends them in the page; expected costs the island prices exactly itself.
 */
export function hybridLater(systems: readonly HybridSystem[], inputs: HybridInputs, split: string | undefined) {
  const { minExpected, minP90, allBreakFix, allManaged } = optimiseHybrid(systems, inputs);
  const mine = split ? systems.map((_, i) => split[i] === '1') : minExpected.managed;
  const shown = ({ managed, p90 }: AssignmentResult) => ({ managed, p90 });
  return {
    opt: {
      minExpected: shown(minExpected),
      minP90: shown(minP90),
      allBreakFix: shown(allBreakFix),
      allManaged: shown(allManaged),
    },
    p90: evaluateAssignment(systems, inputs, mine).p90,
  };
}

/** What `hybridLater` returns. */
export type HybridLater = ReturnType<typeof hybridLater>;
