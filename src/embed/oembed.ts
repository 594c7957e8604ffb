/** The oEmbed document and the plain iframe snippet of a calculator (shared by the JSON and the builder). */
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, embedPath, frameTitle, type CalculatorSlug } from './urls.ts';

/** Escape text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A plain iframe snippet that works without the loader (fixed height; the loader adds auto-height). */
export function iframeSnippet(slug: CalculatorSlug, origin: string, query = ''): string {
  const src = new URL(embedPath(slug) + (query ? `?${query}` : ''), origin).href;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(frameTitle(slug))}" ` +
    // frameborder rather than a style attribute: hosts with a strict CSP block inline styles.
    `width="100%" height="${DEFAULT_HEIGHT[slug]}" loading="lazy" frameborder="0"></iframe>`
  );
}

/** oEmbed 1.0 "rich" response for a calculator. `origin` is the site's origin with a trailing slash. */
export function oembedDocument(slug: CalculatorSlug, origin: string, providerName: string) {
  // WordPress keeps only iframe attributes it knows (src, width, height, title…) and adds its own sandbox.
  const src = new URL(embedPath(slug), origin).href;
  const html =
    `<iframe src="${escapeAttribute(src)}" width="${DEFAULT_WIDTH}" height="${DEFAULT_HEIGHT[slug]}" ` +
    `title="${escapeAttribute(frameTitle(slug))}" frameborder="0"></iframe>`;
  return {
    type: 'rich',
    version: '1.0',
    title: frameTitle(slug),
    provider_name: providerName,
    provider_url: origin,
    html,
    width: DEFAULT_WIDTH,
    height: DEFAULT_HEIGHT[slug],
    cache_age: 86400,
  };
}
