/**
 * Second step of the query pipeline: from the query's words to the concepts to search for. Each
 * concept has one or more forms (word lists) that mean the same: the word as typed, its other
 * spelling, a corrected spelling, or every name of a glossary term ("IT outsourcing" → managed services).
 * A word the index contains is never replaced; a correction is only ever made to a word it does not.
 */
import { correctWord, editDistance, type Vocabulary } from '../spelling.ts';
import { joinedForms, readIntent, spellingVariants, STOP_WORDS, tokenize } from './normalise.ts';
import type { Intent, Note, SearchHints } from './types.ts';

/** One thing the reader asked about, and the forms it may take in the index. */
export interface Concept {
  /** The words as the reader typed them. */
  typed: string;
  /** Word lists to search for; the first is the reading shown to the reader. */
  forms: string[][];
  /** The glossary record when this concept is one of a term's names. */
  term?: string;
  /** Which side of a comparison it belongs to (0 when not a comparison). */
  side: number;
}

/** What the pipeline searches for. */
export interface Plan {
  concepts: Concept[];
  intent: Intent;
  /** The glossary record the whole query names, when it names one (a term query). */
  termUrl?: string;
  /** The query as searched, in words (corrections applied), for "Showing results for …". */
  shown: string;
  notes: Note[];
}

/** Everything the planner reads: the index's words and the glossary's names. */
export interface PlanContext {
  vocab: Vocabulary;
  /** Each glossary name as tokens, with its record; longest first. */
  names: { tokens: string[]; url: string }[];
  /** Every name of each glossary record, as tokens. */
  namesOf: Map<string, string[][]>;
  /** Index words by their stem ("monitor" → monitoring, monitors), most frequent first. */
  stems: Map<string, string[]>;
}

/**
 * A rough English stem, only to tell that a word the index lacks is another form of one it has
 * ("monitored" ~ "monitoring", "priced" ~ "pricing"); Pagefind does its own stemming when searching.
 */
export function stemKey(word: string): string {
  const m = /^(.{3,}?)(ations|ation|ings|ing|ers|er|ed|es|als|al|ly|ments|ment|s)$/.exec(word);
  const base = m ? m[1]! : word;
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base;
}

/** Prepares the glossary's names for matching. */
export function planContext(vocab: Vocabulary, hints: Pick<SearchHints, 'terms'>): PlanContext {
  const names: PlanContext['names'] = [];
  const namesOf = new Map<string, string[][]>();
  for (const t of hints.terms) {
    const all = t.names.map(tokenize).filter((n) => n.length > 0);
    namesOf.set(t.url, all);
    for (const tokens of all) names.push({ tokens, url: t.url });
  }
  names.sort((a, b) => b.tokens.length - a.tokens.length);
  const stems = new Map<string, string[]>();
  for (const w of vocab.words) {
    if (w.length < 4 || /\d/.test(w)) continue;
    const key = stemKey(w);
    const list = stems.get(key) ?? [];
    if (list.length < 3) list.push(w);
    stems.set(key, list);
  }
  return { vocab, names, namesOf, stems };
}

/** How a word the index does not contain is read. */
type Resolved =
  { kind: 'known' | 'partial'; words: string[] } | { kind: 'fixed'; words: string[] } | { kind: 'unknown' };

const hasDigit = (w: string): boolean => /\d/.test(w);

/** A word known to the index or to the glossary's names (which the index may not contain verbatim). */
function isKnown(word: string, ctx: PlanContext, nameWords: ReadonlySet<string>): boolean {
  return ctx.vocab.known.has(word) || nameWords.has(word) || STOP_WORDS.has(word) || hasDigit(word);
}

/** Two known words run together ("helpdesk" → help desk), the split with the longer first word. */
function splitWord(word: string, ctx: PlanContext): string[] | null {
  for (let i = word.length - 3; i >= 3; i--) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (ctx.vocab.known.has(a) && ctx.vocab.known.has(b)) return [a, b];
  }
  return null;
}

function resolve(
  word: string,
  last: boolean,
  ctx: PlanContext,
  nameWords: ReadonlySet<string>,
  cautious: boolean,
): Resolved {
  if (isKnown(word, ctx, nameWords)) return { kind: 'known', words: [word] };
  const variant = spellingVariants(word).find((v) => ctx.vocab.known.has(v));
  if (variant) return { kind: 'known', words: [variant] };
  const sameStem = word.length >= 4 ? ctx.stems.get(stemKey(word))?.[0] : undefined;
  if (sameStem) return { kind: 'known', words: [sameStem] };
  const typing = last && word.length >= 2 && ctx.vocab.words.some((v) => v.startsWith(word));
  if (typing) return { kind: 'partial', words: [word] };
  if (word.length < 3) return { kind: 'unknown' };
  const split = splitWord(word, ctx);
  if (split) return { kind: 'fixed', words: split };
  const fixed = correctWord(word, ctx.vocab, { typing: false, maxEdits: cautious ? 1 : undefined });
  if (fixed !== word && editDistance(word, fixed) <= 2) return { kind: 'fixed', words: [fixed] };
  return { kind: 'unknown' };
}

