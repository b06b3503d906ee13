import { erf } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { blackScholesCall, blackScholesPut, expenseByYear } from '../../models/craftsmen/equity';
import { equityMonteCarlo } from '../../models/craftsmen/equityMc';
import { normalCdf } from '../../models/normal';
import { defaultScenario } from '../../models/pay/scenario';
import { equityResult } from '../../models/craftsmen/craftsmen';
import { close } from '../helpers';

describe('normal CDF', () => {
  it('matches textbook values to 1e-12', () => {
    const known: [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [-1, 0.15865525393145705],
      [1.96, 0.9750021048517795],
      [0.5, 0.6914624612740131],
      [-3, 0.0013498980316300946],
      [2, 0.9772498680518208],
    ];
    for (const [x, p] of known) expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-12);
  });

  it('agrees with an independent implementation (mathjs erf, Cody) to 1e-12 on a fine grid', () => {
    let worst = 0;
    for (let x = -9; x <= 9; x += 0.001) {
      const ref = 0.5 * (1 + (erf(x / Math.SQRT2) as number));
      worst = Math.max(worst, Math.abs(normalCdf(x) - ref));
    }
    expect(worst).toBeLessThan(1e-12);
  });
});

describe('Black–Scholes–Merton', () => {
  const hull = { spot: 42, strike: 40, riskFree: 0.1, dividendYield: 0, volatility: 0.2, years: 0.5 };

  it('gives the textbook values (Hull: call 4.7594, put 0.8086)', () => {
    expect(blackScholesCall(hull)).toBeCloseTo(4.7594, 4);
    expect(blackScholesPut(hull)).toBeCloseTo(0.8086, 4);
  });

  it('prices with a dividend yield (Hull, index option: S 930, K 900, q 3 %, T 2 months → 51.83)', () => {
    expect(blackScholesCall({ spot: 930, strike: 900, riskFree: 0.08, dividendYield: 0.03, volatility: 0.2, years: 2 / 12 })).toBeCloseTo(51.83, 2);
  });

  it('satisfies put–call parity C − P = S e^(−qT) − K e^(−rT)', () => {
    for (const p of [hull, { spot: 18.5, strike: 20, riskFree: 0.02, dividendYield: 0.01, volatility: 0.35, years: 5 }, { spot: 10, strike: 5, riskFree: 0.05, dividendYield: 0.04, volatility: 0.6, years: 3 }]) {
      close(blackScholesCall(p) - blackScholesPut(p), p.spot * Math.exp(-p.dividendYield * p.years) - p.strike * Math.exp(-p.riskFree * p.years), 1e-10);
    }
  });

  it('tends to discounted intrinsic value as volatility goes to 0', () => {
    const p = { ...hull, volatility: 0 };
    close(blackScholesCall(p), 42 - 40 * Math.exp(-0.05));
    close(blackScholesCall({ ...hull, volatility: 1e-6 }), 42 - 40 * Math.exp(-0.05), 1e-6);
  });
});

