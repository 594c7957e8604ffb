// @vitest-environment happy-dom
/**
 * The calculator and profile stores without an island: parsing lives in the stores, a shared link or
 * back/forward never overwrites what the reader's browser remembers, tabs merge field by field, and an
 * embed never adds history entries to its host.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculatorStore, resetCalculatorStores } from '../../src/stores/calculator';
import { $profile, $remembered, forgetProfile, keepLinkNumbers } from '../../src/stores/profile';
import { islandSpecs } from '../../src/islands/props';

const specs = islandSpecs('downtime-cost');
const saved = (id: string) => localStorage.getItem(`itse:profile:${id}`);

beforeEach(() => {
  resetCalculatorStores();
  forgetProfile();
  localStorage.clear();
  history.replaceState(null, '', '/calculators/downtime-cost/');
});
afterEach(() => vi.useRealTimers());

describe('calculator store', () => {
  it('computes results in the store: once per change, shared by every placement, from the parsed values', () => {
    const model = vi.fn(
      (v: Record<string, number | string>) => Number(v['outageHours']) * Number(v['incidentsPerYear']),
    );
    const a = calculatorStore('downtime-cost', specs).results(model);
    const b = calculatorStore('downtime-cost', specs).results(model);
    expect(b).toBe(a); // the same store for every placement
    const seen: number[] = [];
    const offA = a.subscribe((r) => seen.push(r));
    const offB = b.subscribe(() => undefined);
    expect(seen).toEqual([1.5 * 2.14]); // the defaults: 1.5 h outages, 2.14 a year
    calculatorStore('downtime-cost', specs).edit('outageHours', '3');
    expect(seen.at(-1)).toBeCloseTo(3 * 2.14);
    expect(model).toHaveBeenCalledTimes(2); // not once per listener
    calculatorStore('downtime-cost', specs).edit('outageHours', 'abc'); // unusable text: the default, as parsed
    expect(seen.at(-1)).toBeCloseTo(1.5 * 2.14);
    offA();
    offB();
  });

  it('parses every field in the store: values for the model, a message for a text it could not use', () => {
    const s = calculatorStore('downtime-cost', specs);
    s.edit('outageHours', '3');
    s.edit('incidentsPerYear', 'lots');
    const { values, errors } = s.$parsed.get();
    expect(values['outageHours']).toBe(3);
    expect(values['incidentsPerYear']).toBe(2.14); // the default, with a message naming it
    expect(errors['incidentsPerYear']).toMatch(/default 2\.14 is used/);
    expect(errors['outageHours']).toBeUndefined();
  });

  it('reads numbers in the page’s own format: German 55.000 is fifty-five thousand', () => {
    const s = calculatorStore('downtime-cost', specs);
    s.edit('locale', 'de-DE');
    s.edit('annualSalary', '55.000');
    s.edit('outageHours', '1,5');
    s.edit('annualRevenue', '1,500');
    const { values, errors, notes } = s.$parsed.get();
    expect(values['annualSalary']).toBe(55_000);
    expect(values['outageHours']).toBe(1.5);
    expect(errors).toEqual({});
    // Revenue takes no decimals, so 1,500 can only be fifteen hundred: the field says how it was read,
    // and nothing is wrong (no error, so the verdict stands).
    expect(values['annualRevenue']).toBe(1500);
    expect(notes['annualRevenue']).toMatch(/read as 1\.500/);
  });

  it('a profile edit is remembered field by field', () => {
    const s = calculatorStore('downtime-cost', specs);
    s.edit('staffAffected', '45');
    expect(saved('staffAffected')).toBe('45');
    expect($profile.get()).toEqual({ staffAffected: '45' });
  });
});

describe('shared links and history never overwrite the remembered profile', () => {
  it('a link shows its numbers; the remembered ones stay, and come back with "keep" only when asked', () => {
    $remembered.setKey('staffAffected', '45');
    $remembered.setKey('annualRevenue', '5000000');
    history.replaceState(null, '', '/calculators/downtime-cost/?st=7&dur=2');
    const s = calculatorStore('downtime-cost', specs);
    s.applyQuery();
    expect(s.$parsed.get().values['staffAffected']).toBe(7);
    expect(s.$parsed.get().values['annualRevenue']).toBe(2_000_000); // the link's author had the default
    expect(saved('staffAffected')).toBe('45');
    expect(saved('annualRevenue')).toBe('5000000');
    s.edit('staffAffected', '8'); // editing a link's number changes what is shown, not what is kept
    expect(s.$parsed.get().values['staffAffected']).toBe(8);
    expect(saved('staffAffected')).toBe('45');
    keepLinkNumbers();
    expect(saved('staffAffected')).toBe('8');
    expect(saved('annualRevenue')).toBe('5000000');
  });

  it('the edit that woke the island, made before the address bar was first read, is kept', () => {
    history.replaceState(null, '', '/calculators/downtime-cost/?dur=2');
    const s = calculatorStore('downtime-cost', specs);
    s.edit('incidentsPerYear', '5'); // a click or keystroke that hydrated the island
    s.applyQuery(); // what the island does once mounted
    expect(s.$parsed.get().values['incidentsPerYear']).toBe(5);
    expect(s.$parsed.get().values['outageHours']).toBe(2);
  });

  it('back to an address without values shows the remembered profile again and writes nothing', () => {
    $remembered.setKey('staffAffected', '45');
    const s = calculatorStore('downtime-cost', specs);
    history.replaceState(null, '', '/calculators/downtime-cost/?st=9');
    s.applyQuery();
    expect(s.$parsed.get().values['staffAffected']).toBe(9);
    history.replaceState(null, '', '/calculators/downtime-cost/');
    s.applyQuery(); // what popstate does
    expect(s.$parsed.get().values['staffAffected']).toBe(45);
    expect(saved('staffAffected')).toBe('45');
  });

  it('embed options alone (show, theme) do not hide the remembered numbers; a currency option is not remembered', () => {
    $remembered.setKey('staffAffected', '45');
    history.replaceState(null, '', '/embed/downtime-cost/?show=summary&theme=dark');
    const s = calculatorStore('downtime-cost', specs);
    s.applyQuery();
    expect(s.$parsed.get().values['staffAffected']).toBe(45);
    resetCalculatorStores();
    history.replaceState(null, '', '/embed/downtime-cost/?cur=EUR');
    const e = calculatorStore('downtime-cost', specs);
    e.applyQuery();
    expect(e.$parsed.get().values['currency']).toBe('EUR');
    expect(saved('currency')).toBeNull();
  });

  it('Reset forgets everything it set', () => {
    const s = calculatorStore('downtime-cost', specs);
    s.edit('staffAffected', '45');
    s.edit('outageHours', '3');
    s.reset();
    expect(s.$raw.get()).toEqual({});
    expect(Object.keys(localStorage).filter((k) => k.startsWith('itse:'))).toEqual([]);
  });
});

describe('two tabs', () => {
  it('merge per field: another tab’s edit of one field leaves this tab’s other fields alone', () => {
    const s = calculatorStore('downtime-cost', specs);
    const off = $profile.listen(() => undefined); // the island's subscription keeps the stores listening
    s.edit('staffAffected', '45');
    localStorage.setItem('itse:profile:annualRevenue', '5000000');
    window.dispatchEvent(new StorageEvent('storage', { key: 'itse:profile:annualRevenue', newValue: '5000000' }));
    expect($profile.get()).toEqual({ staffAffected: '45', annualRevenue: '5000000' });
    off();
  });
});

describe('address bar', () => {
  it('a page adds one history entry per field edited; an embed replaces its entry instead', () => {
    vi.useFakeTimers();
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    const page = calculatorStore('downtime-cost', specs);
    page.syncAddressBar(true);
    page.edit('outageHours', '3');
    vi.advanceTimersByTime(500);
    expect(push).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?dur=3');
    resetCalculatorStores();
    push.mockClear();
    replace.mockClear();
    const embed = calculatorStore('downtime-cost', specs);
    embed.syncAddressBar(false);
    embed.edit('outageHours', '4');
    vi.advanceTimersByTime(500);
    embed.edit('incidentsPerYear', '5');
    vi.advanceTimersByTime(500);
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalled();
    expect(location.search).toBe('?inc=5&dur=4');
  });
});
