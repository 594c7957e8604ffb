/**
 * The exact expected cost of each system of the hybrid planner under each model, and of a whole split,
 * priced part by part as options.ts prices the firm: technician invoices, routine upkeep, tools, fees
 * and onboarding (cash); lost revenue, lost work and the recovery tail (downtime); project work for the
 * firm as a whole; and a severe security incident (risk, apart). With every system on one model a split
 * costs what that option costs in the comparison for the same firm.
 * Apart from the optimiser (./hybrid) so the planner's instant results do not load the simulation code.
 */
import { afterHoursFactor } from './breakfix';
import { loadedHourlyCost } from './downtime';
import { expectedMaxLognormal } from './expected';
import type { Included } from './specs-support';
import { SPREAD_SIGMA } from './spread';
import {
  isAttackSurface,
  isRequestKind,
  SYSTEM_KINDS,
  type HybridInputs,
  type HybridSystem,
  type SystemKind,
} from './systems';

/** One system's yearly cost under one model, part by part. Every part is ≥ 0. */
export interface SystemParts {
  /** Technician invoices for its failures (managed: only requests, when the plan has no help desk). */
  invoices: number;
  /** Its share of the routine upkeep (see systemCosts): paid unless the plan includes upkeep. */
  upkeep: number;
  /** Its share of the tools that protect it, unless the plan includes them. */
  tools: number;
  /** The provider's fee, 12 × its monthly price. */
  fees: number;
  /** Its onboarding fee spread over the months compared. */
  oneOff: number;
  /** Lost work (and, for shared systems, lost revenue and the recovery tail) while it is down. */
  downtime: number;
}

/** Expected annual cost of one system under each model. breakFix = its cash + downtime (risk apart). */
export interface SystemCost {
  kind: HybridSystem['kind'];
  label: string;
  breakFix: number;
  managed: number;
  /** Each side part by part: everything but `downtime` is cash. */
  parts: { breakFix: SystemParts; managed: SystemParts };
  failure: FailureRates;
  /** Expected security-incident cost it adds while on break/fix: its share of the reduction (0 unless it can let an attacker in). */
  risk: number;
}

/** What the firm pays whatever the split: the risk with every way in managed, and project work. */
export interface FirmCosts {
  /** The severe-incident risk with every system that can let an attacker in managed. */
  floor: number;
  /** The risk each such system adds while on break/fix. */
  each: number;
  /** Project and moves-adds-changes work: hours × rate, the same for every split. */
  projects: number;
}

/** A split's expected yearly cost: cash (projects included) + downtime + risk = expected. */
export interface SplitCost {
  cash: number;
  downtime: number;
  risk: number;
  expected: number;
}

/** Whether the quoted plan includes an item (see PLAN_INCLUDES_SPECS). */
export const yes = (v: Included) => v !== 'no';

/** How one system's failures are priced; the simulation draws them with these. */
export interface FailureRates {
  /** A request (see SYSTEM_KINDS): office hours, no revenue, no recovery tail, not prevented. */
  request: boolean;
  /** Lost work per hour (people × loaded cost × share stopped), plus lost revenue for a shared system. */
  perHour: number;
  /** Recovery tail (people × loaded cost × recovery loss × recovery hours) and other recovery cost. */
  tail: number;
}

/**
 * The firm's severe-incident risk (the site's assumption): chance × cost × (1 − reduction × share of the
 * systems that can let an attacker in that are managed). Each one left on break/fix forfeits an equal
 * share of the reduction; with none listed, or a plan without upkeep, nothing reduces it. Project work
 * is the same for every split.
 */
export function firmCosts(systems: readonly HybridSystem[], i: HybridInputs): FirmCosts {
  const chance = Math.min(1, Math.max(0, i.severeChance / 100));
  const full = chance * i.severeCost;
  const surface = systems.filter((s) => isAttackSurface(s.kind)).length;
  const reduction = surface && yes(i.includesMaintenance) ? Math.min(1, Math.max(0, i.severeReduction / 100)) : 0;
  return {
    floor: full * (1 - reduction),
    each: surface ? (full * reduction) / surface : 0,
    projects: i.projectHours * i.projectRate,
  };
}

const cashOf = (p: SystemParts) => p.invoices + p.upkeep + p.tools + p.fees + p.oneOff;

/**
 * Exact expected annual cost of each system under break/fix and under managed. Routine upkeep without a
 * plan (staff time at loaded cost, or a technician) is allocated evenly over the systems listed: an
 * allocation rule, not a measure of what each system needs. Each tool of TOOL_SPECS (per person per
 * month, for `users` people) is split evenly over the listed systems it protects; one that protects
 * nothing listed is not bought.
 */
