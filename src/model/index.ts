/**
 * The cost model: the one source of every number on the site and in the embeds.
 * Pure TypeScript — no DOM, no Preact, no stores, no Astro. Plain values in, plain results out.
 *
 * Data flow: untrusted value → parseInput / decodeInputs → values → model function → result → view.
 * Percent inputs are percentage points (37 = 37%); result shares and probabilities are fractions (0.37).
 */
import type { FieldSpec } from './inputs';
import { COMPARISON_SPECS, DOWNTIME_SPECS, SETTINGS_SPECS, UPTIME_SPECS } from './specs';
import { HYBRID_SPECS } from './systems';
import { SCORECARD_QUESTIONS } from './scorecard';

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
export * from './stats';
export * from './simulate';
export * from './systems';
export * from './hybrid';
export * from './availability';
export * from './scorecard';

/** The calculators, by id. */
export type CalculatorId = 'downtime' | 'comparison' | 'hybrid' | 'uptime' | 'scorecard';

/**
 * Every field of each calculator, for forms, URL codecs and embed attributes. Settings (currency,
 * locale) are separate: decode them with SETTINGS_SPECS. The hybrid systems list has its own codec
 * (encodeSystems / decodeSystems under key SYSTEMS_KEY).
 */
export const CALCULATOR_SPECS: Readonly<Record<CalculatorId, readonly FieldSpec[]>> = {
  downtime: DOWNTIME_SPECS,
  comparison: COMPARISON_SPECS,
  hybrid: HYBRID_SPECS,
  uptime: UPTIME_SPECS,
  scorecard: SCORECARD_QUESTIONS,
};

/** Keys used by the settings; no calculator may reuse them. */
export const SETTINGS_KEYS: readonly string[] = SETTINGS_SPECS.map((s) => s.key);
