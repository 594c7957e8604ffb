/**
 * The dynamic oEmbed answer, for hosts that run code beside the static files (Cloudflare Pages: the worker
 * in ./oembed-worker.ts). An oEmbed consumer asks `/oembed/<slug>.json?url=<the pasted address>&maxwidth=…`;
 * the answer is the static file's document (./oembed.ts, the same function) with the pasted address's
 * validated options in the frame's address (./pasted-url.ts). Without `url` the static file answers as it is.
 */
import { CALCULATOR_SLUGS } from '../calculators/registry.ts';
import { oembedDocument } from './oembed.ts';
import { pastedOptions, pastedTarget } from './pasted-url.ts';

/** What the answer is: the document, or the status oEmbed gives when there is none. */
export type OembedAnswer =
  | { status: 200; document: ReturnType<typeof oembedDocument> }
  /** 404: no calculator for that path or `url`; 501: a `format` other than JSON. */
  | { status: 404 | 501 };

/** The site the answer speaks for: its public origin (`SITE_URL`) and name. */
export interface OembedSite {
  site: string;
  providerName: string;
}

const OEMBED_FILE = /^\/oembed\/([^/]+)\.json$/;

/**
 * The answer to an oEmbed request for `path` (`/oembed/<slug>.json`) with the query `params`, received on
 * `requestOrigin`. A `url` of this site (its public origin or the one the request came to, such as a preview
 * deployment's) on the same calculator's page or embed page carries its options; a `url` naming another
 * calculator, or one the site does not have, has no answer here (404, as oEmbed says); any other `url` (another
 * site, another page) is ignored and the defaults answer. `maxwidth` and `maxheight` change nothing: the frame is
 * fluid and the height is the compact layout's, within WordPress's cap, as in the static file.
 */
export function oembedAnswer(
  path: string,
  params: URLSearchParams,
  requestOrigin: string,
  { site, providerName }: OembedSite,
): OembedAnswer {
  const name = OEMBED_FILE.exec(path)?.[1];
  const slug = CALCULATOR_SLUGS.find((s) => s === name);
  if (!slug) return { status: 404 };
  const format = params.get('format');
  if (format !== null && format !== 'json') return { status: 501 };
  const target = pastedTarget(params.get('url'), [new URL(site).origin, requestOrigin]);
  if (target && ('unknown' in target || target.slug !== slug)) return { status: 404 };
  const options = target ? pastedOptions(slug, target.query) : undefined;
  return { status: 200, document: oembedDocument(slug, new URL('/', site).href, providerName, options) };
}

/** The static files, as Cloudflare Pages hands them to a worker (`env.ASSETS`), with `public/_headers` applied. */
export interface Assets {
  fetch(request: Request | string): Promise<Response>;
}

/** Headers of a static response that describe its bytes, not the path: wrong for a body built here. */
const BODY_HEADERS = ['content-length', 'content-type', 'etag', 'last-modified', 'content-encoding'];

/**
 * The worker: `/oembed/<slug>.json` with a `url` or `format` gets the dynamic answer, everything else goes to
 * the static files untouched. Cloudflare applies `public/_headers` to static files only, never to a worker's
 * own responses, so the answer takes the headers the static file of the same path is served with (CORS,
 * caching, the site-wide security headers): `_headers` stays the one place they are written.
 */
export function oembedWorker(site: OembedSite) {
  return {
    async fetch(request: Request, env: { ASSETS: Assets }): Promise<Response> {
      const url = new URL(request.url);
      const dynamic =
        request.method === 'GET' &&
        url.pathname.startsWith('/oembed/') &&
        (url.searchParams.has('url') || url.searchParams.has('format'));
      if (!dynamic) return env.ASSETS.fetch(request);
      const file = await env.ASSETS.fetch(new URL(url.pathname, url).href);
      if (!file.ok) return file;
      const headers = new Headers(file.headers);
      for (const h of BODY_HEADERS) headers.delete(h);
      const answer = oembedAnswer(url.pathname, url.searchParams, url.origin, site);
      if (answer.status !== 200) {
        headers.set('content-type', 'text/plain; charset=utf-8');
        return new Response(answer.status === 404 ? 'Not Found' : 'Not Implemented', {
          status: answer.status,
          headers,
        });
      }
      headers.set('content-type', 'application/json+oembed; charset=utf-8');
      return new Response(JSON.stringify(answer.document, null, 2), { headers });
    },
  };
}
