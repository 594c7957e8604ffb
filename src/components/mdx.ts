import Calculator from './Calculator.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import CostOverTime from './diagrams/CostOverTime.astro';
import HybridSplit from './diagrams/HybridSplit.astro';
import InShort from './InShort.astro';
import KeyFigure from './KeyFigure.astro';
import ProsCons from './ProsCons.astro';
import SupportCycles from './diagrams/SupportCycles.astro';
import Term from './Term.astro';
import WideTable from './WideTable.astro';

/**
 * Components every article can use without importing them.
 * The article page passes this map to the rendered MDX.
 */
export const mdxComponents = {
  Calculator,
  Callout,
  Cite,
  CostOverTime,
  HybridSplit,
  InShort,
  KeyFigure,
  ProsCons,
  SupportCycles,
  Term,
  WideTable,
};
