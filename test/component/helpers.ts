/** Shared set-up for island tests: clean stores and address bar, and small query helpers. */
import { cleanup } from '@testing-library/preact';
import { resetCalculatorStores } from '../../src/stores/calculator';
import { forgetProfile } from '../../src/stores/profile';
import { inputStore } from '../../src/stores/inputs';
import type { Slug } from '../../src/calculators/registry';

/** Reset every store and the URL; call in beforeEach. */
export function fresh(slug: Slug, query = ''): void {
  cleanup();
  resetCalculatorStores();
  inputStore(slug).set({});
  forgetProfile();
  try {
    localStorage.clear();
  } catch {
    /* none */
  }
  history.replaceState(null, '', `/calculators/${slug}/${query}`);
}

/** The text of the element with this id suffix inside the island (ids are prefixed per placement). */
export function byIdSuffix(container: ParentNode, suffix: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[id$="${suffix}"]`);
  if (!el) throw new Error(`no element with id ending ${suffix}`);
  return el;
}

/** Wait options for debounced updates (errors 500 ms, URL 400 ms, live region 700 ms). */
export const SLOW = { timeout: 3000 };

/** Open every collapsed input group, as a reader clicking each summary would (their fields render on opening). */
export async function openGroups(container: ParentNode): Promise<void> {
  const { act } = await import('@testing-library/preact');
  await act(() => {
    for (const d of container.querySelectorAll<HTMLDetailsElement>('details.group')) {
      d.open = true;
      d.dispatchEvent(new Event('toggle'));
    }
  });
}
