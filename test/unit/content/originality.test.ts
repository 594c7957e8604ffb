import { describe, expect, it } from 'vitest';
import { loadSeeds, mdxToText, normalisedWords, sharedRuns } from '../../../scripts/readability.mjs';
import { articles, faq, glossary } from './helpers.ts';

const seeds: string[] = loadSeeds();
const RUN = 8;

describe('originality: no article shares 8 consecutive words with a reference article', () => {
  it('finds the reference articles', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  it('the detector catches a copied phrase, even with changed case and punctuation', () => {
    const copied = normalisedWords(seeds[0]!)
      .slice(20, 20 + RUN)
      .join(' ')
      .toUpperCase();
    const text = mdxToText(`---\ntitle: x\n---\n\nOur own opening. ${copied}! Our own ending.`);
    expect(sharedRuns(text, seeds, RUN)).toHaveLength(1);
  });

  it('the detector ignores a shorter shared run', () => {
    const seven = normalisedWords(seeds[0]!)
      .slice(20, 20 + RUN - 1)
      .join(' ');
    expect(sharedRuns(`Start here. ${seven}. Stop now.`, seeds, RUN)).toEqual([]);
  });

  it('keeps prose inside components (ProsCons items, callout titles) in the checked text', () => {
    const text = mdxToText(
      '<ProsCons pros={["First point here."]} cons={["Second point."]} />\n<Callout title="Watch out">Body</Callout>',
    );
    expect(text).toContain('First point here.');
    expect(text).toContain('Second point.');
    expect(text).toContain('Watch out');
    expect(text).toContain('Body');
  });

  for (const article of articles()) {
    it(`${article.slug} is in its own words`, () => {
      expect(sharedRuns(article.text, seeds, RUN)).toEqual([]);
    });
  }

  it('the glossary is in its own words', () => {
    const text = glossary()
      .map((t) => `${t.term}. ${t.short} ${t.definition}`)
      .join('\n');
    expect(sharedRuns(text, seeds, RUN)).toEqual([]);
  });

  it('the FAQ is in its own words', () => {
    const text = faq()
      .map((q) => `${q.question} ${q.answer}`)
      .join('\n');
    expect(sharedRuns(text, seeds, RUN)).toEqual([]);
  });
});
