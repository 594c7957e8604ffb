import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_HEIGHT } from '../../src/embed/urls.ts';

/** The embed builder at /embed/: options → snippet and live preview → one-click copy → works when pasted. */
const SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4321)}`;
const HOST = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4321) + 1}`;

// Each test loads whole calculators in frames; leave room when the machine is busy.
test.describe.configure({ timeout: 90_000 });

async function configure(page: Page) {
  await page.goto('/embed/');
  await page.getByLabel('Calculator').selectOption('uptime');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Dark').check();
  await page.getByLabel('Accent color (hex, optional)').fill('#7cb8ff');
  await page.locator('[data-sections-for="uptime"] input').first().check();
}

test('options build the script snippet and update the live preview', async ({ page }) => {
  await configure(page);
  const snippet = page.locator('[data-snippet]');
  await expect(snippet).toHaveText(
    `<div data-calculator="uptime" data-currency="EUR" data-theme="dark" data-accent="#7cb8ff" data-show="availability"></div>\n<script src="${SITE}/embed.js" async></script>`,
  );
  const preview = page.locator('iframe[data-preview]');
  await expect(preview).toHaveAttribute('src', '/embed/uptime/?cur=EUR&theme=dark&accent=%237cb8ff&show=availability');
  await expect(preview).toHaveAttribute('title', 'Preview: Uptime and SLA calculator');
  await expect(page.frameLocator('iframe[data-preview]').locator('html')).toHaveAttribute('data-theme', 'dark');
  // The preview sizes itself from the frame's height messages.
  await expect
    .poll(
      async () => {
        const frame = (await (await preview.elementHandle())!.contentFrame())!;
        const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return Math.abs((await preview.evaluate((el) => el.getBoundingClientRect().height)) - inner);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(1);
  // Only the chosen calculator's sections are offered.
  await expect(page.locator('[data-sections-for="uptime"]')).toBeVisible();
  await expect(page.locator('[data-sections-for="cost-comparison"]')).toBeHidden();
});

test('plain iframe and address snippets', async ({ page }) => {
  await configure(page);
  await page.getByLabel('Plain iframe (no script; fixed height)').check();
  await expect(page.locator('[data-snippet]')).toHaveText(
    `<iframe src="${SITE}/embed/uptime/?cur=EUR&amp;theme=dark&amp;accent=%237cb8ff&amp;show=availability" title="Uptime and SLA calculator" width="100%" height="${DEFAULT_HEIGHT.uptime}" loading="lazy" frameborder="0"></iframe>`,
  );
  await page.getByLabel('Address only (WordPress embed block)').check();
  await expect(page.locator('[data-snippet]')).toHaveText(`${SITE}/calculators/uptime/`);
});

test('one click copies the snippet, and the copied snippet works on another site', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
  await configure(page);
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText(/Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('[data-snippet]').textContent());

  // Paste it into a page on another origin, as a provider would.
  await page.goto(`${HOST}/blank.html`);
  await page.locator('#paste').evaluate((el, html) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    for (const node of t.content.childNodes) {
      if (node instanceof HTMLScriptElement) {
        const s = document.createElement('script');
        s.src = node.src;
        el.append(s);
      } else el.append(node.cloneNode(true));
    }
  }, copied);
  const frame = page.locator('#paste iframe');
  await expect(frame).toHaveAttribute('title', 'Uptime and SLA calculator');
  await expect(page.frameLocator('#paste iframe').locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(
      async () => {
        const f = (await (await frame.elementHandle())!.contentFrame())!;
        const inner = await f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return Math.abs((await frame.evaluate((el) => el.getBoundingClientRect().height)) - inner);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(1);
});

test('a calculator page can link to the builder with that calculator chosen', async ({ page }) => {
  await page.goto('/embed/?calculator=which-model');
  await expect(page.getByLabel('Calculator')).toHaveValue('which-model');
  await expect(page.locator('[data-snippet]')).toContainText('data-calculator="which-model"');
  await page.goto('/embed/?calculator=%3Cscript%3E');
  await expect(page.getByLabel('Calculator')).toHaveValue('cost-comparison');
});
