/**
 * The wage payment ledger (工资支付台账, docs/files.md): CSV (UTF-8, GBK,
 * UTF-16) or XLSX, Chinese or English headers, one file per month (the month
 * from a 月份 column, or from the file's name: 2027-03, 202703, 2027年3月) or
 * one file with a month column. Read as strictly as the pay sheet: every
 * problem with the file, the row and the column; a row with an error is left
 * out and counted, never guessed.
 *
 * Each money column is summed into what the check does with it (the item
 * classes of models/compliance/ledger.ts): a column is known by its header,
 * and a column not known is listed, never quietly dropped; the caller can
 * say what an unknown column is (`columns`). Columns of ID numbers, phone
 * numbers and bank details are counted and not read: no cell of theirs is
 * kept or echoed, even in a message.
 */
import { emptyLedger, dayNumber, ITEM_CLASSES, type ItemClass, type Ledger } from '../compliance/ledger';
import { LEVELS, RATINGS } from '../types';
import { parseDateCell } from './achievements';
import { fold, parseLevelCell, parseNumberCell, parseRatingCell } from './cells';
import { csvEachRow } from './csv';
import { decodeBytes } from './decode';
import { headerUnit, normalizeHeader } from './headers';
import { beyondHeader, clip, type ImportIssue, type TableRow } from './table';
import { looksLikeXlsx, readXlsxTable } from './xlsx';
import type { XlsxBudget } from './zipcheck';

type Col = 'month' | 'id' | 'name' | 'level' | 'rating' | 'days' | 'gross' | 'net' | 'paidOn' | 'h150' | 'h200' | 'h300' | 'backPayFor';

export const LEDGER_ALIASES: Record<Col, readonly string[]> = {
  month: ['month', 'period', 'pay_period', '月份', '工资月份', '所属月份', '支付周期', '工资所属期', '期间'],
  id: ['id', 'employee_id', 'employee id', '工号', '员工编号', '职工编号'],
  name: ['name', '姓名'],
  level: ['skill_level', 'grade', '技能等级', '等级'],
  rating: ['rating', 'performance', '考核等级', '绩效等级'],
  days: ['paid_days', 'days', '计薪天数', '出勤天数', '实际计薪天数'],
  gross: ['gross', 'gross_pay', '应发工资', '应发合计', '应发工资合计'],
  net: ['net', 'net_pay', '实发工资', '实发合计', '实发金额'],
  paidOn: ['paid_on', 'pay_date', '发放日期', '支付日期', '发薪日期', '实际发放日期'],
  h150: ['overtime_hours', 'overtime_hours_150', '延时加班小时', '延长工作时间小时', '工作日加班小时'],
  h200: ['rest_day_hours', 'overtime_hours_200', '休息日加班小时'],
  h300: ['holiday_hours', 'overtime_hours_300', '法定节假日加班小时', '节假日加班小时'],
  backPayFor: ['back_pay_for', '补发所属月份', '补发月份'],
};

/** Money columns by class. Allowances paid for normal work are pay under the contract; those the minimum wage excludes are 'special'. */
export const ITEM_ALIASES: Record<ItemClass, readonly string[]> = {
  contract: ['base_pay', 'position_pay', 'skill_pay', 'performance_pay', 'seniority_pay', 'innovation_pay', 'allowance', 'allowances', 'grade_allowance', 'apprentice_allowance', 'team_leader_allowance', 'guarantee_top_up', 'contract_pay', '基本工资', '岗位工资', '技能工资', '能级工资', '绩效工资', '工龄工资', '创新工资', '津贴', '能级津贴', '带徒津贴', '师带徒津贴', '班组长津贴', '保底补差', '最低工资补差', '技能人才补差', '技能人才薪酬补差', '合同工资'],
  overtime: ['overtime_pay', 'overtime', '加班工资', '加班费', '加班加点工资', '延时加班工资'],
  special: ['night_allowance', 'shift_allowance', 'heat_allowance', 'hazard_allowance', 'underground_allowance', '中夜班津贴', '夜班津贴', '中班津贴', '高温津贴', '高温补贴', '低温津贴', '井下津贴', '有毒有害津贴', '特殊岗位津贴'],
  bonus: ['bonus', '奖金', '月度奖', '季度奖', '年终奖', '一次性奖金'],
  innovation: ['innovation_reward', '创新奖励', '成果奖励', '技术创新奖励', '职务发明奖励'],
  backPay: ['back_pay', '补发工资', '补发'],
  contributions: ['social_insurance', 'housing_fund', 'contributions', '个人社保', '社保个人部分', '个人缴纳社保', '公积金个人部分', '个人公积金', '养老保险个人', '医疗保险个人', '失业保险个人', '代扣社保公积金', '个人社保公积金', '社保公积金个人部分'],
  tax: ['income_tax', 'tax', '个人所得税', '个税', '代扣个税'],
  loss: ['loss_deduction', '赔偿扣款', '损失赔偿', '赔偿'],
  otherDeduction: ['other_deduction', '其他扣款', '其他代扣'],
};

