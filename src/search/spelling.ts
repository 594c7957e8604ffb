/**
 * Forgiving search: Pagefind matches words and prefixes exactly, so a typo finds nothing.
 * These pure functions correct each word of a query against the site's own vocabulary
 * (built at build time from titles, headings and glossary terms) within a small edit distance.
 */

/** Words shorter than this are never corrected: too many near neighbours. */
const MIN_CORRECTABLE = 3;

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two adjacent letters), giving up early once it must exceed `max`.
 * Returns `max + 1` when the distance is larger than `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  const d = prev[b.length]!;
  return d > max ? max + 1 : d;
}

/** How many edits a word of this length may need: one for short words, two otherwise. */
export const allowedEdits = (word: string): number => (word.length <= 4 ? 1 : 2);

/** A vocabulary: lower-case words, most frequent first (earlier wins a tie). */
export interface Vocabulary {
  words: readonly string[];
  /** Same words, for O(1) "is this a known word" checks. */
  known: ReadonlySet<string>;
}

/** Builds the lookup structure from the JSON word list the build emits. */
export function makeVocabulary(words: readonly string[]): Vocabulary {
  return { words, known: new Set(words) };
}

/**
 * The closest vocabulary word to `word` within `allowedEdits`, or `word` itself when it is
 * known, too short, has no near neighbour, or (unless `typing` is false: a word the reader has
 * finished) is the start of a known word, as the reader may still be typing it.
 */
export function correctWord(
  word: string,
  vocab: Vocabulary,
  options: { typing?: boolean; maxEdits?: number } = {},
): string {
  const w = word.toLowerCase();
  if (w.length < MIN_CORRECTABLE || vocab.known.has(w) || /\d/.test(w)) return word;
  if (options.typing !== false && vocab.words.some((v) => v.startsWith(w))) return word;
  const max = Math.min(allowedEdits(w), options.maxEdits ?? Infinity);
  let best = word;
  let bestDistance = max + 1;
  for (const v of vocab.words) {
    if (Math.abs(v.length - w.length) > max) continue;
    const d = editDistance(w, v, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** Words in a query: letters and digits, with inner apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A query with every unknown word replaced by its nearest known word; `changed` says whether any was. */
export function correctQuery(query: string, vocab: Vocabulary): { query: string; changed: boolean } {
  let changed = false;
  const corrected = query.replace(WORD, (word) => {
    const fixed = correctWord(word, vocab);
    if (fixed.toLowerCase() !== word.toLowerCase()) changed = true;
    return fixed;
  });
  return { query: corrected, changed };
}
