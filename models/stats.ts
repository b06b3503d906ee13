/**
 * Order statistics for the summary. A comparison sort of 100k doubles costs
 * about 10 ms, more than the whole pay computation, so we sort with an LSD
 * radix sort on the IEEE-754 bit patterns (4 passes of 16 bits, passes whose
 * digit is constant are skipped): linear time, exact, no comparator.
 */

const RADIX_MIN = 2048;

/** Sorted ascending copy of `values` (no NaN expected). `out` is reused when it has the right length. */
export function sortFloat64(values: Float64Array, out?: Float64Array): Float64Array {
  const n = values.length;
  const a = out && out.length === n ? out : new Float64Array(n);
  a.set(values);
  if (n < RADIX_MIN) return a.sort();
  let src: Uint32Array = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  const tmp = new Float64Array(n);
  let dst: Uint32Array = new Uint32Array(tmp.buffer, 0, 2 * n);
  // Make the bit patterns sort as unsigned integers: flip negatives entirely, set the sign bit of the rest.
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1]!;
    if (hi & 0x80000000) {
      src[2 * i + 1] = ~hi;
      src[2 * i] = ~src[2 * i]!;
    } else {
      src[2 * i + 1] = hi | 0x80000000;
    }
  }
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const lo = src[2 * i]!;
    const hi = src[2 * i + 1]!;
    counts[lo & 0xffff]!++;
    counts[65536 + (lo >>> 16)]!++;
    counts[131072 + (hi & 0xffff)]!++;
    counts[196608 + (hi >>> 16)]!++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    const first = shift ? src[word]! >>> 16 : src[word]! & 0xffff;
    if (counts[base + first] === n) continue;
    let sum = 0;
    for (let k = 0; k < 65536; k++) {
      const c = counts[base + k]!;
      counts[base + k] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = src[2 * i + word]!;
      const digit = shift ? key >>> 16 : key & 0xffff;
      const j = counts[base + digit]!++;
      dst[2 * j] = src[2 * i]!;
      dst[2 * j + 1] = src[2 * i + 1]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1]!;
    if (hi & 0x80000000) {
      src[2 * i + 1] = hi & 0x7fffffff;
    } else {
      src[2 * i + 1] = ~hi;
      src[2 * i] = ~src[2 * i]!;
    }
  }
  if (src.buffer !== a.buffer) a.set(new Float64Array(src.buffer, 0, n));
  return a;
}

/** numpy's default ("linear") percentile of ascending data, p in [0, 1]. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const x0 = sorted[lo]!;
  if (lo + 1 >= n) return x0;
  return x0 + (h - lo) * (sorted[lo + 1]! - x0);
}

/**
 * Gini = Σ_i Σ_j |x_i − x_j| / (2 n² mean), computed from ascending data as
 * Σ_i (2i − n − 1) x_(i) / (n Σ x) (i 1-based), which is the same sum in O(n).
 */
export function giniSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i]!;
    total += x;
    weighted += (2 * i + 1 - n) * x;
  }
  return total > 0 ? weighted / (n * total) : 0;
}
