/**
 * Per-worker tables for Excel: CSV in UTF-8 with BOM (so Excel opens Chinese
 * correctly) and XLSX with real number cells. Text that Excel would run as a
 * formula (=, +, -, @, tab, CR at the start) is prefixed with an apostrophe.
 */
import { fingerprint } from '../fingerprint';
import { compareRows } from '../charts';
import type { CraftsmanResult } from '../craftsmen/craftsmen';
import type { PayResult } from '../pay/pay';
import type { TakeHomeResult } from '../takehome/takehome';
import type { Scenario } from '../pay/scenario';
import { LEVELS, type Summary, type Workforce } from '../types';
import type { Lang } from './messages';

export interface Column {
  key: string;
  zh: string;
  en: string;
  numFmt?: string;
  /**
   * Few distinct values repeated down many rows (a fingerprint, a department, a grade): in a workbook each is written
   * once, in its table of shared strings, and the cells refer to it by number (models/io/xlsxStream.ts).
   */
  shared?: true;
}

export const WORKER_COLUMNS: Column[] = [
  { key: 'id', zh: '工号', en: 'id' },
  { key: 'name', zh: '姓名', en: 'name' },
  { key: 'department', zh: '部门', en: 'department', shared: true },
  { key: 'level', zh: '技能等级', en: 'level', shared: true },
  { key: 'current', zh: '现年收入(元)', en: 'current annual (CNY)', numFmt: '#,##0.00' },
  { key: 'annual', zh: '新年收入(元)', en: 'new annual (CNY)', numFmt: '#,##0.00' },
  { key: 'difference', zh: '差额(元)', en: 'difference (CNY)', numFmt: '#,##0.00' },
  { key: 'position', zh: '岗位工资', en: 'position pay', numFmt: '#,##0.00' },
  { key: 'skill', zh: '技能工资', en: 'skill pay', numFmt: '#,##0.00' },
  { key: 'innovation', zh: '创新工资', en: 'innovation pay', numFmt: '#,##0.00' },
  { key: 'performance', zh: '绩效工资', en: 'performance pay', numFmt: '#,##0.00' },
  { key: 'raise', zh: '调资额', en: 'raise', numFmt: '#,##0.00' },
  { key: 'seniority', zh: '工龄工资', en: 'seniority pay', numFmt: '#,##0.00' },
  { key: 'floorTopUp', zh: '最低工资补足', en: 'minimum-wage top-up', numFmt: '#,##0.00' },
  { key: 'guaranteeTopUp', zh: '保底补足', en: 'no-loss top-up', numFmt: '#,##0.00' },
  { key: 'craftsman', zh: '工匠薪酬包', en: 'craftsman package' },
  { key: 'allowance', zh: '津贴(元)', en: 'allowance (CNY)', numFmt: '#,##0.00' },
  // Take-home and employer cost, a year, today and under the scheme (models/takehome/takehome.ts).
  { key: 'contribCurrent', zh: '个人缴费(现行,元)', en: 'employee contributions current (CNY)', numFmt: '#,##0.00' },
  { key: 'taxCurrent', zh: '个人所得税(现行,元)', en: 'iit current (CNY)', numFmt: '#,##0.00' },
  { key: 'netCurrent', zh: '实发(现行,元)', en: 'net current (CNY)', numFmt: '#,##0.00' },
  { key: 'employerCurrent', zh: '企业用工成本(现行,元)', en: 'employer cost current (CNY)', numFmt: '#,##0.00' },
  { key: 'contribNew', zh: '个人缴费(方案,元)', en: 'employee contributions new (CNY)', numFmt: '#,##0.00' },
  { key: 'taxNew', zh: '个人所得税(方案,元)', en: 'iit new (CNY)', numFmt: '#,##0.00' },
  { key: 'netNew', zh: '实发(方案,元)', en: 'net new (CNY)', numFmt: '#,##0.00' },
  { key: 'employerNew', zh: '企业用工成本(方案,元)', en: 'employer cost new (CNY)', numFmt: '#,##0.00' },
];

export type Cell = string | number;

/**
 * The whole fingerprints of the scheme and of the pay sheet, as the last two columns of every per-worker table (the
 * same on every row): the table stays one table a spreadsheet opens as it is, and any row cut out of it still says
 * which model and which workers it was computed for.
 */
export const FINGERPRINT_COLUMNS: Column[] = [
  { key: 'schemeFingerprint', zh: '方案指纹(SHA-256)', en: 'scheme fingerprint (SHA-256)', shared: true },
  { key: 'workforceFingerprint', zh: '工资表指纹(SHA-256)', en: 'pay sheet fingerprint (SHA-256)', shared: true },
];

/** The per-worker columns with the fingerprints after them. */
export const STAMPED_WORKER_COLUMNS: Column[] = [...WORKER_COLUMNS, ...FINGERPRINT_COLUMNS];

/** A per-worker row with the two fingerprints after it. */
export function stampedRowAt(w: Workforce, r: WithComponents, i: number, fp: { scheme: string; workforce: string }): Cell[] {
  const row = workerRowAt(w, r, i);
  row.push(fp.scheme, fp.workforce);
  return row;
}

