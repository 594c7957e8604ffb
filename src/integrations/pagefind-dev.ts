import type { AstroIntegrationLogger } from 'astro';
import type { AddressInfo } from 'node:net';
import { relative, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { buildSearchBundle, readSearchData, type SearchBundle, type SitePage } from '../search/indexer.ts';

/** What the dev UI shows about the index it searches (served at `/pagefind/dev-status.json`). */
export interface DevIndexStatus {
  /** When the index the browser gets was built (ISO time), or null before the first build. */
  builtAt: string | null;
  pages: number;
  /** True when content or code changed after that build; a rebuild is on its way. */
  stale: boolean;
  error: string | null;
}

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json' };
/** Paths never crawled: embeds are not searchable, the rest are not pages. */
const SKIP = /^\/(embed|pagefind|_astro|og|@)|\.[a-z0-9]+$/i;
const MAX_PAGES = 1000;
const REBUILD_DELAY_MS = 1500;

/** Internal page links in a page, as absolute paths without query or hash. */
export function pageLinks(html: string): string[] {
  const links = new Set<string>();
  for (const m of html.matchAll(/<a\b[^>]*\bhref="(\/[^"#?]*)[^"]*"/g)) {
    const path = m[1]!;
    if (!SKIP.test(path) && !path.startsWith('//')) links.add(path.endsWith('/') ? path : `${path}/`);
  }
  return [...links];
}

/**
 * The dev-server search index: crawls the running dev server from the home page (so it sees
 * exactly what the browser sees, drafts included), indexes it in memory, and serves the bundle.
 */
class DevSearchIndex {
  private bundle: SearchBundle | null = null;
  private building: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private origin = '';
  private root = '';
  private logger: AstroIntegrationLogger | null = null;
  private ready!: Promise<void>;
  /** Pages that failed to render in the last crawl (e.g. requested while content was still syncing). */
  private failed = 0;
  private retries = 0;
  private markReady!: () => void;
  status: DevIndexStatus = { builtAt: null, pages: 0, stale: true, error: null };

  attach(server: ViteDevServer, root: string, logger: AstroIntegrationLogger): void {
    this.root = root;
    this.logger = logger;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    server.middlewares.use((req, res, next) => {
      const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
      if (!path.startsWith('/pagefind/')) {
        next();
        return;
      }
      const name = path.slice('/pagefind/'.length);
      res.setHeader('Cache-Control', 'no-store');
      if (name === 'dev-status.json') {
        res.setHeader('Content-Type', TYPES.json!);
        res.end(JSON.stringify(this.status));
        return;
      }
      void this.ready.then(() => {
        const file = this.bundle?.files.get(name);
        if (!file) {
          res.statusCode = 404;
          res.end('Not in the dev search index');
          return;
        }
        res.setHeader('Content-Type', TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
        res.end(Buffer.from(file));
      });
    });
    server.watcher.on('all', (_event, file) => {
      // Only the site's own sources change what pages say (not other folders' build output).
      const rel = relative(root, file).split(sep).join('/');
      if (!this.origin || !/^(content|src)\//.test(rel)) return;
      this.status.stale = true;
      this.schedule();
    });
  }

  start(address: AddressInfo): void {
    const host = address.family === 'IPv6' || address.address === '::' ? 'localhost' : address.address;
    this.origin = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
    this.schedule(0);
  }

  private schedule(delay = REBUILD_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.rebuild(), delay);
  }

  private async rebuild(): Promise<void> {
    if (this.building) {
      await this.building;
      return this.schedule();
    }
    this.building = (async () => {
      const started = Date.now();
      this.status.stale = false;
      try {
        const pages = await this.crawl();
        this.bundle = await buildSearchBundle(pages, readSearchData(this.root));
        this.status = { ...this.status, builtAt: new Date().toISOString(), pages: this.bundle.pageCount, error: null };
        this.logger?.info(`Dev search index: ${this.bundle.pageCount} pages in ${Date.now() - started} ms.`);
        // A page that errored (often: requested while content was still syncing) is retried a few times.
        if (this.failed > 0 && this.retries++ < 3) {
          this.status.stale = true;
          this.schedule(3000);
        } else if (this.failed === 0) this.retries = 0;
      } catch (err) {
        this.status.error = String(err);
        this.logger?.warn(`Dev search index failed: ${String(err)}`);
      } finally {
        this.building = null;
        this.markReady();
      }
    })();
    await this.building;
  }

  /** Fetches every page reachable from the home page (and the main sections) on the dev server. */
  private async crawl(): Promise<SitePage[]> {
    const queue = ['/', '/articles/', '/calculators/', '/glossary/', '/faq/'];
    const seen = new Set(queue);
    const pages: SitePage[] = [];
    this.failed = 0;
    while (queue.length && pages.length < MAX_PAGES) {
      const url = queue.shift()!;
      const res = await fetch(this.origin + url, { headers: { accept: 'text/html' } }).catch(() => null);
      if (!res || res.status >= 500) this.failed++;
      if (!res?.ok || !res.headers.get('content-type')?.includes('text/html')) continue;
      const html = await res.text();
      pages.push({ url, html });
      for (const link of pageLinks(html)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    return pages;
  }
}

/** The one dev index of this process (Astro restarts the server, not the process, on config changes). */
export const devSearchIndex = new DevSearchIndex();