/** Builds the plan for a query. */
export function planQuery(query: string, ctx: PlanContext): Plan {
  const { sides, intent: shape } = readIntent(query);
  const nameWords = new Set(ctx.names.flatMap((n) => n.tokens));
  const joined = joinedForms(query);
  const notes: Note[] = [];
  const unknown: string[] = [];
  const concepts: Concept[] = [];
  const shownParts: string[] = [];

  // A query with a word the site has never seen is likely about something else: corrections that need
  // two edits are then more likely to invent a word than to find the one meant.
  const allTokens = sides.flatMap(tokenize);
  const cautious = allTokens.some(
    (w, i) =>
      !isKnown(w, ctx, nameWords) && resolve(w, i === allTokens.length - 1, ctx, nameWords, true).kind === 'unknown',
  );

  sides.forEach((side, sideIndex) => {
    const tokens = tokenize(side);
    const isLastSide = sideIndex === sides.length - 1;
    // Resolve each token: known words stay, others are corrected, split or left out.
    const resolved: { typed: string; words: string[] }[] = [];
    tokens.forEach((t, i) => {
      const r = resolve(t, isLastSide && i === tokens.length - 1 && !/\s$/.test(query), ctx, nameWords, cautious);
      if (r.kind === 'unknown') {
        unknown.push(t);
        return;
      }
      if (r.kind === 'fixed') notes.push({ kind: 'corrected', from: t, to: r.words.join(' ') });
      resolved.push({ typed: t, words: r.words });
    });
    const words = resolved.flatMap((r) => r.words.map((w) => ({ typed: r.typed, w })));
    shownParts.push(words.map((x) => x.w).join(' '));

    // Glossary names, longest first, become one concept each; the other words one concept each.
    for (let i = 0; i < words.length;) {
      const match = ctx.names.find(
        (n) => n.tokens.length <= words.length - i && n.tokens.every((t, k) => words[i + k]!.w === t),
      );
      const single = match && match.tokens.length === 1 && STOP_WORDS.has(match.tokens[0]!);
      if (match && !single) {
        // A name is searched whole ("in house it", not "house"), and only if the index has all its words.
        const forms = (ctx.namesOf.get(match.url) ?? [match.tokens]).filter(
          (n) => n.length > 0 && n.every((w) => ctx.vocab.known.has(w)),
        );
        const typedForm = match.tokens.every((w) => ctx.vocab.known.has(w)) ? [match.tokens] : [];
        concepts.push({
          typed: words
            .slice(i, i + match.tokens.length)
            .map((x) => x.typed)
            .join(' '),
          forms: dedupe([...typedForm, ...forms]),
          term: match.url,
          side: sideIndex,
        });
        i += match.tokens.length;
        continue;
      }
      const { w, typed } = words[i]!;
      i++;
      if (STOP_WORDS.has(w)) continue;
      const forms: string[][] = [[w]];
      for (const v of spellingVariants(w)) if (ctx.vocab.known.has(v)) forms.push([v]);
      for (const v of ctx.stems.get(stemKey(w)) ?? []) if (v !== w && forms.length < 4) forms.push([v]);
      const parts = joined.get(typed);
      if (parts && parts.every((p) => ctx.vocab.known.has(p)) && !ctx.vocab.known.has(typed)) forms.push(parts);
      concepts.push({ typed, forms: dedupe(forms), side: sideIndex });
    }
  });

  // Nothing but stop words ("it", "how to"): search for them after all rather than for nothing.
  if (concepts.length === 0 && unknown.length === 0) {
    for (const t of allTokens) if (ctx.vocab.known.has(t)) concepts.push({ typed: t, forms: [[t]], side: 0 });
  }
  if (unknown.length) notes.push({ kind: 'unknown', words: unknown });

  const distinct = dedupeConcepts(concepts);
  const only = distinct.length === 1 ? distinct[0] : undefined;
  const intent: Intent = shape === 'comparison' ? 'comparison' : only?.term ? 'term' : (shape as Intent);
  return {
    concepts: distinct,
    intent,
    ...(intent === 'term' && only?.term ? { termUrl: only.term } : {}),
    shown: shownParts.join(shape === 'comparison' ? ' vs ' : ' '),
    notes,
  };
}

function dedupe(forms: string[][]): string[][] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = f.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupeConcepts(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const key = c.term ?? c.forms[0]!.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
