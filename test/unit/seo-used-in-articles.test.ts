import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/utils/articles.ts';
import { articlesUsingCalculator } from '../../src/utils/used-in-articles.ts';

const article = (id: string, body: string, calculator?: string) =>
  ({ id, body, data: { calculator, title: id, order: 1 } }) as unknown as Article;

describe('"Used in these articles" for a calculator page', () => {
  const all = [
    article('embeds', 'Intro.\n\n<Calculator slug="downtime-cost" />\n'),
    article('links', 'See [the calculator](/calculators/downtime-cost/).'),
    article('frontmatter', 'No mention.', 'downtime-cost'),
    article('other', '<Calculator slug="uptime" />'),
    article('prefix', '<Calculator slug="downtime-cost-extra" /> and /calculators/downtime-costs/'),
  ];

  it('finds articles that embed, link to or name the calculator, in order', () => {
    expect(articlesUsingCalculator('downtime-cost', all).map((a) => a.id)).toEqual(['embeds', 'links', 'frontmatter']);
  });

  it('does not match another calculator or a slug that only starts the same', () => {
    expect(articlesUsingCalculator('uptime', all).map((a) => a.id)).toEqual(['other']);
    expect(articlesUsingCalculator('hybrid-planner', all)).toEqual([]);
  });
});
