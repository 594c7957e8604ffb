import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandCalculatorRules } from '../../src/build-output/calculator-headers';
import { CALCULATOR_SLUGS } from '../../src/calculators/registry';

describe('expandCalculatorRules (build integration)', () => {
  it('writes a {calculator} rule out once per slug, with its headers, and leaves other rules alone', () => {
    const text = '/*\n  A: 1\n# note\n/embed/{calculator}/*\n  B: 2\n  C: 3\n/embed/guide/*\n  D: 4\n';
    expect(expandCalculatorRules(text, ['x', 'y'])).toBe(
      '/*\n  A: 1\n# note\n/embed/x/*\n  B: 2\n  C: 3\n/embed/y/*\n  B: 2\n  C: 3\n/embed/guide/*\n  D: 4\n',
    );
  });

  it('gives every calculator in the registry its embed rule from the site’s _headers', () => {
    const out = expandCalculatorRules(readFileSync('public/_headers', 'utf8'), CALCULATOR_SLUGS);
    for (const slug of CALCULATOR_SLUGS) expect(out).toContain(`\n/embed/${slug}/*\n  Content-Security-Policy:`);
    expect(out).not.toContain('{calculator}');
  });
});
