/**
 * At the bargaining table: the questions negotiators ask of the engine.
 * Every answer is found by running the engine itself (never a shortcut
 * formula), so it can be checked by running the engine at the answer.
 */
import { currentOf, medianRaiseMonthly } from '../charts';
import { setWeight } from '../pay/scheme';
import { floorMonthly, skillFloors } from '../pay/floors';
import { quantileSelect } from '../pay/stats';
import { computePay, type PayResult } from '../pay/pay';
import type { Scenario } from '../pay/scenario';
import { POST_CATEGORIES, type Workforce } from '../types';
import { employerMonthly, type ContributionPolicy } from '../takehome/contributions';

// ---------------------------------------------------------------- progress

/** Told how far a long question has got: `done` of `total` engine runs. */
export type Progress = (done: number, total: number) => void;

/** A counter of engine runs that tells `onProgress` at most every 50 ms (by the clock, not by count: a run of 100k workers takes far longer than one of 1k). */
function counter(onProgress: Progress | undefined, total: number) {
  let done = 0;
  let last = Date.now();
  return () => {
    done++;
    if (onProgress && Date.now() - last >= 50) {
      last = Date.now();
      onProgress(Math.min(done, total), total);
    }
  };
}

// ---------------------------------------------------------------- solver

export type SolveResult =
  | { ok: true; value: number; achieved: number; iterations: number; tolerance: number }
  | {
      ok: false;
      /** Why, in plain English (the page words it from `code` and `reachable`). */
      reason: string;
      /** below-reach: even the smallest setting overshoots the target; above-reach: even the largest falls short; no-subject: nobody the question is about (no L1 worker). */
      code: 'below-reach' | 'above-reach' | 'no-subject';
      /** What can be achieved (`from`–`to`, in the question's measure) over the settings searched (`over`); null for no-subject. */
      reachable: { from: number; to: number; over: [number, number] } | null;
    };

export interface BisectOptions {
  /** The target must be met exactly (a continuous measure such as growth): if even `lo` overshoots it, no setting gives it. */
  exact?: boolean;
  /** Double `hi` (up to this) while the target is not reached, before giving up. */
  maxHi?: number;
  maxIter?: number;
}

/**
 * Smallest x in [lo, hi] with f(x) ≥ target, for f non-decreasing, to within
 * `tol` in x (bisection: each step halves the bracket). The bracket grows to
 * `maxHi` when `hi` falls short; an answer nothing in range gives is said,
 * with the range that can be reached.
 */
export function bisectUp(f: (x: number) => number, target: number, lo: number, hi: number, tol: number, opts: BisectOptions = {}): SolveResult {
  const start = lo;
  const fLo = f(lo);
  if (fLo >= target) {
    if (opts.exact && fLo - target > 1e-9 * Math.max(1, Math.abs(target))) {
      return { ok: false, code: 'below-reach', reason: `the target ${target} is below what any setting gives: at least ${fLo} (at ${lo})`, reachable: { from: fLo, to: Infinity, over: [lo, Infinity] } };
    }
    return { ok: true, value: lo, achieved: fLo, iterations: 0, tolerance: tol };
  }
  let fHi = f(hi);
  const maxHi = Math.max(hi, opts.maxHi ?? hi);
  while (fHi < target && hi < maxHi) {
    lo = hi;
    hi = Math.min(2 * hi, maxHi);
    fHi = f(hi);
  }
  if (fHi < target) return { ok: false, code: 'above-reach', reason: `not reached even at ${hi}: at most ${fHi} there (from ${fLo} at ${start})`, reachable: { from: fLo, to: fHi, over: [start, hi] } };
  let i = 0;
  const maxIter = opts.maxIter ?? 200;
  while (hi - lo > tol && i < maxIter) {
    const mid = (lo + hi) / 2;
    if (f(mid) >= target) hi = mid;
    else lo = mid;
    i++;
  }
  return { ok: true, value: hi, achieved: f(hi), iterations: i, tolerance: tol };
}

const withPool = (s: Scenario, pool: number): Scenario => ({ ...s, mode: 'pool', annualPool: pool });

