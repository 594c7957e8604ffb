/**
 * The query pipeline on top of Pagefind: normalise the query (normalise.ts), plan the concepts to
 * search for with their synonyms and corrections (plan.ts), run the searches through Pagefind, rank
 * the union (rank.ts), then filter. Pure apart from the search function it is given, so the browser
 * and the tests over the built index run the same code.
 */
import type { Vocabulary } from '../spelling.ts';
import { planContext, planQuery, type Plan, type PlanContext } from './plan.ts';
import { diversify, queriesOf, rank, type Ranked } from './rank.ts';
import type { Note, PagefindResult, SearchFn, SearchHints } from './types.ts';

/** Filters the reader ticked: any of the values within a group, every group at once. */
export type FilterChoice = Readonly<Record<string, readonly string[]>>;

/** The filter groups the pipeline knows, read from each record's hints. */
export const FILTER_GROUPS = ['type', 'topic'] as const;

/** What one run of the pipeline found. */
export interface PipelineResult {
  plan: Plan;
  /** Ranked results after the filters. */
  results: Ranked[];
  /** How many results each filter value would leave, given the other groups' choices. */
  counts: Record<string, Record<string, number>>;
  /** What was done to the query: corrections, words left out, requirements relaxed. */
  notes: Note[];
}

const valueOf = (r: Ranked, group: string): string => (group === 'type' ? r.type : r.topic);

function passes(r: Ranked, filters: FilterChoice, except?: string): boolean {
  return Object.entries(filters).every(
    ([group, values]) => group === except || values.length === 0 || values.includes(valueOf(r, group)),
  );
}

/** Runs queries through Pagefind with what the build knows about its index. */
export class QueryPipeline {
  private readonly ctx: PlanContext;
  private readonly cache = new Map<string, Promise<readonly PagefindResult[]>>();
  private readonly search: SearchFn;
  private readonly hints: SearchHints;

  constructor(search: SearchFn, vocab: Vocabulary, hints: SearchHints) {
    this.search = search;
    this.hints = hints;
    this.ctx = planContext(vocab, hints);
  }

  private searchOnce(q: string): Promise<readonly PagefindResult[]> {
    let hit = this.cache.get(q);
    if (!hit) {
      hit = this.search(q).then((r) => r.results);
      if (this.cache.size > 300) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(q, hit);
    }
    return hit;
  }

  /** The plan for a query, without searching (for tests and the notes). */
  plan(query: string): Plan {
    return planQuery(query, this.ctx);
  }

  async run(query: string, filters: FilterChoice = {}): Promise<PipelineResult> {
    const plan = this.plan(query);
    const { all, each } = queriesOf(plan);
    const strings = [...new Set([...all, ...each.flat()])];
    const got = await Promise.all(strings.map((q) => this.searchOnce(q)));
    const ranked = rank(plan, new Map(strings.map((q, i) => [q, got[i]!])), this.hints);

    const notes = [...plan.notes];
    const best = ranked[0]?.matched ?? 0;
    if (ranked.length && best < plan.concepts.length) {
      notes.push({ kind: 'relaxed', matched: best > 1 ? 'most' : 'any', words: plan.concepts.map((c) => c.typed) });
    }

    const counts: PipelineResult['counts'] = {};
    for (const group of FILTER_GROUPS) {
      const c: Record<string, number> = {};
      for (const r of ranked) {
        const v = valueOf(r, group);
        if (v && passes(r, filters, group)) c[v] = (c[v] ?? 0) + 1;
      }
      counts[group] = c;
    }
    return { plan, results: diversify(ranked.filter((r) => passes(r, filters))), counts, notes };
  }
}
