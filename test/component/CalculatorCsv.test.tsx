// @vitest-environment happy-dom
/**
 * The CSV each calculator exports, read from the file its button hands the browser: its results, its
 * yearly totals and break-even where it has them, its series, then every input formatted with its unit
 * and the link that restores them.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CostComparison from '../../src/islands/calculators/CostComparison';
import DowntimeCost from '../../src/islands/calculators/DowntimeCost';
import HybridPlanner from '../../src/islands/calculators/HybridPlanner';
import Uptime from '../../src/islands/calculators/Uptime';
import WhichModel from '../../src/islands/calculators/WhichModel';
import type { Slug } from '../../src/calculators/registry';
import { comparisonPrecomputed, hybridPrecomputed } from '../../src/islands/later/precomputed';
import { csvCell } from '../../src/islands/later/csv';
import { islandSpecs } from '../../src/islands/props';
import { fresh, SLOW } from './helpers';

/** The text of the next file the page offers for download. */
let files: Blob[] = [];
beforeEach(() => {
  files = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (files.push(b as Blob), 'blob:csv'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island has its own props type
type AnyIsland = ComponentType<any>;

/** Render a calculator, press its export button and return the file's lines. */
async function exportOf(slug: Slug, Island: AnyIsland, button: string, props: object = {}, query = '') {
  fresh(slug, query);
  render(<Island specs={islandSpecs(slug)} {...props} />);
  fireEvent.click(screen.getByRole('button', { name: button }));
  await waitFor(() => expect(files).toHaveLength(1), SLOW);
  return (await files[0]!.text()).trimEnd().split('\r\n');
}

/** The "Input,Value" section: each input's label and formatted value. */
function inputs(lines: string[]): string[] {
  const start = lines.indexOf('Input,Value');
  expect(start).toBeGreaterThan(0);
  return lines.slice(start + 1, lines.lastIndexOf(''));
}

describe('CSV export', () => {
  it('writes numbers as numbers, negative ones too, and guards text that looks like a formula', () => {
    expect(csvCell(-0.814)).toBe('-0.81');
    expect(csvCell('-2')).toBe("'-2");
  });

  it('uptime: allowed downtime per period and the other results, then the inputs and the link', async () => {
    const lines = await exportOf('uptime', Uptime, 'Export as CSV', {}, '?a=99.95');
    expect(lines[0]).toBe('Result,Value');
    expect(lines.slice(1, 5).map((l) => l.split(',')[0])).toEqual([
      'Downtime allowed per year',
      'Downtime allowed per month (30 days)',
      'Downtime allowed per week',
      'Downtime allowed per day',
    ]);
    expect(lines).toContain('Availability,99.95%');
    expect(inputs(lines)).toContain('Mean time between failures,720 h');
    expect(lines.at(-1)).toMatch(/^Link with these numbers,http:\/\/[^,]+\/calculators\/uptime\/\?/);
  });

  it('downtime: the results, the breakdown adding up to the yearly cost, and formatted inputs', async () => {
    const lines = await exportOf('downtime-cost', DowntimeCost, 'Export as CSV');
    expect(lines[0]).toBe('Result,Amount (USD)');
    // Defaults: 2.14 outages × (1.5 h × $533.22 + $206.25 tail) = $2,153.03 (test/component/DowntimeCost.test.tsx).
    const perYear = Number(lines.find((l) => l.startsWith('Cost per year,'))!.split(',')[1]);
    expect(Math.abs(perYear - 2153.03)).toBeLessThan(0.02);
    const at = lines.indexOf('Where the yearly cost comes from (USD),Per year');
    const parts = lines.slice(at + 1, at + 5);
    expect(parts.map((l) => l.split(',')[0])).toEqual([
      'Lost revenue',
      'Lost productivity while down',
      'Slower work while recovering',
      'Other recovery costs',
    ]);
    const sum = parts.reduce((s, l) => s + Number(l.split(',')[1]), 0);
    expect(Math.abs(sum - perYear)).toBeLessThan(0.05);
    expect(lines[at + 5]).toBe(`Total,${perYear}`);
    expect(inputs(lines)).toContain('Annual revenue,"$2,000,000"');
    expect(inputs(lines).join('\n')).not.toMatch(/,2000000$/m);
  });

  it('comparison: months, yearly parts and totals, break-even, simulated years, then formatted inputs', async () => {
    const specs = islandSpecs('cost-comparison');
    const lines = await exportOf('cost-comparison', CostComparison, 'Export monthly CSV', {
      precomputed: comparisonPrecomputed(specs),
    });
    expect(lines[0]).toBe(
      'Month,Break/fix cumulative total (USD),Managed cumulative total (USD),In-house IT cumulative total (USD),Co-managed cumulative total (USD)',
    );
    expect(lines[36]).toMatch(/^36,/);
    expect(lines).toContain('Yearly cost (USD),Break/fix,Managed,In-house IT,Co-managed');
    expect(lines.find((l) => l.startsWith('Total,'))!.split(',')).toHaveLength(5);
    expect(lines.find((l) => l.startsWith('Break-even month'))).toBeTruthy();
    expect(lines).toContain(
      '"Simulated yearly cost, everything counted (USD)",A good year,A typical year,A bad year (1 in 10)',
    );
    const [, p10, p50, p90] = lines
      .find((l) => l.startsWith('Managed,'))!
      .split(',')
      .map(Number);
    expect(p10).toBeLessThanOrEqual(p50!);
    expect(p50).toBeLessThanOrEqual(p90!);
    expect(inputs(lines)).toEqual(
      expect.arrayContaining(['Technician hourly rate,$150/h', 'Managed pricing,Per user']),
    );
  });

  it('hybrid planner: every system, the splits compared, then the inputs', async () => {
    const specs = islandSpecs('hybrid-planner');
    const lines = await exportOf('hybrid-planner', HybridPlanner, 'Export plan as CSV', {
      precomputed: hybridPrecomputed(specs),
    });
    expect(lines[0]).toMatch(/^System,Support,Break\/fix per year \(USD\)/);
    expect(lines).toContain('Split (USD),Expected per year,Of which security risk,A bad year (1 in 10)');
    for (const split of ['Your split', 'All break/fix', 'All managed'])
      expect(lines.find((l) => l.startsWith(`${split},`))!.split(',')).toHaveLength(4);
    expect(inputs(lines)).toContain('Technician hourly rate,$150/h');
  });

  it('scorecard: the suggestion and how many questions remain; unanswered questions say so', async () => {
    const lines = await exportOf('which-model', WhichModel, 'Export as CSV');
    expect(lines[0]).toBe('Suggestion,Answer the six questions to see a suggestion');
    expect(lines).toContain('Questions still to answer,6');
    expect(inputs(lines).filter((l) => l.endsWith(',Not answered'))).toHaveLength(6);
  });
});