/** Columns never read: their cells are personal data the check does not need (counted, and said). */
const PERSONAL = ['身份证号', '身份证号码', '证件号码', '身份证', 'id_number', 'id card', '手机', '手机号', '手机号码', '联系电话', '电话', '联系方式', 'phone', 'mobile', '银行卡号', '银行账号', '银行帐号', '卡号', '开户行', '开户银行', 'bank_account', 'bank account', 'bank', '签字', '签名', '本人签字', 'signature'];

export const LEDGER_LABELS: Record<Col, { zh: string; en: string }> = {
  month: { zh: '月份', en: 'month' },
  id: { zh: '工号', en: 'id' },
  name: { zh: '姓名', en: 'name' },
  level: { zh: '技能等级', en: 'grade' },
  rating: { zh: '考核等级', en: 'rating' },
  days: { zh: '计薪天数', en: 'paid days' },
  gross: { zh: '应发工资', en: 'gross pay' },
  net: { zh: '实发工资', en: 'net pay' },
  paidOn: { zh: '发放日期', en: 'pay date' },
  h150: { zh: '延时加班小时', en: 'overtime hours' },
  h200: { zh: '休息日加班小时', en: 'rest-day hours' },
  h300: { zh: '法定节假日加班小时', en: 'holiday hours' },
  backPayFor: { zh: '补发所属月份', en: 'back pay for' },
};

const COLS = new Map<string, Col>();
for (const [c, aliases] of Object.entries(LEDGER_ALIASES) as [Col, readonly string[]][]) for (const a of aliases) COLS.set(normalizeHeader(a), c);
const ITEMS = new Map<string, ItemClass>();
for (const [c, aliases] of Object.entries(ITEM_ALIASES) as [ItemClass, readonly string[]][]) for (const a of aliases) ITEMS.set(normalizeHeader(a), c);
const PERSONAL_SET = new Set(PERSONAL.map(normalizeHeader));

/** Most a ledger cell may say a month: a typo or a number in the wrong column above it. */
export const MAX_LEDGER_AMOUNT = 10_000_000;
const MAX_HOURS = 400;

export interface LedgerImport {
  file: string;
  encoding?: string;
  sheet?: string;
  ledger: Ledger;
  /** Rows read, and rows kept. */
  total: number;
  valid: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Columns not known and not mapped: listed, their cells not counted anywhere. */
  ignoredColumns: string[];
  /** Columns of personal data (ID, phone, bank, signature): counted, never read. */
  personalColumns: number;
  /** Each money column and the class it was summed into. */
  mapped: { column: string; into: ItemClass }[];
}

export interface LedgerOptions {
  file: string;
  sheet?: string;
  budget?: XlsxBudget;
  /** The month of a file without a month column, when its name does not say (YYYY-MM). */
  month?: string;
  /** What a column not known by its header is (its header as written → class). */
  columns?: Record<string, ItemClass>;
}

