/**
 * The comparison calculator's own choices (how unpredictable incidents are, the horizon, the simulation's run
 * number) and its full list of fields, gathered from the profile, break/fix, managed, support, risk and in-house specs.
 */
import type { ChoiceSpec, FieldSpec, InputSpec } from './inputs';
import { PROFILE_SPECS } from './specs-profile';
import { BREAK_FIX_SPECS } from './specs-break-fix';
import { MANAGED_SPECS, PRICING_MODEL_SPEC } from './specs-managed';
import { PLAN_INCLUDES_SPECS, REQUEST_SPECS, ROUTINE_BY_SPEC, ROUTINE_SPECS, TOOL_SPECS } from './specs-support';
import { RISK_SPECS } from './specs-risk';
import { IN_HOUSE_SPECS } from './specs-in-house';

/** How widely real incidents scatter around the typical values entered. */
export type Spread = 'low' | 'medium' | 'high';

/** Choice: spread of incident durations in the simulation. */
export const SPREAD_SPEC: ChoiceSpec<'spread', Spread> = {
  id: 'spread',
  key: 'sp',
  label: 'How unpredictable incidents are',
  unit: 'choice',
  default: 'medium',
  options: [
    { id: 'low', label: 'Low' },
    { id: 'medium', label: 'Medium' },
    { id: 'high', label: 'High' },
  ],
  assumption:
    'Durations scatter around the typical values: most land near them and a few run much longer. The widths are the site’s own assumption.',
};

/** Horizon and seed used by the comparison and simulation. */
export const COMPARISON_EXTRA_SPECS = [
  {
    id: 'horizonMonths',
    key: 'hz',
    label: 'Months to compare',
    unit: 'months',
    min: 1,
    max: 120,
    step: 1,
    default: 36,
    assumption:
      'Three years, a common contract term. One-off costs (onboarding, recruiting) are spread over these months in the yearly figures, so the yearly figures and the chart agree.',
  },
  {
    id: 'seed',
    key: 'sd',
    label: 'Simulation run number',
    unit: 'count',
    min: 1,
    max: 2_147_483_647,
    step: 1,
    default: 1,
    assumption:
      'The same number always gives the same simulated years, so a shared link shows the same chart; change it to see another set of random years.',
  },
] as const satisfies readonly InputSpec[];

// Marked pure: islands get their specs as props (src/islands/props.ts), so a client bundle that
// imports only this module's types and ids can drop the prose entirely.
/** Every field of the comparison calculator: the business, each option's costs, risk and uncertainty. */
export const COMPARISON_SPECS: readonly FieldSpec[] = /* @__PURE__ */ (() => [
  ...PROFILE_SPECS,
  ...REQUEST_SPECS,
  ...BREAK_FIX_SPECS,
  ROUTINE_BY_SPEC,
  ...ROUTINE_SPECS,
  ...TOOL_SPECS,
  PRICING_MODEL_SPEC,
  ...MANAGED_SPECS,
  ...PLAN_INCLUDES_SPECS,
  ...RISK_SPECS,
  ...IN_HOUSE_SPECS,
  SPREAD_SPEC,
  ...COMPARISON_EXTRA_SPECS,
])();