type WithComponents = Pick<PayResult, 'components'> & { annual: Float64Array | null; craftsman?: Uint8Array | null; takeHome?: { perWorker: TakeHomeResult['perWorker'] } | null };

/** Row `i` of the per-worker table; `r` is a pay result computed with components (from the engine directly or from a worker). */
export function workerRowAt(w: Workforce, r: WithComponents, i: number): Cell[] {
  const c = r.components;
  const annual = r.annual;
  const t = r.takeHome?.perWorker;
  if (!c || !annual || !t) throw new Error('workerRows needs a result computed with { components: true, takeHome: true }');
  return [
    w.id[i]!,
    w.name[i]!,
    w.department[i]!,
    LEVELS[w.level[i]!]!,
    c.current[i]!,
    annual[i]!,
    annual[i]! - c.current[i]!,
    c.position[i]!,
    c.skill[i]!,
    c.innovation[i]!,
    c.performance[i]!,
    c.raise[i]!,
    c.seniority[i]!,
    c.floorTopUp[i]!,
    c.guaranteeTopUp[i]!,
    r.craftsman?.[i] ? 1 : 0,
    c.allowance[i]!,
    t.contributions[0][i]!,
    t.tax[0][i]!,
    t.net[0][i]!,
    t.employerCost[0][i]!,
    t.contributions[1][i]!,
    t.tax[1][i]!,
    t.net[1][i]!,
    t.employerCost[1][i]!,
  ];
}

/** One row per worker. */
export function workerRows(w: Workforce, r: WithComponents): Cell[][] {
  return Array.from({ length: w.size }, (_, i) => workerRowAt(w, r, i));
}

/** Neutralise text Excel or WPS would evaluate as a formula. */
export function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvField(v: Cell): string {
  const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : safeText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: Column[], rows: Cell[][], lang: Lang): string {
  return [...csvChunks(columns, rows.length, (i) => rows[i]!, lang)].join('');
}

/** The same CSV in pieces of `per` rows, for writing a million rows without holding them all. */
export function* csvChunks(columns: Column[], count: number, rowAt: (i: number) => Cell[], lang: Lang, per = 10_000): Generator<string> {
  yield '\uFEFF' + columns.map((c) => csvField(c[lang])).join(',') + '\r\n';
  for (let from = 0; from < count; from += per) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(count, from + per); i++) lines.push(rowAt(i).map(csvField).join(','));
    yield lines.join('\r\n') + '\r\n';
  }
}

export const SUMMARY_COLUMNS: Column[] = [
  { key: 'name', zh: '方案', en: 'scheme' },
  { key: 'fingerprint', zh: '方案指纹', en: 'fingerprint' },
  { key: 'wageBill', zh: '工资总额(元)', en: 'wage bill (CNY)', numFmt: '#,##0' },
  { key: 'growth', zh: '总额增长', en: 'growth', numFmt: '0.00%' },
  { key: 'median', zh: '年收入中位数(元)', en: 'median annual (CNY)', numFmt: '#,##0' },
  { key: 'medianRaise', zh: '月增资中位数(元)', en: 'median raise (CNY/month)', numFmt: '#,##0' },
  { key: 'gini', zh: '基尼系数', en: 'Gini', numFmt: '0.000' },
  { key: 'p90p10', zh: 'P90/P10', en: 'P90/P10', numFmt: '0.00' },
  { key: 'winners', zh: '增资人数', en: 'gain' },
  { key: 'losers', zh: '减资人数', en: 'lose' },
  { key: 'topUps', zh: '补足金额(元)', en: 'top-ups (CNY)', numFmt: '#,##0' },
  { key: 'medianNetRaise', zh: '月实发增资中位数(元)', en: 'median take-home raise (CNY/month)', numFmt: '#,##0' },
  { key: 'employerCost', zh: '企业用工成本(元)', en: 'employer cost (CNY)', numFmt: '#,##0' },
];

/** One summary row per scheme, against today's pay. */
export function summaryRows(baseline: Summary, scenarios: Scenario[], results: { summary: Summary; medianRaise: number; craftsmen: CraftsmanResult[] }[]): Cell[][] {
  return compareRows(baseline, results.map((r, k) => ({ name: scenarios[k]!.name, ...r }))).map((r, k) => [r.name, fingerprint(scenarios[k]!), r.wageBill, r.growth, r.median, r.medianRaise, r.gini, r.p90p10 ?? '', r.winners, r.losers, r.topUps, results[k]!.summary.medianNetRaise ?? '', results[k]!.summary.employerCost ?? '']);
}

/**
 * Sheet names Excel accepts, one per name and all different: at most 31
 * characters, none of \ / ? * [ ] :, no apostrophe at either end, not empty,
 * not "History" (reserved), compared without regard to case as Excel does.
 */
export function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, k) => {
    let base = raw.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|(?<!')'+$/g, '').trim();
    if (!base || base.toLowerCase() === 'history') base = `${base || 'Sheet'} ${k + 1}`.trim();
    let name = base.slice(0, 31);
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
