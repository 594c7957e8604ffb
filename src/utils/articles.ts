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
  const byDistance = [...others].sort(
    (a, b) => Math.abs(a.data.order - article.data.order) - Math.abs(b.data.order - article.data.order),
  );
  const result: Article[] = [];
  for (const a of [...picked, ...sameTopic, ...byDistance]) {
    if (!result.includes(a)) result.push(a);
    if (result.length === limit) break;
  }
  return result;
}
