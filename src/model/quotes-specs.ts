/**
 * The inputs of the quote comparison: the firm (staff from the shared profile, devices, how many quotes,
 * when it might leave), two to four quotes with the same fields each, and the cost model's own inputs for
 * what a left-out service costs (requests, upkeep, tools, rates). The quotes filled in are examples: the
 * figures sit inside published ranges, and none is meant to win (`quotes-examples.ts`). Percent inputs are
 * percentage points.
 */
import type { FieldSpec, InputSpec } from './inputs';
import { COMPARISON_SPECS, HEAD_COUNT } from './specs';
import { QUOTE_IDS, QUOTE_SUPPORT_IDS } from './quotes';
import { quoteSpecs } from './quotes-per-quote';

/** The firm the quotes are priced for. Staff is the shared profile's field, so every calculator agrees. */
// Pure, so a bundle that needs only its types drops it (the shared ranges it spreads would keep it otherwise).
export const QUOTE_FIRM_SPECS = /* @__PURE__ */ (() =>
  [
    {
      id: 'staffAffected',
      key: 'st',
      label: 'Staff who use IT at work',
      ...HEAD_COUNT,
      assumption:
        'The same illustrative firm of 20 staff as the other calculators, which share this number. Per-user prices and per-user tools are counted for these people.',
    },
    {
      id: 'devices',
      key: 'dv',
      label: 'Devices the provider would look after (computers and servers)',
      ...HEAD_COUNT,
      follows: 'staffAffected',
      assumption:
        'One device per person until you set it. Count every computer, laptop and server a per-device quote would charge for.',
    },
    {
      id: 'quoteCount',
      key: 'nq',
      label: 'Quotes to compare',
      unit: 'count',
      min: 2,
      max: 4,
      step: 1,
      default: 3,
      assumption: 'Three example quotes, one for each common way of pricing; use two to four of your own.',
    },
    {
      id: 'leaveAfterMonths',
      key: 'lv',
      label: 'Months into the contract you might want to leave',
      unit: 'months',
      min: 0,
      max: 120,
      step: 1,
      default: 12,
      assumption:
        'A year in, when a poor fit usually shows. Change it to see what leaving would cost at any point of each contract.',
    },
  ] as const satisfies readonly InputSpec[])();

const byId = (specs: readonly FieldSpec[], ids: readonly string[]) =>
  ids.map((i) => specs.find((s) => s.id === i)!).filter(Boolean);

/**
 * The cost model's own inputs for what a left-out service costs this firm (the same specs, ids and keys
 * as the cost comparison): everyday requests billed as break/fix, routine upkeep, tools, and out-of-hours work.
 */
export const QUOTE_EXTRA_SPECS: readonly FieldSpec[] = /* @__PURE__ */ (() =>
  byId(COMPARISON_SPECS, QUOTE_SUPPORT_IDS))();

/** Every field of the quote comparison: the firm, the four quotes, then the cost model's inputs. */
export const QUOTE_SPECS: readonly FieldSpec[] = /* @__PURE__ */ (() => [
  ...QUOTE_FIRM_SPECS,
  ...QUOTE_IDS.flatMap(quoteSpecs),
  ...QUOTE_EXTRA_SPECS,
])();
