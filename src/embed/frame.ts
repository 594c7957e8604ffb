/**
 * Runs on every embed page: applies the validated theme and accent, shows notices for refused
 * options (as text), keeps the attribution link pointing at the full calculator with the reader's
 * current inputs, and reports the page height to the framing page. Uses no storage, so it works in
 * a sandboxed frame with an opaque origin.
 */
import { reportHeight } from './height.ts';
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
function wireAttribution(win: Window, secret: string | null): void {
  const link = win.document.querySelector<HTMLAnchorElement>('a[data-embed-attribution]');
  if (!link) return;
  const base = link.getAttribute('href')!.split('?')[0]!;
  const sync = () => link.setAttribute('href', base + fullCalculatorQuery(win.location.search));
  sync();
  for (const type of ['pointerdown', 'focus', 'mouseenter']) link.addEventListener(type, sync);
  link.addEventListener('click', (event) => {
    sync();
    // In WordPress's sandboxed frame new tabs are blocked; wp-embed.js opens same-host links on request.
    if (secret && win.parent !== win) {
      event.preventDefault();
      win.parent.postMessage({ message: 'link', value: link.href, secret }, '*');
    }
  });
}

const secret = wordPressSecret(location.hash);
showNotices(document, applyOptions(window));
wireAttribution(window, secret);
if (window.parent !== window) reportHeight(window, window.parent, embedId(location.hash), secret);
