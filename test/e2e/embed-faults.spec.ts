import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * Loader faults and host events on pages from test/fixtures/host/ (served on a second origin, E2E_PORT + 1): a
 * host CSP that blocks the frame, an attribute over 200 characters, a sandboxed (opaque-origin) ancestor, a
 * sandbox without pop-ups, downloads or modals, and the calculator:* events a provider forwards to analytics.
 */
const SITE_PORT = Number(process.env.E2E_PORT ?? 4321);
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const HOST = `http://127.0.0.1:${SITE_PORT + 1}`;

test.describe.configure({ timeout: 90_000 });

/** Console errors and page errors from any frame. */
function errors(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && !m.location().url.startsWith(HOST)) seen.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
}

/** Record every calculator:* event that reaches the host document, from before the page's own scripts run. */
async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: Array<{ type: string; target: string; detail: unknown }> = [];
    (window as unknown as { calculatorEvents: typeof log }).calculatorEvents = log;
    for (const type of ['calculator:ready', 'calculator:change', 'calculator:cta'])
      document.addEventListener(type, (e) =>
        log.push({ type, target: (e.target as HTMLElement).id, detail: (e as CustomEvent).detail }),
      );
  });
}
const events = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { calculatorEvents: Array<{ type: string; target: string; detail: { headline: string } }> })
        .calculatorEvents,
  );

test('a host CSP without the site in frame-src gets a link to the calculator, not a blank box', async ({ page }) => {
  await page.goto(`${HOST}/csp-blocked.html`);
  const link = page.locator('#blocked a');
  await expect(link).toHaveText('Break/fix vs managed cost comparison: open the calculator');
  expect(await link.getAttribute('href')).toBe(`${SITE}/calculators/cost-comparison/?cur=EUR`);
  await expect(page.locator('#blocked iframe')).toHaveCount(0);
  const box = (await page.locator('#blocked').boundingBox())!;
  expect(box.height).toBeLessThan(100);
});

test('an attribute over 200 characters is left out with a notice in the frame', async ({ page }) => {
  await page.goto(`${HOST}/faults.html`);
  const iframe = page.locator('#long iframe');
  await expect(iframe).toHaveCount(1);
  const src = new URL((await iframe.getAttribute('src'))!);
  expect(src.searchParams.has('cur')).toBe(false);
  expect(src.searchParams.get('long')).toBe('currency');
  const notices = page.frameLocator('#long iframe').locator('[data-embed-notices]');
  await expect(notices).toBeVisible();
  await expect(notices).toContainText('The currency setting is longer than 200 characters');
});

test('host events: ready, a debounced change with the headline, and the call to action', async ({ page }) => {
  const seen = errors(page);
  await recordEvents(page);
  // The provider's contact page, answered here so the test stays offline.
  let reached = '';
  await page.route('https://provider.example/**', (route) => {
    reached = route.request().url();
    return route.fulfill({ contentType: 'text/html', body: '<title>Contact</title><h1>Contact</h1>' });
  });
  await page.goto(`${HOST}/faults.html`);
  await page.locator('#events iframe').scrollIntoViewIfNeeded();
  await expect
    .poll(async () => (await events(page)).filter((e) => e.target === 'events').map((e) => e.type))
    .toEqual(['calculator:ready']);
  const ready = (await events(page)).find((e) => e.target === 'events')!;
  expect(ready.detail).toEqual({
    calculator: 'downtime-cost',
    title: 'Downtime cost calculator',
    headline: expect.stringMatching(/^Cost per year: \$[\d,]+$/),
  });

  // Typing three characters gives one change event, once the headline has settled.
  const inside = page.frameLocator('#events iframe');
  const input = inside.locator('.group.quick input').first();
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially('120');
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'calculator:change').length, { timeout: 15_000 })
    .toBe(1);
  const change = (await events(page)).find((e) => e.type === 'calculator:change')!;
  expect(change.detail.headline).not.toBe((ready.detail as { headline: string }).headline);
  await expect(inside.locator('[id$="-headline"]')).toHaveText(change.detail.headline.replace('Cost per year: ', ''));

  // The provider's name and button; the button carries the result and opens the provider's page in the window.
  await expect(inside.locator('[data-embed-provider]')).toContainText('From Northwind IT');
  const cta = inside.getByRole('link', { name: 'Book a free review' });
  await cta.click();
  await expect.poll(() => reached).toContain('https://provider.example/contact?from=blog&calculator=downtime-cost');
  expect(new URL(reached).searchParams.get('result')).toBe(change.detail.headline);
  await expect(page).toHaveTitle('Contact');
  expect(seen).toEqual([]);
});

test('under a sandboxed (opaque-origin) ancestor the frame is still sized from its messages', async ({ page }) => {
  await page.goto(`${HOST}/sandboxed-parent.html`);
  const outer = page.frameLocator('#outer');
  const iframe = outer.locator('#inner iframe');
  await expect(iframe).toHaveCount(1);
  await expect(outer.frameLocator('#inner iframe').locator('[data-calculator="downtime-cost"]')).toBeVisible();
  const frame = page.frames().find((f) => f.url().startsWith(`${SITE}/embed/downtime-cost/`));
  await expect.poll(() => !!page.frames().find((f) => f.url().startsWith(`${SITE}/embed/downtime-cost/`))).toBe(true);
  const inner = frame ?? page.frames().find((f) => f.url().startsWith(`${SITE}/embed/downtime-cost/`))!;
  // The frame's origin is opaque there: its messages arrive from "null".
  expect(await inner.evaluate(() => self.origin)).toBe('null');
  await expect
    .poll(
      async () => {
        const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const box = await iframe.evaluate((el) => el.getBoundingClientRect().height);
        return Math.abs(box - content);
      },
      { timeout: 15_000 },
    )
    .toBeLessThanOrEqual(1);
});

test('in a sandbox without pop-ups, downloads or modals, what cannot work is hidden or plain text', async ({
  page,
}) => {
  const seen = errors(page);
  await page.goto(`${HOST}/sandboxed-frame.html`);
  const inside = page.frameLocator('#sb');
  await expect(inside.locator('html')).toHaveAttribute('data-sandboxed', '');
  await expect(inside.locator('[data-calculator="cost-comparison"]')).toBeVisible();
  // The shared controls that work stay; print and the CSV export are hidden.
  await expect(inside.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(inside.getByRole('button', { name: /Print/ })).toBeHidden();
  await expect(inside.getByRole('button', { name: /CSV/ })).toBeHidden();
  // New-tab links (the credit, sources, the reasons for defaults) become plain text: no link that would fail.
  await expect(inside.locator('.embed-footer')).toContainText('Calculator by');
  await expect(inside.locator('a[target="_blank"]')).toHaveCount(0);
  await expect(inside.locator('.embed-footer a[href]')).toHaveCount(0);
  // Opening a group renders its fields and their source links; those are disarmed too.
  await inside.locator('details.group.more summary').first().click();
  await expect(inside.locator('details.group.more[open] .field').first()).toBeVisible();
  await expect(inside.locator('a[target="_blank"]')).toHaveCount(0);
  await inside.locator('.embed-footer').click();
  expect(page.context().pages()).toHaveLength(1);
  expect(seen).toEqual([]);
});
