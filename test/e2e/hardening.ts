/**
 * Shared pieces of the hardening browser tests (CSP, fuzz, layout shift, Lighthouse): which built
 * pages are calculators and embeds, traps that notice script execution, and DOM checks that run in
 * the page. Pages are discovered from the build, so new calculators and embeds are covered at once.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import { allPagePaths, builtHtml } from '../build/dist.ts';

/** Calculator pages: `/calculators/<slug>/` pages that carry a calculator island. */
export function calculatorPaths(): string[] {
  return allPagePaths().filter((p) => /^\/calculators\/[^/]+\/$/.test(p) && /\bdata-island=/.test(builtHtml(p)));
}

/** Embed pages: `/embed/<slug>/` pages built on the embed layout (not the builder or the guide). */
export function embedPaths(): string[] {
  return allPagePaths().filter((p) => /^\/embed\/[^/]+\/$/.test(p) && /\sdata-embed="/.test(builtHtml(p)));
}

/** Every page with an island (calculators, embeds, articles with an inline calculator). */
export function islandPaths(): string[] {
  return allPagePaths().filter((p) => /\bdata-island=/.test(builtHtml(p)));
}

/** Names of the form fields a page renders on the server (the calculators' URL keys). */
export function fieldKeys(path: string): string[] {
  const names = [...builtHtml(path).matchAll(/<(?:input|select|textarea)\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(names)];
}

/** What the traps saw: dialogs, CSP violations, console lines mentioning the marker or the CSP. */
export interface Traps {
  dialogs: string[];
  console: string[];
}

/**
 * Install traps before any page script runs: dialogs (alert/confirm/prompt) are recorded, CSP
 * violations collected in `window.__csp`, console output mentioning `pwned` or a refused resource kept.
 */
export async function installTraps(page: Page): Promise<Traps> {
  const traps: Traps = { dialogs: [], console: [] };
  page.on('dialog', (d) => {
    traps.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    const text = m.text();
    if (/pwned|Content Security Policy|Refused to/i.test(text))
      traps.console.push(`${m.type()}: ${text.slice(0, 300)}`);
  });
  page.on('pageerror', (e) => traps.console.push(`pageerror: ${e.message.slice(0, 300)}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __dialogs: string[] };
    w.__csp = [];
    w.__dialogs = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        w.__dialogs.push(`${name}(${args.map(String).join(',')})`);
        return null;
      };
    }
  });
  return traps;
}

/** CSP violations seen in the page so far. */
export const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

/**
 * Move a pointer over the `n`th island matching `selector`, again and again as a moving pointer does,
 * until its module has run and woken it (src/islands/hydration/start/mount.ts); resolves once it has hydrated
 * (`data-hydrated`, set when Preact's `hydrate()` has returned).
 */
export async function wakeIsland(page: Page | Frame, selector = '[data-island]', n = 0): Promise<void> {
  await page.waitForFunction(
    ([sel, i]) => {
      const el = document.querySelectorAll(sel)[i];
      el?.firstElementChild?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      return !!el?.hasAttribute('data-hydrated');
    },
    [selector, n] as const,
    { timeout: 15_000, polling: 100 },
  );
}

/**
 * Resolves once the effects of what has rendered so far have run: Preact runs them in a timeout queued
 * from the next animation frame, so a frame and two timeouts later they (and a re-render they queued) are done.
 */
export async function afterEffects(page: Page | Frame): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done)))),
  );
}

/**
 * Resolves once every calculator on the page has made its live announcement (the headline, said when
 * typing has paused for longer than any other debounce: validation messages, the address bar).
 * Calculators announce once after hydrating too, so this also says "the debounces after loading have run".
 */
export async function announced(page: Page | Frame, selector = '.calc [aria-live="polite"]'): Promise<void> {
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => (el.textContent ?? '').trim() !== ''),
    selector,
    {
      timeout: 15_000,
    },
  );
}

/**
 * Add another calculator's island to the open page as a page holding both would have it: its props and
 * server HTML at the end of `main`, and its module script. Taken from that calculator's own page.
 */
export async function addIsland(page: Page, slug: string): Promise<void> {
  const other = await (await page.request.get(`/calculators/${slug}/`)).text();
  const island = new RegExp(
    `<script type="application/json" data-island-props>[\\s\\S]*?</script><div class="island-root" data-island="${slug}"[\\s\\S]*?(?=<noscript>)`,
  ).exec(other)![0];
  // The island's script is named after its component: downtime-cost → DowntimeCost.astro_….js.
  const component = slug.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());
  const script = new RegExp(`<script type="module" src="([^"]*/${component}\\.astro_[^"]*)"`).exec(other)![1]!;
  await page.evaluate(
    ([html, src]) => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', html);
      const s = document.createElement('script');
      s.type = 'module';
      s.src = src;
      document.body.append(s);
    },
    [island, script] as const,
  );
}

/**
 * Wake every island on the page (or frame) the way a reader does, one after another: scroll it into view
 * and move a pointer over it (again and again, as a moving pointer does, until the island's module has
 * run and woken it). An island opened with the defaults stays server HTML until a reader
 * reaches for it (src/islands/hydration/start/mount.ts); one with state in the address bar hydrates on coming into view.
 * Resolves once each has hydrated.
 */
export async function hydrate(page: Page | Frame): Promise<void> {
  const count = await page.locator('[data-island]').count();
  for (let i = 0; i < count; i++) {
    await page.evaluate((n) => {
      const el = document.querySelectorAll('[data-island]')[n];
      // Islands are display: contents (no box of their own): scroll their content into view.
      (el?.firstElementChild ?? el?.parentElement ?? el)?.scrollIntoView({ block: 'center' });
    }, i);
    await wakeIsland(page, '[data-island]', i);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Signs that input ran or became markup; empty when the page is clean. Runs in the page. */
export function injectionFindings(page: Page | Frame, baseline: Record<string, number>): Promise<string[]> {
  return page.evaluate((base) => {
    const found: string[] = [];
    const w = window as unknown as { __pwned?: unknown; __dialogs?: string[] };
    if (w.__pwned !== undefined) found.push('window.__pwned was set');
    if (w.__dialogs?.length) found.push(`dialogs: ${w.__dialogs.join(' | ')}`);
    if (
      ({} as Record<string, unknown>).polluted !== undefined ||
      (Object.prototype as Record<string, unknown>).polluted !== undefined
    )
      found.push('Object.prototype polluted');
    for (const [sel, n] of Object.entries(base)) {
      const now = document.querySelectorAll(sel).length;
      if (now > n) found.push(`${now - n} new ${sel}`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        const v = a.value;
        if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}="${v.slice(0, 60)}">`);
        // Browsers ignore control characters inside a URL scheme, so the check must too.
        // eslint-disable-next-line no-control-regex
        const scheme = v.replace(/[\s\u0000-\u001f]/g, '');
        if (
          /^\s*(javascript|vbscript|data:text\/html)/i.test(scheme) &&
          /^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(a.name)
        )
          found.push(`<${el.localName} ${a.name}="${v.slice(0, 60)}">`);
        if (a.name === 'srcdoc') found.push(`<${el.localName} srcdoc>`);
        if (a.name === 'style' && /url\(|expression|javascript|pwned|<|>|\}/i.test(v))
          found.push(`<${el.localName} style="${v.slice(0, 60)}">`);
        // The marker may travel as data: in a field's value, a data-* attribute, or inside an http(s) URL's query.
        const url = a.name === 'href' || a.name === 'src';
        if (/pwned/.test(v) && !(a.name === 'value' || a.name === 'content' || a.name.startsWith('data-') || url))
          found.push(`<${el.localName} ${a.name}> carries the marker`);
        if (url && /pwned/.test(v) && !/^(https?:\/\/[^/?#]*\/|\/[^/])/.test(v))
          found.push(`<${el.localName} ${a.name}> carries the marker outside a URL query`);
      }
    }
    return found;
  }, baseline);
}

/** Element kinds whose count must not grow when hostile input is given. */
export const WATCHED = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'img',
  'link',
  'base',
  'meta',
  'form',
  'svg script',
  'foreignObject',
];

/** Counts of the watched elements on a page (take it from a clean load). */
export function countWatched(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (sels) => Object.fromEntries(sels.map((s) => [s, document.querySelectorAll(s).length])),
    WATCHED,
  );
}

