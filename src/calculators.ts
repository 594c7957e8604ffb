import type { CALCULATOR_SLUGS } from './schemas/content.ts';

/** What each calculator answers; listings, navigation and embeds read this. */
export const CALCULATORS: ReadonlyArray<{
  slug: (typeof CALCULATOR_SLUGS)[number];
  title: string;
  question: string;
}> = [
  { slug: 'cost-comparison', title: 'Break/fix vs managed cost comparison', question: 'Which costs less over three years, counting downtime, and how sure can I be?' },
  { slug: 'downtime-cost', title: 'Downtime cost calculator', question: 'What does an hour of IT outage cost my business?' },
  { slug: 'hybrid-planner', title: 'Hybrid support planner', question: 'Which systems should be managed, and which can be fixed when they break?' },
  { slug: 'uptime', title: 'Uptime and SLA calculator', question: 'What does 99.9% uptime mean in hours, and what do MTBF and MTTR give?' },
  { slug: 'which-model', title: 'Which model fits? Scorecard', question: 'Given how my business works, should I choose break/fix, managed or hybrid?' },
];
