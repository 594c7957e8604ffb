/**
 * The comparison: every option's yearly cost (see options.ts), what separates break/fix from managed
 * in cash, in estimated downtime and in risk, the cumulative monthly picture, the break-even month,
 * the break-even outage and request rates, and a sensitivity (tornado) table.
 */
import type { FieldSpec, InputSpec } from './inputs';
import { type ComparisonInputs, horizonOf, OPTION_IDS, type OptionCost, type OptionId, optionCosts } from './options';
import {
  BREAK_FIX_SPECS,
  MANAGED_SPECS,
  PROFILE_SPECS,
  REQUEST_SPECS,
  RISK_SPECS,
  ROUTINE_SPECS,
  TOOL_SPECS,
} from './specs';
import { SPREAD_SIGMA } from './spread';

export { SPREAD_SIGMA };
export type { ComparisonInputs };

/** One month of the cumulative comparison: each option's total cost up to and including it. */
export interface MonthPoint extends Record<OptionId, number> {
  /** 1-based month. */
  month: number;
}

/** Managed minus break/fix, a year: positive means managed costs more. */
export interface Difference {
  cash: number;
  downtime: number;
  risk: number;
  total: number;
}

/** Result of the comparison. */
export interface ComparisonResult {
  options: Record<OptionId, OptionCost>;
  /** Managed minus break/fix, part by part. */
  difference: Difference;
  /** Which of the two is cheaper per year, everything counted (within a cent). */
  cheaper: 'break-fix' | 'managed' | 'equal';
  /** The option with the lowest total, and the one with the lowest cash cost. */
  cheapest: OptionId;
  cheapestCash: OptionId;
  /** Cumulative costs for months 1..horizon. */
  monthly: MonthPoint[];
  /** First month from which managed's cumulative cost is at or below break/fix's; null if not within the horizon. */
  breakEvenMonth: number | null;
  /** Whole-office outages a year at which break/fix and managed cost the same; null means never. */
  breakEvenOutagesPerYear: number | null;
  /** Requests per person a year at which they cost the same; null means never. */
  breakEvenRequestsPerUser: number | null;
}

/** The yearly cost of every option. */
export const annualTotals = optionCosts;

/** Managed minus break/fix, everything counted. */
export function totalDifference(inputs: ComparisonInputs): number {
  const o = optionCosts(inputs);
  return o.managed.total - o.breakFix.total;
}

/**
 * The value of a count input (outages a year, requests per person) at which managed and break/fix
 * cost the same. Both totals are linear in it, so two evaluations find the crossing: d(x) = d₀ + s·x,
 * x* = −d₀ ÷ s where the lines cross at or above zero. With no crossing: 0 when managed is cheaper at
 * any count, null when break/fix is.
 */
export function breakEven(inputs: ComparisonInputs, id: 'incidentsPerYear' | 'requestsPerUser'): number | null {
  const d0 = totalDifference({ ...inputs, [id]: 0 });
  const slope = totalDifference({ ...inputs, [id]: 1 }) - d0;
  const always = d0 <= 0 ? 0 : null;
  if (!(Math.abs(slope) > 1e-9 * Math.max(1, Math.abs(d0)))) return always;
  const x = -d0 / slope;
  return Number.isFinite(x) && x >= 0 ? x : always;
}

function cheapestOf(options: Record<OptionId, OptionCost>, by: 'total' | 'cash'): OptionId {
  return OPTION_IDS.reduce(
    (best, id) => (options[id][by] < options[best][by] - 0.005 ? id : best),
    OPTION_IDS[0] as OptionId,
  );
}

