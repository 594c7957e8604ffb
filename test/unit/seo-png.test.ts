import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/seo/png.ts';

/** Splits a PNG into its chunks, checking each CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
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

  /** Decodes what encodePng writes (one IDAT, filter 0) back to RGBA, checking the header on the way. */
  function decode(png: Buffer, w: number, h: number): number[] {
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([w, h, 8, 6, 0, 0, 0]);
    const raw = inflateSync(parts[1]!.data);
    expect(raw.length).toBe((w * 4 + 1) * h);
    const out: number[] = [];
    for (let y = 0; y < h; y++) {
      const row = raw.subarray(y * (w * 4 + 1), (y + 1) * (w * 4 + 1));
      expect(row[0], 'filter type').toBe(0);
      out.push(...row.subarray(1));
    }
    return out;
  }

  it('writes IHDR, IDAT and IEND with valid CRCs, and the pixels come back out unchanged', () => {
    expect(decode(encodePng(pixels, width, height), width, height)).toEqual([...pixels]);
  });

  it('gives each image its own bytes although it reuses its row buffer', () => {
    const first = encodePng(pixels, width, height);
    const small = new Uint8Array(2 * 2 * 4).fill(200);
    const second = encodePng(small, 2, 2);
    const third = encodePng(
      pixels.map((v) => 255 - v),
      width,
      height,
    );
    expect(decode(first, width, height)).toEqual([...pixels]);
    expect(decode(second, 2, 2)).toEqual([...small]);
    expect(decode(third, width, height)).toEqual([...pixels.map((v) => 255 - v)]);
  });

  it('rejects a buffer of the wrong size', () => {
    expect(() => encodePng(pixels.subarray(4), width, height)).toThrow(/RGBA/);
  });
});
