/**
 * The business profile (revenue, hours, staff and what an outage stops), shared by the downtime and comparison
 * calculators, and the downtime calculator's own inputs. Percent inputs are percentage points (37 means 37%).
 * Source ids refer to content/sources.json.
 */
import type { InputSpec } from './inputs';

/**
 * The range and default of the firm's head count: its staff, and the users and devices that take the staff
 * number until set (so they accept the same range).
 */
export const HEAD_COUNT = { unit: 'count', min: 0, max: 100_000, step: 1, default: 20 } as const;

/** The range, default and source of whole-office outages a year, the same in every calculator that asks it. */
export const OUTAGE_RATE = {
  unit: 'perYear',
  min: 0,
  max: 365,
  step: 0.01,
  default: 2.14,
  source: 'aberdeen-2013',
} as const;

/** The business profile shared by the downtime and comparison calculators. */
// Pure, so a bundle that needs only its types drops it (the shared ranges it spreads would keep it otherwise).
export const PROFILE_SPECS = /* @__PURE__ */ (() =>
  [
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
      ...HEAD_COUNT,
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
  ] as const satisfies readonly InputSpec[])();

// Marked pure: islands get their specs as props (src/islands/props.ts), so a client bundle that
// imports only this module's types and ids can drop the prose entirely.
/** Downtime cost calculator: the profile plus how often and how long. */
export const DOWNTIME_SPECS = /* @__PURE__ */ (() =>
  [
    ...PROFILE_SPECS,
    {
      id: 'incidentsPerYear',
      key: 'inc',
      label: 'Outages per year',
      ...OUTAGE_RATE,
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
