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

type Win = Window & { __itseEmbed?: () => void };

((w: Win, d: Document) => {
  // A second copy of the script (or a host that adds embeds later) only needs a rescan. Checked by type: a
  // host element named `__itseEmbed` (or `currentScript`) shows up as that property (DOM clobbering).
  if (typeof w.__itseEmbed == 'function') return w.__itseEmbed();
  let me = d.currentScript as HTMLScriptElement | null;
  if (!(me instanceof HTMLScriptElement)) me = d.querySelector('script[src$="/embed.js"]');
  if (!me) return;
  const origin = new URL(me.src, location.href).origin;
  const frames: HTMLIFrameElement[] = [];
  let count = 0;
  /** Friendly attribute names and the query key each becomes; other keys pass only if shaped like a model key. */
  const NAMED: Readonly<Record<string, string>> = {
    currency: 'cur',
    locale: 'loc',
    theme: 'theme',
    accent: 'accent',
    compact: 'compact',
    show: 'show',
  };

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
      for (const [name, value] of Object.entries(el.dataset)) {
        const key = Object.prototype.hasOwnProperty.call(NAMED, name)
          ? NAMED[name]!
          : /^[a-z]{1,4}$/.test(name)
            ? name
            : '';
        if (key && value !== undefined && value.length <= 200) query.set(key, value);
      }
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
      frames.push(f);
    }
  };

  w.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as { type?: unknown; height?: unknown } | null;
    if (e.origin !== origin || !m || typeof m !== 'object' || m.type !== __HEIGHT_TYPE__) return;
    const h = m.height;
    if (typeof h !== 'number' || !(h >= 0 && h <= __MAX_HEIGHT__)) return;
    // Only the frame that sent the message is resized: one embed cannot resize another.
    for (const f of frames) if (f.contentWindow === e.source) size(f, Math.max(__MIN_HEIGHT__, Math.ceil(h)));
  });

  w.__itseEmbed = mount;
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', mount);
  else mount();
})(window, document);
