/**
 * Server side: the props one placement of a calculator island gets, for every variant. The page
 * serializes them before the island's HTML (../islands/hydration/IslandRoot.astro), except an article's
 * card: its props are the same for every card of a calculator, so they are a static file
 * (`/calculators/<slug>/card.json`) fetched when the reader reaches for the card, and the article's HTML
 * carries only the placement's id.
 */
import { NEXT_STEPS } from '../calculators/next-steps';
import { calculator, type Slug } from '../calculators/registry';
import type { FieldSpec } from '../model/inputs';
import { HYBRID_GROUPS } from '../model/systems';
import { comparisonPrecomputed, hybridPrecomputed } from './later/precomputed';
import type { IslandProps, Variant } from './lib/useCalculator';
import { islandSpecs } from './props';

/** Where a card's props are served (src/pages/calculators/[slug]/card.json.ts). */
export const cardPropsPath = (slug: Slug) => `/calculators/${slug}/card.json`;

/**
 * A field without its words: a card still parses (and, for the scorecard's questions, scores) the fields it
 * does not ask, but never shows them. A choice keeps its options' numbers (a scorecard answer's score).
 */
const lean = ({ help: _h, assumption: _a, source: _s, label: _l, ...rest }: FieldSpec) =>
  ('options' in rest
    ? {
        ...rest,
        ...('prompt' in rest && { prompt: '' }),
        label: '',
        options: rest.options.map(({ label: _ol, reason: _r, ...o }: { label: string; reason?: string }) => ({
          ...o,
          label: '',
        })),
      }
    : { ...rest, label: '' }) as FieldSpec;

/**
 * The props of `slug` in `variant` (without the placement's `uid`). The heavy results for the defaults
 * travel with them, so hydration does not recompute them; the hybrid planner's group legends too, which
 * its bundle then need not carry. An embed links each assumption to the calculator page's table of
 * defaults instead of carrying its text.
 */
export function islandProps(slug: Slug, variant: Variant): IslandProps<unknown> & { groups?: unknown } {
  const { sections, card = [] } = calculator(slug);
  const all = islandSpecs(slug);
  for (const id of card) {
    if (!all.some((s) => s.id === id)) throw new Error(`registry: card field "${id}" is not a field of ${slug}.`);
  }
  const specs = all.map((s) =>
    variant === 'card' && !card.includes(s.id) && s.id !== 'currency' && s.id !== 'locale'
      ? lean(s)
      : variant === 'embed' && s.assumption
        ? { ...s, assumption: '' }
        : s,
  );
  // What to do next: on the calculator's page and in an article; an embed has the provider's own call to action.
  const next = variant === 'page' || variant === 'inline' ? NEXT_STEPS[slug] : undefined;
  const props = { variant, specs, sections, card, ...(next && { next }) };
  if (slug === 'cost-comparison') return { ...props, precomputed: comparisonPrecomputed(specs) };
  if (slug === 'hybrid-planner') return { ...props, precomputed: hybridPrecomputed(specs), groups: HYBRID_GROUPS };
  return props;
}
