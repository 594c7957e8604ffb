/**
 * Runs on every embed page: applies the validated theme and accent, shows notices for refused
 * options (as text), keeps the attribution link pointing at the full calculator with the reader's
 * current inputs, and reports the page height to the framing page. Uses no storage, so it works in
 * a sandboxed frame with an opaque origin.
 */
import { contentHeight, EVENT_MESSAGE_TYPE, reportHeight } from './height.ts';
import type { HeadlineFigures } from './provider.ts';
import {
  accentForeground,
  embedId,
  fullCalculatorQuery,
  hasProviderOptions,
  parseEmbedOptions,
  wordPressSecret,
} from './options.ts';

/** Apply theme and accent; returns the notices for values that were refused. */
function applyOptions(win: Window): string[] {
  const root = win.document.documentElement;
  const dark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const options = parseEmbedOptions(new URLSearchParams(win.location.search), dark);
  if (options.theme !== 'auto') root.dataset.theme = options.theme;
  if (options.accent) {
    // CSSOM with a validated #rrggbb value: never string-built CSS.
    root.style.setProperty('--accent', options.accent);
    root.style.setProperty('--accent-fg', accentForeground(options.accent));
  }
  return options.notices;
}

function showNotices(doc: Document, notices: string[]): void {
  const box = doc.querySelector<HTMLElement>('[data-embed-notices]');
  if (!box || notices.length === 0) return;
  const list = doc.createElement('ul');
  for (const text of notices) {
    const li = doc.createElement('li');
    li.textContent = text;
    list.append(li);
  }
  box.append(list);
  box.hidden = false;
}

/**
 * Links that open the site in a new tab (the attribution, the full-calculator link, an input's source) keep
 * the embed's current query where they point at the calculator, read at the moment they are used. Inside
 * WordPress's sandbox (no pop-ups) a click asks wp-embed.js to open the address in the window instead; in a
 * sandbox without WordPress nothing can leave the frame, so they become plain text (`disarm`).
 */
function wireLinks(win: Window, secret: () => string | null, closed: boolean): void {
  const doc = win.document;
  const synced = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-embed-attribution], a[data-embed-full]')];
  const sync = () => {
    for (const link of synced) {
      const href = link.getAttribute('href');
      if (href !== null) link.setAttribute('href', href.split('?')[0]! + fullCalculatorQuery(win.location.search));
    }
  };
  sync();
  for (const type of ['pointerdown', 'focusin', 'mouseover']) doc.addEventListener(type, sync, true);
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[target="_blank"]');
    if (!(link instanceof HTMLAnchorElement)) return;
    sync();
    const s = secret();
    if (s && win.parent !== win) {
      event.preventDefault();
      win.parent.postMessage({ message: 'link', value: link.href, secret: s }, '*');
    } else if (closed) event.preventDefault();
  });
  if (!closed) return;
  const disarm = () => {
    if (secret()) return;
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')) {
      a.removeAttribute('href');
      a.removeAttribute('target');
      a.querySelector('.visually-hidden')?.remove();
    }
  };
  new MutationObserver(disarm).observe(doc.body, { subtree: true, childList: true });
  disarm();
}

/** The headline result as shown (the calculator's own wording), for the host's events and a call to action. */
function figures(doc: Document, slug: string): HeadlineFigures {
  const el = doc.querySelector<HTMLElement>('main [id$="-headline"]');
  const label = el?.tagName === 'DD' ? el.previousElementSibling?.textContent : '';
  const text = el ? (label ? `${label}: ` : '') + (el.textContent ?? '') : '';
  return { calculator: slug, headline: text.replace(/\s+/g, ' ').trim().slice(0, 200) };
}

/** How long the headline must stay unchanged before `calculator:change` goes to the host. */
const CHANGE_AFTER_MS = 800;

/**
 * Tell the framing page about the calculator (the loader turns these into DOM events on its element):
 * `ready` once, `change` when the headline has settled after an edit, `cta` when the reader follows the call
 * to action. Only the headline as shown travels; the loader checks the sender is its own frame.
 */
