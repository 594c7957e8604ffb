/**
 * Hydrates server-rendered calculator islands, and only when a reader needs one live. This replaces
 * Astro's `client:*` islands, whose runtime (the `<astro-island>` element, its props decoder and the
 * Preact renderer's client) cost more than a calculator page's budget could carry. What it does is the same: read the props the server serialized, `hydrate()` the
 * component over its server HTML, and mark the root as hydrated. See ./README.md for the whole path.
 *
 * When: the server's HTML already shows the default inputs and their results, so an island opened with
 * the defaults stays that HTML until the reader reaches for it: a pointer over it, focus
 * in it, a click or input in it (each caught before it reaches the field, so the hydrated component
 * handles it), a change to a store it reads (the shared profile edited in another island), or printing.
 * Reading the page costs no script work at all. When the page has something to apply (a query string:
 * shared inputs or embed options; or a remembered profile), each island hydrates as it nears the
 * viewport instead, so the reader never sees the defaults where their own numbers belong.
 *
 * Markup (./IslandRoot.astro): `<script type="application/json">props</script>` followed by
 * `<div data-island="slug" data-ssr>…</div>`. Each root gets `data-island-ready` once its listeners are
 * attached, and on waking loses `data-ssr` and, once `hydrate()` has returned, gains `data-hydrated`.
 */
import { h, hydrate, type ComponentType } from 'preact';
import { HydrationRoot } from './frozen';
import { $profile } from '../../stores/profile';
import { inputStore } from '../../stores/inputs';

/** Start hydrating this far before an island scrolls into view, so it is live when the reader arrives. */
const AHEAD = '200px';
/**
 * Events that wake an island, caught on its root in the capture phase, so the hydrated component
 * handles the very event that woke it: a pointer (mouse, pen or finger) coming over it, focus moving
 * into it (keys and typing come after focus), a click (a screen reader can click without focusing) and
 * input (autofill can fill a field without focusing it).
 */
const WAKE_EVENTS = ['pointerover', 'focusin', 'click', 'input'];

/** Props the server serialized just before a root; `{}` when missing or unreadable. */
function readProps(root: Element): Record<string, unknown> {
  const prev = root.previousElementSibling;
  try {
    return (prev?.matches('script[data-island-props]') && JSON.parse(prev.textContent!)) || {};
  } catch {
    return {};
  }
}

/** Hydrate every placement of `slug` on the page when it is needed (see above). */
export function mount(slug: string, Component: ComponentType<never>): void {
  const roots = document.querySelectorAll<HTMLElement>(`[data-island="${slug}"][data-ssr]`);
  // Listeners and the observer stay after hydrating: once `data-ssr` is gone, waking returns at once.
  const wake = (root: HTMLElement) => {
    if (!root.hasAttribute('data-ssr')) return;
    root.removeAttribute('data-ssr');
    // Its components are hydrating until the root is marked hydrated (./frozen.ts); `hydrate()` is synchronous.
    hydrate(h(HydrationRoot, { root }, h(Component, readProps(root) as never)), root);
    root.setAttribute('data-hydrated', '');
  };
  const wakeAll = () => roots.forEach(wake);

  // State the server could not render: inputs or options in the address bar, or a remembered profile
  // (reading the store loads it from storage).
  if (location.search.length > 1 || Object.keys($profile.get()).length) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) wake(e.target as HTMLElement);
      },
      { rootMargin: AHEAD },
    );
    roots.forEach((root) => observer.observe(root));
  }
  for (const root of roots) {
    for (const type of WAKE_EVENTS) root.addEventListener(type, () => wake(root), true);
    // Tests wait on this: the module has run (within this task, the store listeners below follow).
    root.setAttribute('data-island-ready', '');
    // Reached for before this script ran (a slow connection): the pointer is over it, focus is in it,
    // or a data table was opened.
    if (root.querySelector(':hover, :focus, details[open]')) wake(root);
  }
  // Another island (or placement) changed what this one shows.
  $profile.listen(wakeAll);
  inputStore(slug).listen(wakeAll);
  // A printed report carries its date and restoring link, which only the live island fills in.
  addEventListener('beforeprint', wakeAll);
}
