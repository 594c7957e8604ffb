/**
 * The input specs of every calculator: bounds, defaults and where each default comes from.
 * Percent inputs are percentage points (37 means 37%). Source ids refer to content/sources.json.
 */
import type { ChoiceSpec, FieldSpec, InputSpec } from './inputs';
import { CURRENCIES, LOCALES } from './format';
import {
  IN_HOUSE_SPECS,
  PLAN_INCLUDES_SPECS,
  REQUEST_SPECS,
  RISK_SPECS,
  ROUTINE_BY_SPEC,
  ROUTINE_SPECS,
  TOOL_SPECS,
} from './specs-support';

export * from './specs-support';

// Spreads and maps below are marked pure: islands get their specs as props (src/islands/props.ts), so
// a client bundle that imports only this module's types and ids can drop the prose entirely.

/** The business profile shared by the downtime and comparison calculators. */
export const PROFILE_SPECS = [
  {
    id: 'annualRevenue',
    key: 'rev',
    label: 'Annual revenue',
    unit: 'currency',
    min: 0,
    max: 1_000_000_000,
    step: 1000,
    default: 2_000_000,
    assumption: 'An illustrative small firm of about 20 staff; replace it with your own figure.',
  },
  {
    id: 'operatingHours',
    key: 'hrs',
    label: 'Operating hours per year',
    unit: 'hours',
    min: 1,
    max: 8760,
    step: 1,
    default: 2080,
    assumption: '40 hours a week for 52 weeks. Use 8,760 for a business that trades around the clock.',
  },
  {
    id: 'revenueAtRisk',
    key: 'rr',
    label: 'Share of revenue lost while systems are down',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 29,
    source: 'ca-2010',
    sourceNote: 'A 2010 survey found revenue-earning ability fell by 29% during outages.',
    help: 'How much of each hour’s revenue stops when IT stops. Cash sales with a paper fallback: low; online orders: high.',
  },
  {
    id: 'staffAffected',
    key: 'st',
    label: 'Staff who cannot work normally during an outage',
    unit: 'count',
    min: 0,
    max: 100_000,
    step: 1,
    default: 20,
    assumption: 'An illustrative firm of 20 staff, all relying on the same systems.',
  },
  {
    id: 'annualSalary',
    key: 'sal',
    label: 'Average salary per person',
    unit: 'currency',
    min: 0,
    max: 1_000_000,
    step: 500,
    default: 55_000,
    assumption: 'An illustrative office salary; replace it with your own average.',
  },
  {
    id: 'overheadFactor',
    key: 'ovh',
    label: 'Overhead factor on salary (benefits, taxes, space)',
    unit: 'multiplier',
    min: 1,
    max: 3,
    step: 0.05,
    default: 1.3,
    assumption:
      'Loaded staff cost is commonly put at 1.25–1.4 times salary; 1.3 sits inside that rule of thumb, which has no single source.',
  },
  {
    id: 'productivityLoss',
    key: 'pl',
    label: 'Share of work that stops during an outage',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 37,
    source: 'ca-2011',
    sourceNote:
      'A 2011 survey of 2,000 organizations found staff worked at 63% of normal during downtime, a 37% loss (44% in firms of 50–499 staff).',
  },
  {
    id: 'recoveryCost',
    key: 'rc',
    label: 'Other recovery cost per incident',
    unit: 'currency',
    min: 0,
    max: 10_000_000,
    step: 10,
    default: 0,
    assumption: 'Overtime, re-entering data, courier fees: too specific to guess, so it starts at zero.',
  },
  {
    id: 'recoveryHours',
    key: 'rh',
    label: 'Recovery time after each fix',
    unit: 'hours',
    min: 0,
    max: 168,
    step: 0.25,
    default: 1,
    source: 'ca-2010',
    sourceNote:
      'The 2010 survey reported about 7.5 hours of recovery for every 10 hours down; 1 hour after a typical outage keeps roughly that proportion.',
  },
  {
    id: 'recoveryLoss',
    key: 'rl',
    label: 'Share of work lost during recovery',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 30,
    source: 'ca-2011',
    sourceNote: 'Staff worked at 70% of normal while systems recovered, a 30% loss.',
  },
] as const satisfies readonly InputSpec[];

