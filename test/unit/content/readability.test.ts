import { describe, expect, it } from 'vitest';
import { gradeArticles, readability } from '../../../scripts/readability.mjs';

const { rows, median } = gradeArticles();

describe('readability: Flesch–Kincaid grade of the articles', () => {
  it('grades all nine articles', () => {
    expect(rows).toHaveLength(9);
  });

  it('scores dense prose higher than plain prose (the measure works)', () => {
    const plain = readability('We fix it. You pay. It works again.');
    const dense = readability(
      'Organisations contemplating comprehensive infrastructure outsourcing arrangements frequently underestimate operational interdependencies.',
    );
    expect(dense.grade).toBeGreaterThan(plain.grade + 5);
  });

  it('has a median grade of 9 or less', () => {
    expect(median).toBeLessThanOrEqual(9);
  });

  for (const row of rows) {
    it(`${row.slug} is grade 11 or less (is ${row.grade.toFixed(1)})`, () => {
      expect(row.grade).toBeLessThanOrEqual(11);
    });
    it(`${row.slug} is substantial: 700–1,400 words (has ${row.words})`, () => {
      expect(row.words).toBeGreaterThanOrEqual(700);
      expect(row.words).toBeLessThanOrEqual(1400);
    });
  }
});
