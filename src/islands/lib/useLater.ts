/**
 * A value computed after the current render rather than during it: the headline result updates on the
 * keystroke, and heavy extras (the 10,000-year simulation, the sensitivity table, the hybrid optimiser)
 * follow a moment later. Typing fast cancels stale work.
 *
 * The first render uses `seed` when given: the server computes the extras for the default inputs and
 * sends them with the island's props, so hydration does no heavy work and blocks nothing. Work happens
 * only when `key` (the inputs, as text) changes.
 */
import { useEffect, useState } from 'preact/hooks';

/** `compute()` for the inputs `key` stands for: `seed` (or `compute()` now) at first, then a task after each change. */
export function useLater<T>(compute: () => T, key: string, seed?: T): T {
  const [done, setDone] = useState(() => ({ key, value: seed ?? compute() }));
  useEffect(() => {
    if (key === done.key) return;
    const t = setTimeout(() => setDone({ key, value: compute() }), 0);
    return () => clearTimeout(t);
  }, [key]);
  return done.value;
}

/**
 * A seed as the page carries it: numbers to 6 significant figures (money to well under a cent in a
 * thousand), which halves its size in the HTML. The server renders from this same value, so the
 * server HTML and the hydrating island agree.
 */
export function portable<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Number(v.toPrecision(6)) : v))) as T;
}