/** Downtime cost calculator: the profile plus how often and how long. */
export const DOWNTIME_SPECS = /* @__PURE__ */ (() =>
  [
    ...PROFILE_SPECS,
    {
      id: 'incidentsPerYear',
      key: 'inc',
      label: 'Outages per year',
      unit: 'perYear',
      min: 0,
      max: 365,
      step: 0.01,
      default: 2.14,
      source: 'aberdeen-2013',
      sourceNote: 'Average firms reported 2.14 downtime events a year; the worst performers 3.92.',
    },
    {
      id: 'outageHours',
      key: 'dur',
      label: 'Typical outage length',
      unit: 'hours',
      min: 0,
      max: 720,
      step: 0.05,
      default: 1.5,
      source: 'aberdeen-2013',
      sourceNote: 'Average firms reported outages of about 89.5 minutes; the worst performers 17.8 hours.',
    },
  ] as const satisfies readonly InputSpec[])();

/** How widely real incidents scatter around the typical values entered. */
export type Spread = 'low' | 'medium' | 'high';

/** Break/fix side of the comparison. */
export const BREAK_FIX_SPECS = [
  {
    id: 'incidentsPerYear',
    key: 'inc',
    label: 'Whole-office outages per year',
    unit: 'perYear',
    min: 0,
    max: 365,
    step: 0.01,
    default: 2.14,
    source: 'aberdeen-2013',
    sourceNote:
      'Average firms reported 2.14 downtime events a year (the worst performers 3.92). These are outages that stop many people; one-person problems are counted as requests.',
    help: 'Server, internet, email or a shared application down for everyone. Everyday one-person problems are counted separately.',
  },
  {
    id: 'waitHours',
    key: 'wt',
    label: 'Wait for a break/fix technician',
    unit: 'hours',
    min: 0,
    max: 240,
    step: 0.25,
    default: 4,
    assumption:
      'No survey measures break/fix response times; accounts are anecdotal and range up to days. 4 hours is the site’s own assumption.',
  },
  {
    id: 'fixHours',
    key: 'fix',
    label: 'Hands-on time to fix an outage',
    unit: 'hours',
    min: 0,
    max: 200,
    step: 0.25,
    default: 2,
    assumption:
      'No survey measures this; 2 hours is the site’s own assumption. It is both the outage’s repair time and the time billed.',
  },
  {
    id: 'hourlyRate',
    key: 'hr',
    label: 'Technician hourly rate',
    unit: 'currencyPerHour',
    min: 0,
    max: 1000,
    step: 5,
    default: 150,
    source: 'rate-cards',
    sourceNote: 'Published rate cards show $100–$250 an hour.',
  },
  {
    id: 'afterHoursShare',
    key: 'ah',
    label: 'Share of outages billed at after-hours rates',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 20,
    assumption: 'The site’s own assumption: most calls happen in office hours, some cannot wait.',
  },
  {
    id: 'afterHoursMultiplier',
    key: 'ahm',
    label: 'After-hours rate multiplier',
    unit: 'multiplier',
    min: 1,
    max: 4,
    step: 0.05,
    default: 1.5,
    source: 'rate-cards',
    sourceNote: 'Rate cards charge 1.5–2 times the normal rate after hours or for emergencies.',
  },
  {
    id: 'minimumBilledHours',
    key: 'min',
    label: 'Minimum billed time per call',
    unit: 'hours',
    min: 0,
    max: 8,
    step: 0.25,
    default: 1,
    source: 'rate-cards',
    sourceNote: 'A one-hour minimum is common on published rate cards.',
  },
  {
    id: 'onsiteShare',
    key: 'os',
    label: 'Share of calls needing a site visit',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 50,
    assumption: 'The site’s own assumption; remote fixes avoid the trip charge.',
  },
  {
    id: 'tripCharge',
    key: 'tc',
    label: 'Trip charge per site visit',
    unit: 'currency',
    min: 0,
    max: 1000,
    step: 5,
    default: 45,
    source: 'rate-cards',
    sourceNote: 'Rate cards show trip charges of $40–$50.',
  },
] as const satisfies readonly InputSpec[];

