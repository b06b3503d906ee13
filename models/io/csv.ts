/** CSV workforce files: encoding detection, then papaparse, then the shared table validation. */
import Papa from 'papaparse';
import { tableToWorkforce, type ImportOptions, type ImportResult, type TableRow } from './table';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * UTF-8 (with or without BOM) if the bytes are valid UTF-8, else GB18030 (a
 * superset of GBK, what Excel on a Chinese Windows writes as "CSV").
 * Excel's "Unicode text" export (UTF-16 with BOM) is recognised by its BOM.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export function csvRows(text: string): { rows: TableRow[]; problems: { row: number; reason: string }[] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'] });
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  const problems = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ row: (e.row ?? 0) + 1, reason: e.message }));
  return { rows, problems };
}

export function parseWorkforceCsv(bytes: Uint8Array, opts: ImportOptions): ImportResult {
  const { text, encoding } = decodeText(bytes);
  const { rows, problems } = csvRows(text);
  const result = tableToWorkforce(rows, opts);
  for (const p of problems) {
    result.errors.push({ file: opts.file, row: p.row, column: '', columnIndex: 0, value: '', code: 'bad-quotes', params: { reason: p.reason } });
  }
  result.errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
  return { ...result, encoding };
}
