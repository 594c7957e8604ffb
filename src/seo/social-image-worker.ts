/**
 * Worker thread that draws social cards (see social-image-build.ts). Node runs this file as
 * TypeScript directly (type stripping), outside Vite, so it imports only plain modules.
 */
import { parentPort } from 'node:worker_threads';
import { socialCardPng, type SocialCard } from './social-image.ts';

parentPort?.on('message', (job: { id: number; card: SocialCard }) => {
  socialCardPng(job.card).then(
    // Copied, not transferred: resvg's buffers may not be detachable, and 50 KB is nothing to copy.
    (png) => parentPort?.postMessage({ id: job.id, png }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
