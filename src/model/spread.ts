/** How uncertain durations and billed hours are: the "spread" setting of the comparison and the hybrid planner. */
import type { Spread } from './specs';

/** Log-sd of durations and billed hours for each spread setting (the site's own assumption). */
export const SPREAD_SIGMA: Readonly<Record<Spread, number>> = { low: 0.25, medium: 0.5, high: 0.9 };
