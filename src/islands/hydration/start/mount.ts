/**
 * Hydrates server-rendered calculator islands, and only when a reader needs one live. This replaces
 * Astro's `client:*` islands, whose runtime (the `<astro-island>` element, its props decoder and the
 * Preact renderer's client) cost more than a calculator page's budget could carry. What it does is the
 * same: read the props the server serialized, `hydrate()` the component over its server HTML, and mark
 * the root as hydrated. See ../README.md for the whole path.
 *
 * This is the only calculator code a page runs at load. The component, Preact and the stores load when a
 * reader reaches for a calculator: a pointer over it, focus in it, a click or input in it, or printing.
 * What the reader does while that code loads is not lost: inputs, choices, opened groups and pressed
 * buttons are replayed on the live island. When the page has something to apply (a query string: shared
 * inputs or embed options; or a remembered profile), each island wakes as it nears the viewport instead,
 * so the reader never sees the defaults where their own numbers belong.
 *
 * Markup (../IslandRoot.astro): `<script type="application/json">props</script>` followed by
 * `<div data-island="slug" data-ssr>…</div>`. Each root gets `data-island-ready` once its listeners are
 * attached, and on hydrating loses `data-ssr` and then gains `data-hydrated` (../live.ts).
 */
import type { ComponentType } from 'preact';
import { hasRememberedProfile } from './remembered';

/** A calculator's component, loaded on demand: `() => import('…/Uptime.tsx')`. */
export type Load = () => Promise<{ default: ComponentType<never> }>;
type Live = typeof import('../live');

/** Start waking this far before an island scrolls into view, so it is live when the reader arrives. */
const AHEAD = '200px';
/**
 * Events that wake an island, caught on its root in the capture phase: a pointer (mouse, pen or finger)
 * coming over it, focus moving into it (keys and typing come after focus), a click (a screen reader can
 * click without focusing), input and change (autofill can fill a field without focusing it), a group
 * opened. All but the pointer are recorded until the island is live, and replayed on it (../live.ts).
 */
const EVENTS = ['pointerover', 'focusin', 'click', 'input', 'change', 'toggle'];

let live: Promise<Live> | undefined;
let loaded: Live | undefined;
const onLive: Array<(m: Live) => void> = [];

/** The live half, loaded once for every calculator on the page; a failed load may be retried. */
function loadLive(): Promise<Live> {
  const module: Promise<Live> = live ?? import('../live');
  return (live ??= module.then(
    (m) => {
      loaded = m;
      onLive.splice(0).forEach((f) => f(m));
      return m;
    },
    (e: unknown) => {
      live = undefined;
      throw e;
    },
  ));
}

/** Printing before an island is live: fill in its report head's date and link as the live island would. */
function fillReportHead(root: Element): void {
  root.querySelectorAll<HTMLElement>('[data-print-date]').forEach((el) => {
    el.textContent = new Date().toLocaleDateString(el.dataset['printDate'] || undefined, { dateStyle: 'long' });
  });
  root.querySelectorAll<HTMLElement>('[data-print-link]').forEach((el) => {
    el.textContent = location.origin + (el.dataset['printLink'] || location.pathname + location.search);
  });
}

/** This page's address with the values the reader changed in a root's fields (by their URL keys). */
function typed(root: Element): string {
  const q = new URLSearchParams(location.search);
  root.querySelectorAll<HTMLInputElement>('input[name]:not([type=checkbox])').forEach((el) => {
    if (el.type === 'radio' ? el.checked && !el.defaultChecked : el.value !== el.defaultValue) q.set(el.name, el.value);
  });
  root.querySelectorAll<HTMLSelectElement>('select[name]').forEach((el) => {
    if (!el.selectedOptions[0]?.defaultSelected) q.set(el.name, el.value);
  });
  return `${location.pathname}?${q}${location.hash}`;
}

/** Hydrate every placement of `slug` on the page when it is needed (see above). */
export function mount(slug: string, load: Load): void {
  const roots = document.querySelectorAll<HTMLElement>(`[data-island="${slug}"][data-ssr]`);
  const seen = new Map<HTMLElement, Event[]>();
  let component: Promise<ComponentType<never>> | undefined;

  // The component's code, then the live half; on failure (offline, blocked) a note with a retry.
  const wake = (root: HTMLElement) => {
    if (root.hasAttribute('data-waking') || !root.hasAttribute('data-ssr')) return;
    root.setAttribute('data-waking', '');
    component ??= load().then((m) => m.default);
    Promise.all([component, loadLive()])
      .then(([Component, m]) => m.goLive(root, Component, seen.get(root)!))
      .then(
        () => {
          note?.remove();
          note = undefined;
        },
        () => {
          root.removeAttribute('data-waking');
          component = undefined;
          // Said once: later edits try again quietly (an alert on every keystroke would drown a screen reader).
          if (note) return;
          note = root.insertAdjacentElement('beforebegin', document.createElement('p')) as HTMLElement;
          note.className = 'island-failed';
          note.setAttribute('role', 'alert');
          note.innerHTML = 'This calculator could not load: changes here are not counted yet. <a href="">Try again</a>';
          // A failed module stays failed for this page, so trying again opens it anew, with what the reader
          // typed in its address (the same keys a shared link uses), so nothing is lost.
          note.lastChild!.addEventListener('click', (e) => ((e.currentTarget as HTMLAnchorElement).href = typed(root)));
        },
      );
  };
  let note: HTMLElement | undefined;
  const wakeAll = () => roots.forEach(wake);

  // State the server could not render: inputs or options in the address bar, or a remembered profile.
  if (location.search.length > 1 || hasRememberedProfile()) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) wake(e.target as HTMLElement);
      },
      { rootMargin: AHEAD },
    );
    roots.forEach((root) => observer.observe(root));
  }
  for (const root of roots) {
    const events: Event[] = [];
    seen.set(root, events);
    for (const type of EVENTS)
      root.addEventListener(
        type,
        (e) => {
          if (!root.hasAttribute('data-ssr')) return;
          if (type !== 'pointerover') events.push(e);
          wake(root);
        },
        true,
      );
    // No script has taken the form yet: Enter in a field must not submit it and reload the page.
    root.addEventListener('submit', (e) => root.hasAttribute('data-ssr') && e.preventDefault(), true);
    // Tests wait on this: the module has run and its listeners are attached.
    root.setAttribute('data-island-ready', '');
    // Reached for before this script ran (a slow connection): the pointer is over it, focus is in it,
    // or a data table was opened.
    if (root.querySelector(':hover, :focus, details[open]')) wake(root);
  }
  // Another island (or placement) changed what this one shows; stores exist once some island is live.
  const subscribe = (m: Live) => m.listen(slug, wakeAll);
  if (loaded) subscribe(loaded);
  else onLive.push(subscribe);
  // A printed report carries its date and restoring link: filled in at once, and the island wakes.
  addEventListener('beforeprint', () => {
    roots.forEach((root) => root.hasAttribute('data-ssr') && fillReportHead(root));
    wakeAll();
  });
}
