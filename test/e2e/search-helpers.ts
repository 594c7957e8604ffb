import { expect, type Locator, type Page } from '@playwright/test';

/** Result links (titles, not sub-results) in a results list, in order. */
export const resultLinks = (scope: Page | Locator): Locator =>
  scope.locator('pagefind-results .search-result a.pf-result-link');

/** The URLs of the first `n` results once they have rendered (Pagefind loads result data lazily). */
export async function firstResults(scope: Page | Locator, n = 3): Promise<string[]> {
  const links = resultLinks(scope);
  // Pagefind's first search loads its WebAssembly and index chunks: slow on a busy 2-core machine.
  await expect(links.first()).toBeVisible({ timeout: 30_000 });
  // Results render one after another: wait a moment for the nth, unless there are fewer than n.
  await links
    .nth(n - 1)
    .waitFor({ state: 'attached', timeout: 3_000 })
    .catch(() => undefined);
  const count = Math.min(n, await links.count());
  const urls: string[] = [];
  for (let i = 0; i < count; i++) urls.push((await links.nth(i).getAttribute('href'))!);
  return urls;
}

/** Opens /search/ with a query in the URL and waits for the live UI to mount. */
export async function searchPage(page: Page, query: string, extra = ''): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('[data-search-page] pagefind-input input')).toBeVisible({ timeout: 15_000 });
}

/**
 * Collects Content-Security-Policy violations (the browser's own events, plus console reports and
 * page errors) for assertions at the end of a test. Call before the first navigation.
 */
export function cspViolations(page: Page): { list(): Promise<string[]> } {
  const found: string[] = [];
  void page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspSeen: string[] }).cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) found.push(msg.text());
  });
  page.on('pageerror', (err) => found.push(`pageerror: ${err.message}`));
  return {
    async list() {
      const inPage = await page.evaluate(() => (window as unknown as { cspSeen?: string[] }).cspSeen ?? []);
      return [...found, ...inPage];
    },
  };
}
