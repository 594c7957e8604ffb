/**
 * Every calculator, listed once. Pages, embed pages, oEmbed, the embed builder and loader, search
 * records, sitemaps and the test lists all derive from this list; the server-only parts (field specs in
 * ./specs.ts, the island component, the method text) are keyed by the same slugs, so TypeScript
 * names anything a new entry still lacks. Plain data only: the embed builder bundles this file.
 */

/** Topics an article or calculator belongs to; search filters and related-article lists use them. */
export const TOPICS = ['basics', 'costs', 'pricing', 'operations', 'choosing'] as const;
/** One topic. */
export type Topic = (typeof TOPICS)[number];

/** What one calculator is, for readers and embedders. */
export interface CalculatorDefinition<S extends string = string> {
  /** URL segment: `/calculators/<slug>/`, `/embed/<slug>/`, `data-calculator="<slug>"`. */
  slug: S;
  title: string;
  /** The reader's question it answers (listings, social cards, the embed guide). */
  question: string;
  /** Search filter topic. */
  topic: Topic;
  /** Section ids an embed may show with `?show=a,b`, in page order. */
  sections: readonly string[];
  /**
   * Starting height of a frame before its first height message, the plain iframe's fixed height and the
   * height oEmbed consumers reserve: the default rendering in a frame 700 px wide (measured;
   * test/e2e/embed-pages.spec.ts keeps it within a third of the real height).
   */
  embedHeight: number;
  /**
   * The two or three inputs an article's compact card asks (`<Calculator slug=… />` in MDX): the card shows
   * them, the headline and a link to the full calculator with the reader's numbers. Empty: headline and link.
   */
  card?: readonly string[];
  /**
   * The compact layout a WordPress paste (oEmbed) shows, within WordPress's 1,000 px cap: the sections it
   * keeps (`null`: all), and its height in a frame 640 px wide, which the oEmbed JSON and the plain iframe
   * snippet reserve (measured; test/e2e/embed-pages.spec.ts measures it again and fails when it drifts).
   */
  compact: { show: readonly string[] | null; height: number };
}

/** One registry entry; `const` keeps the slug a literal type. */
export function defineCalculator<const S extends string>(c: CalculatorDefinition<S>): CalculatorDefinition<S> {
  return c;
}

/** The calculators, in the order listings show them. */
export const CALCULATORS = [
  defineCalculator({
    slug: 'cost-comparison',
    title: 'Break/fix vs managed cost comparison',
    question: 'Which costs less over three years, counting downtime, and how sure can I be?',
    topic: 'costs',
    sections: ['inputs', 'summary', 'cumulative', 'distribution', 'sensitivity'],
    embedHeight: 5000,
    compact: { show: ['inputs', 'summary'], height: 657 },
    card: ['staffAffected', 'perUserMonthly', 'hourlyRate'],
  }),
  defineCalculator({
    slug: 'downtime-cost',
    title: 'Downtime cost calculator',
    question: 'What does an hour of IT outage cost my business?',
    topic: 'costs',
    sections: ['inputs', 'summary', 'breakdown'],
    embedHeight: 1950,
    compact: { show: ['inputs', 'summary'], height: 565 },
    card: ['staffAffected', 'annualRevenue', 'outageHours'],
  }),
  defineCalculator({
    slug: 'hybrid-planner',
    title: 'Hybrid support planner',
    question: 'Which systems should be managed, and which can be fixed when they break?',
    topic: 'choosing',
    sections: ['inputs', 'systems', 'summary', 'split'],
    embedHeight: 3050,
    compact: { show: ['inputs', 'summary'], height: 499 },
    card: ['users', 'annualRevenue'],
  }),
  defineCalculator({
    slug: 'uptime',
    title: 'Uptime and SLA calculator',
    question: 'What does 99.9% uptime mean in hours, and what do MTBF and MTTR give?',
    topic: 'operations',
    sections: ['availability', 'downtime', 'mtbf', 'combined'],
    embedHeight: 1950,
    compact: { show: ['availability'], height: 483 },
    card: ['availability'],
  }),
  defineCalculator({
    slug: 'which-model',
    title: 'Which model fits? Scorecard',
    question: 'Given how my business works, should I choose break/fix, managed or hybrid?',
    topic: 'choosing',
    sections: ['questions', 'result'],
    embedHeight: 1700,
    compact: { show: null, height: 513 },
    card: [],
  }),
  defineCalculator({
    slug: 'provider-quotes',
    title: 'Compare provider quotes',
    question: 'Which of the quotes I received costs my firm least once each is put on the same footing?',
    topic: 'choosing',
    sections: ['inputs', 'summary', 'quotes'],
    embedHeight: 6100,
    compact: { show: ['inputs', 'summary'], height: 756 },
    card: ['staffAffected', 'qaPrice', 'qbPrice'],
  }),
] as const;

/** A calculator slug. */
export type Slug = (typeof CALCULATORS)[number]['slug'];

/** Every slug, as a non-empty tuple (Zod's enum takes one). */
export const CALCULATOR_SLUGS = CALCULATORS.map((c) => c.slug) as [Slug, ...Slug[]];

/** The entry of a slug. */
export function calculator(slug: Slug): CalculatorDefinition<Slug> {
  return CALCULATORS.find((c) => c.slug === slug)!;
}

/** True for a known slug (untrusted text from a URL or an embed attribute). */
export function isSlug(s: unknown): s is Slug {
  return typeof s === 'string' && (CALCULATOR_SLUGS as readonly string[]).includes(s);
}

/** Section ids with a short description each, for the embed builder's checkboxes. */
export const SECTION_LABELS: Readonly<Record<string, string>> = {
  inputs: 'The inputs',
  summary: 'The headline results',
  breakdown: 'Breakdown chart',
  cumulative: '36-month cumulative chart',
  distribution: 'Distribution of yearly cost',
  sensitivity: 'Sensitivity (tornado) chart',
  systems: 'The list of systems',
  split: 'The suggested split',
  availability: 'Availability to downtime',
  downtime: 'Downtime to availability',
  mtbf: 'MTBF and MTTR',
  combined: 'Services in series and parallel',
  questions: 'The questions',
  result: 'The recommendation',
  quotes: 'The quotes side by side',
};
