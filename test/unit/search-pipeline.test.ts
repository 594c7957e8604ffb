import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeVocabulary } from '../../src/search/spelling.ts';
import { readIntent, spellingVariants, STOP_WORDS, tokenize } from '../../src/search/query/normalise.ts';
import { planContext, planQuery } from '../../src/search/query/plan.ts';
import { diversify, type Ranked } from '../../src/search/query/rank.ts';
import { termNames } from '../../src/search/hints.ts';

/** A small index vocabulary and glossary, enough to show each step of the pipeline. */
const WORDS = [
  'managed',
  'services',
  'service',
  'break',
  'fix',
  'provider',
  'msp',
  'cost',
  'costs',
  'pricing',
  'price',
  'uptime',
  'calculator',
  'monitoring',
  'help',
  'desk',
  'organization',
  'license',
  'hybrid',
  'support',
  'response',
  'time',
  'resolution',
  'user',
  'device',
  'per',
  'it',
  'the',
  'what',
  'is',
  'hourly',
  'rate',
];
const ctx = planContext(makeVocabulary(WORDS), {
  terms: [
    { url: '/glossary/#msp', names: termNames({ term: 'Managed service provider (MSP)', aliases: ['IT provider'] }) },
    { url: '/glossary/#managed-services', names: termNames({ term: 'Managed services', aliases: ['IT outsourcing'] }) },
    { url: '/glossary/#break-fix', names: termNames({ term: 'Break/fix', aliases: ['computer repair'] }) },
  ],
});
const plan = (q: string) => planQuery(q, ctx);
const forms = (q: string) => plan(q).concepts.map((c) => c.forms.map((f) => f.join(' ')));

describe('normalising a query', () => {
  it('splits hyphens, slashes and punctuation, keeps numbers whole', () => {
    expect(tokenize('Break/fix vs. in-house IT?')).toEqual(['break', 'fix', 'vs', 'in', 'house', 'it']);
    expect(tokenize('99.9% uptime, $5,600')).toEqual(['99.9%', 'uptime', '5600']);
  });

  it('reads comparisons and questions', () => {
    expect(readIntent('break fix vs msp')).toEqual({ sides: ['break fix', 'msp'], intent: 'comparison' });
    expect(readIntent('MSP versus break/fix').sides).toEqual(['msp', 'break/fix']);
    expect(readIntent('hourly or monthly').intent).toBe('comparison');
    expect(readIntent('difference between rpo and rto').sides).toEqual(['rpo', 'rto']);
    expect(readIntent('what is mttr').intent).toBe('question');
    expect(readIntent('uptime calculator').intent).toBe('topic');
  });

  it('knows British and American spellings both ways', () => {
    expect(spellingVariants('organisation')).toContain('organization');
    expect(spellingVariants('optimize')).toContain('optimise');
    expect(spellingVariants('licence')).toContain('license');
    expect(spellingVariants('colour')).toContain('color');
  });
});

describe('planning what to search for', () => {
  it('drops stop words, keeps each meaningful word as a concept', () => {
    expect(forms('what is the hourly rate')).toEqual([['hourly'], ['rate']]);
  });

  it('turns a glossary name or alias into one concept with every name of the term', () => {
    const p = plan('IT outsourcing');
    expect(p.concepts).toHaveLength(1);
    expect(p.concepts[0]!.term).toBe('/glossary/#managed-services');
    expect(p.concepts[0]!.forms.map((f) => f.join(' '))).toContain('managed services');
    expect(p.intent).toBe('term');
    expect(p.termUrl).toBe('/glossary/#managed-services');
    expect(plan('what is an msp').termUrl).toBe('/glossary/#msp');
  });

  it('uses the spelling the index has, without calling it a correction', () => {
    const p = plan('organisation licence');
    expect(p.concepts.map((c) => c.forms[0]!.join(' '))).toEqual(['organization', 'license']);
    expect(p.notes).toEqual([]);
  });

  it('corrects a word the index lacks, and says so', () => {
    const p = plan('uptme calculater');
    expect(p.concepts.map((c) => c.forms[0]![0])).toEqual(['uptime', 'calculator']);
    expect(p.notes).toEqual([
      { kind: 'corrected', from: 'uptme', to: 'uptime' },
      { kind: 'corrected', from: 'calculater', to: 'calculator' },
    ]);
    expect(p.shown).toBe('uptime calculator');
  });

  it('splits two words run together', () => {
    expect(plan('helpdesk').concepts.map((c) => c.forms[0]!.join(' '))).toEqual(['help', 'desk']);
  });

  it('leaves the last word alone while it may still be being typed', () => {
    expect(plan('managed serv').concepts.map((c) => c.forms[0]![0])).toEqual(['managed', 'serv']);
  });

  it('leaves out words the site has never seen and says which', () => {
    const p = plan('kubernetes cluster');
    expect(p.concepts).toEqual([]);
    expect(p.notes).toEqual([{ kind: 'unknown', words: ['kubernetes', 'cluster'] }]);
  });

  it('keeps the sides of a comparison apart', () => {
    const p = plan('break fix vs msp');
    expect(p.intent).toBe('comparison');
    expect(p.concepts.map((c) => [c.term, c.side])).toEqual([
      ['/glossary/#break-fix', 0],
      ['/glossary/#msp', 1],
    ]);
  });

  it('never corrects a word the index contains (any query of index words)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }), (words) => {
        const p = plan(words.join(' '));
        expect(p.notes.filter((n) => n.kind === 'corrected')).toEqual([]);
        const typed = new Set(p.concepts.flatMap((c) => c.typed.split(' ')));
        // A word can also be read into a glossary term the plan has already ("msp it provider": "IT provider" is
        // another name of the MSP, so it adds no second concept); the term's forms carry every name's words.
        const named = new Set(p.concepts.filter((c) => c.term).flatMap((c) => c.forms.flat()));
        for (const w of words) expect(typed.has(w) || named.has(w) || STOP_WORDS.has(w), w).toBe(true);
      }),
    );
  });

  it('reads a second name of a term already in the query into that one concept', () => {
    const p = plan('msp it provider managed');
    expect(p.concepts.map((c) => [c.term, c.typed])).toEqual([
      ['/glossary/#msp', 'msp'],
      [undefined, 'managed'],
    ]);
    expect(p.notes).toEqual([]);
  });
});

describe('keeping the first three varied', () => {
  const r = (type: string, url: string): Ranked => ({
    type,
    url,
    topic: '',
    matched: 1,
    score: 1,
    result: { id: url, score: 1, words: [], data: async () => ({}) },
  });

  it('moves the best result of another type into third place when the first three are one type', () => {
    const list = [
      r('Glossary term', 'a'),
      r('Glossary term', 'b'),
      r('Glossary term', 'c'),
      r('Glossary term', 'd'),
      r('Article', 'e'),
    ];
    expect(diversify(list).map((x) => x.url)).toEqual(['a', 'b', 'e', 'c', 'd']);
  });

  it('leaves the list alone when only one type matches', () => {
    const list = [r('FAQ', 'a'), r('FAQ', 'b'), r('FAQ', 'c'), r('FAQ', 'd')];
    expect(diversify(list)).toEqual(list);
  });
});