/** How a managed plan is priced. */
export type PricingModel = 'per-user' | 'per-device' | 'flat';

/** Managed side of the comparison (numeric fields). */
export const MANAGED_SPECS = [
  {
    id: 'perUserMonthly',
    key: 'pu',
    label: 'Price per user per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 1000,
    step: 5,
    default: 150,
    source: 'msp-pricing-guides',
    sourceNote: 'MSP pricing guides show $100–$250 per user per month, most $100–$200. Vendor pages, not a survey.',
  },
  {
    id: 'workstations',
    key: 'ws',
    label: 'Workstations covered',
    unit: 'count',
    min: 0,
    max: 100_000,
    step: 1,
    default: 20,
    assumption: 'One workstation per person in the illustrative firm.',
  },
  {
    id: 'workstationMonthly',
    key: 'wsp',
    label: 'Price per workstation per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 1000,
    step: 5,
    default: 80,
    source: 'msp-pricing-guides',
    sourceNote: 'Pricing guides show $50–$120 per workstation per month.',
  },
  {
    id: 'servers',
    key: 'sv',
    label: 'Servers covered',
    unit: 'count',
    min: 0,
    max: 10_000,
    step: 1,
    default: 2,
    assumption: 'An illustrative small firm with two servers.',
  },
  {
    id: 'serverMonthly',
    key: 'svp',
    label: 'Price per server per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 5000,
    step: 5,
    default: 200,
    source: 'msp-pricing-guides',
    sourceNote: 'Pricing guides show $100–$395 per server per month.',
  },
  {
    id: 'flatMonthly',
    key: 'fm',
    label: 'Flat package price per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 1_000_000,
    step: 10,
    default: 3000,
    assumption: 'Package prices are rarely published; this equals the per-user default for 20 users.',
  },
  {
    id: 'onboardingPercent',
    key: 'ob',
    label: 'Onboarding fee (percent of one month’s fee)',
    unit: 'percent',
    min: 0,
    max: 500,
    step: 1,
    default: 40,
    source: 'sample-quote',
    sourceNote: 'One published sample quote charged 40% of a month’s fee. A single example, so treat it as weak.',
  },
  {
    id: 'projectHours',
    key: 'ph',
    label: 'Project hours per year (moves, installs, upgrades)',
    unit: 'hours',
    min: 0,
    max: 10_000,
    step: 1,
    default: 10,
    assumption:
      'The site’s own assumption. Plans usually exclude project work, and a firm without a plan pays for the same jobs, so it is charged to every option alike.',
  },
  {
    id: 'projectRate',
    key: 'pr',
    label: 'Hourly rate for out-of-scope work',
    unit: 'currencyPerHour',
    min: 0,
    max: 1000,
    step: 5,
    default: 150,
    source: 'rate-cards',
    sourceNote: 'Published rate cards show $100–$250 an hour.',
  },
  {
    id: 'incidentReduction',
    key: 'red',
    label: 'Outages prevented by managed upkeep',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    default: 50,
    assumption:
      'Your assumption to set. No research supports a default: every published figure found was vendor marketing. 50% is the site’s own placeholder.',
    help: 'Proactive monitoring and patching should prevent some outages; how many is unknown. Try 0% to see the case where it prevents none. It applies to every option where someone does the upkeep.',
  },
  {
    id: 'slaResponseHours',
    key: 'sla',
    label: 'Managed response time (SLA)',
    unit: 'hours',
    min: 0,
    max: 72,
    step: 0.25,
    default: 1,
    source: 'msp-sla-examples',
    sourceNote: 'Published MSP SLAs promise 15–60 minutes for critical issues; 1 hour is the slow end.',
  },
] as const satisfies readonly InputSpec[];

