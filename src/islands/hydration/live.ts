/**
 * The half of hydration that needs Preact and the stores, loaded with the first calculator a reader
 * reaches for (./mount.ts holds the half every page runs at load). See ./README.md.
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
export async function goLive(root: HTMLElement, Component: ComponentType<never>, events: Event[]): Promise<void> {
  const props = await readProps(root);
  root.removeAttribute('data-ssr');
  root.removeAttribute('data-waking');
  hydrate(h(HydrationRoot, { root }, h(Component, props as never)), root);
  root.setAttribute('data-hydrated', '');
  void replay(events.splice(0));
}

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

/** Call `wake` when what a calculator shows changes elsewhere: the shared profile, or its own inputs in another placement. */
export function listen(slug: string, wake: () => void): void {
  $profile.listen(wake);
  inputStore(slug).listen(wake);
}
