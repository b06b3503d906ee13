/**
 * Everything the documents say about a scheme, taken from the engine host's
 * own answers — the same answers the page shows for that scheme: the compute
 * answer of every scheme (key figures, comparison), the charts answer (the
 * 能级工资表, winners and losers by grade and department, the skill-talent
 * floors, the pay cuts), the contract answer for the contract's terms the
 * 合同成本 panel costs, the sensitivity answer, and the typical workers.
 * The host assembles them (workers/host.ts `documentData`); this file only
 * says what they are and works out the few lines that are plain arithmetic
 * on them.
 */
import type { ContractCost, TornadoBar } from '../bargaining/bargaining';
import type { GroupChange, HistogramBin, PayTableRow } from '../charts';
import type { CraftsmanResult } from '../craftsmen/craftsmen';
import type { Scenario } from '../pay/scenario';
import type { TakeHomeByLevel } from '../takehome/takehome';
import type { TypicalRow } from '../pay/typical';
import { LEVELS, RATINGS, type Level, type PerFactor, type Rating, type Summary, type Workforce } from '../types';
import type { Components } from '../pay/pay';
import { indexOfId } from '../pay/workforce';
import type { ContractSettings } from './form';

/** A scheme's answer as the page's key figures and comparison show it. */
export interface SchemeAnswer {
  name: string;
  fingerprint: string;
  summary: Summary;
  /** Median of the individual monthly raises. */
  medianRaise: number;
  /** The pool used (the automatic one worked out), or null outside the pool kind. */
  pool: number | null;
  costPerNetYuan: number | null;
  craftsmen: CraftsmanResult[];
}

/** Who loses under the scheme and by how much; and what the no-loss guarantee would cost. */
export interface Losses {
  /** Workers paid more than 1 元 a year less than today (the summary's losers). */
  count: number;
  /** Their losses together, 元 a month. */
  monthlyTotal: number;
  /** The largest loss of one worker, 元 a month. */
  maxMonthly: number;
  /** What switching the no-loss guarantee on adds to the wage bill, 元 a year; null when it is on or nobody loses. */
  guaranteeCost: number | null;
}

export interface PackageLine {
  id: string;
  name: string;
  level: Level;
  scheme: 'annual-salary' | 'agreement';
  /** Pay today, 元 a year. */
  currentAnnual: number;
  cashYear1: number;
  deferred: number;
  equityKind: 'option' | 'restricted' | null;
  equityShares: number;
  equityFairValue: number;
}

export interface DocumentData {
  /** The scheme as the engine computed it on this workforce. */
  scheme: Scenario;
  /** Its answer: what the page's key figures show. */
  answer: SchemeAnswer;
  workforce: { size: number; fingerprint: string; bill: number };
  /** Today's pay summarised like a scheme. */
  baseline: Summary;
  /** The 能级工资表: every grade, craftsmen in their grade; their packages apart as a "其中" row. */
  payTable: PayTableRow[];
  craftsmenRow: PayTableRow | null;
  byLevel: GroupChange[];
  byDepartment: GroupChange[];
  /** Monthly pay of today and the scheme on shared bins (the page's pay-distribution chart). */
  histogram: HistogramBin[];
  floors: { below: number; liftCost: number; unclassified: number };
  takeHomeByLevel: TakeHomeByLevel[];
  losses: Losses;
  /** The contract's terms and their cost, exactly as the 合同成本 panel asks and shows them. */
  contract: ContractCost;
  contractSettings: ContractSettings;
  /** The sensitivity answer (every bar; documents print the largest). */
  tornado: TornadoBar[];
  typical: TypicalRow[];
  /** Every scheme of the workspace (this one included), as the comparison shows them. */
  compare: SchemeAnswer[];
  packages: PackageLine[];
  /** The money of the scheme's innovation factor a year (pool: its weight's share; table: 元 a point × points); null in the raise kind. */
  innovation: number | null;
  /** Pool kind: what one point of each factor pays a year (the contract fixes these at signing); null in the other kinds. */
  points: PerFactor<number> | null;
  /** The contract's tranches costed on the pay the scheme sets (the annex's pay from the first month): what the contract commits by year. */
  contractOnScheme: ContractCost;
  /** A worker whose pay the annex works through, step by step (the regular worker at the median of the scheme's pay). */
  example: PayExample | null;
  /** Workers paid below the scheme's minimum wage today (the import warns of each): how many, the first ids, the minimum. */
  belowMinimumToday: { count: number; ids: string[]; minimum: number };
  /**
   * The scheme's innovation rewards where its rules count them in the wage bill and achievements were given: the plan
   * year's rewards, the bill with them and its growth (the innovation panel's and papers' figures). null otherwise.
   */
  rewards?: { planYear: number; amount: number; bill: number; growth: number } | null;
}

