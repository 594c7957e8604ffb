import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/utils/reading.ts';

describe('reading time', () => {
  it('counts words of prose, not frontmatter, tags or markup', () => {
    const body =
      '---\ntitle: "Ignored words here"\n---\n## A heading\n\nOne two <Term id="sla">three</Term> **four**.\n';
    // "A", "heading", "One", "two", "three", "four" = 6 words
    expect(countWords(body)).toBe(6);
  });

  it('rounds to whole minutes at 220 words a minute, at least one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(660).fill('word').join(' '))).toBe(3); // 660 / 220 = 3
    expect(readingMinutes(Array(770).fill('word').join(' '))).toBe(4); // 3.5 rounds to 4
  });
});
