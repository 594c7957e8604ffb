import { describe, expect, it } from 'vitest';
import { linePath } from '../../src/islands/charts/LineChart';

describe('linePath', () => {
  it('draws a straight run of points as one segment and keeps every bend', () => {
    const straight = Array.from({ length: 36 }, (_, i): [number, number] => [76 + i * 15.2, 250 - i * 3.5]);
    expect(linePath(straight)).toBe(`M76,250L${76 + 35 * 15.2},${250 - 35 * 3.5}`);
    const bent: [number, number][] = [
      [0, 0],
      [10, 0],
      [20, 0],
      [30, 10],
      [40, 20],
    ];
    expect(linePath(bent)).toBe('M0,0L20,0L40,20');
  });

  it('never leaves out a point farther than the tolerance from the segment drawn', () => {
    // A gentle curve: each point is close to its neighbours' chord but not to a long one.
    const curve = Array.from({ length: 50 }, (_, i): [number, number] => [i * 10, (i * i) / 20]);
    const d = linePath(curve);
    const kept = d
      .slice(1)
      .split('L')
      .map((p) => p.split(',').map(Number) as [number, number]);
    expect(kept.length).toBeGreaterThan(2);
    for (const [x, y] of curve) {
      const k = kept.findIndex(([kx]) => kx >= x);
      if (kept[k]![0] === x) continue;
      const [ax, ay] = kept[k - 1]!;
      const [bx, by] = kept[k]!;
      const yOnSegment = ay + ((x - ax) * (by - ay)) / (bx - ax);
      expect(Math.abs(yOnSegment - y)).toBeLessThanOrEqual(
        (0.2 * Math.hypot(bx - ax, by - ay)) / Math.abs(bx - ax) + 1e-9,
      );
    }
  });

  it('handles no points, one point and repeated points', () => {
    expect(linePath([])).toBe('');
    expect(linePath([[1, 2]])).toBe('M1,2');
    expect(
      linePath([
        [1, 2],
        [1, 2],
        [1, 2],
      ]),
    ).toBe('M1,2L1,2');
  });
});
