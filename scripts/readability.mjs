#!/usr/bin/env node
/**
 * Prose helpers for the articles: turn MDX into the plain text a reader sees, grade it with
 * Flesch–Kincaid, and find word runs shared with the reference articles.
 *
 * Used by the content tests (test/unit/content/) and runnable on its own:
 *   npx node scripts/readability.mjs          # table of grades and word counts
 *   npx node scripts/readability.mjs --json   # the same as JSON
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Folder holding the article MDX files. */
export const ARTICLES_DIR = join(root, 'content', 'articles');
/** Folder holding the reference articles the writing must not copy from. */
export const SEEDS_DIR = join(root, '..', 'shared', 'seeds');

/** Component props whose values are reader-facing prose (kept in the text). */
const PROSE_PROPS = new Set(['title', 'label', 'pros', 'cons', 'caption', 'prosTitle', 'consTitle']);

/**
 * Find the end of a JSX tag starting at `start` (the `<`), skipping quoted strings and `{…}`
 * expressions so that `>` inside a prop value does not end the tag.
 */
function tagEnd(src, start) {
  let depth = 0;
  let quote = '';
  for (let i = start + 1; i < src.length; i++) {
    const ch = src[i];
    if (quote) {
      if (ch === quote && src[i - 1] !== '\\') quote = '';
    } else if (ch === '"' || ch === "'" || ch === '`') {
      // Apostrophes only open a string inside an expression or right after `=`.
      if (ch !== "'" || depth > 0 || src[i - 1] === '=') quote = ch;
    } else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '>' && depth === 0) return i;
  }
  return src.length - 1;
}

/** Reader-facing strings inside one JSX tag (title="…", pros={["…", "…"]} …). */
function proseFromTag(tag) {
  const out = [];
  const propRe = /([A-Za-z]+)=(?:"([^"]*)"|\{([\s\S]*?)\}(?=\s+[A-Za-z]+=|\s*\/?>$))/g;
  for (const m of tag.matchAll(propRe)) {
    if (!PROSE_PROPS.has(m[1])) continue;
    if (m[2] !== undefined) out.push(m[2]);
    else for (const s of m[3].matchAll(/"((?:[^"\\]|\\.)*)"/g)) out.push(s[1]);
  }
  return out;
}

/** Remove JSX tags, keeping their children and any prose props (each on its own line). */
function stripJsx(src) {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '<' && /[A-Za-z/]/.test(src[i + 1] ?? '')) {
      const end = tagEnd(src, i);
      const prose = proseFromTag(src.slice(i, end + 1));
      out += prose.length ? `\n${prose.join('\n')}\n` : '';
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** The plain text of an MDX article: no frontmatter, imports, tags or markdown syntax. */
export function mdxToText(mdx) {
  let s = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  s = s.replace(/^(import|export)\s.*$/gm, '');
  s = s.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  s = stripJsx(s);
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  s = s.replace(/^\s*\|?\s*:?-{3,}.*$/gm, '');
  s = s.replace(/\|/g, '\n');
  s = s.replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '');
  s = s.replace(/(\*\*|__|\*|`)/g, '');
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Count syllables; numbers are read aloud, so count one syllable per digit as an estimate. */
function syllablesIn(word) {
  if (/[a-z]/i.test(word)) return Math.max(1, syllable(word));
  return Math.max(1, (word.match(/\d/g) ?? []).length);
}

/**
 * Flesch–Kincaid counts and grade for plain text. Headings and list items without end
 * punctuation count as sentences of their own.
 */
export function readability(text) {
  const lines = text.split('\n').map((l) => (/[.!?:;]["'”’)]?$/.test(l) ? l : `${l}.`));
  const joined = lines.join(' ');
  const sentence = joined.split(/[.!?]+["'”’)]?(?:\s|$)|[:;]\s*$/).filter((s) => /[a-z0-9]/i.test(s)).length;
  const words = joined
    .split(/[\s/—–]+/)
    .map((w) => w.replace(/^[^a-z0-9$]+|[^a-z0-9%]+$/gi, ''))
    .filter((w) => /[a-z0-9]/i.test(w));
  const syll = words.reduce((n, w) => n + syllablesIn(w), 0);
  const grade = fleschKincaid({ sentence, word: words.length, syllable: syll });
  return { words: words.length, sentences: sentence, syllables: syll, grade };
}

/** Lower-case, unify quotes, drop punctuation: the word list used for originality checks. */
export function normalisedWords(text) {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Every run of `n` consecutive words, joined by spaces. */
export function wordRuns(words, n = 8) {
  const runs = new Set();
  for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}

/** Runs of `n` or more words that `text` shares with any of `sources` (as n-word runs). */
export function sharedRuns(text, sources, n = 8) {
  const seedRuns = new Set();
  for (const s of sources) for (const r of wordRuns(normalisedWords(s), n)) seedRuns.add(r);
  return [...wordRuns(normalisedWords(text), n)].filter((r) => seedRuns.has(r));
}

/** All articles: slug, raw MDX and plain text. */
export function loadArticles(dir = ARTICLES_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const mdx = readFileSync(join(dir, f), 'utf8');
      return { slug: basename(f, '.mdx'), mdx, text: mdxToText(mdx) };
    });
}

/** All reference articles as plain text. */
export function loadSeeds(dir = SEEDS_DIR) {
  return readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Median of a list of numbers. */
export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Grade every article; the figures BENCHMARKS.md records. */
export function gradeArticles(dir = ARTICLES_DIR) {
  const rows = loadArticles(dir).map(({ slug, text }) => ({ slug, ...readability(text) }));
  return { rows, median: median(rows.map((r) => r.grade)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rows, median: med } = gradeArticles();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ rows, median: med }, null, 2));
  } else {
    console.log('| article | words | FK grade |\n|---|---:|---:|');
    for (const r of rows) console.log(`| ${r.slug} | ${r.words} | ${r.grade.toFixed(1)} |`);
    console.log(`| **median** | | **${med.toFixed(1)}** |`);
    const seeds = loadSeeds();
    for (const a of loadArticles()) {
      const hits = sharedRuns(a.text, seeds);
      if (hits.length) console.log(`COPIED in ${a.slug}: ${hits.join(' | ')}`);
    }
  }
}
