/** Islands, placements and waits shared by the hydration tests (mount.test.tsx, replay.test.tsx). */
import { render } from 'preact-render-to-string';
import { useState } from 'preact/hooks';
import { expect, vi } from 'vitest';
import { forgetProfile } from '../../src/stores/profile';
import { inputStore } from '../../src/stores/inputs';

/** A tiny island: shows its props and counts clicks (so we can tell it hydrated). */
export function Counter({ label = 'none' }: { label?: string }) {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {label}: {n}
    </button>
  );
}

/** A form island: a field, a group that shows its content once opened, and a print head. */
export function Form() {
  const [text, setText] = useState('5');
  const [open, setOpen] = useState(false);
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <input id="n" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <output>{`twice: ${Number(text) * 2}`}</output>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>More</summary>
        {open && <p class="more">more fields</p>}
      </details>
      <p class="head">
        Printed <span data-print-date="en-US">{''}</span> from <span data-print-link="/calculators/x/">{''}</span>
      </p>
    </form>
  );
}

/** IntersectionObserver stand-in: `show(el)` reports an element as visible. */
export const io = { observed: [] as Element[], callback: undefined as IntersectionObserverCallback | undefined };
export const show = (el: Element) =>
  io.callback!(
    [{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry],
    {} as IntersectionObserver,
  );
/** Preact renders state changes after a microtask and a timeout. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
/** A component's loader, as a wrapper script passes it: `() => import('…')`. */
export const load = (C: unknown) => () => Promise.resolve({ default: C as never });
/**
 * Resolves once the live half (src/islands/hydration/live.ts) has loaded and run what an earlier `mount()` asked
 * of it, had it asked: a check that nothing was observed waits on this, so it cannot pass just by being early.
 */
export const liveSettled = async () => {
  await import('../../src/islands/hydration/live');
  await settle();
};
/** Resolves once the root is live (its code loaded and hydrated), as the browser tests wait on it. */
export const live = (root: Element) => vi.waitFor(() => expect(root.hasAttribute('data-hydrated')).toBe(true));

export function place(slug: string, props: string | null, ssrProps: { label?: string } = {}) {
  const json = props === null ? '' : `<script type="application/json" data-island-props>${props}</script>`;
  document.body.insertAdjacentHTML(
    'beforeend',
    `${json}<div data-island="${slug}" data-ssr>${render(<Counter {...ssrProps} />)}</div>`,
  );
  return document.body.lastElementChild as HTMLElement;
}

/** Stand-ins and clean-up around each test: an IntersectionObserver that records, a fresh page. */
export function stubObserver(): void {
  io.observed = [];
  io.callback = undefined;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(cb: IntersectionObserverCallback) {
        io.callback = cb;
      }
      observe(el: Element) {
        io.observed.push(el);
      }
      unobserve(el: Element) {
        io.observed = io.observed.filter((o) => o !== el);
      }
    },
  );
}

/** A fresh page after each test: no stubs, no DOM, no address, no stored or shared values. */
export function cleanUp(): void {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  history.replaceState(null, '', location.pathname);
  localStorage.clear();
  forgetProfile();
  inputStore('counter').set({});
}
