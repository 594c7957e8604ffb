/**
 * Break/fix: pay per incident (labour at an hourly rate with minimums, after-hours uplift and trip
 * charges), and bear the downtime of every incident, which lasts the wait for a technician plus the fix.
 */
import { type DowntimeRates, incidentDowntimeCost } from './downtime';
import { expectedMaxLognormal } from './expected';

/** Inputs of the break/fix side. Percent fields are percentage points. */
export interface BreakFixInputs {
  /** Incidents needing a technician per year. */
  incidentsPerYear: number;
  /** Hours from the call until a technician starts work. */
  waitHours: number;
  /** Typical hands-on hours to fix one incident (repair time and billed time). */
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

/** Expected break/fix cost per incident and per year. */
export interface BreakFixResult {
  incidentsPerYear: number;
  /** Expected billed hours per incident: E[max(minimum, fix hours)]. */
  billedHoursPerIncident: number;
  /** Expected labour invoice per incident, after-hours uplift included. */
  labourPerIncident: number;
  /** Expected trip charge per incident (share on site × charge). */
  tripPerIncident: number;
  /** labour + trip. */
  invoicePerIncident: number;
  /** Expected outage per incident: wait + fix. */
  outageHoursPerIncident: number;
  /** Downtime cost of one incident, recovery included. */
  downtimePerIncident: number;
  /** invoice + downtime. */
  costPerIncident: number;
  /** Yearly totals; invoices + downtime = total. */
  annual: { invoices: number; downtime: number; total: number };
}

/** Average rate uplift: 1 + share × (multiplier − 1). */
export function afterHoursFactor(sharePercent: number, multiplier: number): number {
  return 1 + (sharePercent / 100) * (multiplier - 1);
}

/**
 * Expected annual break/fix cost. `sigma` is the log-sd of fix and wait times (0 = exactly the
 * typical values); it only matters through the billing minimum, since the means are kept.
 */
export function breakFixAnnualCost(inputs: BreakFixInputs, rates: DowntimeRates, sigma = 0): BreakFixResult {
  const billed = expectedMaxLognormal(inputs.minimumBilledHours, inputs.fixHours, sigma);
  const labour = billed * inputs.hourlyRate * afterHoursFactor(inputs.afterHoursShare, inputs.afterHoursMultiplier);
  const trip = (inputs.onsiteShare / 100) * inputs.tripCharge;
  const outage = inputs.waitHours + inputs.fixHours;
  const downtime = incidentDowntimeCost(rates, outage);
  const n = inputs.incidentsPerYear;
  return {
    incidentsPerYear: n,
    billedHoursPerIncident: billed,
    labourPerIncident: labour,
    tripPerIncident: trip,
    invoicePerIncident: labour + trip,
    outageHoursPerIncident: outage,
    downtimePerIncident: downtime,
    costPerIncident: labour + trip + downtime,
    annual: { invoices: n * (labour + trip), downtime: n * downtime, total: n * (labour + trip + downtime) },
  };
}
