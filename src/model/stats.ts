/**
 * Order statistics on typed arrays without sorting: quickselect, and percentiles with the same
 * linear interpolation as a sorted array would give (type 7, as in spreadsheets).
 */

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Put the k-th smallest value (0-based) of a[lo..hi] at index k, smaller-or-equal values before it and
 * greater-or-equal after it (Hoare quickselect, median of three). Reorders `a`; returns a[k].
 */
export function selectKth(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/**
 * Percentiles (each q in 0–1, ascending) of `a`, reordering it in place. Equal to interpolating in the
 * sorted array: value at position q·(n − 1). An empty array gives zeros.
 */
export function percentilesInPlace(a: Float64Array, qs: readonly number[]): number[] {
  const n = a.length;
  if (n === 0) return qs.map(() => 0);
  const out: number[] = [];
  let lo = 0;
  for (const q of qs) {
    const pos = Math.min(1, Math.max(0, q)) * (n - 1);
    const k = Math.floor(pos);
    // Earlier selections leave everything before `lo` no larger than a[lo], so search only the rest.
    const v = selectKth(a, k, Math.min(lo, k), n - 1);
    let next = v;
    if (k + 1 < n && pos > k) {
      next = Infinity;
      for (let i = k + 1; i < n; i++) if (a[i]! < next) next = a[i]!;
    }
    out.push(v + (next - v) * (pos - k));
    lo = k;
  }
  return out;
}
