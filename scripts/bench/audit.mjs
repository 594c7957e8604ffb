// One Lighthouse run of a page for the Starlight benchmark, and the median the report takes over runs.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import lighthouse from 'lighthouse';
import { fileFor, gz } from './static-server.mjs';

/** One Lighthouse run: metrics, and the gzip bytes of what the page loaded, by kind. */
export async function audit(url, dir, debugPort) {
  const { lhr } = await lighthouse(url, {
    port: debugPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const bytes = { html: 0, js: 0, css: 0, other: 0 };
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  for (const item of requests) {
    const u = new URL(item.url);
    const file = u.origin === new URL(url).origin ? fileFor(dir, u.pathname) : undefined;
    if (!file) continue;
    const kind = { '.html': 'html', '.js': 'js', '.mjs': 'js', '.css': 'css' }[extname(file)] ?? 'other';
    bytes[kind] += gz(readFileSync(file)).length;
  }
  const blocking = (lhr.audits['render-blocking-insight']?.details?.items ?? [])
    .map((i) => (typeof i.url === 'string' ? new URL(i.url).pathname : undefined))
    .filter(Boolean);
  const lcpNode = (function find(d) {
    if (!d || typeof d !== 'object') return undefined;
    if (d.type === 'node') return d;
    for (const v of Object.values(d)) {
      const found = find(v);
      if (found) return found;
    }
    return undefined;
  })(lhr.audits['lcp-breakdown-insight']?.details);
  return {
    lhr,
    lcpElement: lcpNode ? `${lcpNode.snippet ?? ''} "${String(lcpNode.nodeLabel ?? '').slice(0, 60)}"` : '?',
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    bytes,
    requests: requests.length,
    blocking,
  };
}

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
