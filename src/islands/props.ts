/**
 * Server-side: the field specs each island receives as a prop. Labels, units, ranges and the prose
 * behind each default (source notes, assumptions) travel in the page's HTML as serialized island props
 * rather than in the JavaScript bundle, which keeps that text out of every calculator's JS.
 * Islands still parse every value with the model's parse functions against these specs.
 */
import type { Slug } from '../calculators/registry';
import { CALCULATOR_SPECS } from '../calculators/specs';
import type { FieldSpec } from '../model/inputs';
import { SETTINGS_SPECS } from '../model/specs';

/**
 * The specs an island gets: its own fields, then the settings (currency, locale). Source notes stay
 * on the server (the page's "Where the defaults come from" table and /sources/ show them); the island
 * links to the source by id.
 */
export function islandSpecs(slug: Slug): FieldSpec[] {
  const fields = CALCULATOR_SPECS[slug].fields;
  // A calculator that asks no amount of money shows no currency, so its default number format is not named after one.
  const money = fields.some((f) => f.unit.startsWith('currency'));
  return [...fields, ...SETTINGS_SPECS].map(({ sourceNote: _, ...s }) =>
    s.id === 'locale' && !money && s.unit === 'choice'
      ? { ...s, options: s.options.map((o) => (o.id ? o : { ...o, label: 'Default' })) }
      : (s as FieldSpec),
  );
}
