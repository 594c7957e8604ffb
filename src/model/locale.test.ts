/** Numbers in the reader’s format: hand-picked cases in de-DE, fr-FR and en-US. */
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_SPECS,
  CURRENCY_KEY,
  CURRENCY_SPEC,
  DOWNTIME_SPECS,
  LOCALE_KEY,
  LOCALE_SPEC,
  PROFILE_SPECS,
  UPTIME_SPECS,
  decodeInputs,
  downtimeAllowed,
  encodeInputs,
  inputDecimals,
  isInformational,
  numberSeparators,
  parseInput,
  parseValues,
} from './index';
import {
  NNBSP,
  NBSP,
  DE,
  FR,
  salary,
  revenue,
  staff,
  incidents,
  productivityLoss,
  downtimeMinutes,
  availability,
  hourlyRate,
  fine,
  cents,
} from './locale.test-helpers';

describe('numbers in the reader’s format', () => {
  it('de-DE: 55.000 is fifty-five thousand, with no error', () => {
    const r = parseInput(salary, '55.000', DE);
    expect(r).toEqual({ value: 55_000 });
  });

  it('de-DE link: ?loc=de-DE&rev=2.000&st=1.000 decodes to 2000 and 1000', () => {
    const d = decodeInputs(DOWNTIME_SPECS, '?loc=de-DE&rev=2.000&st=1.000');
    expect(d.values['annualRevenue']).toBe(2000);
    expect(d.values['staffAffected']).toBe(1000);
    expect(d.notices.filter((n) => !isInformational(n))).toEqual([]);
    // the page's format works the same when the link does not name one
    expect(decodeInputs(DOWNTIME_SPECS, 'rev=2.000&st=1.000', undefined, DE).values).toMatchObject({
      annualRevenue: 2000,
      staffAffected: 1000,
    });
  });

  it.each([
    [revenue, '1.500.000', 1_500_000, undefined],
    [productivityLoss, '99,9', 99.9, undefined],
    [productivityLoss, '99,9 %', 99.9, undefined],
    [productivityLoss, `99,9${NBSP}%`, 99.9, undefined],
    [staff, '1 000', 1000, undefined],
    [cents, '1.234,56 €', 1234.56, undefined],
    [cents, `1.234,56${NBSP}€`, 1234.56, undefined],
    [cents, '-1.234,56 €', 0, 'negative'],
    [revenue, '1.234,56 €', 1235, 'too-many-decimals'], // whole units only: read, then rounded
    [incidents, '2,14', 2.14, undefined],
    [hourlyRate, '1.000', 1000, undefined],
    [hourlyRate, '1.500', 1000, 'above-max'], // only the German reading is read as written; 1,5 would need a decimal
  ] as const)('de-DE %#: %s ← %o', (s, raw, value, code) => {
    const r = parseInput(s, raw, DE);
    expect(r.value).toBe(value);
    expect(r.issue?.code).toBe(code);
  });

  it.each([`1${NNBSP}234,5`, `1${NBSP}234,5`, '1 234,5', `1${NNBSP}234,50`])('fr-FR: %j is 1234.5', (raw) => {
    expect(parseInput(downtimeMinutes, raw, FR)).toEqual({ value: 1234.5 });
    expect(parseInput(downtimeMinutes, raw, { locale: 'fr-CA' })).toEqual({ value: 1234.5 });
  });

  it('fr-FR: money as Intl writes it, and "." grouping as in older French usage', () => {
    expect(parseInput(cents, `1${NNBSP}234,50${NBSP}€`, FR)).toEqual({ value: 1234.5 });
    expect(parseInput(cents, `1${NNBSP}234,50${NBSP}$CA`, FR)).toEqual({ value: 1234.5 });
    expect(parseInput(staff, '1.234', FR)).toEqual({ value: 1234 });
  });

  it('en-US: percent fields take one decimal', () => {
    expect(parseInput(productivityLoss, '12.5')).toEqual({ value: 12.5 });
    expect(parseInput(productivityLoss, '12.5%')).toEqual({ value: 12.5 });
    expect(parseInput(productivityLoss, 12.5)).toEqual({ value: 12.5 });
    const r = parseInput(productivityLoss, '12.55');
    expect(r.value).toBe(12.6);
    expect(r.issue?.message).toBe(
      'Share of work that stops during an outage takes at most 1 decimal place, so it was rounded to 12.6%.',
    );
    expect(inputDecimals(productivityLoss)).toBe(1);
    expect(inputDecimals(hourlyRate)).toBe(0);
  });

  it('availability takes six nines: 99.9999% allows 31.536 s a year', () => {
    expect(parseInput(availability, '99.9999')).toEqual({ value: 99.9999 });
    expect(parseInput(availability, '99,9999 %', DE)).toEqual({ value: 99.9999 });
    expect(downtimeAllowed(99.9999).year).toBeCloseTo(31.536, 6);
    expect(encodeInputs(UPTIME_SPECS, { availability: 99.9999 })).toBe('a=99.9999');
  });

  it('messages in de-DE quote numbers as the hint does: 1.000.000.000', () => {
    const r = parseInput(revenue, 'viel', DE);
    expect(r.issue?.message).toBe(
      'Annual revenue must be a number between 0 and 1.000.000.000; what was entered is not a number, so the default 2.000.000 is used.',
    );
    expect(parseInput(productivityLoss, '101', DE).issue?.message).toContain(`between 0${NBSP}% and 100${NBSP}%`);
    expect(parseInput(revenue, '2e9', FR).issue?.message).toContain(`1${NNBSP}000${NNBSP}000${NNBSP}000 is used`);
    // en-US is as before
    expect(parseInput(revenue, '2e9').issue?.message).toContain(
      'between 0 and 1,000,000,000; the value was too high, so 1,000,000,000 is used.',
    );
  });
});

