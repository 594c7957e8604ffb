/** The oEmbed document and the plain iframe snippet of a calculator (shared by the JSON and the builder). */
import { CALCULATORS, calculator } from '../calculators/registry.ts';
import { COMPACT_HEIGHT, DEFAULT_HEIGHT, DEFAULT_WIDTH, embedPath, frameTitle, type CalculatorSlug } from './urls.ts';

/** Escape text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A plain iframe snippet that works without the loader, at a fixed height: the compact layout's measured
 * height when the query asks for it, else the full default's (the loader adds auto-height).
 */
export function iframeSnippet(slug: CalculatorSlug, origin: string, query = ''): string {
  const src = new URL(embedPath(slug) + (query ? `?${query}` : ''), origin).href;
  const height = new URLSearchParams(query).get('compact') === '1' ? COMPACT_HEIGHT[slug] : DEFAULT_HEIGHT[slug];
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(frameTitle(slug))}" ` +
    // frameborder rather than a style attribute: hosts with a strict CSP block inline styles.
    `width="100%" height="${height}" loading="lazy" frameborder="0"></iframe>`
  );
}

/** WordPress's cap on the height it applies to an oEmbed frame (wp-embed.js clamps to 200–1000 px). */
export const WORDPRESS_MAX_HEIGHT = 1000;

/**
 * Sections an oEmbed consumer's frame shows (`?show=`), null for all: the registry's `compact.show`.
 * WordPress applies at most 1,000 px of height, so the charts and the list of systems are left to the full
 * calculator, a link away with the same numbers; the compact layout (src/styles/embed.css) keeps the quick
 * path and the answer. A frame still taller than the cap pins the headline to its top (src/embed/frame.ts).
 */
export const OEMBED_SECTIONS: Readonly<Record<CalculatorSlug, readonly string[] | null>> = Object.fromEntries(
  CALCULATORS.map((c) => [c.slug, c.compact.show]),
) as Record<CalculatorSlug, readonly string[] | null>;

/**
 * Query of an oEmbed consumer's frame: the compact layout, with the sections above, in the light theme (a
 * blog's theme does not follow the visitor's system setting, and most are light) unless `options` names
 * another. `options` are a pasted address's validated options (src/embed/pasted-url.ts); without them, the
 * defaults every static oEmbed file carries.
 */
export function oembedQuery(slug: CalculatorSlug, options: URLSearchParams = new URLSearchParams()): string {
  const show = OEMBED_SECTIONS[slug];
  const rest = new URLSearchParams(options);
  // The layout is the one WordPress's height cap was measured for, whatever the address says.
  for (const k of ['compact', 'show', 'theme']) rest.delete(k);
  const more = rest.toString();
  const theme = encodeURIComponent(options.get('theme') ?? 'light');
  return `compact=1&theme=${theme}${show ? `&show=${show.join(',')}` : ''}${more ? `&${more}` : ''}`;
}

/**
 * oEmbed 1.0 "rich" response for a calculator. `origin` is the site's origin with a trailing slash.
 *
 * The HTML is the form WordPress uses for its own post embeds: a blockquote with a link (shown until the frame
 * speaks, and to consumers that drop iframes) and an iframe of class `wp-embedded-content`. WordPress keeps
 * the pair only in this form and then loads wp-embed.js, which applies the frame's height messages; it strips
 * the classes and sandbox and adds its own (the same values), plus a secret. `width="100%"` keeps the frame
 * fluid, and themes that read width × height as an aspect ratio (Twenty Twenty-One) get 100 ∶ height, which
 * never limits the height below WordPress's cap. `options` as for oembedQuery: the static files have none, the
 * dynamic answer (src/embed/oembed-answer.ts) passes a pasted address's.
 */
export function oembedDocument(
  slug: CalculatorSlug,
  origin: string,
  providerName: string,
  options: URLSearchParams = new URLSearchParams(),
) {
  const page = new URL(`/calculators/${slug}/`, origin).href;
  const src = new URL(`${embedPath(slug)}?${oembedQuery(slug, options)}`, origin).href;
  const height = Math.min(WORDPRESS_MAX_HEIGHT, COMPACT_HEIGHT[slug]);
  const title = escapeAttribute(frameTitle(slug));
  const html =
    `<blockquote class="wp-embedded-content"><a href="${escapeAttribute(page)}">${title}</a>: ${escapeAttribute(calculator(slug)?.question ?? '')}</blockquote>` +
    `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${escapeAttribute(src)}" ` +
    `width="100%" height="${height}" title="${title}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`;
  return {
    type: 'rich',
    version: '1.0',
    title: frameTitle(slug),
    provider_name: providerName,
    provider_url: origin,
    html,
    // Integers, as oEmbed requires; the frame itself is fluid (width="100%") and resized by its messages.
    width: DEFAULT_WIDTH,
    height,
    cache_age: 86400,
  };
}
