/**
 * What the comparison's options are and what their costs are made of: the option ids, the inputs, the
 * eleven parts of a yearly cost and the per-event figures. Types and constants only; ./options.ts prices them.
 */
import type { BreakFixInputs } from './breakfix';
import type { BusinessProfile, DowntimeRates } from './downtime';
import type { ManagedInputs } from './managed';
import type { Included, RoutineBy } from './specs-support';
import type { Spread } from './specs';

/** The ways of buying support the comparison prices, in display order. */
export const OPTION_IDS = ['breakFix', 'managed', 'inHouse', 'coManaged'] as const;
/** One way of buying support. */
export type OptionId = (typeof OPTION_IDS)[number];

/** Inputs beyond outages and the managed fee: requests, upkeep, tools, plan scope, risk, in-house. */
export interface SupportInputs {
  users: number;
  requestsPerUser: number;
  requestFixHours: number;
  requestStopShare: number;
  routineBy: RoutineBy;
  diyHoursPerWeek: number;
  routineTechHoursPerMonth: number;
  endpointMonthly: number;
  emailSecurityMonthly: number;
  backupMonthly: number;
  monitoringMonthly: number;
  includesHelpDesk: Included;
  includesMaintenance: Included;
  includesEndpoint: Included;
  includesEmailSecurity: Included;
  includesBackup: Included;
  includesMonitoring: Included;
  severeChance: number;
  severeCost: number;
  severeReduction: number;
  itStaff: number;
  itSalary: number;
  itEmployerFactor: number;
  recruitingCost: number;
  itTurnover: number;
  itLeaveWeeks: number;
  inHouseResponseHours: number;
  coManagedPercent: number;
}

/** Every input of the comparison calculator (see COMPARISON_SPECS). */
export interface ComparisonInputs
  extends BusinessProfile, BreakFixInputs, Omit<ManagedInputs, 'incidentsPerYear' | 'fixHours'>, SupportInputs {
  /** How widely durations scatter (affects expected billed hours and the simulation). */
  spread: Spread;
  /** Months compared; one-off costs are spread over them in yearly figures. */
  horizonMonths: number;
  /** Seed for the simulation. */
  seed: number;
}

/** One option's yearly cost, part by part. Every part is ≥ 0; cash parts + downtime parts + risk = total. */
export interface CostParts {
  /** Technician invoices for whole-office outages. */
  outageInvoices: number;
  /** Technician invoices for everyday requests and one-person problems. */
  requestInvoices: number;
  /** Routine upkeep: a technician's invoices, or staff time at their loaded cost. */
  upkeep: number;
  /** A provider's recurring fees. */
  fees: number;
  /** One-off costs (onboarding, first recruiting) spread over the months compared. */
  oneOff: number;
  /** Employed IT staff: salary × employer cost, plus recruiting again when someone leaves. */
  itStaff: number;
  /** Security, backup and monitoring tools bought separately. */
  tools: number;
  /** Project and moves-adds-changes work, priced the same for every option. */
  projects: number;
  /** Estimated lost revenue and work while the office is down. */
  outageDowntime: number;
  /** Estimated lost work of people waiting for their own problem to be fixed. */
  requestDowntime: number;
  /** Yearly chance × cost of a severe security incident. */
  risk: number;
}

/** Which parts are cash, which estimated downtime; `risk` is the rest. */
export const CASH_PARTS = [
  'outageInvoices',
  'requestInvoices',
  'upkeep',
  'fees',
  'oneOff',
  'itStaff',
  'tools',
  'projects',
] as const;
export const DOWNTIME_PARTS = ['outageDowntime', 'requestDowntime'] as const;

/** One option's yearly cost with its subtotals and what the cumulative chart needs. */
export interface OptionCost {
  parts: CostParts;
  /** Sum of the cash parts: bills, fees, salaries, tools and staff time spent on IT. */
  cash: number;
  /** Sum of the downtime parts. */
  downtime: number;
  risk: number;
  /** cash + downtime + risk. */
  total: number;
  /** One-off costs charged in month 1 of the chart. */
  upfront: number;
  /** Every other cost, per month. */
  perMonth: number;
  /** Whole-office outages a year that still happen under this option. */
  outages: number;
  /** Hours the office is down per outage: the wait for help plus the fix. */
  outageHours: number;
}

/** Per-event figures shared by the options and the simulation. */
export interface EventRates {
  rates: DowntimeRates;
  /** Expected break/fix invoice for one outage (billing minimum, after-hours uplift, trip charge). */
  outageInvoice: number;
  /** Expected break/fix invoice for one request (billing minimum, trip charge; office hours). */
  requestInvoice: number;
  /** Requests a year: people × requests per person. */
  requests: number;
  /** Lost work of one person for each hour their request waits or is worked on. */
  requestHourCost: number;
  /** Routine upkeep without a plan, per year. */
  upkeep: number;
  /** Yearly cost of each tool line for all users. */
  tools: { endpoint: number; emailSecurity: number; backup: number; monitoring: number };
}
