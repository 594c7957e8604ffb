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
  await page.getByLabel(/Address for WordPress/).check();
  // The calculator page's address with the settings; the compact layout and sections are oEmbed's own.
  const address = `${SITE}/calculators/uptime/?cur=EUR&theme=dark&accent=%237cb8ff`;
  await expect(page.locator('[data-snippet]')).toHaveText(address);
  // What WordPress gets when that address is pasted: a frame with the same settings (the oEmbed worker).
  const answer = await page.request.get(`/oembed/uptime.json?maxwidth=640&url=${encodeURIComponent(address)}`);
  expect(answer.status()).toBe(200);
  const html = ((await answer.json()) as { html: string }).html.replace(/&amp;/g, '&');
  const src = new URL(/<iframe [^>]*src="([^"]+)"/.exec(html)![1]!);
  expect(src.pathname).toBe('/embed/uptime/');
  expect(Object.fromEntries(src.searchParams)).toMatchObject({
    compact: '1',
    theme: 'dark',
    accent: '#7cb8ff',
    cur: 'EUR',
  });
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

test('a provider brands the embed: name, prices and plan as defaults, a call to action, each value checked', async ({
  page,
}) => {
  await page.goto('/embed/');
  await page.getByLabel('Calculator').selectOption('cost-comparison');
  await page.getByLabel('Your business name').fill('Northwind IT');
  await page.getByLabel(/^Price per user per month/).fill('95');
  // Out of range: clamped, with a notice here, so the provider's live page never shows one.
  await page.getByLabel(/^Technician hourly rate/).fill('5000');
  await page.getByLabel(/^Onboarding fee/).fill('abc');
  await page.getByLabel('Backup', { exact: true }).uncheck();
  await page.getByLabel('Button text (call to action)').fill('Book a free review');
  await page.getByLabel('Button address (https)').fill('http://northwind.example/contact');
  const notices = page.locator('[data-builder-notices]');
  await expect(notices).toContainText('Technician hourly rate: 5000 is outside 0 to 1000, so 1000 is used.');
  await expect(notices).toContainText('Onboarding fee');
  await expect(notices).toContainText('must be a full https:// address');
  // A refused value stays out of the snippet.
  await expect(page.locator('[data-snippet]')).not.toContainText('cta-url');
  await page.getByLabel('Button address (https)').fill('https://northwind.example/contact');
  await page.getByLabel(/Add the reader’s answer/).check();
  await page.getByLabel('Accent color (hex, optional)').fill('#ffff00');
  await expect(notices).toContainText('is too faint');
  await expect(page.locator('[data-snippet]')).toHaveText(
    `<div data-calculator="cost-comparison" data-pu="95" data-hr="1000" data-ib="no" data-provider="Northwind IT" data-cta-label="Book a free review" data-cta-url="https://northwind.example/contact" data-cta-figures="1"></div>\n<script src="${SITE}/embed.js" async></script>`,
  );
  // The same settings as one address, and the live preview shows the name and the button.
  await page.getByLabel(/Address with your settings/).check();
  await expect(page.locator('[data-snippet]')).toHaveText(
    `${SITE}/embed/cost-comparison/?pu=95&hr=1000&ib=no&by=Northwind+IT&cta=Book+a+free+review&ctau=https%3A%2F%2Fnorthwind.example%2Fcontact&ctaf=1`,
  );
  const inside = page.frameLocator('iframe[data-preview]');
  await expect(inside.locator('[data-embed-provider]')).toContainText('From Northwind IT');
  await expect(inside.getByRole('link', { name: 'Book a free review' })).toHaveAttribute(
    'href',
    /^https:\/\/northwind\.example\/contact\?calculator=cost-comparison&result=/,
  );
  await expect(inside.locator('#c1-perUserMonthly, [id$="-perUserMonthly"]').first()).toHaveValue('95');
  // The credit to this site stays, small.
  await expect(inside.locator('.embed-footer')).toContainText('Calculator by');
  // For WordPress: the same settings on the calculator page's address.
  await page.getByLabel(/Address for WordPress/).check();
  await expect(page.locator('[data-snippet]')).toHaveText(
    `${SITE}/calculators/cost-comparison/?pu=95&hr=1000&ib=no&by=Northwind+IT&cta=Book+a+free+review&ctau=https%3A%2F%2Fnorthwind.example%2Fcontact&ctaf=1`,
  );
});
