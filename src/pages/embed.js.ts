/**
 * The embed loader at its stable address, `/embed.js`: src/embed/loader.ts minified by esbuild (a
 * dependency of Astro) with the calculator list, the attribute names and message constants filled in at build time.
 */
import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../embed/loader.ts?raw';
import { CALCULATORS } from '../calculators/registry.ts';
import { ATTRIBUTES } from '../embed/attributes.ts';
import { EVENT_MESSAGE_TYPE, HEIGHT_MESSAGE_TYPE, MAX_HEIGHT, MIN_HEIGHT } from '../embed/height.ts';
import { DEFAULT_HEIGHT } from '../embed/urls.ts';

/** The loader's minified code. */
export async function loaderCode(): Promise<string> {
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    define: {
      __CALCULATORS__: JSON.stringify(CALCULATORS.map((c) => [c.slug, c.title, DEFAULT_HEIGHT[c.slug]])),
      __HEIGHT_TYPE__: JSON.stringify(HEIGHT_MESSAGE_TYPE),
      __MIN_HEIGHT__: String(MIN_HEIGHT),
      __MAX_HEIGHT__: String(MAX_HEIGHT),
      __EVENT_TYPE__: JSON.stringify(EVENT_MESSAGE_TYPE),
      __ATTRIBUTES__: JSON.stringify(ATTRIBUTES),
    },
  });
  return code;
}

export const GET: APIRoute = async () =>
  new Response(await loaderCode(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
