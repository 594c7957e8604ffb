// @vitest-environment happy-dom
import { render } from 'preact-render-to-string';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FROZEN, useFrozen, type HydrationContext } from '../../src/islands/hydration/frozen';
import { mount } from '../../src/islands/hydration/mount';
import { editProfile, forgetProfile } from '../../src/stores/profile';
import { inputStore } from '../../src/stores/inputs';

/** A tiny island: shows its props and counts clicks (so we can tell it hydrated). */
function Counter({ label = 'none' }: { label?: string }) {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {label}: {n}
    </button>
  );
}

/** IntersectionObserver stand-in: `show(el)` reports an element as visible. */
let observed: Element[] = [];
let callback: IntersectionObserverCallback | undefined;
const show = (el: Element) =>
  callback!([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
/** Preact renders state changes after a microtask and a timeout. */
const settle = () => new Promise((r) => setTimeout(r, 0));

function place(slug: string, props: string | null, ssrProps: { label?: string } = {}) {
  const json = props === null ? '' : `<script type="application/json" data-island-props>${props}</script>`;
  document.body.insertAdjacentHTML(
    'beforeend',
    `${json}<div data-island="${slug}" data-ssr>${render(<Counter {...ssrProps} />)}</div>`,
  );
  return document.body.lastElementChild as HTMLElement;
}

describe('mount (island hydration)', () => {
  beforeEach(() => {
    observed = [];
    callback = undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(cb: IntersectionObserverCallback) {
          callback = cb;
        }
        observe(el: Element) {
          observed.push(el);
        }
        unobserve(el: Element) {
          observed = observed.filter((o) => o !== el);
        }
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    history.replaceState(null, '', location.pathname);
    localStorage.clear();
    forgetProfile();
    inputStore('counter').set({});
  });

  it('leaves a page opened with the defaults as server HTML: no observer, nothing hydrated, even in view', () => {
    const root = place('counter', '{"label":"Visits"}', { label: 'Visits' });
    mount('counter', Counter as never);
    expect(observed).toEqual([]);
    expect(root.hasAttribute('data-ssr')).toBe(true);
  });

  it('marks each root ready once its listeners are attached, and hydrated once hydrate() has returned', () => {
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    expect(a.hasAttribute('data-island-ready')).toBe(false);
    mount('counter', Counter as never);
    expect([a, b].map((r) => [r.hasAttribute('data-island-ready'), r.hasAttribute('data-hydrated')])).toEqual([
      [true, false],
      [true, false],
    ]);
    a.querySelector('button')!.click();
    expect(a.hasAttribute('data-hydrated')).toBe(true);
    expect(b.hasAttribute('data-hydrated')).toBe(false);
  });

  it('freezes parts during the hydration of their root only, until what they show changes', async () => {
    const seen: string[] = [];
    /** Mounted after hydration: not hydrating, so never frozen. */
    function Late(_: object, context?: HydrationContext) {
      seen.push(`late:${useFrozen('late', context)}`);
      return <i>late</i>;
    }
    /** Keeps the server's paragraph through hydration (frozen), renders its own once `text` changes. */
    function Frozen({ text = 'server' }: { text?: string }, context?: HydrationContext) {
      const [t, setT] = useState(text);
      const [late, setLate] = useState(false);
      const frozen = useFrozen(t, context);
      seen.push(String(frozen));
      return (
        <div>
          {frozen ? <p dangerouslySetInnerHTML={FROZEN} /> : <p>{t}</p>}
          <button type="button" onClick={() => setLate(true)}>
            more
          </button>
          <button type="button" onClick={() => setT('live')}>
            change
          </button>
          {late && <Late />}
        </div>
      );
    }
    document.body.insertAdjacentHTML('beforeend', `<div data-island="frozen" data-ssr>${render(<Frozen />)}</div>`);
    const root = document.body.lastElementChild as HTMLElement;
    expect(seen).toEqual(['false']); // the server render: no root, nothing frozen
    // The server's DOM differs from what the component would render: hydration must leave it alone.
    root.querySelector('p')!.textContent = 'as the server left it';
    mount('frozen', Frozen as never);
    const [more, change] = root.querySelectorAll('button');
    more!.click();
    expect(seen).toEqual(['false', 'true']);
    await settle();
    // Re-rendered after hydration with the same text: still frozen; the part mounted now is not.
    expect(seen).toEqual(['false', 'true', 'true', 'late:false']);
    expect(root.querySelector('p')!.textContent).toBe('as the server left it');
    change!.click();
    await settle();
    expect(seen.at(-1)).toBe('late:false');
    expect(seen).toContain('false');
    expect(root.querySelector('p')!.textContent).toBe('live');
  });

  it('hydrates in place when the reader reaches for it, and the click that woke it counts', async () => {
    const root = place('counter', '{"label":"Visits"}', { label: 'Visits' });
    const button = root.querySelector('button')!;
    mount('counter', Counter as never);
    button.click();
    expect(root.hasAttribute('data-ssr')).toBe(false);
    expect(root.querySelector('button')).toBe(button); // hydrated in place, not re-created
    await settle();
    expect(button.textContent).toBe('Visits: 1');
    button.click();
    await settle();
    expect(button.textContent).toBe('Visits: 2'); // hydrated once: one listener
  });

  for (const type of ['pointerover', 'focusin', 'click', 'input']) {
    it(`wakes on ${type} inside the island`, () => {
      const root = place('counter', '{}');
      mount('counter', Counter as never);
      root.querySelector('button')!.dispatchEvent(new Event(type, { bubbles: true }));
      expect(root.hasAttribute('data-ssr')).toBe(false);
    });
  }

  it('wakes a placement the reader reached for before the script ran (a table opened, focus in it)', () => {
    const opened = place('counter', '{}');
    opened.insertAdjacentHTML('beforeend', '<details open><summary>Show data table</summary></details>');
    const focused = place('counter', '{}');
    const untouched = place('counter', '{}');
    focused.querySelector('button')!.focus();
    mount('counter', Counter as never);
    expect(opened.hasAttribute('data-ssr')).toBe(false);
    expect(focused.hasAttribute('data-ssr')).toBe(false);
    expect(untouched.hasAttribute('data-ssr')).toBe(true);
  });

  it('wakes only the placement reached for, and only islands of its own slug', () => {
    const a = place('counter', '{"label":"A"}', { label: 'A' });
    const b = place('counter', '{"label":"B"}', { label: 'B' });
    const other = place('other', '{}');
    mount('counter', Counter as never);
    a.dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(a.hasAttribute('data-ssr')).toBe(false);
    expect(b.hasAttribute('data-ssr')).toBe(true);
    other.dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(other.hasAttribute('data-ssr')).toBe(true);
  });

  it('wakes every placement when a store it reads changes (the shared profile, or its own inputs edited elsewhere)', () => {
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    mount('counter', Counter as never);
    editProfile('staffAffected', '12');
    expect(a.hasAttribute('data-ssr')).toBe(false);
    expect(b.hasAttribute('data-ssr')).toBe(false);

    document.body.innerHTML = '';
    const c = place('counter', '{}');
    mount('counter', Counter as never);
    inputStore('counter').set({ incidents: '3' });
    expect(c.hasAttribute('data-ssr')).toBe(false);
  });

  it('wakes every placement when the reader prints (the report head needs the live island)', () => {
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    mount('counter', Counter as never);
    dispatchEvent(new Event('beforeprint'));
    expect(a.hasAttribute('data-ssr')).toBe(false);
    expect(b.hasAttribute('data-ssr')).toBe(false);
  });

  it('with inputs in the address bar, hydrates each placement as it nears the viewport', () => {
    history.replaceState(null, '', '?staff=12');
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    mount('counter', Counter as never);
    expect(observed).toEqual([a, b]);
    show(a);
    expect(a.hasAttribute('data-ssr')).toBe(false);
    expect(b.hasAttribute('data-ssr')).toBe(true);
    show(a); // seen again later: already live, nothing happens
    expect(a.hasAttribute('data-ssr')).toBe(false);
  });

  it('with a remembered profile, hydrates as it nears the viewport; an empty or unreadable one does not count', async () => {
    // The profile is read from storage once per page, so each case gets fresh modules (a fresh page).
    const fresh = async () => {
      vi.resetModules();
      return (await import('../../src/islands/hydration/mount')).mount;
    };
    for (const saved of ['{}', 'not json', '{"nonsense":"1"}']) {
      localStorage.setItem('itse:profile', saved);
      place('counter', '{}');
      (await fresh())('counter', Counter as never);
      expect(observed, saved).toEqual([]);
      document.body.innerHTML = '';
    }
    localStorage.setItem('itse:profile', '{"staffAffected":"40"}');
    const root = place('counter', '{}');
    (await fresh())('counter', Counter as never);
    expect(observed).toEqual([root]);
  });

  it('falls back to default props when the props block is missing or not JSON', () => {
    const missing = place('counter', null);
    const broken = place('counter', '{"label":');
    mount('counter', Counter as never);
    missing.dispatchEvent(new Event('focusin', { bubbles: true }));
    broken.dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(missing.textContent).toBe('none: 0');
    expect(broken.textContent).toBe('none: 0');
    expect(document.querySelectorAll('[data-ssr]')).toHaveLength(0);
  });
});
