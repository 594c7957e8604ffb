// @vitest-environment happy-dom
import { render } from 'preact-render-to-string';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FROZEN, useFrozen, type HydrationContext } from '../../src/islands/hydration/frozen';
import { mount } from '../../src/islands/hydration/start/mount';
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

/** A form island: a field, a group that shows its content once opened, and a print head. */
function Form() {
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
let observed: Element[] = [];
let callback: IntersectionObserverCallback | undefined;
const show = (el: Element) =>
  callback!([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
/** Preact renders state changes after a microtask and a timeout. */
const settle = () => new Promise((r) => setTimeout(r, 0));
/** A component's loader, as a wrapper script passes it: `() => import('…')`. */
const load = (C: unknown) => () => Promise.resolve({ default: C as never });
/** Resolves once the root is live (its code loaded and hydrated), as the browser tests wait on it. */
const live = (root: Element) => vi.waitFor(() => expect(root.hasAttribute('data-hydrated')).toBe(true));

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

  it('leaves a page opened with the defaults as server HTML: no observer, no code loaded, even in view', async () => {
    const root = place('counter', '{"label":"Visits"}', { label: 'Visits' });
    const loader = vi.fn(load(Counter));
    mount('counter', loader);
    await settle();
    expect(observed).toEqual([]);
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

  it('replays what the reader did while the code loaded: typing, an opened group, several clicks', async () => {
    document.body.insertAdjacentHTML('beforeend', `<div data-island="form" data-ssr>${render(<Form />)}</div>`);
    const root = document.body.lastElementChild as HTMLElement;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    mount('form', () => held.then(() => ({ default: Form as never })));
    const input = root.querySelector('input')!;
    // What the browser does for a reader typing "21": focus, the text in the field, an input event each.
    input.dispatchEvent(new Event('focusin', { bubbles: true }));
    input.value = '2';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.value = '21';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const details = root.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    // Enter in the field while no script owns the form: no submission (it would reload the page).
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(root.querySelector('output')!.textContent).toBe('twice: 10');
    release();
    await live(root);
    await settle();
    expect(input.value).toBe('21');
    expect(root.querySelector('output')!.textContent).toBe('twice: 42');
    expect(root.querySelector('.more')?.textContent).toBe('more fields');

    const counter = place('counter', '{"label":"Clicks"}', { label: 'Clicks' });
    let go!: () => void;
    const wait = new Promise<void>((r) => (go = r));
    mount('counter', () => wait.then(() => ({ default: Counter as never })));
    const button = counter.querySelector('button')!;
    button.click();
    button.click();
    go();
    await live(counter);
    await settle();
    expect(button.textContent).toBe('Clicks: 2');
  });

  it('says so when the code cannot load (offline), and trying again reopens the page with what was typed', async () => {
    document.body.insertAdjacentHTML('beforeend', `<div data-island="form" data-ssr>${render(<Form />)}</div>`);
    const root = document.body.lastElementChild as HTMLElement;
    root.querySelector('input')!.setAttribute('name', 'n');
    history.replaceState(null, '', '/articles/x/?theme=dark#calc');
    mount('form', () => Promise.reject(new Error('offline')));
    const input = root.querySelector('input')!;
    input.value = '21';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const note = await vi.waitFor(() => {
      const p = root.previousElementSibling as HTMLElement;
      expect(p.matches('.island-failed[role="alert"]')).toBe(true);
      return p;
    });
    expect(note.textContent).toContain('could not load');
    expect(root.hasAttribute('data-ssr')).toBe(true);
    const retry = note.querySelector('a')!;
    expect(retry.textContent).toBe('Try again');
    // The link is written as it is followed: the page's address with the reader's values by their URL keys.
    document.addEventListener('click', (e) => e.preventDefault(), { once: true });
    retry.click();
    expect(retry.getAttribute('href')).toBe('/articles/x/?theme=dark&n=21#calc');
    // Failing again does not add a second note.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(document.querySelectorAll('.island-failed')).toHaveLength(1);
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

  it('printing before an island is live fills in its report head at once, then wakes every placement', async () => {
    document.body.insertAdjacentHTML('beforeend', `<div data-island="form" data-ssr>${render(<Form />)}</div>`);
    const a = document.body.lastElementChild as HTMLElement;
    const b = place('counter', '{}');
    mount('form', load(Form));
    mount('counter', load(Counter));
    dispatchEvent(new Event('beforeprint'));
    // Synchronously: the browser lays out the printed page right after the event's listeners.
    expect(a.querySelector('[data-print-date]')!.textContent).toMatch(/^\w+ \d{1,2}, \d{4}$/);
    expect(a.querySelector('[data-print-link]')!.textContent).toBe(`${location.origin}/calculators/x/`);
    await live(a);
    await live(b);
  });

  it('with inputs in the address bar, hydrates each placement as it nears the viewport', async () => {
    history.replaceState(null, '', '?staff=12');
    const a = place('counter', '{}');
    const b = place('counter', '{}');
    mount('counter', load(Counter));
    expect(observed).toEqual([a, b]);
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
      expect(observed, saved).toEqual([]);
      document.body.innerHTML = '';
    }
    for (const [key, saved] of [
      ['itse:profile', '{"staffAffected":"40"}'],
      ['itse:profile:annualRevenue', '2000000'],
    ]) {
      localStorage.clear();
      observed = [];
      localStorage.setItem(key!, saved!);
      const root = place('counter', '{}');
      (await fresh())('counter', load(Counter));
      expect(observed, key).toEqual([root]);
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
});
