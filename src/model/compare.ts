/**
 * Break/fix against managed: annual totals, the cumulative monthly picture over a horizon, the
 * break-even month and incident rate, and a sensitivity (tornado) table.
 */
import { type BusinessProfile, downtimeRates } from './downtime';
import { type BreakFixInputs, type BreakFixResult, breakFixAnnualCost } from './breakfix';
import { type ManagedInputs, type ManagedResult, managedAnnualCost } from './managed';
import { BREAK_FIX_SPECS, MANAGED_SPECS, PROFILE_SPECS, type Spread } from './specs';
import type { FieldSpec, InputSpec } from './inputs';

import { SPREAD_SIGMA } from './spread';

export { SPREAD_SIGMA };

/** Every input of the comparison calculator (see COMPARISON_SPECS). */
export interface ComparisonInputs extends BusinessProfile, BreakFixInputs, Omit<ManagedInputs, 'incidentsPerYear' | 'fixHours'> {
  /** How widely durations scatter (affects expected billed hours and the simulation). */
  spread: Spread;
  /** Months shown in the cumulative comparison (default 36). */
  horizonMonths: number;
  /** Seed for the simulation. */
  seed: number;
}

/** One month of the cumulative comparison. */
export interface MonthPoint {
  /** 1-based month. */
  month: number;
  /** Cumulative break/fix cost up to and including this month. */
  breakFix: number;
  /** Cumulative managed cost, onboarding fee in month 1. */
  managed: number;
}

/** Result of the comparison. */
export interface ComparisonResult {
  breakFix: BreakFixResult;
  managed: ManagedResult;
  /** Annual managed total − annual break/fix total: positive means managed costs more. */
  managedMinusBreakFix: number;
  /** Which model is cheaper per year (within a cent). */
  cheaper: 'break-fix' | 'managed' | 'equal';
  /** Cumulative costs for months 1..horizon. */
  monthly: MonthPoint[];
  /** First month from which managed's cumulative cost is at or below break/fix's; null if not within the horizon. */
  breakEvenMonth: number | null;
  /** Incidents per year at which the annual totals are equal; null means "never" (break/fix is always cheaper or equal). */
  breakEvenIncidentsPerYear: number | null;
}

function managedPart(inputs: ComparisonInputs): ManagedInputs {
  return inputs;
}

/** Expected annual totals of both models, the core used by everything else here. */
export function annualTotals(inputs: ComparisonInputs): { breakFix: BreakFixResult; managed: ManagedResult } {
  const rates = downtimeRates(inputs);
  const sigma = SPREAD_SIGMA[inputs.spread] ?? SPREAD_SIGMA.medium;
  return { breakFix: breakFixAnnualCost(inputs, rates, sigma), managed: managedAnnualCost(managedPart(inputs), rates) };
}

/**
 * Incidents per year at which break/fix and managed cost the same per year.
 * Break/fix = λ·A; managed = F + λ·(1 − r)·D; so λ* = F ÷ (A − (1 − r)·D) when the denominator is positive.
 */
export function breakEvenIncidentRate(inputs: ComparisonInputs): number | null {
  const { breakFix, managed } = annualTotals({ ...inputs, incidentsPerYear: 1 });
  const fixed = managed.annual.fees + managed.annual.onboarding + managed.annual.projects;
  const denom = breakFix.costPerIncident - (1 - inputs.incidentReduction / 100) * managed.downtimePerIncident;
  if (!(denom > 1e-9 * Math.max(1, breakFix.costPerIncident))) return null;
  const rate = fixed / denom;
  return Number.isFinite(rate) ? rate : null;
}

