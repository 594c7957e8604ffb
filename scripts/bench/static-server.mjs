// A static server for a build folder, compressing as a deployed site would, for the Starlight benchmark.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|image\/svg|application\/(json|xml))/;
export const gz = (buf) => gzipSync(buf, { level: 9 });

/** Where a URL path lands in a build folder (directory index), or undefined. */
export function fileFor(dir, pathname) {
  let path = decodeURIComponent(pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dir, path);
  return !path.includes('..') && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A static server for a build folder: directory index, 404 page, gzip when the client takes it. */
export async function serve(dir, port) {
  const server = createServer((req, res) => {
    const file = fileFor(dir, new URL(req.url ?? '/', 'http://x').pathname);
    const notFound = join(dir, '404.html');
    const type = TYPES[extname(file ?? '.html')] ?? 'application/octet-stream';
    let body = file ? readFileSync(file) : existsSync(notFound) ? readFileSync(notFound) : Buffer.from('Not found');
    const headers = { 'content-type': type };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gz(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(file ? 200 : 404, headers);
    res.end(body);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return server;
}
