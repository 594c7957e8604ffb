/**
 * Groups of field ids that more than one calculator asks together, in the order they ask them. Ids only, no
 * spec prose, so islands can import them; the specs are in ./specs.ts.
 */

/** The firm beyond its revenue and size: opening hours, revenue at risk, pay and overhead, recovery after an outage. */
export const FIRM_DETAIL_IDS = [
  'operatingHours',
  'revenueAtRisk',
  'annualSalary',
  'overheadFactor',
  'recoveryHours',
  'recoveryLoss',
  'recoveryCost',
] as const;

/** What a firm without a plan does and buys itself: who does the routine upkeep, its hours, and the tools. */
export const WITHOUT_PLAN_IDS = [
  'routineBy',
  'diyHoursPerWeek',
  'routineTechHoursPerMonth',
  'endpointMonthly',
  'emailSecurityMonthly',
  'backupMonthly',
  'monitoringMonthly',
] as const;

/** What the quoted plan includes (PLAN_INCLUDES_SPECS). */
export const PLAN_INCLUDES_IDS = [
  'includesHelpDesk',
  'includesMaintenance',
  'includesEndpoint',
  'includesEmailSecurity',
  'includesBackup',
  'includesMonitoring',
] as const;
