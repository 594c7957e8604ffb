import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../src/schemas/content.ts';
import { ROOT } from './helpers.ts';

/** A source as written in content/sources.json, before the schema strips or defaults anything. */
interface RawSource {
  id?: unknown;
  publisher?: unknown;
  title?: unknown;
  year?: unknown;
  url?: unknown;
  /** Why there is no public address, when there is none. */
  noUrl?: unknown;
  /** Why there is no year, when there is none. */
  undated?: unknown;
  strength?: unknown;
  note?: unknown;
}

const raw = JSON.parse(readFileSync(join(ROOT, 'content/sources.json'), 'utf8')) as RawSource[];

const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/**
 * What a reader could not check about one source: a missing publisher, title or year, or no address
 * and no word on why. A publisher that names nobody ("Several IT providers") counts as missing.
 */
function sourceProblems(s: RawSource): string[] {
  const problems: string[] = [];
  if (!text(s.publisher)) problems.push('no publisher');
  else if (/^(several|various|some|an?)\s/i.test(s.publisher) && !/for example|uploaded/i.test(s.publisher)) {
    problems.push(`publisher names nobody: "${s.publisher}"`);
  }
  if (!text(s.title)) problems.push('no title');
  const year = s.year;
  if (typeof year === 'number') {
    if (!Number.isInteger(year) || year < 1990 || year > 2026) problems.push(`implausible year ${year}`);
  } else if (!text(s.undated)) problems.push('no year, and no "undated" field saying why');
  if (s.url !== undefined) {
    if (!text(s.url) || !/^https?:\/\/[^\s]+\.[^\s]+$/.test(s.url)) problems.push(`bad url ${String(s.url)}`);
    if (s.noUrl !== undefined) problems.push('both url and noUrl');
  } else if (!text(s.noUrl)) problems.push('no url, and no "noUrl" field saying why');
  if (!text(s.note)) problems.push('no note on what it measures');
  return problems;
}

describe('sources: every one can be found and checked by a reader', () => {
  it('the check catches a source that lacks a publisher, title or year, or an address without saying why', () => {
    const good = { publisher: 'Gartner', title: 'A report', year: 2014, url: 'https://example.org/x', note: 'n' };
    expect(sourceProblems(good)).toEqual([]);
    expect(sourceProblems({ ...good, publisher: '' })).toEqual(['no publisher']);
    expect(sourceProblems({ ...good, publisher: 'Several IT providers' })[0]).toMatch(/names nobody/);
    expect(sourceProblems({ ...good, title: undefined })).toEqual(['no title']);
    expect(sourceProblems({ ...good, year: null })).toEqual(['no year, and no "undated" field saying why']);
    expect(sourceProblems({ ...good, year: null, undated: 'The page carries no date.' })).toEqual([]);
    expect(sourceProblems({ ...good, url: undefined })).toEqual(['no url, and no "noUrl" field saying why']);
    expect(sourceProblems({ ...good, url: undefined, noUrl: 'Behind a log-in.' })).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = raw.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const s of raw) {
    it(`${String(s.id)} names its publisher, title and year, and links to the original or says why not`, () => {
      expect(sourceProblems(s)).toEqual([]);
    });
  }

  it('keeps the reasons for a missing link or date through the schema, so /sources/ can show them', () => {
    for (const s of raw) {
      const parsed = sourceSchema.parse(s);
      expect(parsed.noUrl, String(s.id)).toBe(s.noUrl);
      expect(parsed.undated, String(s.id)).toBe(s.undated);
    }
  });

  it('links most sources to a public address (an unlinked source is the exception)', () => {
    const linked = raw.filter((s) => text(s.url)).length;
    expect(linked / raw.length).toBeGreaterThanOrEqual(0.9);
  });
});
