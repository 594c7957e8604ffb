/** The parts of Pagefind's search API and Component UI instance this site uses (Pagefind 1.6). */

/** One result's loaded data: Pagefind builds `excerpt` (with `<mark>`) from the indexed text. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** What `pagefind.search()` resolves to. */
export interface SearchResponse {
  results: { id: string; score: number; words: number[]; data(): Promise<ResultData> }[];
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
  [key: string]: unknown;
}

/** Filters as Pagefind takes them: a value, all of several values, or any of several. */
export type Filters = Record<string, string | string[] | { any: string[] }>;

/** The loaded Pagefind search API. */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Filters; sort?: unknown }): Promise<SearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A Component UI instance: the shared state every `<pagefind-*>` element with the same `instance` uses. */
export interface ComponentInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  on(event: 'search', cb: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', cb: (response: SearchResponse) => void): void;
  on(event: 'loading' | 'filters' | 'error', cb: (...args: unknown[]) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  getDisplaySubResults(data: ResultData, max?: number): { title: string; url: string; excerpt: string }[];
  announce(key: string, values?: Record<string, unknown>, priority?: 'polite' | 'assertive'): void;
  announceRaw(message: string, priority?: 'polite' | 'assertive'): void;
}

/** What `pagefind-component-ui.js` puts on `window`. */
export interface ComponentUi {
  getInstanceManager(): { getInstance(name: string): ComponentInstance };
  /** Creates or updates a named instance with Pagefind options (ignored once it has loaded). */
  configureInstance(name: string, options: Record<string, unknown>): ComponentInstance;
}
