/**
 * The names search shows and filters by, in one place: the markup that feeds the index
 * (`data-pagefind-filter`), the result template and the tests all read them from here.
 */
import { calculator, type Slug, type Topic } from '../calculators/registry.ts';

/** Content types, as shown on each result and in the "Type" filter. */
export const SEARCH_TYPES = {
  article: 'Article',
  calculator: 'Calculator',
  glossary: 'Glossary term',
  faq: 'FAQ',
  /** Site pages that are neither (the embed builder and guide, the sources list). */
  page: 'Page',
} as const;

/** Topic names as readers see them in the "Topic" filter. */
export const TOPIC_LABELS: Record<Topic, string> = {
  basics: 'Basics',
  costs: 'Costs',
  pricing: 'Pricing',
  operations: 'Operations',
  choosing: 'Choosing',
};

/**
 * Search attributes for a calculator page's title and summary. Pagefind takes one filter per
 * attribute, so the type and the topic sit on different elements; the page's explanation section
 * adds `data-pagefind-body` of its own, and the calculator's controls carry none (not indexed).
 * Use: `<h1 {...search.title}>` and `<p class="lede" {...search.summary}>`.
 */
export function calculatorSearchAttributes(slug: Slug): {
  title: Record<string, string>;
  summary: Record<string, string>;
} {
  return {
    title: {
      'data-pagefind-body': '',
      'data-pagefind-weight': '10',
      'data-pagefind-filter': `topic:${TOPIC_LABELS[calculator(slug).topic]}`,
    },
    summary: {
      'data-pagefind-body': '',
      'data-pagefind-filter': `type:${SEARCH_TYPES.calculator}`,
      'data-pagefind-meta': `type:${SEARCH_TYPES.calculator}`,
    },
  };
}
