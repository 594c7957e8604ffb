/**
 * Hand-worked inputs shared by the model tests. Round numbers so every figure can be checked on paper.
 * Not a test file itself (no `.test.ts` suffix), only imported by tests.
 */
import type { BusinessProfile, ComparisonInputs, DowntimeInputs } from './index';

/**
 * revenue/hour = 1,040,000 ÷ 2,080 h × 50% = 500 × 0.5 = 250
 * loaded cost   = 52,000 × 1.25 ÷ 2,080 h = 31.25/h
 * productivity  = 10 staff × 31.25 × 50% = 156.25/h
 * cost/hour     = 250 + 156.25 = 406.25
 * recovery tail = 10 × 31.25 × 20% × 2 h = 125 per incident; other recovery cost 100 per incident
 */
export const PROFILE: BusinessProfile = {
  annualRevenue: 1_040_000,
  operatingHours: 2080,
  revenueAtRisk: 50,
  staffAffected: 10,
  annualSalary: 52_000,
  overheadFactor: 1.25,
  productivityLoss: 50,
  recoveryCost: 100,
  recoveryHours: 2,
  recoveryLoss: 20,
};

/** 4 outages a year of 2 hours each. */
export const DOWNTIME: DowntimeInputs = { ...PROFILE, incidentsPerYear: 4, outageHours: 2 };

/** A plan that includes everything on the checklist. */
export const EVERYTHING_INCLUDED = {
  includesHelpDesk: 'yes',
  includesMaintenance: 'yes',
  includesEndpoint: 'yes',
  includesEmailSecurity: 'yes',
  includesBackup: 'yes',
  includesMonitoring: 'yes',
} as const satisfies Partial<ComparisonInputs>;

/**
 * Break/fix: 4 outages, 4 h wait + 2 h fix, $150/h, 20% after hours at 1.5×, no minimum, half on site at $45;
 * 20 people × 2 requests of 1 h, 20% of which stop the person; the owner spends 4 h a week on IT;
 * tools 3 + 2 + 2.5 + 0.5 = 8 per person a month. Managed: 20 users × $150 including everything on the
 * checklist, onboarding 40% spread over 36 months, 10 project hours at $150 (every option), 50% fewer
 * outages, 1 h SLA. Risk: 10% × 10,000, halved by upkeep. In-house: one person at 60,000 × 1.25,
 * recruiting 5,000, 20% turnover, away 5.2 weeks (10% of the year), 0.5 h response; co-managed at 50%.
 * minimumBilledHours 0 so the spread cannot change expected billed hours.
 */
export const COMPARISON: ComparisonInputs = {
  ...PROFILE,
  incidentsPerYear: 4,
  waitHours: 4,
  fixHours: 2,
  hourlyRate: 150,
  afterHoursShare: 20,
  afterHoursMultiplier: 1.5,
  minimumBilledHours: 0,
  onsiteShare: 50,
  tripCharge: 45,
  users: 20,
  requestsPerUser: 2,
  requestFixHours: 1,
  requestStopShare: 20,
  routineBy: 'staff',
  diyHoursPerWeek: 4,
  routineTechHoursPerMonth: 5,
  endpointMonthly: 3,
  emailSecurityMonthly: 2,
  backupMonthly: 2.5,
  monitoringMonthly: 0.5,
  pricingModel: 'per-user',
  perUserMonthly: 150,
  workstations: 20,
  workstationMonthly: 80,
  servers: 2,
  serverMonthly: 200,
  flatMonthly: 2500,
  onboardingPercent: 40,
  projectHours: 10,
  projectRate: 150,
  incidentReduction: 50,
  slaResponseHours: 1,
  ...EVERYTHING_INCLUDED,
  severeChance: 10,
  severeCost: 10_000,
  severeReduction: 50,
  itStaff: 1,
  itSalary: 60_000,
  itEmployerFactor: 1.25,
  recruitingCost: 5000,
  itTurnover: 20,
  itLeaveWeeks: 5.2,
  inHouseResponseHours: 0.5,
  coManagedPercent: 50,
  spread: 'medium',
  horizonMonths: 36,
  seed: 1,
};
