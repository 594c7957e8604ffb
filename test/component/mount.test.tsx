// @vitest-environment happy-dom
import { render } from 'preact-render-to-string';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FROZEN, useFrozen, type HydrationContext } from '../../src/islands/hydration/frozen';
import { mount } from '../../src/islands/hydration/start/mount';
import { editProfile } from '../../src/stores/profile';
import { inputStore } from '../../src/stores/inputs';
import { cleanUp, Counter, io, live, liveSettled, load, place, settle, show, stubObserver } from './mount-helpers';

describe('mount (island hydration)', () => {
  beforeEach(stubObserver);
  afterEach(cleanUp);

  it('leaves a page opened with the defaults as server HTML: no observer, no code loaded, even in view', async () => {
    const root = place('counter', '{"label":"Visits"}', { label: 'Visits' });
    const loader = vi.fn(load(Counter));
    mount('counter', loader);
    await liveSettled();
    expect(io.observed).toEqual([]);
    expect(loader).not.toHaveBeenCalled();
    expect(root.hasAttribute('data-ssr')).toBe(true);
  });

  it('marks each root ready once its listeners are attached, and hydrated once its code has loaded and run', async () => {
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    expect(a.hasAttribute('data-island-ready')).toBe(false);
    mount('counter', load(Counter));
    expect([a, b].map((r) => [r.hasAttribute('data-island-ready'), r.hasAttribute('data-hydrated')])).toEqual([
      [true, false],
      [true, false],
    ]);
    a.querySelector('button')!.click();
    await live(a);
    expect(a.hasAttribute('data-ssr')).toBe(false);
    expect(b.hasAttribute('data-hydrated')).toBe(false);
    expect(b.hasAttribute('data-ssr')).toBe(true);
  });

  it("loads a calculator's code once, however many placements wake", async () => {
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    const loader = vi.fn(load(Counter));
    mount('counter', loader);
    a.dispatchEvent(new Event('focusin', { bubbles: true }));
    b.dispatchEvent(new Event('focusin', { bubbles: true }));
    await live(a);
    await live(b);
    expect(loader).toHaveBeenCalledTimes(1);
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
    mount('frozen', load(Frozen));
    const [more, change] = root.querySelectorAll('button');
    more!.click(); // wakes it; replayed on the live island
    await live(root);
    await settle();
    // Hydrated frozen, then re-rendered after the replayed click with the same text: still frozen; the
    // part mounted now is not.
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
    mount('counter', load(Counter));
    button.click();
    await live(root);
    expect(root.querySelector('button')).toBe(button); // hydrated in place, not re-created
    await settle();
    expect(button.textContent).toBe('Visits: 1');
    button.click();
    await settle();
    expect(button.textContent).toBe('Visits: 2'); // hydrated once: one listener
  });

  for (const type of ['pointerover', 'focusin', 'click', 'input', 'change', 'toggle']) {
    it(`wakes on ${type} inside the island`, async () => {
      const root = place('counter', '{}');
      mount('counter', load(Counter));
      root.querySelector('button')!.dispatchEvent(new Event(type, { bubbles: true }));
      await live(root);
    });
  }

  it('wakes a placement the reader reached for before the script ran (a table opened, focus in it)', async () => {
    const opened = place('counter', '{}');
    opened.insertAdjacentHTML('beforeend', '<details open><summary>Show data table</summary></details>');
    const focused = place('counter', '{}');
    const untouched = place('counter', '{}');
    focused.querySelector('button')!.focus();
    mount('counter', load(Counter));
    await live(opened);
    await live(focused);
    expect(untouched.hasAttribute('data-ssr')).toBe(true);
  });

  it('wakes only the placement reached for, and only islands of its own slug', async () => {
    const a = place('counter', '{"label":"A"}', { label: 'A' });
    const b = place('counter', '{"label":"B"}', { label: 'B' });
    const other = place('other', '{}');
    mount('counter', load(Counter));
    a.dispatchEvent(new Event('focusin', { bubbles: true }));
    await live(a);
    expect(b.hasAttribute('data-ssr')).toBe(true);
    other.dispatchEvent(new Event('focusin', { bubbles: true }));
    await settle();
    expect(other.hasAttribute('data-ssr')).toBe(true);
  });

  it('wakes every placement when a store it reads changes (the shared profile, or its own inputs edited elsewhere)', async () => {
    // Stores change only once some calculator is live (its code brings them): make another one live first.
    const first = place('first', '{}');
    mount('first', load(Counter));
    first.querySelector('button')!.click();
    await live(first);
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    mount('counter', load(Counter));
    editProfile('staffAffected', '12');
    await live(a);
    await live(b);

    document.body.innerHTML = '';
    const c = place('counter', '{}');
    mount('counter', load(Counter));
    inputStore('counter').set({ incidents: '3' });
    await live(c);
  });

  it('with inputs in the address bar, hydrates each placement as it nears the viewport', async () => {
    history.replaceState(null, '', '?staff=12');
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    mount('counter', load(Counter));
    // The live half loads at once and observes them (it holds the observer).
    await vi.waitFor(() => expect(io.observed).toEqual([a, b]));
    show(a);
    await live(a);
    expect(b.hasAttribute('data-ssr')).toBe(true);
    show(a); // seen again later: already live, nothing happens
    await settle();
    expect(a.hasAttribute('data-hydrated')).toBe(true);
  });

  it('with a remembered profile, hydrates as it nears the viewport; an empty or unreadable one does not count', async () => {
    // The profile is read from storage once per page, so each case gets fresh modules (a fresh page).
    const fresh = async () => {
      vi.resetModules();
      return (await import('../../src/islands/hydration/start/mount')).mount;
    };
    for (const saved of ['{}', 'not json', '{"nonsense":"1"}']) {
      localStorage.setItem('itse:profile', saved);
      place('counter', '{}');
      (await fresh())('counter', load(Counter));
      await liveSettled();
      expect(io.observed, saved).toEqual([]);
      document.body.innerHTML = '';
    }
    for (const [key, saved] of [
      ['itse:profile', '{"staffAffected":"40"}'],
      ['itse:profile:annualRevenue', '2000000'],
    ]) {
      localStorage.clear();
      io.observed = [];
      localStorage.setItem(key!, saved!);
      const root = place('counter', '{}');
      (await fresh())('counter', load(Counter));
      await vi.waitFor(() => expect(io.observed, key).toEqual([root]));
      document.body.innerHTML = '';
    }
  });

  it('falls back to default props when the props block is missing or not JSON', async () => {
    const missing = place('counter', null);
    const broken = place('counter', '{"label":');
    mount('counter', load(Counter));
    missing.dispatchEvent(new Event('focusin', { bubbles: true }));
    broken.dispatchEvent(new Event('focusin', { bubbles: true }));
    await live(missing);
    await live(broken);
    expect(missing.textContent).toBe('none: 0');
    expect(broken.textContent).toBe('none: 0');
    expect(document.querySelectorAll('[data-ssr]')).toHaveLength(0);
  });

  it("takes a card's props from the file its props block names, under the placement's own; a failed fetch says so and is retried", async () => {
    // The server rendered the card with the file's props, as the article's HTML does.
    const card = place('counter', '{"uid":"c7"}', { label: 'from file' });
    card.previousElementSibling!.setAttribute('data-src', '/calculators/counter/card.json');
    const fetched: string[] = [];
    let ok = false;
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(
        ok ? new Response(JSON.stringify({ label: 'from file', uid: 'ignored' })) : new Response('', { status: 503 }),
      );
    });
    try {
      mount('counter', load(Counter));
      card.dispatchEvent(new Event('focusin', { bubbles: true }));
      // The file could not be had: the island stays server HTML, and the reader is told.
      await vi.waitFor(() => expect(document.querySelector('.island-failed[role="alert"]')).not.toBeNull());
      expect(card.hasAttribute('data-ssr')).toBe(true);
      expect(card.hasAttribute('data-hydrated')).toBe(false);
      // The next reach tries again, and the island goes live with the file's props.
      ok = true;
      card.dispatchEvent(new Event('focusin', { bubbles: true }));
      await live(card);
      // A render after hydrating shows the props the component was given: the file's.
      card.querySelector('button')!.click();
      await vi.waitFor(() => expect(card.textContent).toBe('from file: 1'));
      expect(fetched).toEqual(['/calculators/counter/card.json', '/calculators/counter/card.json']);
      expect(document.querySelector('.island-failed')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
