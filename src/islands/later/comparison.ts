/**
 * The heavy part of the cost comparison's results: the 10,000 simulated years and the sensitivity rows.
 * The server computes them for the default inputs (the island's `precomputed` prop, see
 * src/components/calculators/CostComparison.astro); the browser loads this module only when the reader
 * changes an input, so a page that shows the defaults never downloads the simulation code.
 */
import { sensitivityOver, type ComparisonInputs } from '../../model/compare';
import type { FieldSpec } from '../../model/inputs';
import { simulateYears } from '../../model/simulate';

/**
 * Inputs of the comparison that the sensitivity table does not vary: the horizon and seed. Inputs that
 * price only the in-house and co-managed options cannot move managed minus break/fix, so
 * `sensitivityOver` leaves them out as rows with no swing.
 */
const NOT_VARIED = ['horizonMonths', 'seed'];

/**
 * The simulated spread of yearly cost and the eight inputs that move the answer most: only the figures
 * the island shows, since the server sends them in the page (every extra number is bytes in an embed).
 */
export function comparisonLater(v: ComparisonInputs, specs: readonly FieldSpec[]) {
  const sim = simulateYears(v);
  const pcts = ({ p10, p50, p90 }: { p10: number; p50: number; p90: number }) => ({ p10, p50, p90 });
  const { edges, breakFix, managed } = sim.histogram;
  return {
    sim: {
      years: sim.years,
      probabilityBreakFixCostsMore: sim.probabilityBreakFixCostsMore,
      breakFix: pcts(sim.breakFix),
      managed: pcts(sim.managed),
      // Bins are equal, so the first edge and the width stand for all of them.
      histogram: { start: edges[0] ?? 0, width: (edges[1] ?? 1) - (edges[0] ?? 0), breakFix, managed },
    },
    tornado: sensitivityOver(
      v,
      specs.filter((s) => !NOT_VARIED.includes(s.id)),
    )
      .slice(0, 8)
      .map(({ label, low, high, atLow, atHigh }) => ({ label, low, high, atLow, atHigh })),
  };
}

/** What `comparisonLater` returns. */
export type ComparisonLater = ReturnType<typeof comparisonLater>;
