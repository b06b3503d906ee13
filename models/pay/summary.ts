/** The summary of a scheme (pay-model.md §4), from sums gathered in the pay loop plus the sorted pay. */
import { giniSorted, quantileSorted, sortFloat64 } from './stats';
import { LEVELS, type GuidelineStatus, type LevelRow, type PerFactor, type Summary } from '../types';

export interface Accumulator {
  count: Float64Array;
  sum: Float64Array;
  min: Float64Array;
  max: Float64Array;
  wageBill: number;
  currentWageBill: number;
  winners: number;
  losers: number;
  seniority: number;
  floorTopUp: number;
  guaranteeTopUp: number;
  unallocated: number;
  allowances: number;
}

export function newAccumulator(): Accumulator {
  return {
    count: new Float64Array(8),
    sum: new Float64Array(8),
    min: new Float64Array(8).fill(Infinity),
    max: new Float64Array(8).fill(-Infinity),
    wageBill: 0,
    currentWageBill: 0,
    winners: 0,
    losers: 0,
    seniority: 0,
    floorTopUp: 0,
    guaranteeTopUp: 0,
    unallocated: 0,
    allowances: 0,
  };
}

/**
 * A scheme's wage bill with the plan year's innovation rewards added (where its rules count them in it) and its growth on
 * today's bill: the one figure the innovation answer, the key figures and the comparison give (0 rewards: the pay alone).
 */
export function billWithRewards(wageBill: number, currentBill: number, rewards: number): { bill: number; growth: number } {
  const bill = wageBill + rewards;
  return { bill, growth: currentBill > 0 ? bill / currentBill - 1 : 0 };
}

export function guidelineStatus(growth: number, g: { lower: number; upper: number }): GuidelineStatus {
  if (growth < g.lower) return 'below-lower';
  if (growth > g.upper) return 'above-upper';
  return 'within';
}

export function finishSummary(acc: Accumulator, annual: Float64Array, guideline: { lower: number; upper: number }, byFactor: PerFactor<number> | null): Summary {
  const n = annual.length;
  const sorted = sortFloat64(annual, true);
  const p10 = quantileSorted(sorted, 0.1);
  const p90 = quantileSorted(sorted, 0.9);
  const growth = acc.wageBill / acc.currentWageBill - 1;
  const byLevel: LevelRow[] = [];
  for (let l = 0; l < 8; l++) {
    const c = acc.count[l]!;
    if (c > 0) byLevel.push({ level: LEVELS[l]!, count: c, meanAnnual: acc.sum[l]! / c, minAnnual: acc.min[l]!, maxAnnual: acc.max[l]! });
  }
  return {
    workers: n,
    wageBill: acc.wageBill,
    currentWageBill: acc.currentWageBill,
    wageBillGrowth: growth,
    guidelineStatus: guidelineStatus(growth, guideline),
    mean: n ? acc.wageBill / n : NaN,
    median: quantileSorted(sorted, 0.5),
    p10,
    p90,
    p90p10: p10 === 0 ? null : p90 / p10,
    gini: giniSorted(sorted),
    byFactor,
    seniority: acc.seniority,
    floorTopUp: acc.floorTopUp,
    guaranteeTopUp: acc.guaranteeTopUp,
    unallocated: acc.unallocated,
    allowances: acc.allowances,
    winners: acc.winners,
    losers: acc.losers,
    byLevel,
  };
}

/** Today's pay summarised like a scheme: the baseline every proposal is compared with. */
export function baselineSummary(monthlyPay: Float64Array, level: Uint8Array, guideline: { lower: number; upper: number }): Summary {
  const n = monthlyPay.length;
  const annual = new Float64Array(n);
  const acc = newAccumulator();
  for (let i = 0; i < n; i++) {
    const a = 12 * monthlyPay[i]!;
    annual[i] = a;
    acc.wageBill += a;
    const l = level[i]!;
    acc.count[l]!++;
    acc.sum[l]! += a;
    if (a < acc.min[l]!) acc.min[l] = a;
    if (a > acc.max[l]!) acc.max[l] = a;
  }
  acc.currentWageBill = acc.wageBill;
  return finishSummary(acc, annual, guideline, null);
}
