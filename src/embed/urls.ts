/**
 * Addresses and default sizes of embeds, in one place: pages, the oEmbed JSON, the builder and the
 * loader agree on them.
 */
import { CALCULATORS, calculator, type Slug } from '../calculators/registry.ts';

/** A calculator slug. */
export type CalculatorSlug = Slug;

/** Path of a calculator's embed page. */
export const embedPath = (slug: CalculatorSlug) => `/embed/${slug}/`;

/** Path of a calculator's static oEmbed JSON. */
export const oembedPath = (slug: CalculatorSlug) => `/oembed/${slug}.json`;

/** Starting height of each calculator's frame (see `embedHeight` in the registry). */
export const DEFAULT_HEIGHT: Readonly<Record<CalculatorSlug, number>> = Object.fromEntries(
  CALCULATORS.map((c) => [c.slug, c.embedHeight]),
) as Record<CalculatorSlug, number>;

/** Height of each calculator's compact layout (see `compact` in the registry). */
export const COMPACT_HEIGHT: Readonly<Record<CalculatorSlug, number>> = Object.fromEntries(
  CALCULATORS.map((c) => [c.slug, c.compact.height]),
) as Record<CalculatorSlug, number>;

/** Width WordPress and other oEmbed consumers are told; the frame itself is fluid (width 100%). */
export const DEFAULT_WIDTH = 640;

/** Title of the iframe for a calculator: screen readers announce it when entering the frame. */
export function frameTitle(slug: CalculatorSlug): string {
  return calculator(slug)?.title ?? 'Calculator';
}
