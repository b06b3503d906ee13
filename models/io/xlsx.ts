/**
 * XLSX workforce files. exceljs is about 1 MB, so it is loaded with a dynamic
 * import only when someone actually opens a workbook.
 */
import { clip, emptyImport, tableToWorkforce, type ImportOptions, type ImportResult, type TableRow } from './table';
import { checkXlsx, XLSX_BUDGET, type XlsxBudget } from './zipcheck';
import { columnLetters } from './cells';

/**
 * Columns a row is read to. A table of a pay sheet or achievements is a few
 * dozen columns wide; one stray value at column XFD (16,384) made every row
 * 16,384 cells (4,000 such rows: out of memory at 1 GB). Such a value is
 * named, with its row and column, and nothing is read.
 */
export const MAX_COLUMNS = 1024;

type CellValue = unknown;

class FarColumn extends Error {
  constructor(
    readonly row: number,
    readonly column: number,
  ) {
    super('far column');
  }
}

/** The text a person sees in the cell; formulas give their cached result. */
function cellText(v: CellValue): { text: string; formula: boolean; missingResult?: boolean } {
  if (v === null || v === undefined) return { text: '', formula: false };
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v), formula: false };
  if (typeof v === 'string') return { text: v, formula: false };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10), formula: false };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return { text: (o.richText as { text: string }[]).map((t) => t.text).join(''), formula: false };
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined || o.result === null) return { text: '', formula: true, missingResult: true };
      return { text: cellText(o.result).text, formula: true };
    }
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return { text: String(o.error), formula: false };
  }
  return { text: String(v), formula: false };
}

export type XlsxTable = { ok: true; rows: TableRow[]; missing: { row: number; col: number }[]; sheet: string } | { ok: false; code: string; params: Record<string, string | number>; row: number };

/** The cells of one sheet as text (the first, or the one named), checked against the budget before anything is expanded. */
export async function readXlsxTable(bytes: Uint8Array, opts: { sheet?: string; budget?: XlsxBudget }): Promise<XlsxTable> {
  const fail = (code: string, params: Record<string, string | number>, row = 1): XlsxTable => ({ ok: false, code, params, row });
  // Refused before anything is expanded: a workbook over the budget would take minutes and gigabytes to open.
  const check = checkXlsx(bytes, opts.budget ?? XLSX_BUDGET);
  if (!check.ok) return fail(check.code, check.params);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    // A program error inside the reader (reading a property of undefined, say) means a part of the workbook points at something missing.
    if (e instanceof TypeError || e instanceof RangeError) return fail('damaged-workbook', {});
    return fail('unreadable', { reason: clip(e instanceof Error ? e.message : String(e)) });
  }
  const sheets = wb.worksheets;
  const ws = opts.sheet === undefined ? sheets[0] : sheets.find((s) => s.name === opts.sheet);
  if (!ws) return fail('sheet-not-found', { sheet: opts.sheet ?? '1', sheets: sheets.map((s) => s.name).join(', ') });

  const rows: TableRow[] = [];
  const missing: { row: number; col: number }[] = [];
  let at = 0;
  try {
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      at = rowNumber;
      // The row's width is its last cell's column (the library keeps rows sparse): checked before any cell is made.
      if (row.cellCount > MAX_COLUMNS) throw new FarColumn(rowNumber, row.cellCount);
      const cells: string[] = new Array<string>(row.cellCount).fill('');
      const formulas = new Set<number>();
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const t = cellText(cell.value);
        cells[c - 1] = t.text;
        if (t.formula) formulas.add(c - 1);
        if (t.missingResult) missing.push({ row: rowNumber, col: c });
      });
      rows.push({ row: rowNumber, cells, formulas });
    });
  } catch (e) {
    if (e instanceof FarColumn) return fail('xlsx-far-column', { row: e.row, column: columnLetters(e.column - 1), limit: columnLetters(MAX_COLUMNS - 1) }, e.row);
    // A damaged part (a shared-text index pointing nowhere, say): said with the row, never a stack trace.
    return fail('damaged-sheet', { reason: clip(e instanceof Error ? e.message : String(e)), row: at + 1 }, at + 1);
  }
  return { ok: true, rows, missing, sheet: ws.name };
}

export async function parseWorkforceXlsx(bytes: Uint8Array, opts: ImportOptions & { sheet?: string; budget?: XlsxBudget }): Promise<ImportResult> {
  const t = await readXlsxTable(bytes, opts);
  if (!t.ok) return emptyImport(opts.file, [{ file: opts.file, row: t.row, column: '', columnIndex: 0, value: '', code: t.code, params: t.params }]);
  const result = tableToWorkforce(t.rows, opts);
  for (const m of t.missing) {
    result.errors.push({ file: opts.file, row: m.row, column: t.rows[0]?.cells[m.col - 1] ?? '', columnIndex: m.col, value: '', code: 'formula-no-result', params: {} });
  }
  return { ...result, sheet: t.sheet };
}

export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
