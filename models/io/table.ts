/**
 * Turns a table of text cells (from CSV or XLSX) into a validated workforce.
 * Every problem is collected (not only the first), with the file, the row as
 * the spreadsheet numbers it, and the column as the file names it. Rows with
 * errors are left out of `workforce`, and the result says how many: the
 * caller decides, with the user, whether a partial import is acceptable.
 */
import { emptyWorkforce } from '../pay/workforce';
import { LEVELS, RATINGS, type Workforce } from '../types';
import { columnLetters, parseCategoryCell, parseYesNoCell, parseLevelCell, parseNumberCell, parseRatingCell } from './cells';
import { FIELD_ALIASES, FIELD_LABELS, REQUIRED_FIELDS, UNIT_FACTORS, fieldOfHeader, headerUnit, type Field } from './headers';
import { escapeControls, formatMessage, type Lang } from './messages';

export interface ImportIssue {
  file: string;
  /** Spreadsheet row, 1-based; the header is row 1 in a file that starts with it. */
  row: number;
  /** Column header as written in the file (or the expected name when the column is missing). */
  column: string;
  /** 1-based column position, 0 when the column is missing. */
  columnIndex: number;
  value: string;
  code: string;
  params: Record<string, string | number>;
}

export interface TableRow {
  row: number;
  cells: readonly string[];
  /** Cells whose text came from a formula's cached result (XLSX), by column index. */
  formulas?: ReadonlySet<number>;
}

export interface ImportOptions {
  file: string;
  /** Monthly minimum wage used for the "below the minimum" warning. */
  minimumMonthlyWage?: number;
  /** Largest plausible value of each numeric column (in the model's unit); larger values are refused with the row. */
  ceilings?: Partial<Record<NumericField, number>>;
  /** Told how far the reading has got: `done` of `total` steps (rows, or stages of a file). */
  onProgress?: (done: number, total: number) => void;
}

type NumericField = 'positionValue' | 'innovation' | 'yearsOfService' | 'monthlyPay';

/**
 * Values above these are refused as implausible (a typo, or a number in the
 * wrong column): monthly pay above 1,000,000 元, job points above 100,000,
 * innovation points above 1,000,000, more than 80 years of service. Every
 * one can be changed by the caller; they exist so that one mistyped cell
 * cannot take the whole pool or overflow the wage bill.
 */
export const DEFAULT_CEILINGS: Record<NumericField, number> = { monthlyPay: 1_000_000, positionValue: 100_000, innovation: 1_000_000, yearsOfService: 80 };

/** Longest cell text repeated in a message; the rest is counted, not echoed. */
export const MAX_ECHO = 60;

/** A cell's text for a message: at most MAX_ECHO characters, and how long it really was. */
export function clip(text: string): string {
  const chars = [...text];
  return escapeControls(chars.length <= MAX_ECHO ? text : `${chars.slice(0, MAX_ECHO).join('')}…(${chars.length})`);
}

export interface ImportResult {
  file: string;
  encoding?: string;
  sheet?: string;
  /** Units read from the headers and applied (月工资(万元): × 10,000). */
  units?: { column: string; unit: string; factor: number }[];
  /** Valid rows only. */
  workforce: Workforce;
  /** Rows of data read (blank lines not counted). */
  totalRows: number;
  /** Rows in `workforce`. */
  validRows: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Headers of columns that were not used (phone, ID number…): never stored. */
  ignoredColumns: string[];
}

/** An import that read nothing: only its problems. */
export function emptyImport(file: string, errors: ImportIssue[]): ImportResult {
  return { file, workforce: emptyWorkforce(0), totalRows: 0, validRows: 0, errors, warnings: [], ignoredColumns: [] };
}

export function describeIssue(issue: ImportIssue, lang: Lang): string {
  const col = clip(issue.column);
  const n = issue.columnIndex;
  const where =
    lang === 'zh'
      ? `${issue.file} 第 ${issue.row} 行${col ? `,"${col}"列` : n ? `,第 ${n} 列` : ''}`
      : `${issue.file}, row ${issue.row}${col ? `, column "${col}"` : n ? `, column ${n}` : ''}`;
  return `${where}: ${formatMessage(issue.code, issue.params, lang)}`;
}

/**
 * Every problem as a line, but never a flood: after `each` lines of one kind,
 * the rest of that kind is one line with its count and the first rows.
 */
