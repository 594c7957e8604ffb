/**
 * The choice that wakes a calculator counts: a radio activated as assistive technology does
 * (element.click(), no pointer over it first) and a select changed from the keyboard, on a fresh page.
 */
import { expect, test } from '@playwright/test';

test('a scorecard answer clicked on a fresh page, with no pointer over it first, is kept', async ({ page }) => {
  await page.goto('/calculators/which-model/');
  await expect(page.locator('[data-island="which-model"]')).toHaveAttribute('data-island-ready', '');
  await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type="radio"][value="large"]')!.click());
  await expect(page.locator('[id$="-headline"]').first()).toHaveText('Answer 5 more questions to see a suggestion');
  await expect(page.locator('input[type="radio"][value="large"]')).toBeChecked();
});

test('a select changed from the keyboard on a fresh page is kept', async ({ page }) => {
  await page.goto('/calculators/downtime-cost/');
  await expect(page.locator('[data-island="downtime-cost"]')).toHaveAttribute('data-island-ready', '');
  const currency = page.locator('select[name="cur"]').first();
  await currency.focus();
  await page.keyboard.press('ArrowDown');
  await expect(currency).not.toHaveValue('USD');
  await expect(page.locator('[id$="-headline"]').first()).not.toContainText('$');
});
