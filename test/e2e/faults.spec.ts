import { expect, test, type Page } from '@playwright/test';
import { afterEffects, announced, hydrate, installTraps, resultProblems } from './hardening.ts';

/**
 * Fault injection: what a reader's browser does to the site on a bad day. Storage that throws, storage
 * holding junk, two tabs editing at once, the network gone after the page loaded (the heavy results'
 * code cannot load), search's index unreachable, back and forward. In each: nothing the reader typed is
 * lost, no script error, no NaN, and what could not be done is said in words. BENCHMARKS.md records
 * how many cases this suite tries and survives.
 */

const PREFIX = 'itse:profile:';
const field = (page: Page, name: string) => page.locator(`.calc input[name="${name}"]`).first();

/** Uncaught errors and failed-but-silent states the traps saw, plus NaN/Infinity among the results. */
async function expectHealthy(page: Page, traps: { console: string[] }): Promise<void> {
  expect(traps.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  expect(await resultProblems(page)).toEqual([]);
}

/** Type into a calculator field and wait until the calculator has taken it in (its announcement). */
async function type(page: Page, name: string, text: string): Promise<void> {
  await field(page, name).fill(text);
  await announced(page);
}

test.describe('faults: nothing lost, a clear message', () => {
  test('storage that throws on every call: the calculator works, the numbers stay in the address', async ({ page }) => {
    const traps = await installTraps(page);
    await page.addInitScript(() => {
      const fail = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const)
        Object.defineProperty(Storage.prototype, name, { value: fail });
    });
    await page.goto('/calculators/downtime-cost/');
    await hydrate(page);
    await type(page, 'st', '45');
    await type(page, 'rev', '5000000');
    await expect(page).toHaveURL(/[?&]st=45\b/);
    await expect(page).toHaveURL(/[?&]rev=5000000\b/);
    // It says it cannot remember them, and where they are kept instead.
    await expect(page.locator('.calc p.meta', { hasText: 'remember' }).first()).toContainText(
      'This browser does not let the site remember your numbers',
    );
    await expectHealthy(page, traps);
    // Nothing remembered, yet nothing lost: the address carries the numbers through a reload.
    await page.reload();
    await hydrate(page);
    await expect(field(page, 'st')).toHaveValue('45');
    await expect(field(page, 'rev')).toHaveValue(/^5,?000,?000$/);
    await expectHealthy(page, traps);
  });

  const JUNK: Array<[string, Record<string, string>]> = [
    ['not numbers', { staffAffected: 'abc<b>x</b>', annualRevenue: '1e400' }],
    ['too long and out of range', { staffAffected: '9'.repeat(60), operatingHours: '-5' }],
    ['unknown currency and locale', { currency: 'XXX', locale: 'zz-ZZ' }],
    ['a broken legacy entry', { '': '{"staffAffected": 45' }],
  ];
  for (const [what, entries] of JUNK) {
    test(`corrupted storage (${what}): read like any input, no NaN, the page still takes input`, async ({ page }) => {
      const traps = await installTraps(page);
      await page.addInitScript((e) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        for (const [k, v] of Object.entries(e)) localStorage.setItem(k ? `itse:profile:${k}` : 'itse:profile', v);
      }, entries);
      await page.goto('/calculators/downtime-cost/');
      await hydrate(page);
      await afterEffects(page);
      await expectHealthy(page, traps);
      await type(page, 'pl', '150');
      await expect(field(page, 'pl')).toHaveValue('150');
      await expectHealthy(page, traps);
      const numbers = Object.keys(entries).some((k) =>
        ['staffAffected', 'annualRevenue', 'operatingHours'].includes(k),
      );
      // A junk number is read like any other bad input: the field says what was used instead.
      if (numbers) await expect(page.locator('.calc .error').first()).toContainText(/is used/);
    });
  }

  test('two tabs editing different fields: both edits kept, each tab shows the other’s', async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const p of [a, b]) {
      await p.goto('/calculators/downtime-cost/');
      await hydrate(p);
    }
    await type(a, 'st', '45');
    await type(b, 'rev', '5000000');
    await expect(field(a, 'rev')).toHaveValue(/^5,?000,?000$/);
    await expect(field(b, 'st')).toHaveValue('45');
    const stored = await a.evaluate((prefix) => {
      const out: Record<string, string | null> = {};
      for (const id of ['staffAffected', 'annualRevenue']) out[id] = localStorage.getItem(prefix + id);
      return out;
    }, PREFIX);
    expect(stored).toEqual({ staffAffected: '45', annualRevenue: '5000000' });
    const c = await context.newPage();
    await c.goto('/calculators/cost-comparison/');
    await hydrate(c);
    await expect(field(c, 'st')).toHaveValue('45');
    await expect(field(c, 'rev')).toHaveValue(/^5,?000,?000$/);
  });

  test('offline after load (the simulation’s code cannot load): figures marked out of date, retry works', async ({
    page,
  }) => {
    const traps = await installTraps(page);
    await page.goto('/calculators/cost-comparison/');
    await hydrate(page);
    const chance = page.locator('.calc .stats div', { hasText: 'Chance break/fix costs more' }).locator('dd');
    const years = page.locator('.calc table.pcts', { hasText: 'simulated years' });
    const before = await years.textContent();
    // Every request for code not yet loaded fails, as it would with the network gone.
    await page.route('**/_astro/**', (route) => route.abort('internetdisconnected'));
    await type(page, 'st', '60');
    const failed = page.locator('.calc [data-later="failed"]');
    await expect(failed).toContainText('Out of date');
    await expect(chance).toContainText('out of date');
    await expect(years).toHaveCount(0);
    await expect(field(page, 'st')).toHaveValue('60');
    // The headline is exact and needs no extra code: it follows the edit.
    await expect(page.locator('.calc .verdict').first()).not.toBeEmpty();
    // A retry while still cut off fails again, and then offers a reload as well.
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(failed.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await page.unroute('**/_astro/**');
    await failed.getByRole('button', { name: 'Try again' }).click();
    // Chromium keeps a failed module fetch failed for the page's life: then the reload it offers mends it.
    const mended = await Promise.race([
      expect(failed)
        .toHaveCount(0)
        .then(() => 'retry'),
      expect(failed)
        .toHaveAttribute('data-failures', '3', { timeout: 10_000 })
        .then(() => 'reload'),
    ]);
    if (mended === 'reload') {
      await failed.getByRole('button', { name: 'Reload the page' }).click();
      await hydrate(page);
    }
    test.info().annotations.push({ type: 'mended by', description: mended });
    await expect(failed).toHaveCount(0);
    await expect(years).toBeVisible();
    await expect(chance).toHaveText(/\d/);
    // The figures are the new inputs' (more staff: dearer years), not the previous ones'.
    await expect(years).not.toHaveText(before!);
    await expect(field(page, 'st')).toHaveValue('60');
    await expectHealthy(page, traps);
  });

  test('offline after load (hybrid planner): out of date until the browser is back online', async ({
    page,
    context,
  }) => {
    const traps = await installTraps(page);
    await page.goto('/calculators/hybrid-planner/');
    await hydrate(page);
    await context.setOffline(true);
    await type(page, 'rev', '9000000');
    const failed = page.locator('.calc [data-later="failed"]');
    await expect(failed).toContainText('Out of date');
    await expect(page.locator('.calc .stats')).toContainText('out of date');
    await expect(field(page, 'rev')).toHaveValue(/^9,?000,?000$/);
    // Coming back online tries again by itself.
    await context.setOffline(false);
    await expect(failed).toHaveCount(0);
    await expect(page.locator('.calc .stats')).not.toContainText('out of date');
    await expectHealthy(page, traps);
  });

  test('search index blocked: the search page does not crash, keeps what is typed and says something', async ({
    page,
  }) => {
    const traps = await installTraps(page);
    await page.route('**/pagefind/**', (route) => route.abort('connectionrefused'));
    await page.goto('/search/?q=managed%20services');
    const input = page.locator('main input[type="search"], main input[name="q"]').first();
    await afterEffects(page);
    await input.fill('hourly rate');
    await afterEffects(page);
    await expect(input).toHaveValue('hourly rate');
    // What it says is search's own (its engineer's); here only that the page is not left blank or broken.
    await expect(page.locator('main')).toContainText(/\w{3,}/);
    test
      .info()
      .annotations.push({ type: 'search says', description: (await page.locator('main').innerText()).slice(0, 300) });
    expect(traps.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });

  test('back and forward: the typed numbers come back and the remembered profile is kept', async ({ page }) => {
    const traps = await installTraps(page);
    await page.goto('/calculators/downtime-cost/');
    await hydrate(page);
    await type(page, 'st', '45');
    await type(page, 'rev', '5000000');
    await expect(page).toHaveURL(/rev=5000000/);
    await page.goto('/about/');
    await page.goBack();
    await hydrate(page);
    await expect(field(page, 'st')).toHaveValue('45');
    await expect(field(page, 'rev')).toHaveValue(/^5,?000,?000$/);
    await page.goForward();
    await expect(page).toHaveURL(/\/about\/$/);
    await page.goBack();
    await hydrate(page);
    await expect(field(page, 'st')).toHaveValue('45');
    const stored = await page.evaluate(
      (prefix) => [localStorage.getItem(prefix + 'staffAffected'), localStorage.getItem(prefix + 'annualRevenue')],
      PREFIX,
    );
    expect(stored).toEqual(['45', '5000000']);
    await expectHealthy(page, traps);
  });
});