/** Today's wage bill: the scale of the bisection brackets. */
const currentBill = (w: Workforce) => currentOf(w).bill;

/**
 * The pool at which the wage bill grows exactly at `growth` (e.g. the
 * guideline base line), to 1 元. Searched from 0 up to 10,000 × today's bill;
 * a growth below what a pool of 0 gives (the guarantee and the floor alone
 * give that much) has no answer, and is said so.
 */
export function poolForGrowth(w: Workforce, s: Scenario, growth: number, onProgress?: Progress): SolveResult {
  const tick = counter(onProgress, 60);
  const bill = (pool: number) => {
    tick();
    return computePay(w, withPool(s, pool)).summary.wageBillGrowth;
  };
  return bisectUp(bill, growth, 0, 3 * currentBill(w), 1, { exact: true, maxHi: 1e4 * currentBill(w) });
}

/** The smallest pool at which nobody earns less than today (more than 1 元 a year), to 1 元; searched up to 1,000 × today's bill. */
export function smallestPoolNobodyLoses(w: Workforce, s: Scenario, onProgress?: Progress): SolveResult {
  const noGuarantee = { ...s, noLossGuarantee: false };
  const tick = counter(onProgress, 60);
  // −losers is non-decreasing in the pool: every regular worker's pay grows with it.
  return bisectUp(
    (pool) => {
      tick();
      return -computePay(w, withPool(noGuarantee, pool)).summary.losers;
    },
    0,
    0,
    10 * currentBill(w),
    1,
    { maxHi: 1e3 * currentBill(w) },
  );
}

/**
 * The largest skill weight (others rescaled in proportion) with P90/P10 at
 * most `limit`. Scans in steps of 1 %, then bisects the last boundary to
 * 0.01 %; P90/P10 need not be monotone in the weight, so the scan decides.
 */
export function largestSkillWeightWithin(w: Workforce, s: Scenario, limit: number, onProgress?: Progress): SolveResult {
  const tick = counter(onProgress, 115);
  const ratio = (x: number) => {
    tick();
    return computePay(w, { ...s, mode: 'pool', weights: setWeight(s.weights, 'skill', x) }).summary.p90p10 ?? Infinity;
  };
  let best = -1;
  let low = Infinity,
    high = -Infinity;
  for (let k = 0; k <= 100; k++) {
    const r = ratio(k / 100);
    low = Math.min(low, r);
    high = Math.max(high, r);
    if (r <= limit) best = k;
  }
  if (best < 0) return { ok: false, code: 'below-reach', reason: `P90/P10 is above ${limit} at every skill weight (${low.toFixed(3)}–${high.toFixed(3)})`, reachable: { from: low, to: high, over: [0, 1] } };
  if (best === 100) return { ok: true, value: 1, achieved: ratio(1), iterations: 101, tolerance: 0.0001 };
  let lo = best / 100,
    hi = (best + 1) / 100,
    i = 0;
  while (hi - lo > 0.0001) {
    const mid = (lo + hi) / 2;
    if (ratio(mid) <= limit) lo = mid;
    else hi = mid;
    i++;
  }
  return { ok: true, value: lo, achieved: ratio(lo), iterations: 101 + i, tolerance: 0.0001 };
}

/** The smallest monthly minimum raise (raise mode) that lifts every L1 worker to `share` × the minimum wage, to 0.01 元. */
/**
 * What both 学徒工 questions search with: the annual pay every regular L1 worker must reach (`share` × the minimum
 * wage), and the lowest L1 annual pay under a scheme. null when the workforce has no L1 worker.
 */
function l1Search(w: Workforce, s: Scenario, share: number, tick: () => void): { target: number; lowestL1: (sc: Scenario) => number } | null {
  let anyL1 = false;
  for (let i = 0; i < w.size; i++) if (w.level[i] === 0) anyL1 = true;
  if (!anyL1) return null;
  const lowestL1 = (sc: Scenario) => {
    tick();
    const r = computePay(w, sc);
    let low = Infinity;
    for (let i = 0; i < w.size; i++) if (w.level[i] === 0 && !r.craftsman[i]) low = Math.min(low, r.annual[i]!);
    return low;
  };
  return { target: share * 12 * s.minimumMonthlyWage, lowestL1 };
}

