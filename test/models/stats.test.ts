import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../models/rng';
import { giniSorted, quantileSorted, sortFloat64 } from '../../models/pay/stats';

describe('radix sort', () => {
  it('sorts exactly like a comparison sort, negatives and duplicates included', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 0, maxLength: 5000 }), (xs) => {
        const input = Float64Array.from(xs);
        const expected = Float64Array.from(xs).sort();
        expect(Array.from(sortFloat64(input))).toEqual(Array.from(expected));
      }),
      { numRuns: 60 },
    );
  });

  it('sorts large arrays (radix path) of pay-like values', () => {
    const rng = new Rng(1);
    const xs = Float64Array.from({ length: 100_000 }, () => Math.round(rng.next() * 3e5 * 100) / 100);
    expect(Array.from(sortFloat64(xs))).toEqual(Array.from(Float64Array.from(xs).sort()));
  });
});

describe('percentiles (numpy linear)', () => {
  it('matches numpy on small cases', () => {
    // np.percentile([1, 2, 3, 4], [10, 50, 90]) → 1.3, 2.5, 3.7
    expect(quantileSorted([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantileSorted([7], 0.9)).toBe(7);
  });
});

describe('against simple-statistics (an independent library)', () => {
  it('the median of the sorted values is its median', async () => {
    const ss = await import('simple-statistics');
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }), (xs) => {
        expect(quantileSorted(sortFloat64(Float64Array.from(xs)), 0.5)).toBeCloseTo(ss.median(xs), 6);
      }),
      { numRuns: 80 },
    );
  });

  it('the equity simulation\'s standard error is its sample standard deviation over √n', async () => {
    const ss = await import('simple-statistics');
    const { equityPayoffBlock, summarizePayoffs } = await import('../../models/craftsmen/equityMc');
    const e = { kind: 'option' as const, shares: 100, spot: 18.5, strike: 20, riskFree: 0.02, dividendYield: 0.01, volatility: 0.35, expiryYears: 5, vesting: [{ years: 1, fraction: 1 }] };
    const payoffs = new Float64Array(20_000);
    equityPayoffBlock(e, 3, 0, payoffs.length, payoffs);
    const mc = summarizePayoffs(e, 3, payoffs.slice());
    const xs = Array.from(payoffs);
    expect(mc.mean).toBeCloseTo(100 * ss.mean(xs), 6);
    expect(mc.stderr).toBeCloseTo((100 * ss.sampleStandardDeviation(xs)) / Math.sqrt(xs.length), 6);
    expect(mc.p50).toBeCloseTo(100 * ss.median(xs), 6);
  });
});

describe('Gini', () => {
  it('equals the double-sum definition', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 60 }), (xs) => {
        const n = xs.length;
        const mean = xs.reduce((a, b) => a + b, 0) / n;
        let pairs = 0;
        for (const a of xs) for (const b of xs) pairs += Math.abs(a - b);
        const expected = mean === 0 ? 0 : pairs / (2 * n * n * mean);
        const got = giniSorted(Float64Array.from(xs).sort());
        expect(Math.abs(got - expected)).toBeLessThan(1e-9);
        expect(got).toBeGreaterThanOrEqual(-1e-12);
        expect(got).toBeLessThan(1);
      }),
    );
  });

  it('is 0 for equal pay and (n−1)/n when one person has everything', () => {
    expect(giniSorted([5, 5, 5])).toBe(0);
    expect(giniSorted([0, 0, 0, 10])).toBeCloseTo(0.75, 12);
  });
});

describe('quantile by counting', () => {
  it('is the sorted quantile, exactly (property: ties, negatives, tiny and huge ranges)', async () => {
    const { quantileByCounting } = await import('../../models/pay/stats');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 3 }).map((x) => x * 0.5)), { minLength: 1, maxLength: 3000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const v = Float64Array.from(xs);
          expect(quantileByCounting(v, p)).toBe(quantileSorted(sortFloat64(v.slice()), p));
        },
      ),
      { numRuns: 200 },
    );
    // Found by the property above: a range of one denormal step.
    expect(quantileByCounting(Float64Array.from([0, 5e-324]), 0)).toBe(0);
  });
});
