/**
 * Parts of an island that keep the server's DOM through hydration. Whether a render is the hydrating
 * one is said per root: ./live.ts renders each island inside `HydrationRoot`, whose context names the
 * root element, and marks that root `data-hydrated` once Preact's `hydrate()` (synchronous) has returned.
 * A render is the hydration while its root is not yet marked. Rendered anywhere else (the server, a
 * component test) there is no root in the context: "not hydrating".
 *
 * Preact's own context (`getChildContext`, read as a function component's second argument), not
 * `createContext`: that one brings a provider with subscriptions into every calculator page's bundle, for a
 * value no component needs to be told about when it changes (it is read while rendering only).
 */
import type { Component, ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** The context a function component receives as its second argument, as far as hydration goes. */
export interface HydrationContext {
  /** The root element ./live.ts is hydrating or has hydrated. */
  island?: Element;
}

/** Wraps one island in ./live.ts, so its components know their root. */
export function HydrationRoot(this: Component, { root, children }: { root: Element; children?: ComponentChildren }) {
  // Preact's own createContext provider is a function component that sets this the same way.
  this.getChildContext = () => ({ island: root });
  return children;
}

/**
 * Whether a part of an island may keep the server's DOM: true from hydration until `shown` (a text
 * standing for everything the part displays) first changes. The caller then renders the element with
 * `dangerouslySetInnerHTML={FROZEN}`, whose inner HTML Preact leaves alone while hydrating and while it
 * stays the same, instead of its children: hydration then skips those nodes altogether. `context` is the
 * calling component's second argument.
 */
export function useFrozen(shown: string, context: HydrationContext | undefined): boolean {
  // Hydrating: inside a root (./live.ts) not yet marked hydrated.
  const frozen = useRef(context?.island?.hasAttribute('data-hydrated') === false ? shown : null);
  if (frozen.current !== null && frozen.current !== shown) frozen.current = null;
  return frozen.current !== null;
}

/** Inner HTML of a frozen element (the same object each time, so Preact never rewrites it). */
export const FROZEN = { __html: '' };
