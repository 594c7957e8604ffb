/**
 * The hybrid planner's fields: its own URL fields (the systems list, the reader's split), the plain
 * questions it asks first, and how it groups the rest.
 */
import type { FieldSpec } from '../../model/inputs';
import type { HybridInputs } from '../../model/systems';
import { decodeSystems, encodeSystems, SYSTEMS_KEY } from '../../model/systems-query';
import type { ExtraField } from '../lib/useCalculator';

/** URL key of the reader's own split: one 0/1 per system (1 = managed); absent means "follow the suggestion". */
export const SPLIT_KEY = 'as';

/** The planner's own URL fields beside its inputs: the systems list and the reader's split. */
export const EXTRAS: ExtraField[] = [
  {
    key: SYSTEMS_KEY,
    decode(raw) {
      if (raw === null) return { text: undefined, notices: [] };
      const d = decodeSystems(raw);
      return { text: encodeSystems(d.systems), notices: d.notices.map((n) => n.message) };
    },
  },
  {
    key: SPLIT_KEY,
    decode(raw) {
      if (raw === null || raw === '') return { text: undefined, notices: [] };
      return /^[01]{1,10}$/.test(raw)
        ? { text: raw, notices: [] }
        : {
            text: undefined,
            notices: [
              'The managed or break/fix choice for each system in the link was not understood, so the suggested split is used.',
            ],
          };
    },
  },
];

/** The plain questions that move the answer most; the upkeep one follows who does it. */
export const quickIds = (v: HybridInputs) => [
  'annualRevenue',
  'hourlyRate',
  v.routineBy === 'technician' ? 'routineTechHoursPerMonth' : 'diyHoursPerWeek',
  'incidentReduction',
];
/** Input groups: a legend and the id of the group's first field (HYBRID_GROUPS, sent by the server with the specs). */
export type Groups = readonly (readonly [string, string])[];

/** The fields of each group: not the quick path, the settings (the Shell shows them) or the upkeep field not in use. */
export function groups(specs: readonly FieldSpec[], list: Groups, v: HybridInputs): [string, FieldSpec[]][] {
  const skip = [
    ...quickIds(v),
    v.routineBy === 'technician' ? 'diyHoursPerWeek' : 'routineTechHoursPerMonth',
    'currency',
    'locale',
  ];
  const at = list.map(([, id]) => specs.findIndex((s) => s.id === id));
  return list.map(([legend], g) => [legend, specs.slice(at[g], at[g + 1]).filter((s) => !skip.includes(s.id))]);
}
