/**
 * Which of the comparison's inputs it asks first (the quick path) and how it groups the rest, for the
 * reader's pricing model and upkeep: fields the model ignores under them are not shown.
 */
import type { ComparisonInputs } from '../../model/compare';
import { FIRM_DETAIL_IDS, PLAN_INCLUDES_IDS } from '../../model/field-ids';

/** Managed fields that apply under each pricing model (the rest are hidden, as the model ignores them). */
const PRICED: Record<string, string[]> = {
  'per-user': ['perUserMonthly'],
  'per-device': ['workstations', 'workstationMonthly', 'servers', 'serverMonthly'],
  flat: ['flatMonthly'],
};
/** The routine-upkeep field that applies to who does it without a plan. */
const ROUTINE: Record<string, string> = { staff: 'diyHoursPerWeek', technician: 'routineTechHoursPerMonth' };
/** The plain questions asked first (the price quoted depends on how the plan is priced). */
export function quickPath(v: ComparisonInputs): string[] {
  return [
    'staffAffected',
    'annualRevenue',
    'productivityLoss',
    ...(PRICED[v.pricingModel] ?? []).slice(0, 2),
    'hourlyRate',
    'requestsPerUser',
  ].slice(0, 6);
}

/**
 * The other inputs, in named groups collapsed behind a summary of their values, by field id, with only
 * the fields that apply to the current choices. The specs themselves (labels, help, provenance) arrive
 * as props, so the bundle carries no spec prose (src/islands/props.ts).
 */
export function fieldGroups(v: ComparisonInputs): [string, string[]][] {
  const quick = quickPath(v);
  const groups: [string, string[]][] = [
    ['Your business in detail', ['users', ...FIRM_DETAIL_IDS]],
    [
      'Outages and break/fix rates',
      [
        'incidentsPerYear',
        'waitHours',
        'fixHours',
        'minimumBilledHours',
        'afterHoursShare',
        'afterHoursMultiplier',
        'onsiteShare',
        'tripCharge',
      ],
    ],
    ['Everyday requests', ['requestFixHours', 'requestStopShare']],
    ['Routine upkeep without a plan', ['routineBy', ROUTINE[v.routineBy] ?? '']],
    ['Tools bought separately', ['endpointMonthly', 'emailSecurityMonthly', 'backupMonthly', 'monitoringMonthly']],
    [
      'Managed plan',
      [
        'pricingModel',
        ...(PRICED[v.pricingModel] ?? []),
        'onboardingPercent',
        'slaResponseHours',
        'incidentReduction',
        'projectHours',
        'projectRate',
      ],
    ],
    ['What the quoted plan includes', [...PLAN_INCLUDES_IDS]],
    ['Security risk', ['severeChance', 'severeCost', 'severeReduction']],
    [
      'In-house IT',
      [
        'itStaff',
        'itSalary',
        'itEmployerFactor',
        'recruitingCost',
        'itTurnover',
        'itLeaveWeeks',
        'inHouseResponseHours',
        'coManagedPercent',
      ],
    ],
    ['Time and uncertainty', ['horizonMonths', 'spread', 'seed']],
  ];
  return groups.map(([legend, ids]) => [legend, ids.filter((id) => !quick.includes(id))]);
}
