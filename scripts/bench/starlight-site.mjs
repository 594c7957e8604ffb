// The throwaway Starlight site the Starlight benchmark compares an article with, outside the project's own
// dependencies: installed with npm into its own folder, one docs page, built with Astro there.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log, run } from './run.mjs';

/** Installs Astro and Starlight into `work` unless the right versions are already there. */
export function ensureStarlight(work, astroVersion, starlightVersion) {
  mkdirSync(work, { recursive: true });
  const installed = (name) => {
    const file = join(work, 'node_modules', name, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
  };
  if (installed('astro') === astroVersion && installed('@astrojs/starlight') === starlightVersion) return;
  writeFileSync(
    join(work, 'package.json'),
    `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', allowScripts: { esbuild: true } }, null, 2)}\n`,
  );
  log(`installing astro@${astroVersion} @astrojs/starlight@${starlightVersion} into ${work} …`);
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', `astro@${astroVersion}`, `@astrojs/starlight@${starlightVersion}`],
    work,
  );
}

/** Writes the one-page Starlight site (served on `port`) and builds it; returns its output folder. */
export function buildStarlight(work, { slug, markdown, title, port }) {
  rmSync(join(work, 'src'), { recursive: true, force: true });
  mkdirSync(join(work, 'src/content/docs/articles'), { recursive: true });
  writeFileSync(join(work, 'src/content/docs/articles', `${slug}.md`), markdown);
  writeFileSync(
    join(work, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(
    join(work, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'http://127.0.0.1:${port}',
  integrations: [starlight({ title: ${JSON.stringify(title)} })],
});
`,
  );
  rmSync(join(work, 'dist'), { recursive: true, force: true });
  log(`building the Starlight page (${work}) …`);
  run(process.execPath, [join(work, 'node_modules/astro/bin/astro.mjs'), 'build'], work);
  return join(work, 'dist');
}
