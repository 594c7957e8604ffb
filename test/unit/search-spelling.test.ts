import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEdits, correctQuery, correctWord, editDistance, makeVocabulary } from '../../src/search/spelling.ts';

describe('editDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['managed', 'manged', 1],
    ['services', 'servces', 1],
    ['hybrid', 'hyrbid', 1], // one swap of neighbours, not two substitutions
    ['kitten', 'sitting', 3],
    ['uptime', 'uptiem', 1],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('gives up above the bound with bound + 1', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is symmetric, zero only for equal words, and never more than the longer length', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
      }),
    );
  });
});

describe('correcting a query against the site vocabulary', () => {
  const vocab = makeVocabulary([
    'services',
    'managed',
    'service',
    'downtime',
    'hybrid',
    'cost',
    'uptime',
    'sla',
    'support',
  ]);

  it('fixes each misspelt word and says it changed something', () => {
    expect(correctQuery('manged servces', vocab)).toEqual({ query: 'managed services', changed: true });
    expect(correctQuery('cost of downtme', vocab)).toEqual({ query: 'cost of downtime', changed: true });
    expect(correctQuery('hyrbid', vocab)).toEqual({ query: 'hybrid', changed: true });
  });

  it('leaves known words, short words, numbers and unmatched words alone', () => {
    expect(correctQuery('managed services', vocab)).toEqual({ query: 'managed services', changed: false });
    expect(correctQuery('of 99.9', vocab).changed).toBe(false);
    expect(correctQuery('zxqvbn', vocab)).toEqual({ query: 'zxqvbn', changed: false });
  });

  it('keeps a word that starts a known word: the reader may still be typing', () => {
    expect(correctWord('downt', vocab)).toBe('downt');
  });

  it('allows one edit in short words and two in longer ones', () => {
    expect(allowedEdits('cost')).toBe(1);
    expect(allowedEdits('costs')).toBe(2);
    expect(correctWord('cxsp', vocab)).toBe('cxsp'); // two edits from "cost": too many for a short word
    expect(correctWord('srvces', vocab)).toBe('services');
  });

  it('prefers the more frequent word when two are equally close', () => {
    expect(correctWord('servicex', makeVocabulary(['services', 'servicer']))).toBe('services');
    expect(correctWord('servicex', makeVocabulary(['servicer', 'services']))).toBe('servicer');
  });
});
