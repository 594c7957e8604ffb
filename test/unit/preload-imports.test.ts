import { describe, expect, it } from 'vitest';
import { addModulePreloads } from '../../src/build-output/preload-imports';

const files: Record<string, string> = {
  '/_astro/Card.astro_x.js': 'import{t as e}from"./start.A.js";e(`card`,()=>import(`./Card.B.js`));',
  '/_astro/start.A.js': 'import"./tiny.C.js";export const t=1;',
  '/_astro/tiny.C.js': 'export{}',
  '/_astro/Search.astro_y.js': 'let n;addEventListener(`click`,()=>n??=import(`./client.D.js`));',
};
const read = (p: string) => files[p];
const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;

describe('addModulePreloads (build integration)', () => {
  it('preloads what module scripts import statically, and what those import, once each', () => {
    const html = page(
      '<script type="module" src="/_astro/Card.astro_x.js"></script><script type="module" src="/_astro/Search.astro_y.js"></script>',
    );
    const out = addModulePreloads(html, read);
    expect(out).toContain(
      '<link rel="modulepreload" href="/_astro/start.A.js"><link rel="modulepreload" href="/_astro/tiny.C.js"></head>',
    );
    // Dynamic imports load on interaction: never preloaded.
    expect(out).not.toContain('Card.B.js"');
    expect(out).not.toContain('client.D.js');
    expect(addModulePreloads(out, read)).toBe(out);
  });

  it('leaves pages without module scripts, or whose chunks are missing, alone', () => {
    const plain = page('<p>text</p>');
    expect(addModulePreloads(plain, read)).toBe(plain);
    const missing = page('<script type="module" src="/_astro/gone.js"></script>');
    expect(addModulePreloads(missing, read)).toBe(missing);
  });
});
