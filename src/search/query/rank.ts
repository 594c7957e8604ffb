/**
 * Third step of the query pipeline: one ranked list from the searches the plan ran. A page that has
 * every concept comes before one that has fewer (the fallback: fewer required words, then any word);
 * within that, Pagefind's own score, a match in the title, and what the query's intent asks for.
 */
import type { Plan } from './plan.ts';
import type { PagefindResult, SearchHints } from './types.ts';

/** Pagefind's results for each query string the plan searched. */
export type Searched = ReadonlyMap<string, readonly PagefindResult[]>;

/** A ranked result: Pagefind's result object with what the ranking found about it. */
export interface Ranked {
  result: PagefindResult;
  url: string;
  type: string;
  topic: string;
  /** How many of the plan's concepts it has. */
  matched: number;
  score: number;
}

/** How much each type is worth for each intent (a multiplier on relevance). */
const TYPE_WEIGHT: Record<Plan['intent'], Record<string, number>> = {
  // "Page" (the embed builder and guide, sources, about) mentions many things in passing: it wins on its title.
  term: { 'Glossary term': 1.1, Article: 1.05, FAQ: 0.9, Calculator: 0.95, Page: 0.75 },
  question: { FAQ: 1.15, Article: 1.15, 'Glossary term': 0.85, Calculator: 1, Page: 0.75 },
  comparison: { Article: 1.2, FAQ: 1.15, Calculator: 1, 'Glossary term': 0.8, Page: 0.7 },
  topic: { Article: 1.2, Calculator: 1.1, Page: 0.8, FAQ: 0.9, 'Glossary term': 0.85 },
};

/** The query strings a plan searches: every concept's forms alone, and the concepts together. */
export function queriesOf(plan: Plan): { all: string[]; each: string[][] } {
  const each = plan.concepts.map((c) => c.forms.map((f) => f.join(' ')));
  // Every concept together, one form each; the first forms first, at most eight combinations.
  let combos: string[][] = [[]];
  for (const forms of each) {
    combos = combos.flatMap((c) => forms.map((f) => [...c, f])).slice(0, 8);
  }
  const all = plan.concepts.length > 1 ? combos.map((c) => c.join(' ')) : [];
  return { all, each };
}

/** Words of a title, for "does the title name this concept" (a four-letter stem is enough: "prices" ~ "pricing"). */
const stem = (w: string): string => (w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w);
const titleWords = (title: string): string[] => title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many of the plan's concepts these (stemmed) words name: 1 each for the typed form, 0.6 for another form. */
function named(plan: Plan, words: readonly string[]): number {
  let total = 0;
  for (const c of plan.concepts) {
    const i = c.forms.findIndex((f) => f.every((w) => words.includes(stem(w))));
    if (i >= 0) total += i === 0 ? 1 : 0.6;
  }
  return total;
}

/** Ranks the union of the searches' results. */
export function rank(plan: Plan, searched: Searched, hints: SearchHints): Ranked[] {
  const { all, each } = queriesOf(plan);
  const docs = new Map<string, { result: PagefindResult; concepts: number[]; hits: number[]; together: number }>();
  const normalised = (q: string): Map<string, { r: PagefindResult; s: number }> => {
    const results = searched.get(q) ?? [];
    const top = Math.max(1e-9, ...results.map((r) => r.score));
    return new Map(results.map((r) => [r.id, { r, s: r.score / top }]));
  };
  each.forEach((forms, c) => {
    for (const [k, f] of forms.entries()) {
      // A match on another form of the word (a variant, a stem, another name) counts a little less.
      const weight = k === 0 ? 1 : 0.7;
      for (const [id, { r, s: raw }] of normalised(f)) {
        const s = raw * weight;
        const d = docs.get(id) ?? {
          result: r,
          concepts: plan.concepts.map(() => 0),
          hits: plan.concepts.map(() => 0),
          together: 0,
        };
        d.concepts[c] = Math.max(d.concepts[c]!, s);
        d.hits[c] = Math.max(d.hits[c]!, r.words.length);
        docs.set(id, d);
      }
    }
  });
  for (const q of all) {
    for (const [id, { r, s }] of normalised(q)) {
      const d = docs.get(id);
      if (!d) continue;
      // The result of the search with every concept makes the excerpt: it highlights all of them.
      if (s > d.together) d.result = r;
      d.together = Math.max(d.together, s);
    }
  }

  const weights = TYPE_WEIGHT[plan.intent];
  const ranked: Ranked[] = [];
  // How much a page says about the query: its matches, on a log scale against the page with most.
  const depthOf = (d: { hits: number[] }) => Math.log1p(d.hits.reduce((a, b) => a + b, 0));
  const deepest = Math.max(1e-9, ...[...docs.values()].map(depthOf));
  for (const [id, d] of docs) {
    const [url, type, title, topic, headings] = hints.records[id] ?? ['', 'Page', '', '', ''];
    const matched = d.concepts.filter((s) => s > 0).length;
    const n = Math.max(1, plan.concepts.length);
    const parts = d.concepts.reduce((a, b) => a + b, 0) / n;
    // A concept named in the title counts fully, in a heading less; its typed form more than a variant.
    const inTitle = named(plan, titleWords(title).map(stem)) / n;
    const inHeadings = named(plan, titleWords(headings).map(stem)) / n;
    const coverage = matched / n;
    const depth = depthOf(d) / deepest;
    let score =
      (0.4 * Math.max(d.together, parts) + 0.35 * Math.max(inTitle, 0.6 * inHeadings) + 0.25 * depth) *
      coverage ** 1.5 *
      (weights[type] ?? 1);
    if (plan.termUrl && url === plan.termUrl) score += 2;
    // A comparison is best answered by a page about both sides.
    if (plan.intent === 'comparison') {
      const sides = new Set(plan.concepts.filter((_, i) => d.concepts[i]! > 0).map((c) => c.side));
      score *= sides.size > 1 ? 1.2 : 0.8;
      // …and best of all by a page written as a comparison.
      if (inTitle > 0 && /\b(vs|versus|compar\w*|difference|pros and cons)\b/i.test(title)) score *= 1.25;
    }
    ranked.push({ result: d.result, url, type, topic, matched, score });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * Keeps the first three from being all one type when another type matches as well: the best
 * result of another type takes third place.
 */
export function diversify(list: Ranked[]): Ranked[] {
  if (list.length < 4) return list;
  const type = list[0]!.type;
  if (list[1]!.type !== type || list[2]!.type !== type) return list;
  const other = list.findIndex((r) => r.type !== type);
  if (other < 0) return list;
  const out = [...list];
  const [moved] = out.splice(other, 1);
  out.splice(2, 0, moved!);
  return out;
}