export function systemCosts(systems: readonly HybridSystem[], i: HybridInputs): SystemCost[] {
  const loaded = loadedHourlyCost(i.annualSalary, i.overheadFactor);
  const sigma = SPREAD_SIGMA[i.spread] ?? SPREAD_SIGMA.medium;
  const upkept = yes(i.includesMaintenance);
  // Requests go to the plan's help desk if it has one, else to break/fix; upkeep prevents outages only.
  const helpDesk = yes(i.includesHelpDesk);
  const keep = upkept ? 1 - i.incidentReduction / 100 : 1;
  const revenuePerHour = i.operatingHours > 0 ? (i.annualRevenue / i.operatingHours) * (i.revenueAtRisk / 100) : 0;
  const uplift = afterHoursFactor(i.afterHoursShare, i.afterHoursMultiplier);
  const trip = (i.onsiteShare / 100) * i.tripCharge;
  const upkeep =
    (i.routineBy === 'technician' ? 12 * i.routineTechHoursPerMonth * i.hourlyRate : 52 * i.diyHoursPerWeek * loaded) /
    systems.length;
  const months = Math.max(1, Math.min(600, Math.round(i.horizonMonths) || 1));
  // Each tool: yearly price, whether the plan includes it, the kinds it protects (none: every system).
  const tools: [number, Included, readonly SystemKind[] | null][] = [
    [i.endpointMonthly, i.includesEndpoint, ['workstations']],
    [i.emailSecurityMonthly, i.includesEmailSecurity, ['email']],
    [i.backupMonthly, i.includesBackup, ['server', 'backup']],
    [i.monitoringMonthly, i.includesMonitoring, null],
  ];
  const protects = (kinds: readonly SystemKind[] | null, kind: SystemKind) => !kinds || kinds.includes(kind);
  const { each } = firmCosts(systems, i);
  return systems.map((s) => {
    const request = isRequestKind(s.kind);
    const work = s.users * loaded * (s.workStopped / 100);
    const failure: FailureRates = request
      ? { request, perHour: work, tail: 0 }
      : {
          request,
          perHour: work + revenuePerHour,
          tail: s.users * loaded * (i.recoveryLoss / 100) * i.recoveryHours + i.recoveryCost,
        };
    const n = s.incidentsPerYear;
    const invoice =
      expectedMaxLognormal(i.minimumBilledHours, s.fixHours, sigma) * i.hourlyRate * (request ? 1 : uplift) + trip;
    const down = (wait: number) => failure.perHour * (wait + s.fixHours) + failure.tail;
    let bfTools = 0;
    let mgTools = 0;
    for (const [monthly, included, kinds] of tools) {
      if (!protects(kinds, s.kind)) continue;
      const share = (12 * i.users * monthly) / systems.filter((x) => protects(kinds, x.kind)).length;
      bfTools += share;
      if (!yes(included)) mgTools += share;
    }
    const billed = request && !helpDesk;
    const breakFix: SystemParts = {
      invoices: n * invoice,
      upkeep,
      tools: bfTools,
      fees: 0,
      oneOff: 0,
      downtime: n * down(i.waitHours),
    };
    const managed: SystemParts = {
      invoices: billed ? n * invoice : 0,
      upkeep: upkept ? 0 : upkeep,
      tools: mgTools,
      fees: 12 * s.managedMonthly,
      oneOff: (s.managedMonthly * (i.onboardingPercent / 100) * 12) / months,
      downtime: n * (request ? 1 : keep) * down(billed ? i.waitHours : i.slaResponseHours),
    };
    return {
      kind: s.kind,
      label: SYSTEM_KINDS.find((k) => k.id === s.kind)?.label ?? 'Other system',
      breakFix: cashOf(breakFix) + breakFix.downtime,
      managed: cashOf(managed) + managed.downtime,
      parts: { breakFix, managed },
      failure,
      risk: isAttackSurface(s.kind) ? each : 0,
    };
  });
}

/** Expected yearly cost of a split (managed[i] true = managed; missing entries count as break/fix). */
export function splitCost(
  costs: readonly SystemCost[],
  firm: Pick<FirmCosts, 'floor' | 'projects'>,
  managed: readonly boolean[],
): SplitCost {
  let cash = firm.projects;
  let downtime = 0;
  let risk = firm.floor;
  costs.forEach((c, i) => {
    const m = managed[i] === true;
    const p = c.parts[m ? 'managed' : 'breakFix'];
    cash += cashOf(p);
    downtime += p.downtime;
    if (!m) risk += c.risk;
  });
  return { cash, downtime, risk, expected: cash + downtime + risk };
}
