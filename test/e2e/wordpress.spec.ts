import { readFileSync } from 'node:fs';
import { expect, test, type ConsoleMessage, type Frame } from '@playwright/test';

/**
 * A real WordPress (Debian's package, set up by scripts/wordpress.sh before the browser tests): posts that
 * paste a calculator's URL, as a classic auto-embed and as the block editor's Embed block, in two bundled
 * themes, at desktop and phone widths. Run alone with `playwright test --grep @wordpress`.
 */
const SITE_PORT = Number(process.env.E2E_PORT ?? 4321);
const SITE = `http://127.0.0.1:${SITE_PORT}`;
/** WordPress's cap on the height it applies (wp-embed.js clamps to 200–1000 px). */
const CAP = 1000;
const THEMES = ['twentytwentyone', 'twentytwentythree'] as const;
const WIDTHS = [1280, 375] as const;

interface State {
  home: string;
  posts: Array<{ id: number; name: string; calculator: string; kind: 'classic' | 'block' }>;
}
const STATE = '.tmp/wordpress.json';
function state(): State | null {
  try {
    return JSON.parse(readFileSync(STATE, 'utf8')) as State;
  } catch {
    return null;
  }
}
const wp = state();
const posts = wp?.posts ?? [];

// The post list is known only after setup; without it, one test fails and says why (never a silent skip).
if (!wp) {
  test('@wordpress WordPress is set up for the embed tests', () => {
    throw new Error(
      `WordPress is not set up (${STATE} missing): run \`bash scripts/wordpress.sh\` as root (npm test does; its output is in .tmp/wordpress.log).`,
    );
  });
}

test.describe.configure({ timeout: 90_000 });

test.beforeAll(async ({ request }) => {
  if (!wp) return;
  const res = await request.get(`${wp.home}/`).catch((e: Error) => e);
  if (res instanceof Error || !res.ok())
    throw new Error(
      `WordPress does not answer on ${wp.home}: run \`bash scripts/wordpress.sh\` again (${res instanceof Error ? res.message : res.status()}).`,
    );
});

/**
 * What each compact layout asks and answers, where a calculator differs from the usual quick path (the inputs
 * in `.group.quick`, the answer in the answer bar, a number typed into the first input moves the headline).
 */
const COMPACT: Record<string, { asks?: string; answer?: string; typed?: string; value?: string }> = {
  // Its compact layout is the availability section alone: one field, the answer (no answer bar) beside it; the
  // field is a percentage, so the number typed is one a reader would (doubling it would be over 100%).
  uptime: { asks: 'fieldset.group input', answer: '[id$="-headline"]', value: '99.5' },
  // One question at a time, with Back / Next (the rest of the test answers questions instead of typing).
  'which-model': { asks: '.radios.step-current input' },
  // The headline is the cheapest quote per user a month, which the staff count does not move; a price does.
  'provider-quotes': { typed: 'input[name="qbp"]' },
};

/** Content height of the embed page, and the iframe's height and width on the post. */
async function measure(frame: Frame, iframe: import('@playwright/test').Locator) {
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const box = await iframe.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { height: r.height, width: r.width, parent: el.parentElement!.getBoundingClientRect().width };
  });
  return { inner, ...box };
}

