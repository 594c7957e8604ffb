import { describe, expect, it } from 'vitest';
import { gradeArticles, readability } from '../../../scripts/readability.mjs';

const { rows, median } = gradeArticles();

describe('readability: Flesch–Kincaid grade of the articles', () => {
  it('grades all fourteen articles', () => {
    expect(rows).toHaveLength(14);
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
    it(`${row.slug} is grade 9 or less (is ${row.grade.toFixed(1)})`, () => {
      expect(row.grade).toBeLessThanOrEqual(9);
    });
    it(`${row.slug} is substantial: 700–1,500 words (has ${row.words})`, () => {
      expect(row.words).toBeGreaterThanOrEqual(700);
      expect(row.words).toBeLessThanOrEqual(1500);
    });
  }
});
