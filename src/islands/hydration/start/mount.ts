/**
 * Hydrates server-rendered calculator islands, and only when a reader needs one live. This replaces
 * Astro's `client:*` islands, whose runtime (the `<astro-island>` element, its props decoder and the
 * Preact renderer's client) cost more than a calculator page's budget could carry. What it does is the
 * same: read the props the server serialized, `hydrate()` the component over its server HTML, and mark
 * the root as hydrated. See ../README.md for the whole path.
 *
 * This is the only calculator code a page runs at load, so it holds only what cannot wait for more code:
 * it records what the reader does, keeps Enter from submitting a form no script owns yet, fills in a printed
 * report's head, decides whether the page has state to show, and says so when the code cannot load (then
 * nothing else could). The component and the live half (../live.ts, with Preact and the stores) load when
 * a reader reaches for a calculator: a pointer over it, focus in it, a click or input in it, or printing.
 * What the reader does while that code loads is replayed on the live island. When the page has something
 * to apply (a query string: shared inputs or embed options; or a remembered profile), the live half loads
 * at once and wakes each island as it nears the viewport, so the reader never sees the defaults where
 * their own numbers belong.
 *
 * Markup (../IslandRoot.astro): `<script type="application/json">props</script>` followed by
 * `<div data-island="slug" data-ssr>…</div>`. Each root gets `data-island-ready` once its listeners are
 * attached, and on hydrating loses `data-ssr` and then gains `data-hydrated` (../live.ts).
 */
import type { ComponentType } from 'preact';
import { hasRememberedProfile } from './remembered';

/** A calculator's component, loaded on demand: `() => import('…/Uptime.tsx')`. */
export type Load = () => Promise<{ default: ComponentType<never> }>;

/** The live half, loaded with the first island that wakes (or at once when the page has state). */
const live = () => import('../live');

/**
 * Events caught on a root in the capture phase until it is live, each recorded (../live.ts replays the ones a
 * component hears) and each waking it: a pointer (mouse, pen or finger) coming over it, focus moving into it
 * (keys and typing come after focus), a click (a screen reader can click without focusing), input and change
 * (autofill can fill a field without focusing it), a group opened, a form submitted (held back), and
 * `island-wake`, which ../live.ts sends when the island should wake without the reader (a store it reads
 * changed, or it nears the viewport on a page with state).
 */
const EVENTS = ['pointerover', 'focusin', 'click', 'input', 'change', 'toggle', 'submit', 'island-wake'];

/**
 * This page's address with what the reader put in a root's named fields while it was not live (read from
 * its recorded input events, the last per field winning), by the same keys a shared link uses.
 */
function typed(events: Event[]): string {
  const q = new URLSearchParams(location.search);
  for (const { type, target } of events as Array<Event & { target: HTMLInputElement }>)
    if (type === 'input' && target.name && target.type !== 'checkbox') q.set(target.name, target.value);
  return `${location.pathname}?${q}${location.hash}`;
}

/** Hydrate every placement of `slug` on the page when it is needed (see above). */
export function mount(slug: string, load: Load): void {
  const roots = document.querySelectorAll<HTMLElement>(`[data-island="${slug}"][data-ssr]`);
  let component: ReturnType<Load> | undefined;
  let note: Element | undefined;

  // State the server could not render: inputs or options in the address bar, or a remembered profile. If the
  // live half cannot load, each island still wakes when reached for, and says so there.
  if (location.search.length > 1 || hasRememberedProfile())
    live().then(
      (m) => m.nearing(roots),
      () => {},
    );
  for (const root of roots) {
    const events: Event[] = [];
    let waking = false;
    // The component's code and the live half; on failure (offline, blocked) a note before the island.
    const wake = () => {
      if (waking) return;
      waking = true;
      Promise.all([(component ??= load()), live()])
        .then(([m, { goLive }]) => goLive(root, m, events))
        .then(
          () => {
            note?.remove();
            note = undefined;
          },
          () => {
            waking = false;
            component = undefined;
            // Said once: later edits try again quietly (an alert on every keystroke would drown a screen reader).
            if (note) return;
            root.insertAdjacentHTML(
              'beforebegin',
              '<p class=island-failed role=alert>This calculator could not load: changes here are not counted yet.' +
                ' <a href>Try again</a></p>',
            );
            const said = (note = root.previousElementSibling!);
            // A failed module stays failed for this page, so trying again opens it anew, with what the reader
            // typed in its address, so nothing is lost: written as the click passes the note, before the
            // browser follows the link.
            said.addEventListener('click', () => ((said.lastChild as HTMLAnchorElement).href = typed(events)));
          },
        );
    };
    for (const type of EVENTS)
      root.addEventListener(
        type,
        (e) => {
          if (!root.hasAttribute('data-ssr')) return;
          // Enter in a field would submit the form and reload the page.
          if (type === 'submit') e.preventDefault();
          events.push(e);
          wake();
        },
        true,
      );
    // Tests wait on this: the module has run and its listeners are attached.
    root.setAttribute('data-island-ready', '');
    // Reached for before this script ran (a slow connection): the pointer is over it, focus is in it,
    // or a data table was opened.
    if (root.querySelector(':hover,:focus,details[open]')) wake();
  }
}
