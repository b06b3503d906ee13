/**
 * The wage payment ledger (工资支付台账) as data: one row per worker and
 * month, in columns (1.2 million worker-months are typed arrays, not
 * objects). Items are summed by what the check does with them; personal
 * identifiers (ID numbers, phone numbers, bank details) are never read into
 * it — the reader counts their columns and lets them go.
 */

/** What a ledger column is to the check. */
export const ITEM_CLASSES = ['contract', 'overtime', 'special', 'bonus', 'innovation', 'backPay', 'contributions', 'tax', 'loss', 'otherDeduction'] as const;
export type ItemClass = (typeof ITEM_CLASSES)[number];

export const ITEM_WORDS: Record<ItemClass, { zh: string; en: string }> = {
  contract: { zh: '合同工资项目(岗位、技能、绩效、工龄、津贴等)', en: 'pay under the contract (position, skill, performance, seniority, allowances…)' },
  overtime: { zh: '加班加点工资', en: 'overtime pay' },
  special: { zh: '特殊条件津贴(中夜班、高温、井下、有毒有害等)', en: 'special-condition allowances (night, heat, underground, hazardous)' },
  bonus: { zh: '奖金', en: 'bonuses' },
  innovation: { zh: '创新奖励', en: 'innovation rewards' },
  backPay: { zh: '补发工资', en: 'back pay' },
  contributions: { zh: '个人缴纳社保公积金', en: "worker's contributions" },
  tax: { zh: '个人所得税', en: 'income tax' },
  loss: { zh: '赔偿扣款', en: 'deductions for losses' },
  otherDeduction: { zh: '其他扣款', en: 'other deductions' },
};

export interface Ledger {
  size: number;
  /** The files read, and each row's file and row number (for findings that point back to the ledger). */
  files: string[];
  /** Each file as read: its bytes' SHA-256 and how it was read (ledgerFingerprint); '' for rows not read from a file. */
  sources: string[];
  fileOf: Uint16Array;
  rowOf: Int32Array;
  /** Month index (year × 12 + month − 1). */
  month: Int32Array;
  id: string[];
  /** The grade and rating held that month, 0-based (L1 = 0, A = 0); −1 when the ledger does not say. */
  level: Int8Array;
  rating: Int8Array;
  /** Paid days that month (计薪天数); NaN = a whole month. */
  days: Float64Array;
  /** Sums by class, 元 that month. */
  items: Record<ItemClass, Float64Array>;
  /** Net amount paid (实发); NaN when not given. */
  net: Float64Array;
  /** Overtime hours at 150 / 200 / 300 %; NaN when not recorded. */
  hours: [Float64Array, Float64Array, Float64Array];
  /** The day it was paid, days since 1970-01-01 (UTC); −1 when not given. */
  paidOn: Int32Array;
  /** Back pay: the month it is for (−1: the oldest shortfall first). */
  backPayFor: Int32Array;
}

export function emptyLedger(n: number, files: string[] = [], sources: string[] = files.map(() => '')): Ledger {
  const items = {} as Record<ItemClass, Float64Array>;
  for (const c of ITEM_CLASSES) items[c] = new Float64Array(n);
  return {
    size: n,
    files,
    sources,
    fileOf: new Uint16Array(n),
    rowOf: new Int32Array(n),
    month: new Int32Array(n),
    id: new Array<string>(n).fill(''),
    level: new Int8Array(n).fill(-1),
    rating: new Int8Array(n).fill(-1),
    days: new Float64Array(n).fill(NaN),
    items,
    net: new Float64Array(n).fill(NaN),
    hours: [new Float64Array(n).fill(NaN), new Float64Array(n).fill(NaN), new Float64Array(n).fill(NaN)],
    paidOn: new Int32Array(n).fill(-1),
    backPayFor: new Int32Array(n).fill(-1),
  };
}

/** Several ledgers (one file a month, say) as one. */
export function joinLedgers(parts: readonly Ledger[]): Ledger {
  if (parts.length === 1) return parts[0]!;
  const n = parts.reduce((s, p) => s + p.size, 0);
  const out = emptyLedger(
    n,
    parts.flatMap((p) => p.files),
    parts.flatMap((p) => p.sources),
  );
  let at = 0;
  let fileBase = 0;
  for (const p of parts) {
    for (let i = 0; i < p.size; i++) {
      const j = at + i;
      out.fileOf[j] = p.fileOf[i]! + fileBase;
      out.id[j] = p.id[i]!;
    }
    out.rowOf.set(p.rowOf, at);
    out.month.set(p.month, at);
    out.level.set(p.level, at);
    out.rating.set(p.rating, at);
    out.days.set(p.days, at);
    for (const c of ITEM_CLASSES) out.items[c].set(p.items[c], at);
    out.net.set(p.net, at);
    for (let h = 0; h < 3; h++) out.hours[h]!.set(p.hours[h]!, at);
    out.paidOn.set(p.paidOn, at);
    out.backPayFor.set(p.backPayFor, at);
    at += p.size;
    fileBase += p.files.length;
  }
  return out;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (UTC). */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}
export function dayText(d: number): string {
  return new Date(d * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A file of the ledger as read: the SHA-256 of its bytes, as any tool gives it (sha256sum, certutil -hashfile … SHA256),
 * and how it was read where that was chosen (the sheet, the month of a file without a month column, the columns named
 * by hand), as one line.
 */
export function ledgerSource(sha256: string, how: { sheet?: string; month?: string; columns?: Record<string, string> }): string {
  const chosen: [string, unknown][] = [];
  if (how.sheet !== undefined) chosen.push(['sheet', how.sheet]);
  if (how.month !== undefined) chosen.push(['month', how.month]);
  if (how.columns && Object.keys(how.columns).length) chosen.push(['columns', Object.fromEntries(Object.entries(how.columns).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]);
  return chosen.length ? `${sha256} ${JSON.stringify(Object.fromEntries(chosen))}` : sha256;
}

/**
 * The ledger's fingerprint: the SHA-256 of its files' lines (ledgerSource), one line each, in the order they were
 * joined, each ended by a line feed. The payroll is named by the files the enterprise gave — each of which anyone can
 * hash — not by the 150 MB of columns a year of a large plant reads into (hashing those held the check up by a second).
 * A ledger not read from files (a table of cells) has none.
 */
export async function ledgerFingerprint(L: Ledger): Promise<string> {
  if (L.sources.some((x) => !x)) throw new Error('a ledger not read from files has no fingerprint');
  return sha256Hex(new TextEncoder().encode(L.sources.map((x) => `${x}\n`).join('')));
}

/** The SHA-256 of bytes, in hexadecimal (Web Crypto: in the browser's worker and in Node alike, hashed off the thread). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // (Files are read into ordinary buffers, never shared ones, which Web Crypto would refuse.)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A worker's month written in two of the files joined (each file alone is checked by its reader): the later row and
 * the first, by row index. Found by grouping rows by worker, linear in rows.
 */
export function repeatsAcrossFiles(L: Ledger): { row: number; first: number }[] {
  const out: { row: number; first: number }[] = [];
  if (L.files.length < 2) return out;
  const seen = new Map<string, Map<number, number>>();
  for (let r = 0; r < L.size; r++) {
    let months = seen.get(L.id[r]!);
    if (!months) seen.set(L.id[r]!, (months = new Map()));
    const first = months.get(L.month[r]!);
    if (first === undefined) months.set(L.month[r]!, r);
    else if (L.fileOf[first] !== L.fileOf[r]) out.push({ row: r, first });
  }
  return out;
}
