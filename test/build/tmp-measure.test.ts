
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { pageJsGzip } from './budgets.test.ts';
import { builtPages } from './dist.ts';
it('measure', () => {
  for (const p of builtPages()) {
    if (!/^\/articles\/[^/]+\/$|^\/$|^\/glossary\/$/.test(p.path)) continue;
    const html = p.html;
    const js = pageJsGzip(html);
    const inl = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/json/.test(m[1]!) && !/src=/.test(m[1]!) && m[2]!.trim()).map((m) => gzipSync(m[2]!, { level: 9 }).length);
    console.log(p.path, 'html', gzipSync(html, { level: 9 }).length, 'js', js.total, 'inline', inl.join('+'), js.files.join(' '));
  }
});
