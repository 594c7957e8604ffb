// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import ProviderQuotes from '../../src/islands/calculators/ProviderQuotes';
import { calculator } from '../../src/calculators/registry';
import { islandSpecs } from '../../src/islands/props';
import { $profile } from '../../src/stores/profile';
import { byIdSuffix, fresh, openGroups, SLOW } from './helpers';

const specs = islandSpecs('provider-quotes');
const headline = (c: ParentNode) => byIdSuffix(c, '-headline').textContent;
/** The side-by-side table's row with this label, as the texts of its cells. */
const row = (c: ParentNode, label: string) => {
  const th = [...c.querySelectorAll('table.quotes tbody th')].find((h) => h.textContent === label);
  if (!th) throw new Error(`no row ${label}`);
  return [...th.parentElement!.querySelectorAll('td')].map((td) => td.textContent);
};

describe('ProviderQuotes island', () => {
  beforeEach(() => fresh('provider-quotes'));

  it('renders the three example quotes, labeled as examples, on one footing', () => {
    const { container } = render(<ProviderQuotes specs={specs} />);
    // B: 20 devices × $90 = 1,800 + (email 480 + backup 480 + out of hours 96.30) ÷ 12 = 1,888.03 → $94 a user.
    expect(headline(container)).toBe('$94');
    expect(container.textContent).toContain('Quote B (example)');
    expect(container.textContent).toMatch(
      /Example quotes, not real offers.*prices are illustrative, inside published ranges/,
    );
    expect(row(container, 'Per user a month')).toEqual(['$126', '$94', '$128']);
    expect(row(container, 'Email security')).toEqual(['Included', 'Not included', 'Included']);
    // The tier's limits apply to the tier only.
    expect(row(container, 'Users the tier covers')).toEqual(['—', '—', '25']);
    expect(row(container, 'Leaving after 12 months costs')).toEqual(['$60,000', '$3,600', '$18,000']);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('reprices every quote when the firm changes, and shares staff through the profile', async () => {
    const { container } = render(<ProviderQuotes specs={specs} />);
    fireEvent.input(screen.getByLabelText(/Staff who use IT/), { target: { value: '30' } });
    // 30 staff and (following them) 30 devices: B = 2,700 + (720 + 720 + 96.30) ÷ 12 = 2,828.03 → $94.27 a user;
    // C's tier covers 25 users: 5 over at $100 → 2,900 + 100 + (1,080 + 96.30) ÷ 12 = 3,098.03 → $103 a user.
    await waitFor(() => expect(row(container, 'Per user a month')).toEqual(['$126', '$94', '$103']), SLOW);
    expect(row(container, 'Monthly fee for your firm')).toEqual(['$3,750', '$2,700', '$2,900']);
    expect($profile.get().staffAffected).toBe('30');
  });

  it('a quote edited is no longer called an example, and a tier shows its limits to fill in', async () => {
    const { container } = render(<ProviderQuotes specs={specs} />);
    fireEvent.change(screen.getByLabelText('Quote A: how it is priced'), { target: { value: 'tier' } });
    await waitFor(() => expect(container.querySelector('table.quotes thead')?.textContent).toContain('Quote A'), SLOW);
    expect(container.querySelector('table.quotes thead')?.textContent).not.toContain('Quote A (example)');
    await openGroups(container);
    expect(screen.getByLabelText(/Quote A: users the tier covers/)).toBeTruthy();
    expect(screen.queryByLabelText(/Quote B: users the tier covers/)).toBeNull();
  });

  it('a bad price gets a message naming the value used, and the answer never shows NaN', async () => {
    const { container } = render(<ProviderQuotes specs={specs} />);
    const field = screen.getByLabelText(/Quote A: price a month/);
    fireEvent.input(field, { target: { value: 'cheap' } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), SLOW);
    const msg = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent;
    expect(msg).toContain('Quote A: price a month');
    expect(msg).toContain('the default 125 is used');
    expect(container.querySelector('.error-summary')?.textContent).toContain('There is a problem');
    expect(headline(container)).toBe('$94');
  });

  it('reads German numbers the German way in a quote’s fields, and writes its short keys to the URL', async () => {
    fresh('provider-quotes', '?loc=de-DE');
    const { container } = render(<ProviderQuotes specs={specs} />);
    fireEvent.input(screen.getByLabelText(/Quote B: price a month/), { target: { value: '1.250,5' } });
    // B at 1,250.5 a device × 20 devices = 25,010 a month, in the German format.
    await waitFor(() => expect(row(container, 'Monthly fee for your firm')[1]).toMatch(/^25\.010\s\$$/), SLOW);
    await waitFor(() => expect(location.search).toContain('qbp=1250.5'), SLOW);
  });

  it('compares four quotes when asked, from a link, with a notice for a value out of range', async () => {
    fresh('provider-quotes', '?nq=4&qdt=999');
    const { container } = render(<ProviderQuotes specs={specs} />);
    await waitFor(() => expect(container.querySelectorAll('table.quotes thead th')).toHaveLength(5), SLOW);
    expect(container.querySelector('.notice')?.textContent).toContain('Quote D: minimum term in months');
    expect(row(container, 'Minimum term in months')[3]).toBe('120');
  });

  it('embed variant shows only the sections named in ?show=', async () => {
    fresh('provider-quotes', '?show=summary');
    const { container } = render(
      <ProviderQuotes specs={specs} sections={calculator('provider-quotes').sections} variant="embed" />,
    );
    await waitFor(() => expect(container.querySelector('table.quotes')).toBeNull(), SLOW);
    expect(container.querySelector('input[name="qap"]')).toBeNull();
    expect(headline(container)).toBe('$94');
  });
});
