import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { RANKING } from '../../src/search/ranking.ts';
import { correctQuery, makeVocabulary } from '../../src/search/spelling.ts';
import { fetchFilesFromDisk } from '../unit/search-built-index.ts';
import { builtPages, DIST, requireBuild } from './dist.ts';

/**
 * The built search index, queried in Node with Pagefind's own browser module (files read from the
 * build instead of fetched): what readers type must find what they mean. The browser tests ask the
 * same of the real UI; these run in a second and say which result moved when ranking changes.
 */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string,
    o?: Record<string, unknown>,
  ): Promise<{ results: { score: number; data(): Promise<{ url: string; meta: Record<string, string> }> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const bundle = resolve(DIST, 'pagefind');
let pagefind: Pagefind;

async function top(query: string, n = 3, filters?: Record<string, unknown>): Promise<string[]> {
  const { results } = await pagefind.search(query, filters ? { filters } : {});
  const data = await Promise.all(results.slice(0, n).map((r) => r.data()));
  // Pagefind prefixes result URLs with its base path (here a file URL); the site serves them from the root.
  return data.map((d) => d.url.replace(/^.*?(?=\/(articles|calculators|glossary|faq|about)\/)/, ''));
}

beforeAll(async () => {
  requireBuild();
  // Pagefind fetches its files; here they are read from the build.
  fetchFilesFromDisk();
  const mod = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as Pagefind;
  await mod.options({ basePath: pathToFileURL(bundle).href + '/', noWorker: true, ranking: RANKING });
  pagefind = mod;
});

describe('search index of the build', () => {
  const cases: [string, RegExp][] = [
    ['hourly rate', /^\/articles\/pricing-models\/$/],
    ['service level agreement', /^\/articles\/sla-and-uptime\/$|^\/glossary\/#sla$/],
    ['hybrid', /^\/articles\/hybrid-it-support\/$/],
    ['cost of downtime', /^\/articles\/cost-of-downtime\/$|^\/calculators\/downtime-cost\/$/],
    ['managed services', /^\/articles\/what-are-managed-services\/$|^\/glossary\/#managed-services$/],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" has ${expected} in its first three results`, async () => {
      const urls = await top(query);
      expect(
        urls.some((u) => expected.test(u)),
        urls.join(', '),
      ).toBe(true);
    });
  }

  it('corrects "manged servces" with the built vocabulary, and the corrected query finds managed services', async () => {
    const vocab = makeVocabulary(JSON.parse(readFileSync(join(bundle, 'site-vocabulary.json'), 'utf8')) as string[]);
    expect((await pagefind.search('manged servces')).results).toHaveLength(0);
    const fixed = correctQuery('manged servces', vocab);
    expect(fixed).toEqual({ query: 'managed services', changed: true });
    expect(await top(fixed.query)).toContain('/articles/what-are-managed-services/');
  });

  it('has every glossary term and FAQ answer as its own record, typed', async () => {
    const filters = await pagefind.filters();
    const glossary = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as unknown[];
    const faq = JSON.parse(readFileSync('content/faq.json', 'utf8')) as unknown[];
    expect(filters['type']?.['Glossary term']).toBe(glossary.length);
    expect(filters['type']?.['FAQ']).toBe(faq.length);
    expect(Object.keys(filters['type'] ?? {}).sort()).toEqual([
      'Article',
      'Calculator',
      'FAQ',
      'Glossary term',
      'Page',
    ]);
    expect(Object.keys(filters['topic'] ?? {}).length).toBeGreaterThanOrEqual(3);
  });

  it('indexes article and calculator text, not navigation, footers, tables of contents or controls', async () => {
    const { results } = await pagefind.search('downtime');
    const data = await Promise.all(
      results.map((r) => r.data() as Promise<{ url: string; content: string; meta: Record<string, string> }>),
    );
    const article = data.find((d) => d.url.endsWith('/articles/cost-of-downtime/'));
    const calculator = data.find((d) => d.url.endsWith('/calculators/downtime-cost/'));
    expect(article && calculator, 'both pages are in the index').toBeTruthy();
    for (const page of [article!, calculator!]) {
      for (const chrome of [
        'Skip to content',
        'On this page',
        'Quick search',
        'Related articles',
        'RSS feed',
        'Where the defaults come from',
      ]) {
        expect(page.content, `${page.url} indexes "${chrome}"`).not.toContain(chrome);
      }
    }
    expect(calculator!.content).toContain('How it works');
    expect(calculator!.meta['title']).toBe('Downtime cost calculator');
  });

  it("indexes a glossary term's words in an article, not its tooltip: the definition is the glossary's record", async () => {
    const html = builtPages().find((p) => p.path === '/articles/what-are-managed-services/')!.html;
    const tip = /<span class="tip"[^>]*>([^<]+)<\/span>/.exec(html)?.[1]?.trim();
    expect(tip, 'the article carries a glossary tooltip').toBeTruthy();
    const { results } = await pagefind.search('managed services');
    const data = await Promise.all(
      results.map((r) => r.data() as Promise<{ url: string; content: string; meta: Record<string, string> }>),
    );
    const article = data.find((d) => d.url.endsWith('/articles/what-are-managed-services/'));
    expect(article, 'the article is in the index').toBeTruthy();
    expect(article!.content).toContain('managed services');
    expect(article!.content).not.toContain(tip);
  });

  it('ships no search code in any page: the bundle is only ever loaded on use', () => {
    for (const page of builtPages()) {
      expect(page.html, page.path).not.toMatch(/pagefind[-\w]*\.js|pagefind-component-ui\.css/);
    }
    expect(existsSync(join(bundle, 'pagefind-ui.js')), 'unused default UI is left out').toBe(false);
  });
});
