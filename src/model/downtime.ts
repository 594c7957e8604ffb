/**
 * What an outage costs: lost revenue, lost productivity, a recovery tail and other recovery costs.
 * Percent fields are percentage points (37 = 37%).
 */

/** The business whose downtime is being priced. */
export interface BusinessProfile {
  /** Annual revenue, in the display currency. */
  annualRevenue: number;
  /** Hours per year the business operates (revenue is earned over these). Min 1. */
  operatingHours: number;
  /** Percent of revenue that stops while systems are down. */
  revenueAtRisk: number;
  /** Staff who cannot work normally during an outage. */
  staffAffected: number;
  /** Average annual salary per person. */
  annualSalary: number;
  /** Loaded cost ÷ salary (benefits, taxes, space), e.g. 1.3. */
  overheadFactor: number;
  /** Percent of their work that stops during an outage. */
  productivityLoss: number;
  /** Other cost per incident (overtime, re-entry). */
  recoveryCost: number;
  /** Hours after each fix during which work runs below normal. */
  recoveryHours: number;
  /** Percent of work lost during those recovery hours. */
  recoveryLoss: number;
}

/** Inputs of the downtime calculator. */
export interface DowntimeInputs extends BusinessProfile {
  /** Outages per year. */
  incidentsPerYear: number;
  /** Typical length of one outage, in hours. */
  outageHours: number;
}

/** Paid hours per employee per year used to turn a salary into an hourly cost (40 h × 52 weeks). */
export const PAID_HOURS_PER_YEAR = 2080;

/** Loaded hourly cost of one person: salary × overhead ÷ paid hours (default 2,080). */
export function loadedHourlyCost(
  annualSalary: number,
  overheadFactor: number,
  paidHours = PAID_HOURS_PER_YEAR,
): number {
  return paidHours > 0 ? (annualSalary * overheadFactor) / paidHours : 0;
}

/** Per-hour and per-incident rates derived from a profile; the building blocks of every model. */
export interface DowntimeRates {
  /** Loaded hourly cost of one person. */
  loadedHourlyCost: number;
  /** Revenue lost per hour down: revenue ÷ operating hours × share at risk. */
  revenuePerHour: number;
  /** Productivity lost per hour down: staff × loaded cost × share of work stopped. */
  productivityPerHour: number;
  /** revenuePerHour + productivityPerHour. */
  costPerHour: number;
  /** Productivity lost in the recovery tail of one incident: staff × loaded cost × recovery loss × recovery hours. */
  recoveryTailPerIncident: number;
  /** Other recovery cost per incident, as entered. */
  recoveryCostPerIncident: number;
}

/** Derive the hourly and per-incident downtime rates of a business. */
export function downtimeRates(p: BusinessProfile): DowntimeRates {
  const loaded = loadedHourlyCost(p.annualSalary, p.overheadFactor);
  const revenuePerHour = p.operatingHours > 0 ? (p.annualRevenue / p.operatingHours) * (p.revenueAtRisk / 100) : 0;
  const productivityPerHour = p.staffAffected * loaded * (p.productivityLoss / 100);
  return {
    loadedHourlyCost: loaded,
    revenuePerHour,
    productivityPerHour,
    costPerHour: revenuePerHour + productivityPerHour,
    recoveryTailPerIncident: p.staffAffected * loaded * (p.recoveryLoss / 100) * p.recoveryHours,
    recoveryCostPerIncident: p.recoveryCost,
  };
}

/** Cost of one incident that keeps systems down for `outageHours`. */
export function incidentDowntimeCost(rates: DowntimeRates, outageHours: number): number {
  return rates.costPerHour * outageHours + rates.recoveryTailPerIncident + rates.recoveryCostPerIncident;
}

/** Result of the downtime calculator. */
export interface DowntimeResult extends DowntimeRates {
  /** Cost of one typical outage including its recovery. */
  perIncident: number;
  /** Expected cost per year. */
  perYear: number;
  /** Hours down per year (incidents × outage length), recovery excluded. */
  hoursDownPerYear: number;
  /** Where the yearly cost comes from; the parts sum to perYear. */
  perYearBreakdown: { revenue: number; productivity: number; recoveryTail: number; recoveryCost: number };
}

/** The downtime calculator: cost per hour, per incident and per year, with its breakdown. */
export function downtimeCost(inputs: DowntimeInputs): DowntimeResult {
  const r = downtimeRates(inputs);
  const n = inputs.incidentsPerYear;
  const h = inputs.outageHours;
  const perYearBreakdown = {
    revenue: n * h * r.revenuePerHour,
    productivity: n * h * r.productivityPerHour,
    recoveryTail: n * r.recoveryTailPerIncident,
    recoveryCost: n * r.recoveryCostPerIncident,
  };
  return {
    ...r,
    perIncident: incidentDowntimeCost(r, h),
    perYear:
      perYearBreakdown.revenue +
      perYearBreakdown.productivity +
      perYearBreakdown.recoveryTail +
      perYearBreakdown.recoveryCost,
    hoursDownPerYear: n * h,
    perYearBreakdown,
  };
}
