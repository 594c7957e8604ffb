/**
 * What a firm pays for IT support beyond outages, on every side of the comparison: everyday requests,
 * routine upkeep, the tools a managed fee usually bundles, and what the quoted plan includes.
 * Percent inputs are percentage points. Source ids refer to content/sources.json; every other default is
 * labelled as the site's assumption.
 */
import type { ChoiceOption, ChoiceSpec, InputSpec } from './inputs';
import { HEAD_COUNT } from './specs-profile';

/** Everyday requests and one-person problems (password, laptop, printer, new starter, software). */
// Pure, so a bundle that needs only its types drops it (the shared ranges it spreads would keep it otherwise).
export const REQUEST_SPECS = /* @__PURE__ */ (() =>
  [
    {
      id: 'users',
      key: 'u',
      label: 'People who use a computer for work',
      ...HEAD_COUNT,
      follows: 'staffAffected',
      assumption:
        'The same illustrative 20-person firm; until you set it, the number of staff affected by an outage. Requests and per-user tools are counted for these people.',
    },
    {
      id: 'requestsPerUser',
      key: 'rq',
      label: 'Requests needing a technician, per person per year',
      unit: 'perYear',
      min: 0,
      max: 120,
      step: 0.1,
      default: 2,
      source: 'hdi-2020',
      sourceNote:
        'No public benchmark counts tickets per user. HDI’s worked example uses 1.25 tickets per user a month (15 a year) for all tickets, most of which a firm without a plan handles itself or lives with. 2 a person a year reaching a paid technician (40 calls for 20 people) is the site’s own assumption: set it from your own invoices.',
      help: 'Password lock-outs, a broken laptop, a printer, a new starter’s set-up, a software fault: the calls you would pay someone for.',
    },
    {
      id: 'requestFixHours',
      key: 'rqf',
      label: 'Hands-on time per request',
      unit: 'hours',
      min: 0,
      max: 40,
      step: 0.25,
      default: 1,
      assumption:
        'The site’s own assumption. Remote help-desk fixes often take minutes (MetricNet’s rule of thumb is about 10), but a call-out is billed at its minimum.',
    },
    {
      id: 'requestStopShare',
      key: 'rqs',
      label: 'Share of requests that stop the person working',
      unit: 'percent',
      min: 0,
      max: 100,
      step: 1,
      default: 22,
      source: 'fixify-2026',
      sourceNote:
        'In 50,000+ help-desk tickets from 30+ organizations, 22% stopped the employee working until fixed. A vendor’s dataset.',
    },
  ] as const satisfies readonly InputSpec[])();

/** Who does the routine upkeep when there is no plan. */
export type RoutineBy = 'staff' | 'technician';

/** Choice: who does patching, backup checks and set-ups without a plan. */
export const ROUTINE_BY_SPEC: ChoiceSpec<'routineBy', RoutineBy> = {
  id: 'routineBy',
  key: 'rb',
  label: 'Routine upkeep without a plan is done by',
  unit: 'choice',
  default: 'staff',
  options: [
    { id: 'staff', label: 'Someone on our staff' },
    { id: 'technician', label: 'A paid technician' },
  ],
  source: 'nfib-it',
  sourceNote:
    'In a national poll of small US employers the owner or manager was the firm’s IT expert in 44% of firms and an employee in 32%; an outside provider in 17%.',
};

/** Routine upkeep a firm still needs without a plan: patching, backup checks, monitoring, on/offboarding. */
export const ROUTINE_SPECS = [
  {
    id: 'diyHoursPerWeek',
    key: 'diy',
    label: 'Staff time spent on IT, hours a week',
    unit: 'hours',
    min: 0,
    max: 168,
    step: 0.5,
    default: 6,
    source: 'ami-2013',
    sourceNote:
      'A study of 538 “involuntary IT managers” in firms of up to 100 staff found they lost about 6 hours a week of normal work to IT. A vendor-sponsored survey; 2–6 hours is the range other polls give.',
    help: 'Time the owner or a colleague spends on patching, checking backups, setting up new starters and chasing suppliers.',
  },
  {
    id: 'routineTechHoursPerMonth',
    key: 'rtm',
    label: 'Technician hours a month for routine upkeep',
    unit: 'hours',
    min: 0,
    max: 744,
    step: 0.5,
    default: 4,
    assumption: 'The site’s own assumption for a paid technician doing the same upkeep faster than a non-specialist.',
  },
] as const satisfies readonly InputSpec[];

/** Tools a managed fee usually bundles, bought separately under break/fix (per person per month). */
export const TOOL_SPECS = [
  {
    id: 'endpointMonthly',
    key: 'te',
    label: 'Endpoint protection, per person per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 100,
    step: 0.5,
    default: 3,
    source: 'microsoft-security-prices',
    sourceNote:
      'Microsoft Defender for Business is about $3 a user a month on its own; premium products start near $8 a device.',
  },
  {
    id: 'emailSecurityMonthly',
    key: 'tm',
    label: 'Email security, per person per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 100,
    step: 0.5,
    default: 2,
    source: 'microsoft-security-prices',
    sourceNote: 'Defender for Office 365 Plan 1 is about $2 a user a month (Plan 2 about $5).',
  },
  {
    id: 'backupMonthly',
    key: 'tb',
    label: 'Backup, per person per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 100,
    step: 0.5,
    default: 2,
    source: 'backup-prices',
    sourceNote:
      'Third-party Microsoft 365 backup costs providers $0.80–$1.90 a user; Microsoft’s own is $0.15 a GB (about $7.50 for 50 GB). 2 is near the low end.',
  },
  {
    id: 'monitoringMonthly',
    key: 'tr',
    label: 'Remote monitoring tool, per person per month',
    unit: 'currencyPerMonth',
    min: 0,
    max: 100,
    step: 0.5,
    default: 0,
    assumption:
      'Monitoring-tool prices are not published. A firm without a plan rarely buys one (the upkeep time above covers checking by hand), so it starts at zero.',
  },
] as const satisfies readonly InputSpec[];

/** A yes/no answer about what the quoted plan includes. */
export type Included = 'yes' | 'no';

const INCLUDES_NOTE =
  'A published managed-services agreement’s top tier includes help desk, monitoring, endpoint protection, security services and backup; some providers bill licenses on top. Check your quote.';

/** The answers to "does the plan include it?", a question the comparison and every quote ask. */
export const INCLUDED_OPTIONS: readonly ChoiceOption<Included>[] = [
  { id: 'yes', label: 'Included' },
  { id: 'no', label: 'Not included' },
];

function includes<Id extends string>(id: Id, key: string, label: string): ChoiceSpec<Id, Included> {
  return {
    id,
    key,
    label,
    unit: 'choice',
    default: 'yes',
    options: INCLUDED_OPTIONS,
    source: 'msa-template',
    sourceNote: INCLUDES_NOTE,
  };
}

/** The checklist of what the quoted plan includes: included moves a cost off the managed side. */
// Pure, so a bundle that only needs the ids and types drops the labels and the note.
export const PLAN_INCLUDES_SPECS = /* @__PURE__ */ (() =>
  [
    includes('includesHelpDesk', 'ih', 'Help desk for everyday requests'),
    includes('includesMaintenance', 'im', 'Routine upkeep (patching, backup checks, set-ups)'),
    includes('includesEndpoint', 'ie', 'Endpoint protection'),
    includes('includesEmailSecurity', 'iem', 'Email security'),
    includes('includesBackup', 'ib', 'Backup'),
    includes('includesMonitoring', 'imo', 'Remote monitoring'),
  ] as const)();
