/**
 * Vite wraps every dynamic `import()` in the client build with its preload helper
 * (`__vitePreload(() => import('./x.js'), deps)`), which fetches the imported chunk's dependencies in
 * parallel. When a chunk has no dependencies the wrapper does nothing useful, yet it makes every page
 * that can lazy-load something (the header's search button) ship the helper: 880 B gzip, 4% of a
 * calculator page's budget. This plugin unwraps those calls after bundling and drops the helper chunk
 * when nothing uses it any more. Calls with dependencies are left alone.
 */
import type { Plugin } from 'vite';

/** `h(()=>import(`./x.js`),[])` or with `void 0` as the deps: the helper's name, then the specifier. */
const EMPTY_PRELOAD = /\b([\w$]+)\(\(\)=>import\((`[^`$\\]*`|"[^"\\]*"|'[^'\\]*')\),(?:\[\]|void 0)\)/g;
/** The static import of the helper chunk, e.g. `import{t as e}from"./preload-helper.Dy.js";`. */
const HELPER_IMPORT = /import\{\s*\w+ as ([\w$]+)\s*\}from\s*["']\.\/(preload-helper\.[\w-]+\.js)["'];?/;

/**
 * Rewrite one chunk's code; returns it unchanged when there is nothing to unwrap. Vite only ever calls
 * the helper as `helper(() => import(…), deps)`, so once no call of that form is left, the helper's
 * import is dropped (a plain search for its one-letter local name would also hit unrelated variables).
 */
export function unwrapEmptyPreloads(code: string): string {
  const helper = HELPER_IMPORT.exec(code);
  if (!helper) return code;
  const name = helper[1]!;
  const out = code.replace(EMPTY_PRELOAD, (call, fn: string, spec: string) => (fn === name ? `import(${spec})` : call));
  const calls = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\(\\(\\)=>import\\(`);
  return calls.test(out) ? out : out.replace(helper[0], '');
}

/** The Vite plugin (client build only). */
export function unwrapPreload(): Plugin {
  return {
    name: 'site:unwrap-empty-preload',
    apply: 'build',
    enforce: 'post',
    applyToEnvironment: (env) => env.name === 'client',
    // After Vite's own generateBundle, which fills in each call's list of dependencies.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = unwrapEmptyPreloads(chunk.code);
      }
      const used = Object.values(bundle).some((c) => c.type === 'chunk' && /preload-helper\.[\w-]+\.js/.test(c.code));
      if (!used) {
        for (const [file, c] of Object.entries(bundle)) {
          if (c.type === 'chunk' && /(^|\/)preload-helper\.[\w-]+\.js$/.test(file)) delete bundle[file];
        }
      }
      },
    },
  };
}