/** A month as people write it: 2027-03, 2027/3, 2027年3月, 202703, 2027.03, or a date in it; Excel's day number too. Returns YYYY × 12 + M − 1. */
export function parseMonthCell(raw: string): number | null {
  const t = fold(raw);
  let m = /^(\d{4})(\d{2})$/.exec(t);
  if (m) return monthOf(Number(m[1]), Number(m[2]));
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t);
  if (m) return monthOf(Number(m[1]), Number(m[2]));
  const serial = excelDay(t);
  if (serial !== null) {
    const d = new Date(serial * 86_400_000);
    return monthOf(d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
  const d = parseDateCell(t);
  if (d && /-\d{2}-\d{2}$/.test(d.date) && /[-/.月]/.test(t)) return monthOf(Number(d.date.slice(0, 4)), Number(d.date.slice(5, 7)));
  return null;
}
function monthOf(y: number, mo: number): number | null {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 ? y * 12 + mo - 1 : null;
}
/** An Excel date cell read as its day number (days since 1899-12-30): days since 1970. */
function excelDay(t: string): number | null {
  if (!/^\d{5}(\.0+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 32874 && n <= 73415 ? n - 25569 : null; // 1990 … 2100
}

/** A pay date: 2027-04-15, 2027/4/15, 2027年4月15日, or Excel's day number. Days since 1970. */
export function parsePayDateCell(raw: string): number | null {
  const t = fold(raw);
  const serial = excelDay(t);
  if (serial !== null) return serial;
  const d = parseDateCell(t);
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d.date) || !/\d{1,2}日?$/.test(t) || !/[-/.年月].*[-/.月日]/.test(t)) return null;
  return dayNumber(d.date);
}

/** The month a file's name says (ledger-2027-03.csv, 工资台账202703.xlsx, 2027年3月.csv), or null. */
export function monthOfFileName(name: string): number | null {
  const t = name.normalize('NFKC');
  const m = /(?<!\d)(\d{4})\s*(?:[-_.]|年)?\s*(\d{1,2})(?:月|(?!\d))/.exec(t);
  return m ? monthOf(Number(m[1]), Number(m[2])) : null;
}

/** Reads a ledger of either kind; the content decides, not the name. */
export async function importLedger(bytes: Uint8Array, opts: LedgerOptions): Promise<LedgerImport> {
  const { file } = opts;
  const fail = (code: string, params: Record<string, string | number>, row = 1): LedgerImport => ({ file, ledger: emptyLedger(0, [file]), total: 0, valid: 0, errors: [{ file, row, column: '', columnIndex: 0, value: '', code, params }], warnings: [], ignoredColumns: [], personalColumns: 0, mapped: [] });
  if (looksLikeXlsx(bytes)) {
    const t = await readXlsxTable(bytes, opts);
    if (!t.ok) return fail(t.code, t.params, t.row);
    const r = tableToLedger(t.rows, opts);
    for (const m of t.missing) r.errors.push({ file, row: m.row, column: t.rows[0]?.cells[m.col - 1] ?? '', columnIndex: m.col, value: '', code: 'formula-no-result', params: {} });
    return { ...r, sheet: t.sheet };
  }
  const d = decodeBytes(bytes);
  if (!d.ok) return fail(d.problem, { line: d.line, char: d.column, bytes: d.bytes }, d.line);
  const rows: TableRow[] = [];
  const problems = csvEachRow(d.text, (row) => void rows.push(row));
  const r = tableToLedger(rows, opts);
  for (const p of problems) r.errors.push({ file, row: p.row, column: '', columnIndex: 0, value: '', code: 'bad-quotes', params: { reason: p.reason } });
  r.errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
  return { ...r, encoding: d.encoding };
}

/** The ledger from a table of text cells (the header first). */
export function tableToLedger(rows: readonly TableRow[], opts: LedgerOptions): LedgerImport {
  const { file } = opts;
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const body = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = body[0];
  const done = (ledger: Ledger, extra: Partial<LedgerImport> = {}): LedgerImport => ({ file, ledger, total: Math.max(0, body.length - 1), valid: ledger.size, errors, warnings, ignoredColumns: [], personalColumns: 0, mapped: [], ...extra });
  if (!header) {
    errors.push({ file, row: 1, column: '', columnIndex: 0, value: '', code: 'empty-file', params: {} });
    return done(emptyLedger(0, [file]));
  }
  const at: Partial<Record<Col, number>> = {};
  const money: { index: number; into: ItemClass }[] = [];
  const ignored: string[] = [];
  let personal = 0;
  const given = new Map(Object.entries(opts.columns ?? {}).map(([h, c]) => [normalizeHeader(h), c]));
  header.cells.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (!key) return;
    if (PERSONAL_SET.has(key)) {
      personal++;
      return;
    }
    const c = COLS.get(key);
    if (c) {
      if (at[c] !== undefined) errors.push({ file, row: header.row, column: h, columnIndex: i + 1, value: h, code: 'duplicate-column', params: { index: i + 1, column: h, other: at[c]! + 1, otherName: header.cells[at[c]!]!, label: LEDGER_LABELS[c].zh } });
      else at[c] = i;
      return;
    }
    const into = ITEMS.get(key) ?? given.get(key);
    if (into && (ITEM_CLASSES as readonly string[]).includes(into)) {
      const u = headerUnit(h);
      if (u !== null && !['元', 'cny', 'rmb', 'yuan', '元/月'].includes(u)) errors.push({ file, row: header.row, column: h, columnIndex: i + 1, value: u, code: 'unknown-unit', params: { column: h, unit: u, accepted: '元' } });
      money.push({ index: i, into });
      return;
    }
    ignored.push(h);
  });
  if (at.id === undefined) errors.push({ file, row: header.row, column: LEDGER_LABELS.id.zh, columnIndex: 0, value: '', code: 'missing-column', params: { label: LEDGER_LABELS.id.zh, aliases: LEDGER_ALIASES.id.join(', ') } });
  const fileMonth = at.month === undefined ? (opts.month ? parseMonthCell(opts.month) : monthOfFileName(file)) : null;
  if (at.month === undefined && fileMonth === null) errors.push({ file, row: header.row, column: LEDGER_LABELS.month.zh, columnIndex: 0, value: '', code: 'ledger-no-month', params: {} });
  if (!money.some((m) => m.into === 'contract')) errors.push({ file, row: header.row, column: '', columnIndex: 0, value: '', code: 'ledger-no-pay', params: { aliases: ITEM_ALIASES.contract.filter((a) => /[\u4e00-\u9fff]/.test(a)).slice(0, 8).join('、') } });
  const extra = { ignoredColumns: ignored, personalColumns: personal, mapped: money.map((m) => ({ column: header.cells[m.index]!, into: m.into })) };
  if (errors.length) return done(emptyLedger(0, [file]), extra);

  const n = body.length - 1;
  const L = emptyLedger(n, [file]);
  const cell = (r: TableRow, i: number | undefined) => (i === undefined ? '' : (r.cells[i] ?? ''));
  const issue = (list: ImportIssue[], r: TableRow, i: number | undefined, label: string, code: string, params: Record<string, string | number> = {}) => {
    const value = cell(r, i);
    list.push({ file, row: r.row, column: i === undefined ? label : header.cells[i]!, columnIndex: i === undefined ? 0 : i + 1, value, code, params: { value: clip(value), ...params } });
  };
  const seen = new Map<string, number>();
  let k = 0;
  for (let j = 1; j < body.length; j++) {
    const r = body[j]!;
    const before = errors.length;
    const beyond = beyondHeader(r, header.cells.length);
    if (beyond) errors.push({ file, row: r.row, column: '', columnIndex: beyond.columnIndex, value: '', code: beyond.code, params: beyond.params });
    const id = fold(cell(r, at.id));
    if (!id) issue(errors, r, at.id, LEDGER_LABELS.id.zh, 'empty-required', { label: LEDGER_LABELS.id.zh });
    let month = fileMonth ?? -1;
    if (at.month !== undefined) {
      const m = parseMonthCell(cell(r, at.month));
      if (m === null) issue(errors, r, at.month, LEDGER_LABELS.month.zh, 'bad-month');
      else month = m;
    }
    if (id && month >= 0) {
      const key = `${id}\u0000${month}`;
      const first = seen.get(key);
      if (first !== undefined) issue(errors, r, at.id, LEDGER_LABELS.id.zh, 'ledger-twice', { first });
      else seen.set(key, r.row);
    }
    const num = (i: number, label: string, max: number): number => {
      const t = cell(r, i);
      if (t.trim() === '') return 0;
      const v = parseNumberCell(t);
      if (v === null) issue(errors, r, i, label, 'not-a-number');
      else if (v < 0) issue(errors, r, i, label, 'negative');
      else if (v > max) issue(errors, r, i, label, 'too-large', { label, labelEn: label, limit: max });
      else return v;
      return 0;
    };
    for (const m of money) L.items[m.into][k] = (L.items[m.into][k] ?? 0) + num(m.index, header.cells[m.index]!, MAX_LEDGER_AMOUNT);
    if (at.level !== undefined && cell(r, at.level).trim() !== '') {
      const l = parseLevelCell(cell(r, at.level));
      if (l === null) issue(errors, r, at.level, LEDGER_LABELS.level.zh, 'unknown-grade');
      else L.level[k] = LEVELS.indexOf(l);
    }
    if (at.rating !== undefined && cell(r, at.rating).trim() !== '') {
      const x = parseRatingCell(cell(r, at.rating));
      if (x === null) issue(errors, r, at.rating, LEDGER_LABELS.rating.zh, 'unknown-rating');
      else L.rating[k] = RATINGS.indexOf(x);
    }
    if (at.days !== undefined && cell(r, at.days).trim() !== '') {
      const d = num(at.days, LEDGER_LABELS.days.zh, 31);
      L.days[k] = d;
    }
    if (at.net !== undefined && cell(r, at.net).trim() !== '') L.net[k] = num(at.net, LEDGER_LABELS.net.zh, MAX_LEDGER_AMOUNT);
    const hourCols: [Col, number][] = [['h150', 0], ['h200', 1], ['h300', 2]];
    for (const [c, h] of hourCols) if (at[c] !== undefined && cell(r, at[c]).trim() !== '') L.hours[h]![k] = num(at[c]!, LEDGER_LABELS[c].zh, MAX_HOURS);
    if (at.paidOn !== undefined && cell(r, at.paidOn).trim() !== '') {
      const d = parsePayDateCell(cell(r, at.paidOn));
      if (d === null) issue(errors, r, at.paidOn, LEDGER_LABELS.paidOn.zh, 'bad-date');
      else L.paidOn[k] = d;
    }
    if (at.backPayFor !== undefined && cell(r, at.backPayFor).trim() !== '') {
      const m = parseMonthCell(cell(r, at.backPayFor));
      if (m === null) issue(errors, r, at.backPayFor, LEDGER_LABELS.backPayFor.zh, 'bad-month');
      else L.backPayFor[k] = m;
    }
    if (at.gross !== undefined && cell(r, at.gross).trim() !== '' && errors.length === before) {
      // The ledger's own total against its items: a column not read (or read twice) shows here.
      const g = num(at.gross, LEDGER_LABELS.gross.zh, MAX_LEDGER_AMOUNT);
      let sum = 0;
      for (const c of ['contract', 'overtime', 'special', 'bonus', 'innovation', 'backPay'] as const) sum += L.items[c][k]!;
      if (Math.abs(sum - g) > 0.5) issue(warnings, r, at.gross, LEDGER_LABELS.gross.zh, 'ledger-gross-differs', { sum: Math.round(sum * 100) / 100 });
    }
    if (errors.length > before) {
      for (const c of ITEM_CLASSES) L.items[c][k] = 0;
      L.level[k] = -1;
      L.rating[k] = -1;
      L.days[k] = NaN;
      L.net[k] = NaN;
      for (let h = 0; h < 3; h++) L.hours[h]![k] = NaN;
      L.paidOn[k] = -1;
      L.backPayFor[k] = -1;
      continue;
    }
    L.id[k] = id;
    L.month[k] = month;
    L.rowOf[k] = r.row;
    k++;
  }
  return done(shrink(L, k), extra);
}

/** The first `n` rows of a ledger (rows with errors were not kept). */
function shrink(L: Ledger, n: number): Ledger {
  if (n === L.size) return L;
  const items = {} as Ledger['items'];
  for (const c of ITEM_CLASSES) items[c] = L.items[c].slice(0, n);
  return {
    size: n,
    files: L.files,
    fileOf: L.fileOf.slice(0, n),
    rowOf: L.rowOf.slice(0, n),
    month: L.month.slice(0, n),
    id: L.id.slice(0, n),
    level: L.level.slice(0, n),
    rating: L.rating.slice(0, n),
    days: L.days.slice(0, n),
    items,
    net: L.net.slice(0, n),
    hours: [L.hours[0].slice(0, n), L.hours[1].slice(0, n), L.hours[2].slice(0, n)],
    paidOn: L.paidOn.slice(0, n),
    backPayFor: L.backPayFor.slice(0, n),
  };
}
