/**
 * Cloudflare Pages entry (advanced mode): src/integrations/oembed-worker.ts bundles it into the build as
 * `_worker.js`, and `public/_routes.json` hands it only `/oembed/*`; every other request is served as a static
 * file without running it. Hosts without workers ignore the file and serve the static oEmbed JSON.
 */
import { SITE_NAME } from '../site.ts';
import { oembedWorker } from './oembed-answer.ts';

/** The site's public origin (`SITE_URL`), filled in by the build. */
declare const __SITE__: string;

export default oembedWorker({ site: __SITE__, providerName: SITE_NAME });
