import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cspViolations, firstResults, resultLinks, searchPage } from './search-helpers.ts';

/** Real reader questions and what must be among the first three results. */
const QUERIES: { query: string; expect: RegExp; why: string }[] = [
  {
    query: 'hourly rate',
    expect: /^\/articles\/pricing-models\//,
    why: 'the pricing models article explains hourly billing',
  },
  {
    query: 'service level agreement',
    expect: /^\/articles\/sla-and-uptime\/|^\/glossary\/#sla\b/,
    why: 'the SLA article or its glossary entry',
  },
  { query: 'hybrid', expect: /^\/articles\/hybrid-it-support\//, why: 'the hybrid article' },
  {
    query: 'cost of downtime',
    expect: /^\/articles\/cost-of-downtime\/|^\/calculators\/downtime-cost\//,
    why: 'the downtime article or calculator',
  },
];

for (const q of QUERIES) {
  test(`"${q.query}" finds ${q.why} in the first three results`, async ({ page }) => {
    const violations = cspViolations(page);
    await searchPage(page, q.query);
    const urls = await firstResults(page);
    expect(
      urls.some((u) => q.expect.test(u)),
      `first three: ${urls.join(', ')}`,
    ).toBe(true);
    expect(await violations.list()).toEqual([]);
  });
}

test('a misspelt query ("manged servces") still finds managed services, and says what it searched', async ({
  page,
}) => {
  await searchPage(page, 'manged servces');
  const urls = await firstResults(page);
  expect(
    urls.some((u) => u.startsWith('/articles/what-are-managed-services/')),
    `first three: ${urls.join(', ')}`,
  ).toBe(true);
  await expect(page.locator('.search-correction')).toHaveText(/Showing results for managed services/i);
});

test('a correctly spelt query is not "corrected"', async ({ page }) => {
  await searchPage(page, 'managed services');
  await firstResults(page);
  await expect(page.locator('.search-correction')).toBeHidden();
});

test('a query with no match shows a helpful empty state with ways forward', async ({ page }) => {
  await searchPage(page, 'zxqvbn wqplk');
  const empty = page.locator('.search-empty');
  await expect(empty).toBeVisible({ timeout: 15_000 });
  await expect(empty).toContainText('zxqvbn wqplk');
  await expect(empty.getByRole('link', { name: 'glossary' })).toHaveAttribute('href', '/glossary/');
  await expect(resultLinks(page)).toHaveCount(0);
});

test('each result shows its type and an excerpt with the match highlighted', async ({ page }) => {
  await searchPage(page, 'downtime');
  await firstResults(page);
  const first = page.locator('pagefind-results .search-result').first();
  await expect(first.locator('.search-result-type')).toHaveText(/^(Article|Calculator|Glossary term|FAQ)$/);
  await expect(first.locator('.pf-result-excerpt mark').first()).toHaveText(/downtime/i);
  // Both kinds of records are in the index.
  await searchPage(page, 'retainer');
  await expect(page.locator('.search-result[data-type="Glossary term"]').first()).toBeVisible({ timeout: 15_000 });
});

test('glossary terms and FAQ answers are results of their own, linking to their anchor', async ({ page }) => {
  await searchPage(page, 'auto-renewal');
  const urls = await firstResults(page, 5);
  expect(urls).toContain('/glossary/#auto-renewal');
  await searchPage(page, 'cost per month', '&type=FAQ');
  const faq = await firstResults(page, 5);
  expect(
    faq.every((u) => u.startsWith('/faq/#')),
    faq.join(', '),
  ).toBe(true);
});

test('sub-results jump to the matching heading of an article', async ({ page }) => {
  await searchPage(page, 'hourly rate');
  await firstResults(page);
  const sub = page.locator('pagefind-results a.pf-heading-link').first();
  await expect(sub).toBeVisible();
  const href = (await sub.getAttribute('href'))!;
  expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await sub.click();
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

/** The number the status line gives ("12 results for …"). */
async function resultCount(page: import('@playwright/test').Page): Promise<number> {
  const line = page.locator('[data-search-output] .search-count');
  await expect(line).toHaveText(/^(No|\d+) results? for/);
  const m = /^(\d+)/.exec((await line.textContent()) ?? '');
  return m ? Number(m[1]) : 0;
}

test('filters are several choices each, narrow the results, and are kept in the URL', async ({ page }) => {
  await searchPage(page, 'downtime');
  await firstResults(page);
  const all = await resultCount(page);
  // Open on a wide screen already; on a phone it waits behind its summary.
  const pane = page.locator('details.search-filter-pane');
  if ((await pane.getAttribute('open')) === null) await pane.locator('summary').click();
  const glossary = page.getByRole('checkbox', { name: /Glossary term/ });
  await glossary.check();
  await expect(page).toHaveURL(/[?&]type=Glossary\+term/);
  await expect(async () => {
    const types = await page.locator('pagefind-results .search-result-type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Glossary term']));
  }).toPass({ timeout: 10_000 });
  const glossaryOnly = await resultCount(page);
  expect(glossaryOnly).toBeLessThan(all);
  // A second type adds to the first: any of them.
  await page.getByRole('checkbox', { name: /^Article/ }).check();
  await expect(page).toHaveURL(/type=Article/);
  await expect(async () => {
    const types = new Set(await page.locator('pagefind-results .search-result-type').allTextContents());
    expect(types).toEqual(new Set(['Glossary term', 'Article']));
  }).toPass({ timeout: 10_000 });
  expect(await resultCount(page)).toBeGreaterThan(glossaryOnly);
  // A linked search restores the filters.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Glossary term/ })).toBeChecked({ timeout: 15_000 });
  await expect(page.getByRole('checkbox', { name: /^Article/ })).toBeChecked();
});

test('a topic filter keeps the glossary terms and answers under that topic, and drops other topics', async ({
  page,
}) => {
  await searchPage(page, 'managed', '&topic=Pricing');
  await firstResults(page);
  await resultCount(page);
  const urls = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(urls.length).toBeGreaterThan(0);
  expect(
    urls.some((u) => u.startsWith('/glossary/') || u.startsWith('/faq/')),
    urls.join(', '),
  ).toBe(true);
  for (const other of ['/articles/cost-of-downtime/', '/articles/sla-and-uptime/', '/articles/what-is-break-fix/'])
    expect(urls).not.toContain(other);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the search page with results, filters and a correction has no WCAG A/AA violations (${scheme} theme)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await searchPage(page, 'hybird', '&type=Article');
    await firstResults(page);
    await expect(page.locator('.search-correction')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
