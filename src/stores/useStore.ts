/**
 * Subscribe a Preact component to a nanostores store. @nanostores/preact's `useStore` does this too,
 * but its key filters and SSR modes pull nanostores' listenKeys and path helpers into every calculator
 * page and it re-renders a task later; the islands need neither.
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** The store's current value; the component re-renders whenever it changes. */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState({});
  const value = store.get();
  useEffect(() => {
    const off = store.listen(() => rerender({}));
    // A change between this render and the subscription (another island's effect) is not missed.
    if (store.get() !== value) rerender({});
    return off;
  }, [store]);
  return value;
}
