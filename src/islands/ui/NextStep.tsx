/**
 * "What to do next", tied to the answer: a few words with links to the articles and tools that help. The
 * words travel in the island's props (src/calculators/next-steps.ts), keyed by the answer, so no
 * calculator's code carries them; an embed gets none (its next step is the provider's own call to action).
 */
import type { Calc } from '../lib/useCalculator';

/** Plain words, or a link as [its words, where it goes]. */
export type NextPart = string | readonly [label: string, href: string];
/** A calculator's next steps by answer (`any` when one step fits every answer). */
export type NextSteps = Readonly<Record<string, readonly NextPart[]>>;

/** The step for this answer; nothing when the placement has none. */
export function NextStep({ c, parts }: { c: Calc; parts: readonly NextPart[] | undefined }) {
  const Sub = c.H === 'h2' ? 'h3' : 'h4';
  return parts ? (
    <section class="next no-print" aria-labelledby={`${c.uid}-nx`}>
      <Sub id={`${c.uid}-nx`}>What to do next</Sub>
      <p>{parts.map((p) => (typeof p === 'string' ? p : <a href={p[1]}>{p[0]}</a>))}</p>
    </section>
  ) : null;
}
