/**
 * Puts the query pipeline (src/search/query/) between the Component UI and Pagefind: every
 * `<pagefind-*>` element of an instance then gets the pipeline's ranked, filtered results, and the
 * page or dialog is told what the pipeline did (for the status line) through `onRun`.
 */
import { makeVocabulary } from '../spelling.ts';
import { QueryPipeline, type FilterChoice, type PipelineResult } from '../query/pipeline.ts';
import type { SearchHints } from '../query/types.ts';
import type { ComponentInstance, Filters, PagefindApi, SearchResponse } from './pagefind-types.ts';

/** Where the search bundle lives (the build and the dev server both serve it here). */
export const BUNDLE = '/pagefind/';

/** The pipeline's data files, fetched once, in parallel with Pagefind itself. */
let data: Promise<{ words: string[]; hints: SearchHints } | null> | null = null;
function loadData(): Promise<{ words: string[]; hints: SearchHints } | null> {
  data ??= Promise.all([
    fetch(`${BUNDLE}site-vocabulary.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : Promise.reject())),
    fetch(`${BUNDLE}search-hints.json`).then((r) => (r.ok ? (r.json() as Promise<SearchHints>) : Promise.reject())),
  ])
    .then(([words, hints]) => ({ words, hints }))
    .catch(() => {
      data = null; // try again next time
      return null;
    });
  return data;
}

/** Several ticked values of one filter mean "any of them" (Pagefind's default would be "all"). */
function anyOf(filters: Filters | undefined): Filters | undefined {
  if (!filters) return filters;
  const out: Filters = {};
  for (const [k, v] of Object.entries(filters)) out[k] = Array.isArray(v) && v.length > 1 ? { any: v } : v;
  return out;
}

function choiceOf(filters: Filters | undefined): FilterChoice {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(filters ?? {})) {
    if (typeof v === 'string') out[k] = [v];
    else if (Array.isArray(v)) out[k] = v;
    else out[k] = v.any;
  }
  return out;
}

/** What a finished run tells the UI: the pipeline's result, or null for a search it passed to Pagefind as is. */
export type RunListener = (run: PipelineResult | null, term: string) => void;

/**
 * Hooks the Pagefind API object the instance loads, so its searches go through the pipeline.
 * Only the latest search reports to `onRun` (an older one finishing late is ignored).
 */
export function usePipeline(
  instance: ComponentInstance,
  onRun: RunListener,
): { latest(): Promise<PipelineResult | null> } {
  let api: PagefindApi | null = null;
  let latestId = 0;
  let latestRun: Promise<PipelineResult | null> = Promise.resolve(null);
  const already = (instance as unknown as { __pagefind__: PagefindApi | null }).__pagefind__;
  Object.defineProperty(instance, '__pagefind__', { configurable: true, get: () => api, set: wrap });
  wrap(already);
  void loadData();

  function wrap(loaded: PagefindApi | null): void {
    if (!loaded) return void (api = loaded);
    const search = loaded.search.bind(loaded);
    let pipeline: QueryPipeline | null = null;
    async function pipelineSearch(term: string | null, options: { filters?: Filters; sort?: unknown } = {}) {
      // Pagefind's UI numbers a search only once its first load is done, so two searches started during that
      // load can reach here in either order, and it shows the one that comes last: stale results under a
      // newer query. Each search is therefore made for what the reader is asking now.
      if ((term ?? '') !== instance.searchTerm) {
        term = instance.searchTerm || null;
        options = { ...options, filters: instance.searchFilters };
      }
      const id = ++latestId;
      const text = term?.trim() ?? '';
      const d = text ? await loadData() : null;
      let run: PipelineResult | null = null;
      let response: SearchResponse;
      if (d) {
        pipeline ??= new QueryPipeline((q) => search(q), makeVocabulary(d.words), d.hints);
        const pending = pipeline.run(text, choiceOf(options.filters));
        if (id === latestId) latestRun = pending;
        run = await pending;
        // Start loading the first results' text now rather than when the list asks for it.
        for (const r of run.results.slice(0, 5)) void r.result.data().catch(() => undefined);
        response = {
          results: run.results.map((r) => r.result as SearchResponse['results'][number]),
          unfilteredResultCount: run.results.length,
          filters: run.counts,
          totalFilters: run.counts,
          timings: [],
        };
      } else {
        // No term (the filters alone), or the pipeline's data could not load: Pagefind as it is.
        response = await search(term, { ...options, filters: anyOf(options.filters) });
        if (id === latestId) latestRun = Promise.resolve(null);
      }
      if (id === latestId) onRun(run, text);
      return response;
    }
    api = new Proxy(loaded, {
      get(target, prop) {
        if (prop === 'search') return pipelineSearch;
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
  return { latest: () => latestRun };
}
