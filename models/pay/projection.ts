/**
 * Multi-year projection (pay-model.md §6): Monte Carlo over the workforce.
 *
 * Year 1 is the scheme applied to today's workforce, as negotiated. Each later
 * year, every regular worker first leaves (probability `attrition`; replaced
 * by an L1 at the median job points of the same post, no innovation points,
 * starting on the median pay of today's L1 workers), or else is promoted one
 * grade (probability `promotion[grade]`); survivors gain a year of service;
 * everyone's appraisal is drawn from `ratingShares`. Last year's new pay is
 * this year's current pay, so guarantees and raises compound. The pool grows
 * by `poolGrowth` a year. Craftsmen keep their package and are not simulated.
 *
 * Every path has its own random stream (seed, path index), so the numbers do
 * not depend on how paths are split between workers; blocks are combined in
 * path order.
 */
import { computePay, type PayResult } from './pay';
import { Rng } from '../rng';
import { DEFAULTS } from '../defaults';
import type { Projection, Scenario } from './scenario';
import { quantileSorted, sortFloat64 } from './stats';
import { LEVELS, RATINGS, type Workforce } from '../types';
import { copyWorkforce, indexOfId } from './workforce';

export interface ProjectionYear {
  year: number;
  wageBill: { p5: number; p50: number; p95: number };
  /** Mean annual pay in today's money (deflated by CPI), averaged over paths. */
  meanRealPay: number;
  giniP50: number;
  /** Share of paths where the wage bill exceeds the pool (pool mode; null otherwise). */
  probOverPool: number | null;
  /** Share of paths where floors and guarantees push the bill over pool + seniority (pool mode; null otherwise). */
  probOverBudget: number | null;
  /** Share of paths where the year's wage-bill growth is above the guideline's upper line. */
  probAboveGuideline: number;
}

/** Raw per-path results of a block of paths, combined later in path order. */
export interface ProjectionBlock {
  from: number;
  to: number;
  years: number;
  /** Indexed [path − from][year − 1], flattened. */
  wageBill: Float64Array;
  meanPay: Float64Array;
  gini: Float64Array;
  overPool: Uint8Array;
  overBudget: Uint8Array;
  aboveUpper: Uint8Array;
}

