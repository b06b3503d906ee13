/**
 * Order statistics for the summary. A comparison sort of 100k doubles costs
 * about 8 ms here, more than the whole pay computation, so we sort with an
 * LSD radix sort on the upper 32 bits of the IEEE-754 patterns (3 passes of
 * 11/11/10 bits, skipping passes whose digit never changes), then finish with
 * an insertion pass that only has to reorder values whose upper 32 bits tie
 * (they differ by less than one part in a million). The result is exactly
 * sorted. Each loop is its own function so V8 compiles it whole.
 */

const RADIX_MIN = 2048;

/** Upper 32 bits, remapped so that unsigned order equals numeric order. */
function upperKeys(words: Uint32Array, keys: Uint32Array, counts: Uint32Array): void {
  for (let i = 0; i < keys.length; i++) {
    const hi = words[2 * i + 1]!;
    const k = hi & 0x80000000 ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
    keys[i] = k;
    counts[k & 2047]!++;
    counts[2048 + ((k >>> 11) & 2047)]!++;
    counts[4096 + (k >>> 22)]!++;
  }
}

function scatter(srcKeys: Uint32Array, srcVals: Float64Array, dstKeys: Uint32Array, dstVals: Float64Array, counts: Uint32Array, base: number, shift: number, mask: number): void {
  let sum = 0;
  for (let d = 0; d <= mask; d++) {
    const c = counts[base + d]!;
    counts[base + d] = sum;
    sum += c;
  }
  for (let i = 0; i < srcKeys.length; i++) {
    const k = srcKeys[i]!;
    const j = counts[base + ((k >>> shift) & mask)]!++;
    dstKeys[j] = k;
    dstVals[j] = srcVals[i]!;
  }
}

function insertionFixup(a: Float64Array): void {
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    if (x >= a[i - 1]!) continue;
    let j = i - 1;
    while (j >= 0 && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

interface Scratch {
  a: Float64Array;
  b: Float64Array;
  ka: Uint32Array;
  kb: Uint32Array;
  counts: Uint32Array;
}
let scratch: Scratch | null = null;

function scratchFor(n: number): Scratch {
  if (!scratch || scratch.a.length !== n) {
    scratch = { a: new Float64Array(n), b: new Float64Array(n), ka: new Uint32Array(n), kb: new Uint32Array(n), counts: new Uint32Array(5120) };
  }
  return scratch;
}

/**
 * Sorted ascending copy of `values` (no NaN expected). With `temporary`, the
 * result lives in a buffer the next call may overwrite: for callers that read
 * it at once (the summary, run thousands of times by the projection).
 */
export function sortFloat64(values: Float64Array, temporary = false): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN) return Float64Array.from(values).sort();
  const sc = temporary ? scratchFor(n) : null;
  let vals = sc ? sc.a : new Float64Array(n);
  vals.set(values);
  let other = sc ? sc.b : new Float64Array(n);
  let keys = sc ? sc.ka : new Uint32Array(n);
  let otherKeys = sc ? sc.kb : new Uint32Array(n);
  const counts = sc ? sc.counts.fill(0) : new Uint32Array(5120);
  upperKeys(new Uint32Array(vals.buffer, vals.byteOffset, 2 * n), keys, counts);
  const passes: [base: number, shift: number, mask: number][] = [
    [0, 0, 2047],
    [2048, 11, 2047],
    [4096, 22, 1023],
  ];
  for (const [base, shift, mask] of passes) {
    if (counts[base + ((keys[0]! >>> shift) & mask)] === n) continue;
    scatter(keys, vals, otherKeys, other, counts, base, shift, mask);
    [vals, other] = [other, vals];
    [keys, otherKeys] = [otherKeys, keys];
  }
  insertionFixup(vals);
  return vals;
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

/**
 * The quantile `p` of `values` (numpy's "linear" definition, as
 * quantileSorted) without sorting them: Hoare's selection finds the order
 * statistics needed in linear time. `values` is reordered (pass a scratch copy).
 */
export function quantileSelect(values: Float64Array, p: number): number {
  const n = values.length;
  if (!n) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = select(values, lo);
  if (lo + 1 >= n || h === lo) return a;
  // The next order statistic is the smallest of what lies above position lo.
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (values[i]! < b) b = values[i]!;
  return a + (h - lo) * (b - a);
}

/** The k-th smallest (0-based), leaving smaller values before position k and larger ones after. */
function select(v: Float64Array, k: number): number {
  let left = 0,
    right = v.length - 1;
  while (right > left) {
    // Median of three as pivot: no quadratic case on sorted or nearly sorted pay.
    const mid = (left + right) >> 1;
    const x = v[left]!,
      y = v[mid]!,
      z = v[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left,
      j = right;
    while (i <= j) {
      while (v[i]! < pivot) i++;
      while (v[j]! > pivot) j--;
      if (i <= j) {
        const t = v[i]!;
        v[i] = v[j]!;
        v[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return v[k]!;
  }
  return v[k]!;
}

/**
 * The same quantile as `quantileSelect`, in two counting passes instead of
 * partitioning: the values are counted into 2,048 buckets between their
 * minimum and maximum, and only the bucket holding the order statistics is
 * sorted. Exact; about four times faster than selection on 100,000 values.
 * `values` is not changed.
 */
export function quantileByCounting(values: Float64Array, p: number): number {
  const n = values.length;
  if (!n) return NaN;
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) return lo;
  const B = 2048;
  const scale = B / (hi - lo);
  // A range too small to divide (denormal numbers): select instead.
  if (!Number.isFinite(scale)) return quantileSelect(values.slice(), p);
  const counts = new Uint32Array(B + 1);
  for (let i = 0; i < n; i++) counts[Math.floor((values[i]! - lo) * scale)]!++;
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const need = h === k || k + 1 >= n ? 1 : 2;
  // The bucket of order statistic k, and of k + 1 when interpolating.
  let seen = 0,
    b = 0;
  while (seen + counts[b]! <= k) seen += counts[b++]!;
  let last = b,
    upto = seen + counts[b]!;
  while (need === 2 && upto <= k + 1) upto += counts[++last]!;
  const picked: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor((values[i]! - lo) * scale);
    if (c >= b && c <= last) picked.push(values[i]!);
  }
  picked.sort((x, y) => x - y);
  const a = picked[k - seen]!;
  return need === 1 ? a : a + (h - k) * (picked[k - seen + 1]! - a);
}
