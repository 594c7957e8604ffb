/**
 * The managed side of the comparison: how the plan is priced (per user, per device, flat) and its numeric fields
 * (prices, onboarding, project work, outages prevented, response time). Percent inputs are percentage points.
 * Source ids refer to content/sources.json.
 */
import type { ChoiceSpec, InputSpec } from './inputs';
import { TECHNICIAN_RATE } from './specs-break-fix';

/** How a managed plan is priced. */
export type PricingModel = 'per-user' | 'per-device' | 'flat';

/** Managed side of the comparison (numeric fields). */
// Pure, so a bundle that needs only its types drops it (the shared ranges it spreads would keep it otherwise).
export const MANAGED_SPECS = /* @__PURE__ */ (() =>
  [
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
      ...TECHNICIAN_RATE,
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
  ] as const satisfies readonly InputSpec[])();

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
