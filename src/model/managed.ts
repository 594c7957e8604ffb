/**
 * Managed services: what the plan is priced on. The yearly cost of a plan (fees, onboarding, what it
 * leaves out, the downtime that remains) is in options.ts, beside every other option.
 */
import type { PricingModel } from './specs';

/** Inputs of the managed fee and plan. Percent fields are percentage points. */
export interface ManagedInputs {
  pricingModel: PricingModel;
  /** People covered (per-user pricing); also the people requests and tools are counted for. */
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
  /** Project and moves-adds-changes hours per year and their rate (charged to every option). */
  projectHours: number;
  projectRate: number;
  /** Percent of outages managed upkeep prevents: the reader's assumption, no research default. */
  incidentReduction: number;
  /** Hours until the provider starts work (SLA response). */
  slaResponseHours: number;
  /** Whole-office outages per year without upkeep (shared with break/fix). */
  incidentsPerYear: number;
  /** Typical fix hours per outage (shared with break/fix). */
  fixHours: number;
}

/** Recurring monthly fee under the chosen pricing model. */
export function managedMonthlyFee(
  m: Pick<
    ManagedInputs,
    | 'pricingModel'
    | 'users'
    | 'perUserMonthly'
    | 'workstations'
    | 'workstationMonthly'
    | 'servers'
    | 'serverMonthly'
    | 'flatMonthly'
  >,
): number {
  switch (m.pricingModel) {
    case 'per-device':
      return m.workstations * m.workstationMonthly + m.servers * m.serverMonthly;
    case 'flat':
      return m.flatMonthly;
    default:
      return m.users * m.perUserMonthly;
  }
}
