/**
 * Hydrates server-rendered calculator islands when they come near the viewport. This replaces Astro's
 * `client:visible` islands, whose runtime (the `<astro-island>` element, its props decoder and the
 * Preact renderer's client, about 3.7 KB gzip per page) cost more than the 20 KB budget of a calculator
 * page could carry. What it does is the same: read the props the server serialized, `hydrate()` the
 * component over its server HTML, and mark the root as hydrated.
 *
 * Markup (src/components/islands/IslandRoot.astro): `<script type="application/json">props</script>`
 * followed by `<div data-island="slug" data-ssr>…</div>`.
 */
import { h, hydrate, type ComponentType } from 'preact';
import { setHydrating } from './lib/hydrating';

/** Start hydrating this far before an island scrolls into view, so it is live when the reader arrives. */
const AHEAD = '200px';

/** Props the server serialized just before a root; `{}` when missing or unreadable. */
function readProps(root: Element): Record<string, unknown> {
  const prev = root.previousElementSibling;
  if (!prev?.matches('script[data-island-props]')) return {};
  try {
    const props: unknown = JSON.parse(prev.textContent ?? '');
    return props && typeof props === 'object' ? (props as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Hydrate every placement of `slug` on the page, each when it first comes near the viewport. */
export function mount(slug: string, Component: ComponentType<never>): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const root = e.target as HTMLElement;
        observer.unobserve(root);
        setHydrating(true);
        try {
          hydrate(h(Component, readProps(root) as never), root);
        } finally {
          setHydrating(false);
        }
        root.removeAttribute('data-ssr');
      }
    },
    { rootMargin: AHEAD },
  );
  for (const root of document.querySelectorAll(`[data-island="${slug}"][data-ssr]`)) observer.observe(root);
}
