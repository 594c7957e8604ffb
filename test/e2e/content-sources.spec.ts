import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The footer's promise, "every figure links to its source", checked on the sources page itself. */

const sources = JSON.parse(readFileSync('content/sources.json', 'utf8')) as {
  id: string;
  title: string;
  url?: string;
  noUrl?: string;
  undated?: string;
}[];

test('every source on /sources/ links to the original, or says why it cannot', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.locator('.source-list > li')).toHaveCount(sources.length);
  for (const s of sources) {
    const entry = page.locator(`.source-list > li[id="${s.id}"]`);
    if (s.url) await expect(entry.locator(`a[href="${s.url}"]`), s.id).toHaveText(s.title);
    else await expect(entry, s.id).toContainText(`No link: ${s.noUrl}`);
    if (s.undated) await expect(entry, s.id).toContainText(`No date: ${s.undated}`);
  }
});

test('a citation in the FAQ and the glossary lands on its source entry', async ({ page }) => {
  for (const path of ['/faq/', '/glossary/']) {
    await page.goto(path);
    const cites = await page.locator('a.cite').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(cites.length, path).toBeGreaterThan(0);
    for (const href of cites) {
      expect(href, path).toMatch(/^\/sources\/#[a-z0-9-]+$/);
      expect(
        sources.map((s) => `/sources/#${s.id}`),
        path,
      ).toContain(href);
    }
  }
});
