/**
 * The cost model: the one source of every number on the site and in the embeds.
 * Pure TypeScript — no DOM, no Preact, no stores, no Astro. Plain values in, plain results out.
 *
 * Data flow: untrusted value → parseInput / decodeInputs → values → model function → result → view.
 * Percent inputs are percentage points (37 = 37%); result shares and probabilities are fractions (0.37).
 */
import { SETTINGS_SPECS } from './specs';

export * from './inputs';
export * from './query';
export * from './specs';
export * from './format';
export * from './duration';
export * from './downtime';
export * from './breakfix';
export * from './managed';
export * from './options';
export * from './compare';
export * from './random';
export * from './random-normal';
export * from './stats';
export * from './simulate';
export * from './systems';
export * from './systems-query';
export * from './hybrid';
export * from './availability';
export * from './scorecard';

/** Keys used by the settings; no calculator may reuse them. */
export const SETTINGS_KEYS: readonly string[] = SETTINGS_SPECS.map((s) => s.key);
