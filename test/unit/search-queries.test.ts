import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { correctWord, makeVocabulary } from '../../src/search/spelling.ts';
import { COMPARISON_WORDS, STOP_WORDS, tokenize } from '../../src/search/query/normalise.ts';
import { builtIndex, type BuiltIndex } from './search-built-index.ts';
import { READER_QUERIES, type ReaderQuery } from './search-query-set.ts';

/**
 * The reader query set (search-query-set.ts) through the real built index and the real pipeline:
 * a right page first for at least 90% of the queries that have an answer, among the first three for 97%.
 * Queries with no answer must not be passed off as answered: nothing found, or a note saying which
 * words the site does not have.
 */
let index: BuiltIndex;
beforeAll(async () => {
  index = await builtIndex();
});

interface Outcome {
  query: ReaderQuery;
  site: string[];
  plain: string[];
}

async function outcomes(): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const query of READER_QUERIES.filter((x) => x.answers.length)) {
    out.push({ query, site: await index.top(query.q), plain: await index.plain(query.q) });
  }
  return out;
}

const hit = (urls: string[], answers: string[], n: number): boolean =>
  urls.slice(0, n).some((u) => answers.includes(u));

describe('reader queries through the built index', () => {
  it('the set has at least 80 queries across every kind, some with no answer', () => {
    expect(READER_QUERIES.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(READER_QUERIES.map((x) => x.kind));
    expect(kinds.size).toBe(10);
    expect(new Set(READER_QUERIES.map((x) => x.q.toLowerCase())).size).toBe(READER_QUERIES.length);
  });

  it('puts a right page first for ≥ 90% and in the first three for ≥ 97%', async () => {
    const all = await outcomes();
    const rate = (pick: (o: Outcome) => string[], n: number) =>
      all.filter((o) => hit(pick(o), o.query.answers, n)).length / all.length;
    const figures = {
      site: { top1: rate((o) => o.site, 1), top3: rate((o) => o.site, 3) },
      plain: { top1: rate((o) => o.plain, 1), top3: rate((o) => o.plain, 3) },
    };
    const misses = all
      .filter((o) => !hit(o.site, o.query.answers, 1))
      .map((o) => `${o.query.q} → ${o.site.join(', ') || 'nothing'} (wanted ${o.query.answers.join(' | ')})`);
    console.info(
      `Search on ${all.length} answerable queries: site top-1 ${(figures.site.top1 * 100).toFixed(1)}%, top-3 ` +
        `${(figures.site.top3 * 100).toFixed(1)}%; plain Pagefind top-1 ${(figures.plain.top1 * 100).toFixed(1)}%, ` +
        `top-3 ${(figures.plain.top3 * 100).toFixed(1)}%.\nNot first:\n${misses.join('\n')}`,
    );
    expect(figures.site.top1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(figures.site.top3, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  for (const query of READER_QUERIES.filter((x) => !x.answers.length)) {
    it(`"${query.q}" has no answer and is not passed off as one`, async () => {
      const { results, notes } = await index.pipeline.run(query.q);
      expect(results.length === 0 || notes.some((n) => n.kind === 'unknown'), JSON.stringify(notes)).toBe(true);
    });
  }
});

describe('spelling correction against the full indexed vocabulary', () => {
  it('is built from every indexed text, not only titles', () => {
    expect(index.vocabulary.length).toBeGreaterThan(1500);
    // Words found only in article bodies are there too.
    for (const w of ['reliable', 'technician', 'warranty']) expect(index.vocabulary).toContain(w);
  });

  it('never replaces a word the index contains: every word, and any query made of them', () => {
    const vocab = makeVocabulary(index.vocabulary);
    for (const w of index.vocabulary) expect(correctWord(w, vocab, { typing: false })).toBe(w);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...index.vocabulary), { minLength: 1, maxLength: 4 }), (words) => {
        const plan = index.pipeline.plan(words.join(' '));
        expect(
          plan.notes.filter((n) => n.kind === 'corrected'),
          words.join(' '),
        ).toEqual([]);
        const typed = new Set(plan.concepts.flatMap((c) => c.typed.split(' ')));
        // A word is kept, or is a stop word, or marks the comparison the query was read as ("x against y").
        const marker = (w: string) => plan.intent === 'comparison' && COMPARISON_WORDS.has(w);
        for (const w of words.flatMap(tokenize)) expect(typed.has(w) || STOP_WORDS.has(w) || marker(w), w).toBe(true);
      }),
      // A query the random runs once found: two stop words either side of a comparison marker.
      { numRuns: 300, examples: [[['the', 'against', 'the']]] },
    );
  });

  it.each([
    ['relaible', 'reliable'],
    ['techncian', 'technician'],
    ['moniter', 'monitor'],
    ['uptme', 'uptime'],
  ])('corrects "%s" to "%s", a word from article bodies', (typo, fixed) => {
    const plan = index.pipeline.plan(`${typo} `);
    expect(plan.notes).toContainEqual({
      kind: 'corrected',
      from: typo,
      to: expect.stringMatching(new RegExp(`^${fixed}`)),
    });
  });

  it.each(['five nines', 'cyber security', 'reliable', 'kubernetes cluster'])(
    'does not turn "%s" into other words',
    (query) => {
      const plan = index.pipeline.plan(query);
      expect(plan.notes.filter((n) => n.kind === 'corrected')).toEqual([]);
    },
  );
});
