/** Helpers the calculator browser tests share: wake a calculator, find its fields and headline. */
import { expect, type Page } from '@playwright/test';
import { afterEffects, wakeIsland } from './hardening.ts';

/**
 * Wake the island as a reader's pointer would (src/islands/hydration/start/mount.ts), wait until it has
 * hydrated (`data-hydrated`) and its first effects have applied URL and profile state.
 */
export async function ready(page: Page, slug: string): Promise<void> {
  await wakeIsland(page, `[data-island="${slug}"]`);
  await expect(page.locator(`[data-island="${slug}"]`).first()).toHaveAttribute('data-hydrated', '');
  await afterEffects(page);
}

/** A calculator field by its URL key. */
export const field = (page: Page, key: string) =>
  page.locator(`.calc input[name="${key}"], .calc select[name="${key}"]`).first();
/** The first calculator's headline figure. */
export const headline = (page: Page) => page.locator('[id$="-headline"]').first();
