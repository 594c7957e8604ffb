// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import HybridPlanner from '../../src/islands/calculators/HybridPlanner';
import { hybridPrecomputed } from '../../src/islands/later/precomputed';
import { islandSpecs } from '../../src/islands/props';
import { optimiseHybrid } from '../../src/model/hybrid';
import { defaultValues } from '../../src/model/inputs';
import { DEFAULT_SYSTEMS, HYBRID_GROUPS, type HybridInputs } from '../../src/model/systems';
import { formatMoney } from '../../src/model/format';
import { compareModels, type ComparisonInputs } from '../../src/model/compare';
import { COMPARISON_SPECS } from '../../src/model/specs';
import { byIdSuffix, fresh, SLOW } from './helpers';

const specs = islandSpecs('hybrid-planner');
// The heavy results for the default systems, as the server sends them with the island's props.
const precomputed = hybridPrecomputed(specs);
const rows = (c: ParentNode) => c.querySelectorAll('table.systems tbody tr').length;

describe('HybridPlanner island', () => {
  beforeEach(() => fresh('hybrid-planner'));

  it('renders the example systems with the model’s suggested split as the starting split', async () => {
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
    const opt = optimiseHybrid(DEFAULT_SYSTEMS, defaultValues(specs) as unknown as HybridInputs);
    expect(rows(container)).toBe(DEFAULT_SYSTEMS.length);
    expect(byIdSuffix(container, '-headline').textContent).toBe(formatMoney(opt.minExpected.expected));
    expect(container.querySelector('svg[role="img"]')).toBeTruthy();
  });

  it('asks a few plain questions first and puts every other input in the groups the server sends', async () => {
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} groups={HYBRID_GROUPS} />);
    expect([...container.querySelectorAll('.group.quick input')].map((i) => i.getAttribute('name'))).toEqual([
      'rev',
      'hr',
      'diy',
      'red',
    ]);
    expect([...container.querySelectorAll('.group.more .legend')].map((l) => l.textContent)).toEqual(
      HYBRID_GROUPS.map(([legend]) => legend),
    );
    for (const d of container.querySelectorAll('details.group')) {
      (d as HTMLDetailsElement).open = true;
      fireEvent(d, new Event('toggle'));
    }
    await waitFor(
      () => expect(container.querySelectorAll('details.group [role="group"]').length).toBe(HYBRID_GROUPS.length),
      SLOW,
    );
    // Every field but the settings and the unused upkeep one (technician hours: staff do it) appears once.
    const names = [...container.querySelectorAll('.inputs input, .inputs select')].map((i) => i.getAttribute('name'));
    expect(names.sort()).toEqual(
      specs
        .filter((s) => !['currency', 'locale', 'routineTechHoursPerMonth'].includes(s.id))
        .map((s) => s.key)
        .sort(),
    );
  });

  it('adds, switches and removes systems, and writes them to the URL', async () => {
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
    fireEvent.click(screen.getByText('Add a system'));
    await waitFor(() => expect(rows(container)).toBe(DEFAULT_SYSTEMS.length + 1), SLOW);
    fireEvent.change(screen.getByLabelText('Printers and scanners: support'), { target: { value: 'm' } });
    await waitFor(() => expect(new URLSearchParams(location.search).get('as')).toMatch(/^[01]{7}$/), SLOW);
    expect(new URLSearchParams(location.search).get('sys')?.split('*').length).toBe(7);
    fireEvent.click(screen.getByLabelText('Remove Other system (row 7)'));
    await waitFor(() => expect(rows(container)).toBe(DEFAULT_SYSTEMS.length), SLOW);
  });

  it('says so, with the risk, when the suggestion leaves a way in for an attacker on break/fix', () => {
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
    const opt = optimiseHybrid(DEFAULT_SYSTEMS, defaultValues(specs) as unknown as HybridInputs);
    // The comparison's firm priced system by system: managing the shared systems that can let an attacker
    // in, and the business app, costs less than their invoices, upkeep share, tools and downtime; the server,
    // the everyday requests (workstations, printers) cost less on break/fix.
    expect(opt.minExpected.managed).toEqual([false, true, false, true, false, true]);
    const results = container.querySelector('.results')?.textContent;
    expect(results).toContain(
      'Manage: email, network, line-of-business app. Break/fix: server, workstations, printers.',
    );
    const note = container.querySelector('.results .risk-note');
    expect(note?.textContent).toContain(
      'Workstations stay on break/fix: nobody patches or watches them, so a breach is likelier.',
    );
    expect(note?.textContent).toContain(
      `The security-incident risk shown for this split is ${formatMoney(opt.minExpected.risk)} a year.`,
    );
    // 8% × $8,300 = $664, half removed on the two of three ways in that are managed: 664 − 332 × 2 ÷ 3.
    expect(formatMoney(opt.minExpected.risk)).toBe('$443');
    expect(results).toContain('security-incident risk per year (included)$443');
  });

  it('all break/fix and all managed are the comparison’s two options for the same firm', () => {
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
    const { breakFix, managed } = compareModels(defaultValues<ComparisonInputs>(COMPARISON_SPECS)).options;
    const results = container.querySelector('.results')?.textContent;
    expect(results).toContain(
      `All break/fix / all managed per year${formatMoney(breakFix.total)} / ${formatMoney(managed.total)}`,
    );
    expect(results).toContain('$32,217 / $40,769');
    // Each row shows its cost in the split and, in brackets, under the other model.
    const server = [...container.querySelectorAll('table.systems tbody tr')][0]!;
    expect(server.textContent).toContain('$4,280 ($5,336)');
  });

  it('names the one system left exposed, and says nothing once every way in is managed', async () => {
    // Email priced so high that the suggestion leaves it on break/fix; workstations and network free to manage.
    fresh('hybrid-planner', '?sys=ws_1_40_1_22_0*em_20_0.535_2_37_9000*nw_20_0.535_2_37_0*sv_20_0.535_2_37_400');
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
    await waitFor(
      () =>
        expect(container.querySelector('.results')?.textContent).toContain(
          'Manage: workstations, network. Break/fix: email, server.',
        ),
      SLOW,
    );
    expect(container.querySelector('.risk-note')?.textContent).toContain(
      'Email stays on break/fix: nobody patches or watches it',
    );
    fresh('hybrid-planner', '?sys=ws_1_40_1_22_0*em_20_0.535_2_37_0*nw_20_0.535_2_37_0*sv_20_0.535_2_37_400');
    const again = render(<HybridPlanner specs={specs} precomputed={precomputed} />).container;
    await waitFor(
      () =>
        expect(again.querySelector('.results')?.textContent).toContain(
          'Manage: workstations, email, network. Break/fix: server.',
        ),
      SLOW,
    );
    expect(again.querySelector('.risk-note')).toBeNull();
  });

  it('flags an invalid cell in the error summary, keeps the text, and uses the value its message names', async () => {
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
    const cell = screen.getByLabelText('File or application server: People affected') as HTMLInputElement;
    fireEvent.input(cell, { target: { value: 'abc' } });
    await waitFor(() => expect(cell.getAttribute('aria-invalid')).toBe('true'), SLOW);
    expect(container.querySelector('.error-summary a')?.getAttribute('href')).toBe(`#${cell.id}`);
    expect(cell.value).toBe('abc');
    expect(container.querySelector(`#${cell.id}-e`)?.textContent).toContain('the default 20 is used');
  });

  // Each text, the message it must show, and the value the planner must then use (the link's `sys` field).
  const CELLS: Array<[label: string, text: string, message: RegExp | null, used: string, field: number]> = [
    ['Email and office apps (e.g. Microsoft 365): Failures per year', '1e9', /so 365 is used/, '365', 2],
    ['Email and office apps (e.g. Microsoft 365): Share of work it stops', '999', /so 100% is used/, '100', 4],
    ['Email and office apps (e.g. Microsoft 365): People affected', '2.5', /rounded to 3/, '3', 1],
    ['Email and office apps (e.g. Microsoft 365): Failures per year', '', /the default 1 is used/, '1', 2],
    ['Email and office apps (e.g. Microsoft 365): Failures per year', 'abc', /the default 1 is used/, '1', 2],
    ['Email and office apps (e.g. Microsoft 365): Hours to fix', '-4', /so 0 is used/, '0', 3],
    ['Email and office apps (e.g. Microsoft 365): Hours to fix', '3.5', null, '3.5', 3],
  ];
  for (const [label, text, message, used, field] of CELLS) {
    it(`cell "${label}" = ${JSON.stringify(text)}: ${message ? `says ${message.source} and` : ''} uses ${used}`, async () => {
      const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
      const cell = screen.getByLabelText(label) as HTMLInputElement;
      const row = [...container.querySelectorAll('table.systems tbody tr')].findIndex((tr) => tr.contains(cell));
      fireEvent.input(cell, { target: { value: text } });
      await waitFor(
        () => expect(new URLSearchParams(location.search).get('sys')?.split('*')[row]?.split('_')[field]).toBe(used),
        { timeout: 8000 },
      );
      if (message) {
        await waitFor(() => expect(container.querySelector(`#${cell.id}-e`)?.textContent ?? '').toMatch(message), SLOW);
        expect(container.querySelector('.error-summary')?.textContent).toMatch(message);
      } else expect(cell.getAttribute('aria-invalid')).toBeNull();
      expect(cell.value).toBe(text);
    });
  }

  it('reads a cell in the page’s number format, as every other field: de-DE "1.500" is 1500, and says how', async () => {
    fresh('hybrid-planner', '?loc=de-DE&cur=EUR');
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
    const cell = screen.getByLabelText(
      'Email and office apps (e.g. Microsoft 365): People affected',
    ) as HTMLInputElement;
    const row = [...container.querySelectorAll('table.systems tbody tr')].findIndex((tr) => tr.contains(cell));
    fireEvent.input(cell, { target: { value: '1.500' } });
    await waitFor(
      () => expect(new URLSearchParams(location.search).get('sys')?.split('*')[row]?.split('_')[1]).toBe('1500'),
      SLOW,
    );
    expect(cell.getAttribute('aria-invalid')).toBeNull();
  });

  it('decodes systems from the URL, replacing unknown kinds and clamping numbers', async () => {
    fresh('hybrid-planner', '?sys=sv_5_1_2_50_100*zz_1e308_1_1_1_1');
    const { container } = render(<HybridPlanner specs={specs} precomputed={precomputed} />);
    await waitFor(() => expect(rows(container)).toBe(2), SLOW);
    expect(container.querySelector('.notice')?.textContent).toContain('not a known kind');
    expect((screen.getByLabelText('Other system: People affected') as HTMLInputElement).value).toBe('100000');
  });
});
