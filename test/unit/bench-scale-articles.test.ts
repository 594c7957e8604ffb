import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_SOURCE, syntheticArticle, syntheticFileName } from '../../scripts/bench-scale-articles.mjs';
import { articleSchema } from '../../src/schemas/content.ts';
import { frontmatter, ROOT } from './content/helpers.ts';

const article = (i: number): string => syntheticArticle(i);
const sample = [0, 1, 2, 3, 4, 5, 11, 99, 100, 999];

/** The scale benchmark's generated articles must be ones the real build accepts, and article-sized. */
describe('scale benchmark: synthetic articles', () => {
  it.each(sample)('article %i has frontmatter the strict schema accepts', (i) => {
    const parsed = articleSchema.safeParse(frontmatter(article(i)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.order).toBe(i + 1);
  });

  it('is deterministic and different per article', () => {
    expect(article(7)).toBe(article(7));
    expect(article(7)).not.toBe(article(8));
    expect(new Set(sample.map((i) => syntheticFileName(i))).size).toBe(sample.length);
  });

  it.each(sample)('article %i is article-sized, with headings, a list and citations of a real source', (i) => {
    const body = article(i).replace(/^---\n[\s\S]*?\n---\n/, '');
    const words = body
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => /[a-z]/i.test(w)).length;
    expect(words).toBeGreaterThan(600);
    expect(words).toBeLessThan(1500);
    expect(body.match(/^## /gm)).toHaveLength(5);
    expect(body.match(/^### /gm)).toHaveLength(5);
    expect(body).toMatch(/^- /m);
    const ids = [...body.matchAll(/<Cite id="([^"]+)" \/>/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    const sources = (JSON.parse(readFileSync(join(ROOT, 'content', 'sources.json'), 'utf8')) as { id: string }[]).map(
      (s) => s.id,
    );
    for (const id of [...ids, SYNTHETIC_SOURCE]) expect(sources).toContain(id);
  });
});