const NO_L1: SolveResult = { ok: false, code: 'no-subject', reason: 'no L1 (apprentice) in the workforce', reachable: null };

export function minRaiseForL1(w: Workforce, s: Scenario, share = 1.05, onProgress?: Progress): SolveResult {
  const q = l1Search(w, s, share, counter(onProgress, 40));
  if (!q) return { ...NO_L1 };
  return bisectUp((m) => q.lowestL1({ ...s, mode: 'raise', raise: { ...s.raise, minMonthly: m } }), q.target, 0, q.target / 12 + 1, 0.01);
}

/**
 * The same question answered within the scheme's own kind, for a scheme that is not a general raise (whose answer
 * above makes it one): the smallest pool (pool kind) or the smallest 学徒工 skill pay a month (pay-table kind), from
 * the scheme's own, at which every regular L1 worker earns at least `share` × the minimum wage. Pay rises with either
 * (the top-ups only lift), so the search is a bisection: the pool to 1 元, the skill pay to 0.01 元. The scheme's own
 * setting answers (iterations 0) when it already lifts them.
 */
export function minL1WithinKind(w: Workforce, s: Scenario, share = 1.05, onProgress?: Progress): SolveResult {
  if (s.mode === 'raise') return minRaiseForL1(w, s, share, onProgress);
  const q = l1Search(w, s, share, counter(onProgress, 60));
  if (!q) return { ...NO_L1 };
  const { target, lowestL1 } = q;
  if (s.mode === 'pool') {
    const bill = currentBill(w);
    const from = s.annualPool ?? bill;
    return bisectUp((p) => lowestL1(withPool(s, p)), target, from, Math.max(from * 1.5, 1), 1, { maxHi: 1e4 * bill });
  }
  const from = s.scale.skillRates.L1;
  return bisectUp((k) => lowestL1({ ...s, scale: { ...s.scale, skillRates: { ...s.scale.skillRates, L1: k } } }), target, from, from + target / 12 + 1, 0.01);
}

// ---------------------------------------------------------------- contract costing

export interface Tranche {
  /** Contract year, 1-based. */
  year: number;
  /** Month the increase starts, 1 = January. */
  month: number;
  /** Increase of every wage, e.g. 0.03. */
  percent: number;
}

export interface ContractCost {
  byYear: { year: number; wages: number; increase: number; onCosts: number; total: number }[];
  /** Full-year effect of all increases on today's bill: the headline "x % a year" figure, in CNY a year. */
  headlineAnnual: number;
  /** What the increases cost over the life of the contract, on-costs included (on-costs of the increase only: today's on-costs are not new). */
  lifeCost: number;
  /** The same with each increase paid from January of its own contract year (what "x % in year y" suggests). */
  lifeCostIfAllFromStart: number;
  /** Employer on-costs a year at today's pay. */
  onCostsToday: number;
  /** Tranches not counted: dated outside the contract (before year 1 or after its last year, or a month outside 1–12). */
  dropped: Tranche[];
}

/** How the employer's on-costs are reckoned: one rate on every wage, or each worker's contributions on a clamped base. */
export type OnCosts = { kind: 'flat'; rate: number } | { kind: 'contributions'; policy: ContributionPolicy };

/**
 * Cost of an agreement paid in tranches. Wages move month by month: each
 * tranche raises every wage by its percent from its month on (compounding).
 * Employer on-costs (五险一金 employer share) are either one rate on the
 * bill, or per worker: each rate on the worker's wage clamped between the
 * base floor and cap, so a raise above the cap costs no more contributions.
 * `pay` is today's annual wage bill (enough for a flat rate) or each
 * worker's monthly pay today.
 */
