/**
 * Server-side: the field specs each island receives as a prop. Labels, units, ranges and the prose
 * behind each default (source notes, assumptions) travel in the page's HTML as serialized island props
 * rather than in the JavaScript bundle, which keeps ~4 KB gzip of text out of every calculator's JS.
 * Islands still parse every value with the model's parse functions against these specs.
 */
import type { FieldSpec } from '../model/inputs';
import { COMPARISON_SPECS, DOWNTIME_SPECS, SETTINGS_SPECS, UPTIME_SPECS } from '../model/specs';
import { HYBRID_SPECS } from '../model/systems';
import { SCORECARD_QUESTIONS } from '../model/scorecard';
import type { Slug } from './sections';

const BY_SLUG: Record<Slug, readonly FieldSpec[]> = {
  'downtime-cost': DOWNTIME_SPECS,
  'cost-comparison': COMPARISON_SPECS,
  'hybrid-planner': HYBRID_SPECS,
  uptime: UPTIME_SPECS,
  'which-model': SCORECARD_QUESTIONS,
};

/**
 * The specs an island gets: its own fields, then the settings (currency, locale). Source notes stay
 * on the server (the page's "Where the defaults come from" table and /sources/ show them); the island
 * links to the source by id.
 */
export function islandSpecs(slug: Slug): FieldSpec[] {
  return [...BY_SLUG[slug], ...SETTINGS_SPECS].map(({ sourceNote: _, ...s }) => s as FieldSpec);
}