export function describeIssues(issues: readonly ImportIssue[], lang: Lang, each = 20): string[] {
  const seen = new Map<string, ImportIssue[]>();
  for (const i of issues) seen.set(i.code, [...(seen.get(i.code) ?? []), i]);
  const out: string[] = [];
  for (const [code, list] of seen) {
    for (const i of list.slice(0, each)) out.push(describeIssue(i, lang));
    const rest = list.slice(each);
    if (!rest.length) continue;
    const rows = rest.slice(0, 8).map((i) => (i.columnIndex ? `${i.row}:${i.columnIndex}` : String(i.row))).join(', ');
    out.push(lang === 'zh' ? `…另有 ${rest.length} 处同类问题(${code}),位于 ${rows}${rest.length > 8 ? ' …' : ''}(行:列)` : `…and ${rest.length} more of the same kind (${code}), at ${rows}${rest.length > 8 ? ' …' : ''} (row:column)`);
  }
  return out;
}

const NUMERIC: readonly Field[] = ['positionValue', 'innovation', 'yearsOfService', 'monthlyPay'];

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/**
 * Text beyond the header's last column. In a CSV the cells are counted (a
 * comma in an unquoted number splits a cell in two); in a workbook no comma
 * splits anything, so the column is named instead.
 */
export function beyondHeader(r: TableRow, headerCount: number): { code: string; params: Record<string, string | number>; columnIndex: number } | null {
  let k = headerCount;
  while (k < r.cells.length && r.cells[k]!.trim() === '') k++;
  if (k >= r.cells.length) return null;
  if (r.formulas) return { code: 'cell-beyond-header', params: { column: columnLetters(k), header: headerCount, value: clip(r.cells[k]!) }, columnIndex: k + 1 };
  return { code: 'too-many-cells', params: { count: r.cells.length, header: headerCount }, columnIndex: 0 };
}

export function tableToWorkforce(rows: readonly TableRow[], opts: ImportOptions): ImportResult {
  const reader = workforceTableReader(opts, rows.length ? rows[rows.length - 1]!.row : 0);
  for (const r of rows) reader.row(r);
  return reader.end();
}

/** What `workforceTableReader` is fed, one row at a time, and what it then answers. */
export interface WorkforceTableReader {
  row(r: TableRow): void;
  end(): ImportResult;
}

/**
 * `tableToWorkforce` one row at a time: a CSV's rows are checked as they are split, and only what is kept (four texts
 * and the numbers of each valid row) stays in memory. Holding every row's cells until the last was read made a
 * 100,000-row file about a million strings at once, and the garbage collector's copying of them took as long as the
 * reading. `lastRow` is the number the table's last row may have at most (for a CSV, its count of lines): room is
 * made for the rows up to it (more as they come, should there be more), and the progress counts rows up to it.
 */
