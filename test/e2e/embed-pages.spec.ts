import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { type CalculatorSlug, COMPACT_HEIGHT, DEFAULT_HEIGHT } from '../../src/embed/urls.ts';
import { iframeSnippet, OEMBED_SECTIONS, oembedDocument, oembedQuery } from '../../src/embed/oembed.ts';
import { hydrate } from './hardening.ts';

/** The embed pages themselves: options, notices, attribution, accessibility. */
const HOST = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4321) + 1}`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const summary = (r: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

test.describe('embed page options', () => {
  test('theme, accent and inputs come from the query; the page is chromeless', async ({ page }) => {
    await page.goto('/embed/downtime-cost/?theme=dark&accent=%237cb8ff&cur=GBP');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.locator('html').evaluate((el) => el.style.getPropertyValue('--accent'))).toBe('#7cb8ff');
    await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
    await expect(page.locator('[data-embed-notices]')).toBeHidden();
    await expect(page.locator('[data-calculator="downtime-cost"]')).toContainText('£');
  });

  test('the attribution link opens the full calculator in a new tab with the same inputs', async ({
    page,
    context,
  }) => {
    await page.goto('/embed/downtime-cost/?theme=dark&cur=GBP&st=45&compact=1');
    const link = page.locator('a[data-embed-attribution]');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    await expect(link).toContainText('Calculator by');
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    const url = new URL(tab.url());
    expect(url.pathname).toBe('/calculators/downtime-cost/');
    expect(url.searchParams.get('cur')).toBe('GBP');
    expect(url.searchParams.get('st')).toBe('45');
    expect(url.searchParams.has('theme')).toBe(false);
    expect(url.searchParams.has('compact')).toBe(false);
  });

  test('a dark frame with a light accent prints black on white (the host accent is for the screen)', async ({
    page,
  }) => {
    await page.goto('/embed/uptime/?theme=dark&accent=%23ffb35c');
    expect(await page.locator('html').evaluate((el) => el.style.getPropertyValue('--accent'))).toBe('#ffb35c');
    await page.emulateMedia({ media: 'print' });
    const ink = await page.evaluate(() => {
      const link = document.querySelector('main a[href]')!;
      return {
        accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
        link: getComputedStyle(link).color,
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(document.body).color,
      };
    });
    expect(ink).toEqual({ accent: '#000', link: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)', fg: 'rgb(0, 0, 0)' });
  });

  test('hostile theme and accent values show as text in a notice and change nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(
      '/embed/uptime/?theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&accent=%23fff%3Bbackground%3Aurl(javascript%3Aalert(1))',
    );
    const notices = page.locator('[data-embed-notices]');
    await expect(notices).toBeVisible();
    await expect(notices).toContainText('<img src=x onerror=alert(1)>');
    await expect(notices).toContainText('Accent color');
    expect(await notices.locator('img').count()).toBe(0);
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await page.locator('html').evaluate((el) => el.getAttribute('style'))).toBeNull();
    expect(dialogs).toEqual([]);
  });

  test('an accent too faint for the background is refused with a notice', async ({ page }) => {
    await page.goto('/embed/uptime/?theme=light&accent=%23ffff66');
    await expect(page.locator('[data-embed-notices]')).toContainText('too faint');
    expect(await page.locator('html').evaluate((el) => el.style.getPropertyValue('--accent'))).toBe('');
  });
});

test("a data table opened before the calculator's script has run is built when it runs", async ({ page }) => {
  // A slow connection: the island's module arrives only after the reader has opened a table.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/CostComparison\.astro_[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/embed/cost-comparison/', { waitUntil: 'commit' });
  const details = page.locator('details.data').first();
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  expect(await details.locator('table').count()).toBe(0); // an embed builds its tables when opened
  release();
  await expect(details.locator('table')).toBeVisible();
  await expect(page.locator('[data-island]')).not.toHaveAttribute('data-ssr');
});

test.describe('accessibility inside the embed', () => {
  // axe over a calculator with several charts takes a while on this machine.
  test.describe.configure({ timeout: 120_000 });
  for (const query of ['?theme=light', '?theme=dark&accent=%23ffb35c', '?theme=light&accent=%23a4261d&compact=1']) {
    test(`cost-comparison embed${query} has no WCAG A/AA violations`, async ({ page }) => {
      await page.goto(`/embed/cost-comparison/${query}`);
      await expect(page.locator('[data-island]:not([data-ssr])')).toHaveCount(1);
      expect(summary(await new AxeBuilder({ page }).withTags(TAGS).analyze())).toEqual([]);
    });
  }

  // The scorecard's compact layout asks one question at a time: checked on its first question and on a later one
  // reached with Next (focus moved there), in both themes.
  for (const theme of ['light', 'dark'] as const) {
    test(`which-model compact embed in the ${theme} theme has no WCAG A/AA violations, before and after Next`, async ({
      page,
    }) => {
      await page.goto(`/embed/which-model/?compact=1&theme=${theme}`);
      await expect(page.locator('[data-island]:not([data-ssr])')).toHaveCount(1);
      await expect(page.locator('.step-current .step-of')).toHaveText('Question 1 of 6');
      expect(summary(await new AxeBuilder({ page }).withTags(TAGS).analyze())).toEqual([]);
      await page.getByLabel('6 to 20').check();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.locator('.step-current .step-of')).toHaveText('Question 2 of 6');
      await expect(page.getByLabel('Little: we can carry on by hand')).toBeFocused();
      expect(summary(await new AxeBuilder({ page }).withTags(TAGS).analyze())).toEqual([]);
    });
  }

  test('axe passes inside both frames on the host page', async ({ page }) => {
    await page.goto(`${HOST}/`);
    for (const id of ['embed-a', 'embed-b']) {
      await page.locator(`#${id} iframe`).scrollIntoViewIfNeeded();
      // A pointer over the calculator wakes it (frames opened without options stay server HTML till then).
      await expect(page.frameLocator(`#${id} iframe`).locator('[data-island]')).toHaveCount(1);
      await hydrate((await (await page.locator(`#${id} iframe`).elementHandle())!.contentFrame())!);
    }
    const results = await new AxeBuilder({ page }).include('#embed-a').include('#embed-b').withTags(TAGS).analyze();
    expect(summary(results)).toEqual([]);
  });
});

