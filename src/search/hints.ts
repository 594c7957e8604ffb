/**
 * Build-time half of the query pipeline (src/search/query/): what the browser needs besides Pagefind's
 * own index, read from the finished bundle so it holds exactly what was indexed.
 * - the full vocabulary: every word of every indexed text (`site-vocabulary.json`), so a typo is
 *   corrected against all of it and a word the index contains is never "corrected";
 * - each record's address, type, title and topic (`search-hints.json`), so ranking and filters need no
 *   extra fetch per result;
 * - the glossary's names for each term (term, abbreviation, aliases), for synonyms.
 */
import { gunzipSync } from 'node:zlib';
import { tokenize } from './query/normalise.ts';
import type { SearchHints } from './query/types.ts';
import type { GlossaryEntry } from './records.ts';

/** Pagefind prefixes decompressed files with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** What a Pagefind fragment file (one per indexed page or record) holds that the hints need. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors?: { element: string; text: string }[];
}

/** Reads one `fragment/*.pf_fragment` file of the bundle. */
export function readFragment(bytes: Uint8Array): Fragment {
  const text = new TextDecoder().decode(gunzipSync(bytes));
  return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Fragment;
}

/**
 * The names a glossary term goes by: the term itself, the term without its bracketed abbreviation,
 * the abbreviation, and its aliases. "Managed service provider (MSP)" → that, "managed service provider", "MSP".
 */
export function termNames(entry: Pick<GlossaryEntry, 'term'> & { aliases?: readonly string[] }): string[] {
  const names = new Set<string>([entry.term]);
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(entry.term);
  if (bracket) {
    names.add(bracket[1]!);
    names.add(bracket[2]!);
  }
  for (const a of entry.aliases ?? []) names.add(a);
  return [...names];
}

/** Words in indexed text, tokenised exactly as queries are (so a query word is known when the index has it). */
const indexedWords = (text: string): string[] => tokenize(text).filter((w) => w.length >= 2);

/**
 * The vocabulary (most frequent first) and the hints, from the bundle's files and the glossary.
 * `files` are the bundle's paths and bytes as Pagefind's Node API returns them.
 */
export function buildHints(
  files: ReadonlyMap<string, Uint8Array>,
  glossary: readonly GlossaryEntry[],
): { vocabulary: string[]; hints: SearchHints } {
  const counts = new Map<string, number>();
  const records: SearchHints['records'] = {};
  for (const [path, bytes] of files) {
    const m = /^fragment\/(.+)\.pf_fragment$/.exec(path);
    if (!m) continue;
    const f = readFragment(bytes);
    const title = f.meta['title'] ?? f.url;
    const headings = (f.anchors ?? [])
      .filter((a) => /^h[23]$/.test(a.element))
      .map((a) => a.text)
      .join(' · ');
    records[m[1]!] = [f.url, f.meta['type'] ?? 'Page', title, f.filters['topic']?.[0] ?? '', headings];
    for (const w of indexedWords(`${title} ${f.content}`)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  const terms = glossary.map((g) => ({ url: `/glossary/#${encodeURIComponent(g.id)}`, names: termNames(g) }));
  return { vocabulary, hints: { records, terms } };
}
