import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

/**
 * One spelling convention, US English, in everything a reader sees: the articles, glossary, FAQ and
 * sources, and the text of the site's pages, calculators and embeds. Each entry is a British form;
 * a test below shows the check finds it.
 */
const BRITISH = [
  'colours?',
  'behaviours?',
  'favour(ite|ed|s)?',
  'honours?',
  'labour',
  'neighbours?',
  'organis(e|ed|es|ing|ations?)',
  'recognis(e|ed|es|ing)',
  'realis(e|ed|es|ing)',
  'analys(e|ed|es|ing)',
  'optimis(e|ed|es|ing|ation)',
  'minimis(e|ed|es|ing)',
  'maximis(e|ed|es|ing)',
  'prioritis(e|ed|es|ing)',
  'summaris(e|ed|es|ing)',
  'categoris(e|ed|es|ing)',
  'customis(e|ed|es|ing)',
  'utilis(e|ed|es|ing)',
  'centres?',
  'licences?',
  'defence',
  'offence',
  'catalogue',
  'programmes?',
  'judgement',
  'towards',
  'whilst',
  'amongst',
  'cheques?',
  'grey',
  'travelled',
  'cancelled',
  'modelling',
  'modelled',
  'labelled',
  'labelling',
  'fulfil',
  'enrol',
  'practise',
  'learnt',
  'ageing',
  'enquir(y|ies)',
];
const BRITISH_RE = new RegExp(`(?<![A-Za-z-])(${BRITISH.join('|')})(?![A-Za-z(])`, 'gi');
/** Proper names keep their own spelling. */
const PROPER_NAMES = /National Cyber Security Centre|Cyber Security Centres?\b/g;

/** Files that deliberately handle British spellings a reader types into search. */
const EXEMPT = ['src/search/query/', 'src/search/spelling.ts'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** British spellings in one file's reader-facing text: code comments and attribute names are skipped. */
function britishIn(source: string, isCode: boolean): string[] {
  const found: string[] = [];
  for (const line of source.split('\n')) {
    const t = line.trim();
    if (isCode && /^(\/\/|\*|\/\*|\{\/\*)/.test(t)) continue;
    const text = (isCode ? line.replace(/\s\/\/\s.*$/, '') : line)
      .replace(/aria-labelledby/g, '')
      .replace(PROPER_NAMES, '');
    for (const m of text.matchAll(BRITISH_RE)) found.push(`${m[1]} in “${t.slice(0, 80)}”`);
  }
  return found;
}

const files = [...walk(join(ROOT, 'content')), ...walk(join(ROOT, 'src'))]
  .map((p) => relative(ROOT, p))
  .filter((p) => /\.(mdx|json|astro|tsx|ts)$/.test(p) && !/\.(test|bench)\.ts$/.test(p))
  .filter((p) => !EXEMPT.some((e) => p.startsWith(e)));

describe('spelling: US English in every reader-facing text', () => {
  it('finds British spellings in prose and code strings, but not in comments or names', () => {
    expect(britishIn('The colour of the centre.', false)).toHaveLength(2);
    expect(britishIn("const label = 'Organisations we favour';", true)).toHaveLength(2);
    expect(britishIn('// our colour scheme\nconst x = parseHexColour(y);', true)).toEqual([]);
    expect(britishIn('<div aria-labelledby="x">UK National Cyber Security Centre</div>', true)).toEqual([]);
    expect(britishIn('The color of the center.', false)).toEqual([]);
  });

  it('checks the content and the site code', () => {
    expect(files.some((f) => f.startsWith('content/articles/'))).toBe(true);
    expect(files).toContain('src/pages/sources.astro');
  });

  for (const area of ['content/', 'src/']) {
    it(`every file under ${area} uses US spelling`, () => {
      const found = files
        .filter((f) => f.startsWith(area))
        .flatMap((f) => britishIn(readFileSync(join(ROOT, f), 'utf8'), area === 'src/').map((w) => `${f}: ${w}`));
      expect(found).toEqual([]);
    });
  }
});
