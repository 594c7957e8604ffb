import { describe, expect, it } from 'vitest';
import { usePipeline } from '../../src/search/client/pipeline.ts';
import type {
  ComponentInstance,
  Filters,
  PagefindApi,
  SearchResponse,
} from '../../src/search/client/pagefind-types.ts';

/**
 * Pagefind's Component UI numbers a search only once its first load is done, so two searches typed while it
 * loads ("hy", then "hybrid") can reach the search API in either order, and the UI shows whichever comes last.
 * Seen in a CI run: the box said "hybrid", the results and the status line were for "hy".
 */
describe('search order', () => {
  /** An instance with the reader's current query, and a Pagefind API that records what it was asked. */
  function setUp() {
    const instance = { searchTerm: '', searchFilters: {} } as unknown as ComponentInstance;
    const heard: string[] = [];
    usePipeline(instance, (_run, term) => heard.push(term));
    const asked: [string | null, Filters | undefined][] = [];
    const loaded: PagefindApi = {
      search: (term, options) => (
        asked.push([term, options?.filters]),
        Promise.resolve({ results: [] } as unknown as SearchResponse)
      ),
      filters: () => Promise.resolve({}),
    };
    // Pagefind sets its loaded API on the instance; the pipeline wraps it.
    (instance as unknown as { __pagefind__: PagefindApi }).__pagefind__ = loaded;
    const api = (instance as unknown as { __pagefind__: PagefindApi }).__pagefind__;
    return { instance, api, heard, asked };
  }

  it('a search that arrives after a newer one is made for the newer query, so the last one shown is right', async () => {
    const { instance, api, heard, asked } = setUp();
    // The reader typed "hy", then "hybrid"; the UI's two searches arrive newest first.
    instance.searchTerm = 'hybrid';
    await api.search('hybrid', {});
    await api.search('hy', {});
    expect(asked.map(([t]) => t)).toEqual(['hybrid', 'hybrid']);
    expect(heard.at(-1)).toBe('hybrid');
  });

  it('takes the current filters with the current query, and leaves a search in order alone', async () => {
    const { instance, api, asked } = setUp();
    instance.searchTerm = 'uptime';
    instance.searchFilters = { type: ['Calculator'] };
    await api.search('uptime', { filters: { type: ['Article'] } });
    await api.search('up', { filters: {} });
    expect(asked[0]![0]).toBe('uptime');
    expect(asked[1]).toEqual(['uptime', { type: ['Calculator'] }]);
    // A box emptied with Escape: no stale query comes back.
    instance.searchTerm = '';
    await api.search('uptime', {});
    expect(asked.at(-1)![0]).toBeNull();
  });
});
