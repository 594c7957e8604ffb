/**
 * Astro writes the same list of script and style hashes into every page's CSP <meta>: those of every
 * inline script in the site and of its own island runtime, which the site does not use. Embed pages
 * carry no inline script at all, so after the build this integration keeps, in each embed page's
 * policy, only the hashes of inline scripts and styles that page contains. The policy gets stricter
 * and the frame lighter (./README.md has the figure; the whole-embed budget counts every byte).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Bodies of the inline elements a page can execute or apply: scripts without `src` (not data blocks), and <style>. */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))) {
    if (tag === 'script' && (/\bsrc=/.test(m[1]!) || /type=["']application\/(ld\+)?json["']/.test(m[1]!))) continue;
    found.push(m[2]!);
  }
  return found;
}

/** The page with its CSP <meta> keeping only the hashes of its own inline scripts and styles. */
export function pruneCspHashes(html: string): string {
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
    (_, open: string, policy: string, close: string) => {
      const keep = new Set([...inlineBodies(html, 'script'), ...inlineBodies(html, 'style')].map(sha256));
      const pruned = policy.replace(/ ?'sha256-[A-Za-z0-9+/=]+'/g, (token) => (keep.has(token.trim()) ? token : ''));
      return open + pruned + close;
    },
  );
}

/** The integration: prunes the policy of every built embed page (`/embed/<slug>/`). */
export default function cspPrune(): AstroIntegration {
  return {
    name: 'site:csp-prune',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = join(fileURLToPath(dir), 'embed');
        if (!existsSync(root)) return;
        for (const entry of readdirSync(root, { withFileTypes: true })) {
          if (!entry.isDirectory()) continue;
          const file = join(root, entry.name, 'index.html');
          try {
            writeFileSync(file, pruneCspHashes(readFileSync(file, 'utf8')));
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
          }
        }
      },
    },
  };
}
