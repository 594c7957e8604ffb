/**
 * Builds the site's search bundle from rendered pages plus the glossary and FAQ records.
 * One code path for `astro build` (pages read from the output folder) and `astro dev`
 * (pages fetched from the dev server), so dev search behaves like the built site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { faqSchema, glossarySchema } from '../schemas/content.ts';
import { faqDocuments, glossaryDocuments, type FaqEntry, type GlossaryEntry } from './records.ts';
import { buildVocabulary, namingTexts } from './vocabulary.ts';

/** A rendered page: the URL it is served at and its HTML. */
export interface SitePage {
  url: string;
  html: string;
}

/** Name of the vocabulary file inside the search bundle (the client fetches it only to correct a query). */
export const VOCABULARY_FILE = 'site-vocabulary.json';

/**
 * Pages whose entries are indexed one by one as records (see records.ts); indexing the page
 * as well would list every term twice.
 */
const RECORD_PAGES = new Set(['/glossary/', '/faq/']);

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
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const fail = (what: string, errs: string[]) => {
    if (errs.length) throw new Error(`Pagefind ${what} failed: ${errs.join('; ')}`);
  };

  const namingWords: string[] = [];
  let pageCount = 0;
  for (const page of pages) {
    if (RECORD_PAGES.has(page.url)) continue;
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    fail(`indexing ${page.url}`, added.errors);
    // Pages without data-pagefind-body are not indexed (nav-only pages, glossary and FAQ pages
    // whose entries are records below), so their words do not belong in the vocabulary either.
    if (page.html.includes('data-pagefind-body')) {
      pageCount++;
      namingWords.push(...namingTexts(page.html));
    }
  }

  const records = [...glossaryDocuments(data.glossary), ...faqDocuments(data.faq)];
  for (const record of records) {
    const added = await index.addHTMLFile({ url: record.url, content: record.html });
    fail(`indexing ${record.url}`, added.errors);
  }
  for (const g of data.glossary) namingWords.push(g.term, g.short);
  for (const f of data.faq) namingWords.push(f.question);

  const got = await index.getFiles();
  fail('bundle', got.errors);
  await index.deleteIndex();

  const files = new Map<string, Uint8Array>();
  for (const f of got.files) if (!UNUSED.test(f.path)) files.set(f.path.replace(/\\/g, '/'), f.content);
  const vocabulary = buildVocabulary(namingWords);
  files.set(VOCABULARY_FILE, new TextEncoder().encode(JSON.stringify(vocabulary)));
  return { files, pageCount, recordCount: records.length, vocabularySize: vocabulary.length };
}

/** Stops Pagefind's background service so the build process can exit. */
export const closeIndexer = (): Promise<null> => pagefind.close();
