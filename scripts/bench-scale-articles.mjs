// Synthetic articles for the scale benchmark (scripts/bench-scale.mjs). Deterministic: article i is
// the same text on every run, so builds of the same size do the same work. Each is article-sized
// (~900 words: a lede, five sections with a subsection, a list and a citation) with frontmatter that
// the strict schema in src/schemas/content.ts accepts (test/unit/bench-scale-articles.test.ts).

import { CALCULATOR_SLUGS as CALCULATORS, TOPICS } from '../src/calculators/registry.ts';

const WORDS = (
  'support contract invoice technician outage server laptop network backup patch monitor ticket response ' +
  'budget month year hour staff office printer email security update licence vendor plan review risk ' +
  'cost rate fee call visit repair replace check report agree measure compare choose team owner manager'
).split(' ');

/** The source every synthetic article cites (an id in content/sources.json). */
export const SYNTHETIC_SOURCE = 'rate-cards';

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same articles. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r, n) {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ') + '.';
}

/** File name (without folder) of synthetic article i; the slug is the name without `.mdx`. */
export const syntheticFileName = (i) => `synthetic-${String(i).padStart(4, '0')}.mdx`;

/** MDX source of synthetic article i (0-based). */
export function syntheticArticle(i) {
  const r = rng(i + 1);
  const para = () => Array.from({ length: 5 }, () => sentence(r, 8 + Math.floor(r() * 10))).join(' ');
  const sections = Array.from({ length: 5 }, (_, s) =>
    [
      `## Section ${s + 1} of synthetic article ${i}`,
      '',
      para(),
      '',
      `${para()} <Cite id="${SYNTHETIC_SOURCE}" />`,
      '',
      `- ${sentence(r, 6)}`,
      `- ${sentence(r, 7)}`,
      '',
      `### Detail ${s + 1}.1`,
      '',
      para(),
    ].join('\n'),
  );
  const frontmatter = [
    '---',
    `title: "Synthetic article ${i}: ${sentence(r, 4).slice(0, -1)}"`,
    `description: "A generated article for the scale benchmark, number ${i}: ${sentence(r, 8)}"`,
    `updated: 2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    `topic: ${TOPICS[i % TOPICS.length]}`,
    `order: ${i + 1}`,
    'draft: false',
    `sources: [${SYNTHETIC_SOURCE}]`,
    ...(i % 3 === 0 ? [`calculator: ${CALCULATORS[i % CALCULATORS.length]}`] : []),
    '---',
  ];
  return [...frontmatter, '', para(), '', ...sections, ''].join('\n');
}
