/**
 * Typical workers (典型职工): a handful of archetypes — a single apprentice, a
 * senior worker with a child, a technician supporting his parents, a chief
 * technician on an annual salary — each a real worker of the pay sheet
 * (picked by grade, by id, or as the first craftsman on an annual salary)
 * with the deductions he would declare, shown under every scheme: gross,
 * contributions, tax, take-home and what he costs the employer.
 */
import { computePay } from './pay';
import type { Scenario } from './scenario';
import { NO_DEDUCTIONS, workerPayslips, type Deductions, type Payslip } from '../takehome/takehome';
import { LEVELS, type Level, type Workforce } from '../types';
import { indexOfId } from './workforce';

export interface TypicalWorker {
  label: string;
  /** Which worker: the median-paid worker of a grade, a worker by id, or the first craftsman on an annual salary (else the median 首席技师). */
  pick: { kind: 'grade'; level: Level } | { kind: 'id'; id: string } | { kind: 'craftsman' };
  deductions: Deductions;
}

/** The default list, in the page's first language; the user edits it. */
export function defaultTypicalWorkers(lang: 'zh' | 'en'): TypicalWorker[] {
  const zh = lang === 'zh';
  return [
    { label: zh ? '单身学徒工' : 'Single apprentice', pick: { kind: 'grade', level: 'L1' }, deductions: NO_DEDUCTIONS },
    { label: zh ? '高级工,一个孩子' : 'Senior worker, one child', pick: { kind: 'grade', level: 'L4' }, deductions: { ...NO_DEDUCTIONS, children: 1 } },
    { label: zh ? '技师,赡养老人' : 'Technician supporting his parents', pick: { kind: 'grade', level: 'L5' }, deductions: { ...NO_DEDUCTIONS, elderly: 3000 } },
    { label: zh ? '高级技师,房贷和孩子' : 'Senior technician, a mortgage and a child', pick: { kind: 'grade', level: 'L6' }, deductions: { ...NO_DEDUCTIONS, children: 1, housing: 1000 } },
    // "(年薪制)" is added where the worker has such a package (TypicalRow.package), never written into the label.
    { label: zh ? '首席技师' : 'Chief technician', pick: { kind: 'craftsman' }, deductions: { ...NO_DEDUCTIONS, children: 1, elderly: 1500 } },
  ];
}

/** Row of the worker a typical worker stands for, or −1 when the pay sheet has nobody like him. */
export function typicalIndex(w: Workforce, t: TypicalWorker, s: Scenario): number {
  const pick = t.pick;
  if (pick.kind === 'id') return indexOfId(w, pick.id);
  if (pick.kind === 'craftsman') {
    for (const p of s.craftsmen) {
      const i = indexOfId(w, p.id);
      if (p.scheme === 'annual-salary' && i >= 0) return i;
    }
    return medianOfGrade(w, 7, new Set(s.craftsmen.map((p) => p.id)));
  }
  return medianOfGrade(w, LEVELS.indexOf(pick.level), new Set(s.craftsmen.map((p) => p.id)));
}

/** The regular worker of a grade with the median pay today (the lower middle one of an even count). */
function medianOfGrade(w: Workforce, level: number, craftsmen: Set<string>): number {
  const rows: number[] = [];
  for (let i = 0; i < w.size; i++) if (w.level[i] === level && !craftsmen.has(w.id[i]!)) rows.push(i);
  if (!rows.length) return -1;
  rows.sort((a, b) => w.monthlyPay[a]! - w.monthlyPay[b]! || (w.id[a]! < w.id[b]! ? -1 : 1));
  return rows[(rows.length - 1) >> 1]!;
}

export interface TypicalRow {
  label: string;
  /** The worker he stands for (null when there is nobody like him in the pay sheet). */
  worker: { id: string; name: string; level: Level } | null;
  /** His craftsman package under the first scheme (which decides whom the row is about), if he has one. */
  package: 'annual-salary' | 'agreement' | null;
  /** Per scheme, in the order asked: a year today and under the scheme. */
  schemes: { scheme: string; fingerprint: string; today: Payslip; proposed: Payslip }[];
}

/** Every typical worker under every scheme (one engine run per scheme). The first scheme decides whom each row is about: callers put the scheme being edited first. */
export function typicalWorkers(w: Workforce, schemes: Scenario[], list: TypicalWorker[], fingerprintOf: (s: Scenario) => string): TypicalRow[] {
  const results = schemes.map((s) => computePay(w, s));
  return list.map((t) => {
    // The craftsman pick can differ by scheme (packages differ): the first scheme's decides whom the row is about.
    const i = schemes.length ? typicalIndex(w, t, schemes[0]!) : -1;
    if (i < 0) return { label: t.label, worker: null, package: null, schemes: [] };
    return {
      label: t.label,
      package: schemes[0]!.craftsmen.find((p) => p.id === w.id[i])?.scheme ?? null,
      worker: { id: w.id[i]!, name: w.name[i]!, level: LEVELS[w.level[i]!]! },
      schemes: schemes.map((s, k) => {
        const r = results[k]!;
        const pkg = s.craftsmen.find((p) => p.id === w.id[i]);
        const cash = r.craftsmen.find((c) => c.id === w.id[i])?.cashYear1;
        const slips = workerPayslips(w, s, i, r.annual[i]!, pkg, cash, t.deductions);
        return { scheme: s.name, fingerprint: fingerprintOf(s), today: slips.today, proposed: slips.scheme };
      }),
    };
  });
}
