import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedArticles, type Article } from '../../src/utils/articles.ts';
import { TOPICS } from '../../src/schemas/content.ts';

/** The original definition (a stable sort of every other article by distance in reading order). */
function reference(article: Article, all: Article[], limit = 3): Article[] {
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

const fake = (id: string, order: number, topic: (typeof TOPICS)[number], related: string[]) =>
  ({ id, collection: 'articles', data: { order, topic, related } }) as unknown as Article;

/** Articles with few topics (so neighbours in reading order matter), repeated orders and hand-picked links. */
const articles = fc
  .array(
    fc.record({
      order: fc.integer({ min: 1, max: 12 }),
      topic: fc.constantFrom(...TOPICS.slice(0, 3)),
      related: fc.array(fc.nat(30), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      fake(
        `a${i}`,
        r.order,
        r.topic,
        r.related.map((n) => `a${n}`),
      ),
    ),
  );

describe('related articles', () => {
  it('match the stable-sort definition for every article, in reading order or not', () => {
    fc.assert(
      fc.property(articles, fc.integer({ min: 1, max: 6 }), fc.boolean(), (list, limit, inOrder) => {
        const all = inOrder ? [...list].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)) : list;
        for (const article of all)
          expect(relatedArticles(article, all, limit).map((a) => a.id)).toEqual(
            reference(article, all, limit).map((a) => a.id),
          );
      }),
      { numRuns: 300 },
    );
  });

  it('fills from neighbours in reading order when no other article shares the topic', () => {
    const all = [
      fake('a', 1, 'basics', []),
      fake('b', 2, 'costs', []),
      fake('c', 3, 'pricing', []),
      fake('d', 4, 'choosing', []),
      fake('e', 6, 'operations', []),
    ];
    expect(relatedArticles(all[2]!, all).map((a) => a.id)).toEqual(['b', 'd', 'a']);
    expect(relatedArticles(all[4]!, all).map((a) => a.id)).toEqual(['d', 'c', 'b']);
  });
});
