import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Callout from '../../../src/components/Callout.astro';
import InShort from '../../../src/components/InShort.astro';
import ProsCons from '../../../src/components/ProsCons.astro';
import Term from '../../../src/components/Term.astro';
import CostOverTime from '../../../src/components/diagrams/CostOverTime.astro';
import HybridSplit from '../../../src/components/diagrams/HybridSplit.astro';
import SupportCycles from '../../../src/components/diagrams/SupportCycles.astro';
import { ROOT, glossary } from './helpers.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Term>', () => {
  it('links to the glossary anchor and describes the link with the short definition', async () => {
    const html = await container.renderToString(Term, { props: { id: 'sla' }, slots: { default: 'SLA' } });
    const short = glossary().find((t) => t.id === 'sla')!.short;
    expect(html).toContain('href="/glossary/#sla"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toMatch(new RegExp(`id="${describedBy}"[^>]*>${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`));
    expect(html).toContain('role="tooltip"');
  });

  it('gives each use on a page its own tooltip id', async () => {
    const a = await container.renderToString(Term, { props: { id: 'sla' }, slots: { default: 'SLA' } });
    const b = await container.renderToString(Term, { props: { id: 'sla' }, slots: { default: 'SLA' } });
    // Separate renders are separate pages here; within one page the counter lives in Astro.locals.
    expect(/aria-describedby="([^"]+)"/.exec(a)?.[1]).toMatch(/^term-tip-sla-\d+$/);
    expect(/aria-describedby="([^"]+)"/.exec(b)?.[1]).toMatch(/^term-tip-sla-\d+$/);
  });

  it('fails with a clear error for an unknown id', async () => {
    await expect(
      container.renderToString(Term, { props: { id: 'no-such-term' }, slots: { default: 'x' } }),
    ).rejects.toThrow(/<Term id="no-such-term">: no glossary entry/);
  });
});

describe('<Callout>', () => {
  it('names its type in text, not only by colour', async () => {
    const html = await container.renderToString(Callout, {
      props: { type: 'warning', title: 'Mind the gap' },
      slots: { default: '<p>Body</p>' },
    });
    expect(html).toContain('Warning');
    expect(html).toContain('Mind the gap');
    expect(html).toContain('role="note"');
  });

  it('rejects an unknown type', async () => {
    await expect(container.renderToString(Callout, { props: { type: 'shout' } })).rejects.toThrow(/unknown type/);
  });
});

describe('<ProsCons> and <InShort>', () => {
  it('renders two headed lists', async () => {
    const html = await container.renderToString(ProsCons, {
      props: { title: 'Break/fix', pros: ['Cheap'], cons: ['Slow', 'Lumpy'] },
    });
    expect(html).toMatch(/<h3[^>]*>Strengths of break\/fix<\/h3>/);
    expect(html).toMatch(/<h3[^>]*>Weaknesses of break\/fix<\/h3>/);
    expect(html.match(/<li/g)).toHaveLength(3);
  });

  it('rejects an empty list', async () => {
    await expect(container.renderToString(ProsCons, { props: { pros: [], cons: ['x'] } })).rejects.toThrow(
      /at least one item/,
    );
  });

  it('labels the summary box with its heading', async () => {
    const html = await container.renderToString(InShort, { slots: { default: '<ul><li>x</li></ul>' } });
    expect(html).toMatch(/aria-labelledby="in-short-title"/);
    expect(html).toMatch(/<h2 id="in-short-title"[^>]*>In short<\/h2>/);
  });
});

describe('diagrams', () => {
  for (const [name, component] of [
    ['SupportCycles', SupportCycles],
    ['CostOverTime', CostOverTime],
    ['HybridSplit', HybridSplit],
  ] as const) {
    it(`${name} is an accessible image whose title and description exist`, async () => {
      const html = await container.renderToString(component);
      const svgs = [...html.matchAll(/<svg[^>]*>/g)].map((m) => m[0]);
      expect(svgs.length).toBeGreaterThanOrEqual(1);
      for (const svg of svgs) {
        expect(svg).toContain('role="img"');
        const ids = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
        expect(ids).toHaveLength(2);
        expect(html).toMatch(new RegExp(`<title id="${ids[0]}"[^>]*>[^<]{5,}</title>`));
        expect(html).toMatch(new RegExp(`<desc id="${ids[1]}"[^>]*>[^<]{20,}</desc>`));
      }
      // Colours come from the theme, so the diagram reads in dark mode and print.
      expect(html).not.toMatch(/(fill|stroke)="#[0-9a-f]{3,6}"/i);
    });
  }

  it('the cost chart states its numbers: $16,100 managed vs $8,340 break/fix (tools included) after a year', async () => {
    const html = await container.renderToString(CostOverTime);
    expect(html).toContain('$16,100');
    expect(html).toContain('$8,340');
    expect(html).toContain('Illustrative');
  });

  it('the cost chart bills the failed server’s $600 of parts on both lines: a plan fee does not buy hardware', async () => {
    const html = await container.renderToString(CostOverTime);
    // Month 7 on the managed line: 6 × $1,250 + $500 onboarding before it, then $1,250 and the $600 of parts.
    const managed = /<path d="([^"]+)" class="line managed"/.exec(html)?.[1] ?? '';
    const steps = [...managed.matchAll(/V ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(steps).toHaveLength(12);
    const rise = (i: number) => steps[i - 1]! - steps[i]!;
    // The month-7 step is (1,250 + 600) / 1,250 times an ordinary month's step.
    expect(rise(6) / rise(5)).toBeCloseTo(1850 / 1250, 5);
    expect(html).toMatch(/parts[^<]*both/);
  });
});

describe('MDX component map', () => {
  // Read as text: importing the map would pull in every island and couple this test to them.
  const map = readFileSync(join(ROOT, 'src/components/mdx.ts'), 'utf8');
  const body = /export const mdxComponents = \{([\s\S]*?)\};/.exec(map)?.[1] ?? '';

  it('offers every writer component to articles without imports', () => {
    for (const name of [
      'Term',
      'Callout',
      'KeyFigure',
      'InShort',
      'ProsCons',
      'SupportCycles',
      'CostOverTime',
      'HybridSplit',
      'Cite',
      'Calculator',
      'WideTable',
    ]) {
      expect(body, name).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});