/** Choice: how the managed plan is priced. */
export const PRICING_MODEL_SPEC: ChoiceSpec<'pricingModel', PricingModel> = {
  id: 'pricingModel',
  key: 'pm',
  label: 'Managed pricing',
  unit: 'choice',
  default: 'per-user',
  options: [
    { id: 'per-user', label: 'Per user' },
    { id: 'per-device', label: 'Per device' },
    { id: 'flat', label: 'Flat package' },
  ],
  source: 'msp-pricing-guides',
  sourceNote: 'Per-user pricing is the most common form in MSP pricing guides.',
};

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

/** Display settings shared by all calculators: currency and locale. */
export const CURRENCY_SPEC: ChoiceSpec<'currency', (typeof CURRENCIES)[number]> = {
  id: 'currency',
  key: 'cur',
  label: 'Currency',
  unit: 'choice',
  default: 'USD',
  options: /* @__PURE__ */ CURRENCIES.map((c) => ({ id: c, label: c })),
  assumption: 'Amounts are entered and shown in one currency; nothing is converted.',
};

/** Locale for number formatting; empty string means "the currency's default locale". */
export const LOCALE_SPEC: ChoiceSpec<'locale', string> = {
  id: 'locale',
  key: 'loc',
  label: 'Number format',
  unit: 'choice',
  default: '',
  options: /* @__PURE__ */ (() => [
    { id: '', label: 'Currency default' },
    ...LOCALES.map((l) => ({ id: l, label: l })),
  ])(),
  assumption: 'Formatting only.',
};

/** Settings fields, decoded alongside any calculator. */
export const SETTINGS_SPECS: readonly FieldSpec[] = [CURRENCY_SPEC, LOCALE_SPEC];

/** Period choice for the uptime calculator's downtime → availability direction. */
export const PERIOD_SPEC: ChoiceSpec<'period', 'year' | 'month' | 'week' | 'day'> = {
  id: 'period',
  key: 'per',
  label: 'Downtime measured per',
  unit: 'choice',
  default: 'month',
  options: [
    { id: 'year', label: 'Year (365 days)' },
    { id: 'month', label: 'Month (30 days)' },
    { id: 'week', label: 'Week' },
    { id: 'day', label: 'Day' },
  ],
  assumption: 'SLAs usually measure availability per calendar month; 30 days is the convention used here.',
};

/** Uptime calculator: availability ↔ downtime, MTBF/MTTR, series and parallel. */
export const UPTIME_SPECS: readonly FieldSpec[] = [
  {
    id: 'availability',
    key: 'a',
    label: 'Availability',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 0.0001,
    default: 99.9,
    assumption: 'A common service-level figure; the downtime it allows is exact arithmetic.',
  },
  {
    id: 'downtimeMinutes',
    key: 'dm',
    label: 'Downtime',
    unit: 'minutes',
    min: 0,
    max: 525_600,
    step: 0.01,
    default: 43.2,
    assumption: '43.2 minutes a month is what 99.9% allows, so both directions start in agreement.',
  },
  PERIOD_SPEC,
  {
    id: 'mtbfHours',
    key: 'bf',
    label: 'Mean time between failures',
    unit: 'hours',
    min: 0,
    max: 1_000_000,
    step: 1,
    default: 720,
    assumption: 'One failure a month, as an example.',
  },
  {
    id: 'mttrHours',
    key: 'tr',
    label: 'Mean time to repair',
    unit: 'hours',
    min: 0,
    max: 10_000,
    step: 0.25,
    default: 4,
    assumption: 'An example repair time; compare the break/fix wait plus fix with a managed SLA.',
  },
  {
    id: 'services',
    key: 'n',
    label: 'Services that must all work',
    unit: 'count',
    min: 1,
    max: 20,
    step: 1,
    default: 3,
    source: 'treynor-2017',
    sourceNote: 'Services in series multiply: three at 99.9% give about 99.7%.',
  },
  {
    id: 'copies',
    key: 'r',
    label: 'Redundant copies (one must work)',
    unit: 'count',
    min: 1,
    max: 10,
    step: 1,
    default: 2,
    assumption: 'A pair, the usual first step in redundancy.',
  },
];