/** One worker's pay as the annex computes it: his inputs and each part a month (元). */
export interface PayExample {
  id: string;
  name: string;
  level: Level;
  rating: Rating;
  positionValue: number;
  innovation: number;
  years: number;
  apprentices: number;
  teamLeader: boolean;
  currentMonthly: number;
  parts: { position: number; skill: number; innovation: number; performance: number; raise: number; seniority: number; allowance: number; floorTopUp: number; guaranteeTopUp: number };
  monthly: number;
}

/** The regular worker at the median of the scheme's pay, worked through part by part (null when every worker has a package). */
export function payExample(w: Workforce, annual: ArrayLike<number>, craftsman: ArrayLike<number>, c: Components): PayExample | null {
  const regular: number[] = [];
  for (let i = 0; i < w.size; i++) if (!craftsman[i]) regular.push(i);
  if (!regular.length) return null;
  regular.sort((a, b) => annual[a]! - annual[b]! || a - b);
  const i = regular[(regular.length - 1) >> 1]!;
  const m = (col: Float64Array) => col[i]! / 12;
  return {
    id: w.id[i]!,
    name: w.name[i]!,
    level: LEVELS[w.level[i]!]!,
    rating: RATINGS[w.rating[i]!]!,
    positionValue: w.positionValue[i]!,
    innovation: w.innovation[i]!,
    years: w.yearsOfService[i]!,
    apprentices: w.apprentices?.[i] ?? 0,
    teamLeader: (w.teamLeader?.[i] ?? 0) === 1,
    currentMonthly: w.monthlyPay[i]!,
    parts: { position: m(c.position), skill: m(c.skill), innovation: m(c.innovation), performance: m(c.performance), raise: m(c.raise), seniority: m(c.seniority), allowance: m(c.allowance), floorTopUp: m(c.floorTopUp), guaranteeTopUp: m(c.guaranteeTopUp) },
    monthly: annual[i]! / 12,
  };
}

/** Pay cuts from each worker's pay today and under the scheme (元 a year), as the summary counts losers (more than 1 元 a year). */
export function lossesOf(current: ArrayLike<number>, annual: ArrayLike<number>, guaranteeCost: number | null): Losses {
  let count = 0,
    total = 0,
    max = 0;
  for (let i = 0; i < annual.length; i++) {
    const d = current[i]! - annual[i]!;
    if (d > 1) {
      count++;
      total += d;
      if (d > max) max = d;
    }
  }
  return { count, monthlyTotal: total / 12, maxMonthly: max / 12, guaranteeCost: count ? guaranteeCost : null };
}

/** The craftsmen's packages with their names and grades from the pay sheet. */
export function packageLines(w: Workforce, s: Scenario, craftsmen: CraftsmanResult[]): PackageLine[] {
  return craftsmen.map((c) => {
    const i = indexOfId(w, c.id);
    const pkg = s.craftsmen.find((p) => p.id === c.id)!;
    return { id: c.id, name: w.name[i]!, level: LEVELS[w.level[i]!]!, scheme: c.scheme, currentAnnual: 12 * w.monthlyPay[i]!, cashYear1: c.cashYear1, deferred: c.deferred.reduce((a, b) => a + b, 0), equityKind: pkg.equity?.kind ?? null, equityShares: pkg.equity?.shares ?? 0, equityFairValue: c.equity?.fairValue ?? 0 };
  });
}

/** The innovation money of a scheme a year: the pool's innovation factor, or 元 a point × the regular workers' points. */
export function innovationMoney(w: Workforce, s: Scenario, summary: Summary, craftsman: ArrayLike<number>): number | null {
  if (s.mode === 'pool') return summary.byFactor?.innovation ?? 0;
  if (s.mode !== 'scale') return null;
  let points = 0;
  for (let i = 0; i < w.size; i++) if (!craftsman[i]) points += w.innovation[i]!;
  return s.scale.innovationRate * points;
}
