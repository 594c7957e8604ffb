/**
 * Parts of an island that keep the server's DOM through hydration. Whether a render is the hydrating
 * one is said per root by the `Hydration` context, which ./mount.ts provides around each island and
 * turns off once Preact's `hydrate()` (synchronous) has returned. Rendered anywhere else (the server, a
 * component test, a later render in the browser) the default says "not hydrating".
 */
import { createContext } from 'preact';
import { useContext, useRef } from 'preact/hooks';

/** What ./mount.ts tells the components of one root; `hydrating` is true only during `hydrate()`. */
export interface HydrationState {
  hydrating: boolean;
}

/** Provided by ./mount.ts around each island it hydrates. */
export const Hydration = createContext<HydrationState>({ hydrating: false });

/** Whether this render is the island's hydration (the server's DOM is already there). */
export const useHydrating = (): boolean => useContext(Hydration).hydrating;

/**
 * Whether a part of an island may keep the server's DOM: true from hydration until `shown` (a text
 * standing for everything the part displays) first changes. The caller then renders the element with
 * `dangerouslySetInnerHTML={FROZEN}`, whose inner HTML Preact leaves alone while hydrating and while it
 * stays the same, instead of its children: hydration then skips those nodes altogether.
 */
export function useFrozen(shown: string): boolean {
  const frozen = useRef(useHydrating() ? shown : null);
  if (frozen.current !== null && frozen.current !== shown) frozen.current = null;
  return frozen.current !== null;
}

/** Inner HTML of a frozen element (the same object each time, so Preact never rewrites it). */
export const FROZEN = { __html: '' };
