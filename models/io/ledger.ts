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
import { emptyLedger, dayNumber, ITEM_CLASSES, ledgerSource, sha256Hex, type ItemClass, type Ledger } from '../compliance/ledger';
import { LEVELS, RATINGS } from '../types';
import { parseDateCell } from './achievements';
import { fold, parseLevelCell, parseNumberCell, parseRatingCell } from './cells';
import { CharTable } from './charTable';
import { csvEachRow, quoteFreeSplit } from './csv';
import { decodeBytes, utf8Start, utf8Valid } from './decode';
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
/** The months a ledger can name: 1990-01 … 2100-12. */
const FIRST_MONTH = 1990 * 12;
const MONTH_SLOTS = 111 * 12;
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

/**
 * Reads a ledger of either kind; the content decides, not the name. The file's SHA-256 (its line in the ledger's
 * fingerprint) is hashed off the thread while it is read.
 */
export async function importLedger(bytes: Uint8Array, opts: LedgerOptions): Promise<LedgerImport> {
  const hash = sha256Hex(bytes);
  // Settled here if the read throws first.
  hash.catch(() => undefined);
  const r = await readLedger(bytes, opts);
  r.ledger.sources = [ledgerSource(await hash, opts)];
  return r;
}

async function readLedger(bytes: Uint8Array, opts: LedgerOptions): Promise<LedgerImport> {
  const { file } = opts;
  const fail = (code: string, params: Record<string, string | number>, row = 1): LedgerImport => ({ file, ledger: emptyLedger(0, [file]), total: 0, valid: 0, errors: [{ file, row, column: '', columnIndex: 0, value: '', code, params }], warnings: [], ignoredColumns: [], personalColumns: 0, mapped: [] });
  if (looksLikeXlsx(bytes)) {
    const t = await readXlsxTable(bytes, opts);
    if (!t.ok) return fail(t.code, t.params, t.row);
    const r = tableToLedger(t.rows, opts);
    for (const m of t.missing) r.errors.push({ file, row: m.row, column: t.rows[0]?.cells[m.col - 1] ?? '', columnIndex: m.col, value: '', code: 'formula-no-result', params: {} });
    return { ...r, sheet: t.sheet };
  }
  const start = utf8Start(bytes);
  // A UTF-8 file with no quote (what most payroll systems export) is read from its bytes, each line where it stands:
  // no 270 MB text made of a 140 MB file. Anything else is decoded whole first (the refusal of a file that is neither
  // UTF-8 nor GB18030 said as decodeBytes says it).
  if (start !== null) {
    const r = readLines(bytes, start, opts);
    if (r) return { ...r, encoding: 'utf-8' };
  }
  const d = decodeBytes(bytes);
  if (!d.ok) return fail(d.problem, { line: d.line, char: d.column, bytes: d.bytes }, d.line);
  // GB18030 or UTF-16 with no quote: its text as UTF-8 bytes (the same characters), read as above. (A UTF-8 file that
  // reaches here holds a quote: it is not encoded again only to find it.)
  if (d.text.indexOf('"') < 0) {
    const again = readLines(new TextEncoder().encode(d.text), 0, opts);
    if (again) return { ...again, encoding: d.encoding };
  }
  // Each row goes from the parser to the reader as it is read: 1.2 million rows' cells are never held at once.
  const reader = ledgerReader(opts, rowsHint(bytes));
  const problems = csvEachRow(d.text, reader.push);
  const r = reader.end();
  for (const p of problems) r.errors.push({ file, row: p.row, column: '', columnIndex: 0, value: '', code: 'bad-quotes', params: { reason: p.reason } });
  r.errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
  return { ...r, encoding: d.encoding };
}

/**
 * Room for the rows the file's first megabyte says it has (its lines counted, scaled to the file, a tenth more), so
 * the columns are mostly made once; more rows than that grow them. (A hint, never more than one row for 8 bytes nor
 * 2 million: a UTF-16 file's bytes hold other 0x0A than line ends.)
 */
function rowsHint(bytes: Uint8Array): number {
  const sample = Math.min(bytes.length, 1 << 20);
  let lines = 1;
  for (let at = bytes.indexOf(10); at >= 0 && at < sample; at = bytes.indexOf(10, at + 1)) lines++;
  return Math.min(Math.ceil((lines * 1.1 * bytes.length) / Math.max(1, sample)), bytes.length >> 3, 2_000_000);
}

