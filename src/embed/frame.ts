/**
 * Runs on every embed page: applies the validated theme and accent, shows notices for refused
 * options (as text), keeps the attribution link pointing at the full calculator with the reader's
 * current inputs, and reports the page height to the framing page. Uses no storage, so it works in
 * a sandboxed frame with an opaque origin.
 */
import { contentHeight, reportHeight } from './height.ts';
import { accentForeground, embedId, fullCalculatorQuery, parseEmbedOptions, wordPressSecret } from './options.ts';

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

/** Keep the attribution link's query equal to the embed's current one, read at the moment it is used. */
function wireAttribution(win: Window, secret: () => string | null): void {
  const link = win.document.querySelector<HTMLAnchorElement>('a[data-embed-attribution]');
  if (!link) return;
  const base = link.getAttribute('href')!.split('?')[0]!;
  const sync = () => link.setAttribute('href', base + fullCalculatorQuery(win.location.search));
  sync();
  for (const type of ['pointerdown', 'focus', 'mouseenter']) link.addEventListener(type, sync);
  link.addEventListener('click', (event) => {
    sync();
    // In WordPress's sandboxed frame new tabs are blocked; wp-embed.js opens same-host links on request.
    const s = secret();
    if (s && win.parent !== win) {
      event.preventDefault();
      win.parent.postMessage({ message: 'link', value: link.href, secret: s }, '*');
    }
  });
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
showNotices(document, applyOptions(window));
wireAttribution(window, secret);
if (window.parent !== window) {
  pinHeadline(window, secret);
  reportHeight(window, window.parent, embedId(location.hash), secret);
}