function announce(win: Window, slug: string, id: string): (name: 'ready' | 'change' | 'cta') => void {
  const doc = win.document;
  const send = (name: 'ready' | 'change' | 'cta') =>
    win.parent.postMessage({ type: EVENT_MESSAGE_TYPE, id, name, ...figures(doc, slug) }, '*');
  const main = doc.querySelector('main');
  let last = figures(doc, slug).headline;
  let timer = 0;
  if (main)
    new MutationObserver(() => {
      clearTimeout(timer);
      timer = win.setTimeout(() => {
        const now = figures(doc, slug).headline;
        if (now === last) return;
        last = now;
        send('change');
      }, CHANGE_AFTER_MS);
    }).observe(main, { subtree: true, childList: true, characterData: true });
  send('ready');
  return send;
}

/** WordPress's cap on the height it applies to an oEmbed frame (wp-embed.js clamps to 200–1000 px). */
const WORDPRESS_CAP = 1000;

/**
 * In a frame WordPress caps at 1,000 px, a tall calculator scrolls inside the frame and its headline result
 * can sit below the inputs, out of sight. Pin a copy of the headline to the top of the frame there, so a
 * reader typing in the inputs sees the answer change. Hidden from screen readers: the calculator announces
 * the headline itself. Styled through the CSSOM (the page's CSP allows no inline styles).
 */
function pinHeadline(win: Window, secret: () => string | null): void {
  const doc = win.document;
  const bar = doc.querySelector<HTMLElement>('[data-embed-pinned]');
  const main = doc.querySelector('main');
  if (!bar || !main) return;
  for (const [p, v] of [
    ['position', 'sticky'],
    ['top', '0'],
    ['z-index', '2'],
    ['margin', '0 -0.75rem 0.5rem'],
    ['padding', '0.4rem 0.75rem'],
    ['background', 'var(--bg)'],
    ['border-block-end', '1px solid var(--border)'],
    ['font-weight', '700'],
  ])
    bar.style.setProperty(p!, v!);
  const update = () => {
    const el = main.querySelector<HTMLElement>('[id$="-headline"]');
    const label = el?.tagName === 'DD' ? el.previousElementSibling?.textContent : '';
    const text = el ? (label ? `${label}: ` : '') + (el.textContent ?? '') : '';
    const tall = contentHeight(doc) - (bar.hidden ? 0 : bar.offsetHeight) > WORDPRESS_CAP;
    // A calculator with an answer bar of its own in view needs no second copy.
    const own = main.querySelector<HTMLElement>('[data-answer]');
    const show = !!secret() && tall && text !== '' && !(own && own.offsetParent !== null);
    if (bar.textContent !== text) bar.textContent = text;
    if (bar.hidden === show) bar.hidden = !show;
  };
  new MutationObserver(update).observe(main, { subtree: true, childList: true, characterData: true });
  new ResizeObserver(update).observe(doc.documentElement);
  win.addEventListener('hashchange', update);
  update();
}

// WordPress puts its secret in the hash (`#?secret=…`): in the oEmbed HTML it serves, or, when wp-embed.js
// finds a frame without one, by adding it to the src later (a hash change, not a reload).
const secret = () => wordPressSecret(location.hash);
const query = new URLSearchParams(location.search);
const slug = document.querySelector('main')?.dataset.embed ?? '';
// An opaque origin: a sandbox without allow-same-origin, as in WordPress. Such a frame may also lack pop-ups,
// downloads and modals (WordPress's does); EmbedLayout's inline script has marked <html> for the stylesheet
// (data-sandboxed, data-compact) before first paint.
const closed = self.origin === 'null';
showNotices(document, applyOptions(window));
wireLinks(window, secret, closed);
const framed = window.parent !== window;
const id = embedId(location.hash);
const send = framed ? announce(window, slug, id) : () => {};
if (framed) {
  pinHeadline(window, secret);
  reportHeight(window, window.parent, id, secret);
}
if (hasProviderOptions(query))
  void import('./provider-view.ts').then(({ showProvider }) =>
    showProvider(
      document,
      query,
      () => figures(document, slug),
      closed,
      () => send('cta'),
    ),
  );
