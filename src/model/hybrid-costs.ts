/**
 * The exact expected cost of each system of the hybrid planner under each model. Apart from the
 * optimiser (./hybrid) so the planner's instant results do not load the simulation code.
 */
import { afterHoursFactor } from './breakfix';
import { loadedHourlyCost } from './downtime';
import { expectedMaxLognormal } from './expected';
import { SPREAD_SIGMA } from './spread';
import { SYSTEM_KINDS, type HybridInputs, type HybridSystem } from './systems';

/** Expected annual cost of one system under each model. */
export interface SystemCost {
  kind: HybridSystem['kind'];
  label: string;
  breakFix: number;
  managed: number;
}

/** Cost per hour of work lost while the system is down. */
export function perHourOf(s: HybridSystem, loaded: number): number {
  return s.users * loaded * (s.workStopped / 100);
}

/** Exact expected annual cost of each system under break/fix and under managed. */
export function systemCosts(systems: readonly HybridSystem[], inputs: HybridInputs): SystemCost[] {
  const loaded = loadedHourlyCost(inputs.annualSalary, inputs.overheadFactor);
  const sigma = SPREAD_SIGMA[inputs.spread] ?? SPREAD_SIGMA.medium;
  const factor = afterHoursFactor(inputs.afterHoursShare, inputs.afterHoursMultiplier);
  const trip = (inputs.onsiteShare / 100) * inputs.tripCharge;
  const keep = 1 - inputs.incidentReduction / 100;
  return systems.map((s) => {
    const perHour = perHourOf(s, loaded);
    const billed = expectedMaxLognormal(inputs.minimumBilledHours, s.fixHours, sigma);
    const bf = s.incidentsPerYear * (billed * inputs.hourlyRate * factor + trip + perHour * (inputs.waitHours + s.fixHours));
    const mg = 12 * s.managedMonthly + s.incidentsPerYear * keep * perHour * (inputs.slaResponseHours + s.fixHours);
    return { kind: s.kind, label: SYSTEM_KINDS.find((k) => k.id === s.kind)?.label ?? 'Other system', breakFix: bf, managed: mg };
  });
}