/** Compare every option: yearly parts, the cumulative months, break-even month and rates. */
export function compareModels(inputs: ComparisonInputs): ComparisonResult {
  const options = optionCosts(inputs);
  const bf = options.breakFix;
  const mg = options.managed;
  const difference = {
    cash: mg.cash - bf.cash,
    downtime: mg.downtime - bf.downtime,
    risk: mg.risk - bf.risk,
    total: mg.total - bf.total,
  };
  const horizon = horizonOf(inputs);
  const monthly: MonthPoint[] = [];
  let breakEvenMonth: number | null = null;
  const tol = 1e-9 * Math.max(1, bf.total, mg.total);
  for (let m = 1; m <= horizon; m++) {
    const point = { month: m } as MonthPoint;
    for (const id of OPTION_IDS) point[id] = options[id].upfront + options[id].perMonth * m;
    monthly.push(point);
    if (breakEvenMonth === null && point.managed <= point.breakFix + tol) breakEvenMonth = m;
  }
  return {
    options,
    difference,
    cheaper: Math.abs(difference.total) < 0.01 ? 'equal' : difference.total > 0 ? 'break-fix' : 'managed',
    cheapest: cheapestOf(options, 'total'),
    cheapestCash: cheapestOf(options, 'cash'),
    monthly,
    breakEvenMonth,
    breakEvenOutagesPerYear: breakEven(inputs, 'incidentsPerYear'),
    breakEvenRequestsPerUser: breakEven(inputs, 'requestsPerUser'),
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
  /** Managed minus break/fix per year (everything counted) with the input at `low` and at `high`. */
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow|: the sort key. */
  swing: number;
}

/** Inputs that do not feed the difference under a given pricing model. */
function unused(id: string, pricing: ComparisonInputs['pricingModel']): boolean {
  const perUser = ['perUserMonthly'];
  const perDevice = ['workstations', 'workstationMonthly', 'servers', 'serverMonthly'];
  if (pricing === 'per-user') return perDevice.includes(id) || id === 'flatMonthly';
  if (pricing === 'per-device') return perUser.includes(id) || id === 'flatMonthly';
  return perUser.includes(id) || perDevice.includes(id);
}

/**
 * Numeric inputs the sensitivity table varies. Marked pure so a bundle that only uses `sensitivityOver`
 * (the islands pass the specs they already receive as props) drops it and the spec prose with it.
 */
export const SENSITIVITY_SPECS: readonly InputSpec[] = /* @__PURE__ */ ([] as InputSpec[]).concat(
  PROFILE_SPECS,
  REQUEST_SPECS,
  BREAK_FIX_SPECS,
  ROUTINE_SPECS,
  TOOL_SPECS,
  MANAGED_SPECS,
  RISK_SPECS,
);

/**
 * Move each input from `factor`× lower to `factor`× higher than its value (default ±50%), clamped to
 * its spec's range, and record the yearly difference. Rows with no effect are left out; the rest are
 * sorted by swing, largest first.
 */
export function sensitivity(inputs: ComparisonInputs, factor = 0.5): SensitivityRow[] {
  return sensitivityOver(inputs, SENSITIVITY_SPECS, factor);
}

/** `sensitivity` over the given numeric specs (choice specs and ids not in the inputs are skipped). */
export function sensitivityOver(inputs: ComparisonInputs, specs: readonly FieldSpec[], factor = 0.5): SensitivityRow[] {
  const f = Math.max(0, Math.min(1, Number.isFinite(factor) ? factor : 0.5));
  const rows: SensitivityRow[] = [];
  for (const spec of specs) {
    if (spec.unit === 'choice' || unused(spec.id, inputs.pricingModel)) continue;
    const base = (inputs as unknown as Record<string, number>)[spec.id] ?? spec.default;
    const low = Math.max(spec.min, Math.min(spec.max, base * (1 - f)));
    const high = Math.max(spec.min, Math.min(spec.max, base * (1 + f)));
    const atLow = totalDifference({ ...inputs, [spec.id]: low });
    const atHigh = totalDifference({ ...inputs, [spec.id]: high });
    const swing = Math.abs(atHigh - atLow);
    if (swing > 1e-9) rows.push({ id: spec.id, label: spec.label, base, low, high, atLow, atHigh, swing });
  }
  return rows.sort((a, b) => b.swing - a.swing);
}