export function projectionSettings(s: Scenario, overrides: Partial<Pick<Projection, 'years' | 'paths' | 'seed'>> = {}): Projection {
  const base = s.projection ?? (DEFAULTS.projection as Projection);
  return { ...base, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
}

function median(values: number[]): number {
  if (!values.length) return NaN;
  return quantileSorted(Float64Array.from(values).sort(), 0.5);
}

interface Prepared {
  replacementPv: Float64Array;
  newHirePay: number;
  pool0: number | null;
  promotion: Float64Array;
  ratingCum: Float64Array;
}

function prepare(w: Workforce, s: Scenario, p: Projection): Prepared {
  const byPost = new Map<string, number[]>();
  for (let i = 0; i < w.size; i++) {
    const list = byPost.get(w.position[i]!) ?? [];
    list.push(w.positionValue[i]!);
    byPost.set(w.position[i]!, list);
  }
  const medians = new Map([...byPost].map(([post, pvs]) => [post, median(pvs)]));
  const replacementPv = Float64Array.from(w.position, (post) => medians.get(post)!);
  const l1: number[] = [];
  for (let i = 0; i < w.size; i++) if (w.level[i] === 0) l1.push(w.monthlyPay[i]!);
  const newHirePay = l1.length ? median(l1) : s.minimumMonthlyWage;
  const pool0 = s.mode === 'pool' ? computePay(w, s).pool : null;
  const promotion = Float64Array.from(LEVELS, (l) => (l === 'L8' ? 0 : p.promotion[l as Exclude<typeof l, 'L8'>]));
  let c = 0;
  const ratingCum = Float64Array.from(RATINGS, (r) => (c += p.ratingShares[r]));
  return { replacementPv, newHirePay, pool0, promotion, ratingCum };
}

function resetTo(dst: Workforce, src: Workforce): void {
  dst.positionValue.set(src.positionValue);
  dst.level.set(src.level);
  dst.rating.set(src.rating);
  dst.innovation.set(src.innovation);
  dst.yearsOfService.set(src.yearsOfService);
  dst.monthlyPay.set(src.monthlyPay);
  dst.postCategory.set(src.postCategory);
}

/** One year of attrition, promotion and appraisal for the regular workers. */
function evolve(w: Workforce, craftsman: Uint8Array, annual: Float64Array, rng: Rng, prep: Prepared, attrition: number): void {
  const { level, rating, yearsOfService: years, monthlyPay: pay, positionValue: pv, innovation } = w;
  const { promotion, ratingCum, replacementPv, newHirePay } = prep;
  const nR = ratingCum.length;
  const total = ratingCum[nR - 1]!;
  for (let i = 0; i < w.size; i++) {
    pay[i] = annual[i]! / 12;
    if (craftsman[i]) continue;
    const u = rng.nextU32() / 4294967296;
    if (u < attrition) {
      level[i] = 0;
      years[i] = 0;
      innovation[i] = 0;
      pv[i] = replacementPv[i]!;
      pay[i] = newHirePay;
    } else {
      if (u < attrition + promotion[level[i]!]!) level[i]!++;
      years[i]! += 1;
    }
    const v = (rng.nextU32() / 4294967296) * total;
    let k = 0;
    while (k < nR - 1 && v >= ratingCum[k]!) k++;
    rating[i] = k;
  }
}

export function projectBlock(w: Workforce, s: Scenario, p: Projection, from: number, to: number, onProgress?: (done: number) => void): ProjectionBlock {
  const prep = prepare(w, s, p);
  const Y = p.years;
  const n = to - from;
  const out: ProjectionBlock = {
    from,
    to,
    years: Y,
    wageBill: new Float64Array(n * Y),
    meanPay: new Float64Array(n * Y),
    gini: new Float64Array(n * Y),
    overPool: new Uint8Array(n * Y),
    overBudget: new Uint8Array(n * Y),
    aboveUpper: new Uint8Array(n * Y),
  };
  const sim = copyWorkforce(w);
  for (const c of s.craftsmen) indexOfId(sim, c.id);
  // Year 1 is the same on every path: compute it once.
  const first = computePay(w, prep.pool0 === null ? s : { ...s, annualPool: prep.pool0 });
  const firstAnnual = first.annual.slice();
  let reuse: PayResult | undefined;
  const upper = s.guideline.upper;
  // Progress by the clock (every 50 ms at most), not by path count: a path of 100k workers takes far longer than one of 1k.
  let lastReport = Date.now();
  for (let path = from; path < to; path++) {
    resetTo(sim, w);
    const rng = new Rng(p.seed, path);
    // Every path starts from today's workforce: growth in year 1 is measured against today's bill.
    let previousBill = first.summary.currentWageBill;
    for (let y = 1; y <= Y; y++) {
      if (y > 1) evolve(sim, first.craftsman, y === 2 ? firstAnnual : reuse!.annual, rng, prep, p.attrition);
      const pool = prep.pool0 === null ? null : prep.pool0 * Math.pow(1 + p.poolGrowth, y - 1);
      let r: PayResult;
      if (y === 1) {
        r = first;
      } else {
        r = computePay(sim, pool === null ? s : { ...s, annualPool: pool }, { reuse });
        reuse = r;
      }
      const k = (path - from) * Y + (y - 1);
      const sum = r.summary;
      out.wageBill[k] = sum.wageBill;
      out.meanPay[k] = sum.mean;
      out.gini[k] = sum.gini;
      if (pool !== null) {
        out.overPool[k] = sum.wageBill > pool ? 1 : 0;
        out.overBudget[k] = sum.wageBill > pool + sum.seniority + 1e-6 * pool ? 1 : 0;
      }
      out.aboveUpper[k] = sum.wageBill / previousBill - 1 > upper ? 1 : 0;
      previousBill = sum.wageBill;
    }
    if (onProgress && Date.now() - lastReport >= 50) {
      onProgress(path + 1 - from);
      lastReport = Date.now();
    }
  }
  return out;
}

/** Per-year figures from blocks that together cover paths 0 … paths−1, taken in path order. */
export function combineProjection(s: Scenario, p: Projection, blocks: ProjectionBlock[]): ProjectionYear[] {
  const ordered = [...blocks].sort((a, b) => a.from - b.from);
  const paths = ordered.reduce((n, b) => n + (b.to - b.from), 0);
  const Y = p.years;
  const isPool = s.mode === 'pool';
  const years: ProjectionYear[] = [];
  for (let y = 1; y <= Y; y++) {
    const bills = new Float64Array(paths);
    const ginis = new Float64Array(paths);
    let realSum = 0,
      overPool = 0,
      overBudget = 0,
      above = 0,
      j = 0;
    const deflator = Math.pow(1 + p.cpi, y);
    for (const b of ordered) {
      for (let q = 0; q < b.to - b.from; q++, j++) {
        const k = q * Y + (y - 1);
        bills[j] = b.wageBill[k]!;
        ginis[j] = b.gini[k]!;
        realSum += b.meanPay[k]! / deflator;
        overPool += b.overPool[k]!;
        overBudget += b.overBudget[k]!;
        above += b.aboveUpper[k]!;
      }
    }
    const sb = sortFloat64(bills);
    years.push({
      year: y,
      wageBill: { p5: quantileSorted(sb, 0.05), p50: quantileSorted(sb, 0.5), p95: quantileSorted(sb, 0.95) },
      meanRealPay: realSum / paths,
      giniP50: quantileSorted(sortFloat64(ginis), 0.5),
      probOverPool: isPool ? overPool / paths : null,
      probOverBudget: isPool ? overBudget / paths : null,
      probAboveGuideline: above / paths,
    });
  }
  return years;
}

/** The whole projection on one thread (CLI, tests, main-thread fallback). */
export function project(w: Workforce, s: Scenario, p: Projection, onProgress?: (done: number) => void): ProjectionYear[] {
  return combineProjection(s, p, [projectBlock(w, s, p, 0, p.paths, onProgress)]);
}
