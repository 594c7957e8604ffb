import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';

/**
 * Why each rule in .htmlvalidate.json departs from `html-validate:recommended` (JSON has no comments,
 * so the reasons live here; a test below fails when a rule changes without one).
 */
const REASONS: Record<string, string> = {
  'valid-id':
    'relaxed: HTML5 allows any id without whitespace; anchors of numbered headings start with a digit ("1-something-stops-working"), and links to them are checked by test/build/pages.test.ts.',
  'long-title':
    'raised to 120 characters: a title is the page title (up to 90, src/schemas/content.ts) plus " · IT Support, Explained"; search engines truncate long titles, a style concern rather than invalid HTML.',
  'void-style':
    'off: Preact renders void elements self-closing (<input/>) while Astro omits the slash; HTML5 accepts both, so the mix is cosmetic.',
  'wcag/h32':
    'off: calculator fields sit in a <form> only for grouping and Enter handling; results update as the reader types (issue 5 asks for no submit button), and the form never submits.',
  'form-dup-name':
    'checkboxes may share a name: a group of checkboxes with one name is valid HTML and submits a list (the embed builder\'s "show these sections" group).',
};

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as { rules?: Record<string, unknown> };
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate over every built page', () => {
  it('every rule changed from the recommended preset has a written reason', () => {
    const changed = Object.keys(config.rules ?? {});
    expect(changed.filter((rule) => !REASONS[rule])).toEqual([]);
    expect(
      Object.keys(REASONS).filter((rule) => !changed.includes(rule)),
      'reasons for rules no longer changed',
    ).toEqual([]);
  });

  for (const page of builtPages()) {
    it(`${page.path}: 0 errors`, async () => {
      const report = await validator.validateString(page.html, `dist/${page.file}`);
      const errors = report.results.flatMap((r) =>
        r.messages
          .filter((m) => m.severity === 2)
          .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ''}]`),
      );
      expect(errors).toEqual([]);
    });
  }

  it('finds errors when there are some (inline style, duplicate id, unclosed element)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a" style="color:red">x</p><p id="a"><div></p></body></html>',
      'bad.html',
    );
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(rules.has('no-inline-style')).toBe(true);
    expect(rules.has('no-dup-id')).toBe(true);
    expect(report.valid).toBe(false);
  });
});
