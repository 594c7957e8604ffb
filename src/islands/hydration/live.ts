/**
 * The half of hydration that needs Preact and the stores, loaded with the first calculator a reader
 * reaches for, or at once on a page with state to show (./start/mount.ts holds the half every page runs at
 * load). It hydrates, replays, and wakes islands the reader has not reached for: when a store they read
 * changes, and as they near the viewport on a page with state. See ./README.md.
 */
import { h, hydrate, type ComponentType } from 'preact';
import { HydrationRoot } from './frozen';
import { $profile } from '../../stores/profile';
import { inputStore } from '../../stores/inputs';

/**
 * Props the server serialized just before a root; `{}` when missing or unreadable. A card's come from a
 * static file named by `data-src` (src/islands/island-props.ts), under the placement's own.
 */
async function readProps(root: Element): Promise<Record<string, unknown>> {
  let prev = root.previousElementSibling as HTMLElement | null;
  // A failed earlier load put its note between the props and the root (./start/mount.ts).
  if (prev?.matches('.island-failed')) prev = prev.previousElementSibling as HTMLElement | null;
  if (!prev?.matches('script[data-island-props]')) return {};
  let own: Record<string, unknown> = {};
  try {
    own = (JSON.parse(prev.textContent!) as Record<string, unknown>) || {};
  } catch {
    // Unreadable: the defaults, as with no props at all.
  }
  const src = prev.dataset['src'];
  if (!src) return own;
  const res = await fetch(src);
  if (!res.ok) throw new Error(`${src}: ${res.status}`);
  return { ...((await res.json()) as Record<string, unknown>), ...own };
}

/**
 * Hydrate one root over its server HTML, then replay what the reader did while the code loaded (`events`
 * keeps filling until then). The root loses `data-ssr` as hydration starts and gains `data-hydrated` once
 * `hydrate()`, which renders synchronously, has returned (./frozen.ts relies on that order to know which
 * render is the hydrating one). Rejects, leaving the root as it was, when a card's props cannot be fetched.
 */
export async function goLive(
  root: HTMLElement,
  { default: Component }: { default: ComponentType<never> },
  events: Event[],
): Promise<void> {
  listen(root.dataset['island']!);
  const props = await readProps(root);
  root.removeAttribute('data-ssr');
  hydrate(h(HydrationRoot, { root }, h(Component, props as never)), root);
  root.setAttribute('data-hydrated', '');
  void replay(events.splice(0));
}

/** Recorded events a component hears again; the rest (a pointer coming over, a submit, a wake-up call) only woke it. */
const REPLAYED = ['focusin', 'click', 'input', 'change', 'toggle'];

/**
 * Replay, on the live island, what the reader did while its code loaded. The browser has already done
 * each event's own work (the text is in the field, the radio is checked, the group is open); the
 * component now hears about it. The last event of each kind per element is enough, except clicks on
 * buttons, which do something each time.
 */
async function replay(events: Event[]): Promise<void> {
  const targets: Array<EventTarget | null> = [];
  const last = new Map<string, Event>();
  events.forEach((e, i) => {
    if (!REPLAYED.includes(e.type)) return;
    if (!targets.includes(e.target)) targets.push(e.target);
    const key = e.type === 'click' ? `click${i}` : e.type + targets.indexOf(e.target);
    last.delete(key);
    last.set(key, e);
  });
  const all = [...last.values()].filter((e) => (e.target as Node).isConnected);
  // What the fields hold first, at once: no render has run since hydrating, so the DOM still has the
  // reader's text and choices (a render would put the store's values back before they are heard).
  for (const e of all) {
    if (e.type === 'input' || e.type === 'change' || e.type === 'toggle')
      e.target!.dispatchEvent(new Event(e.type, { bubbles: e.type !== 'toggle' }));
  }
  // Then focus and button presses, each once the island has rendered the one before (a handler reads that state).
  for (const e of all) {
    await new Promise((r) => setTimeout(r));
    const el = e.target as HTMLElement;
    if (e.type === 'click') {
      const button = el.closest('button');
      if (button && !el.closest('summary')) button.click();
    } else if (e.type === 'focusin' && document.activeElement === el) {
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
  }
}

/** Wake every root not live yet that `selector` finds: ./start/mount.ts hears `island-wake` on it. */
function wakeAll(selector: string): void {
  for (const root of document.querySelectorAll(`${selector}[data-ssr]`)) root.dispatchEvent(new Event('island-wake'));
}

// Another calculator (or placement) changed what an island shows: every calculator reads the shared profile,
// and the placements of one calculator share its inputs, which only a live placement of it writes. Stores
// change only once some calculator is live, which loads this module first.
$profile.listen(() => wakeAll('[data-island]'));
const listening = new Set<string>();
function listen(slug: string): void {
  if (listening.has(slug)) return;
  listening.add(slug);
  inputStore(slug).listen(() => wakeAll(`[data-island="${slug}"]`));
}

/** On a page with state to show, wake each root as it nears the viewport, so it is live when the reader arrives. */
export function nearing(roots: Iterable<Element>): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) e.target.dispatchEvent(new Event('island-wake'));
    },
    { rootMargin: '200px' },
  );
  for (const root of roots) observer.observe(root);
}
