import { expect, test } from '@playwright/test';
import { SITE, HOST, watch, violations, countProbes, probes, fit, expectFitted } from './embed-host-helpers.ts';

/**
 * Embeds on another site: host pages from test/fixtures/host/, served on a second origin (E2E_PORT + 1)
 * with hostile CSS and a strict CSP that allows only the site’s origin for scripts and frames.
 */
// Each test loads whole calculators in frames; leave room when the machine is busy.
test.describe.configure({ timeout: 90_000 });

test.describe('loader on a hostile host page (another origin, strict CSP)', () => {
  test('two calculators render, sized to their content, isolated from the host’s CSS', async ({ page }) => {
    const w = await watch(page);
    await page.goto(`${HOST}/`);
    const a = page.locator('#embed-a iframe');
    const b = page.locator('#embed-b iframe');
    await expect(a).toHaveAttribute('src', `${SITE}/embed/cost-comparison/?cur=EUR&theme=light#id=itse-1`);
    await expect(b).toHaveAttribute(
      'src',
      /\/embed\/downtime-cost\/\?theme=dark&accent=%237cb8ff&st=45&compact=1#id=itse-2$/,
    );
    await expect(a).toHaveAttribute('title', 'Break/fix vs managed cost comparison');
    await expect(a).toHaveAttribute('loading', 'lazy');
    // The host's fallback link was replaced by the frame.
    await expect(page.locator('#embed-a > a')).toHaveCount(0);

    for (const [frame, slug] of [
      [a, 'cost-comparison'],
      [b, 'downtime-cost'],
    ] as const) {
      await frame.scrollIntoViewIfNeeded();
      const inside = page.frameLocator(`#${slug === 'cost-comparison' ? 'embed-a' : 'embed-b'} iframe`);
      await expect(inside.locator('h1')).toBeVisible();
      await expect(inside.locator(`[data-calculator="${slug}"]`)).toBeVisible();
      await expectFitted(frame);
      // Hostile `iframe { border: 10px solid red }` and `* { box-sizing: content-box !important }` lose.
      expect(await frame.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
      const widthGap = await frame.evaluate(
        (el) => el.getBoundingClientRect().width - parseFloat(getComputedStyle(el.parentElement!).width),
      );
      expect(Math.abs(widthGap)).toBeLessThan(1);
      // Nothing of the host's CSS reaches inside.
      const fontSize = await inside.locator('h1').evaluate((el) => getComputedStyle(el).fontSize);
      expect(fontSize).not.toBe('30px');
      expect(await inside.locator('body').evaluate((el) => getComputedStyle(el).boxSizing)).toBe('border-box');
    }
    // Options reached each frame separately: theme and accent differ.
    const themeOf = (sel: string) =>
      page
        .frameLocator(sel)
        .locator('html')
        .evaluate((el) => el.getAttribute('data-theme'));
    expect(await themeOf('#embed-a iframe')).toBe('light');
    expect(await themeOf('#embed-b iframe')).toBe('dark');
    expect(
      await page
        .frameLocator('#embed-b iframe')
        .locator('html')
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim()),
    ).toBe('#7cb8ff');
    // Currency, a starting value and the compact layout reached the calculators through their own parser.
    await expect(page.frameLocator('#embed-a iframe').locator('body')).toContainText('€');
    await expect(page.frameLocator('#embed-b iframe').getByLabel(/Staff who cannot work/)).toHaveValue('45');
    await expect(page.frameLocator('#embed-b iframe').locator('.calc.compact')).toHaveCount(1);
    await expect(page.frameLocator('#embed-a iframe').locator('.calc.compact')).toHaveCount(0);

    // The host page's own content and styles are untouched.
    await expect(page.locator('#host-title')).toHaveText('Should you switch to managed IT?');
    await expect(page.locator('#host-text')).toHaveText('Our own words, before the calculators.');
    expect(await page.locator('#host-text').evaluate((el) => getComputedStyle(el).fontSize)).toBe('30px');
    expect(await page.locator('head style, head link[rel="stylesheet"]').count()).toBe(1);
    expect(await page.locator('body > *').count()).toBe(8);
    expect(await violations(page)).toEqual([]);
    for (const frame of [a, b])
      expect(
        await (await (await frame.elementHandle())!.contentFrame())!.evaluate(
          () => (window as unknown as { cspViolations: string[] }).cspViolations,
        ),
      ).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  test('a frame resizes when its content grows (open a section, switch currency)', async ({ page }) => {
    await page.goto(`${HOST}/`);
    // Let the other embed settle first, so its own first height message cannot land mid-test. The frames
    // are lazy: scrolled into view, each navigates from its empty first document to the embed page, so
    // measure only once the embed page is there (measuring during that navigation throws).
    const b = page.locator('#embed-b iframe');
    await b.scrollIntoViewIfNeeded();
    await expect(page.frameLocator('#embed-b iframe').locator('[data-calculator="downtime-cost"]')).toBeVisible();
    const otherBefore = await expectFitted(b);
    const a = page.locator('#embed-a iframe');
    await a.scrollIntoViewIfNeeded();
    const inside = page.frameLocator('#embed-a iframe');
    await expect(inside.locator('[data-calculator="cost-comparison"]')).toBeVisible();
    const before = await expectFitted(a);

    await inside.locator('details.data > summary').first().click();
    await expect.poll(async () => (await fit(a)).outer, { timeout: 10_000 }).toBeGreaterThan(before + 20);
    const opened = await expectFitted(a);

    await inside.getByLabel('Currency').selectOption('GBP');
    await expect(inside.locator('body')).toContainText('£');
    await expectFitted(a);
    expect(opened).toBeGreaterThan(before);
    // The other embed was not resized by this one's messages.
    expect(await b.evaluate((el) => el.getBoundingClientRect().height)).toBe(otherBefore);
  });

  test('forged height messages are ignored', async ({ page }) => {
    await page.goto(`${HOST}/`);
    const a = page.locator('#embed-a iframe');
    await a.scrollIntoViewIfNeeded();
    // Lazy: measured once it has navigated to the embed page (see above).
    await expect(page.frameLocator('#embed-a iframe').locator('[data-calculator="cost-comparison"]')).toBeVisible();
    const height = await expectFitted(a);
    await countProbes(page);
    // From the host's own origin, with the right shape and the frame's id.
    await page.evaluate(() => {
      window.postMessage({ type: 'itse:height', id: 'itse-1', height: 4321 }, '*');
      window.postMessage({ message: 'height', value: 4321, secret: 'abc' }, '*');
      window.postMessage({ probe: 1 }, '*');
    });
    // From the site's origin but another frame (the plain iframe, not managed by the loader; lazy, so
    // scroll to it and wait until it has really loaded the embed page).
    await page.locator('#plain').scrollIntoViewIfNeeded();
    await expect(page.frameLocator('#plain').locator('h1')).toBeVisible();
    const plain = (await (await page.locator('#plain').elementHandle())!.contentFrame())!;
    expect(new URL(plain.url()).origin).toBe(SITE);
    await plain.evaluate(() => {
      parent.postMessage({ type: 'itse:height', id: 'itse-1', height: 4321 }, '*');
      parent.postMessage({ probe: 1 }, '*');
    });
    // From the managed frame itself, with malformed heights.
    const own = (await (await a.elementHandle())!.contentFrame())!;
    await own.evaluate(() => {
      for (const h of ['9999', Infinity, -5, 1e9, null])
        parent.postMessage({ type: 'itse:height', id: 'itse-1', height: h }, '*');
      parent.postMessage({ type: 'other', height: 4321 }, '*');
      parent.postMessage({ probe: 1 }, '*');
    });
    await probes(page, 3);
    expect((await fit(a)).outer).toBe(height);
  });

  test('hostile attributes change nothing but a notice', async ({ page }) => {
    const w = await watch(page);
    await page.goto(`${HOST}/hostile-attributes.html`);
    const frame = page.locator('#hostile iframe');
    await expect(frame).toHaveCount(1);
    const src = (await frame.getAttribute('src'))!;
    // Values travel only inside the query, encoded; the unknown `data-onload` is not forwarded.
    expect(src.startsWith(`${SITE}/embed/downtime-cost/?`)).toBe(true);
    expect(src).not.toMatch(/[<>"']/);
    expect(new URL(src).searchParams.has('onload')).toBe(false);
    await frame.scrollIntoViewIfNeeded();
    const inside = page.frameLocator('#hostile iframe');
    await expect(inside.locator('[data-embed-notices]')).toBeVisible();
    await expect(inside.locator('[data-embed-notices]')).toContainText('Accent color');
    await expect(inside.locator('[data-embed-notices]')).toContainText('Theme');
    // The calculator's own parser flags the bad inputs and still shows a result.
    await expect(inside.locator('.notice')).toBeVisible();
    await expect(inside.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
    expect(await inside.locator('html').evaluate((el) => el.style.getPropertyValue('--accent'))).toBe('');
    expect(
      await inside
        .locator('img, script:not([type="module"]):not([src])')
        .evaluateAll((els) => els.filter((e) => /alert/.test(e.outerHTML)).length),
    ).toBe(0);
    // An unknown calculator gets a text notice on the host, and no markup from the attribute.
    await expect(page.locator('#unknown')).toContainText('could not be shown');
    await expect(page.locator('#unknown')).toContainText('<img src=x onerror=alert(1)>');
    expect(await page.locator('#unknown *').count()).toBe(0);
    await expectFitted(frame);
    expect(await violations(page)).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  test('the plain iframe snippet works without the loader', async ({ page }) => {
    await page.goto(`${HOST}/`);
    const plain = page.locator('#plain');
    await plain.scrollIntoViewIfNeeded();
    const inside = page.frameLocator('#plain');
    await expect(inside.locator('h1')).toHaveText('Uptime and SLA calculator');
    await expect(inside.locator('a[data-embed-attribution]')).toHaveAttribute('href', '/calculators/uptime/');
    expect(await plain.getAttribute('height')).toBe('650');
  });
});
