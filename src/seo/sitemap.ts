/**
 * Which pages go in sitemap.xml: every public page except the calculator embeds
 * (`/embed/<calculator>/`, framed into other sites and marked noindex) and the 404 page.
 * The embed builder (`/embed/`) and guide are ordinary pages and stay in.
 */
import { CALCULATOR_SLUGS } from '../schemas/content.ts';

const EMBED = new RegExp(`^/embed/(${CALCULATOR_SLUGS.join('|')})/`);

/** Filter for @astrojs/sitemap: takes a page's absolute URL. */
export function inSitemap(page: string): boolean {
  const path = new URL(page).pathname;
  return !EMBED.test(path) && !/^\/404\/?$/.test(path);
}
