/**
 * Seeded randomness. Nothing in the engine calls Math.random: every random
 * draw comes from a generator made here, so the same seed gives the same
 * numbers on the main thread, in a worker and in the CLI.
 *
 * xoshiro128** (Blackman & Vigna) works on 32-bit integers, which JavaScript
 * does natively and fast; splitmix32 expands a seed into its state.
 */

function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) | 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [s, (z ^ (z >>> 16)) >>> 0];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = NaN;

  /**
   * `stream` selects an independent sequence for the same seed: Monte Carlo
   * derives one stream per path (or block of paths), never per thread, so
   * results do not depend on how work is split.
   */
  constructor(seed: number, stream = 0) {
    let s = (seed >>> 0) ^ Math.imul(stream >>> 0, 0x632be5ab);
    let out: number;
    [s, out] = splitmix32(s);
    this.a = out;
    [s, out] = splitmix32(s ^ (stream * 0x27d4eb2f));
    this.b = out;
    [s, out] = splitmix32(s);
    this.c = out;
    [, out] = splitmix32(s);
    this.d = out;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Next 32-bit unsigned integer. */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Standard normal variate (Marsaglia polar method; the second value is kept). */
  normal(): number {
    if (this.spare === this.spare) {
      const v = this.spare;
      this.spare = NaN;
      return v;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    return u * m;
  }

  /** Index drawn from a discrete distribution given by its cumulative shares. */
  pick(cumulative: ArrayLike<number>): number {
    const u = this.next() * cumulative[cumulative.length - 1]!;
    for (let k = 0; k < cumulative.length - 1; k++) if (u < cumulative[k]!) return k;
    return cumulative.length - 1;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
