/**
 * Monte Carlo of an equity grant's outcome (pay-model.md §5): the share price
 * at expiry follows geometric Brownian motion, S_T = S exp((μ − q − σ²/2)T + σ√T Z).
 * μ = expectedReturn when given, else r (risk-neutral), in which case the
 * discounted mean payoff estimates the Black–Scholes value.
 *
 * Paths are drawn in fixed blocks, each block from its own random stream of
 * the seed, so the result is the same however the blocks are shared out.
 */
import { Rng } from './rng';
import type { EquityGrant } from './scenario';
import { quantileSorted, sortFloat64 } from './stats';

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
  /** Share of paths that end with no value (price at or below strike / grant price). */
  probUnderwater: number;
  /** e^(−rT) × mean: comparable with the Black–Scholes fair value when drift = r. */
  presentValue: number;
  presentValueStderr: number;
}

/** Payoffs per unit for paths [from, to), written into `out` at index path − offset. */
export function equityPayoffBlock(e: EquityGrant, seed: number, from: number, to: number, out: Float64Array, offset = 0): void {
  const mu = e.expectedReturn ?? e.riskFree;
  const T = e.expiryYears;
  const sigma = e.volatility;
  const drift = (mu - e.dividendYield - (sigma * sigma) / 2) * T;
  const vol = sigma * Math.sqrt(T);
  const strike = e.kind === 'option' ? (e.strike ?? e.spot) : (e.grantPrice ?? 0);
  for (let b = Math.floor(from / MC_BLOCK); b * MC_BLOCK < to; b++) {
    const rng = new Rng(seed, b);
    const start = Math.max(b * MC_BLOCK, from);
    const end = Math.min((b + 1) * MC_BLOCK, to);
    // Burn the draws of paths before `from` in this block so the split does not matter.
    for (let i = b * MC_BLOCK; i < start; i++) rng.normal();
    for (let i = start; i < end; i++) {
      const sT = e.spot * Math.exp(drift + vol * rng.normal());
      out[i - offset] = sT > strike ? sT - strike : 0;
    }
  }
}

export function summarizePayoffs(e: EquityGrant, seed: number, payoffs: Float64Array): EquityMonteCarlo {
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
  };
}

export function equityMonteCarlo(e: EquityGrant, paths: number, seed: number): EquityMonteCarlo {
  const payoffs = new Float64Array(paths);
  equityPayoffBlock(e, seed, 0, paths, payoffs);
  return summarizePayoffs(e, seed, payoffs);
}