export function contractCost(pay: number | ArrayLike<number>, tranches: Tranche[], years: number, onCosts: number | OnCosts): ContractCost {
  const oc: OnCosts = typeof onCosts === 'number' ? { kind: 'flat', rate: onCosts } : onCosts;
  const monthly = typeof pay === 'number' ? null : pay;
  let bill0 = 0;
  if (monthly) for (let i = 0; i < monthly.length; i++) bill0 += 12 * monthly[i]!;
  else bill0 = pay as number;
  if (oc.kind === 'contributions' && !monthly) throw new Error('contributions need each worker\'s pay');
  const inside = (t: Tranche) => Number.isInteger(t.year) && t.year >= 1 && t.year <= years && Number.isInteger(t.month) && t.month >= 1 && t.month <= 12;
  const kept = [...tranches].filter(inside).sort((a, b) => a.year - b.year || a.month - b.month);
  const dropped = tranches.filter((t) => !inside(t));
  // On-costs of one month at a pay factor (1 = today's pay).
  const cache = new Map<number, number>();
  const monthOnCosts = (factor: number): number => {
    if (oc.kind === 'flat') return (bill0 / 12) * factor * oc.rate;
    let v = cache.get(factor);
    if (v === undefined) {
      v = 0;
      for (let i = 0; i < monthly!.length; i++) v += employerMonthly(monthly![i]! * factor, oc.policy);
      cache.set(factor, v);
    }
    return v;
  };
  const month1 = monthOnCosts(1);
  const onCostsToday = 12 * month1;
  // Each year's wages and on-costs with the tranches starting in the months given. The increases are summed as
  // increases (not as this year's total less today's), so with nothing to cost they are exactly 0.
  const run = (list: Tranche[]) => {
    const out: (ContractCost['byYear'][number] & { onCostIncrease: number })[] = [];
    let factor = 1;
    for (let y = 1; y <= years; y++) {
      let wages = 0,
        costs = 0,
        increase = 0,
        onCostIncrease = 0;
      for (let m = 1; m <= 12; m++) {
        for (const t of list) if (t.year === y && t.month === m) factor *= 1 + t.percent;
        wages += (bill0 / 12) * factor;
        increase += (bill0 / 12) * (factor - 1);
        const c = monthOnCosts(factor);
        costs += c;
        onCostIncrease += factor === 1 ? 0 : c - month1;
      }
      out.push({ year: y, wages, increase, onCosts: costs, total: wages + costs, onCostIncrease });
    }
    return out;
  };
  const lifeOf = (rows: ReturnType<typeof run>) => rows.reduce((a, r) => a + r.increase + r.onCostIncrease, 0);
  const rows = run(kept);
  const byYear = rows.map(({ onCostIncrease: _, ...r }) => r);
  const full = kept.reduce((f, t) => f * (1 + t.percent), 1);
  return {
    byYear,
    headlineAnnual: bill0 * (full - 1),
    lifeCost: lifeOf(rows),
    lifeCostIfAllFromStart: lifeOf(run(kept.map((t) => ({ ...t, month: 1 })))),
    onCostsToday,
    dropped,
  };
}

// ---------------------------------------------------------------- sensitivity

export interface TornadoBar {
  param: string;
  low: { wageBill: number; medianRaise: number };
  high: { wageBill: number; medianRaise: number };
}

function outcome(w: Workforce, s: Scenario, current: Float64Array) {
  const r: PayResult = computePay(w, s);
  return { wageBill: r.summary.wageBill, medianRaise: medianRaiseMonthly(current, r.annual) };
}

