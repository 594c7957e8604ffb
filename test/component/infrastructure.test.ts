// @vitest-environment happy-dom
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { nice, ticks } from '../../src/islands/charts/scale';
import { csvCell, toCsv } from '../../src/islands/later/csv';
import { parseEmbedLayout } from '../../src/islands/lib/embed';
import { CALCULATORS, calculator, CALCULATOR_SLUGS } from '../../src/calculators/registry';
import { CALCULATOR_SPECS } from '../../src/calculators/specs';
import { cleanProfile } from '../../src/stores/profile';
import { mergeQuery } from '../../src/stores/url';

describe('chart ticks', () => {
  const domains: [number, number, number][] = [
    [0, 1, 5],
    [0, 10, 5],
    [0, 97, 5],
    [0, 1234567, 5],
    [3, 36, 6],
    [-4321, 876, 5],
    [0.001, 0.0173, 4],
    [12, 12.5, 5],
    [0, 150000, 4],
  ];
  it.each(domains)('match d3-scale’s ticks for [%d, %d] (%d ticks)', (lo, hi, n) => {
    expect(ticks(lo, hi, n)).toEqual(scaleLinear().domain([lo, hi]).ticks(n));
  });
  it.each(domains)('nice() matches d3-scale for [%d, %d]', (lo, hi, n) => {
    const d = scaleLinear().domain([lo, hi]).nice(n).domain();
    const [a, b] = nice(lo, hi, n);
    expect(a).toBeCloseTo(d[0]!, 9);
    expect(b).toBeCloseTo(d[1]!, 9);
  });
  it('never returns non-finite ticks', () => {
    expect(ticks(NaN, 1)).toEqual([]);
    expect(nice(0, Infinity)).toEqual([0, 1]);
  });
});

describe('CSV export', () => {
  it('neutralises formula injection and quotes where needed', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(1234.5678)).toBe('1234.57');
    expect(csvCell(NaN)).toBe('');
    expect(
      toCsv([
        ['Month', 'Cost'],
        [1, 2],
      ]),
    ).toBe('Month,Cost\r\n1,2\r\n');
  });
});

describe('embed options', () => {
  const allowed = calculator('cost-comparison').sections;
  it('keeps only whitelisted section ids', () => {
    expect(parseEmbedLayout('?show=summary,<script>,cumulative&compact=1', allowed)).toEqual({
      show: ['summary', 'cumulative'],
      compact: true,
      notices: [
        'Sections to show must be among inputs, summary, cumulative, distribution, sensitivity; one other name was left out.',
      ],
    });
    expect(parseEmbedLayout('?show=summary', allowed)).toEqual({ show: ['summary'], compact: false });
  });
  it('falls back to every section when none is valid', () => {
    expect(parseEmbedLayout('?show=javascript:alert(1)', allowed)).toMatchObject({ show: null, compact: false });
    expect(parseEmbedLayout('?show=javascript:alert(1)', allowed).notices?.[0]).toMatch(/so every section is shown/);
    expect(parseEmbedLayout(`?show=${'9'.repeat(300)}`, allowed).notices?.[0]).toMatch(/longer than 200 characters/);
  });
  it('registry lists every calculator once, with its sections, and the server parts cover every slug', () => {
    expect(new Set(CALCULATOR_SLUGS).size).toBe(CALCULATORS.length);
    expect(calculator('cost-comparison').sections).toContain('sensitivity');
    expect(calculator('uptime').title).toMatch(/Uptime/);
    expect(Object.keys(CALCULATOR_SPECS).sort()).toEqual([...CALCULATOR_SLUGS].sort());
  });
});

describe('stores', () => {
  it('mergeQuery replaces own keys and keeps the embed’s and anyone else’s', () => {
    expect(mergeQuery('?st=5&show=summary&theme=dark&utm=x', ['st', 'inc'], 'inc=3')).toBe(
      'show=summary&theme=dark&utm=x&inc=3',
    );
  });
  it('cleanProfile keeps only known ids with short string values', () => {
    expect(
      cleanProfile({ staffAffected: '12', currency: 'EUR', evil: 'x', annualRevenue: 5, locale: 'x'.repeat(41) }),
    ).toEqual({ staffAffected: '12', currency: 'EUR' });
    expect(cleanProfile('junk')).toEqual({});
  });
});
