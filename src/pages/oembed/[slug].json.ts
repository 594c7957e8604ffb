/**
 * Static oEmbed responses, `/oembed/<slug>.json` (type rich, version 1.0): what WordPress and other
 * consumers fetch after finding a calculator page's discovery link, with the compact defaults. On Cloudflare
 * Pages a request carrying the pasted address (`url=`) is answered by the worker instead
 * (src/embed/oembed-answer.ts), from the same oembedDocument with that address's options.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CALCULATORS } from '../../calculators/registry.ts';
import { SITE_NAME } from '../../site.ts';
import { oembedDocument } from '../../embed/oembed.ts';

export const getStaticPaths: GetStaticPaths = () => CALCULATORS.map((c) => ({ params: { slug: c.slug } }));

export const GET: APIRoute = ({ params, site }) => {
  const calculator = CALCULATORS.find((c) => c.slug === params.slug)!;
  const body = oembedDocument(calculator.slug, new URL('/', site).href, SITE_NAME);
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