/** Wage bill and median monthly raise when each parameter of the scheme moves −10 % and +10 %, sorted by the swing in the wage bill. */
export function tornado(w: Workforce, s: Scenario, step = 0.1, onProgress?: Progress): { base: { wageBill: number; medianRaise: number }; bars: TornadoBar[] } {
  const current = currentOf(w).annual;
  const pool = s.mode === 'pool' ? (computePay(w, s).pool ?? 0) : 0;
  const params: [string, (f: number) => Scenario][] = [['minimumMonthlyWage', (f) => ({ ...s, minimumMonthlyWage: s.minimumMonthlyWage * f })]];
  const times = <T extends Record<string, number>>(o: T, f: number): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v * f])) as T;
  // In pool mode scaling every coefficient alike changes no share (scores are
  // divided by their sum), so what moves is the spread: each coefficient's
  // distance from the base one (L1's, C's) scaled by f.
  const spread = <T extends Record<string, number>>(o: T, base: keyof T, f: number): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, o[base]! + (v - o[base]!) * f])) as T;
  if (s.mode !== 'raise') {
    // Seniority is inside current pay in raise mode, not added again.
    params.push(['seniorityMonthlyPerYear', (f) => ({ ...s, seniorityMonthlyPerYear: s.seniorityMonthlyPerYear * f })]);
    params.push(['seniorityCapYears', (f) => ({ ...s, seniorityCapYears: s.seniorityCapYears * f })]);
  }
  if (s.mode === 'pool') {
    params.push(['annualPool', (f) => ({ ...s, annualPool: pool * f })]);
    for (const k of ['position', 'skill', 'innovation', 'performance'] as const) {
      params.push([`weights.${k}`, (f) => ({ ...s, weights: setWeight(s.weights, k, s.weights[k] * f) })]);
    }
    params.push(['skillCoefficients.spread', (f) => ({ ...s, skillCoefficients: spread(s.skillCoefficients, 'L1', f) })]);
    params.push(['performanceCoefficients.spread', (f) => ({ ...s, performanceCoefficients: spread(s.performanceCoefficients, 'C', f) })]);
  } else if (s.mode === 'scale') {
    params.push(['scale.positionRate', (f) => ({ ...s, scale: { ...s.scale, positionRate: s.scale.positionRate * f } })]);
    params.push(['scale.skillRates', (f) => ({ ...s, scale: { ...s.scale, skillRates: times(s.scale.skillRates, f) } })]);
    params.push(['scale.innovationRate', (f) => ({ ...s, scale: { ...s.scale, innovationRate: s.scale.innovationRate * f } })]);
    params.push(['performanceCoefficients', (f) => ({ ...s, performanceCoefficients: times(s.performanceCoefficients, f) })]);
  } else {
    params.push(['raise.percent', (f) => ({ ...s, raise: { ...s.raise, percent: s.raise.percent * f } })]);
    params.push(['raise.minMonthly', (f) => ({ ...s, raise: { ...s.raise, minMonthly: s.raise.minMonthly * f } })]);
    params.push(['raise.gradeExtra', (f) => ({ ...s, raise: { ...s.raise, gradeExtra: times(s.raise.gradeExtra, f) } })]);
  }
  const tick = counter(onProgress, 2 * params.length);
  const bars = params.map(([param, at]) => {
    const low = outcome(w, at(1 - step), current);
    tick();
    const high = outcome(w, at(1 + step), current);
    tick();
    return { param, low, high };
  });
  bars.sort((a, b) => Math.abs(b.high.wageBill - b.low.wageBill) - Math.abs(a.high.wageBill - a.low.wageBill));
  return { base: outcome(w, s, current), bars };
}

// ---------------------------------------------------------------- agreement zone

export interface Limits {
  /** Management: the wage bill may grow at most this much (e.g. the guideline's upper line). */
  maxGrowth: number;
  /** Union: the median monthly raise must be at least this (元). */
  minMedianRaise: number;
  /** Union: nobody may lose. */
  nobodyLoses: boolean;
  /** Union: every L1–L3 worker gains at least this much a month (元); null = no such demand. */
  minLowGradeRaise: number | null;
  /** Union: every worker with a post category is at or above the skill-talent floor. */
  floorsMet?: boolean;
}

export interface ZoneCell {
  pool: number;
  skill: number;
  growth: number;
  medianRaise: number;
  ok: boolean;
  /** Nash product: (management's room under its growth limit, CNY) × (union's median raise above its floor, 元/月). */
  nash: number;
}