describe('ambiguous strings: read in the page’s format, with a notice', () => {
  it('de-DE 1.500 in a field where both readings fit', () => {
    const r = parseInput(fine, '1.500', DE);
    expect(r.value).toBe(1500);
    expect(r.issue).toEqual({
      code: 'read-as',
      message:
        'Fine amount was read as 1.500; in the German number format “.” separates thousands and “,” marks decimals.',
    });
    expect(isInformational(r.issue)).toBe(true);
  });

  it('en-US 1,500 and 1.500 in the same field', () => {
    expect(parseInput(fine, '1,500')).toEqual({
      value: 1500,
      issue: {
        code: 'read-as',
        message:
          'Fine amount was read as 1,500; in the US number format “,” separates thousands and “.” marks decimals.',
      },
    });
    const r = parseInput(fine, '1.500');
    expect(r.value).toBe(1.5);
    expect(r.issue?.code).toBe('read-as');
    expect(r.issue?.message).toContain('read as 1.5; in the US number format');
  });

  it('no notice where only one reading fits the field: a whole-number field cannot mean one and a half', () => {
    expect(parseInput(staff, '1.500', DE)).toEqual({ value: 1500 });
    expect(parseInput(staff, '1,500')).toEqual({ value: 1500 });
    expect(parseInput(salary, '55,000')).toEqual({ value: 55_000 });
    expect(parseInput(revenue, '1,200')).toEqual({ value: 1200 });
  });
});

