/**
 * Pure aggregates that shape engine results for charts and tables. They live
 * beside the engine so the worker can build them: for 100k workers the sorts
 * and group-bys would otherwise run on the main thread on every slider step.
 * Charts only draw what these return; nothing here computes pay.
 */
import type { CraftsmanResult } from './craftsmen/craftsmen';
import { quantileSorted, sortFloat64 } from './pay/stats';
import { LEVELS, type LevelRow, type Summary, type Workforce } from './types';

export interface HistogramBin {
  from: number;
  to: number;
  label: string;
  current: number;
  proposed: number;
}

/** Monthly pay histogram of today and the scheme on shared bins (counts of workers). */
export function payHistogram(currentAnnual: Float64Array, newAnnual: Float64Array, bins = 24): HistogramBin[] {
  const n = currentAnnual.length;
  if (!n) return [];
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, currentAnnual[i]!, newAnnual[i]!);
    hi = Math.max(hi, currentAnnual[i]!, newAnnual[i]!);
  }
  lo /= 12;
  hi /= 12;
  const raw = (hi - lo) / bins || 1;
  const step = niceStep(raw);
  const start = Math.floor(lo / step) * step;
  const count = Math.max(1, Math.ceil((hi - start) / step + 1e-9));
  const out: HistogramBin[] = Array.from({ length: count }, (_, k) => ({ from: start + k * step, to: start + (k + 1) * step, label: `${Math.round(start + k * step)}`, current: 0, proposed: 0 }));
  const at = (monthly: number) => Math.min(count - 1, Math.max(0, Math.floor((monthly - start) / step)));
  for (let i = 0; i < n; i++) {
    out[at(currentAnnual[i]! / 12)]!.current++;
    out[at(newAnnual[i]! / 12)]!.proposed++;
  }
  return out;
}

function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

export interface PayTableRow {
  level: string;
  count: number;
  nowMonthly: number;
  newMonthly: number;
  change: number;
  changePct: number;
  minMonthly: number;
  maxMonthly: number;
}

/** The 能级工资表: mean monthly pay by grade, today and under the scheme. */
export function payTable(baseline: LevelRow[], scheme: LevelRow[]): PayTableRow[] {
  const before = new Map(baseline.map((r) => [r.level, r]));
  return scheme.map((r) => {
    const now = (before.get(r.level)?.meanAnnual ?? NaN) / 12;
    const next = r.meanAnnual / 12;
    return { level: r.level, count: r.count, nowMonthly: now, newMonthly: next, change: next - now, changePct: next / now - 1, minMonthly: r.minAnnual / 12, maxMonthly: r.maxAnnual / 12 };
  });
}

export interface GroupChange {
  group: string;
  workers: number;
  winners: number;
  losers: number;
  unchanged: number;
  meanChangeMonthly: number;
}

/** Winners and losers (more than 1 元 a year either way, as in the summary) by a grouping key. */
export function changesByGroup(currentAnnual: Float64Array, newAnnual: Float64Array, groupOf: (i: number) => string, order?: string[]): GroupChange[] {
  const map = new Map<string, GroupChange & { sum: number }>();
  for (let i = 0; i < newAnnual.length; i++) {
    const g = groupOf(i);
    let e = map.get(g);
    if (!e) map.set(g, (e = { group: g, workers: 0, winners: 0, losers: 0, unchanged: 0, meanChangeMonthly: 0, sum: 0 }));
    const d = newAnnual[i]! - currentAnnual[i]!;
    e.workers++;
    if (d > 1) e.winners++;
    else if (d < -1) e.losers++;
    else e.unchanged++;
    e.sum += d;
  }
  const rows = [...map.values()].map(({ sum, ...e }) => ({ ...e, meanChangeMonthly: sum / e.workers / 12 }));
  const rank = order ? (g: string) => order.indexOf(g) : null;
  return rows.sort((a, b) => (rank ? rank(a.group) - rank(b.group) : a.group.localeCompare(b.group, 'zh-CN')));
}

export const levelOf = (level: Uint8Array) => (i: number) => LEVELS[level[i]!]!;

/** Lorenz curve: cumulative share of pay against cumulative share of workers, `points` + 1 points. */
export function lorenz(annual: Float64Array, points = 50): { people: number; pay: number }[] {
  const sorted = sortFloat64(annual);
  const n = sorted.length;
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i]! + sorted[i]!;
  const total = cum[n]! || 1;
  return Array.from({ length: points + 1 }, (_, k) => {
    const at = Math.floor((k / points) * n + 1e-9);
    return { people: k / points, pay: cum[at]! / total };
  });
}

