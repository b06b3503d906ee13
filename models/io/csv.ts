/** CSV workforce files: strict decoding, then papaparse, then the shared table validation. */
import Papa from 'papaparse';
import { decodeBytes } from './decode';
import { emptyImport, tableToWorkforce, type ImportOptions, type ImportResult, type TableRow } from './table';

export function csvRows(text: string): { rows: TableRow[]; problems: { row: number; reason: string }[] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'] });
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  const problems = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ row: (e.row ?? 0) + 1, reason: e.message }));
  return { rows, problems };
}

/**
 * Each row of a CSV handed to `onRow` as it is parsed (papaparse's step mode), never the whole file's rows at once;
 * returns the quoting problems, by row (1-based, blank lines counted, as csvRows numbers them).
 */
export function csvEachRow(text: string, onRow: (row: TableRow) => void): { row: number; reason: string }[] {
  const problems: { row: number; reason: string }[] = [];
  let n = 0;
  if (text === '') return problems;
  if (text.indexOf('"') < 0) {
    // No quote anywhere: papaparse's own fast mode (each line split at its delimiter), without a result object per row.
    // The line break and the delimiter are papaparse's guesses, made on the same text it would look at (its first MB,
    // its first rows), so every row is what its step mode gives (a test holds the two together).
    const meta = Papa.parse<string[]>(text.slice(0, 1024 * 1024), { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'], preview: 10 }).meta;
    const br = meta.linebreak || '\n';
    const delimiter = meta.delimiter || ',';
    for (let at = 0; ; ) {
      const end = text.indexOf(br, at);
      const line = end < 0 ? text.slice(at) : text.slice(at, end);
      onRow({ row: ++n, cells: line.split(delimiter) });
      if (end < 0) break;
      at = end + br.length;
    }
    return problems;
  }
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';'],
    step: (res) => {
      n++;
      for (const e of res.errors) if (e.type === 'Quotes') problems.push({ row: n, reason: e.message });
      onRow({ row: n, cells: res.data });
    },
  });
  return problems;
}

export function parseWorkforceCsv(bytes: Uint8Array, opts: ImportOptions): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    // The message names the line and character; the row is the line (the file could not be split into cells).
    return emptyImport(opts.file, [{ file: opts.file, row: decoded.line, column: '', columnIndex: 0, value: decoded.bytes, code: decoded.problem, params: { line: decoded.line, char: decoded.column, bytes: decoded.bytes } }]);
  }
  const { text, encoding } = decoded;
  opts.onProgress?.(0, 1);
  const { rows, problems } = csvRows(text);
  const result = tableToWorkforce(rows, opts);
  for (const p of problems) {
    result.errors.push({ file: opts.file, row: p.row, column: '', columnIndex: 0, value: '', code: 'bad-quotes', params: { reason: p.reason } });
  }
  result.errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
  return { ...result, encoding };
}
