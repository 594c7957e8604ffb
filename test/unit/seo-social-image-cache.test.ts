import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCardCache } from '../../src/seo/social-image-cache.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('social card disk cache', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

  it('misses, stores, then hits with the same bytes, per card text', async () => {
    const cache = openCardCache(['site', 'fonts'], ROOT, folder());
    expect(await cache.get('card A')).toBeNull();
    await cache.set('card A', png);
    expect([...((await cache.get('card A')) ?? [])]).toEqual([...png]);
    expect(await cache.get('card B')).toBeNull();
  });

  it('starts afresh, deleting the old cards, when anything that decides the pixels changes', async () => {
    const dir = folder();
    const before = openCardCache(['IT Support, Explained', 'font bytes'], ROOT, dir);
    await before.set('card A', png);
    expect(readdirSync(dir)).toHaveLength(1);
    const after = openCardCache(['IT Support, Explained', 'other font bytes'], ROOT, dir);
    expect(await after.get('card A')).toBeNull();
    expect(readdirSync(dir)).toHaveLength(1);
    // Reopening with the first inputs again misses too: the old fingerprint's cards are gone.
    expect(await openCardCache(['IT Support, Explained', 'font bytes'], ROOT, dir).get('card A')).toBeNull();
  });

  it('is a no-op when turned off or when there is no card code to fingerprint', async () => {
    const off = openCardCache(['x'], ROOT, 'off');
    await off.set('card A', png);
    expect(await off.get('card A')).toBeNull();
    const dir = folder();
    const elsewhere = openCardCache(['x'], dir, join(dir, 'cache'));
    await elsewhere.set('card A', png);
    expect(await elsewhere.get('card A')).toBeNull();
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});
