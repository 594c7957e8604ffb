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
 * Starting height of a frame before its first height message arrives (and the height WordPress
 * reserves); chosen near each calculator's default rendering so the page barely shifts.
 */
export const DEFAULT_HEIGHT: Readonly<Record<CalculatorSlug, number>> = {
  'cost-comparison': 900,
  'downtime-cost': 700,
  'hybrid-planner': 800,
  uptime: 650,
  'which-model': 700,
};

/** Width WordPress and other oEmbed consumers are told; the frame itself is fluid (width 100%). */
export const DEFAULT_WIDTH = 640;

/** Title of the iframe for a calculator: screen readers announce it when entering the frame. */
export function frameTitle(slug: CalculatorSlug): string {
  return CALCULATORS.find((c) => c.slug === slug)?.title ?? 'Calculator';
}
