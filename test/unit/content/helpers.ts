/**
 * Shared loaders for the content tests: articles with their frontmatter, glossary, FAQ and sources.
 * Prose helpers (MDX to text, readability, shared runs) live in scripts/readability.mjs so the
 * same code prints the BENCHMARKS.md figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../../../scripts/readability.mjs';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Frontmatter values this project uses: strings, numbers, booleans and inline `[a, b]` lists. */
export type FrontmatterValue = string | number | boolean | string[];

/** Parse the simple YAML frontmatter the articles use (one `key: value` per line). */
export function frontmatter(mdx: string): Record<string, FrontmatterValue> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1];
  if (!block) throw new Error('no frontmatter block');
  const out: Record<string, FrontmatterValue> = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, raw] = m as unknown as [string, string, string];
    const value = raw.trim();
    if (value.startsWith('[')) {
      out[key] = value
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim().replace(/^["']|["']$/g, ''))
        .filter(Boolean);
    } else if (/^-?\d+(\.\d+)?$/.test(value)) out[key] = Number(value);
    else if (value === 'true' || value === 'false') out[key] = value === 'true';
    else out[key] = value.replace(/^["']|["']$/g, '');
  }
  return out;
}

export interface LoadedArticle {
  slug: string;
  mdx: string;
  text: string;
  data: Record<string, FrontmatterValue>;
}

/** Every article in content/articles with its parsed frontmatter and plain text. */
export function articles(): LoadedArticle[] {
  return loadArticles().map((a: { slug: string; mdx: string; text: string }) => ({ ...a, data: frontmatter(a.mdx) }));
}

import { faqSchema, glossarySchema, type FaqEntry, type GlossaryEntry } from '../../../src/schemas/content.ts';

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;

export type { FaqEntry, GlossaryEntry };

/** Every glossary term and FAQ answer, read through the schemas the site builds with. */
export const glossary = (): GlossaryEntry[] =>
  readJson<unknown[]>('content/glossary.json').map((e) => glossarySchema.parse(e));
export const faq = (): FaqEntry[] => readJson<unknown[]>('content/faq.json').map((e) => faqSchema.parse(e));
export const sourceIds = (): string[] => readJson<{ id: string }[]>('content/sources.json').map((s) => s.id);

/** All values of attribute `attr` on component `tag` in an MDX string, e.g. ids of `<Term id="…">`. */
export function attrValues(mdx: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\b${attr}="([^"]*)"`, 'g');
  return [...mdx.matchAll(re)].map((m) => m[1] as string);
}
