import { expect, test, type Page } from '@playwright/test';
import { allPagePaths } from '../build/dist.ts';
import { announced, calculatorPaths, cspViolations, embedPaths, hydrate, installTraps } from './hardening.ts';

/**
 * Content-Security-Policy in use, not just at page load (test/e2e/a11y.spec.ts covers that): calculator
 * pages after values are entered and every chart, table and disclosure is open; the search dialog
 * with a query run (Pagefind's WebAssembly needs 'wasm-unsafe-eval' and nothing more); the search
 * page; and every embed page with its theme and accent options. 0 violations everywhere.
 */

const SAFE_BUTTON = /table|data|show|more|add|expand|details|step|next/i;
const UNSAFE_BUTTON = /print|copy|csv|download|reset|remove|delete/i;

/** Type into the first text fields, open disclosures and press the "show" buttons of every calculator. */
async function exercise(page: Page): Promise<void> {
  const inputs = page.locator('.calc input[type="text"]:visible');
  const n = Math.min(await inputs.count(), 6);
  for (let i = 0; i < n; i++) {
    const input = inputs.nth(i);
    const value = await input.inputValue();
    await input.fill(value === '12' ? '13' : '12');
  }
  for (const select of await page.locator('.calc select:visible').all()) {
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    if (options.length > 1) await select.selectOption(options[options.length - 1]!);
  }
  await page.evaluate(() =>
    document.querySelectorAll<HTMLDetailsElement>('.calc details').forEach((d) => (d.open = true)),
  );
  // Handles, not locators: labels change once pressed ("Show data table" becomes "Hide data table").
  for (const button of await page.locator('.calc button:visible').elementHandles()) {
    const name = ((await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '').trim();
    if (SAFE_BUTTON.test(name) && !UNSAFE_BUTTON.test(name) && (await button.isVisible())) await button.click();
  }
  // Results, charts, validation messages and the announcement update after short debounces. A text that
  // is not a number, typed last, ends in an announcement of the problem, which comes after all of them; a
  // calculator without text fields (answered by choices, left as they are) announces its result once.
  if (n) {
    await inputs.first().fill('not a number');
    await expect(page.locator('.calc [aria-live="polite"]').first()).toContainText(/There (is a problem|are problems)/);
  } else await announced(page);
}

/** Open the header's search dialog and run a query until results show. */
async function searchFromDialog(page: Page, query: string): Promise<void> {
  await page.locator('[data-search-open]').first().click();
  const input = page.locator('pagefind-modal input, dialog input[type="search"], dialog input').first();
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(query);
  await expect(
    page.locator('pagefind-results a[href], dialog a[href*="/articles/"], dialog a[href*="/calculators/"]').first(),
  ).toBeVisible({ timeout: 15_000 });
}

async function expectNoViolations(page: Page, console: string[]): Promise<void> {
  expect(await cspViolations(page)).toEqual([]);
  expect(console.filter((l) => /Content Security Policy|Refused to/i.test(l))).toEqual([]);
}

test.describe('CSP: no violations while the site is used', () => {
  test.describe.configure({ mode: 'parallel' });

  test('there are calculator and embed pages to check', () => {
    expect(calculatorPaths().length).toBeGreaterThan(0);
    expect(embedPaths().length).toBeGreaterThan(0);
  });

  for (const path of calculatorPaths()) {
    test(`${path}: values entered, charts and tables open, search dialog used`, async ({ page }) => {
      test.setTimeout(60_000);
      const traps = await installTraps(page);
      await page.goto(path);
      await hydrate(page);
      await exercise(page);
      await expect(page.locator('.calc').first()).toBeVisible();
      await searchFromDialog(page, 'managed services');
      await expectNoViolations(page, traps.console);
    });
  }

  test('/search/ page with a query and a filter', async ({ page }) => {
    const traps = await installTraps(page);
    await page.goto('/search/?q=hourly%20rate');
    await expect(
      page
        .locator('a[href*="/articles/"], a[href*="/glossary/"], a[href*="/calculators/"]')
        .locator('visible=true')
        .first(),
    ).toBeVisible({ timeout: 15_000 });
    const filter = page.locator('main input[type="checkbox"]:visible, main select:visible').first();
    if (await filter.count()) {
      if ((await filter.evaluate((el) => el.localName)) === 'select') await filter.selectOption({ index: 1 });
      else await filter.check();
      // The filtered search has run: it writes the filter to the address bar, then shows its results.
      await expect(page).not.toHaveURL(/\?q=hourly%20rate$/);
      await expect(page.locator('pagefind-results a[href]').first()).toBeVisible({ timeout: 15_000 });
    }
    await expectNoViolations(page, traps.console);
  });

  // The theme switch is inline. Placed before the policy it would run unchecked; with the policy first
  // (as here, the <meta> moved to the top of the head) it runs only if the policy holds its hash.
  for (const path of ['/', '/calculators/uptime/', '/search/'].filter((p) => allPagePaths().includes(p))) {
    test(`${path}: the inline theme script runs under the policy (the <meta> moved before it)`, async ({ page }) => {
      const traps = await installTraps(page);
      await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
      await page.route(
        (url) => url.pathname === path,
        async (route) => {
          const response = await route.fetch();
          const html = await response.text();
          const meta = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0] ?? '';
          expect(meta, 'the page has a CSP <meta>').not.toBe('');
          const moved = html.replace(meta, '').replace('<meta charset="utf-8">', `<meta charset="utf-8">${meta}`);
          expect(moved.indexOf(meta)).toBeLessThan(moved.search(/<script>/));
          await route.fulfill({ response, body: moved });
        },
      );
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('[data-theme-set="dark"]').first()).toHaveAttribute('aria-pressed', 'true');
      await expectNoViolations(page, traps.console);
    });
  }

  for (const path of embedPaths()) {
    for (const theme of ['dark', 'light'] as const) {
      test(`${path}?theme=${theme} with an accent: values entered, sections open`, async ({ page }) => {
        test.setTimeout(60_000);
        const traps = await installTraps(page);
        await page.goto(`${path}?theme=${theme}&accent=%23336699`);
        await hydrate(page);
        await exercise(page);
        await expectNoViolations(page, traps.console);
      });
    }
  }
});
