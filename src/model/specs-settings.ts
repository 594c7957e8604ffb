/**
 * The display settings every calculator decodes alongside its own fields: currency and number format.
 * Their option lists are built in calls marked pure, so a client bundle that needs only the ids drops them.
 */
import type { ChoiceSpec, FieldSpec } from './inputs';
import { CURRENCIES, LOCALES, nf } from './format';

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

/** Where each number format is used, for its label (short: a phone shows the choice beside the currency). */
const LOCALE_PLACES: Readonly<Record<(typeof LOCALES)[number], string>> = {
  'en-US': 'US',
  'en-GB': 'UK',
  'en-IE': 'Ireland',
  'en-CA': 'Canada',
  'en-AU': 'Australia',
  'de-DE': 'Germany',
  'fr-FR': 'France',
  'fr-CA': 'Canada',
};

/**
 * The number formats as a reader recognises them: a number written that way and where it is used ("1.234,5
 * (Germany)"), not a locale code; the empty id is the currency's usual format.
 */
export const localeOptions = (): { id: string; label: string }[] => [
  { id: '', label: 'Currency default' },
  ...LOCALES.map((l) => ({ id: l, label: `${nf(l, {}).format(1234.5)} (${LOCALE_PLACES[l]})` })),
];

/** Locale for number formatting; empty string means "the currency's default locale". */
export const LOCALE_SPEC: ChoiceSpec<'locale', string> = {
  id: 'locale',
  key: 'loc',
  label: 'Number format',
  unit: 'choice',
  default: '',
  options: /* @__PURE__ */ localeOptions(),
  assumption: 'Formatting only.',
};

/** Settings fields, decoded alongside any calculator. */
export const SETTINGS_SPECS: readonly FieldSpec[] = [CURRENCY_SPEC, LOCALE_SPEC];
