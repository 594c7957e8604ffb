/**
 * Vite wraps every dynamic `import()` in the client build with its preload helper
 * (`__vitePreload(() => import('./x.js'), deps)`), which fetches the imported chunk's dependencies in
 * parallel with it. The site's lazy chunks are small and their dependencies are mostly loaded already
 * (the search dialog has none; a calculator's simulation code shares the page's chunks), yet the
 * helper weighs on every page that can lazy-load something (./README.md has the figure). This plugin unwraps those calls after bundling (a lazy chunk's own imports then load when it runs,
 * one step later) and drops the helper chunk when nothing uses it any more. Calls whose shape it does
 * not recognise are left alone.
 */
import type { Plugin } from 'vite';

/** A string literal: a template without substitutions, or a double- or single-quoted string. */
const SPEC = '(`[^`$\\\\]*`|"[^"\\\\]*"|\'[^\'\\\\]*\')';
const DEPS = String.raw`(?:\[\]|void 0|__vite__mapDeps\(\[[\d,]*\]\))`;
/**
 * The shapes Vite emits, each with the helper's name first and the specifier second:
 * `h(()=>import(X),deps)`, `h(()=>import(X).then(cb),deps)` (cb without nested calls), and
 * `h(async()=>{let{a:e}=await import(X);return{a:e}},deps)` (named imports picked from the module).
 */
const SHAPES = [
  new RegExp(String.raw`\b([\w$]+)\(\(\)=>import\(${SPEC}\)(\.then\([^()]*(?:\([^()]*\)[^()]*)*\))?,${DEPS}\)`, 'g'),
  new RegExp(
    String.raw`\b([\w$]+)\(async\(\)=>\{let\{[\w$:,]+\}=await import\(${SPEC}\);return\{[\w$:,]+\}\},${DEPS}\)`,
    'g',
  ),
];
/** Vite's table of dependency file names, declared at the top of a chunk that preloads. */
const MAP_DEPS =
  /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/m;
/** The static import of the helper chunk, e.g. `import{t as e}from"./preload-helper.Dy.js";` or `import{t}from…`. */
const HELPER_IMPORT = /import\{\s*(?:\w+ as )?([\w$]+)\s*\}from\s*["']\.\/(preload-helper\.[\w-]+\.js)["'];?/;

/**
 * Rewrite one chunk's code; returns it unchanged when there is nothing to unwrap. The helper's import
 * is dropped only when every call of it was unwrapped: its calls always pass a function first, so
 * `name(()=>` and `name(async()=>` find them all (a search for the bare one-letter name would also
 * hit unrelated variables).
 */
export function unwrapPreloads(code: string): string {
  const helper = HELPER_IMPORT.exec(code);
  if (!helper) return code;
  const name = helper[1]!;
  const calls = new RegExp(String.raw`(?<![\w$.])${name.replace(/\$/g, '\\$')}\((?:async)?\(\)=>`, 'g');
  const before = code.match(calls)?.length ?? 0;
  let unwrapped = 0;
  let out = code;
  for (const shape of SHAPES) {
    out = out.replace(shape, (call, fn: string, spec: string, then: string | undefined) => {
      if (fn !== name) return call;
      unwrapped++;
      return `import(${spec})${typeof then === 'string' ? then : ''}`;
    });
  }
  if (unwrapped < before) return out;
  out = out.replace(helper[0], '');
  // The dependency table goes too once no call reads it.
  const table = MAP_DEPS.exec(out);
  if (table && !out.replace(table[0], '').includes('__vite__mapDeps(')) out = out.replace(table[0], '');
  return out;
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
          if (chunk.type === 'chunk') chunk.code = unwrapPreloads(chunk.code);
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
