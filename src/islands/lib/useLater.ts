/**
 * A value computed after the current render rather than during it: the headline result updates on the
 * keystroke, and heavy extras (the 10,000-year simulation, the sensitivity table, the hybrid optimiser)
 * follow a moment later. Typing fast cancels stale work. The first render computes synchronously, so
 * the server-rendered page already shows the extras.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** `compute()` now on the first render, then after each change of `deps`, deferred by a task. */
export function useLater<T>(compute: () => T, deps: unknown[]): T {
  const [value, setValue] = useState<T>(compute);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const t = setTimeout(() => setValue(compute()), 0);
    return () => clearTimeout(t);
  }, deps);
  return value;
}
