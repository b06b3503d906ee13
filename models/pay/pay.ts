/**
 * The pay engine (pay-model.md §3–§4).
 *
 * 100k workers must recompute in a few milliseconds while a slider moves, and
 * at that size the cost is memory traffic, not arithmetic. So a recompute
 * reads each input column once, writes only `annual`, and accumulates the
 * summary on the way; the per-component columns (for exports and the
 * one-worker view) are written only when asked for (`components: true`).
 */
import { craftsmanResult, type CraftsmanResult } from '../craftsmen/craftsmen';
import { FormulaValueError, InputError } from '../errors';
import type { Scenario } from './scenario';
import { finishSummary, newAccumulator, type Accumulator } from './summary';
import { FACTORS, LEVELS, RATINGS, type Factor, type PerFactor, type Summary, type Workforce } from '../types';
import { indexOfId } from './workforce';
import { plantTakeHome, type TakeHomeResult } from '../takehome/takehome';

export const COMPONENT_NAMES = ['current', 'position', 'skill', 'innovation', 'performance', 'raise', 'seniority', 'gross', 'floorTopUp', 'guaranteeTopUp', 'allowance'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

/** Per-worker components, annual CNY: gross = position + skill + innovation + performance + raise + seniority + allowance (+ current in raise mode). */
export type Components = Record<ComponentName, Float64Array>;

export interface PayResult {
  scenarioName: string;
  mode: Scenario['mode'];
  /** The pool handed out (pool mode; the default pool when the scenario left it empty), else null. */
  pool: number | null;
  /**
   * Pool mode: what one point of each factor pays a year — the factor's money (weight × pool) over the regular workers'
   * points on it (0 where nobody scores); null in the other kinds. The signed contract prints these values.
   */
  points: PerFactor<number> | null;
  /** Factors whose scores total zero: their share of the pool is not handed out. */
  unallocatedFactors: Factor[];
  /** New annual pay per worker (craftsmen: year-1 cash). */
  annual: Float64Array;
  /** 1 where the worker has a craftsman package. */
  craftsman: Uint8Array;
  /** Present when computed with `components: true`. */
  components: Components | null;
  craftsmen: CraftsmanResult[];
  summary: Summary;
  /** Present when computed with `takeHome: true`. */
  takeHome: TakeHomeResult | null;
}

/** An allowance formula, checked and ready: writes every worker's monthly 元 into `out` (models/pay/formula.ts). */
export interface CompiledFormula {
  text: string;
  column: (w: Workforce, out: Float64Array) => void;
}

type FormulaCompiler = (text: string) => { ok: true; compiled: CompiledFormula } | { ok: false; message: string; at: number | null };
let formulaCompiler: FormulaCompiler | null = null;
const compiledFormulas = new Map<string, CompiledFormula>();

/** Set by models/pay/formula.ts when it is imported (the engine host does): keeps the formula parser out of bundles that never compute. */
export function registerFormulaCompiler(c: FormulaCompiler): void {
  formulaCompiler = c;
}

/** The scheme's allowance formula compiled (once per text), or an InputError naming what is wrong and where. */
export function formulaOf(text: string): CompiledFormula {
  let f = compiledFormulas.get(text);
  if (f) return f;
  if (!formulaCompiler) throw new Error('allowance formulas are computed by the engine host (import models/pay/formula.ts)');
  const r = formulaCompiler(text);
  if (!r.ok) throw new InputError(`allowances.formula: ${r.message}${r.at !== null ? ` (at character ${r.at + 1})` : ''}`);
  f = r.compiled;
  if (compiledFormulas.size > 50) compiledFormulas.clear();
  compiledFormulas.set(text, f);
  return f;
}

export interface PayOptions {
  /** Also fill the per-component columns (exports, worker detail). */
  components?: boolean;
  /** Buffers of an earlier result of the same size, reused to avoid allocation. */
  reuse?: PayResult;
  /** Also compute take-home pay and employer cost, today and under the scheme (models/takehome/takehome.ts); 'detail' adds the distribution of raises. */
  takeHome?: boolean | 'detail';
  /**
   * Pool mode: pay each point these values (元 a year) instead of the pool's share over this workforce's points — the
   * values a signed contract fixed (docs/model.md, "What a signed pool fixes"; models/compliance).
   */
  points?: PerFactor<number>;
}

function perLevelArray(map: Record<string, number>): Float64Array {
  return Float64Array.from(LEVELS, (l) => map[l]!);
}
function perRatingArray(map: Record<string, number>): Float64Array {
  return Float64Array.from(RATINGS, (r) => map[r]!);
}

function allocateComponents(n: number): Components {
  const c = {} as Components;
  for (const k of COMPONENT_NAMES) c[k] = new Float64Array(n);
  return c;
}

interface Tables {
  skillCoef: Float64Array;
  perfCoef: Float64Array;
  /** 12 × seniority pay per year of service (0 in raise mode). */
  senPerYear: number;
  senCap: number;
}

/*
 * Each loop lives in its own small function. One large function with several
 * 100k-iteration loops is compiled by V8 on-stack, loop by loop, and thrown
 * away at every loop exit (no type feedback yet for the code after it): that
 * cost 3× the time. Small functions get compiled whole after a few calls.
 */

/** Pool mode: Σ of each factor's scores over regular workers, their current pay and years counted for seniority. */
function poolTotals(w: Workforce, craftsman: Uint8Array, t: Tables) {
  const { positionValue: pv, level: lvl, rating: rat, innovation: inno, yearsOfService: years, monthlyPay: pay } = w;
  const { skillCoef, perfCoef, senCap } = t;
  let position = 0,
    skill = 0,
    innovation = 0,
    performance = 0,
    monthly = 0,
    senYears = 0;
  for (let i = 0; i < w.size; i++) {
    if (craftsman[i]) continue;
    const pvi = pv[i]!;
    monthly += pay[i]!;
    senYears += Math.min(years[i]!, senCap);
    position += pvi;
    skill += skillCoef[lvl[i]!]!;
    innovation += inno[i]!;
    performance += perfCoef[rat[i]!]! * pvi;
  }
  return { totals: { position, skill, innovation, performance } as PerFactor<number>, monthly, senYears };
}

/** Pool mode gross pay into `annual`; returns the seniority paid. */
function grossPool(w: Workforce, craftsman: Uint8Array, annual: Float64Array, comp: Components | null, t: Tables, m: PerFactor<number>): number {
  const { positionValue: pv, level: lvl, rating: rat, innovation: inno, yearsOfService: years } = w;
  const { skillCoef, perfCoef, senPerYear, senCap } = t;
  const { position: mPos, skill: mSkill, innovation: mInno, performance: mPerf } = m;
  let seniority = 0;
  for (let i = 0; i < w.size; i++) {
    if (craftsman[i]) continue;
    const pvi = pv[i]!;
    const p = mPos * pvi;
    const k = mSkill * skillCoef[lvl[i]!]!;
    const v = mInno * inno[i]!;
    const f = mPerf * perfCoef[rat[i]!]! * pvi;
    const sen = senPerYear * Math.min(years[i]!, senCap);
    annual[i] = p + k + v + f + sen;
    seniority += sen;
    if (comp) {
      comp.position[i] = p;
      comp.skill[i] = k;
      comp.innovation[i] = v;
      comp.performance[i] = f;
      comp.raise[i] = 0;
      comp.seniority[i] = sen;
    }
  }
  return seniority;
}

/** Scale mode gross pay into `annual`; returns the seniority paid. */
function grossScale(w: Workforce, craftsman: Uint8Array, annual: Float64Array, comp: Components | null, t: Tables, sc: Scenario['scale']): number {
  const { positionValue: pv, level: lvl, rating: rat, innovation: inno, yearsOfService: years } = w;
  const { perfCoef, senPerYear, senCap } = t;
  const posRate = 12 * sc.positionRate;
  const skillRates = perLevelArray(sc.skillRates).map((x) => 12 * x);
  const innoRate = sc.innovationRate;
  let seniority = 0;
  for (let i = 0; i < w.size; i++) {
    if (craftsman[i]) continue;
    const p = posRate * pv[i]!;
    const k = skillRates[lvl[i]!]!;
    const coef = perfCoef[rat[i]!]!;
    const v = innoRate * inno[i]!;
    const sen = senPerYear * Math.min(years[i]!, senCap);
    annual[i] = (p + k) * coef + v + sen;
    seniority += sen;
    if (comp) {
      comp.position[i] = p;
      comp.skill[i] = k;
      comp.innovation[i] = v;
      comp.performance[i] = (p + k) * (coef - 1);
      comp.raise[i] = 0;
      comp.seniority[i] = sen;
    }
  }
  return seniority;
}

/** Raise mode gross pay into `annual`: current pay plus the larger of the percentage and the monthly minimum. */
function grossRaise(w: Workforce, craftsman: Uint8Array, annual: Float64Array, comp: Components | null, r: Scenario['raise']): number {
  const { level: lvl, monthlyPay: pay } = w;
  const gradeRate = perLevelArray(r.gradeExtra).map((x) => x + r.percent);
  const minRaise = 12 * r.minMonthly;
  for (let i = 0; i < w.size; i++) {
    if (craftsman[i]) continue;
    const cur = 12 * pay[i]!;
    const up = Math.max(cur * gradeRate[lvl[i]!]!, minRaise);
    annual[i] = cur + up;
    if (comp) {
      comp.position[i] = comp.skill[i] = comp.innovation[i] = comp.performance[i] = comp.seniority[i] = 0;
      comp.raise[i] = up;
    }
  }
  return 0;
}

/**
 * Allowances (津贴) on top of gross pay for regular workers, in every kind of
 * scheme: by grade, per apprentice taught, for team leaders, and a formula.
 * They come before the floor: an allowance for normal work counts towards
 * the minimum wage (docs/model.md). Returns the total a year.
 */
let formulaScratch = new Float64Array(0);

/** A formula allowance a month may be at most this many times the worker's pay today (or the minimum wage, if higher). */
export const FORMULA_MAX_FACTOR = 10;

function addAllowances(w: Workforce, craftsman: Uint8Array, annual: Float64Array, comp: Components | null, a: NonNullable<Scenario['allowances']>, minimumMonthlyWage: number): number {
  const byGrade = perLevelArray(a.byGrade).map((x) => 12 * x);
  const perApprentice = 12 * a.perApprentice;
  const teamLeader = 12 * a.teamLeader;
  let fx: Float64Array | null = null;
  if (a.formula) {
    fx = formulaScratch.length === w.size ? formulaScratch : (formulaScratch = new Float64Array(w.size));
    formulaOf(a.formula).column(w, fx);
  }
  const { level: lvl, apprentices, teamLeader: leader, monthlyPay: pay } = w;
  let total = 0;
  for (let i = 0; i < w.size; i++) {
    if (craftsman[i]) continue;
    let x = byGrade[lvl[i]!]!;
    if (apprentices && perApprentice) x += perApprentice * apprentices[i]!;
    if (leader && teamLeader) x += teamLeader * leader[i]!;
    if (fx) {
      // A formula's value is a worker's allowance a month: a finite number, no more than FORMULA_MAX_FACTOR × his pay
      // (or the minimum wage, if higher), and never taking away more than his other allowances give.
      const v = fx[i]!;
      const upper = FORMULA_MAX_FACTOR * Math.max(pay[i]!, minimumMonthlyWage);
      if (!Number.isFinite(v)) throw new FormulaValueError({ id: w.id[i]!, value: String(v), kind: 'not-finite', bound: null });
      if (v > upper) throw new FormulaValueError({ id: w.id[i]!, value: String(v), kind: 'too-high', bound: upper });
      if (v < -x / 12) throw new FormulaValueError({ id: w.id[i]!, value: String(v), kind: 'too-low', bound: x > 0 ? -x / 12 : 0 });
      x += 12 * v;
    }
    annual[i]! += x;
    total += x;
    if (comp) comp.allowance[i] = x;
  }
  return total;
}

/** Floor, then guarantee (pay-model.md §3, in this order), turning gross into annual, and the summary sums. */
function floorAndGuarantee(w: Workforce, craftsman: Uint8Array, annual: Float64Array, comp: Components | null, floorAnnual: number, guarantee: boolean, acc: Accumulator) {
  const { level: lvl, monthlyPay: pay } = w;
  const { count, sum, min, max } = acc;
  let floorSum = 0,
    guaranteeSum = 0,
    wageBill = 0,
    currentBill = 0,
    winners = 0,
    losers = 0;
  for (let i = 0; i < w.size; i++) {
    const cur = 12 * pay[i]!;
    currentBill += cur;
    if (craftsman[i]) continue;
    const g = annual[i]!;
    const floorUp = g < floorAnnual ? floorAnnual - g : 0;
    const lifted = g + floorUp;
    const guaranteeUp = guarantee && cur > lifted ? cur - lifted : 0;
    const a = lifted + guaranteeUp;
    annual[i] = a;
    floorSum += floorUp;
    guaranteeSum += guaranteeUp;
    wageBill += a;
    const d = a - cur;
    winners += d > 1 ? 1 : 0;
    losers += d < -1 ? 1 : 0;
    const l = lvl[i]!;
    count[l]!++;
    sum[l]! += a;
    if (a < min[l]!) min[l] = a;
    if (a > max[l]!) max[l] = a;
    if (comp) {
      comp.current[i] = cur;
      comp.gross[i] = g;
      comp.floorTopUp[i] = floorUp;
      comp.guaranteeTopUp[i] = guaranteeUp;
    }
  }
  acc.floorTopUp += floorSum;
  acc.guaranteeTopUp += guaranteeSum;
  acc.wageBill += wageBill;
  acc.currentWageBill += currentBill;
  acc.winners += winners;
  acc.losers += losers;
}

/** Craftsmen: their package is their whole pay (year-1 cash). */
function payCraftsmen(w: Workforce, packages: { pkg: Scenario['craftsmen'][number]; i: number }[], s: Scenario, annual: Float64Array, comp: Components | null, acc: Accumulator): CraftsmanResult[] {
  return packages.map(({ pkg, i }) => {
    const res = craftsmanResult(pkg, w.rating[i]!, s);
    const a = res.cashYear1;
    const cur = 12 * w.monthlyPay[i]!;
    annual[i] = a;
    acc.wageBill += a;
    if (a - cur > 1) acc.winners++;
    if (a - cur < -1) acc.losers++;
    const l = w.level[i]!;
    acc.count[l]!++;
    acc.sum[l]! += a;
    acc.min[l] = Math.min(acc.min[l]!, a);
    acc.max[l] = Math.max(acc.max[l]!, a);
    if (comp) {
      for (const k of COMPONENT_NAMES) comp[k][i] = 0;
      comp.current[i] = cur;
      comp.gross[i] = a;
    }
    return res;
  });
}

/** Σ_i factor_i,f is the factor's whole share of the pool, or 0 when nobody scores on it. */
function factorSums(unallocated: Factor[], s: Scenario, pool: number): PerFactor<number> {
  const out = {} as PerFactor<number>;
  for (const f of FACTORS) out[f] = unallocated.includes(f) ? 0 : s.weights[f] * pool;
  return out;
}

export function computePay(w: Workforce, s: Scenario, opts: PayOptions = {}): PayResult {
  const n = w.size;
  const reuse = opts.reuse && opts.reuse.annual.length === n ? opts.reuse : undefined;
  const annual = reuse?.annual ?? new Float64Array(n);
  const craftsman = reuse?.craftsman ?? new Uint8Array(n);
  const comp = opts.components ? (reuse?.components ?? allocateComponents(n)) : null;
  const mode = s.mode;

  craftsman.fill(0);
  const packages = s.craftsmen.map((pkg) => {
    const i = indexOfId(w, pkg.id);
    if (i < 0) throw new InputError(`craftsman package names worker "${pkg.id}", who is not in the workforce`);
    craftsman[i] = 1;
    return { pkg, i };
  });

  const t: Tables = {
    skillCoef: perLevelArray(s.skillCoefficients),
    perfCoef: perRatingArray(s.performanceCoefficients),
    senPerYear: 12 * (mode === 'raise' ? 0 : s.seniorityMonthlyPerYear),
    senCap: s.seniorityCapYears,
  };

  let pool: number | null = null;
  let points: PerFactor<number> | null = null;
  const unallocatedFactors: Factor[] = [];
  const acc = newAccumulator();
  if (mode === 'pool') {
    const { totals, monthly, senYears } = poolTotals(w, craftsman, t);
    pool = s.annualPool ?? Math.max(0, 12 * monthly * (1 + s.guideline.base) - t.senPerYear * senYears);
    const m: PerFactor<number> = { position: 0, skill: 0, innovation: 0, performance: 0 };
    for (const f of FACTORS) {
      const money = s.weights[f] * pool;
      if (opts.points) m[f] = opts.points[f];
      else if (totals[f] > 0) m[f] = money / totals[f];
      else {
        unallocatedFactors.push(f);
        acc.unallocated += money;
      }
    }
    points = m;
    acc.seniority = grossPool(w, craftsman, annual, comp, t, m);
  } else if (mode === 'scale') {
    acc.seniority = grossScale(w, craftsman, annual, comp, t, s.scale);
  } else {
    acc.seniority = grossRaise(w, craftsman, annual, comp, s.raise);
  }
  if (s.allowances) acc.allowances = addAllowances(w, craftsman, annual, comp, s.allowances, s.minimumMonthlyWage);
  else if (comp) comp.allowance.fill(0);
  floorAndGuarantee(w, craftsman, annual, comp, 12 * s.minimumMonthlyWage, s.noLossGuarantee, acc);
  const craftsmen = payCraftsmen(w, packages, s, annual, comp, acc);
  const byFactor = mode === 'pool' ? factorSums(unallocatedFactors, s, pool!) : null;
  const summary = finishSummary(acc, annual, s.guideline, byFactor);
  const takeHome = opts.takeHome ? plantTakeHome(w, s, annual, craftsman, packages, craftsmen, comp, opts.takeHome === 'detail') : null;
  if (takeHome) Object.assign(summary, takeHome.summary);
  return { scenarioName: s.name, mode, pool, points, unallocatedFactors, annual, craftsman, components: comp, craftsmen, summary, takeHome };
}
