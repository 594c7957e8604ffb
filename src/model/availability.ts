/**
 * Availability arithmetic: percentages ↔ allowed downtime, MTBF/MTTR, services in series and in parallel.
 * Availabilities here are percentages (99.9 means 99.9%); durations are seconds unless named otherwise.
 * A year is 365 days and a month 30 days.
 */

/** Length in seconds of each period downtime is quoted over. */
export const PERIOD_SECONDS = { year: 365 * 86_400, month: 30 * 86_400, week: 7 * 86_400, day: 86_400 } as const;
/** A period downtime is quoted over. */
export type Period = keyof typeof PERIOD_SECONDS;

function clampPercent(p: number): number {
  return Number.isFinite(p) ? Math.min(100, Math.max(0, p)) : 0;
}

/** Downtime allowed per year, month (30 days), week and day at an availability percentage, in seconds. */
export function downtimeAllowed(availabilityPercent: number): Record<Period, number> {
  const down = 1 - clampPercent(availabilityPercent) / 100;
  return {
    year: down * PERIOD_SECONDS.year,
    month: down * PERIOD_SECONDS.month,
    week: down * PERIOD_SECONDS.week,
    day: down * PERIOD_SECONDS.day,
  };
}

/** Availability percentage implied by `downtimeSeconds` of downtime per `period` (clamped to 0–100). */
export function availabilityFromDowntime(downtimeSeconds: number, period: Period): number {
  const total = PERIOD_SECONDS[period] ?? PERIOD_SECONDS.year;
  const d = Number.isFinite(downtimeSeconds) ? Math.min(total, Math.max(0, downtimeSeconds)) : total;
  return 100 * (1 - d / total);
}

/** Availability percentage from mean time between failures and mean time to repair: MTBF ÷ (MTBF + MTTR). Both 0 gives 100. */
export function availabilityFromMtbf(mtbfHours: number, mttrHours: number): number {
  const up = Math.max(0, Number.isFinite(mtbfHours) ? mtbfHours : 0);
  const down = Math.max(0, Number.isFinite(mttrHours) ? mttrHours : 0);
  return up + down > 0 ? Math.min(100, 100 * (up / (up + down))) : 100;
}

/** Availability of services that all must work (series): the product. An empty list gives 100. */
export function seriesAvailability(percents: readonly number[]): number {
  let a = 1;
  for (const p of percents) a *= clampPercent(p) / 100;
  return 100 * a;
}

/** Availability of redundant copies where one working is enough (parallel): 1 − Π(1 − a). An empty list gives 0. */
export function parallelAvailability(percents: readonly number[]): number {
  let down = 1;
  for (const p of percents) down *= 1 - clampPercent(p) / 100;
  return 100 * (1 - down);
}

/** "Nines" of an availability: 99.9 → 3; 100% gives 10 (the cap), never Infinity. */
export function ninesOf(availabilityPercent: number): number {
  const down = 1 - clampPercent(availabilityPercent) / 100;
  return down <= 1e-10 ? 10 : Math.min(10, -Math.log10(down));
}
