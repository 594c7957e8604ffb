/**
 * The names search shows and filters by, in one place: the markup that feeds the index
 * (`data-pagefind-filter`), the result template and the tests all read them from here.
 */
import type { CALCULATOR_SLUGS, TOPICS } from '../schemas/content.ts';

/** Content types, as shown on each result and in the "Type" filter. */
export const SEARCH_TYPES = {
  article: 'Article',
  calculator: 'Calculator',
  glossary: 'Glossary term',
  faq: 'FAQ',
} as const;

/** Topic names as readers see them in the "Topic" filter. */
export const TOPIC_LABELS: Record<(typeof TOPICS)[number], string> = {
  basics: 'Basics',
  costs: 'Costs',
  pricing: 'Pricing',
  operations: 'Operations',
  choosing: 'Choosing',
};

/** Which topic each calculator belongs to, so the topic filter also finds calculators. */
export const CALCULATOR_TOPICS: Record<(typeof CALCULATOR_SLUGS)[number], (typeof TOPICS)[number]> = {
  'downtime-cost': 'costs',
  'cost-comparison': 'costs',
  'hybrid-planner': 'choosing',
  uptime: 'operations',
  'which-model': 'choosing',
};

/**
 * Attributes for the element holding an article's body: indexed, typed and filterable by topic.
 * Spread them on the element: `<article {...articleSearchAttributes(topic)}>`.
 */
export function articleSearchAttributes(topic: (typeof TOPICS)[number]): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `type:${SEARCH_TYPES.article}, topic:${TOPIC_LABELS[topic]}`,
    'data-pagefind-meta': `type:${SEARCH_TYPES.article}`,
  };
}

/**
 * Attributes for the element holding a calculator's explanation (not its controls, which
 * should carry `data-pagefind-ignore`): `<section {...calculatorSearchAttributes(slug)}>`.
 */
export function calculatorSearchAttributes(slug: (typeof CALCULATOR_SLUGS)[number]): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `type:${SEARCH_TYPES.calculator}, topic:${TOPIC_LABELS[CALCULATOR_TOPICS[slug]]}`,
    'data-pagefind-meta': `type:${SEARCH_TYPES.calculator}`,
  };
}
