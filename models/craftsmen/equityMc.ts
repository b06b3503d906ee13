/**
 * Monte Carlo of an equity grant's outcome (pay-model.md §5): the share price
 * at expiry follows geometric Brownian motion, S_T = S exp((μ − q − σ²/2)T + σ√T Z).
 * μ = expectedReturn when given, else r (risk-neutral), in which case the
 * discounted mean payoff estimates the Black–Scholes value.
 *
 * Paths are drawn in fixed blocks, each block from its own random stream of
 * the seed, so the result is the same however the blocks are shared out.
 */
import { blackScholesCall } from './equity';
import { Rng } from '../rng';
import type { EquityGrant } from '../pay/scenario';
import { quantileSorted, sortFloat64 } from '../pay/stats';

export const MC_BLOCK = 4096;

export interface EquityMonteCarlo {
  paths: number;
  seed: number;
  /** Drift used: expectedReturn, or riskFree when none is given. */
  drift: number;
  /** Mean payoff of the whole grant at expiry (CNY, not discounted). */
  mean: number;
  stderr: number;
  p5: number;
  p50: number;
  p95: number;
  /** Share of paths that end with no value or a loss (price at or below strike / grant price). */
  probUnderwater: number;
  /** e^(−rT) × mean: comparable with the Black–Scholes fair value when drift = r. */
  presentValue: number;
  presentValueStderr: number;
  /**
   * What `presentValue` estimates, in closed form: for an option with drift r,
   * the Black–Scholes value; for restricted stock (any drift),
   * shares × (S e^((μ−q)T) − K) e^(−rT). Null for an option valued at a drift
   * other than r (no closed form then).
   */
  closedForm: number | null;
  /** Value of each tranche on its vesting date. */
  atVesting: VestingValue[];
  /** Distribution of the grant's value at expiry: 30 equal bins from 0 to P99 (the last bin also holds the rest). */
  histogram: { from: number; to: number; count: number }[];
}

export interface VestingValue {
  /** Years after grant. */
  years: number;
  /** Share of the grant vesting then. */
  fraction: number;
  /** Intrinsic value of that tranche on its vesting date (CNY): mean and P5/P50/P95 over paths. */
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

/** Vesting dates strictly before expiry, in order: the path is observed there before it reaches T. */
export function vestingDates(e: EquityGrant): number[] {
  return [...new Set(e.vesting.map((t) => t.years))].filter((y) => y < e.expiryYears).sort((a, b) => a - b);
}

/**
 * Paths [from, to): per-unit payoff at expiry into `out`, and per-unit
 * intrinsic value at each vesting date into `atDates` (path-major), both at
 * index path − offset. The price is stepped from date to date, so S_T has
 * exactly the distribution of the formula in pay-model.md §5.
 */
export function equityPayoffBlock(e: EquityGrant, seed: number, from: number, to: number, out: Float64Array, offset = 0, atDates?: Float64Array): void {
  const mu = e.expectedReturn ?? e.riskFree;
  const sigma = e.volatility;
  const dates = vestingDates(e);
  const times = [...dates, e.expiryYears];
  const m = times.length;
  const drift = new Float64Array(m);
  const vol = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const dt = times[k]! - (k ? times[k - 1]! : 0);
    drift[k] = (mu - e.dividendYield - (sigma * sigma) / 2) * dt;
    vol[k] = sigma * Math.sqrt(dt);
  }
  const strike = e.kind === 'option' ? (e.strike ?? e.spot) : (e.grantPrice ?? 0);
  // An option holder walks away below the strike (payoff 0); a holder of
  // restricted stock owns the share he paid the grant price for, and bears
  // the loss when it ends below that price (payoff S − K, negative then).
  const option = e.kind === 'option';
  const nd = m - 1;
  for (let b = Math.floor(from / MC_BLOCK); b * MC_BLOCK < to; b++) {
    const rng = new Rng(seed, b);
    const start = Math.max(b * MC_BLOCK, from);
    const end = Math.min((b + 1) * MC_BLOCK, to);
    // Burn the draws of paths before `from` in this block so the split does not matter.
    for (let i = b * MC_BLOCK; i < start; i++) for (let k = 0; k < m; k++) rng.normal();
    for (let i = start; i < end; i++) {
      let s = e.spot;
      for (let k = 0; k < nd; k++) {
        s *= Math.exp(drift[k]! + vol[k]! * rng.normal());
        if (atDates) atDates[(i - offset) * nd + k] = option ? (s > strike ? s - strike : 0) : s - strike;
      }
      s *= Math.exp(drift[nd]! + vol[nd]! * rng.normal());
      out[i - offset] = option ? (s > strike ? s - strike : 0) : s - strike;
    }
  }
}