/** One cell the plain way: the engine run at (pool, skill weight). The zone uses the faster `zoneEvaluator`; tests check the two agree. */
export function evaluateByEngine(w: Workforce, s: Scenario, limits: Limits, pool: number, skill: number): ZoneCell {
  const current = currentOf(w).annual;
  const r = computePay(w, { ...s, mode: 'pool', annualPool: pool, weights: setWeight(s.weights, 'skill', skill) });
  const sm = r.summary;
  const medianRaise = medianRaiseMonthly(current, r.annual);
  let lowest = Infinity;
  for (let i = 0; i < w.size; i++) if (w.level[i]! <= 2 && !r.craftsman[i]) lowest = Math.min(lowest, (r.annual[i]! - current[i]!) / 12);
  const floorsOk = !limits.floorsMet || skillFloors(w, r.annual, s, r.craftsman).below === 0;
  const ok = sm.wageBillGrowth <= limits.maxGrowth + 1e-12 && medianRaise >= limits.minMedianRaise && (!limits.nobodyLoses || sm.losers === 0) && (limits.minLowGradeRaise === null || lowest === Infinity || lowest >= limits.minLowGradeRaise) && floorsOk;
  const mgmtGain = (1 + limits.maxGrowth) * sm.currentWageBill - sm.wageBill;
  const unionGain = medianRaise - limits.minMedianRaise;
  return { pool, skill, growth: sm.wageBillGrowth, medianRaise, ok, nash: ok ? Math.max(0, mgmtGain) * Math.max(0, unionGain) : 0 };
}

/**
 * Cells of the zone, fast. In pool mode a worker's gross pay is linear in the
 * pool for a given set of weights — gross = pool × unit + seniority, unit
 * being the worker's share of a pool of 1 — and only the floor, the guarantee
 * and the craftsmen (fixed) come on top. So the engine runs once per skill
 * weight (for the units), and each (pool, weight) cell is one pass over the
 * workers with a linear-time median instead of a full run and a sort. Same
 * definitions as `evaluateByEngine`, to rounding.
 */
export function zoneEvaluator(w: Workforce, s: Scenario, limits: Limits, beat: () => void = () => undefined) {
  const n = w.size;
  const current = currentOf(w).annual;
  const currentBill = currentOf(w).bill;
  const floorAnnual = 12 * s.minimumMonthlyWage;
  const guarantee = s.noLossGuarantee;
  // Skill-talent floor of each worker (0 = not judged: no category, or a craftsman).
  let floors: Float64Array | null = null;
  if (limits.floorsMet) {
    floors = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const c = w.postCategory[i]!;
      if (c) floors[i] = 12 * floorMonthly(s, POST_CATEGORIES[c - 1]!, w.level[i]!);
    }
  }
  // Each shape is a full engine run with components (a second or more for 100,000 workers on a slow machine):
  // `beat` before each tells the caller the work goes on.
  const engineShape = (skill: number) => {
    beat();
    const r = computePay(w, { ...s, mode: 'pool', annualPool: 1, noLossGuarantee: false, minimumMonthlyWage: 0, weights: setWeight(s.weights, 'skill', skill) }, { components: true });
    const c = r.components!;
    const unit = new Float64Array(n);
    for (let i = 0; i < n; i++) unit[i] = c.position[i]! + c.skill[i]! + c.innovation[i]! + c.performance[i]!;
    return { unit, base: c.seniority, craftsman: r.craftsman, fixed: r.annual };
  };
  // Each factor's money is its weight × the pool, shared by score; setWeight
  // scales the other weights by (1 − skill). So a worker's unit is
  // (1 − x) × unit at x = 0 plus x × unit at x = 1: two engine runs serve
  // every skill weight. Checked at x = ½ against the engine itself; if the
  // two ever disagree (a scenario the rule does not cover), each weight gets
  // its own run.
  const at0 = engineShape(0),
    at1 = engineShape(1),
    mid = engineShape(0.5);
  let linear = true;
  for (let i = 0; i < n && linear; i++) {
    const guess = 0.5 * at0.unit[i]! + 0.5 * at1.unit[i]!;
    if (Math.abs(guess - mid.unit[i]!) > 1e-12 * Math.max(1, Math.abs(mid.unit[i]!))) linear = false;
  }
  const shapes = new Map<number, ReturnType<typeof engineShape>>();
  const unitScratch = new Float64Array(n);
  const shape = (skill: number) => {
    if (linear) {
      for (let i = 0; i < n; i++) unitScratch[i] = (1 - skill) * at0.unit[i]! + skill * at1.unit[i]!;
      return { unit: unitScratch, base: mid.base, craftsman: mid.craftsman, fixed: mid.fixed };
    }
    let sh = shapes.get(skill);
    if (!sh) shapes.set(skill, (sh = engineShape(skill)));
    return sh;
  };
  const raises = new Float64Array(n);
  return (pool: number, skill: number): ZoneCell => {
    const { unit, base, craftsman, fixed } = shape(skill);
    let bill = 0,
      losers = 0,
      lowest = Infinity,
      floorsOk = true;
    for (let i = 0; i < n; i++) {
      const cur = current[i]!;
      let a: number;
      if (craftsman[i]) a = fixed[i]!;
      else {
        const g = pool * unit[i]! + base[i]!;
        const lifted = g < floorAnnual ? floorAnnual : g;
        a = guarantee && cur > lifted ? cur : lifted;
        if (w.level[i]! <= 2 && (a - cur) / 12 < lowest) lowest = (a - cur) / 12;
        if (floors && floors[i]! > 0 && floors[i]! - a > 0.005) floorsOk = false;
      }
      bill += a;
      const d = a - cur;
      if (d < -1) losers++;
      raises[i] = d / 12;
    }
    const growth = bill / currentBill - 1;
    const medianRaise = quantileSelect(raises, 0.5);
    const ok = growth <= limits.maxGrowth + 1e-12 && medianRaise >= limits.minMedianRaise && (!limits.nobodyLoses || losers === 0) && (limits.minLowGradeRaise === null || lowest === Infinity || lowest >= limits.minLowGradeRaise) && floorsOk;
    const mgmtGain = (1 + limits.maxGrowth) * currentBill - bill;
    const unionGain = medianRaise - limits.minMedianRaise;
    return { pool, skill, growth, medianRaise, ok, nash: ok ? Math.max(0, mgmtGain) * Math.max(0, unionGain) : 0 };
  };
}