describe('grants', () => {
  const s = defaultScenario({
    craftsmen: [
      { id: 'a', scheme: 'agreement', agreement: { agreedAnnual: 1 }, equity: { kind: 'restricted', shares: 1000, spot: 20, grantPrice: 8, vesting: [{ years: 1, fraction: 0.5 }, { years: 2, fraction: 0.5 }] } },
      { id: 'b', scheme: 'agreement', agreement: { agreedAnnual: 1 }, equity: { kind: 'restricted', shares: 1000, spot: 5, grantPrice: 8, vesting: [{ years: 1, fraction: 1 }] } },
    ],
  });

  it('values restricted stock at spot − grant price, floored at 0', () => {
    expect(equityResult(s.craftsmen[0]!)!.fairValue).toBe(12000);
    expect(equityResult(s.craftsmen[1]!)!.perUnit).toBe(0);
  });

  it('expenses graded vesting tranche by tranche (hand-worked)', () => {
    const e = expenseByYear(1000, [
      { years: 1, fraction: 0.4 },
      { years: 2, fraction: 0.3 },
      { years: 3, fraction: 0.3 },
    ]);
    // Year 1: 400 + 150 + 100; year 2: 150 + 100; year 3: 100.
    expect(e.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([650, 250, 100]);
  });

  it('expense schedule sums to the fair value', () => {
    const vest = [{ years: 2, fraction: 0.25 }, { years: 4, fraction: 0.25 }, { years: 3, fraction: 0.5 }];
    close(expenseByYear(123456.78, vest).reduce((a, b) => a + b, 0), 123456.78);
    expect(expenseByYear(1, vest)).toHaveLength(4);
  });
});

describe('equity Monte Carlo', () => {
  const grants = [
    { kind: 'option' as const, shares: 1, spot: 42, strike: 40, riskFree: 0.1, dividendYield: 0, volatility: 0.2, expiryYears: 0.5 },
    { kind: 'option' as const, shares: 100, spot: 18.5, strike: 20, riskFree: 0.02, dividendYield: 0.01, volatility: 0.35, expiryYears: 5 },
    { kind: 'option' as const, shares: 10, spot: 100, strike: 130, riskFree: 0.03, dividendYield: 0.02, volatility: 0.5, expiryYears: 3 },
  ];
  const vesting = [{ years: 1, fraction: 1 }];

  it('with μ = r the discounted mean agrees with Black–Scholes within 3 standard errors', () => {
    for (const g of grants) {
      const e = { ...g, vesting };
      const mc = equityMonteCarlo(e, 200_000, 42);
      const bs = g.shares * blackScholesCall({ spot: g.spot, strike: g.strike, riskFree: g.riskFree, dividendYield: g.dividendYield, volatility: g.volatility, years: g.expiryYears });
      expect(Math.abs(mc.presentValue - bs)).toBeLessThan(3 * mc.presentValueStderr);
      expect(mc.p5).toBeLessThanOrEqual(mc.p50);
      expect(mc.p50).toBeLessThanOrEqual(mc.p95);
    }
  });

  it('restricted stock: the holder holds S_T − K, losses included; the discounted mean agrees with S·e^(−qT) − K·e^(−rT) within 3 standard errors at 200,000 paths', () => {
    // The case of the issue: 10,000 shares, spot 18.5, grant price 9.2, 35 % volatility, 5 years, 1 % dividends, r = 2 %.
    const e = { kind: 'restricted' as const, shares: 10_000, spot: 18.5, grantPrice: 9.2, riskFree: 0.02, dividendYield: 0.01, volatility: 0.35, expiryYears: 5, vesting };
    const mc = equityMonteCarlo(e, 200_000, 42);
    // By hand: 10,000 × (18.5·e^(−0.05) − 9.2·e^(−0.1)) = 10,000 × (17.5977 − 8.3245) = 92,732.
    const byHand = 10_000 * (18.5 * Math.exp(-0.01 * 5) - 9.2 * Math.exp(-0.02 * 5));
    expect(byHand).toBeCloseTo(92_732, -1);
    expect(mc.closedForm).toBeCloseTo(byHand, 6);
    expect(Math.abs(mc.presentValue - byHand)).toBeLessThan(3 * mc.presentValueStderr);
    // Deep enough under water, the holder loses: the lowest outcomes are negative, and so is P5 when the grant price is high.
    const dear = equityMonteCarlo({ ...e, grantPrice: 18 }, 50_000, 5);
    expect(dear.p5).toBeLessThan(0);
    expect(dear.histogram[0]!.from).toBeLessThan(0);
    expect(dear.probUnderwater).toBeGreaterThan(0.3);
    // With a drift of its own the closed form follows it: S·e^((μ−q)T) − K, discounted at r.
    const up = equityMonteCarlo({ ...e, expectedReturn: 0.08 }, 200_000, 9);
    expect(Math.abs(up.presentValue - up.closedForm!)).toBeLessThan(3 * up.presentValueStderr);
  });

  it('an option valued with a drift other than r has no closed form to compare with', () => {
    expect(equityMonteCarlo({ ...grants[1]!, vesting, expectedReturn: 0.08 }, 1000, 1).closedForm).toBeNull();
    const e = { ...grants[1]!, vesting };
    expect(equityMonteCarlo(e, 1000, 1).closedForm).toBeCloseTo(e.shares * blackScholesCall({ spot: e.spot, strike: e.strike, riskFree: e.riskFree, dividendYield: e.dividendYield, volatility: e.volatility, years: e.expiryYears }), 9);
  });

  it('the same seed gives the same result; another seed does not', () => {
    const e = { ...grants[1]!, vesting };
    expect(equityMonteCarlo(e, 10_000, 7)).toEqual(equityMonteCarlo(e, 10_000, 7));
    expect(equityMonteCarlo(e, 10_000, 8).mean).not.toBe(equityMonteCarlo(e, 10_000, 7).mean);
  });

  it('a higher expected return raises the mean payoff and lowers the chance of ending under water', () => {
    const e = { ...grants[1]!, vesting };
    const rn = equityMonteCarlo(e, 50_000, 3);
    const up = equityMonteCarlo({ ...e, expectedReturn: 0.12 }, 50_000, 3);
    expect(up.mean).toBeGreaterThan(rn.mean);
    expect(up.probUnderwater).toBeLessThan(rn.probUnderwater);
  });
});

describe('equity value at vesting dates', () => {
  it('reports each tranche; with μ = r a tranche vesting at t is worth e^{rt} × its BS value on average (within 2 %, about 5 standard errors at 200k paths)', () => {
    const e = { kind: 'option' as const, shares: 1000, spot: 20, strike: 20, riskFree: 0.03, dividendYield: 0, volatility: 0.3, expiryYears: 5, vesting: [{ years: 1, fraction: 0.5 }, { years: 3, fraction: 0.5 }] };
    const mc = equityMonteCarlo(e, 200_000, 3);
    expect(mc.atVesting.map((v) => [v.years, v.fraction])).toEqual([[1, 0.5], [3, 0.5]]);
    for (const v of mc.atVesting) {
      // Intrinsic value on the date, max(S_t − K, 0): its mean is the forward value of a call expiring at t.
      const expected = 500 * Math.exp(0.03 * v.years) * blackScholesCall({ spot: 20, strike: 20, riskFree: 0.03, dividendYield: 0, volatility: 0.3, years: v.years });
      expect(Math.abs(v.mean - expected) / expected).toBeLessThan(0.02);
      expect(v.p5).toBeLessThanOrEqual(v.p50);
      expect(v.p50).toBeLessThanOrEqual(v.p95);
    }
  });
});
