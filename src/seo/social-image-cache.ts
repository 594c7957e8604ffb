/**
 * Disk cache of finished social cards, so a rebuild draws only the cards whose text changed.
 * A card's file name is a hash of its text plus a fingerprint of everything else that decides its
 * pixels: the source of the drawing and encoding code, the fonts, the satori and resvg versions, the
 * site name and the card size. Change any of those and every card is drawn afresh; cards of an older
 * fingerprint are deleted the first time the new one is used.
 *
 * Folder: SOCIAL_IMAGE_CACHE (a path, or `off`), else node_modules/.cache/social-images/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Files (from the project root) whose text decides how a card looks. */
const CODE_FILES = ['src/seo/social-image.ts', 'src/seo/png.ts'];
const PACKAGES = ['satori', '@resvg/resvg-js'];

/** A cache for one fingerprint; `get` resolves null when a card is not cached (or the cache is off). */
export interface CardCache {
  get(key: string): Promise<Uint8Array | null>;
  set(key: string, png: Uint8Array): Promise<void>;
}

const OFF: CardCache = { get: async () => null, set: async () => undefined };

/**
 * Opens the cache. `inputs` are the values the card code reads (site name, card size, font bytes);
 * returns a no-op cache when it is turned off, the code files cannot be read (nothing to fingerprint) or the
 * folder cannot be made.
 */
export function openCardCache(
  inputs: readonly (string | Uint8Array)[],
  root = process.cwd(),
  folder = process.env.SOCIAL_IMAGE_CACHE,
): CardCache {
  if (folder === 'off') return OFF;
  try {
    return open(inputs, root, folder);
  } catch {
    // An unwritable or vanished folder costs speed, never the build.
    return OFF;
  }
}

function open(inputs: readonly (string | Uint8Array)[], root: string, folder: string | undefined): CardCache {
  const hash = createHash('sha256');
  for (const file of [...CODE_FILES, ...PACKAGES.map((p) => `node_modules/${p}/package.json`)]) {
    const path = join(root, file);
    if (!existsSync(path)) return OFF;
    hash.update(file).update(readFileSync(path));
  }
  for (const input of inputs) hash.update(input);
  const fingerprint = hash.digest('hex').slice(0, 16);
  const base = resolve(root, folder ?? 'node_modules/.cache/social-images');
  const dir = join(base, fingerprint);
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(base))
    if (old !== fingerprint) rmSync(join(base, old), { recursive: true, force: true });
  const file = (key: string) => join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.png`);
  return {
    get: (key) =>
      readFile(file(key)).then(
        (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
        () => null,
      ),
    async set(key, png) {
      // Written under a temporary name and renamed, so a build stopped halfway never leaves half a PNG.
      const target = file(key);
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, png);
      await rename(temp, target);
    },
  };
}
