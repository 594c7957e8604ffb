import type { Article } from './articles.ts';

/**
 * Articles that use a calculator: they embed it (`<Calculator slug="…" />`), link to its page,
 * or name it as their next step in frontmatter. In reading order, as `getArticles()` returns them.
 * For the "Used in these articles" list on each calculator page.
 */
export function articlesUsingCalculator(slug: string, articles: readonly Article[]): Article[] {
  const embed = new RegExp(`<Calculator\\b[^>]*\\bslug=["']${slug}["']`);
  const link = `/calculators/${slug}/`;
  return articles.filter(
    (a) => a.data.calculator === slug || embed.test(a.body ?? '') || (a.body ?? '').includes(link),
  );
}
