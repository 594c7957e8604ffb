/**
 * Section ids of each calculator: what an embed may show with `?show=a,b`. Plain data, shared by the
 * islands (each re-exports its list as `SECTIONS`) and the registry the embed builder reads.
 */
export const SECTION_IDS = {
  'downtime-cost': ['inputs', 'summary', 'breakdown'],
  'cost-comparison': ['inputs', 'summary', 'cumulative', 'distribution', 'sensitivity'],
  'hybrid-planner': ['inputs', 'systems', 'summary', 'split'],
  uptime: ['availability', 'downtime', 'mtbf', 'combined'],
  'which-model': ['questions', 'result'],
} as const;

/** A calculator slug. */
export type Slug = keyof typeof SECTION_IDS;
