/**
 * The display settings every calculator decodes alongside its own fields: currency and number format.
 * Their option lists are built in calls marked pure, so a client bundle that needs only the ids drops them.
 */
import type { ChoiceSpec, FieldSpec } from './inputs';
import { CURRENCIES, LOCALES } from './format';

/** Display settings shared by all calculators: currency and locale. */
export const CURRENCY_SPEC: ChoiceSpec<'currency', (typeof CURRENCIES)[number]> = {
  id: 'currency',
  key: 'cur',
  label: 'Currency',
  unit: 'choice',
  default: 'USD',
  options: /* @__PURE__ */ CURRENCIES.map((c) => ({ id: c, label: c })),
  assumption: 'Amounts are entered and shown in one currency; nothing is converted.',
};

/** Locale for number formatting; empty string means "the currency's default locale". */
export const LOCALE_SPEC: ChoiceSpec<'locale', string> = {
  id: 'locale',
  key: 'loc',
  label: 'Number format',
  unit: 'choice',
  default: '',
  options: /* @__PURE__ */ (() => [
    { id: '', label: 'Currency default' },
    ...LOCALES.map((l) => ({ id: l, label: l })),
  ])(),
  assumption: 'Formatting only.',
};

/** Settings fields, decoded alongside any calculator. */
export const SETTINGS_SPECS: readonly FieldSpec[] = [CURRENCY_SPEC, LOCALE_SPEC];