export interface CompareRow {
  name: string;
  wageBill: number;
  growth: number;
  status: Summary['guidelineStatus'];
  median: number;
  medianRaise: number;
  gini: number;
  p90p10: number | null;
  winners: number;
  losers: number;
  topUps: number;
  deltaBill: number;
  /** Craftsmen's year-1 cash: inside the wage bill. */
  craftsmenCash: number;
  /** Equity fair value of their grants: beside the wage bill, never in it. */
  equityValue: number;
  /** Median change of monthly take-home pay, and the employer's cost (gross + contributions) a year; null when not computed. */
  medianNetRaise: number | null;
  employerCost: number | null;
}

/** One row per scheme against the baseline (today's pay). */
export function compareRows(baseline: Summary, schemes: { name: string; summary: Summary; medianRaise: number; craftsmen?: CraftsmanResult[] }[]): CompareRow[] {
  return schemes.map(({ name, summary: s, medianRaise, craftsmen = [] }) => ({
    name,
    wageBill: s.wageBill,
    growth: s.wageBillGrowth,
    status: s.guidelineStatus,
    median: s.median,
    medianRaise,
    gini: s.gini,
    p90p10: s.p90p10,
    winners: s.winners,
    losers: s.losers,
    topUps: s.floorTopUp + s.guaranteeTopUp,
    deltaBill: s.wageBill - baseline.wageBill,
    craftsmenCash: craftsmen.reduce((a, c) => a + c.cashYear1, 0),
    equityValue: craftsmen.reduce((a, c) => a + (c.equity?.fairValue ?? 0), 0),
    medianNetRaise: s.medianNetRaise ?? null,
    employerCost: s.employerCost ?? null,
  }));
}

/** The craftsmen as one row of the 能级工资表: their mean monthly pay today and under their packages. */
export function craftsmenPayRow(craftsmen: CraftsmanResult[], currentAnnualOf: (id: string) => number): PayTableRow | null {
  if (!craftsmen.length) return null;
  const now = craftsmen.reduce((a, c) => a + currentAnnualOf(c.id), 0) / craftsmen.length / 12;
  const next = craftsmen.reduce((a, c) => a + c.cashYear1, 0) / craftsmen.length / 12;
  const monthly = craftsmen.map((c) => c.cashYear1 / 12);
  return { level: 'craftsmen', count: craftsmen.length, nowMonthly: now, newMonthly: next, change: next - now, changePct: next / now - 1, minMonthly: Math.min(...monthly), maxMonthly: Math.max(...monthly) };
}

/** Median of the individual monthly raises (new − current), CNY a month. */
export function medianRaiseMonthly(currentAnnual: Float64Array, newAnnual: Float64Array): number {
  const d = new Float64Array(newAnnual.length);
  for (let i = 0; i < d.length; i++) d[i] = (newAnnual[i]! - currentAnnual[i]!) / 12;
  return quantileSorted(sortFloat64(d), 0.5);
}

/** Mean monthly pay by grade for today (`baseline`) and each scheme (`s0`, `s1`, …): the 能级工资表 overlaid. */
export function overlayByGrade(baseline: Summary, schemes: { summary: Summary }[]): Record<string, number | string>[] {
  return baseline.byLevel.map((row) => {
    const out: Record<string, number | string> = { level: row.level, baseline: row.meanAnnual / 12 };
    schemes.forEach((s, k) => {
      const r = s.summary.byLevel.find((x) => x.level === row.level);
      out[`s${k}`] = r ? r.meanAnnual / 12 : NaN;
    });
    return out;
  });
}

/**
 * Where the money goes. Pool mode: the four factors; other modes: the pay the
 * table or the raise gives (wage bill less the parts below). Then seniority,
 * the two top-ups, craftsmen's cash and anything unallocated.
 */
export function factorBars(s: Summary, craftsmenCash = 0): { key: string; value: number }[] {
  const out: { key: string; value: number }[] = [];
  if (s.byFactor) for (const [k, v] of Object.entries(s.byFactor)) out.push({ key: k, value: v });
  else out.push({ key: 'schemePay', value: s.wageBill - s.seniority - s.floorTopUp - s.guaranteeTopUp - craftsmenCash });
  out.push({ key: 'seniority', value: s.seniority }, { key: 'floorTopUp', value: s.floorTopUp }, { key: 'guaranteeTopUp', value: s.guaranteeTopUp });
  if (craftsmenCash > 0) out.push({ key: 'craftsmen', value: craftsmenCash });
  if (s.unallocated > 0) out.push({ key: 'unallocated', value: s.unallocated });
  return out;
}

