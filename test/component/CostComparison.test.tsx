// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import CostComparison from '../../src/islands/calculators/CostComparison';
import { comparisonPrecomputed } from '../../src/islands/later/precomputed';
import { islandSpecs } from '../../src/islands/props';
import { compareModels, type ComparisonInputs } from '../../src/model/compare';
import { defaultValues } from '../../src/model/inputs';
import { formatMoney } from '../../src/model/format';
import { OPTION_IDS } from '../../src/model/options';
import { byIdSuffix, fresh, openGroups, SLOW } from './helpers';

const specs = islandSpecs('cost-comparison');
const defaults = defaultValues(specs) as unknown as ComparisonInputs;
// The heavy results for the defaults, as the server sends them with the island's props.
const precomputed = comparisonPrecomputed(specs);
const money = (v: number) => formatMoney(v);
const headline = (container: ParentNode) => byIdSuffix(container, '-headline').textContent;
const stat = (label: string) => screen.getByText(label).nextElementSibling!.textContent;
/** The breakdown table's rows as text: the row head, then one cell per option. */
const breakdownRows = (container: ParentNode) =>
  [...container.querySelectorAll('table.breakdown tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('CostComparison island', () => {
  beforeEach(() => fresh('cost-comparison'));

  it('headline: cash apart from estimated downtime and risk, with the model’s numbers', async () => {
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    const d = compareModels(defaults).difference;
    // The illustrative 20-person firm: managed costs more in cash, saves part of it in downtime.
    expect(d.cash).toBeGreaterThan(0);
    expect(-d.downtime).toBeGreaterThan(0);
    expect(-d.downtime).toBeLessThan(d.cash);
    await waitFor(() => expect(headline(container)).toContain('In cash'), SLOW);
    expect(headline(container)).toBe(
      `In cash, managed costs ${money(d.cash)} a year more than break/fix. ` +
        `Counting estimated downtime it saves ${money(-d.downtime)} of that, ` +
        `and it lowers the expected cost of a security incident by ${money(-d.risk)}. ` +
        `Everything counted, break/fix is ${money(d.total)} a year cheaper.`,
    );
    // The figures the issue quotes for the defaults.
    expect(headline(container)).toContain('$15,147 a year more');
    expect(headline(container)).toContain('saves $6,263 of that');
    expect(headline(container)).toContain('by $332');
  });

  it('breakdown: a column per option, every part in a row, parts adding up to the model’s totals', () => {
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    const r = compareModels(defaults);
    const table = container.querySelector('table.breakdown')!;
    expect(table.querySelector('caption')?.textContent).toBeTruthy();
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).toEqual([
      'Part',
      'Break/fix',
      'Managed',
      'In-house IT',
      'Co-managed',
    ]);
    expect([...table.querySelectorAll('th[scope="rowgroup"]')].map((th) => th.textContent)).toEqual([
      'Cash',
      'Estimated downtime',
      'Risk',
    ]);
    const rows = breakdownRows(container);
    const row = (head: string) => rows.find((cells) => cells[0] === head)!.slice(1);
    expect(row('Total')).toEqual(OPTION_IDS.map((id) => money(r.options[id].total)));
    expect(row('Cash subtotal')).toEqual(OPTION_IDS.map((id) => money(r.options[id].cash)));
    expect(row('Estimated downtime subtotal')).toEqual(OPTION_IDS.map((id) => money(r.options[id].downtime)));
    // Eleven parts (none left out); a part an option does not pay shows as $0.
    const parts = table.querySelectorAll('tbody tr:not(.group):not(.sub)');
    expect(parts.length).toBe(11);
    for (const tr of parts) expect(tr.querySelectorAll('td').length).toBe(4);
    expect(row('Provider fees')).toEqual(OPTION_IDS.map((id) => money(r.options[id].parts.fees)));
    expect(row('Provider fees')[0]).toBe('$0');
    expect(row('IT staff')).toEqual(OPTION_IDS.map((id) => money(r.options[id].parts.itStaff)));
    // The managed column adds up: its parts sum to its total.
    const managedParts = [...parts].map((tr) =>
      Number(tr.querySelectorAll('td')[1]!.textContent!.replace(/[^0-9.-]/g, '')),
    );
    expect(Math.abs(managedParts.reduce((a, b) => a + b, 0) - r.options.managed.total)).toBeLessThanOrEqual(11 * 0.5);
  });

  it('shows the break-even figures in the reader’s terms', () => {
    render(<CostComparison specs={specs} precomputed={precomputed} />);
    const r = compareModels(defaults);
    expect(r.breakEvenMonth).toBeNull();
    expect(stat('Managed catches up with break/fix')).toBe('not within 36 months');
    expect(stat('Managed pays for itself, by outages')).toBe(
      `at ${r.breakEvenOutagesPerYear!.toFixed(1)} whole-office outages a year`,
    );
    expect(stat('Managed pays for itself, by requests')).toBe(
      `at ${r.breakEvenRequestsPerUser!.toFixed(1)} requests per person a year (≈ ${(r.breakEvenRequestsPerUser! / 12).toFixed(1)} a month)`,
    );
  });

  it('says “at any number” when managed is cheaper even with no requests', async () => {
    fresh('cost-comparison', '?inc=14');
    render(<CostComparison specs={specs} precomputed={precomputed} />);
    expect(compareModels({ ...defaults, incidentsPerYear: 14 }).breakEvenRequestsPerUser).toBe(0);
    await waitFor(
      () => expect(stat('Managed pays for itself, by requests')).toBe('at any number of requests per person a year'),
      SLOW,
    );
  });

  it('renders all three charts, titled for what they count, and nothing unfinished', () => {
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    const charts = container.querySelectorAll('svg[role="img"]');
    expect(charts.length).toBe(3);
    for (const svg of charts) {
      expect(svg.querySelector('title')?.textContent).toBeTruthy();
      expect(svg.querySelector('desc')?.textContent).not.toMatch(/NaN|undefined/);
    }
    expect(container.querySelector('figcaption')?.textContent).toContain('cash + downtime + risk');
    expect(container.querySelectorAll('details.data').length).toBe(3);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('asks six plain questions first, then groups every other field of the model, collapsed', async () => {
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    const quick = [...container.querySelectorAll('fieldset.quick [name]')].map((e) => e.getAttribute('name'));
    expect(quick).toEqual(['st', 'rev', 'pl', 'pu', 'hr', 'rq']);
    expect([...container.querySelectorAll('details.group')].every((d) => !d.hasAttribute('open'))).toBe(true);
    // Closed groups carry no fields until opened.
    expect(container.querySelectorAll('details.group [name]')).toHaveLength(0);
    await openGroups(container);
    expect(
      [...container.querySelectorAll('.inputs details.group > summary .legend')].map((l) => l.textContent),
    ).toEqual([
      'Your business in detail',
      'Outages and break/fix rates',
      'Everyday requests',
      'Routine upkeep without a plan',
      'Tools bought separately',
      'Managed plan',
      'What the quoted plan includes',
      'Security risk',
      'In-house IT',
      'Time and uncertainty',
    ]);
    const shown = new Set([...container.querySelectorAll('.inputs [name]')].map((e) => e.getAttribute('name')));
    // Every field is shown except those that do not apply to the default choices.
    const hidden = [
      'workstations',
      'workstationMonthly',
      'servers',
      'serverMonthly',
      'flatMonthly',
      'routineTechHoursPerMonth',
    ];
    const fields = specs.filter((s) => s.id !== 'currency' && s.id !== 'locale');
    expect(fields.filter((s) => !hidden.includes(s.id) && !shown.has(s.key)).map((s) => s.id)).toEqual([]);
    expect((screen.getByLabelText('Help desk for everyday requests') as HTMLSelectElement).tagName).toBe('SELECT');
  });

  it('shows the routine-upkeep field that applies to who does it', async () => {
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    await openGroups(container);
    const field = (key: string) => container.querySelector(`input[name="${key}"]`);
    expect(field('diy')).toBeTruthy();
    expect(field('rtm')).toBeNull();
    fireEvent.change(screen.getByLabelText('Routine upkeep without a plan is done by'), {
      target: { value: 'technician' },
    });
    await waitFor(() => expect(field('rtm')).toBeTruthy(), SLOW);
    expect(field('diy')).toBeNull();
  });

  it('hydrates from the server-computed results without simulating, and simulates once the inputs change', async () => {
    const real = precomputed;
    // Results no simulation would produce: if the island shows it, it did not recompute on first render.
    const fake = { ...real, sim: { ...real.sim, probabilityBreakFixCostsMore: 0.77 } };
    const { container } = render(<CostComparison specs={specs} precomputed={fake} />);
    await openGroups(container);
    const chance = () => stat('Chance break/fix costs more in a year');
    expect(chance()).toBe('77%');
    await new Promise((r) => setTimeout(r, 50));
    expect(chance()).toBe('77%'); // mounting with the same (default) inputs does not recompute either
    fireEvent.input(screen.getByLabelText(/Whole-office outages per year/), { target: { value: '14' } });
    await waitFor(() => expect(chance()).not.toBe('77%'), SLOW);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it.each([
    [0.001, 'under 1%'],
    [0, 'under 1%'],
    [0.999, 'over 99%'],
  ])('a chance of %d reads “%s”, never 0%% or 100%%', (p, text) => {
    const { unmount } = render(
      <CostComparison
        specs={specs}
        precomputed={{ ...precomputed, sim: { ...precomputed.sim, probabilityBreakFixCostsMore: p } }}
      />,
    );
    expect(stat('Chance break/fix costs more in a year')).toBe(text);
    unmount();
  });

  it('marks the break-even month on the cumulative chart when there is one', async () => {
    // 8 outages a year make break/fix dear enough that managed catches up after its onboarding fee.
    fresh('cost-comparison', '?inc=8');
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    const r = compareModels({ ...defaults, incidentsPerYear: 8 });
    expect(r.breakEvenMonth).toBeGreaterThan(1);
    await waitFor(
      () => expect(container.querySelector('.mark text')?.textContent).toBe(`Break-even: month ${r.breakEvenMonth}`),
      SLOW,
    );
  });

  it('reacts to the pricing model: per-device pricing shows device fields instead of per-user ones', async () => {
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    await openGroups(container);
    const field = (key: string) => container.querySelector(`input[name="${key}"]`);
    expect(field('ws')).toBeNull();
    expect(field('pu')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Managed pricing'), { target: { value: 'per-device' } });
    await waitFor(() => expect(field('ws')).toBeTruthy(), SLOW);
    expect(field('pu')).toBeNull();
  });

  it('an input in error removes the verdict and the results, and names the field to fix', async () => {
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    const rate = screen.getByLabelText(/Technician hourly rate/);
    fireEvent.input(rate, { target: { value: '-5' } });
    await waitFor(() => expect(rate.getAttribute('aria-invalid')).toBe('true'), SLOW);
    expect(container.querySelector('.error-summary')?.textContent).toContain('cannot be negative');
    await waitFor(
      () => expect(headline(container)).toBe('No result until this field is corrected: Technician hourly rate.'),
      SLOW,
    );
    expect(headline(container)).not.toMatch(/cheaper|more than|less than|\$/);
    expect(container.querySelector('table.breakdown')).toBeNull();
    expect(container.querySelector('.stats')).toBeNull();
    expect(container.querySelectorAll('svg[role="img"]').length).toBe(0);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    // Corrected, the answer returns.
    fireEvent.input(rate, { target: { value: '150' } });
    await waitFor(() => expect(headline(container)).toContain('In cash'), SLOW);
    expect(container.querySelector('table.breakdown')).toBeTruthy();
  });

  it('restores currency from the URL and formats every amount in it', async () => {
    fresh('cost-comparison', '?cur=EUR&loc=de-DE');
    const { container } = render(<CostComparison specs={specs} precomputed={precomputed} />);
    await waitFor(() => expect(headline(container)).toContain('€'), SLOW);
    expect((screen.getByLabelText('Currency') as HTMLSelectElement).value).toBe('EUR');
    expect(container.querySelector('table.breakdown tfoot td')?.textContent).toContain('€');
  });
});
