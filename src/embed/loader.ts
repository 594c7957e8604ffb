/**
 * The embed loader, served minified at `/embed.js` (src/pages/embed.js.ts). It turns every
 * `<div data-calculator="…" data-currency="EUR" …>` into a lazy, titled iframe of `/embed/<slug>/` and
 * sizes it from the frame's height messages. No dependencies, no HTML or CSS built from attributes:
 * attribute values only travel into the frame's query through URLSearchParams, where the model's
 * parser validates them. Self-contained (no imports) so it can be minified on its own; the build
 * fills in the constants below.
 */
declare const __CALCULATORS__: ReadonlyArray<readonly [slug: string, title: string, height: number]>;
declare const __HEIGHT_TYPE__: string;
declare const __MIN_HEIGHT__: number;
declare const __MAX_HEIGHT__: number;
declare const __EVENT_TYPE__: string;
/** Named attributes (as `dataset` spells them) and the query key each becomes: ./attributes.ts. */
declare const __ATTRIBUTES__: Readonly<Record<string, string>>;

type Win = Window & { __itseEmbed?: () => void };

((w: Win, d: Document) => {
  // A second copy of the script (or a host that adds embeds later) only needs a rescan. Checked by type: a
  // host element named `__itseEmbed` (or `currentScript`) shows up as that property (DOM clobbering).
  if (typeof w.__itseEmbed == 'function') return w.__itseEmbed();
  let me = d.currentScript as HTMLScriptElement | null;
  if (!(me instanceof HTMLScriptElement)) me = d.querySelector('script[src$="/embed.js"]');
  if (!me) return;
  const origin = new URL(me.src, location.href).origin;
  /** Each frame made, its host element, and the full calculator's address for the fallback link. */
  const frames: Array<[frame: HTMLIFrameElement, host: HTMLElement, page: string, title: string]> = [];
  /** Frames that have reported a height: their document loaded, so a policy did not block them. */
  const sized = new WeakSet<HTMLIFrameElement>();
  let count = 0;
  // Important inline declarations beat any host stylesheet, however hostile (`iframe{max-height:300px!important}` too).
  const size = (f: HTMLIFrameElement, height: number) => f.style.setProperty('height', `${height}px`, 'important');

  const mount = () => {
    for (const el of d.querySelectorAll<HTMLElement>('[data-calculator]')) {
      if (el.dataset.itseMounted) continue;
      el.dataset.itseMounted = '1';
      const slug = el.dataset.calculator ?? '';
      const known = __CALCULATORS__.find((c) => c[0] === slug);
      if (!known) {
        el.textContent = `This calculator could not be shown: “${slug.slice(0, 40)}” is not one of ${__CALCULATORS__.map((c) => c[0]).join(', ')}.`;
        continue;
      }
      const query = new URLSearchParams();
      const long: string[] = [];
      // Named attributes become their query key; other names pass only if shaped like a model key.
      for (const [name, value] of Object.entries(el.dataset)) {
        const key = Object.prototype.hasOwnProperty.call(__ATTRIBUTES__, name)
          ? __ATTRIBUTES__[name]!
          : /^[a-z]{1,4}$/.test(name)
            ? name
            : '';
        // Too long to be a real setting: left out, and named so the frame can say so.
        if (key && value !== undefined) {
          if (value.length > 200) long.push(name);
          else query.set(key, value);
        }
      }
      if (long.length) query.set('long', long.join());
      const f = d.createElement('iframe');
      const q = query.toString();
      f.src = `${origin}/embed/${slug}/${q ? `?${q}` : ''}#id=itse-${++count}`;
      f.title = known[1];
      f.loading = 'lazy';
      f.allow = 'clipboard-write';
      for (const [p, v] of [
        ['display', 'block'],
        ['width', '100%'],
        ['max-width', '100%'],
        ['max-height', 'none'],
        ['min-height', '0'],
        ['border', '0'],
        ['margin', '0'],
        ['padding', '0'],
        ['box-sizing', 'border-box'],
      ]) {
        f.style.setProperty(p!, v!, 'important');
      }
      size(f, known[2]);
      el.replaceChildren(f);
      frames.push([f, el, `${origin}/calculators/${slug}/${q ? `?${q}` : ''}`, known[1]]);
    }
  };

  // A host policy whose frame-src leaves out our origin blocks every frame: a link to the calculator instead.
  d.addEventListener('securitypolicyviolation', (e) => {
    if (!e.blockedURI.startsWith(origin)) return;
    for (const [f, el, page, title] of frames)
      if (f.isConnected && !sized.has(f)) {
        const a = d.createElement('a');
        a.href = page;
        a.textContent = `${title}: open the calculator`;
        el.replaceChildren(a);
      }
  });

  w.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as { type?: unknown; height?: unknown; name?: unknown; headline?: unknown } | null;
    // Under a sandboxed (opaque-origin) ancestor our frames' origin reads "null"; the source check below still
    // holds, since only the frame that sent a message can match it.
    if ((e.origin !== origin && e.origin !== 'null') || !m || typeof m !== 'object') return;
    // Only the frame that sent the message is touched: one embed cannot resize another or speak for it.
    for (const [f, el, , title] of frames) {
      if (f.contentWindow !== e.source) continue;
      const h = m.height;
      if (m.type === __HEIGHT_TYPE__ && typeof h == 'number' && h >= 0 && h <= __MAX_HEIGHT__) {
        sized.add(f);
        size(f, Math.max(__MIN_HEIGHT__, Math.ceil(h)));
      }
      if (m.type === __EVENT_TYPE__ && /^(ready|change|cta)$/.test(String(m.name)))
        el.dispatchEvent(
          new CustomEvent(`calculator:${m.name}`, {
            bubbles: true,
            detail: { calculator: el.dataset.calculator, title, headline: String(m.headline).slice(0, 200) },
          }),
        );
    }
  });

  w.__itseEmbed = mount;
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', mount);
  else mount();
})(window, document);
