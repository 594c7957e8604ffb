/**
 * Whether an island is being hydrated right now. src/islands/mount.ts sets it around Preact's
 * `hydrate()`, which is synchronous, so a component's first render can tell hydration (the server's
 * DOM is already there) from a render in the browser.
 */
import { useRef } from 'preact/hooks';

export let hydrating = false;

/** Set by src/islands/mount.ts only. */
export function setHydrating(value: boolean): void {
  hydrating = value;
}

/**
 * Whether a part of an island may keep the server's DOM: true from hydration until `shown` (a text
 * standing for everything the part displays) first changes. The caller then renders the element with
 * `dangerouslySetInnerHTML={FROZEN}`, whose inner HTML Preact leaves alone while hydrating and while it
 * stays the same, instead of its children: hydration then skips those nodes altogether.
 */
export function useFrozen(shown: string): boolean {
  const frozen = useRef(hydrating ? shown : null);
  if (frozen.current !== null && frozen.current !== shown) frozen.current = null;
  return frozen.current !== null;
}

/** Inner HTML of a frozen element (the same object each time, so Preact never rewrites it). */
export const FROZEN = { __html: '' };
