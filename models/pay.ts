/**
 * The pay engine (pay-model.md §3–§4): one pass to total the scores of the
 * regular workers, one pass to hand out the money, then the summary. Works on
 * the struct-of-arrays workforce; allocates its output columns once per call
 * (or reuses the caller's).
 */
import { craftsmanResult, type CraftsmanResult } from './craftsmen';
import { InputError } from './errors';
import type { Scenario } from './scenario';
import { summarize } from './summary';
import { FACTORS, LEVELS, RATINGS, type Factor, type PerFactor, type Summary, type Workforce } from './types';
import { indexOfId } from './workforce';

export const COLUMN_NAMES = [
  'current',
  'position',
  'skill',
  'innovation',
  'performance',
  'raise',
  'seniority',
  'gross',
  'floorTopUp',
  'guaranteeTopUp',
  'annual',
] as const;
export type ColumnName = (typeof COLUMN_NAMES)[number];

/** Per-worker results, annual CNY. Components add up: gross = position + skill + innovation + performance + raise + seniority (+ current in raise mode). */
export type PayColumns = Record<ColumnName, Float64Array> & { craftsman: Uint8Array };

export interface PayResult {
  scenarioName: string;
  mode: Scenario['mode'];
  /** The pool handed out (pool mode; the default pool when the scenario left it empty), else null. */
  pool: number | null;
  /** Factors whose scores total zero: their share of the pool is not handed out. */
  unallocatedFactors: Factor[];
  columns: PayColumns;
  craftsmen: CraftsmanResult[];
  summary: Summary;
}

export function allocateColumns(n: number): PayColumns {
  const cols = { craftsman: new Uint8Array(n) } as PayColumns;
  for (const c of COLUMN_NAMES) cols[c] = new Float64Array(n);
  return cols;
}

function perLevelArray(map: Record<string, number>): Float64Array {
  return Float64Array.from(LEVELS, (l) => map[l]!);
}
function perRatingArray(map: Record<string, number>): Float64Array {
  return Float64Array.from(RATINGS, (r) => map[r]!);
}

export function computePay(w: Workforce, s: Scenario, reuse?: PayColumns): PayResult {
  const n = w.size;
  const cols = reuse && reuse.annual.length === n ? reuse : allocateColumns(n);
  const { current, position, skill, innovation, performance, raise, seniority, gross, floorTopUp, guaranteeTopUp, annual, craftsman } = cols;
  const pv = w.positionValue;
  const lvl = w.level;
  const rat = w.rating;
  const inno = w.innovation;
  const years = w.yearsOfService;
  const pay = w.monthlyPay;

  craftsman.fill(0);
  const packages = s.craftsmen.map((pkg) => {
    const i = indexOfId(w, pkg.id);
    if (i < 0) throw new InputError(`craftsman package names worker "${pkg.id}", who is not in the workforce`);
    craftsman[i] = 1;
    return { pkg, i };
  });

  const perfCoef = perRatingArray(s.performanceCoefficients);
  const skillCoef = perLevelArray(s.skillCoefficients);
  const senPerYear = 12 * (s.mode === 'raise' ? 0 : s.seniorityMonthlyPerYear);
  const senCap = s.seniorityCapYears;
  const floorAnnual = 12 * s.minimumMonthlyWage;

  // Pass 1: current pay, seniority and (pool mode) factor score totals over regular workers.
  let sumPos = 0,
    sumSkill = 0,
    sumInno = 0,
    sumPerf = 0,
    currentRegular = 0,
    senRegular = 0;
  for (let i = 0; i < n; i++) {
    const cur = 12 * pay[i]!;
    current[i] = cur;
    if (craftsman[i]) {
      seniority[i] = 0;
      continue;
    }
    const sen = senPerYear * Math.min(years[i]!, senCap);
    seniority[i] = sen;
    currentRegular += cur;
    senRegular += sen;
    sumPos += pv[i]!;
    sumSkill += skillCoef[lvl[i]!]!;
    sumInno += inno[i]!;
    sumPerf += perfCoef[rat[i]!]! * pv[i]!;
  }

  let pool: number | null = null;
  const unallocatedFactors: Factor[] = [];
  let unallocated = 0;
  let mPos = 0,
    mSkill = 0,
    mInno = 0,
    mPerf = 0;
  if (s.mode === 'pool') {
    pool = s.annualPool ?? Math.max(0, currentRegular * (1 + s.guideline.base) - senRegular);
    const totals: PerFactor<number> = { position: sumPos, skill: sumSkill, innovation: sumInno, performance: sumPerf };
    const multipliers = {} as PerFactor<number>;
    for (const f of FACTORS) {
      const money = s.weights[f] * pool;
      if (totals[f] > 0) {
        multipliers[f] = money / totals[f];
      } else {
        multipliers[f] = 0;
        unallocatedFactors.push(f);
        unallocated += money;
      }
    }
    ({ position: mPos, skill: mSkill, innovation: mInno, performance: mPerf } = multipliers);
  }

  // Pass 2: each regular worker's pay by component, then floor and guarantee.
  const posRate = 12 * s.scale.positionRate;
  const skillRates = perLevelArray(s.scale.skillRates).map((x) => 12 * x);
  const innoRate = s.scale.innovationRate;
  const gradeExtra = perLevelArray(s.raise.gradeExtra);
  const minRaise = 12 * s.raise.minMonthly;
  const guarantee = s.noLossGuarantee;
  for (let i = 0; i < n; i++) {
    if (craftsman[i]) continue;
    const cur = current[i]!;
    const sen = seniority[i]!;
    let p = 0,
      k = 0,
      v = 0,
      f = 0,
      r = 0,
      g: number;
    if (s.mode === 'pool') {
      p = mPos * pv[i]!;
      k = mSkill * skillCoef[lvl[i]!]!;
      v = mInno * inno[i]!;
      f = mPerf * perfCoef[rat[i]!]! * pv[i]!;
      g = p + k + v + f + sen;
    } else if (s.mode === 'scale') {
      p = posRate * pv[i]!;
      k = skillRates[lvl[i]!]!;
      f = (p + k) * (perfCoef[rat[i]!]! - 1);
      v = innoRate * inno[i]!;
      g = (p + k) * perfCoef[rat[i]!]! + v + sen;
    } else {
      r = Math.max(cur * (s.raise.percent + gradeExtra[lvl[i]!]!), minRaise);
      g = cur + r;
    }
    position[i] = p;
    skill[i] = k;
    innovation[i] = v;
    performance[i] = f;
    raise[i] = r;
    gross[i] = g;
    const floorUp = Math.max(0, floorAnnual - g);
    const guaranteeUp = guarantee ? Math.max(0, cur - g - floorUp) : 0;
    floorTopUp[i] = floorUp;
    guaranteeTopUp[i] = guaranteeUp;
    annual[i] = g + floorUp + guaranteeUp;
  }

  const craftsmen = packages.map(({ pkg, i }) => {
    const res = craftsmanResult(pkg, rat[i]!, s);
    position[i] = skill[i] = innovation[i] = performance[i] = raise[i] = 0;
    floorTopUp[i] = guaranteeTopUp[i] = 0;
    gross[i] = annual[i] = res.cashYear1;
    return res;
  });

  const summary = summarize({
    annual,
    current,
    level: lvl,
    columns: cols,
    guideline: s.guideline,
    byFactor: s.mode === 'pool',
    unallocated,
  });
  return { scenarioName: s.name, mode: s.mode, pool, unallocatedFactors, columns: cols, craftsmen, summary };
}
