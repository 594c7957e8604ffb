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

/**
 * Break/fix: 4 incidents, 4 h wait + 2 h fix, $150/h, 20% after hours at 1.5×, no minimum, half on site at $45.
 * Managed: 20 users × $150, onboarding 40% over 36 months, 10 project hours at $150, 50% fewer incidents,
 * 1 h SLA. minimumBilledHours 0 so the spread cannot change expected billed hours.
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
  pricingModel: 'per-user',
  users: 20,
  perUserMonthly: 150,
  workstations: 20,
  workstationMonthly: 80,
  servers: 2,
  serverMonthly: 200,
  flatMonthly: 2500,
  onboardingPercent: 40,
  contractMonths: 36,
  projectHours: 10,
  projectRate: 150,
  incidentReduction: 50,
  slaResponseHours: 1,
  spread: 'medium',
  horizonMonths: 36,
  seed: 1,
};