describe('the other convention: read when exactly one reading fits, else rejected', () => {
  it.each([
    // [spec, raw, options, value, code]
    [incidents, '1,5', {}, 1.5, 'read-as'], // en-US page, decimal comma
    [cents, '1,234.56', DE, 1234.56, 'read-as'], // de-DE page, US writing
    [downtimeMinutes, '1,234.5', FR, 1234.5, 'read-as'],
    [incidents, '2.5', DE, 2.5, 'read-as'],
    [staff, '1.500', {}, 1500, 'read-as'], // 1.5 people would need a decimal; 1.500 grouped fits
    [hourlyRate, '12,5', {}, 150, 'junk'], // 12.5 is not a whole number: rejected
    [hourlyRate, '12.5', DE, 150, 'junk'],
    [incidents, '1,2,3', DE, 2.14, 'junk'],
    [incidents, '1.2.3', {}, 2.14, 'junk'],
    [staff, '1.234 567', DE, 20, 'junk'], // one kind of group separator per number
    [staff, '12.34', DE, 20, 'junk'],
  ] as const)('%#: %s ← %o %o', (s, raw, opts, value, code) => {
    const r = parseInput(s, raw, opts);
    expect(r.value).toBe(value);
    expect(r.issue?.code).toBe(code);
  });

  it('a leading 0 is never a group: "0.500" on a German page is a half, read as the other convention', () => {
    expect(parseInput(fine, '0.500', DE)).toMatchObject({ value: 0.5, issue: { code: 'read-as' } });
    // written with three decimals, it does not fit a field taking two: rejected rather than guessed
    expect(parseInput(incidents, '0.500', DE).issue?.code).toBe('junk');
  });

  it('messages say how the page writes numbers', () => {
    expect(parseInput(incidents, '1,5').issue?.message).toBe(
      'Whole-office outages per year was read as 1.5; in the US number format “,” separates thousands and “.” marks decimals.',
    );
    expect(parseInput(hourlyRate, '12,5').issue?.message).toBe(
      'Technician hourly rate must be a number between 0 and 1,000; what was entered is not a number in the US number format, where “,” separates thousands and “.” marks decimals, so the default 150 is used.',
    );
    expect(parseInput(downtimeMinutes, '1,234.5', FR).issue?.message).toContain(
      'in the French number format a space separates thousands and “,” marks decimals.',
    );
  });

  it('links: a plain point decimal is what encodeInputs writes, read without a notice in any format', () => {
    const d = decodeInputs(COMPARISON_SPECS, 'loc=de-DE&inc=2.5&hr=175');
    expect(d.values).toMatchObject({ incidentsPerYear: 2.5, hourlyRate: 175 });
    expect(d.notices).toEqual([]);
    // typed into a form, the same text gets a notice
    expect(parseInput(incidents, '2.5', DE).issue?.code).toBe('read-as');
  });
});

describe('duplicate keys', () => {
  it('?st=50&st=5000: the first is used, with a notice naming it', () => {
    const d = decodeInputs(PROFILE_SPECS, '?st=50&st=5000');
    expect(d.values['staffAffected']).toBe(50);
    expect(d.notices).toEqual([
      {
        id: 'staffAffected',
        key: 'st',
        code: 'duplicate-key',
        message:
          'Staff who cannot work normally during an outage is given 2 times in the link; the first, 50, is used.',
      },
    ]);
    expect(isInformational(d.notices[0])).toBe(true);
  });
  it('the notice formats in the link’s locale, and choices by label', () => {
    const d = decodeInputs(PROFILE_SPECS, 'loc=de-DE&sal=55.000&sal=1');
    expect(d.values['annualSalary']).toBe(55_000);
    expect(d.notices.map((n) => n.message)).toEqual([
      'Average salary per person is given 2 times in the link; the first, 55.000, is used.',
    ]);
    const c = decodeInputs(COMPARISON_SPECS, 'pm=flat&pm=per-user');
    expect(c.notices[0]?.message).toContain('the first, Flat package, is used.');
  });
});

describe('API', () => {
  it('settings keys agree with the specs', () => {
    expect(CURRENCY_KEY).toBe(CURRENCY_SPEC.key);
    expect(LOCALE_KEY).toBe(LOCALE_SPEC.key);
  });
  it('a currency alone picks its locale, as for formatting; an unknown locale falls back', () => {
    expect(parseInput(staff, '1.500', { currency: 'EUR' })).toMatchObject({ value: 1500, issue: { code: 'read-as' } }); // en-IE
    expect(parseInput(staff, '1.500', { locale: 'xx-XX' })).toMatchObject({ value: 1500, issue: { code: 'read-as' } });
    expect(decodeInputs(PROFILE_SPECS, 'cur=EUR&loc=de-DE&sal=55.000').values['annualSalary']).toBe(55_000);
    expect(decodeInputs(PROFILE_SPECS, 'loc=zz&sal=55.000', undefined, DE).values['annualSalary']).toBe(55_000);
  });
  it('parseValues and decodeInputs base values read in the page’s format', () => {
    expect(parseValues(PROFILE_SPECS, { annualSalary: '62.500' }, DE).values).toMatchObject({ annualSalary: 62_500 });
    expect(decodeInputs(PROFILE_SPECS, '', { annualSalary: '62.500' } as never, DE).values).toMatchObject({
      annualSalary: 62_500,
    });
  });
  it('separators come from Intl', () => {
    expect(numberSeparators('de-DE')).toEqual({ group: '.', decimal: ',' });
    expect(numberSeparators('fr-FR')).toEqual({ group: NNBSP, decimal: ',' });
    expect(numberSeparators('en-US')).toEqual({ group: ',', decimal: '.' });
  });
});
