import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHeads, cardFields } from '../../src/integrations/social-cards.ts';
import { articles, ROOT } from './content/helpers.ts';

describe('social cards started with the build: article titles and descriptions read from the files', () => {
  it('reads the same title and description as the frontmatter of every article', () => {
    const heads = new Map(articleHeads(join(ROOT, 'content', 'articles')).map((h) => [h.id, h]));
    const all = articles().filter((a) => a.data['draft'] !== true);
    expect(heads.size).toBe(all.length);
    for (const a of all)
      expect(heads.get(a.slug), a.slug).toEqual({
        id: a.slug,
        title: a.data['title'],
        description: a.data['description'],
      });
  });

  it('reads plain, double- and single-quoted values, skips drafts, partials and unreadable lines', () => {
    expect(cardFields('---\ntitle: "A \\"quoted\\" title: yes"\ndescription: Plain text # comment\n---\n')).toEqual({
      title: 'A "quoted" title: yes',
      description: 'Plain text',
      draft: false,
    });
    expect(cardFields("---\ntitle: 'It''s fine'\ndescription: x\ndraft: true\n---\n")).toMatchObject({
      title: "It's fine",
      draft: true,
    });
    expect(cardFields('---\ntitle: "broken\n---\n').title).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'heads-'));
    try {
      writeFileSync(join(dir, 'a.mdx'), '---\ntitle: A\ndescription: B\n---\n');
      writeFileSync(join(dir, '_partial.mdx'), '---\ntitle: P\ndescription: Q\n---\n');
      writeFileSync(join(dir, 'draft.md'), '---\ntitle: D\ndescription: E\ndraft: true\n---\n');
      writeFileSync(join(dir, 'notes.txt'), 'title: no');
      expect(articleHeads(dir)).toEqual([{ id: 'a', title: 'A', description: 'B' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
