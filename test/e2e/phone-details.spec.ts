/**
 * Small things on a phone: glossary tooltips stay whole inside the screen however near its edge their term
 * sits, and a table wider than the screen shows that it scrolls (edge shadows and a line saying so).
 */
import { expect, test } from '@playwright/test';

for (const width of [320, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 } });

    test('every glossary tooltip opens inside the screen, terms near the right edge included', async ({ page }) => {
      let checked = 0;
      let nearRight = 0;
      for (const slug of ['what-is-break-fix', 'pricing-models', 'sla-and-uptime']) {
        await page.goto(`/articles/${slug}/`);
        const links = page.locator('.term > a');
        const count = await links.count();
        for (let i = 0; i < count; i++) {
          const link = links.nth(i);
          await link.focus();
          const tip = link.locator('xpath=../span[@role="tooltip"]');
          await expect(tip).toBeVisible();
          const [term, box] = await Promise.all([link.boundingBox(), tip.boundingBox()]);
          if (term!.x + term!.width > width * 0.6) nearRight++;
          expect(box!.x, `${slug} term ${i}`).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width, `${slug} term ${i}`).toBeLessThanOrEqual(width);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(5);
      // The case that used to run off the screen was tried.
      expect(nearRight).toBeGreaterThan(0);
    });
  });
}

test('a table wider than a 320 px screen says it scrolls: edge shadows and a line read first inside it', async ({
  page,
}) => {
  // The widest table of the article: wider than a 320 px screen (a 375 px one fits it).
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/articles/sla-and-uptime/');
  const region = page.locator('.wide-table').last();
  const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeGreaterThan(client);
  const hint = region.locator('.scroll-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText('Scroll sideways to see the whole table.');
  // The shadow: the region's background carries the edge gradients.
  expect(await region.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(
    /radial-gradient.*radial-gradient/,
  );
});

test('on a wide screen a table that fits does not claim to scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/articles/sla-and-uptime/');
  const region = page.locator('.wide-table').first();
  const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client + 1);
  await expect(region.locator('.scroll-hint')).toBeHidden();
});