/**
 * A CSV's bytes from `start`, read line by line (readBytes): null when they hold a quote (for papaparse to read) or
 * are not UTF-8 after all (a cell beyond ASCII that is not well-formed), for the caller to decode the file whole.
 * Every byte is looked at: a cell as it is read, the rows up to the header as they are decoded, and, when the header
 * is refused and the read stops there, the whole file before that is said.
 */
function readLines(bytes: Uint8Array, start: number, opts: LedgerOptions): Omit<LedgerImport, 'encoding'> | null {
  // The line break and delimiter as the CSV reader guesses them, from the text of the first megabyte.
  const head = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start, Math.min(bytes.length, start + (1 << 20))));
  if (head.indexOf('"') >= 0) return null;
  const split = quoteFreeSplit(head) ?? { linebreak: '\n', delimiter: ',' };
  const reader = ledgerReader(opts, rowsHint(bytes));
  const stop = reader.readBytes(bytes, start, split.linebreak, split.delimiter);
  if (stop) return null;
  const r = reader.end();
  if (reader.refused() && (bytes.indexOf(34, start) >= 0 || !utf8Valid(bytes, start, bytes.length))) return null;
  return r;
}

/** The ledger from a table of text cells (the header first). */
export function tableToLedger(rows: Iterable<TableRow>, opts: LedgerOptions): LedgerImport {
  const reader = ledgerReader(opts);
  for (const r of rows) reader.push(r);
  return reader.end();
}

/**
 * A plain amount as payrolls write most of them ("3500", "3500.5", "-12"): read by hand, the common case of a million
 * cells; anything else ("3,500.00", "￥3500", full-width digits) goes to the full reader. Undefined: not plain.
 */
function plainNumber(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  let k = 0;
  let negative = false;
  if (s.charCodeAt(k) === 45) {
    negative = true;
    k++;
    if (n === 1) return undefined;
  }
  // Every digit into one integer (at most 15 digits: exact), then one division by a power of ten (exact too): the one
  // correctly rounded division gives the same double as Number(t).
  let digits = 0;
  let scale = 1;
  let dot = false;
  for (; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c === 46) {
      if (dot || k === n - 1) return undefined;
      dot = true;
    } else if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      if (dot) scale *= 10;
    } else return undefined;
  }
  const v = digits / scale;
  return negative ? -v : v;
}

/** Text with no space at either end and nothing outside ASCII is read as it is (the common id); the rest folded. */
function quickFold(t: string): string {
  const n = t.length;
  if (n === 0) return t;
  if (t.charCodeAt(0) <= 32 || t.charCodeAt(n - 1) <= 32) return fold(t);
  for (let k = 0; k < n; k++) if (t.charCodeAt(k) > 126) return fold(t);
  return t;
}

/** The texts read in a column and what each was read as (CharTable's index into `values`). */
function valueTable(parse: (t: string) => number | null): ValueTable {
  return { table: new CharTable(), values: [], parse, last: -1 };
}
/** A column's distinct texts and what each reads as; `last`: the one the row before held (a month file's month, its pay day), compared first. */
interface ValueTable {
  table: CharTable;
  values: (number | null)[];
  parse: (t: string) => number | null;
  last: number;
}

/** Bytes `from`–`to` of `b` are an id as quickFold leaves it: not empty, no space at either end, nothing outside ASCII. */
function plainId(b: Uint8Array, from: number, to: number): boolean {
  if (to <= from || b[from]! <= 32 || b[to - 1]! <= 32) return false;
  for (let x = from; x < to; x++) if (b[x]! > 126) return false;
  return true;
}

