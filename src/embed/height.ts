/**
 * Height messaging between an embed page and the page that frames it. Two formats go out on every
 * change: the site's own (read by /embed.js) and WordPress's `{message:'height', value, secret}` (read by
 * wp-embed.js, which sizes its sandboxed oEmbed iframes, clamped to 200–1000 px, and answered when it
 * sends `ready`). Height is not secret, so the target origin is '*'; receivers check origin or secret.
 */

/** The site's own height message. */
export interface HeightMessage {
  type: 'itse:height';
  /** The id the loader put in the frame's hash, so a host can tell its embeds apart. */
  id: string;
  /** Content height in CSS pixels. */
  height: number;
}

/** Message type of {@link HeightMessage}; the loader matches on it. */
export const HEIGHT_MESSAGE_TYPE = 'itse:height';

/** Message type of the frame's reports for the host's events (`ready`, `change`, `cta`); the loader matches on it. */
export const EVENT_MESSAGE_TYPE = 'itse:event';

/** Heights outside this range are refused by the loader (a forged or broken frame cannot hide the page). */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 20_000;

/** True when `data` has the exact shape of a height message with a usable height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.type === HEIGHT_MESSAGE_TYPE && typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= 0;
}

/** Content height of the document: the root box, not the viewport (so the frame can shrink too). */
export function contentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/** WordPress's `{message:'ready', secret}`: wp-embed.js sends it once it runs, in case the frame spoke first. */
export function isReadyMessage(data: unknown): data is { message: 'ready'; secret: string } {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.message === 'ready' && typeof d.secret === 'string' && /^[A-Za-z0-9]{1,64}$/.test(d.secret);
}

/**
 * Report the document's height to `target` now and whenever it changes (ResizeObserver on the root
 * and body, batched per animation frame), and again whenever `target` says WordPress's `ready`.
 * `secret` is read at each send: WordPress may add it to the hash after the page loaded. Returns a
 * function that stops reporting.
 */
export function reportHeight(win: Window, target: Window, id: string, secret: () => string | null): () => void {
  const doc = win.document;
  let last = -1;
  let queued = 0;
  // The secret of a `ready` that came before WordPress's hash change reached this page.
  let adopted: string | null = null;
  const current = () => secret() ?? adopted;
  const send = (force = false) => {
    queued = 0;
    const height = contentHeight(doc);
    if (height === last && !force) return;
    last = height;
    const own: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, id, height };
    target.postMessage(own, '*');
    const s = current();
    if (s) target.postMessage({ message: 'height', value: height, secret: s }, '*');
  };
  const schedule = () => {
    if (!queued) queued = win.requestAnimationFrame(() => send());
  };
  // Only the framing page's own `ready` counts; any other window could forge it (harmlessly: height is public).
  const onMessage = (e: MessageEvent) => {
    if (e.source !== target || !isReadyMessage(e.data)) return;
    const s = current();
    if (s && s !== e.data.secret) return;
    adopted ??= e.data.secret;
    send(true);
  };
  const onHash = () => send(true);
  const observer = new ResizeObserver(schedule);
  observer.observe(doc.documentElement);
  if (doc.body) observer.observe(doc.body);
  win.addEventListener('load', schedule);
  win.addEventListener('message', onMessage);
  win.addEventListener('hashchange', onHash);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('load', schedule);
    win.removeEventListener('message', onMessage);
    win.removeEventListener('hashchange', onHash);
    if (queued) win.cancelAnimationFrame(queued);
  };
}
