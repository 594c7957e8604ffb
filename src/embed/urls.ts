/**
 * Addresses and default sizes of embeds, in one place: pages, the oEmbed JSON, the builder and the
 * loader agree on them.
 */
import { CALCULATORS } from '../calculators.ts';
import type { CALCULATOR_SLUGS } from '../schemas/content.ts';

/** A calculator slug. */
export type CalculatorSlug = (typeof CALCULATOR_SLUGS)[number];

/** Path of a calculator's embed page. */
export const embedPath = (slug: CalculatorSlug) => `/embed/${slug}/`;

/** Path of a calculator's static oEmbed JSON. */
export const oembedPath = (slug: CalculatorSlug) => `/oembed/${slug}.json`;

/** Path of the full calculator page. */
export const calculatorPath = (slug: CalculatorSlug) => `/calculators/${slug}/`;

/**
 * Starting height of a frame before its first height message arrives, the plain iframe's fixed height and
 * the height oEmbed consumers reserve: each calculator's default rendering in a frame 700 px wide
 * (measured; test/e2e/embed-pages.spec.ts keeps these within a third of the real height).
 */
export const DEFAULT_HEIGHT: Readonly<Record<CalculatorSlug, number>> = {
  'cost-comparison': 5000,
  'downtime-cost': 1950,
  'hybrid-planner': 3050,
  uptime: 1950,
  'which-model': 1700,
};

/** Width WordPress and other oEmbed consumers are told; the frame itself is fluid (width 100%). */
export const DEFAULT_WIDTH = 640;

/** Title of the iframe for a calculator: screen readers announce it when entering the frame. */
export function frameTitle(slug: CalculatorSlug): string {
  return CALCULATORS.find((c) => c.slug === slug)?.title ?? 'Calculator';
}