/** Cells read as text from a line's bytes (checked as UTF-8 before; a BOM inside a line kept, as the whole file's decoding keeps it). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Columns that grow as rows come (doubling), cut to size at the end. */
function growable(capacity: number): { L: Ledger; ensure: (k: number) => void; cut: (n: number) => Ledger } {
  let L = emptyLedger(Math.max(16, capacity));
  const ensure = (k: number) => {
    if (k < L.size) return;
    const next = emptyLedger(L.size * 2);
    next.fileOf.set(L.fileOf);
    next.rowOf.set(L.rowOf);
    next.month.set(L.month);
    for (let i = 0; i < L.size; i++) next.id[i] = L.id[i]!;
    next.level.set(L.level);
    next.rating.set(L.rating);
    next.days.set(L.days);
    for (const c of ITEM_CLASSES) next.items[c].set(L.items[c]);
    next.net.set(L.net);
    for (let h = 0; h < 3; h++) next.hours[h]!.set(L.hours[h]!);
    next.paidOn.set(L.paidOn);
    next.backPayFor.set(L.backPayFor);
    L = next;
    g.L = L;
  };
  const g = { L, ensure, cut: (n: number) => shrink(L, n) };
  return g;
}

/** The reader, row by row: the first row with anything in it is the header. */
export function ledgerReader(
  opts: LedgerOptions,
  capacity = 1024,
): { push: (row: TableRow) => void; readBytes: (b: Uint8Array, start: number, linebreak: string, delimiter: string) => 'quote' | 'not-utf8' | null; refused: () => boolean; end: () => LedgerImport } {
  const { file } = opts;
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let header: TableRow | null = null;
  let refused = false;
  let total = 0;
  let k = 0;
  const store = growable(capacity);
  const at: Partial<Record<Col, number>> = {};
  const money: { index: number; into: ItemClass }[] = [];
  const ignored: string[] = [];
  let personal = 0;
  let fileMonth: number | null = null;
  // Values that repeat down a column (months, dates, grades) are read once each; each id is kept once.
  const months = valueTable(parseMonthCell);
  const dates = valueTable(parsePayDateCell);
  const grades = valueTable((t) => {
    const x = parseLevelCell(t);
    return x === null ? null : LEVELS.indexOf(x);
  });
  const ratings = valueTable((t) => {
    const v = parseRatingCell(t);
    return v === null ? null : RATINGS.indexOf(v);
  });
  const ids = new CharTable();
  let follows = new Int32Array(1024).fill(-1);
  let lastId = -1;
  let idOf = new Int32Array(1024);

  function readHeader(h: TableRow): void {
    const given = new Map(Object.entries(opts.columns ?? {}).map(([x, c]) => [normalizeHeader(x), c]));
    h.cells.forEach((text, i) => {
      const key = normalizeHeader(text);
      if (!key) return;
      if (PERSONAL_SET.has(key)) {
        personal++;
        return;
      }
      const c = COLS.get(key);
      if (c) {
        if (at[c] !== undefined) errors.push({ file, row: h.row, column: text, columnIndex: i + 1, value: text, code: 'duplicate-column', params: { index: i + 1, column: text, other: at[c]! + 1, otherName: h.cells[at[c]!]!, label: LEDGER_LABELS[c].zh } });
        else at[c] = i;
        return;
      }
      // The user's map first: a plant whose "津贴" is a high-temperature allowance says so.
      const into = given.get(key) ?? ITEMS.get(key);
      if (into && (ITEM_CLASSES as readonly string[]).includes(into)) {
        const u = headerUnit(text);
        if (u !== null && !['元', 'cny', 'rmb', 'yuan', '元/月'].includes(u)) errors.push({ file, row: h.row, column: text, columnIndex: i + 1, value: u, code: 'unknown-unit', params: { column: text, unit: u, accepted: '元' } });
        money.push({ index: i, into });
        return;
      }
      ignored.push(text);
    });
    if (at.id === undefined) errors.push({ file, row: h.row, column: LEDGER_LABELS.id.zh, columnIndex: 0, value: '', code: 'missing-column', params: { label: LEDGER_LABELS.id.zh, aliases: LEDGER_ALIASES.id.join(', ') } });
    fileMonth = at.month === undefined ? (opts.month ? parseMonthCell(opts.month) : monthOfFileName(file)) : null;
    if (at.month === undefined && fileMonth === null) errors.push({ file, row: h.row, column: LEDGER_LABELS.month.zh, columnIndex: 0, value: '', code: 'ledger-no-month', params: {} });
    if (!money.some((m) => m.into === 'contract')) errors.push({ file, row: h.row, column: '', columnIndex: 0, value: '', code: 'ledger-no-pay', params: { aliases: ITEM_ALIASES.contract.filter((a) => /[\u4e00-\u9fff]/.test(a)).slice(0, 8).join('、') } });
    refused = errors.length > 0;
    isAmount = new Uint8Array(h.cells.length);
    for (const m of money) isAmount[m.index] = 1;
    for (const c of ['days', 'net', 'h150', 'h200', 'h300', 'gross'] as const) if (at[c] !== undefined) isAmount[at[c]] = 1;
  }

  // The row being read, for the helpers below (made once, not for each of a million rows).
  let r: TableRow = { row: 0, cells: [] };
  let cells: readonly string[] = [];
  // Or the row as a line of UTF-8 bytes and its cells' bounds in them (readBytes): a cell becomes a string only when
  // it is read as text; an amount is read from the line's bytes (most of a payroll's cells), never made a string.
  let fromLine = false;
  let src: Uint8Array = new Uint8Array(0);
  let nCells = 0;
  let bounds = new Int32Array(128);
  // Cells with a byte beyond ASCII (1): looked up by their text, not their bytes.
  let wide = new Uint8Array(64);
  // What stopped readBytes: a quote, or bytes that are not UTF-8 (the caller decodes the file whole instead).
  let stopped: 'quote' | 'not-utf8' | null = null;
  // A line's amounts, read as its cells are found (NaN: not a plain amount, read again by num); and which columns
  // hold amounts (set with the header).
  let amounts = new Float64Array(64);
  let isAmount = new Uint8Array(0);
  const cellAt = (i: number): string | undefined => (fromLine ? (i < nCells ? utf8.decode(src.subarray(bounds[2 * i]!, bounds[2 * i + 1]!)) : undefined) : cells[i]);
  const issue = (list: ImportIssue[], i: number | undefined, label: string, code: string, params: Record<string, string | number> = {}) => {
    const value = i === undefined ? '' : (cellAt(i) ?? '');
    list.push({ file, row: r.row, column: i === undefined ? label : header!.cells[i]!, columnIndex: i === undefined ? 0 : i + 1, value, code, params: { value: clip(value), ...params } });
  };
  const text = (i: number | undefined) => (i === undefined ? '' : (cellAt(i) ?? ''));
  const num = (i: number, label: string, max: number): number => {
    if (fromLine) {
      if (i >= nCells || bounds[2 * i] === bounds[2 * i + 1]) return 0;
      const p = isAmount[i] === 1 ? amounts[i]! : NaN;
      if (p >= 0 && p <= max) return p;
    }
    const t = cellAt(i) ?? '';
    if (t === '') return 0;
    let v = plainNumber(t);
    if (v === undefined) {
      if (t.trim() === '') return 0;
      v = parseNumberCell(t) ?? undefined;
    }
    if (v === undefined) issue(errors, i, label, 'not-a-number');
    else if (v < 0) issue(errors, i, label, 'negative');
    else if (v > max) issue(errors, i, label, 'too-large', { label, labelEn: label, limit: max });
    else return v;
    return 0;
  };
  const filled = (i: number | undefined) => {
    if (i === undefined) return false;
    if (fromLine) {
      if (i >= nCells) return false;
      const a = bounds[2 * i]!;
      if (a === bounds[2 * i + 1]) return false;
      // A cell that starts with a printable ASCII character is filled, with no string made to say so.
      const c = src[a]!;
      if (c > 32 && c < 127) return true;
    }
    const t = cellAt(i);
    return t !== undefined && t !== '' && t.trim() !== '';
  };

  /**
   * A cell's value through the texts already read in its column: found by the line's characters when the row is a
   * line; read (and the text kept) only the first time a text is seen.
   */
  const valueOf = (i: number, t: ValueTable): number | null => {
    let j: number;
    if (fromLine && i < nCells && wide[i] === 0) j = t.table.findAscii(src, bounds[2 * i]!, bounds[2 * i + 1]!, t.last);
    else {
      const c = cellAt(i) ?? '';
      j = t.table.find(c, 0, c.length, t.last);
    }
    if (j >= 0) {
      t.last = j;
      return t.values[j]!;
    }
    const s = text(i);
    t.last = t.table.add(s);
    const v = t.parse(s);
    t.values.push(v);
    return v;
  };

  function readRow(row: TableRow): void {
    r = row;
    cells = row.cells;
    readCells(row);
  }
  function readCells(row: TableRow): void {
    const h = header!;
    store.ensure(k);
    const L = store.L;
    const before = errors.length;
    if (!fromLine && cells.length > h.cells.length) {
      const beyond = beyondHeader(r, h.cells.length);
      if (beyond) errors.push({ file, row: r.row, column: '', columnIndex: beyond.columnIndex, value: '', code: beyond.code, params: beyond.params });
    }
    // The id: one that needs no folding (printable ASCII, no space at either end) is found by the line's characters.
    let idAt = -1;
    let id: string;
    const ia = at.id;
    if (fromLine && ia !== undefined && ia < nCells && plainId(src, bounds[2 * ia]!, bounds[2 * ia + 1]!)) {
      idAt = ids.findAscii(src, bounds[2 * ia]!, bounds[2 * ia + 1]!, lastId >= 0 && lastId < follows.length ? follows[lastId]! : -1);
      id = idAt >= 0 ? ids.keys[idAt]! : text(ia);
    } else id = quickFold(text(ia));
    if (!id) issue(errors, at.id, LEDGER_LABELS.id.zh, 'empty-required', { label: LEDGER_LABELS.id.zh });
    let month = fileMonth ?? -1;
    if (at.month !== undefined) {
      const m = valueOf(at.month, months);
      if (m === null) issue(errors, at.month, LEDGER_LABELS.month.zh, 'bad-month');
      else month = m;
    }
    // The money columns with the ledger's column each adds to (looked up again only when the columns grow).
    if (moneyFor !== L) {
      moneyFor = L;
      moneyCols = money.map((m) => L.items[m.into]);
      moneyAt = Int32Array.from(money, (m) => m.index);
      moneyLabels = money.map((m) => h.cells[m.index]!);
    }
    const row_ = k,
      am = amounts,
      line = fromLine,
      cellsIn = nCells,
      cols = moneyCols,
      where = moneyAt;
    for (let j = 0; j < where.length; j++) {
      // A plain amount read with its line is taken as it is; anything else (empty, "3,500.00", an error) through num.
      const i = where[j]!;
      let v = line && i < cellsIn ? am[i]! : NaN;
      if (!(v >= 0 && v <= MAX_LEDGER_AMOUNT)) v = num(i, moneyLabels[j]!, MAX_LEDGER_AMOUNT);
      if (v !== 0) {
        const col = cols[j]!;
        col[row_] = col[row_]! + v;
      }
    }
    if (filled(at.level)) {
      const l = valueOf(at.level!, grades);
      if (l === null) issue(errors, at.level, LEDGER_LABELS.level.zh, 'unknown-grade');
      else L.level[k] = l;
    }
    if (filled(at.rating)) {
      const x = valueOf(at.rating!, ratings);
      if (x === null) issue(errors, at.rating, LEDGER_LABELS.rating.zh, 'unknown-rating');
      else L.rating[k] = x;
    }
    if (filled(at.days)) L.days[k] = num(at.days!, LEDGER_LABELS.days.zh, 31);
    if (filled(at.net)) L.net[k] = num(at.net!, LEDGER_LABELS.net.zh, MAX_LEDGER_AMOUNT);
    if (filled(at.h150)) L.hours[0][k] = num(at.h150!, LEDGER_LABELS.h150.zh, MAX_HOURS);
    if (filled(at.h200)) L.hours[1][k] = num(at.h200!, LEDGER_LABELS.h200.zh, MAX_HOURS);
    if (filled(at.h300)) L.hours[2][k] = num(at.h300!, LEDGER_LABELS.h300.zh, MAX_HOURS);
    if (filled(at.paidOn)) {
      const d = valueOf(at.paidOn!, dates);
      if (d === null) issue(errors, at.paidOn, LEDGER_LABELS.paidOn.zh, 'bad-date');
      else L.paidOn[k] = d;
    }
    if (filled(at.backPayFor)) {
      const m = valueOf(at.backPayFor!, months);
      if (m === null) issue(errors, at.backPayFor, LEDGER_LABELS.backPayFor.zh, 'bad-month');
      else L.backPayFor[k] = m;
    }
    if (at.gross !== undefined && errors.length === before && text(at.gross).trim() !== '') {
      // The ledger's own total against its items: a column not read (or read twice) shows here.
      const g = num(at.gross, LEDGER_LABELS.gross.zh, MAX_LEDGER_AMOUNT);
      let sum = 0;
      for (const c of ['contract', 'overtime', 'special', 'bonus', 'innovation', 'backPay'] as const) sum += L.items[c][k]!;
      if (Math.abs(sum - g) > 0.5) issue(warnings, at.gross, LEDGER_LABELS.gross.zh, 'ledger-gross-differs', { sum: Math.round(sum * 100) / 100 });
    }
    if (errors.length > before) {
      // Left out: its cells are cleared for the next row.
      for (const c of ITEM_CLASSES) L.items[c][k] = 0;
      L.level[k] = -1;
      L.rating[k] = -1;
      L.days[k] = NaN;
      L.net[k] = NaN;
      for (let x = 0; x < 3; x++) L.hours[x]![k] = NaN;
      L.paidOn[k] = -1;
      L.backPayFor[k] = -1;
      return;
    }
    const n = idAt >= 0 ? idAt : ids.intern(id);
    // Which id followed which: a payroll lists its workers in the same order each month, so the next row's id is
    // usually the one that followed this one before (compared first, with no hash).
    if (lastId >= 0) {
      if (lastId >= follows.length) {
        const next = new Int32Array(Math.max(1024, 2 * lastId)).fill(-1);
        next.set(follows);
        follows = next;
      }
      follows[lastId] = n;
    }
    lastId = n;
    if (k >= idOf.length) {
      const next = new Int32Array(idOf.length * 2);
      next.set(idOf);
      idOf = next;
    }
    idOf[k] = n;
    L.id[k] = ids.keys[n]!;
    L.month[k] = month;
    L.rowOf[k] = row.row;
    k++;
  }

  const lineRow: TableRow = { row: 0, cells: [] };
  let moneyFor: Ledger | null = null;
  let moneyCols: Float64Array[] = [];
  let moneyAt = new Int32Array(0);
  let moneyLabels: string[] = [];
  const push = (row: TableRow) => {
    if (refused) return;
    if (!header) {
      if (!row.cells.some((c) => c.trim() !== '')) return;
      header = row;
      readHeader(row);
      return;
    }
    let blank = true;
    for (const c of row.cells)
      if (c !== '' && c.trim() !== '') {
        blank = false;
        break;
      }
    if (blank) return;
    total++;
    readRow(row);
  };
  /** A line's bytes decoded (strictly: bytes that are not UTF-8 stop the read, as does a quote), split into cells and read as push reads them (the line path's fallback). */
  const pushSplit = (b: Uint8Array, from: number, to: number, row: number, delimiter: string) => {
    let text: string;
    try {
      text = strictUtf8.decode(b.subarray(from, to));
    } catch {
      stopped = 'not-utf8';
      return;
    }
    if (text.indexOf('"') >= 0) stopped = 'quote';
    else push({ row, cells: text.split(delimiter) });
  };
  return {
    push,
    /**
     * The lines of bytes `start`… of `b` (UTF-8; lines and their numbers as csvEachRow makes them), each read as push
     * reads its cells, in one pass over the bytes: a cell's end and its line's are found as it is read, an amount read
     * from its digits with no string made (digits and at most one point, not last, at most 15 characters: as
     * plainNumber reads it, the same double). A row that is not plain (blank, more cells than the header, a
     * character that is not ASCII before the first one that is) goes through push as cells. Stops at a quote or at a
     * cell with bytes beyond ASCII that are not UTF-8, and says which.
     */
    readBytes(b: Uint8Array, start: number, linebreak: string, delimiter: string): 'quote' | 'not-utf8' | null {
      const len = b.length;
      const lb = linebreak.charCodeAt(0);
      const lb2 = linebreak.length > 1 ? linebreak.charCodeAt(1) : -1;
      const step = linebreak.length;
      const d = delimiter.length === 1 && delimiter.charCodeAt(0) < 127 ? delimiter.charCodeAt(0) : -1;
      // Where the line from `x` ends: its break (a two-character break is looked for whole: a lone "\r" stays in the line).
      const lineEnd = (x: number) => {
        let e = b.indexOf(lb, x);
        while (lb2 >= 0 && e >= 0 && b[e + 1] !== lb2) e = b.indexOf(lb, e + 1);
        return e < 0 ? len : e;
      };
      let row = 0;
      for (let at = start; ; ) {
        // A refused header ends the read (the caller checks the rest of the file's bytes once).
        if (refused) return null;
        row++;
        let end = -1;
        if (header && d >= 0) end = line(at, row);
        if (end < 0) {
          end = lineEnd(at);
          pushSplit(b, at, end, row, delimiter);
        }
        if (stopped) return stopped;
        if (end >= len) return null;
        at = end + step;
      }

      /** The line from `at` read from its bytes: where it ends, or −1 when it is for push (nothing read). */
      function line(at: number, row: number): number {
        // Blank (only delimiters and spaces) is for push to say; a non-ASCII character first might be a wide space.
        let sure = false;
        for (let x = at; x < len; x++) {
          const c = b[x]!;
          if (c === lb && (lb2 < 0 || b[x + 1] === lb2)) break;
          if (c === d || c <= 32) continue;
          if (c < 127) sure = true;
          break;
        }
        if (!sure) return -1;
        let n = 0;
        const max = header!.cells.length;
        if (max > amounts.length) {
          amounts = new Float64Array(max);
          bounds = new Int32Array(2 * max);
          wide = new Uint8Array(max);
        }
        // The row's arrays as constants here (the closure's variables are looked up again at each use).
        const am = amounts,
          bo = bounds,
          wi = wide,
          isAm = isAmount;
        let x = at;
        for (;;) {
          if (n >= max) return -1;
          const from = x;
          let v = NaN;
          let high = 0;
          if (isAm[n] === 1) {
            let digits = 0,
              scale = 1,
              dot = false;
            for (; x < len; x++) {
              const c = b[x]!;
              if (c >= 48 && c <= 57) {
                digits = digits * 10 + (c - 48);
                if (dot) scale *= 10;
              } else if (c === 46 && !dot) dot = true;
              else break;
            }
            // An empty amount cell is 0, as num reads it (a column that is empty or a space is told apart by filled, not here).
            if (x === from) v = 0;
            else if (x - from <= 15 && b[x - 1] !== 46) v = digits / scale;
          }
          const digitsEnd = x;
          // The rest of the cell (all of it when it is not an amount): to the delimiter or the line's end.
          let ended = false;
          for (; x < len; x++) {
            const c = b[x]!;
            if (c === d) break;
            if (c === lb && (lb2 < 0 || b[x + 1] === lb2)) {
              ended = true;
              break;
            }
            if (c === 34) {
              stopped = 'quote';
              return len;
            }
            high |= c;
          }
          if (x >= len) ended = true;
          // An amount only when its digits run to the cell's end.
          if (x !== digitsEnd) v = NaN;
          if (high >= 0x80 && !utf8Valid(b, from, x)) {
            stopped = 'not-utf8';
            return len;
          }
          am[n] = v;
          wi[n] = high >= 0x80 ? 1 : 0;
          bo[2 * n] = from;
          bo[2 * n + 1] = x;
          n++;
          if (ended) break;
          x++;
        }
        total++;
        src = b;
        nCells = n;
        fromLine = true;
        lineRow.row = row;
        r = lineRow;
        try {
          readCells(lineRow);
        } finally {
          fromLine = false;
        }
        return x;
      }
    },
    refused: () => refused,
    end() {
      const done = (ledger: Ledger): LedgerImport => ({ file, ledger, total, valid: ledger.size, errors, warnings, ignoredColumns: ignored, personalColumns: personal, mapped: header ? money.map((m) => ({ column: header!.cells[m.index]!, into: m.into })) : [] });
      if (!header) {
        errors.push({ file, row: 1, column: '', columnIndex: 0, value: '', code: 'empty-file', params: {} });
        return done(emptyLedger(0, [file]));
      }
      if (refused) return done(emptyLedger(0, [file]));
      // The same worker twice in a month: found by grouping rows by worker (linear), each named with the first row.
      duplicates(store.L, idOf, ids.size, k, (dup, first) => {
        const L = store.L;
        errors.push({ file, row: L.rowOf[dup]!, column: at.id === undefined ? LEDGER_LABELS.id.zh : header!.cells[at.id]!, columnIndex: (at.id ?? -1) + 1, value: L.id[dup]!, code: 'ledger-twice', params: { value: clip(L.id[dup]!), first: L.rowOf[first]! } });
      });
      errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
      const L = store.cut(k);
      L.files = [file];
      L.sources = [''];
      return done(dropRows(L, new Set(errors.filter((e) => e.code === 'ledger-twice').map((e) => e.row))));
    },
  };
}

