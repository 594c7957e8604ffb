/**
 * Embed pages load one small stylesheet of their own (src/styles/embed.css, linked by EmbedLayout and marked
 * with OWN_STYLESHEET) instead of the site's bundle, which Astro links on every page; src/middleware.ts
 * applies this to their HTML.
 */

/** Marks the stylesheet a page brings instead of the site's bundle. */
export const OWN_STYLESHEET = 'data-embed-css';

const STYLESHEET_LINK = /<link\b[^>]*\brel="?stylesheet"?[^>]*>/gi;

/**
 * The page with its own stylesheet in place of the other stylesheet links: where the first of them was, so
 * after the CSP <meta> that Astro writes before its links. Unchanged without both an own and another link.
 */
export function keepOwnStylesheet(html: string): string {
  const links = html.match(STYLESHEET_LINK) ?? [];
  const own = links.find((tag) => tag.includes(OWN_STYLESHEET));
  if (!own || links.every((tag) => tag.includes(OWN_STYLESHEET))) return html;
  let placed = false;
  return html.replace(STYLESHEET_LINK, (tag) => {
    if (tag.includes(OWN_STYLESHEET) || placed) return '';
    placed = true;
    return own;
  });
}
