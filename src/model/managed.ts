/**
 * Managed services: a fixed monthly fee (per user, per device or flat), an onboarding fee, out-of-scope
 * project work, and the downtime of the incidents that still happen (response per the SLA, plus the fix).
 */
import { type DowntimeRates, incidentDowntimeCost } from './downtime';
import type { PricingModel } from './specs';

/** Inputs of the managed side. Percent fields are percentage points. */
export interface ManagedInputs {
  pricingModel: PricingModel;
  /** Users covered (per-user pricing). */
  users: number;
  perUserMonthly: number;
  /** Workstations and servers covered (per-device pricing). */
  workstations: number;
  workstationMonthly: number;
  servers: number;
  serverMonthly: number;
  /** Package price (flat pricing). */
  flatMonthly: number;
  /** One-off onboarding fee as a percent of one month's fee. */
  onboardingPercent: number;
  /** Contract length in months; the onboarding fee is spread over it in annual figures. Min 1. */
  contractMonths: number;
  /** Out-of-scope project hours per year and their rate. */
  projectHours: number;
  projectRate: number;
  /** Percent of incidents the plan prevents: the reader's assumption, no research default. */
  incidentReduction: number;
  /** Hours until the provider starts work (SLA response). */
  slaResponseHours: number;
  /** Incidents per year without the plan (shared with break/fix). */
  incidentsPerYear: number;
  /** Typical fix hours per incident (shared with break/fix). */
  fixHours: number;
}

/** Expected managed cost per month and per year. */
export interface ManagedResult {
  /** Recurring fee per month under the chosen pricing. */
  monthlyFee: number;
  /** One-off onboarding fee (charged in month 1). */
  onboardingFee: number;
  /** Incidents per year that still happen: incidents × (1 − reduction). */
  residualIncidentsPerYear: number;
  /** Expected outage per remaining incident: SLA response + fix. */
  outageHoursPerIncident: number;
  /** Downtime cost of one remaining incident, recovery included. */
  downtimePerIncident: number;
  /** Yearly totals; fees + onboarding + projects + downtime = total. Onboarding is fee × 12 ÷ contract months. */
  annual: { fees: number; onboarding: number; projects: number; downtime: number; total: number };
  /** Cost per month after month 1 (fees + projects/12 + downtime/12), used for the cumulative chart. */
  runningMonthly: number;
}

/** Recurring monthly fee under the chosen pricing model. */
export function managedMonthlyFee(m: ManagedInputs): number {
  switch (m.pricingModel) {
    case 'per-device':
      return m.workstations * m.workstationMonthly + m.servers * m.serverMonthly;
    case 'flat':
      return m.flatMonthly;
    default:
      return m.users * m.perUserMonthly;
  }
}

/** Expected annual managed cost. Means of durations are kept under any spread, so no sigma is needed. */
export function managedAnnualCost(inputs: ManagedInputs, rates: DowntimeRates): ManagedResult {
  const monthlyFee = managedMonthlyFee(inputs);
  const onboardingFee = monthlyFee * (inputs.onboardingPercent / 100);
  const residual = inputs.incidentsPerYear * (1 - inputs.incidentReduction / 100);
  const outage = inputs.slaResponseHours + inputs.fixHours;
  const downtimePerIncident = incidentDowntimeCost(rates, outage);
  const months = Math.max(1, inputs.contractMonths);
  const annual = {
    fees: 12 * monthlyFee,
    onboarding: (onboardingFee * 12) / months,
    projects: inputs.projectHours * inputs.projectRate,
    downtime: residual * downtimePerIncident,
    total: 0,
  };
  annual.total = annual.fees + annual.onboarding + annual.projects + annual.downtime;
  return {
    monthlyFee,
    onboardingFee,
    residualIncidentsPerYear: residual,
    outageHoursPerIncident: outage,
    downtimePerIncident,
    annual,
    runningMonthly: monthlyFee + (annual.projects + annual.downtime) / 12,
  };
}
