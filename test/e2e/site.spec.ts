import { expect, test } from '@playwright/test';
import { allPagePaths } from '../build/dist.ts';

test('the home page says what the site answers and routes to articles and calculators', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('break');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /compare the cost/i })).toHaveAttribute(
    'href',
    '/calculators/cost-comparison/',
  );
  await expect(main.locator('a[href^="/articles/"]').first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of ['Articles', 'Calculators', 'Glossary']) {
    await expect(nav.getByRole('link', { name: label })).toBeVisible();
  }
});

test('on a phone the header is two short rows with one search entry, which opens /search/ without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/articles/');
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(100);
  await expect(page.locator('header').getByRole('link', { name: 'Search' })).toHaveCount(0);
  await expect(page.locator('header [data-search-open]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Quick search' }).click();
  await expect(page).toHaveURL(/\/search\/\??$/);
  await context.close();
});

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/articles/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('the theme buttons switch, are remembered across pages and apply before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const themes = page.getByRole('group', { name: 'Theme' });
  const light = themes.getByRole('button', { name: 'Light', exact: true });
  const dark = themes.getByRole('button', { name: 'Dark', exact: true });
  // Each button names the theme it switches to; the one on is pressed (here the system's light).
  await expect(light).toHaveAttribute('aria-pressed', 'true');
  await expect(dark).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await dark.focus();
  await page.keyboard.press('Enter');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect(light).toHaveAttribute('aria-pressed', 'false');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);

  // On the next page the theme is set by the head script, before the body is parsed: no flash.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
    });
  });
  await page.goto('/about/');
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
  await expect(page.getByRole('button', { name: 'Dark', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // Back to light: a choice, remembered like the other.
  await page.getByRole('button', { name: 'Light', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBg);
  await expect(page.getByRole('button', { name: 'Light', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('the system dark preference is followed when no choice was made', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Light', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('the pressed theme button follows the system theme when it changes while the page is open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = page.getByRole('button', { name: 'Light', exact: true });
  const dark = page.getByRole('button', { name: 'Dark', exact: true });
  await expect(light).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect(light).toHaveAttribute('aria-pressed', 'false');
  // A reader's own choice stands whatever the system does.
  await light.click();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(light).toHaveAttribute('aria-pressed', 'true');
  await expect(dark).toHaveAttribute('aria-pressed', 'false');
});

test('the site still works when storage is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Dark', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('every page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  test.setTimeout(300_000); // one crawl of every page; not a timing assertion
  await page.setViewportSize({ width: 320, height: 640 });
  const overflowing: string[] = [];
  for (const path of allPagePaths().filter((p) => !p.startsWith('/embed/'))) {
    await page.goto(path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) overflowing.push(path);
  }
  expect(overflowing).toEqual([]);
});

test('print hides navigation and the theme buttons', async ({ page }) => {
  await page.goto('/articles/what-is-break-fix/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an unknown address shows the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'All articles' })).toBeVisible();
});