/**
 * Where both sides' limits hold, over the pool and the skill weight, and the
 * Nash bargaining point: the cell that maximises the product of each side's
 * gain over its walk-away position, found on the grid and then refined on a
 * finer grid around the best cell.
 */
export function agreementZone(w: Workforce, s: Scenario, limits: Limits, poolRange: [number, number], n = 21, onProgress?: Progress): { cells: ZoneCell[]; nash: ZoneCell | null } {
  // n² grid cells, then up to 3 + 2 refinements of 121 runs each.
  const total = n * n + 5 * 121;
  const tick = counter(onProgress, total);
  const cell = zoneEvaluator(w, s, limits, () => onProgress?.(0, total));
  const evaluateCounted = (pool: number, skill: number) => {
    tick();
    return cell(pool, skill);
  };
  const [p0, p1] = poolRange;
  const cells: ZoneCell[] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) cells.push(evaluateCounted(p0 + ((p1 - p0) * a) / (n - 1), b / (n - 1)));
  // Refine: around the three best cells, then twice more around the best found, each time on a grid five times finer.
  const dp0 = (p1 - p0) / (n - 1),
    dw0 = 1 / (n - 1);
  const refine = (c: ZoneCell, dp: number, dw: number): ZoneCell => {
    let best = c;
    for (let a = -5; a <= 5; a++) {
      for (let b = -5; b <= 5; b++) {
        const pool = c.pool + (a * dp) / 5,
          skill = c.skill + (b * dw) / 5;
        if (pool < p0 || pool > p1 || skill < 0 || skill > 1) continue;
        const x = evaluateCounted(pool, skill);
        if (x.ok && x.nash > best.nash) best = x;
      }
    }
    return best;
  };
  const top = cells.filter((c) => c.ok).sort((a, b) => b.nash - a.nash).slice(0, 3);
  let best: ZoneCell | null = null;
  for (const c of top) {
    const r = refine(c, dp0, dw0);
    if (!best || r.nash > best.nash) best = r;
  }
  if (best) best = refine(refine(best, dp0 / 5, dw0 / 5), dp0 / 25, dw0 / 25);
  return { cells, nash: best };
}

/** Split the difference: the midpoint of two offers in (pool, skill weight). */
export function splitTheDifference(a: { pool: number; skill: number }, b: { pool: number; skill: number }): { pool: number; skill: number } {
  return { pool: (a.pool + b.pool) / 2, skill: (a.skill + b.skill) / 2 };
}
