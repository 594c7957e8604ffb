/**
 * The site builds all its CSS into one bundle (astro.config.mjs, `cssCodeSplit: false`) and Astro links
 * that bundle on every page. Embed pages link their own, smaller stylesheet instead (src/styles/embed.css):
 * this drops the bundle from them, so a framed calculator loads one stylesheet of only what it uses.
 * Runs when the pages are prerendered (and in dev); every other page passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { keepOwnStylesheet } from './build-output/embed-stylesheet.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // Only under /embed/ is the body read, so every other page keeps streaming.
  if (!context.url.pathname.startsWith('/embed/') || !response.headers.get('content-type')?.includes('text/html')) {
    return response;
  }
  const html = keepOwnStylesheet(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