export interface ChartData {
  histogram: HistogramBin[];
  byLevel: GroupChange[];
  byDepartment: GroupChange[];
  lorenz: { people: number; current: number; proposed: number; equality: number }[];
  scatter: ScatterCell[];
}

export interface ScatterCell {
  /** Cell centre, monthly CNY today and under the scheme. */
  current: number;
  proposed: number;
  /** Workers in the cell. */
  count: number;
}

/**
 * Every worker, aggregated for drawing: a grid of `bins` × `bins` cells over
 * monthly pay today × under the scheme; only non-empty cells are returned.
 * 100k SVG points would freeze the page, and a sample could hide outliers.
 */
export function scatterCells(currentAnnual: Float64Array, newAnnual: Float64Array, bins = 60): ScatterCell[] {
  const n = newAnnual.length;
  let hi = 0;
  for (let i = 0; i < n; i++) hi = Math.max(hi, currentAnnual[i]!, newAnnual[i]!);
  const step = niceStep(hi / 12 / bins || 1);
  const cols = Math.ceil(hi / 12 / step) + 1;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = Math.floor(currentAnnual[i]! / 12 / step) * cols + Math.floor(newAnnual[i]! / 12 / step);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([key, count]) => ({ current: (Math.floor(key / cols) + 0.5) * step, proposed: ((key % cols) + 0.5) * step, count }));
}

interface Current {
  annual: Float64Array;
  /** Σ annual: today's wage bill. */
  bill: number;
  lorenz: { people: number; pay: number }[];
}
const currentCache = new WeakMap<Workforce, Current>();

/** Today's annual pay, its sum and its Lorenz curve, computed once per workforce. */
export function currentOf(w: Workforce): Current {
  let c = currentCache.get(w);
  if (!c) {
    const annual = new Float64Array(w.size);
    let bill = 0;
    for (let i = 0; i < w.size; i++) {
      annual[i] = 12 * w.monthlyPay[i]!;
      bill += annual[i]!;
    }
    c = { annual, bill, lorenz: lorenz(annual, 40) };
    currentCache.set(w, c);
  }
  return c;
}

/** Everything the charts of one scheme draw, built where the data is (in the worker). */
export function chartData(w: Workforce, annual: Float64Array): ChartData {
  const cur = currentOf(w);
  const next = lorenz(annual, 40);
  return {
    histogram: payHistogram(cur.annual, annual),
    byLevel: changesByGroup(cur.annual, annual, levelOf(w.level), [...LEVELS]),
    byDepartment: changesByGroup(cur.annual, annual, (i) => w.department[i] || '—'),
    lorenz: cur.lorenz.map((p, k) => ({ people: p.people, current: p.pay, proposed: next[k]!.pay, equality: p.people })),
    // 30 × 30 cells at most: enough to see who gains and loses, few enough for the page to draw quickly at 100,000 workers.
    scatter: scatterCells(cur.annual, annual, 30),
  };
}

export interface OfferPoint {
  round: number;
  side: 'union' | 'management';
  name: string;
  /** Cost to the employer: wage-bill growth. */
  growth: number;
  /** Value to members: median monthly raise, share of workers who gain, mean monthly raise of L1–L3. */
  medianRaise: number;
  shareGaining: number;
  lowGradeRaise: number;
}

/** Mean monthly raise of grades L1–L3, from the by-grade summaries. */
export function lowGradeRaise(baseline: Summary, s: Summary): number {
  let n = 0,
    sum = 0;
  for (const row of s.byLevel) {
    if (!['L1', 'L2', 'L3'].includes(row.level)) continue;
    const before = baseline.byLevel.find((b) => b.level === row.level);
    if (!before) continue;
    n += row.count;
    sum += row.count * (row.meanAnnual - before.meanAnnual);
  }
  return n ? sum / n / 12 : NaN;
}

/** One point per offer per round: what it costs the employer and what it gives the members. */
export function offerTimeline(baseline: Summary, rounds: { union: { name: string; summary: Summary; medianRaise: number }; management: { name: string; summary: Summary; medianRaise: number } }[]): OfferPoint[] {
  return rounds.flatMap((r, k) =>
    (['union', 'management'] as const).map((side) => {
      const o = r[side];
      return { round: k + 1, side, name: o.name, growth: o.summary.wageBillGrowth, medianRaise: o.medianRaise, shareGaining: o.summary.winners / o.summary.workers, lowGradeRaise: lowGradeRaise(baseline, o.summary) };
    }),
  );
}