for (const theme of THEMES) {
  for (const width of WIDTHS) {
    for (const post of posts) {
      test(`@wordpress ${theme} at ${width} px: ${post.kind} embed of ${post.calculator} resizes and works`, async ({
        page,
      }, info) => {
        const errors: string[] = [];
        page.on('console', (m: ConsoleMessage) => {
          if (m.type() === 'error' && m.location().url.startsWith(SITE))
            errors.push(`${m.text()} (${m.location().url})`);
        });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${wp!.home}/?p=${post.id}&itse_theme=${theme}&itse_site=${SITE_PORT}`);

        // WordPress kept the blockquote + iframe pair and so loaded its own wp-embed.js.
        const iframe = page.locator('iframe.wp-embedded-content');
        await expect(iframe).toHaveCount(1);
        await expect(page.locator('script[src*="/wp-includes/js/wp-embed"]')).toHaveCount(1);
        expect(await iframe.getAttribute('src')).toMatch(
          new RegExp(`^${SITE}/embed/${post.calculator}/\\?compact=1&theme=light[^#]*#\\?secret=[A-Za-z0-9]+$`),
        );
        expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
        expect(await iframe.getAttribute('width')).toBe('100%');
        await iframe.scrollIntoViewIfNeeded();
        const frame = (await (await iframe.elementHandle())!.contentFrame())!;
        await expect(
          page.frameLocator('iframe.wp-embedded-content').locator(`[data-calculator="${post.calculator}"]`),
        ).toBeVisible();
        // The frame spoke: WordPress hid the fallback blockquote and unclipped the iframe.
        await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
        // An embed with options in its query goes live at once. Until it does, the sections `show` leaves out are
        // in the page, only hidden; live, they are not rendered, and the checks below list what the layout asks.
        await expect(page.frameLocator('iframe.wp-embedded-content').locator('[data-island]')).toHaveAttribute(
          'data-hydrated',
          '',
          { timeout: 15_000 },
        );

        // Height: the content's, never WordPress's cap: the compact layout (the quick path and its answer) fits
        // under 1,000 px, so nothing scrolls inside the frame. Full width of the post's column.
        await expect
          .poll(
            async () => {
              const m = await measure(frame, iframe);
              return Math.abs(m.height - Math.max(200, m.inner));
            },
            { timeout: 15_000 },
          )
          .toBeLessThanOrEqual(2);
        const m = await measure(frame, iframe);
        expect(m.inner, "compact layout within WordPress's cap").toBeLessThanOrEqual(CAP);
        expect(Math.abs(m.width - m.parent)).toBeLessThanOrEqual(1);
        info.annotations.push({
          type: 'height',
          description: `frame ${m.height} px, content ${m.inner} px, width ${m.width} px`,
        });

        // The whole compact layout is in the frame: title, every input it asks (the quick path; the scorecard's
        // question shown and its Back / Next), the answer and the link to the full calculator; the collapsed groups,
        // other questions and detailed results are left to that link.
        const inside = page.frameLocator('iframe.wp-embedded-content');
        const headline = inside.locator('[id$="-headline"]');
        const layout = COMPACT[post.calculator] ?? {};
        const scorecard = post.calculator === 'which-model';
        const asks = inside.locator(`.calc ${layout.asks ?? '.group.quick input'}`);
        const inFrame = async () => {
          const f = (await iframe.boundingBox())!;
          await expect(asks.first()).toBeVisible();
          const everyInput = await asks.all();
          for (const el of [
            inside.locator('h1'),
            ...everyInput,
            ...(scorecard ? [inside.locator('.steps button').last()] : []),
            inside.locator(layout.answer ?? '[data-answer]'),
            inside.locator('[data-embed-full]'),
          ]) {
            await expect(el).toBeVisible();
            const b = (await el.boundingBox())!;
            expect(b.y).toBeGreaterThanOrEqual(f.y - 1);
            expect(b.y + b.height).toBeLessThanOrEqual(f.y + f.height + 1);
          }
        };
        await inFrame();
        await expect(inside.locator('details.group.more').first()).toBeHidden();
        if (scorecard) {
          await expect(inside.locator('.radios')).toHaveCount(6);
          for (const other of await inside.locator('.radios:not(.step-current)').all())
            await expect(other).toBeHidden();
        }
        await expect(inside.locator('[data-embed-pinned]')).toBeHidden();
        // The full calculator carries the embed's numbers (the oEmbed options themselves stay behind).
        expect(await inside.locator('[data-embed-full]').getAttribute('href')).toBe(`/calculators/${post.calculator}/`);

        const before = await headline.textContent();
        if (scorecard) {
          // No number to type: an answer counts down the questions left, and Next (from the keyboard) moves to the
          // next question with focus on it, where Space answers it.
          const answer = inside.locator('[data-answer]');
          await inside.locator('.radios.step-current label').nth(1).click();
          await expect(answer).toContainText('Answer 5 more questions to see a suggestion', { timeout: 15_000 });
          const next = inside.getByRole('button', { name: 'Next' });
          await next.focus();
          await next.press('Enter');
          await expect(inside.locator('.radios.step-current .step-of')).toHaveText('Question 2 of 6');
          await expect(asks.first()).toBeFocused();
          await asks.first().press('Space');
          await expect(answer).toContainText('Answer 4 more questions to see a suggestion', { timeout: 15_000 });
          await expect(headline).toHaveText('Answer 4 more questions to see a suggestion');
        } else {
          // Typing in an input changes the headline (and its pinned copy).
          const input = inside.locator(`.calc ${layout.typed ?? 'input'}`).first();
          const value = Number(await input.inputValue());
          await input.click();
          await input.press('ControlOrMeta+a');
          await input.pressSequentially(layout.value ?? String(Math.round(value * 2 + 7)));
        }
        await expect.poll(() => headline.textContent(), { timeout: 15_000 }).not.toBe(before);
        // The full-calculator link now carries the changed number (read when the reader reaches for it).
        await expect
          .poll(() =>
            frame.evaluate(() => {
              const full = document.querySelector('[data-embed-full]')!;
              full.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
              return full.getAttribute('href') + ' ' + location.search;
            }),
          )
          .toMatch(new RegExp(`^/calculators/${post.calculator}/\\?.+`));
        // Still fitted after the change.
        await expect
          .poll(
            async () => {
              const n = await measure(frame, iframe);
              return Math.abs(n.height - Math.max(200, n.inner));
            },
            { timeout: 15_000 },
          )
          .toBeLessThanOrEqual(2);
        // And still whole in the frame (the scorecard now shows another question).
        await inFrame();
        expect(errors).toEqual([]);
      });
    }
  }
}
