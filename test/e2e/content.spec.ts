import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** Content behaviour that only a browser can check: tooltips, anchors, structured data, narrow screens. */

/** Every article, by slug (test/unit/content/references.test.ts checks they are the fourteen planned ones). */
const ARTICLES = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -'.mdx'.length));
const glossary = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as { id: string; short: string }[];

test.describe('glossary terms in articles', () => {
  test('show their short definition on keyboard focus and on hover, hidden otherwise', async ({ page }) => {
    await page.goto('/articles/what-is-break-fix/');
    const link = page.locator('.term a').first();
    const tipId = await link.getAttribute('aria-describedby');
    expect(tipId).toBeTruthy();
    const tip = page.locator(`[id="${tipId}"]`);
    const expected = glossary.find((g) => g.id === 'break-fix')!.short;

    await expect(tip).toBeHidden();
    await expect(tip).toHaveText(expected);
    await link.focus();
    await expect(tip).toBeVisible();
    await link.blur();
    await expect(tip).toBeHidden();
    await link.hover();
    await expect(tip).toBeVisible();
    // The accessible description is the definition, for screen-reader users.
    await expect(link).toHaveAccessibleDescription(expected);
  });

  test('Escape dismisses an open definition without moving focus; it returns on the next visit', async ({ page }) => {
    await page.goto('/articles/what-is-break-fix/');
    const link = page.locator('.term a').first();
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    await link.focus();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(link).toBeFocused();
    await link.blur();
    await link.focus();
    await expect(tip).toBeVisible();
  });

  test('every term link lands on a glossary entry', async ({ page }) => {
    await page.goto('/glossary/');
    const anchors = new Set(await page.locator('dt[id]').evaluateAll((els) => els.map((e) => e.id)));
    expect(anchors.size).toBeGreaterThanOrEqual(30);
    for (const slug of ARTICLES) {
      await page.goto(`/articles/${slug}/`);
      const targets = await page.locator('.term a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
      expect(targets.length, slug).toBeGreaterThan(0);
      for (const href of targets) expect(anchors, `${slug} → ${href}`).toContain(href.replace('/glossary/#', ''));
    }
  });
});

test('every citation lands on a listed source that names the citing article', async ({ page }) => {
  await page.goto('/sources/');
  const entries = new Map(
    await page
      .locator('.source-list > li')
      .evaluateAll((els) => els.map((e) => [e.id, e.textContent ?? ''] as [string, string])),
  );
  for (const slug of ARTICLES) {
    await page.goto(`/articles/${slug}/`);
    const title = (await page.locator('h1').textContent())!.trim();
    const cited = await page
      .locator('.article-body a.cite')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    for (const href of cited) {
      const id = href.replace('/sources/#', '');
      expect(entries.has(id), `${slug} cites ${id}`).toBe(true);
      expect(entries.get(id), `${id} lists ${slug}`).toContain(title);
    }
  }
});

test('the FAQ page carries valid FAQPage structured data matching its questions', async ({ page }) => {
  await page.goto('/faq/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const raw = blocks.find((b) => b.includes('"FAQPage"'));
  const data = JSON.parse(raw!) as {
    '@type': string;
    mainEntity: { name: string; acceptedAnswer: { text: string } }[];
  };
  expect(data['@type']).toBe('FAQPage');
  const questions = await page.locator('.qa h2').allTextContents();
  expect(questions.length).toBeGreaterThanOrEqual(10);
  expect(data.mainEntity.map((q) => q.name)).toEqual(questions.map((q) => q.trim()));
  for (const q of data.mainEntity) expect(q.acceptedAnswer.text.length).toBeGreaterThan(40);
});

test('diagrams render as labelled images', async ({ page }) => {
  for (const [slug, count] of [
    ['what-are-managed-services', 2],
    ['pros-and-cons', 1],
    ['hybrid-it-support', 1],
  ] as const) {
    await page.goto(`/articles/${slug}/`);
    const svgs = page.locator('.diagram svg[role="img"]');
    await expect(svgs).toHaveCount(count);
    for (const svg of await svgs.all()) {
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAccessibleName(/\w{5,}/);
    }
  }
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // Measured as min-content width, so the check is about these components alone: other widgets on
  // the page cannot make it pass or fail. 288 px = 320 px minus the page's side padding.
  test('writer components and tables never force the page wider than the screen', async ({ page }) => {
    const selector = '.wide-table, .diagram, .pros-cons, .callout, .in-short, .key-figure';
    for (const slug of ARTICLES) {
      await page.goto(`/articles/${slug}/`);
      const widths = await page.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const e = el as HTMLElement;
          e.style.width = 'min-content';
          const w = e.getBoundingClientRect().width;
          e.style.width = '';
          return [e.className, Math.round(w)] as [string, number];
        }),
      );
      expect(widths.length, slug).toBeGreaterThan(0);
      for (const [name, w] of widths) expect(w, `${slug} ${name}`).toBeLessThanOrEqual(288);
    }
  });

  test('tables scroll inside their own box', async ({ page }) => {
    await page.goto('/articles/sla-and-uptime/');
    const box = page.locator('.wide-table').last();
    const [scroll, client] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeGreaterThan(client);
    await expect(box).toHaveAttribute('tabindex', '0');
    await expect(box).toHaveAccessibleName(/availability/i);
  });
});
