/**
 * What a workforce looks like, computed once where the workforce lives (in
 * the worker): today's pay summarised like a scheme, head counts by grade and
 * department, the pay range; and the search behind "what happens to me?".
 */
import { workforceFingerprint } from '../fingerprint';
import { baselineSummary } from './summary';
import { LEVELS, type Summary, type Workforce } from '../types';

export interface WorkforceProfile {
  size: number;
  /** Today's annual wage bill, 12 × Σ monthly pay. */
  currentBill: number;
  /** Today's pay summarised like a scheme (growth 0): the baseline every scheme is compared with. */
  baseline: Summary;
  /** Head count per grade, L1…L8. */
  byGrade: number[];
  /** Head count per department, largest first ('' shown as —). */
  departments: { name: string; count: number }[];
  /** Lowest and highest monthly pay. */
  payRange: [number, number];
  /** Workers with a post category (岗位类别): the skill-talent floors need it. */
  categorised: number;
  /** SHA-256 of the workforce as read (models/fingerprint.ts): both sides can check they computed on the same pay sheet. */
  fingerprint: string;
}

export function workforceProfile(w: Workforce): WorkforceProfile {
  const byGrade = new Array<number>(LEVELS.length).fill(0);
  const departments = new Map<string, number>();
  let lo = Infinity,
    hi = -Infinity,
    categorised = 0;
  for (let i = 0; i < w.size; i++) {
    byGrade[w.level[i]!]!++;
    const d = w.department[i] ?? '';
    departments.set(d, (departments.get(d) ?? 0) + 1);
    const p = w.monthlyPay[i]!;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
    if (w.postCategory[i]) categorised++;
  }
  const baseline = baselineSummary(w.monthlyPay, w.level, { lower: 0, upper: 0 });
  return {
    fingerprint: workforceFingerprint(w),
    size: w.size,
    currentBill: baseline.wageBill,
    baseline,
    byGrade,
    departments: [...departments].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN')),
    payRange: w.size ? [lo, hi] : [0, 0],
    categorised,
  };
}

export interface WorkerMatch {
  index: number;
  id: string;
  name: string;
  department: string;
  position: string;
  level: number;
}

/** Workers whose id equals the query first, then ids or names containing it, in file order; at most `limit`. */
export function searchWorkers(w: Workforce, query: string, limit = 8): WorkerMatch[] {
  const q = query.trim();
  if (!q) return [];
  const exact: number[] = [];
  const partial: number[] = [];
  for (let i = 0; i < w.size && exact.length + partial.length < limit * 4; i++) {
    if (w.id[i] === q) exact.push(i);
    else if (w.id[i]!.includes(q) || w.name[i]!.includes(q)) partial.push(i);
  }
  return [...exact, ...partial].slice(0, limit).map((i) => ({ index: i, id: w.id[i]!, name: w.name[i]!, department: w.department[i]!, position: w.position[i]!, level: w.level[i]! }));
}
