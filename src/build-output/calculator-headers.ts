/**
 * `public/_headers` states each embed page's rule once, for the pattern `/embed/{calculator}/*`; hosts know
 * no such placeholder, so after the build this integration writes that rule out once per calculator in the
 * registry, into the built `_headers`. A new calculator gets its embed page's headers without an edit here.
 * (A host's own `:name` placeholder would also match `/embed/guide/`, which must not be framed.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CALCULATOR_SLUGS } from '../calculators/registry';

const PLACEHOLDER = '{calculator}';

/** `_headers` text with every rule whose pattern holds `{calculator}` repeated once per slug. */
export function expandCalculatorRules(text: string, slugs: readonly string[]): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s/.test(line) || !line.includes(PLACEHOLDER)) {
      out.push(line);
      continue;
    }
    const body: string[] = [];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!)) body.push(lines[++i]!);
    for (const slug of slugs) out.push(line.replaceAll(PLACEHOLDER, slug), ...body);
  }
  return out.join('\n');
}

/** The integration: expands the built `_headers`. */
export default function calculatorHeaders(): AstroIntegration {
  return {
    name: 'site:calculator-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        if (existsSync(file)) writeFileSync(file, expandCalculatorRules(readFileSync(file, 'utf8'), CALCULATOR_SLUGS));
      },
    },
  };
}
