/**
 * Plain data about each calculator island for the embed builder: its title and the section ids it
 * accepts in `?show=`. No component code is imported here.
 */
import { CALCULATORS } from '../calculators';
import { SECTION_IDS, type Slug } from './sections';

/** What one calculator offers an embedder. */
export interface IslandInfo {
  title: string;
  /** Section ids for `?show=a,b` (in page order). */
  sections: readonly string[];
}

/** Every calculator island by slug. */
export const REGISTRY: Readonly<Record<Slug, IslandInfo>> = Object.fromEntries(
  CALCULATORS.map((c) => [c.slug, { title: c.title, sections: SECTION_IDS[c.slug] }]),
) as unknown as Record<Slug, IslandInfo>;

/** Section ids with a short description each, for the builder's checkboxes. */
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
};
