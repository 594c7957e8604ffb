import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/content.ts';

const valid = {
  title: 'What is break/fix IT support?',
  description: 'How pay-as-you-go IT repair works, from the first call to the invoice, and who it suits.',
  updated: '2026-11-21',
  topic: 'basics',
  order: 1,
};

describe('article frontmatter schema', () => {
  it('accepts a complete article and fills defaults', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.sources).toEqual([]);
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  it.each([
    ['order', { order: 'first' }],
    ['topic', { topic: 'gossip' }],
    ['updated', { updated: 'last Tuesday' }],
    ['description', { description: 'Too short.' }],
    ['calculator', { calculator: 'crystal-ball' }],
    ['unknown field', { colour: 'blue' }],
  ])('rejects a bad %s', (_name, patch) => {
    expect(articleSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it('fails the build naming the file and the field', () => {
    const result = spawnSync('npx', ['astro', 'sync', '--root', 'test/fixtures/bad-frontmatter'], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('broken-article');
    expect(output).toMatch(/order/);
  }, 60_000);
});