/** Compare the two models: annual totals, cumulative months, break-even month and incident rate. */
export function compareModels(inputs: ComparisonInputs): ComparisonResult {
  const { breakFix, managed } = annualTotals(inputs);
  const diff = managed.annual.total - breakFix.annual.total;
  const horizon = Math.max(1, Math.min(600, Math.round(inputs.horizonMonths) || 1));
  const bfMonthly = breakFix.annual.total / 12;
  const monthly: MonthPoint[] = [];
  let breakEvenMonth: number | null = null;
  const tol = 1e-9 * Math.max(1, breakFix.annual.total, managed.annual.total);
  for (let m = 1; m <= horizon; m++) {
    const point = { month: m, breakFix: bfMonthly * m, managed: managed.onboardingFee + managed.runningMonthly * m };
    monthly.push(point);
    if (breakEvenMonth === null && point.managed <= point.breakFix + tol) breakEvenMonth = m;
  }
  return {
    breakFix,
    managed,
    managedMinusBreakFix: diff,
    cheaper: Math.abs(diff) < 0.01 ? 'equal' : diff > 0 ? 'break-fix' : 'managed',
    monthly,
    breakEvenMonth,
    breakEvenIncidentsPerYear: breakEvenIncidentRate(inputs),
  };
}

/** One bar of the tornado chart. */
export interface SensitivityRow {
  id: string;
  label: string;
  /** The input's current value and the two values tried. */
  base: number;
  low: number;
  high: number;
  /** managedMinusBreakFix with the input at `low` and at `high`. */
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow|: the sort key. */
  swing: number;
}

/** Inputs that do not feed the annual difference under a given pricing model. */
function unused(id: string, pricing: ComparisonInputs['pricingModel']): boolean {
  const perUser = ['users', 'perUserMonthly'];
  const perDevice = ['workstations', 'workstationMonthly', 'servers', 'serverMonthly'];
  if (pricing === 'per-user') return perDevice.includes(id) || id === 'flatMonthly';
  if (pricing === 'per-device') return perUser.includes(id) || id === 'flatMonthly';
  return perUser.includes(id) || perDevice.includes(id);
}

/**
 * Numeric inputs the sensitivity table varies. Marked pure so a bundle that only uses `sensitivityOver`
 * (the islands pass the specs they already receive as props) drops it and the spec prose with it.
 */
export const SENSITIVITY_SPECS: readonly InputSpec[] = /* @__PURE__ */ ([] as InputSpec[]).concat(PROFILE_SPECS, BREAK_FIX_SPECS, MANAGED_SPECS);

/**
 * Move each input from `factor`× lower to `factor`× higher than its value (default ±50%), clamped to
 * its spec's range, and record the annual difference. Rows with no effect are left out; the rest are
 * sorted by swing, largest first.
 */
export function sensitivity(inputs: ComparisonInputs, factor = 0.5): SensitivityRow[] {
  return sensitivityOver(inputs, SENSITIVITY_SPECS, factor);
}

/** `sensitivity` over the given numeric specs (choice specs and ids not in the inputs are skipped). */
export function sensitivityOver(inputs: ComparisonInputs, specs: readonly FieldSpec[], factor = 0.5): SensitivityRow[] {
  const f = Math.max(0, Math.min(1, Number.isFinite(factor) ? factor : 0.5));
  const rows: SensitivityRow[] = [];
  const diffOf = (x: ComparisonInputs) => {
    const t = annualTotals(x);
    return t.managed.annual.total - t.breakFix.annual.total;
  };
  for (const spec of specs) {
    if (spec.unit === 'choice' || unused(spec.id, inputs.pricingModel)) continue;
    const base = (inputs as unknown as Record<string, number>)[spec.id] ?? spec.default;
    const low = Math.max(spec.min, Math.min(spec.max, base * (1 - f)));
    const high = Math.max(spec.min, Math.min(spec.max, base * (1 + f)));
    const atLow = diffOf({ ...inputs, [spec.id]: low });
    const atHigh = diffOf({ ...inputs, [spec.id]: high });
    const swing = Math.abs(atHigh - atLow);
    if (swing > 1e-9) rows.push({ id: spec.id, label: spec.label, base, low, high, atLow, atHigh, swing });
  }
  return rows.sort((a, b) => b.swing - a.swing);
}
