import { readFileSync } from 'node:fs';
import { expect, test, type ConsoleMessage } from '@playwright/test';

/**
 * A real WordPress (scripts/wordpress.sh) embedding a pasted calculator address that carries a provider's
 * options (test/fixtures/wordpress/posts-options.php): WordPress sends that address to the oEmbed endpoint,
 * the site's worker (src/embed/oembed-worker.ts, run by `wrangler pages dev`) puts the options in the frame's
 * address, and the frame shows them. Run alone with `playwright test --grep @wordpress`.
 */
const SITE_PORT = Number(process.env.E2E_PORT ?? 4321);
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const POSTS = [
  { name: 'options-classic-cost-comparison', kind: 'classic', theme: 'twentytwentyone' },
  { name: 'options-block-cost-comparison', kind: 'block', theme: 'twentytwentythree' },
] as const;
/**
 * The frame's query, hand-checked against the pasted address: the compact layout, then what the embed page
 * accepts in its own keys (`hr=lots` is left out); WordPress adds its secret in the hash.
 */
const QUERY =
  'compact=1&theme=dark&show=inputs,summary&accent=%23ffb3c8&by=Acme+IT&cta=Book+a+call' +
  '&ctau=https%3A%2F%2Facme.example%2Fcontact&pu=120&cur=EUR';

const STATE = '.tmp/wordpress.json';
function home(): string | null {
  try {
    return (JSON.parse(readFileSync(STATE, 'utf8')) as { home: string }).home;
  } catch {
    return null;
  }
}
const wp = home();

// Without set-up, one test fails and says why (never a silent skip).
if (!wp) {
  test('@wordpress WordPress is set up for the pasted-options embeds', () => {
    throw new Error(
      `WordPress is not set up (${STATE} missing): run \`bash scripts/wordpress.sh\` as root (npm test does; its output is in .tmp/wordpress.log).`,
    );
  });
}

test.describe.configure({ timeout: 90_000 });

for (const post of wp ? POSTS : []) {
  test(`@wordpress ${post.theme}: a ${post.kind} paste with a provider's options embeds them`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error' && m.location().url.startsWith(SITE)) errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const r = await page.goto(`${wp}/?name=${post.name}&itse_theme=${post.theme}&itse_site=${SITE_PORT}`);
    expect(r?.status(), `${post.name} is published (run bash scripts/wordpress.sh)`).toBe(200);

    // WordPress kept its blockquote + iframe form, and the frame's address carries the options.
    const iframe = page.locator('iframe.wp-embedded-content');
    await expect(iframe).toHaveCount(1);
    const src = (await iframe.getAttribute('src'))!;
    expect(src.replace(/#\?secret=[A-Za-z0-9]+$/, '')).toBe(`${SITE}/embed/cost-comparison/?${QUERY}`);
    expect(src).toMatch(/#\?secret=[A-Za-z0-9]+$/);
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');

    // The frame shows them: dark with the provider's accent, their name, their price as the starting value in
    // euros, and their call to action (as text: WordPress's sandbox lets no link leave the frame on its own).
    await iframe.scrollIntoViewIfNeeded();
    const inside = page.frameLocator('iframe.wp-embedded-content');
    await expect(inside.locator('[data-calculator="cost-comparison"]')).toBeVisible();
    await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
    await expect(inside.locator('html')).toHaveAttribute('data-theme', 'dark');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    expect(
      await frame.evaluate(() => ({
        accent: document.documentElement.style.getPropertyValue('--accent'),
        background: getComputedStyle(document.body).backgroundColor,
      })),
    ).toEqual({ accent: '#ffb3c8', background: 'rgb(20, 23, 27)' });
    const provider = inside.locator('[data-embed-provider]');
    await expect(provider).toBeVisible();
    await expect(provider.locator('.embed-provider-name')).toHaveText('From Acme IT');
    await expect(provider).toContainText('Book a call: https://acme.example/contact');
    await expect(inside.locator('input[name="pu"]')).toHaveValue('120');
    await expect(inside.locator('[data-answer]')).toContainText('€');
    // The refused value left no notice behind.
    await expect(inside.locator('[data-embed-notices]')).toBeHidden();
    expect(errors).toEqual([]);
  });
}
