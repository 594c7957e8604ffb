// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import CostComparison from '../../src/islands/calculators/CostComparison';
import { comparisonSeed } from '../../src/islands/later/seeds';
import { islandSpecs } from '../../src/islands/props';
import { compareModels, type ComparisonInputs } from '../../src/model/compare';
import { defaultValues } from '../../src/model/inputs';
import { formatMoney } from '../../src/model/format';
import { byIdSuffix, fresh, SLOW } from './helpers';

const specs = islandSpecs('cost-comparison');
const defaults = defaultValues(specs) as unknown as ComparisonInputs;
// The heavy results for the defaults, as the server sends them with the island's props.
const seed = comparisonSeed(specs);

describe('CostComparison island', () => {
  beforeEach(() => fresh('cost-comparison'));

  it('renders the model’s default comparison, the break-even figures and all three charts', async () => {
    const { container } = render(<CostComparison specs={specs} seed={seed} />);
    const r = compareModels(defaults);
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toContain(formatMoney(r.breakFix.annual.total)), SLOW);
    expect(container.textContent).toContain(formatMoney(r.managed.annual.total));
    expect(container.textContent).toContain('Chance break/fix costs more this year');
    const charts = container.querySelectorAll('svg[role="img"]');
    expect(charts.length).toBe(3);
    for (const svg of charts) {
      expect(svg.querySelector('title')?.textContent).toBeTruthy();
      expect(svg.querySelector('desc')?.textContent).not.toMatch(/NaN|undefined/);
    }
    expect(container.querySelectorAll('details.data').length).toBe(3);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('hydrates from the server-computed seed without simulating, and simulates once the inputs change', async () => {
    const real = seed;
    // A seed no simulation would produce: if the island shows it, it did not recompute on first render.
    const fake = { ...real, sim: { ...real.sim, probabilityBreakFixCostsMore: 0.77 } };
    const { container } = render(<CostComparison specs={specs} seed={fake} />);
    const chance = () => screen.getByText('Chance break/fix costs more this year').nextElementSibling!.textContent;
    expect(chance()).toBe('77%');
    await new Promise((r) => setTimeout(r, 50));
    expect(chance()).toBe('77%'); // mounting with the same (default) inputs does not recompute either
    fireEvent.input(screen.getByLabelText(/Incidents needing a technician/), { target: { value: '14' } });
    await waitFor(() => expect(chance()).not.toBe('77%'), SLOW);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('marks the break-even month on the cumulative chart when there is one', async () => {
    // 14 incidents a year makes break/fix dear enough that managed catches up after its onboarding fee.
    fresh('cost-comparison', '?inc=14');
    const { container } = render(<CostComparison specs={specs} seed={seed} />);
    const r = compareModels({ ...defaults, incidentsPerYear: 14 });
    expect(r.breakEvenMonth).toBeGreaterThan(1);
    await waitFor(() => expect(container.querySelector('.mark text')?.textContent).toBe(`Break-even: month ${r.breakEvenMonth}`), SLOW);
  });

  it('reacts to the pricing model: per-device pricing shows device fields instead of per-user ones', async () => {
    const { container } = render(<CostComparison specs={specs} seed={seed} />);
    const field = (key: string) => container.querySelector(`input[name="${key}"]`);
    expect(field('ws')).toBeNull();
    expect(field('pu')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Managed pricing'), { target: { value: 'per-device' } });
    await waitFor(() => expect(field('ws')).toBeTruthy(), SLOW);
    expect(field('pu')).toBeNull();
  });

  it('validates typed values and keeps results finite', async () => {
    const { container } = render(<CostComparison specs={specs} seed={seed} />);
    const rate = screen.getByLabelText(/Technician hourly rate/);
    fireEvent.input(rate, { target: { value: '-5' } });
    await waitFor(() => expect(rate.getAttribute('aria-invalid')).toBe('true'), SLOW);
    expect(container.querySelector('.error-summary')?.textContent).toContain('cannot be negative');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('restores currency from the URL and formats every amount in it', async () => {
    fresh('cost-comparison', '?cur=EUR&loc=de-DE');
    const { container } = render(<CostComparison specs={specs} seed={seed} />);
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toContain('€'), SLOW);
    expect((screen.getByLabelText('Currency') as HTMLSelectElement).value).toBe('EUR');
  });
});