test.describe('default frame heights', () => {
  for (const [slug, height] of Object.entries(DEFAULT_HEIGHT)) {
    test(`${slug}: the reserved height is within a third of the real one at 700 px`, async ({ page }) => {
      await page.setViewportSize({ width: 700, height: 800 });
      await page.goto(`/embed/${slug}/`);
      await hydrate(page);
      await expect(page.locator('[data-island]:not([data-ssr])')).toHaveCount(1);
      const real = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(Math.abs(real - height) / real, `real ${real}, reserved ${height}`).toBeLessThan(1 / 3);
    });
  }
});

test.describe('compact layout heights (the iframe snippet and the oEmbed frame)', () => {
  for (const [slug, height] of Object.entries(COMPACT_HEIGHT) as Array<[keyof typeof COMPACT_HEIGHT, number]>) {
    test(`${slug}: the snippet's height is the compact layout's measured height at 640 px`, async ({ page }) => {
      // What the builder writes for a compact plain iframe, and what oEmbed consumers reserve.
      expect(iframeSnippet(slug, 'https://x.example', 'compact=1')).toContain(`height="${height}"`);
      expect(oembedDocument(slug, 'https://x.example/', 'x').height).toBe(Math.min(1000, height));
      await page.setViewportSize({ width: 640, height: 800 });
      await page.goto(`/embed/${slug}/?${oembedQuery(slug)}`);
      await hydrate(page);
      await expect(page.locator('[data-island]:not([data-ssr])')).toHaveCount(1);
      // Settled: the island's effects (the pinned headline, notices) run after it hydrates.
      const real = () => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await expect
        .poll(async () => Math.abs((await real()) - height), { message: `snippet ${height}`, timeout: 10_000 })
        .toBeLessThanOrEqual(8);
    });
  }
});

test.describe('`?show=` holds from first paint, before the island wakes', () => {
  for (const [slug, show] of Object.entries(OEMBED_SECTIONS).filter(
    (e): e is [CalculatorSlug, readonly string[]] => !!e[1],
  )) {
    test(`${slug}: the sections left out never show, and the frame keeps its height when the code runs`, async ({
      page,
    }) => {
      // The calculator's code is held back, as on a slow connection; the frame's own runtime is not.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(
        /\/_astro\/(?!EmbedLayout)[A-Za-z]+\.astro_astro_type_script_index_0_lang\.[^/]*\.js$/,
        async (r) => {
          await held;
          await r.continue();
        },
      );
      await page.setViewportSize({ width: 640, height: 800 });
      await page.goto(`/embed/${slug}/?${oembedQuery(slug)}`, { waitUntil: 'commit' });
      const sections = page.locator('[data-section]');
      // The footer comes after the calculator and the script that hides sections: parsed, that script has run.
      await expect(page.locator('.embed-footer')).toBeAttached();
      await expect(page.locator('[data-island][data-ssr]')).toHaveCount(1);
      // Listed sections are left to the layout (the compact one shows the summary as its answer bar); the others
      // are hidden outright.
      const marks = await sections.evaluateAll((els) =>
        els.map((e) => {
          const el = e as HTMLElement;
          return [el.dataset.section!, el.style.display === 'none', getComputedStyle(el).display === 'none'] as const;
        }),
      );
      expect(marks.length).toBeGreaterThan(show.length);
      for (const [id, hiddenHere, hidden] of marks) {
        expect(hiddenHere, `${id} hidden by ?show=`).toBe(!show.includes(id));
        if (!show.includes(id)) expect(hidden, `${id} takes no room`).toBe(true);
      }
      const real = () => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const before = await real();
      expect(Math.abs(before - COMPACT_HEIGHT[slug]), `${before} px before the code runs`).toBeLessThanOrEqual(8);
      release();
      await hydrate(page);
      await expect(page.locator('[data-island]:not([data-ssr])')).toHaveCount(1);
      await expect.poll(async () => Math.abs((await real()) - before)).toBeLessThanOrEqual(8);
    });
  }
});