export function workforceTableReader(opts: ImportOptions, lastRow: number): WorkforceTableReader {
  const { file } = opts;
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let header: TableRow | undefined;
  /** Non-blank rows after the header. */
  let dataRows = 0;
  /** The header could not be read: the rows after it are counted, not read. */
  let refused = false;
  const empty = (): ImportResult => ({ file, workforce: emptyWorkforce(0), totalRows: 0, validRows: 0, errors, warnings, ignoredColumns: [] });

  const colOf = new Map<Field, number>();
  const ignoredColumns: string[] = [];
  const factor = new Map<Field, number>();
  const units: NonNullable<ImportResult['units']> = [];
  const ceilings = { ...DEFAULT_CEILINGS, ...opts.ceilings };
  let w = emptyWorkforce(0);
  let headerCount = 0;
  const firstRowOfId = new Map<string, number>();
  const pays: number[] = [];
  const payRow: number[] = [];
  let k = 0;
  let total = 0;

  const readHeader = (h: TableRow) => {
    h.cells.forEach((text, c) => {
      const field = fieldOfHeader(text);
      if (!field) {
        if (text.trim()) ignoredColumns.push(text.trim());
        return;
      }
      const prev = colOf.get(field);
      if (prev !== undefined) {
        errors.push({
          file,
          row: h.row,
          column: text,
          columnIndex: c + 1,
          value: clip(text),
          code: 'duplicate-column',
          params: { column: clip(text), index: c + 1, other: prev + 1, otherName: clip(h.cells[prev]!), label: FIELD_LABELS[field].zh },
        });
        return;
      }
      colOf.set(field, c);
    });
    for (const f of REQUIRED_FIELDS) {
      if (!colOf.has(f)) {
        errors.push({
          file,
          row: h.row,
          column: FIELD_LABELS[f].zh,
          columnIndex: 0,
          value: '',
          code: 'missing-column',
          params: { label: `${FIELD_LABELS[f].zh} / ${FIELD_LABELS[f].en}`, aliases: FIELD_ALIASES[f].join(', ') },
        });
      }
    }
    for (const [f, c] of colOf) {
      const accepted = UNIT_FACTORS[f];
      const text = h.cells[c]!;
      const unit = accepted ? headerUnit(text) : null;
      if (!accepted || unit === null) continue;
      const k = accepted[unit];
      if (k === undefined) {
        errors.push({ file, row: h.row, column: text, columnIndex: c + 1, value: clip(text), code: 'unknown-unit', params: { column: clip(text), unit, accepted: Object.keys(accepted).join(' ') } });
        continue;
      }
      factor.set(f, k);
      if (k !== 1) units.push({ column: text, unit, factor: k });
    }
    refused = errors.length > 0;
    headerCount = h.cells.length;
    // The rows after the header's, at most (the blank ones among them are passed over).
    total = Math.max(0, lastRow - h.row);
    if (!refused) w = withRoom(w, colOf, total);
  };

  // The row being read: the helpers below are made once, not for every row (a row's closures were a quarter of the
  // time of reading 100,000 rows, and garbage after it).
  let r: TableRow = { row: 0, cells: [] };
  const issue = (field: Field | null, code: string, raw: string, params: Record<string, string | number> = {}) => {
    const c = field ? colOf.get(field)! : headerCount;
    const value = clip(raw);
    return { file, row: r.row, column: field ? header!.cells[c]! : '', columnIndex: field ? c + 1 : 0, value, code, params: { value, ...params } };
  };
  /** The cell as written; `text` for the checks that ignore surrounding spaces. */
  const raw = (f: Field) => {
    const c = colOf.get(f);
    return c === undefined ? '' : (r.cells[c] ?? '');
  };
  const text = (f: Field) => raw(f).trim();
  const required = (f: Field): string | null => {
    const t = text(f);
    if (t === '') {
      errors.push(issue(f, 'empty-required', '', { label: FIELD_LABELS[f].zh }));
      return null;
    }
    return t;
  };

  const readRow = () => {
    if (opts.onProgress && dataRows % 10_000 === 0) opts.onProgress(dataRows, Math.max(dataRows, total));
    const rowErrors = errors.length;
    const beyond = beyondHeader(r, headerCount);
    if (beyond) errors.push({ ...issue(null, beyond.code, '', beyond.params), columnIndex: beyond.columnIndex });
    const id = required('id');
    required('position');
    const numbers = {} as Record<Field, number>;
    for (const f of NUMERIC) {
      const t = required(f);
      if (t === null) continue;
      const cell = parseNumberCell(t);
      const v = cell === null ? null : cell * (factor.get(f) ?? 1);
      if (v === null || !Number.isFinite(v)) errors.push(issue(f, 'not-a-number', t));
      else if (f === 'positionValue' && v <= 0) errors.push(issue(f, 'not-positive', t));
      else if (v < 0) errors.push(issue(f, 'negative', t));
      else if (v > ceilings[f as NumericField]) errors.push(issue(f, 'too-large', t, { limit: ceilings[f as NumericField], label: FIELD_LABELS[f].zh, labelEn: FIELD_LABELS[f].en }));
      else {
        numbers[f] = v;
        const c = colOf.get(f)!;
        if (r.formulas?.has(c)) warnings.push(issue(f, 'formula-result', t));
      }
    }
    const gradeText = required('skillLevel');
    const level = gradeText === null ? null : parseLevelCell(gradeText);
    if (gradeText !== null && level === null) errors.push(issue('skillLevel', 'unknown-grade', gradeText));
    const categoryText = text('postCategory');
    const category = categoryText === '' ? 0 : parseCategoryCell(categoryText);
    if (category === null) errors.push(issue('postCategory', 'unknown-category', categoryText));
    // Optional columns for allowances: apprentices taught (a number, empty = 0) and team leader (yes/no).
    let apprentices = 0;
    if (colOf.has('apprentices') && text('apprentices') !== '') {
      const t = text('apprentices');
      const v = parseNumberCell(t);
      if (v === null || !Number.isFinite(v)) errors.push(issue('apprentices', 'not-a-number', t));
      else if (v < 0) errors.push(issue('apprentices', 'negative', t));
      else apprentices = v;
    }
    const leader = colOf.has('teamLeader') ? parseYesNoCell(text('teamLeader')) : 0;
    if (leader === null) errors.push(issue('teamLeader', 'unknown-yes-no', text('teamLeader')));
    const ratingText = required('performance');
    const rating = ratingText === null ? null : parseRatingCell(ratingText);
    if (ratingText !== null && rating === null) errors.push(issue('performance', 'unknown-rating', ratingText));
    if (id !== null) {
      const first = firstRowOfId.get(id);
      if (first !== undefined) errors.push(issue('id', 'duplicate-id', id, { first }));
      else firstRowOfId.set(id, r.row);
    }
    if (errors.length > rowErrors) return;

    // Ids are matched against craftsman packages and each other: surrounding spaces are removed, and the user is told.
    // Every other text is kept exactly as written.
    if (raw('id') !== id) warnings.push(issue('id', 'id-trimmed', raw('id'), { id: id! }));
    if (k === w.size) w = withRoom(w, colOf, Math.max(1024, 2 * w.size));
    w.id[k] = id!;
    w.name[k] = raw('name');
    w.department[k] = raw('department');
    w.position[k] = raw('position');
    w.positionValue[k] = numbers.positionValue;
    w.level[k] = LEVELS.indexOf(level!);
    w.rating[k] = RATINGS.indexOf(rating!);
    w.innovation[k] = numbers.innovation;
    w.yearsOfService[k] = numbers.yearsOfService;
    w.monthlyPay[k] = numbers.monthlyPay;
    w.postCategory[k] = category ?? 0;
    if (w.apprentices) w.apprentices[k] = apprentices;
    if (w.teamLeader) w.teamLeader[k] = leader ?? 0;
    pays.push(numbers.monthlyPay);
    payRow.push(r.row);
    if (numbers.yearsOfService > 50) warnings.push(issue('yearsOfService', 'years-high', text('yearsOfService')));
    k++;
  };

  return {
    row(next) {
      if (isBlank(next.cells)) return;
      if (!header) {
        header = next;
        readHeader(next);
        return;
      }
      dataRows++;
      if (refused) return;
      r = next;
      readRow();
    },
    end() {
      if (!header) {
        errors.push({ file, row: 1, column: '', columnIndex: 0, value: '', code: 'empty-file', params: {} });
        return empty();
      }
      if (refused) return { ...empty(), totalRows: dataRows };
      if (!dataRows) {
        errors.push({ file, row: header.row + 1, column: '', columnIndex: 0, value: '', code: 'no-rows', params: {} });
        return empty();
      }
      // A workforce paid nothing in total has no wage bill to grow: every growth figure would be 0/0.
      if (k > 0 && pays.every((p) => p === 0)) errors.push({ file, row: payRow[0]!, column: header.cells[colOf.get('monthlyPay')!]!, columnIndex: colOf.get('monthlyPay')! + 1, value: '0', code: 'all-zero-pay', params: {} });
      const h = header;
      addPayWarnings(pays, payRow, opts, (row, code, value, params) =>
        warnings.push({ file, row, column: h.cells[colOf.get('monthlyPay')!]!, columnIndex: colOf.get('monthlyPay')! + 1, value, code, params: { value, ...params } }),
      );
      warnings.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
      return { file, workforce: k === w.size ? w : withRoom(w, colOf, k), totalRows: dataRows, validRows: k, errors, warnings, ignoredColumns, units };
    },
  };
}

