/**
 * The break/fix side of the comparison: whole-office outages, the wait and the fix, and how a technician bills
 * (rate, after-hours uplift, minimum, trip charge). Percent inputs are percentage points.
 * Source ids refer to content/sources.json.
 */
import type { InputSpec } from './inputs';
import { OUTAGE_RATE } from './specs-profile';

/** The range, default and source of a technician's hourly rate (published rate cards). */
export const TECHNICIAN_RATE = {
  unit: 'currencyPerHour',
  min: 0,
  max: 1000,
  step: 5,
  default: 150,
  source: 'rate-cards',
  sourceNote: 'Published rate cards show $100–$250 an hour.',
} as const;

/** Break/fix side of the comparison. */
// Pure, so a bundle that needs only its types drops it (the shared ranges it spreads would keep it otherwise).
export const BREAK_FIX_SPECS = /* @__PURE__ */ (() =>
  [
    {
      id: 'incidentsPerYear',
      key: 'inc',
      label: 'Whole-office outages per year',
      ...OUTAGE_RATE,
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
      ...TECHNICIAN_RATE,
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
  ] as const satisfies readonly InputSpec[])();
