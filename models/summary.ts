/** The summary of a scheme (pay-model.md §4). */
import { giniSorted, quantileSorted, sortFloat64 } from './stats';
import { LEVELS, type GuidelineStatus, type LevelRow, type Summary } from './types';

export interface SummaryInput {
  annual: Float64Array;
  current: Float64Array;
  level: Uint8Array;
  columns: { position: Float64Array; skill: Float64Array; innovation: Float64Array; performance: Float64Array; seniority: Float64Array; floorTopUp: Float64Array; guaranteeTopUp: Float64Array };
  guideline: { lower: number; upper: number };
  byFactor: boolean;
  unallocated: number;
}

export function guidelineStatus(growth: number, g: { lower: number; upper: number }): GuidelineStatus {
  if (growth < g.lower) return 'below-lower';
  if (growth > g.upper) return 'above-upper';
  return 'within';
}

export function summarize(input: SummaryInput): Summary {
  const { annual, current, level, columns: c } = input;
  const n = annual.length;
  let wageBill = 0,
    currentWageBill = 0,
    winners = 0,
    losers = 0;
  let pos = 0,
    skill = 0,
    inno = 0,
    perf = 0,
    sen = 0,
    floor = 0,
    guarantee = 0;
  const count = new Float64Array(8);
  const sum = new Float64Array(8);
  const min = new Float64Array(8).fill(Infinity);
  const max = new Float64Array(8).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const a = annual[i]!;
    const cur = current[i]!;
    wageBill += a;
    currentWageBill += cur;
    const diff = a - cur;
    if (diff > 1) winners++;
    else if (diff < -1) losers++;
    pos += c.position[i]!;
    skill += c.skill[i]!;
    inno += c.innovation[i]!;
    perf += c.performance[i]!;
    sen += c.seniority[i]!;
    floor += c.floorTopUp[i]!;
    guarantee += c.guaranteeTopUp[i]!;
    const l = level[i]!;
    count[l]!++;
    sum[l]! += a;
    if (a < min[l]!) min[l] = a;
    if (a > max[l]!) max[l] = a;
  }
  const sorted = sortFloat64(annual);
  const p10 = quantileSorted(sorted, 0.1);
  const p90 = quantileSorted(sorted, 0.9);
  const growth = wageBill / currentWageBill - 1;
  const byLevel: LevelRow[] = [];
  for (let l = 0; l < 8; l++) {
    if (count[l]! > 0) byLevel.push({ level: LEVELS[l]!, count: count[l]!, meanAnnual: sum[l]! / count[l]!, minAnnual: min[l]!, maxAnnual: max[l]! });
  }
  return {
    workers: n,
    wageBill,
    currentWageBill,
    wageBillGrowth: growth,
    guidelineStatus: guidelineStatus(growth, input.guideline),
    mean: n ? wageBill / n : NaN,
    median: quantileSorted(sorted, 0.5),
    p10,
    p90,
    p90p10: p10 === 0 ? null : p90 / p10,
    gini: giniSorted(sorted),
    byFactor: input.byFactor ? { position: pos, skill, innovation: inno, performance: perf } : null,
    seniority: sen,
    floorTopUp: floor,
    guaranteeTopUp: guarantee,
    unallocated: input.unallocated,
    winners,
    losers,
    byLevel,
  };
}