/** A copy of `w` with room for `size` rows (or cut to them), its rows kept, and the optional columns the header has. */
function withRoom(w: Workforce, colOf: ReadonlyMap<Field, number>, size: number): Workforce {
  const text = (a: string[]) => {
    const out = a.slice(0, size);
    out.length = size;
    return out;
  };
  const numbers = <T extends Float64Array | Uint8Array>(a: T | undefined, out: T): T => {
    if (a) out.set(a.subarray(0, Math.min(a.length, size)));
    return out;
  };
  return {
    size,
    id: text(w.id),
    name: text(w.name),
    department: text(w.department),
    position: text(w.position),
    positionValue: numbers(w.positionValue, new Float64Array(size)),
    level: numbers(w.level, new Uint8Array(size)),
    rating: numbers(w.rating, new Uint8Array(size)),
    innovation: numbers(w.innovation, new Float64Array(size)),
    yearsOfService: numbers(w.yearsOfService, new Float64Array(size)),
    monthlyPay: numbers(w.monthlyPay, new Float64Array(size)),
    postCategory: numbers(w.postCategory, new Uint8Array(size)),
    ...(colOf.has('apprentices') ? { apprentices: numbers(w.apprentices, new Float64Array(size)) } : {}),
    ...(colOf.has('teamLeader') ? { teamLeader: numbers(w.teamLeader, new Uint8Array(size)) } : {}),
  };
}

function addPayWarnings(
  pays: number[],
  rows: number[],
  opts: ImportOptions,
  warn: (row: number, code: string, value: string, params: Record<string, string | number>) => void,
) {
  if (!pays.length) return;
  const sorted = Float64Array.from(pays).sort();
  const median = sorted[sorted.length >> 1]!;
  pays.forEach((p, i) => {
    if (p === 0) warn(rows[i]!, 'zero-pay', '0', {});
    else if (opts.minimumMonthlyWage && p < opts.minimumMonthlyWage) warn(rows[i]!, 'below-minimum', String(p), { minimum: opts.minimumMonthlyWage });
    // Twelve times the typical pay is what an annual figure in the monthly column looks like.
    if (median > 0 && p >= 8 * median) warn(rows[i]!, 'looks-annual', String(p), { ratio: Math.round(p / median) });
  });
}
