/**
 * First step of the query pipeline: the words of a query as the index spells them. Lower case,
 * punctuation and hyphens split ("break-fix" → break fix), comparisons recognised ("x vs y",
 * "x versus y", "x or y", "difference between x and y") and the words that carry no meaning dropped.
 */
import type { Intent } from './types.ts';

/** A query word: letters or digits, keeping decimals ("99.9") and inner apostrophes together. */
const TOKEN = /\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words that say how a reader asks, not what about: dropped unless part of a glossary name. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the is are was were be been am do does did doing i me my we us our you your it its they them their ' +
    'of to in on at by for with from as into about than then so if and or nor not no vs versus v vs. ' +
    'what which who whom whose how why when where there here this that these those ' +
    'should can could would will shall may might must need needs want wants get gets got ' +
    'much many any some really actually just also very more most per each every one ' +
    'tell explain mean means meaning define definition difference between worth right happen happens ' +
    "work works ok okay please best good guide i'm it's what's don't"
  ).split(/\s+/),
);

/** Words that start a question. */
const QUESTION_START =
  /^(what|whats|what's|how|why|when|where|which|who|should|can|could|is|are|do|does|will|would|am)$/;

/** Splits a query into lower-case tokens (hyphens, slashes and punctuation separate words). */
export function tokenize(query: string): string[] {
  return (
    query
      .toLowerCase()
      .replace(/[‐‑–—/_]/g, ' ')
      .match(TOKEN) ?? []
  ).map((t) => t.replace(/’/g, "'").replace(/,/g, ''));
}

/** The tokens of a hyphenated or slashed word, joined ("e-mail" → "email"), for when the index spells it so. */
export function joinedForms(query: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of query.toLowerCase().matchAll(/[\p{L}]+(?:[-/][\p{L}]+)+/gu)) {
    const parts = m[0].split(/[-/]/);
    out.set(parts.join(''), parts);
  }
  return out;
}

/**
 * British and American spellings of a word, other than itself: the pipeline uses whichever the index
 * contains ("optimise" → "optimize", "organisation" → "organization", "licence" → "license").
 */
export function spellingVariants(word: string): string[] {
  const rules: [RegExp, string][] = [
    [/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'],
    [/iz(e|es|ed|ing|er|ers|ation|ations)$/, 'is$1'],
    [/ys(e|es|ed|ing)$/, 'yz$1'],
    [/yz(e|es|ed|ing)$/, 'ys$1'],
    [/our(s|ed|ing|able|ite|ites)?$/, 'or$1'],
    [/([^aeiou])or(s|ed|ing|able|ite|ites)?$/, '$1our$2'],
    [/tre(s)?$/, 'ter$1'],
    [/ter(s)?$/, 'tre$1'],
    [/ence(s)?$/, 'ense$1'],
    [/ense(s)?$/, 'ence$1'],
    [/ogue(s)?$/, 'og$1'],
    [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
    [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
    [/mme(s)?$/, 'm$1'],
  ];
  const out = new Set<string>();
  for (const [re, to] of rules) if (re.test(word)) out.add(word.replace(re, to));
  out.delete(word);
  return [...out];
}

/** Words that mark a comparison between the two sides of a query; a comparison consumes them. */
export const COMPARISON_WORDS = new Set([
  'vs',
  'versus',
  'v',
  'or',
  'compared',
  'to',
  'with',
  'against',
  'instead',
  'of',
]);
/** Comparison markers between the two sides of a query. */
const COMPARISON = /\s(?:vs\.?|versus|v|or|compared (?:to|with)|against|instead of)\s/;

/** The query's shape: the sides of a comparison (else one side), and what the reader seems to want. */
export function readIntent(query: string): { sides: string[]; intent: Omit<Intent, 'term'> } {
  const q = ` ${query.toLowerCase().replace(/[?!.]+\s*$/, '')} `;
  const between = /\bdifference between (.+?) and (.+)$/.exec(q.trim());
  if (between) return { sides: [between[1]!, between[2]!], intent: 'comparison' };
  const parts = q.split(COMPARISON).map((s) => s.trim());
  if (parts.length >= 2 && parts.every(Boolean)) return { sides: parts, intent: 'comparison' };
  const first = tokenize(query)[0] ?? '';
  const question = /\?\s*$/.test(query) || QUESTION_START.test(first) || /^(is|are) it\b/.test(q.trim());
  return { sides: [query], intent: question ? 'question' : 'topic' };
}
