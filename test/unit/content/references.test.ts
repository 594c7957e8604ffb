import { describe, expect, it } from 'vitest';
import { CALCULATOR_SLUGS, TOPICS } from '../../../src/schemas/content.ts';
import { articles, attrValues, faq, glossary, sourceIds } from './helpers.ts';

const all = articles();
const slugs = new Set(all.map((a) => a.slug));
const terms = glossary();
const termIds = new Set(terms.map((t) => t.id));
const sources = new Set(sourceIds());
const questions = faq();

/** Internal links a reader can follow: article pages, calculators and the site's own pages. */
function isKnownInternalLink(href: string): boolean {
  const article = /^\/articles\/([^/#]+)\/(#.*)?$/.exec(href);
  if (article) return slugs.has(article[1]!);
  const calc = /^\/calculators\/([^/#]+)\/$/.exec(href);
  if (calc) return (CALCULATOR_SLUGS as readonly string[]).includes(calc[1]!);
  return ['/glossary/', '/sources/', '/faq/', '/articles/', '/calculators/', '/buyers-checklist/'].includes(href);
}

const EXPECTED_SLUGS = [
  'what-is-break-fix',
  'what-are-managed-services',
  'pros-and-cons',
  'pricing-models',
  'cost-of-downtime',
  'proactive-maintenance',
  'hybrid-it-support',
  'how-to-choose',
  'sla-and-uptime',
  'choosing-a-provider',
  'managed-services-contract',
  'switching-providers',
  'in-house-managed-or-co-managed',
  'security-and-your-provider',
];
const REQUIRED_TERMS = [
  'sla',
  'msp',
  'rmm',
  'psa',
  'mttr',
  'mtbf',
  'rto',
  'rpo',
  'uptime',
  't-and-m',
  'retainer',
  'block-hours',
  'co-managed',
  'vcio',
  'patching',
  'endpoint',
  'help-desk',
  'break-fix',
  'managed-services',
  'trip-charge',
  'after-hours-rate',
  'onboarding',
  'out-of-scope',
  'availability',
  'nines',
  'response-time',
  'resolution-time',
  'downtime',
  'backup',
  'restore-test',
  'monitoring',
  'msa',
  'notice-period',
  'termination-fee',
  'liability-cap',
  'asset-register',
  'price-escalator',
  'weighted-scorecard',
  'third-party-risk',
  'cyber-insurance',
];

describe('articles', () => {
  it('are the fourteen planned articles, with reading orders 1 to 14', () => {
    expect([...slugs].sort()).toEqual([...EXPECTED_SLUGS].sort());
    expect(all.map((a) => a.data['order']).sort((a, b) => Number(a) - Number(b))).toEqual(
      EXPECTED_SLUGS.map((_, i) => i + 1),
    );
  });

  it('point readers to the printable buyer’s checklist from every buying guide', () => {
    for (const slug of EXPECTED_SLUGS.slice(9)) {
      expect(all.find((a) => a.slug === slug)!.mdx, slug).toContain('](/buyers-checklist/)');
    }
  });

  for (const a of all) {
    describe(a.slug, () => {
      it('has a valid topic, updated date and description length', () => {
        expect(TOPICS).toContain(a.data['topic']);
        expect(String(a.data['updated'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const d = String(a.data['description']);
        expect(d.length).toBeGreaterThanOrEqual(50);
        expect(d.length).toBeLessThanOrEqual(160);
      });

      it('places at least one calculator, with a valid slug matching its frontmatter', () => {
        const placed = attrValues(a.mdx, 'Calculator', 'slug');
        expect(placed.length).toBeGreaterThanOrEqual(1);
        for (const s of placed) expect(CALCULATOR_SLUGS).toContain(s);
        expect(placed).toContain(a.data['calculator']);
      });

      it('uses only glossary terms that exist', () => {
        const missing = attrValues(a.mdx, 'Term', 'id').filter((id) => !termIds.has(id));
        expect(missing).toEqual([]);
      });

      it('cites only known sources, and lists exactly what it cites in frontmatter', () => {
        const cited = new Set([...attrValues(a.mdx, 'Cite', 'id'), ...attrValues(a.mdx, 'KeyFigure', 'source')]);
        expect([...cited].filter((id) => !sources.has(id))).toEqual([]);
        expect([...cited].sort()).toEqual([...(a.data['sources'] as string[])].sort());
      });

      it('links only to pages and articles that exist', () => {
        const links = [...a.mdx.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
        expect(links.filter((h) => !isKnownInternalLink(h))).toEqual([]);
        for (const r of (a.data['related'] as string[] | undefined) ?? []) expect(slugs).toContain(r);
      });

      it('uses ## and ### headings only (the page title is the one h1)', () => {
        expect(a.mdx).not.toMatch(/^# /m);
        expect(a.mdx.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
      });
    });
  }
});

describe('glossary', () => {
  it('has at least 30 unique ids with non-empty definitions', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    expect(termIds.size).toBe(terms.length);
    for (const t of terms) {
      expect(t.term.trim(), t.id).not.toBe('');
      expect(t.definition.trim(), t.id).not.toBe('');
      expect(t.short.trim(), t.id).not.toBe('');
    }
  });

  it('includes every term the articles brief asks for', () => {
    expect(REQUIRED_TERMS.filter((id) => !termIds.has(id))).toEqual([]);
  });

  it('keeps short definitions to 140 characters (they show as tooltips)', () => {
    expect(terms.filter((t) => t.short.length > 140).map((t) => t.id)).toEqual([]);
  });

  it('has ids that are safe URL fragments', () => {
    for (const t of terms) expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('links only to terms, articles and sources that exist', () => {
    for (const t of terms) {
      for (const r of t.related ?? []) expect(termIds, `${t.id} → ${r}`).toContain(r);
      if (t.see) expect(isKnownInternalLink(t.see), `${t.id} → ${t.see}`).toBe(true);
      for (const s of t.sources ?? []) expect(sources, `${t.id} → ${s}`).toContain(s);
    }
  });
});

describe('FAQ', () => {
  it('has at least 10 questions with unique ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('answers each question in 2 to 5 sentences of plain text', () => {
    for (const q of questions) {
      expect(q.question.trim().endsWith('?'), q.id).toBe(true);
      expect(q.answer, q.id).not.toMatch(/[<>[\]*_`]/);
      const sentences = q.answer.split(/(?<=[.!?])\s+(?=[A-Z$0-9])/).length;
      expect(sentences, q.id).toBeGreaterThanOrEqual(2);
      expect(sentences, q.id).toBeLessThanOrEqual(5);
    }
  });

  it('links every answer to at least one existing article or calculator', () => {
    for (const q of questions) {
      expect(q.links.length, q.id).toBeGreaterThanOrEqual(1);
      for (const l of q.links) expect(isKnownInternalLink(l.href), `${q.id} → ${l.href}`).toBe(true);
      for (const s of q.sources ?? []) expect(sources, `${q.id} → ${s}`).toContain(s);
    }
  });
});
