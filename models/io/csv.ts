/** CSV workforce files: strict decoding, then the rows one at a time (papaparse, or its fast split where no cell is quoted), each checked by the shared table validation as it comes. */
import Papa from 'papaparse';
import { decodeBytes } from './decode';
import { emptyImport, workforceTableReader, type ImportOptions, type ImportResult, type TableRow } from './table';

export function csvRows(text: string): { rows: TableRow[]; problems: { row: number; reason: string }[] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'] });
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  const problems = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ row: (e.row ?? 0) + 1, reason: e.message }));
  return { rows, problems };
}

/**
 * A text with no quote anywhere is split as papaparse's fast mode splits it (each line at its delimiter), without a
 * result object per row: its line break and delimiter are papaparse's guesses, made on the same text it would look at
 * (its first MB, its first rows), so every row is what its step mode gives (a test holds the two together). null: the
 * text is empty or has a quote (papaparse reads it).
 */
export function quoteFreeSplit(text: string): { linebreak: string; delimiter: string } | null {
  if (text === '' || text.indexOf('"') >= 0) return null;
  const meta = Papa.parse<string[]>(text.slice(0, 1024 * 1024), { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'], preview: 10 }).meta;
  return { linebreak: meta.linebreak || '\n', delimiter: meta.delimiter || ',' };
}

/** Each line of `text` between its line breaks (the last one too, empty after a final break), numbered from 1. */
export function eachLine(text: string, linebreak: string, fn: (from: number, to: number, row: number) => void): void {
  let n = 0;
  for (let at = 0; ; ) {
    const end = text.indexOf(linebreak, at);
    fn(at, end < 0 ? text.length : end, ++n);
    if (end < 0) return;
    at = end + linebreak.length;
  }
}

/**
 * Each row of a CSV handed to `onRow` as it is parsed (papaparse's step mode, or its fast mode's split when there is no quote), never the whole file's rows at once;
 * returns the quoting problems, by row (1-based, blank lines counted, as csvRows numbers them).
 */
export function csvEachRow(text: string, onRow: (row: TableRow) => void): { row: number; reason: string }[] {
  const problems: { row: number; reason: string }[] = [];
  let n = 0;
  const plain = quoteFreeSplit(text);
  if (plain) {
    eachLine(text, plain.linebreak, (from, to, row) => onRow({ row, cells: text.slice(from, to).split(plain.delimiter) }));
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

/** How many lines `text` has at most, whichever line break it uses ("\r\n", "\n" or "\r"): no CSV row is numbered higher. */
export function linesAtMost(text: string): number {
  const count = (c: string) => {
    let n = 0;
    for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) n++;
    return n;
  };
  return Math.max(count('\n'), count('\r')) + 1;
}

export function parseWorkforceCsv(bytes: Uint8Array, opts: ImportOptions): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    // The message names the line and character; the row is the line (the file could not be split into cells).
    return emptyImport(opts.file, [{ file: opts.file, row: decoded.line, column: '', columnIndex: 0, value: decoded.bytes, code: decoded.problem, params: { line: decoded.line, char: decoded.column, bytes: decoded.bytes } }]);
  }
  const { text, encoding } = decoded;
  opts.onProgress?.(0, 1);
  // Each row is checked as it is split, and let go (csvEachRow): only what the workforce keeps stays in memory.
  const reader = workforceTableReader(opts, linesAtMost(text));
  const problems = csvEachRow(text, (row) => reader.row(row));
  const result = reader.end();
  for (const p of problems) {
    result.errors.push({ file: opts.file, row: p.row, column: '', columnIndex: 0, value: '', code: 'bad-quotes', params: { reason: p.reason } });
  }
  result.errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
  return { ...result, encoding };
}
