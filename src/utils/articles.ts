import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

/** Published articles (drafts only in dev), in reading order. */
export async function getArticles(): Promise<Article[]> {
  const all = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** URL of an article page. */
export const articleUrl = (id: string): string => `/articles/${id}/`;

/**
 * Related articles: the hand-picked ones first, then others of the same topic,
 * then neighbours in reading order, up to `limit`.
 */
export function relatedArticles(article: Article, all: Article[], limit = 3): Article[] {
  const others = all.filter((a) => a.id !== article.id);
  const picked = article.data.related
    .map((id) => others.find((a) => a.id === id))
    .filter((a): a is Article => a !== undefined);
  const sameTopic = others.filter((a) => a.data.topic === article.data.topic);
  const result: Article[] = [];
  for (const a of [...picked, ...sameTopic]) {
    if (result.length === limit) return result;
    if (!result.includes(a)) result.push(a);
  }
  for (const a of byDistance(article, all)) {
    if (result.length === limit) break;
    if (a.id !== article.id && !result.includes(a)) result.push(a);
  }
  return result;
}

/**
 * Articles nearest in reading order first (ties: the earlier one), as a stable sort of `all` by
 * distance in `order` would list them, but walked outwards from the article's place in `all` (which
 * is in reading order, as getArticles returns it), so a page costs what it uses rather than a sort of
 * every article; the sort stays as the fallback when `all` is not in reading order.
 */
function* byDistance(article: Article, all: readonly Article[]): Generator<Article> {
  const distance = (a: Article) => Math.abs(a.data.order - article.data.order);
  const at = all.indexOf(article);
  const sorted = all.every((a, i) => i === 0 || all[i - 1]!.data.order <= a.data.order);
  if (at < 0 || !sorted) {
    yield* [...all].sort((a, b) => distance(a) - distance(b));
    return;
  }
  // All articles of the same order as this one sit next to it; a stable sort lists them first, in place.
  let left = at;
  while (left > 0 && all[left - 1]!.data.order === article.data.order) left--;
  let right = at;
  while (right < all.length - 1 && all[right + 1]!.data.order === article.data.order) right++;
  yield* all.slice(left, right + 1);
  left--;
  right++;
  while (left >= 0 || right < all.length) {
    if (right >= all.length || (left >= 0 && distance(all[left]!) <= distance(all[right]!))) {
      // Equal distances on the left are equal orders, and come before any on the right in `all`:
      // the whole run, in its order in `all`, as a stable sort lists it.
      let start = left;
      while (start > 0 && all[start - 1]!.data.order === all[left]!.data.order) start--;
      yield* all.slice(start, left + 1);
      left = start - 1;
    } else yield all[right++]!;
  }
}
