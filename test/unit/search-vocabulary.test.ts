import { describe, expect, it } from 'vitest';
import { buildVocabulary, htmlToText, namingTexts, wordsOf } from '../../src/search/vocabulary.ts';

describe('the spelling vocabulary built from the site', () => {
  it('takes headings, the title and the description, not tables of contents or related lists', () => {
    const html = `<html><head><meta name="description" content="Costs &amp; pricing of support"></head><body>
      <nav class="toc" data-pagefind-ignore="all"><h2>On this page</h2></nav>
      <h1>What are <em>managed</em> services?</h1><p>Body words are not naming words.</p><h3 id="x">Help desk</h3>
      <footer class="article-foot" data-pagefind-ignore="all"><h2>Related articles</h2></footer></body></html>`;
    expect(namingTexts(html)).toEqual(['What are managed services?', 'Help desk', 'Costs & pricing of support']);
  });

  it('decodes entities and drops tags', () => {
    expect(htmlToText('Break/fix &#x26; managed &lt;IT&gt;&nbsp;support &#8217;s')).toBe(
      'Break/fix & managed <IT> support ’s',
    );
  });

  it('keeps words of three letters or more, lower-cased, most frequent first', () => {
    expect(wordsOf('An SLA isn’t a 99.9% promise')).toEqual(['sla', 'isn’t', 'promise']);
    expect(buildVocabulary(['Managed services', 'managed help desk', 'Desk'])).toEqual([
      'desk',
      'managed',
      'help',
      'services',
    ]);
  });
});
