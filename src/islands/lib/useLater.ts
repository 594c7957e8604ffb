/**
 * A value computed after the current render rather than during it: the headline result updates on the
 * keystroke, and heavy extras (the 10,000-year simulation, the sensitivity table, the hybrid optimiser)
 * follow a moment later. Typing fast cancels stale work.
 *
 * The first render shows `precomputed`: the server computes the extras for the default inputs and sends them
 * with the island's props (src/islands/later/precomputed.ts), so hydration does no heavy work. `load` runs
 * only when `key` (the inputs, as text) changes; it may fetch the heavy code on first use, so a reader
 * who never edits never downloads it. If that fetch fails (offline), the extras stay as they were and
 * the next change tries again.
 */
import { useEffect, useState } from 'preact/hooks';

/** The extras for the inputs `key` stands for: `precomputed` at first, then `load()`'s result after each change. */
export function useLater<T>(load: () => Promise<T>, key: string, precomputed: T): T {
  const [done, setDone] = useState(() => ({ key, value: precomputed }));
  useEffect(() => {
    if (key === done.key) return;
    let live = true;
    const t = setTimeout(() => {
      load().then(
        (value) => live && setDone({ key, value }),
        () => undefined,
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [key]);
  return done.value;
}
