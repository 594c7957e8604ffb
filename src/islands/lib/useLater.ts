/**
 * A value computed after the current render rather than during it: the headline result updates on the
 * keystroke, and heavy extras (the 10,000-year simulation, the sensitivity table, the hybrid optimiser)
 * follow a moment later. Typing fast cancels stale work.
 *
 * The first render shows `precomputed`: the server computes the extras for the default inputs and sends them
 * with the island's props (src/islands/later/precomputed.ts), so hydration does no heavy work. `load` runs
 * only when `key` (the inputs, as text) changes; it may fetch the heavy code on first use, so a reader
 * who never edits never downloads it. If that fetch fails (offline), the extras are for the previous
 * inputs: `state` says so ('failed'), so the island can mark them out of date (src/islands/ui/LaterStatus.tsx)
 * rather than show them as if current. `retry()` tries again, as does the browser coming back online and
 * the next change. (A browser may keep a failed module fetch failed until the page reloads: the note
 * offers a reload once a retry has failed too; the inputs are in the address, so nothing is lost.)
 */
import { useEffect, useState } from 'preact/hooks';

/** 'current': the value is for the inputs shown; 'loading': for earlier ones, new ones on their way; 'failed': for earlier ones, and they could not be worked out. */
export type LaterState = 'current' | 'loading' | 'failed';

/** The extras, whether they are for the inputs shown, and a way to try again. */
export interface Later<T> {
  value: T;
  state: LaterState;
  /** How many times in a row the extras for the current inputs failed to load. */
  failures: number;
  retry(): void;
}

/** The extras for the inputs `key` stands for: `precomputed` at first, then `load()`'s result after each change. */
export function useLater<T>(load: () => Promise<T>, key: string, precomputed: T): Later<T> {
  const [done, setDone] = useState(() => ({ key, value: precomputed }));
  const [failed, setFailed] = useState<{ key: string; times: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = () => setAttempt((n) => n + 1);
  useEffect(() => {
    if (key === done.key) return;
    let live = true;
    const fail = () => live && setFailed((f) => ({ key, times: f?.key === key ? f.times + 1 : 1 }));
    const t = setTimeout(() => {
      // A browser that knows it is offline is not asked to fetch: some keep a failed module fetch failed
      // until the page reloads, which would make every later retry fail too.
      if (navigator.onLine === false) return void fail();
      load().then((value) => {
        if (!live) return;
        setDone({ key, value });
        setFailed(null);
      }, fail);
    }, 0);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [key, attempt]);
  const failures = failed?.key === key ? failed.times : 0;
  const state: LaterState = key === done.key ? 'current' : failures ? 'failed' : 'loading';
  useEffect(() => {
    if (state !== 'failed') return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [state]);
  return { value: done.value, state, failures, retry };
}
