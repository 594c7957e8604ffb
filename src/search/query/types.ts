/** Shapes shared by the query pipeline (browser) and the build step that writes its hints. */

/** `search-hints.json`: what the pipeline knows about the index besides Pagefind's own files. */
export interface SearchHints {
  /** Pagefind result id → [address, type, title, topic ("" when none), its h2/h3 headings joined]. */
  records: Record<string, [url: string, type: string, title: string, topic: string, headings: string]>;
  /** Each glossary term's record and the names it goes by (term, abbreviation, aliases). */
  terms: { url: string; names: string[] }[];
}

/** One Pagefind result, as `search()` returns it (its data loads on demand). */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<unknown>;
}

/** What the pipeline needs from Pagefind: a search of one query string, no filters. */
export type SearchFn<R extends PagefindResult = PagefindResult> = (term: string) => Promise<{ results: R[] }>;

/** What the reader asked for, as far as the words show. */
export type Intent = 'term' | 'question' | 'comparison' | 'topic';

/** What the pipeline did to the query, for the line above the results. */
export type Note =
  | { kind: 'corrected'; from: string; to: string }
  | { kind: 'unknown'; words: string[] }
  /** No page has every concept (`words`, as typed); pages with most, or any, of them are shown. */
  | { kind: 'relaxed'; matched: 'most' | 'any'; words: string[] };
