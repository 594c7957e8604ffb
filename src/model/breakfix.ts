/**
 * Break/fix: pay per call (labour at an hourly rate with minimums, after-hours uplift and trip
 * charges), and bear the downtime of every problem, which lasts the wait for a technician plus the fix.
 * The yearly cost of break/fix, beside every other option, is in options.ts.
 */

/** Inputs of the break/fix side. Percent fields are percentage points. */
export interface BreakFixInputs {
  /** Whole-office outages per year. */
  incidentsPerYear: number;
  /** Hours from the call until a technician starts work. */
  waitHours: number;
  /** Typical hands-on hours to fix one outage (repair time and billed time). */
  fixHours: number;
  /** Technician's hourly rate. */
  hourlyRate: number;
  /** Percent of incidents billed at the after-hours rate. */
  afterHoursShare: number;
  /** After-hours rate ÷ normal rate. */
  afterHoursMultiplier: number;
  /** Minimum hours billed per call. */
  minimumBilledHours: number;
  /** Percent of incidents needing a site visit. */
  onsiteShare: number;
  /** Charge per site visit. */
  tripCharge: number;
}

/** Average rate uplift: 1 + share × (multiplier − 1). */
export function afterHoursFactor(sharePercent: number, multiplier: number): number {
  return 1 + (sharePercent / 100) * (multiplier - 1);
}
