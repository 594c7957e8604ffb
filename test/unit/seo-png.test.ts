import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, isOpaque } from '../../src/seo/png.ts';

/** Splits a PNG into its chunks, checking each CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), 'CRC').toBe(crc32(typeAndData));
    out.push({ type: typeAndData.subarray(0, 4).toString('ascii'), data: Buffer.from(typeAndData.subarray(4)) });
    at += 12 + length;
  }
  return out;
}

describe('PNG encoder for social cards', () => {
  const width = 5;
  const height = 3;
  const pixels = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));

  it('writes IHDR, IDAT and IEND with valid CRCs, and the pixels come back out unchanged', async () => {
    const png = await encodePng(pixels, width, height);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([width, height, 8, 6, 0, 0, 0]);
    const raw = inflateSync(parts[1]!.data);
    expect(raw.length).toBe((width * 4 + 1) * height);
    for (let y = 0; y < height; y++) {
      const row = raw.subarray(y * (width * 4 + 1));
      expect(row[0], 'filter type').toBe(0);
      expect([...row.subarray(1, width * 4 + 1)]).toEqual([...pixels.subarray(y * width * 4, (y + 1) * width * 4)]);
    }
  });

  it('rejects a buffer of the wrong size', async () => {
    await expect(encodePng(pixels.subarray(4), width, height)).rejects.toThrow(/RGBA/);
  });

  it('tells opaque pixels from (premultiplied) transparent ones, wherever they sit in a buffer', () => {
    expect(isOpaque(pixels)).toBe(true);
    for (const at of [3, 7, pixels.length - 1]) {
      const clear = pixels.slice();
      clear[at] = 128;
      expect(isOpaque(clear), `alpha at byte ${at}`).toBe(false);
      // The same pixels one byte into a larger buffer (a view with an odd offset).
      const shifted = new Uint8Array(clear.length + 1);
      shifted.set(clear, 1);
      expect(isOpaque(shifted.subarray(1)), `unaligned, alpha at byte ${at}`).toBe(false);
    }
    // Opaque pixels with colour bytes of 255 elsewhere must not confuse the mask.
    expect(isOpaque(new Uint8Array([255, 0, 0, 255, 0, 255, 255, 255]))).toBe(true);
    expect(isOpaque(new Uint8Array([255, 255, 255, 254]))).toBe(false);
  });
});
