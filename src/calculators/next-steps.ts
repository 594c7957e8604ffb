/**
 * Server side: what each calculator suggests doing next, by answer. Its words reach the island as props
 * (src/islands/island-props.ts) on the calculator's own page and inside articles; embeds and cards get none.
 * Every link must lead to a page and heading of the site (test/build/next-steps.test.ts).
 */
import type { NextSteps } from '../islands/ui/NextStep';
import type { Slug } from './registry';

const CHECKLIST = ['the printable buyer’s checklist', '/buyers-checklist/'] as const;
const COMPARE = ['the cost comparison', '/calculators/cost-comparison/'] as const;

export const NEXT_STEPS: Readonly<Record<Slug, NextSteps>> = {
  // Keys: the comparison's answer, everything counted (nextKey in src/islands/calculators/comparison-words.tsx).
  'cost-comparison': {
    close: [
      'The two are close, so your own numbers decide it. Check the groups above against your invoices, then consider a split: ',
      ['plan which systems to manage', '/calculators/hybrid-planner/'],
      '. If you get quotes, take ',
      ['the buyer’s checklist', '/buyers-checklist/'],
      '.',
    ],
    managed: [
      'Managed comes out cheaper. Get two or three quotes and compare them like for like: ',
      ['the questions to ask every provider', '/articles/choosing-a-provider/'],
      ', ',
      ['the contract terms to check', '/articles/managed-services-contract/'],
      ' and ',
      ['the red flags', '/articles/how-to-choose/#step-4-watch-for-contract-red-flags'],
      ', all on ',
      CHECKLIST,
      '. Then ',
      ['compare the quotes on the same footing', '/calculators/provider-quotes/'],
      '.',
    ],
    'break-fix': [
      'Break/fix comes out cheaper, as long as the upkeep still gets done: ',
      ['the maintenance checklist', '/articles/proactive-maintenance/#the-routine-task-by-task'],
      '. If a quote is on the table, check it against ',
      ['the buyer’s checklist', '/buyers-checklist/'],
      ' before you decide.',
    ],
  },
  // Keys: the scorecard's suggestion.
  'which-model': {
    managed: [
      'Ask two or three managed providers for a quote, and ask each of them ',
      ['the same questions', '/articles/choosing-a-provider/#step-2-ask-every-provider-the-same-questions'],
      '. Before you sign, read ',
      ['the contract terms to check', '/articles/managed-services-contract/'],
      '; both are on ',
      CHECKLIST,
      '. To see what the fee buys in money, put your own numbers into ',
      COMPARE,
      '.',
    ],
    'break-fix': [
      'Paying by the job can work, as long as someone keeps up the routine work between calls: ',
      ['the maintenance checklist', '/articles/proactive-maintenance/#the-routine-task-by-task'],
      '. Choose a technician with ',
      [
        'the questions to ask a break/fix provider',
        '/articles/what-is-break-fix/#questions-to-ask-a-breakfix-provider',
      ],
      ', and check the sums with your own numbers in ',
      COMPARE,
      '.',
    ],
    hybrid: [
      'Manage the systems the business cannot work without and pay by the job for the rest. ',
      ['Plan which systems to manage', '/calculators/hybrid-planner/'],
      ', read ',
      ['how to decide the split', '/articles/hybrid-it-support/#how-to-decide-the-split'],
      ', and take ',
      CHECKLIST,
      ' when you ask for quotes.',
    ],
  },
  'downtime-cost': {
    any: [
      'Set this cost against what support would cost you: ',
      COMPARE,
      ' counts it for break/fix and managed side by side. Fewer and shorter outages start with ',
      ['routine upkeep', '/articles/proactive-maintenance/'],
      '.',
    ],
  },
  'hybrid-planner': {
    any: [
      'Ask providers to quote for the systems you would manage, and ',
      ['compare the quotes on the same footing', '/calculators/provider-quotes/'],
      '. Agree who answers when a problem crosses from one side of the split to the other: ',
      ['the risks of mixing', '/articles/hybrid-it-support/#the-risks-of-mixing-and-how-to-handle-them'],
      '. The questions for every provider are on ',
      CHECKLIST,
      '.',
    ],
  },
  'provider-quotes': {
    any: [
      'Before you sign the cheapest quote, read its contract: ',
      ['the terms to check', '/articles/managed-services-contract/'],
      ', ',
      ['the red flags', '/articles/how-to-choose/#step-4-watch-for-contract-red-flags'],
      ' and ',
      ['the cost over the whole term', '/articles/managed-services-contract/#check-the-cost-over-the-whole-term'],
      '. Leaving a provider? Plan ',
      ['the switch', '/articles/switching-providers/'],
      '.',
    ],
  },
  uptime: {
    any: [
      'Put the figure in the contract, with what happens when it is missed: ',
      ['what to check in an SLA before you sign', '/articles/sla-and-uptime/#what-to-check-before-you-sign'],
      '. To see what the downtime it allows would cost you, try ',
      ['the downtime cost calculator', '/calculators/downtime-cost/'],
      '.',
    ],
  },
};
