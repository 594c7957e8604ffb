/**
 * Social cards in a build: drawn in worker threads while Astro bundles and renders the pages, and kept
 * in a disk cache between builds. The social-cards integration queues them when the build starts (from
 * the article files), the og route at getStaticPaths (from the content collection: anything the
 * integration missed), and each card's route then only awaits its PNG (socialCardPngOnce). Satori's layout is JavaScript and would otherwise take
 * the main thread from the pages; with workers the page rendering and the cards share the cores.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CALCULATORS } from '../calculators/registry.ts';
import { SITE_NAME, SITE_TAGLINE } from '../site.ts';
import { openCardCache, type CardCache } from './social-image-cache.ts';
import { loadFonts, socialCardPng, type SocialCard } from './social-image.ts';
import { SOCIAL_IMAGE } from './social.ts';

const cardKey = (card: SocialCard) => JSON.stringify([card.kicker, card.title, card.description]);

let cache: CardCache | null = null;
const cardCache = () =>
  (cache ??= openCardCache([SITE_NAME, JSON.stringify(SOCIAL_IMAGE), ...loadFonts().map((f) => f.data)]));

type Draw = (card: SocialCard) => Promise<Uint8Array>;

/**
 * A pool of `size` worker threads, each drawing up to two cards at once (satori on one while the
 * other is rasterised on the thread pool). If a worker cannot start or dies (e.g. a Node without
 * TypeScript type stripping), its cards and every later one are drawn on the main thread instead.
 */
export function workerPool(
  size: number,
  file = join(process.cwd(), 'src/seo/social-image-worker.ts'),
): { draw: Draw; close: () => Promise<void>; drawsOnMainThread: () => boolean } {
  type Job = { id: number; card: SocialCard; resolve: (png: Uint8Array) => void; reject: (e: Error) => void };
  const queue: Job[] = [];
  const workers: { worker: Worker; jobs: Map<number, Job> }[] = [];
  let broken = !existsSync(file);
  let nextId = 0;
  const local = (job: Job) => socialCardPng(job.card).then(job.resolve, job.reject);
  const pump = () => {
    if (broken) return queue.splice(0).forEach(local);
    for (const w of workers)
      while (w.jobs.size < 2 && queue.length) {
        const job = queue.shift()!;
        w.jobs.set(job.id, job);
        w.worker.postMessage({ id: job.id, card: job.card });
      }
  };
  const fail = () => {
    broken = true;
    for (const w of workers.splice(0)) {
      w.jobs.forEach(local);
      void w.worker.terminate();
    }
    pump();
  };
  const start = () => {
    if (broken || workers.length) return;
    for (let i = 0; i < size; i++) {
      const w = { worker: new Worker(file), jobs: new Map<number, Job>() };
      w.worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
        const job = w.jobs.get(m.id);
        if (!job) return;
        w.jobs.delete(m.id);
        if (m.png) job.resolve(m.png);
        else job.reject(new Error(`Social card "${job.card.title}": ${m.error}`));
        if (!queue.length && workers.every((x) => x.jobs.size === 0)) workers.forEach((x) => x.worker.unref());
        pump();
      });
      w.worker.on('error', fail);
      w.worker.on('exit', (code) => code !== 0 && fail());
      workers.push(w);
    }
  };
  return {
    draw: (card) =>
      new Promise((resolve, reject) => {
        start();
        workers.forEach((w) => w.worker.ref());
        queue.push({ id: nextId++, card, resolve, reject });
        pump();
      }),
    drawsOnMainThread: () => broken,
    close: async () => {
      await Promise.all(workers.splice(0).map((w) => w.worker.terminate()));
    },
  };
}

/** The card's PNG from the disk cache, else drawn by `draw` and stored. */
async function cachedCardPng(card: SocialCard, draw: Draw): Promise<Uint8Array> {
  const key = cardKey(card);
  const hit = await cardCache().get(key);
  if (hit) return hit;
  const png = await draw(card);
  // A cache that cannot be written is no reason to fail a build.
  await cardCache()
    .set(key, png)
    .catch(() => undefined);
  return png;
}

/** A card and the path of its image under /og/ (without `.png`). */
export interface SiteCard {
  path: string;
  card: SocialCard;
}

/** Every social card of the site: the site card, one per article (in the order given) and one per calculator. */
export function siteCards(articles: readonly { id: string; title: string; description: string }[]): SiteCard[] {
  return [
    { path: 'site', card: { kicker: 'Independent guide', title: SITE_NAME, description: SITE_TAGLINE } },
    ...articles.map((a) => ({
      path: `articles/${a.id}`,
      card: { kicker: 'Article', title: a.title, description: a.description },
    })),
    ...CALCULATORS.map((c) => ({
      path: `calculators/${c.slug}`,
      card: { kicker: 'Calculator', title: c.title, description: c.question },
    })),
  ];
}

/**
 * Shared by every copy of this module in the process: the build integration (social-cards.ts) loads
 * one with the config, the pages' bundle another, and a card queued by either is handed out once.
 */
const SHARED = Symbol.for('it-support-explained.social-cards');
interface Shared {
  prefetched: Map<string, Promise<Uint8Array>>;
  handedOut: Set<string>;
  pool: ReturnType<typeof workerPool> | null;
}
const shared = ((globalThis as Record<symbol, unknown>)[SHARED] ??= {
  prefetched: new Map(),
  handedOut: new Set(),
  pool: null,
}) as Shared;

/**
 * Starts drawing, in the background, every card that is not queued or handed out yet: one worker
 * per core, since the cards' CPU time is about as much as all the pages'.
 */
export function prefetchSocialCards(cards: readonly SocialCard[], workers = availableParallelism()): void {
  for (const card of cards) {
    const key = cardKey(card);
    if (shared.prefetched.has(key) || shared.handedOut.has(key)) continue;
    shared.pool ??= workerPool(Math.max(1, workers));
    const png = cachedCardPng(card, shared.pool.draw);
    // A failure surfaces when the card's own route awaits it; this only keeps Node from calling it unhandled first.
    png.catch(() => undefined);
    shared.prefetched.set(key, png);
  }
}

/** The card's PNG: the prefetched one when there is one (handed out once, then forgotten), else cached or drawn now. */
export function socialCardPngOnce(card: SocialCard): Promise<Uint8Array> {
  const key = cardKey(card);
  const png = shared.prefetched.get(key);
  if (!png) return cachedCardPng(card, socialCardPng);
  shared.prefetched.delete(key);
  shared.handedOut.add(key);
  return png;
}
