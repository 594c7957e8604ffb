/**
 * The built search index in Node: Pagefind's own browser module with its files read from the build
 * instead of fetched, and the query pipeline over it, exactly as the browser runs them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, requireBuild } from '../build/dist.ts';
import { RANKING } from '../../src/search/ranking.ts';
import { makeVocabulary } from '../../src/search/spelling.ts';
import { QueryPipeline } from '../../src/search/query/pipeline.ts';
import type { PagefindResult, SearchHints } from '../../src/search/query/types.ts';

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: (PagefindResult & { data(): Promise<{ url: string }> })[] }>;
}

export interface BuiltIndex {
  pagefind: PagefindModule;
  pipeline: QueryPipeline;
  vocabulary: string[];
  hints: SearchHints;
  /** Plain Pagefind's first `n` addresses for a query, as the site served it before the pipeline. */
  plain(query: string, n?: number): Promise<string[]>;
  /** The pipeline's first `n` addresses. */
  top(query: string, n?: number): Promise<string[]>;
}

const siteUrl = (url: string): string =>
  url.replace(/^.*?(?=\/(articles|calculators|glossary|faq|about|embed|sources)\/)/, '');

let loaded: Promise<BuiltIndex> | undefined;

const FILE_FETCH = Symbol.for('itse.fileFetch');

/**
 * Lets `fetch` read `file:` URLs from disk, as Pagefind's module asks for its index files, and hands every other
 * URL to the real `fetch`. Installed once per worker: test files share their worker's globals (vitest.config.ts),
 * and others fetch from real servers.
 */
export function fetchFilesFromDisk(): void {
  const current = globalThis.fetch as typeof fetch & { [FILE_FETCH]?: true };
  if (current[FILE_FETCH]) return;
  const wrapped = (async (url: string | URL | Request, init?: RequestInit) => {
    const href = url instanceof Request ? url.url : String(url);
    return href.startsWith('file:') ? new Response(readFileSync(fileURLToPath(href))) : current(url, init);
  }) as typeof fetch & { [FILE_FETCH]?: true };
  wrapped[FILE_FETCH] = true;
  globalThis.fetch = wrapped;
}

/** Loads the build's index once per worker (the node project's files share their worker's modules). */
export function builtIndex(): Promise<BuiltIndex> {
  return (loaded ??= (async () => {
    requireBuild();
    const bundle = resolve(DIST, 'pagefind');
    fetchFilesFromDisk();
    const pagefind = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as PagefindModule;
    await pagefind.options({ basePath: pathToFileURL(bundle).href + '/', noWorker: true, ranking: RANKING });
    const vocabulary = JSON.parse(readFileSync(join(bundle, 'site-vocabulary.json'), 'utf8')) as string[];
    const hints = JSON.parse(readFileSync(join(bundle, 'search-hints.json'), 'utf8')) as SearchHints;
    const pipeline = new QueryPipeline((q) => pagefind.search(q), makeVocabulary(vocabulary), hints);
    return {
      pagefind,
      pipeline,
      vocabulary,
      hints,
      async plain(query, n = 3) {
        const { results } = await pagefind.search(query);
        return Promise.all(results.slice(0, n).map(async (r) => siteUrl(((await r.data()) as { url: string }).url)));
      },
      async top(query, n = 3) {
        const { results } = await pipeline.run(query);
        return results.slice(0, n).map((r) => r.url);
      },
    };
  })());
}