export function summarizePayoffs(e: EquityGrant, seed: number, payoffs: Float64Array, atDates?: Float64Array): EquityMonteCarlo {
  const n = payoffs.length;
  let sum = 0,
    sumSq = 0,
    under = 0;
  for (let i = 0; i < n; i++) {
    const p = payoffs[i]!;
    sum += p;
    sumSq += p * p;
    if (p <= 0) under++;
  }
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  const se = Math.sqrt(variance / n);
  const sorted = sortFloat64(payoffs);
  const k = e.shares;
  const disc = Math.exp(-e.riskFree * e.expiryYears);
  return {
    paths: n,
    seed,
    drift: e.expectedReturn ?? e.riskFree,
    mean: k * mean,
    stderr: k * se,
    p5: k * quantileSorted(sorted, 0.05),
    p50: k * quantileSorted(sorted, 0.5),
    p95: k * quantileSorted(sorted, 0.95),
    probUnderwater: under / n,
    presentValue: k * mean * disc,
    presentValueStderr: k * se * disc,
    closedForm: closedForm(e),
    atVesting: vestingSummary(e, n, payoffs, atDates),
    histogram: histogram(sorted, k),
  };
}

/** The closed form `presentValue` estimates (see EquityMonteCarlo.closedForm). */
export function closedForm(e: EquityGrant): number | null {
  const T = e.expiryYears;
  const mu = e.expectedReturn ?? e.riskFree;
  if (e.kind === 'restricted') return e.shares * (e.spot * Math.exp((mu - e.dividendYield) * T) - (e.grantPrice ?? 0)) * Math.exp(-e.riskFree * T);
  if (mu !== e.riskFree) return null;
  return e.shares * blackScholesCall({ spot: e.spot, strike: e.strike ?? e.spot, riskFree: e.riskFree, dividendYield: e.dividendYield, volatility: e.volatility, years: T });
}

/** 30 equal bins from the lower of 0 and P1 (restricted stock can lose) to P99; the end bins also hold the rest. */
function histogram(sorted: Float64Array, scale: number, bins = 30): { from: number; to: number; count: number }[] {
  const bottom = Math.min(0, quantileSorted(sorted, 0.01) * scale);
  const top = quantileSorted(sorted, 0.99) * scale;
  const width = top > bottom ? (top - bottom) / bins : 1;
  const out = Array.from({ length: bins }, (_, b) => ({ from: bottom + b * width, to: bottom + (b + 1) * width, count: 0 }));
  for (let i = 0; i < sorted.length; i++) out[Math.max(0, Math.min(bins - 1, Math.floor((sorted[i]! * scale - bottom) / width)))]!.count++;
  return out;
}

function vestingSummary(e: EquityGrant, n: number, payoffs: Float64Array, atDates?: Float64Array): VestingValue[] {
  const dates = vestingDates(e);
  const nd = dates.length;
  const perDate = new Float64Array(n);
  return [...new Set(e.vesting.map((t) => t.years))]
    .sort((a, b) => a - b)
    .map((years) => {
      const fraction = e.vesting.filter((t) => t.years === years).reduce((a, t) => a + t.fraction, 0);
      const d = dates.indexOf(years);
      // A tranche vesting at or after expiry is worth its payoff at expiry.
      if (d < 0 || !atDates) perDate.set(payoffs);
      else for (let i = 0; i < n; i++) perDate[i] = atDates[i * nd + d]!;
      let s = 0;
      for (let i = 0; i < n; i++) s += perDate[i]!;
      const sorted = sortFloat64(perDate);
      const k = e.shares * fraction;
      return { years, fraction, mean: (k * s) / n, p5: k * quantileSorted(sorted, 0.05), p50: k * quantileSorted(sorted, 0.5), p95: k * quantileSorted(sorted, 0.95) };
    });
}

export function equityMonteCarlo(e: EquityGrant, paths: number, seed: number): EquityMonteCarlo {
  const payoffs = new Float64Array(paths);
  const atDates = new Float64Array(paths * vestingDates(e).length);
  equityPayoffBlock(e, seed, 0, paths, payoffs, 0, atDates);
  return summarizePayoffs(e, seed, payoffs, atDates);
}
