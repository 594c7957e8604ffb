import { describe, expect, it } from 'vitest';
import { faqDocuments, glossaryDocuments } from '../../src/search/records.ts';
import { calculatorSearchAttributes, SEARCH_TYPES } from '../../src/search/types.ts';
import { readSearchUrl, writeSearchUrl } from '../../src/search/client/page.ts';
import { pageLinks } from '../../src/integrations/pagefind-dev.ts';
import { wholePage } from '../../src/search/indexer.ts';
import { termNames } from '../../src/search/hints.ts';

describe('glossary and FAQ search records', () => {
  it('make one typed, weighted document per entry, linking to its anchor', () => {
    const [doc] = glossaryDocuments([
      { id: 'sla', term: 'Service level agreement (SLA)', short: 'A promise.', definition: 'Response <times>.' },
    ]);
    expect(doc!.url).toBe('/glossary/#sla');
    expect(doc!.html).toContain('data-pagefind-body');
    expect(doc!.html).toContain(`data-pagefind-filter="type:${SEARCH_TYPES.glossary}"`);
    expect(doc!.html).toContain('<h1 data-pagefind-weight="10">Service level agreement (SLA)</h1>');
    expect(doc!.html).toContain('Response &lt;times&gt;.'); // content is escaped, never markup
  });

  it('index FAQ answers under their question', () => {
    const [doc] = faqDocuments([
      { id: 'sla-meaning', question: 'What does an SLA mean?', answer: 'It sets targets & credits.' },
    ]);
    expect(doc!.url).toBe('/faq/#sla-meaning');
    expect(doc!.html).toContain('type:FAQ');
    expect(doc!.html).toContain('<p>It sets targets &amp; credits.</p>');
  });

  it('put the type and the topic of a calculator on separate elements (Pagefind reads one filter per attribute)', () => {
    const attrs = calculatorSearchAttributes('downtime-cost');
    expect(attrs.title['data-pagefind-filter']).toBe('topic:Costs');
    expect(attrs.summary['data-pagefind-filter']).toBe('type:Calculator');
    expect(Object.values(attrs).every((a) => 'data-pagefind-body' in a)).toBe(true);
  });
});

describe('topics and whole pages', () => {
  const topicOf = (url: string) => ({ '/articles/pricing-models/': 'Pricing' })[url];

  it('puts a glossary term under the topic of the page it points to, and an FAQ under its first link', () => {
    const [term] = glossaryDocuments(
      [{ id: 'retainer', term: 'Retainer', short: 'A fee.', definition: 'Monthly.', see: '/articles/pricing-models/' }],
      topicOf,
    );
    expect(term!.html).toContain('data-pagefind-filter="topic:Pricing"');
    const [faq] = faqDocuments(
      [
        {
          id: 'hourly-rate',
          question: 'What per hour?',
          answer: 'It varies.',
          links: [
            { href: '/articles/unknown/', label: 'x' },
            { href: '/articles/pricing-models/', label: 'Pricing' },
          ],
        },
      ],
      topicOf,
    );
    expect(faq!.html).toContain('data-pagefind-filter="topic:Pricing"');
    const [none] = glossaryDocuments([{ id: 'x', term: 'X', short: 's', definition: 'd' }], topicOf);
    expect(none!.html).not.toContain('topic:');
  });

  it('indexes a page without a body of its own by its <main>, typed "Page"', () => {
    const html = wholePage('<header>nav</header><main id="main"><h1>Sources</h1></main>');
    expect(html).toContain(
      '<main data-pagefind-body data-pagefind-filter="type:Page" data-pagefind-meta="type:Page" id="main">',
    );
  });

  it('names a glossary term by itself, without its abbreviation, by the abbreviation, and by its aliases', () => {
    expect(termNames({ term: 'Managed service provider (MSP)', aliases: ['IT provider'] })).toEqual([
      'Managed service provider (MSP)',
      'Managed service provider',
      'MSP',
      'IT provider',
    ]);
  });
});

describe('the /search/ URL', () => {
  it('round-trips the query and the filters', () => {
    const qs = writeSearchUrl('hourly rate', { type: ['Article', 'Glossary term'], topic: ['Pricing'] });
    expect(qs).toBe('?q=hourly+rate&type=Article&type=Glossary+term&topic=Pricing');
    expect(readSearchUrl(qs)).toEqual({
      q: 'hourly rate',
      filters: { type: ['Article', 'Glossary term'], topic: ['Pricing'] },
    });
  });

  it('ignores unknown parameters and empty values', () => {
    expect(readSearchUrl('?q=&type=&utm_source=x&colour=red')).toEqual({ q: '', filters: {} });
    expect(writeSearchUrl('', {})).toBe('');
  });
});

describe('the dev index crawler', () => {
  it('follows same-site page links only, not embeds, assets or other origins', () => {
    const html = `<a href="/articles/x/">a</a><a href="/articles/x/#h">same</a><a href="/glossary">g</a>
      <a href="/embed/uptime/">e</a><a href="/og/site.png">i</a><a href="https://example.com/">o</a><a href="/rss.xml">r</a>`;
    expect(pageLinks(html)).toEqual(['/articles/x/', '/glossary/']);
  });
});
