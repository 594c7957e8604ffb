import { expect, test } from '@playwright/test';
import { hydrate } from './hardening.ts';
import { SITE, HOST, watch, violations, countProbes, probes, expectFitted } from './embed-host-helpers.ts';

/**
 * Embeds WordPress makes (a sandboxed iframe with a secret) and hosts that fight the frame: clipping rules,
 * clobbered globals, a late wp-embed.js. Host pages from test/fixtures/host/ on a second origin.
 */
// Each test loads whole calculators in frames; leave room when the machine is busy.
test.describe.configure({ timeout: 90_000 });

test.describe('WordPress oEmbed (sandboxed iframe, #?secret=)', () => {
  test('resizes through the WordPress height message, with storage blocked', async ({ page }) => {
    const w = await watch(page);
    await page.goto(`${HOST}/wordpress.html`);
    const wp = page.locator('#wp');
    const inside = page.frameLocator('#wp');
    await expect(inside.locator('h1')).toHaveText('Uptime and SLA calculator');
    const frame = (await (await wp.elementHandle())!.contentFrame())!;
    // Opaque origin: storage throws, and the calculator still works.
    expect(
      await frame.evaluate(() => {
        try {
          localStorage.getItem('x');
          return 'allowed';
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');
    // A pointer over it wakes the island, which hydrates (dropping `data-ssr`): its module scripts loaded cross-origin.
    await expect(inside.locator('[data-island]')).toHaveCount(1);
    await hydrate(frame);
    await expect(inside.locator('[data-island]:not([data-ssr])')).toHaveCount(1);
    await expect
      .poll(
        async () => {
          const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          return Number(await wp.getAttribute('height')) - Math.min(1000, Math.max(200, inner));
        },
        { timeout: 10_000 },
      )
      .toBe(0);
    expect(await wp.getAttribute('height')).not.toBe('338');
    // Each WordPress frame answers with its own secret only.
    const other = page.locator('#wp-other');
    await expect.poll(async () => other.getAttribute('height'), { timeout: 10_000 }).not.toBe('338');
    expect(await violations(page)).toEqual([]);
    // The embed's own CSP (hashes, 'self') holds inside the opaque-origin sandbox too.
    expect(await frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  test('a message with the wrong secret or from the host itself changes nothing', async ({ page }) => {
    await page.goto(`${HOST}/wordpress.html`);
    const wp = page.locator('#wp');
    await expect.poll(async () => wp.getAttribute('height'), { timeout: 10_000 }).not.toBe('338');
    const height = await wp.getAttribute('height');
    await countProbes(page);
    await page.evaluate(() => {
      window.postMessage({ message: 'height', value: 777, secret: 'abc' }, '*');
      window.postMessage({ probe: 1 }, '*');
    });
    const other = (await (await page.locator('#wp-other').elementHandle())!.contentFrame())!;
    await other.evaluate(() => {
      parent.postMessage({ message: 'height', value: 777, secret: 'abc' }, '*');
      parent.postMessage({ probe: 1 }, '*');
    });
    await probes(page, 2);
    expect(await wp.getAttribute('height')).toBe(height);
  });
  test('the attribution link asks WordPress to open the full calculator (new tabs are blocked in its sandbox)', async ({
    page,
  }) => {
    await page.goto(`${HOST}/wordpress.html`);
    const inside = page.frameLocator('#wp');
    await expect(inside.locator('[data-island]')).toHaveCount(1, { timeout: 10_000 });
    await hydrate((await (await page.locator('#wp').elementHandle())!.contentFrame())!);
    // By keyboard: Playwright's pointer maths ignores the hostile 10px border on this (loader-less) frame.
    await inside.locator('a[data-embed-attribution]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${SITE}/calculators/uptime/`);
  });
});

test.describe('hostile hosts: clipping rules, clobbered globals, a late wp-embed.js', () => {
  test('a host rule iframe{max-height:300px!important} and elements named __itseEmbed / currentScript change nothing', async ({
    page,
  }) => {
    const w = await watch(page);
    await page.goto(`${HOST}/hostile-frame.html`);
    await expect(page.locator('img[name="__itseEmbed"], img[name="currentScript"]')).toHaveCount(2);
    const frame = page.locator('#clipped iframe');
    await expect(frame).toHaveCount(1);
    await frame.scrollIntoViewIfNeeded();
    await expect(page.frameLocator('#clipped iframe').locator('[data-calculator="downtime-cost"]')).toBeVisible();
    const height = await expectFitted(frame);
    expect(height).toBeGreaterThan(300);
    expect(await frame.evaluate((el) => getComputedStyle(el).maxHeight)).toBe('none');
    // The loader left its rescan hook on window, over the named element.
    expect(await page.evaluate(() => typeof (window as unknown as { __itseEmbed: unknown }).__itseEmbed)).toBe(
      'function',
    );
    expect(await violations(page)).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  test('a frame that reported its height before wp-embed.js ran is sized when WordPress says ready', async ({
    page,
  }) => {
    await page.goto(`${HOST}/wordpress-late.html`, { waitUntil: 'commit' });
    const wp = page.locator('#wp');
    const frame = page.frameLocator('#wp');
    // The frame has loaded and sent its height; nobody was listening yet.
    await expect(frame.locator('[data-calculator="uptime"]')).toBeVisible();
    const inner = await (await (await wp.elementHandle())!.contentFrame())!.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    expect(await wp.getAttribute('height')).toBe('338');
    expect(
      await page.evaluate(
        () => !!(window as unknown as { wp?: { receiveEmbedMessage?: unknown } }).wp?.receiveEmbedMessage,
      ),
    ).toBe(false);
    await page.request.get(`${HOST}/release-wp-embed`);
    await page.waitForLoadState('load');
    // wp-embed.js sent `ready` on load; the frame answered with its height (WordPress clamps it to 200–1000).
    await expect
      .poll(async () => Number(await wp.getAttribute('height')), { timeout: 10_000 })
      .toBe(Math.min(1000, Math.max(200, inner)));
    await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  });
});