/**
 * Problems with the result region of the first calculator on the page: missing, blank, or showing
 * NaN, Infinity, undefined or null (in text or in chart geometry). Notices, errors and hints, which may
 * quote the reader's input as text, are left out.
 */
export function resultProblems(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.calc[data-calculator]') ?? document.querySelector('[data-island]');
    if (!root) return ['no calculator on the page'];
    const skip =
      '.notice, .error-summary, .error, .hint, .assumption, .print-only, script, style, template, select, option, [hidden], [role="alert"]';
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest(skip)) continue;
      texts.push(n.nodeValue ?? '');
    }
    const text = texts.join(' ').replace(/\s+/g, ' ').trim();
    const problems: string[] = [];
    if (text.length < 20) problems.push(`result region nearly blank: "${text}"`);
    const bad = /\bNaN\b|Infinity|\bundefined\b|\bnull\b|\[object /.exec(text);
    if (bad) problems.push(`result shows "${bad[0]}": …${text.slice(Math.max(0, bad.index - 60), bad.index + 40)}…`);
    for (const dd of root.querySelectorAll('dd, output'))
      if (!dd.closest(skip) && !dd.textContent?.trim()) problems.push(`empty <${dd.localName}> ${dd.id}`);
    for (const el of root.querySelectorAll('svg *')) {
      for (const a of el.attributes)
        if (/NaN|Infinity|undefined/.test(a.value))
          problems.push(`<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`);
    }
    return problems.slice(0, 10);
  });
}

/** Whether a notice about ignored or changed input is visible (calculator or embed notices). */
export function visibleNotice(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.notice, .error-summary, [data-embed-notices], [role="status"]')].some(
      (el) =>
        !el.closest('[hidden]') &&
        el.getClientRects().length > 0 &&
        (el.textContent ?? '').trim().length > 10 &&
        el.checkVisibility(),
    ),
  );
}

/** Open every collapsed input group of the calculators on the page, as a reader clicking each summary would. */
export async function openGroups(page: Page | Frame): Promise<void> {
  const closed = page.locator('.calc details.group:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  await expect(page.locator('.calc details.group:not([open])')).toHaveCount(0);
}