/** Rows of one worker and month after the first: grouped by worker with a counting sort, then compared month by month. */
function duplicates(L: Ledger, idOf: Int32Array, ids: number, n: number, found: (dup: number, first: number) => void): void {
  const start = new Int32Array(ids + 1);
  for (let r = 0; r < n; r++) start[idOf[r]! + 1]!++;
  for (let i = 0; i < ids; i++) start[i + 1]! += start[i]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, ids);
  for (let r = 0; r < n; r++) order[fill[idOf[r]!]!++] = r;
  // A month is 1990-01 … 2100-12 (parseMonthCell): one slot each, the row that first held it, cleared after each worker.
  const first = new Int32Array(MONTH_SLOTS).fill(-1);
  for (let i = 0; i < ids; i++) {
    const from = start[i]!,
      to = start[i + 1]!;
    for (let a = from; a < to; a++) {
      const ra = order[a]!;
      const slot = L.month[ra]! - FIRST_MONTH;
      const rb = first[slot]!;
      if (rb >= 0) found(ra, rb);
      else first[slot] = ra;
    }
    for (let a = from; a < to; a++) first[L.month[order[a]!]! - FIRST_MONTH] = -1;
  }
}

/** The ledger without the rows at these spreadsheet rows (a repeated month is left out, as a row with an error is). */
function dropRows(L: Ledger, rows: Set<number>): Ledger {
  if (!rows.size) return L;
  const keep: number[] = [];
  for (let r = 0; r < L.size; r++) if (!rows.has(L.rowOf[r]!)) keep.push(r);
  const out = emptyLedger(keep.length, L.files, L.sources);
  keep.forEach((r, j) => {
    out.fileOf[j] = L.fileOf[r]!;
    out.rowOf[j] = L.rowOf[r]!;
    out.month[j] = L.month[r]!;
    out.id[j] = L.id[r]!;
    out.level[j] = L.level[r]!;
    out.rating[j] = L.rating[r]!;
    out.days[j] = L.days[r]!;
    for (const c of ITEM_CLASSES) out.items[c][j] = L.items[c][r]!;
    out.net[j] = L.net[r]!;
    for (let h = 0; h < 3; h++) out.hours[h]![j] = L.hours[h]![r]!;
    out.paidOn[j] = L.paidOn[r]!;
    out.backPayFor[j] = L.backPayFor[r]!;
  });
  return out;
}

/** The first `n` rows of a ledger (rows with errors were not kept): views of the columns, no copy. */
function shrink(L: Ledger, n: number): Ledger {
  if (n === L.size) return L;
  const items = {} as Ledger['items'];
  for (const c of ITEM_CLASSES) items[c] = L.items[c].subarray(0, n);
  L.id.length = n;
  return {
    size: n,
    files: L.files,
    sources: L.sources,
    fileOf: L.fileOf.subarray(0, n),
    rowOf: L.rowOf.subarray(0, n),
    month: L.month.subarray(0, n),
    id: L.id,
    level: L.level.subarray(0, n),
    rating: L.rating.subarray(0, n),
    days: L.days.subarray(0, n),
    items,
    net: L.net.subarray(0, n),
    hours: [L.hours[0].subarray(0, n), L.hours[1].subarray(0, n), L.hours[2].subarray(0, n)],
    paidOn: L.paidOn.subarray(0, n),
    backPayFor: L.backPayFor.subarray(0, n),
  };
}
