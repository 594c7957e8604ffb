import { describe, expect, it } from 'vitest';
import { NEXT_STEPS } from '../../src/calculators/next-steps';
import { CALCULATOR_SLUGS } from '../../src/calculators/registry';
import { builtPages } from './dist.ts';

// What every calculator suggests doing next leads somewhere real: each link of each answer's step to a built
// page, and to a heading on it where it names one. Only the default answer's step is in a page's HTML (the
// link check in pages.test.ts sees that one); the others wait in the island's props.
describe('next steps', () => {
  const pages = new Map(builtPages().map((p) => [p.path, p.html]));

  for (const slug of CALCULATOR_SLUGS)
    it(`${slug}: every link of every answer's step leads to a page and heading that exist`, () => {
      const links = Object.values(NEXT_STEPS[slug]).flatMap((parts) => parts.filter((p) => typeof p !== 'string'));
      expect(links.length).toBeGreaterThan(0);
      const broken = links
        .map(([, href]) => href)
        .filter((href) => {
          const [path, hash] = href.split('#');
          const html = pages.get(path!);
          return !html || (hash !== undefined && !html.includes(` id="${hash}"`));
        });
      expect(broken).toEqual([]);
    });

  it('a calculator page shows the step for its default answer before any code runs; an embed shows none', () => {
    for (const slug of ['cost-comparison', 'downtime-cost', 'hybrid-planner', 'provider-quotes', 'uptime']) {
      expect(pages.get(`/calculators/${slug}/`), slug).toMatch(
        /<section class="next no-print"[^>]*>.*?What to do next/s,
      );
      expect(pages.get(`/embed/${slug}/`), slug).not.toContain('What to do next');
    }
    // The scorecard waits for the reader's answers: no suggestion, so no next step yet.
    expect(pages.get('/calculators/which-model/')).not.toContain('What to do next');
  });
});
