// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import DowntimeCost from '../../src/islands/calculators/DowntimeCost';
import { calculator } from '../../src/calculators/registry';
import { islandSpecs } from '../../src/islands/props';
import { $profile } from '../../src/stores/profile';
import { byIdSuffix, fresh, openGroups, SLOW } from './helpers';

const specs = islandSpecs('downtime-cost');
const headline = (c: ParentNode) => byIdSuffix(c, '-headline').textContent;

describe('DowntimeCost island', () => {
  beforeEach(() => fresh('downtime-cost'));

  it('renders the default scenario with every input showing unit, range and provenance', async () => {
    const { container } = render(<DowntimeCost specs={specs} />);
    await openGroups(container);
    // Defaults: revenue/hour = 2,000,000 ÷ 2,080 × 29% = 278.85; loaded cost = 55,000 × 1.3 ÷ 2,080 = 34.375;
    // productivity/hour = 20 × 34.375 × 37% = 254.375; tail = 20 × 34.375 × 30% × 1 h = 206.25 per outage.
    // Per year = 2.14 × (1.5 × (278.85 + 254.375) + 206.25) = 2.14 × 1,006.09 = 2,153.03.
    await waitFor(() => expect(headline(container)).toBe('$2,153'), SLOW);
    expect(screen.getByText('$533')).toBeTruthy(); // per hour: 278.85 + 254.38
    // Beside the currency, the default number format is the currency's.
    expect(screen.getByLabelText<HTMLSelectElement>('Number format').options[0]!.textContent).toBe('Currency default');
    const revenue = screen.getByLabelText(/Annual revenue/);
    expect(revenue.getAttribute('aria-describedby')).toMatch(/-h$/);
    const hint = document.getElementById(revenue.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toContain('0 to 1,000,000,000');
    expect(hint.textContent).toContain('assumption — change it');
    const share = document.getElementById(
      screen.getByLabelText(/Share of revenue lost/).getAttribute('aria-describedby')!,
    )!;
    expect(share.querySelector('a')?.getAttribute('href')).toBe('/sources/#ca-2010');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('updates results live as a field changes, and shares staff through the profile store', async () => {
    const { container } = render(<DowntimeCost specs={specs} />);
    fireEvent.input(screen.getByLabelText(/Staff who cannot work/), { target: { value: '50' } });
    // Per hour: 278.85 + 50 × 34.375 × 37% = 278.85 + 635.94 = 914.78.
    await waitFor(() => expect(screen.getByText('$915')).toBeTruthy(), SLOW);
    expect($profile.get().staffAffected).toBe('50');
    expect(headline(container)).not.toBe('$2,153');
  });

  it('shows an inline error, aria-invalid and an error summary linking to the field', async () => {
    const { container } = render(<DowntimeCost specs={specs} />);
    const field = screen.getByLabelText(/Outages per year/);
    fireEvent.input(field, { target: { value: 'lots' } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), SLOW);
    const msgId = field.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(document.getElementById(msgId)?.textContent).toContain(
      'Outages per year must be a number between 0 and 365',
    );
    const summary = container.querySelector('.error-summary')!;
    expect(summary.textContent).toContain('There is a problem');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe(`#${field.id}`);
    // The result falls back to the default (2.14 outages) rather than showing NaN.
    expect(headline(container)).toBe('$2,153');
  });

  it('reads its inputs from the URL through the model parser, with a notice for bad values', async () => {
    fresh('downtime-cost', '?st=50&inc=%3Cscript%3E&hr=javascript%3Aalert(1)');
    const { container } = render(<DowntimeCost specs={specs} />);
    await waitFor(
      () => expect((screen.getByLabelText(/Staff who cannot work/) as HTMLInputElement).value).toBe('50'),
      SLOW,
    );
    const notice = container.querySelector('.notice')!;
    expect(notice.textContent).toContain('Outages per year');
    expect(notice.querySelector('script')).toBeNull();
    expect((screen.getByLabelText(/Outages per year/) as HTMLInputElement).value).toBe('2.14');
  });

  it('writes changed inputs to the URL with the model short keys', async () => {
    render(<DowntimeCost specs={specs} />);
    fireEvent.input(screen.getByLabelText(/Typical outage length/), { target: { value: '3' } });
    await waitFor(() => expect(location.search).toBe('?dur=3'), SLOW);
  });

  it('reads German numbers the German way, and says how it read a text that could mean two things', async () => {
    fresh('downtime-cost', '?loc=de-DE&st=50');
    const { container } = render(<DowntimeCost specs={specs} />);
    await openGroups(container);
    fireEvent.input(screen.getByLabelText(/Average salary/), { target: { value: '55.000' } });
    fireEvent.input(screen.getByLabelText(/Annual revenue/), { target: { value: '1,500' } });
    await waitFor(() => expect(container.querySelector('.read-as')?.textContent).toMatch(/read as 1\.500/), SLOW);
    expect(container.querySelector('.error-summary')).toBeNull();
    // Per hour: 1,500 ÷ 2,080 × 29% = 0.21 of revenue + 50 × 34.375 × 37% = 635.94 of work: 636 in the German format.
    await waitFor(() => expect(container.querySelector('.results')?.textContent).toContain('636'), SLOW);
    expect(location.search).not.toContain('sal=55&');
  });

  it('embed variant shows only the sections named in ?show=', async () => {
    fresh('downtime-cost', '?show=summary,%3Cb%3E&compact=1');
    const { container } = render(
      <DowntimeCost specs={specs} sections={calculator('downtime-cost').sections} variant="embed" />,
    );
    await waitFor(() => expect(container.querySelector('.compact')).toBeTruthy(), SLOW);
    expect(container.querySelector('input[name="st"]')).toBeNull();
    expect(container.querySelector('figure')).toBeNull();
    expect(byIdSuffix(container, '-headline').textContent).toBe('$2,153');
  });
});
