/** Host pages and frame measurements the embed host tests share (embed-host*.spec.ts). */
import { expect, type Locator, type Page } from '@playwright/test';
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4321);
export const SITE = `http://127.0.0.1:${SITE_PORT}`;
export const HOST = `http://127.0.0.1:${SITE_PORT + 1}`;

/** Record CSP violations and dialogs on the host page (nothing hostile may run). */
export async function watch(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { dialogs };
}

export const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/**
 * Count the `{ probe: 1 }` messages the host page receives from now on. A sender posts one after its other
 * messages: messages from one sender arrive in order, and this listener, added after the loader's, runs
 * after it for each message, so `probes(page, n)` resolving means the host has handled all of them.
 */
export async function countProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { probes: number };
    w.probes = 0;
    addEventListener('message', (e) => {
      if ((e.data as { probe?: unknown } | null)?.probe === 1) w.probes++;
    });
  });
}
export const probes = (page: Page, n: number) =>
  page.waitForFunction((count) => (window as unknown as { probes: number }).probes >= count, n);

/** The iframe's height on the host, and the height of the document inside it. */
export async function fit(iframe: Locator): Promise<{ outer: number; inner: number }> {
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  return { outer, inner };
}

/** Wait until the iframe is exactly as tall as its content; returns that height. */
export async function expectFitted(iframe: Locator): Promise<number> {
  await expect
    .poll(
      async () => {
        const { outer, inner } = await fit(iframe);
        return Math.abs(outer - inner);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(1);
  return (await fit(iframe)).outer;
}
