/**
 * Astro writes the same list of script and style hashes into every page's CSP <meta>: those of every
 * inline script in the site and of its own island runtime, which the site does not use. After the build
 * this integration keeps, in each page's policy, only the hashes of the inline scripts and styles that
 * page contains, so a page allows no code but its own. The policy gets stricter and every page lighter
 * (./README.md has the figure; the whole-embed budget counts every byte).
 *
 * With `CSP_REPORT_URI` set at build time it also adds violation reporting to every policy the host sends
 * (`report-uri`, and `report-to` with a `Reporting-Endpoints` header) in the built `_headers`: a `<meta>`
 * policy cannot report, so only the header can. README ("Security and performance") says how to use it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** The page with its CSP <meta> keeping, in script-src and style-src, only the hashes of its own inline code. */
export function pruneCspHashes(html: string): string {
  const keep = { 'script-src': inlineBodies(html, 'script'), 'style-src': inlineBodies(html, 'style') };
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
    (_, open: string, policy: string, close: string) => {
      const pruned = policy
        .split(';')
        .map((directive) => {
          const name = directive.trim().split(/\s+/)[0] as keyof typeof keep;
          if (!(name in keep)) return directive;
          const own = new Set(keep[name].map(sha256));
          return directive.replace(/ ?'sha256-[A-Za-z0-9+/=]+'/g, (token) => (own.has(token.trim()) ? token : ''));
        })
        .join(';');
      return open + pruned + close;
    },
  );
}

/** The reporting group name used in `report-to` and `Reporting-Endpoints`. */
export const REPORT_GROUP = 'csp';

/**
 * `_headers` text with violation reporting to `uri` added to every Content-Security-Policy header, and a
 * `Reporting-Endpoints` header on `/*` naming it (browsers that know `report-to` use it, others `report-uri`).
 */
export function addCspReporting(headers: string, uri: string): string {
  if (!/^https:\/\/[^\s;,"]+$/.test(uri)) throw new Error(`CSP_REPORT_URI must be an https URL, got ${uri}`);
  return headers
    .replace(
      /^([ \t]+Content-Security-Policy:[^\n]*?);?[ \t]*$/gm,
      (_, line: string) => `${line}; report-uri ${uri}; report-to ${REPORT_GROUP}`,
    )
    .replace(/^\/\*\n/m, `/*\n  Reporting-Endpoints: ${REPORT_GROUP}="${uri}"\n`);
}

/** Every HTML file under a folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The integration: prunes the policy of every built page; adds reporting to `_headers` when asked. */
export default function cspPrune(): AstroIntegration {
  return {
    name: 'site:csp-prune',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) writeFileSync(file, pruneCspHashes(readFileSync(file, 'utf8')));
        const headers = join(root, '_headers');
        const uri = process.env.CSP_REPORT_URI;
        if (uri && existsSync(headers)) writeFileSync(headers, addCspReporting(readFileSync(headers, 'utf8'), uri));
      },
    },
  };
}
