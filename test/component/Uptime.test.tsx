// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import Uptime from '../../src/islands/calculators/Uptime';
import { islandSpecs } from '../../src/islands/props';
import { byIdSuffix, fresh, SLOW } from './helpers';

const specs = islandSpecs('uptime');

describe('Uptime island', () => {
  beforeEach(() => fresh('uptime'));

  it('converts the default 99.9% into downtime per year, both directions and combinations', async () => {
    const { container } = render(<Uptime specs={specs} />);
    // 0.1% of 365 days = 31,536 s = 8 h 45 min 36 s.
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('8 hr 45 min 36 sec'), SLOW);
    // 43.2 min of a 30-day month (43,200 min) = 0.1% down → 99.9%.
    expect(container.textContent).toContain('99.9%');
    // MTBF 720, MTTR 4: 720 ÷ 724 = 99.4475%.
    expect(container.textContent).toContain('99.4475%');
    // Three in series: 0.999³ = 99.7003%; two in parallel: 1 − 0.001² = 99.9999%.
    expect(container.textContent).toContain('99.7003%');
    expect(container.textContent).toContain('99.9999%');
    expect(screen.queryByLabelText('Currency')).toBeNull();
    // With no currency asked, the default number format is not named after one.
    const format = screen.getByLabelText<HTMLSelectElement>('Number format');
    expect(format.options[0]!.textContent).toBe('Default');
    expect(format.options[6]!.textContent).toBe('1.234,5 (Germany)');
  });

  it('reacts to input and validates it', async () => {
    const { container } = render(<Uptime specs={specs} />);
    const a = container.querySelector<HTMLInputElement>('input[name="a"]')!;
    fireEvent.input(a, { target: { value: '99' } });
    // 1% of 365 days = 3.65 days = 3 days 15 hr 36 min.
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('3 days 15 hr 36 min'), SLOW);
    fireEvent.input(a, { target: { value: '101' } });
    await waitFor(() => expect(a.getAttribute('aria-invalid')).toBe('true'), SLOW);
    expect(container.querySelector('.error-summary')?.textContent).toContain(
      'Availability must be between 0% and 100%',
    );
  });

  it('parses its URL state', async () => {
    fresh('uptime', '?a=99.99&n=1e308');
    const { container } = render(<Uptime specs={specs} />);
    // 0.01% of 365 days = 3,153.6 s = 52 min 34 sec (rounded to the second shown).
    await waitFor(() => expect(byIdSuffix(container, '-headline').textContent).toBe('52 min 34 sec'), SLOW);
    expect(container.querySelector('.notice')?.textContent).toContain('Services that must all work');
    expect((screen.getByLabelText(/Services that must all work/) as HTMLInputElement).value).toBe('20');
  });
});
