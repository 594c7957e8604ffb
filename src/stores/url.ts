/**
 * The address bar as the home of a calculator's state: read the query, write it back without
 * reloading, and listen for back/forward. Keys that belong to someone else (embed options such as
 * `show` or `theme`, analytics tags) are kept as they are.
 */

/** The current query string, or '' outside a browser. */
export function readQuery(): string {
  return typeof location === 'undefined' ? '' : location.search;
}

/**
 * Replace the keys in `ownKeys` with those of `encoded`, keeping every other key of `current`.
 * Returns a query string without the leading "?".
 */
export function mergeQuery(current: string, ownKeys: readonly string[], encoded: string): string {
  const p = new URLSearchParams(current);
  for (const k of ownKeys) p.delete(k);
  for (const [k, v] of new URLSearchParams(encoded)) p.append(k, v);
  return p.toString();
}

/** Write a query to the address bar: a new history entry when `push`, else in place. No-op when unchanged. */
export function writeQuery(query: string, push: boolean): void {
  if (typeof history === 'undefined') return;
  const search = query ? `?${query}` : '';
  if (search === location.search) return;
  const url = location.pathname + search + location.hash;
  try {
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  } catch {
    /* sandboxed frames may refuse history changes */
  }
}

/** Call `fn` on back/forward; returns the unsubscribe function. */
export function onHistory(fn: () => void): () => void {
  addEventListener('popstate', fn);
  return () => removeEventListener('popstate', fn);
}
