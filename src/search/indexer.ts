/**
 * Builds the site's search bundle from rendered pages plus the glossary and FAQ records.
 * One code path for `astro build` (pages read from the output folder) and `astro dev`
 * (pages fetched from the dev server), so dev search behaves like the built site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { faqSchema, glossarySchema } from '../schemas/content.ts';
import { buildHints } from './hints.ts';
import { faqDocuments, glossaryDocuments, type FaqEntry, type GlossaryEntry } from './records.ts';
import { SEARCH_TYPES } from './types.ts';

/** A rendered page: the URL it is served at and its HTML. */
export interface SitePage {
  url: string;
  html: string;
}

/** Name of the vocabulary file inside the search bundle: every indexed word, most frequent first. */
export const VOCABULARY_FILE = 'site-vocabulary.json';
/** Name of the hints file (records' addresses, types and topics; the glossary's names for each term). */
export const HINTS_FILE = 'search-hints.json';

/**
 * Pages whose entries are indexed one by one as records (see records.ts); indexing the page
 * as well would list every term twice.
 */
const RECORD_PAGES = new Set(['/glossary/', '/faq/']);

/**
 * Site pages without a `data-pagefind-body` of their own that readers still search for (how to embed a
 * calculator, where the figures come from): their main content is indexed as a "Page" result.
 */
const WHOLE_PAGES = new Set(['/embed/', '/embed/guide/', '/sources/']);

/** A whole-page document: its `<main>` marked as the indexed body, typed "Page". */
export function wholePage(html: string): string {
  const type = SEARCH_TYPES.page;
  return html.replace(
    /<main\b/,
    `<main data-pagefind-body data-pagefind-filter="type:${type}" data-pagefind-meta="type:${type}"`,
  );
}

/** Files Pagefind writes for UIs this site does not use; left out of the bundle. */
const UNUSED = /^pagefind-(ui|modular-ui|highlight)\.(js|css)$/;

/** The finished bundle: file paths (relative to `/pagefind/`) and their bytes, and what went into it. */
export interface SearchBundle {
  files: Map<string, Uint8Array>;
  pageCount: number;
  recordCount: number;
  vocabularySize: number;
}

/** Reads the glossary and FAQ through their schemas, if the content folder has them (either may not exist yet). */
export function readSearchData(root: string): { glossary: GlossaryEntry[]; faq: FaqEntry[] } {
  const read = <T>(name: string, schema: { parse(v: unknown): T }): T[] => {
    const path = join(root, 'content', name);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown[]).map((e) => schema.parse(e)) : [];
  };
  return { glossary: read('glossary.json', glossarySchema), faq: read('faq.json', faqSchema) };
}

/** Indexes pages and records with Pagefind's Node API and returns the bundle in memory. */
export async function buildSearchBundle(
  pages: readonly SitePage[],
  data: { glossary: readonly GlossaryEntry[]; faq: readonly FaqEntry[] },
): Promise<SearchBundle> {
  // A glossary tooltip repeats the term's definition, which the glossary's own records index: leaving it out
  // here keeps an article from matching on a definition it only links to (and spares the attribute per term).
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.term .tip'] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const fail = (what: string, errs: string[]) => {
    if (errs.length) throw new Error(`Pagefind ${what} failed: ${errs.join('; ')}`);
  };

  let pageCount = 0;
  const topics = new Map<string, string>();
  for (const page of pages) {
    if (RECORD_PAGES.has(page.url)) continue;
    const html =
      WHOLE_PAGES.has(page.url) && !page.html.includes('data-pagefind-body') ? wholePage(page.html) : page.html;
    const added = await index.addHTMLFile({ url: page.url, content: html });
    fail(`indexing ${page.url}`, added.errors);
    // Pages without data-pagefind-body are not indexed (nav-only pages, glossary and FAQ pages
    // whose entries are records below).
    if (html.includes('data-pagefind-body')) pageCount++;
    const topic = /data-pagefind-filter="topic:([^"]+)"/.exec(html)?.[1];
    if (topic) topics.set(page.url, topic);
  }

  // Records take the topic of the page they point to, so a Topic filter keeps them.
  const topicOf = (url: string) => topics.get(url.replace(/[#?].*$/, ''));
  const records = [...glossaryDocuments(data.glossary, topicOf), ...faqDocuments(data.faq, topicOf)];
  for (const record of records) {
    const added = await index.addHTMLFile({ url: record.url, content: record.html });
    fail(`indexing ${record.url}`, added.errors);
  }

  const got = await index.getFiles();
  fail('bundle', got.errors);
  await index.deleteIndex();

  const files = new Map<string, Uint8Array>();
  for (const f of got.files) if (!UNUSED.test(f.path)) files.set(f.path.replace(/\\/g, '/'), f.content);
  const { vocabulary, hints } = buildHints(files, data.glossary);
  files.set(VOCABULARY_FILE, new TextEncoder().encode(JSON.stringify(vocabulary)));
  files.set(HINTS_FILE, new TextEncoder().encode(JSON.stringify(hints)));
  return { files, pageCount, recordCount: records.length, vocabularySize: vocabulary.length };
}

/** Stops Pagefind's background service so the build process can exit. */
export const closeIndexer = (): Promise<null> => pagefind.close();
