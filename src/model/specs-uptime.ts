/**
 * The uptime calculator: availability ⇄ downtime over a period, MTBF/MTTR, services in series and copies in
 * parallel. Percent inputs are percentage points.
 */
import type { ChoiceSpec, FieldSpec } from './inputs';

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
