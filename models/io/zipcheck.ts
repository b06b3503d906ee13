/**
 * What an XLSX may cost before it is opened. An XLSX is a zip: 1.4 MB on disk
 * can expand to gigabytes of XML, and the spreadsheet library would try to
 * hold all of it. So the archive is checked first, with bounded memory: the
 * sizes its directory declares, then the bytes it really expands to (streamed
 * and counted, never kept) and the rows of its sheets. A file over the budget
 * is refused at once, naming the limit.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export interface XlsxBudget {
  /** Bytes the whole archive may expand to. */
  maxExpanded: number;
  /** Rows all sheets together may hold. */
  maxRows: number;
  /** Cells (`<c>` elements, empty ones with a format too) all sheets together may hold: what the reader's time and memory grow with. */
  maxCells?: number;
}

/**
 * Set from measurement (docs/files.md): the spreadsheet library takes about
 * 6 µs and 0.6 KB a cell, 140–250 ms and 15 MB a megabyte of sheet XML, on this
 * kind of two-core machine. 2.5 million cells (100,000 workers × 25 columns)
 * read in about 15 s and 1.5 GB; 100 MB of XML bounds what long texts add.
 * (It was 200 MB, and a 154 MB workbook inside it did not finish in 400 s.)
 */
export const XLSX_BUDGET: XlsxBudget = { maxExpanded: 100 * 2 ** 20, maxRows: 300_000, maxCells: 2_500_000 };

/** A size in a zip directory that means "see the zip64 record": not the size. */
const ZIP64 = 0xffffffff;

export type XlsxCheck =
  | { ok: true; expanded: number; rows: number; cells: number }
  | { ok: false; code: 'xlsx-too-large' | 'xlsx-too-many-rows' | 'xlsx-too-many-cells' | 'xlsx-damaged'; params: Record<string, string | number> };

/** Compressed bytes pushed at a time: a bomb expands each push a thousandfold, so pushes stay small. */
const CHUNK = 1 << 14;
const ROW = [0x72, 0x6f, 0x77]; // "row"

const C = 0x63; // "c"
const ends = (b: number | undefined) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** Rows and cells opened in a piece of sheet XML: `<row`/`:row` and `<c`/`:c` followed by a space, `>` or `/`. */
function countRowsAndCells(buf: Uint8Array): { rows: number; cells: number } {
  let rows = 0,
    cells = 0;
  for (let i = 1; i + 3 < buf.length; i++) {
    const before = buf[i - 1];
    if (before !== 0x3c && before !== 0x3a) continue;
    if (buf[i] === C && ends(buf[i + 1])) cells++;
    else if (buf[i] === ROW[0] && buf[i + 1] === ROW[1] && buf[i + 2] === ROW[2] && ends(buf[i + 3])) rows++;
  }
  return { rows, cells };
}

export function checkXlsx(bytes: Uint8Array, budget: XlsxBudget = XLSX_BUDGET): XlsxCheck {
  const mb = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;
  let declared = 0;
  let zip64 = false;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        // A zip64 entry's directory says 0xFFFFFFFF (4,096 MB) whatever its size: only the count below can tell.
        if (f.originalSize === ZIP64) zip64 = true;
        else declared += f.originalSize;
        return false;
      },
    });
  } catch (e) {
    return { ok: false, code: 'xlsx-damaged', params: { reason: e instanceof Error ? e.message : String(e) } };
  }
  if (declared > budget.maxExpanded) return { ok: false, code: 'xlsx-too-large', params: { size: zip64 ? `> ${mb(declared)}` : mb(declared), limit: mb(budget.maxExpanded) } };
  const maxCells = budget.maxCells ?? Infinity;

  // The declared sizes can lie: expand for real, counting and discarding.
  let expanded = 0,
    rows = 0,
    cells = 0;
  let stop: XlsxCheck | null = null;
  const uz = new Unzip((file) => {
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(file.name);
    let tail = new Uint8Array(0);
    file.ondata = (err, chunk) => {
      if (stop) return;
      if (err) {
        stop = { ok: false, code: 'xlsx-damaged', params: { reason: err.message } };
        return;
      }
      expanded += chunk.length;
      if (expanded > budget.maxExpanded) {
        stop = { ok: false, code: 'xlsx-too-large', params: { size: `> ${mb(budget.maxExpanded)}`, limit: mb(budget.maxExpanded) } };
        file.terminate();
        return;
      }
      if (!sheet) return;
      // The last 4 bytes go with the next chunk: a "<row " cut between chunks is counted there, and only there.
      const joined = new Uint8Array(tail.length + chunk.length);
      joined.set(tail);
      joined.set(chunk, tail.length);
      const n = countRowsAndCells(joined);
      rows += n.rows;
      cells += n.cells;
      tail = joined.slice(Math.max(0, joined.length - 4));
      if (rows > budget.maxRows) {
        stop = { ok: false, code: 'xlsx-too-many-rows', params: { rows: `> ${budget.maxRows}`, limit: budget.maxRows } };
        file.terminate();
      } else if (cells > maxCells) {
        stop = { ok: false, code: 'xlsx-too-many-cells', params: { cells: `> ${maxCells}`, limit: maxCells } };
        file.terminate();
      }
    };
    file.start();
  });
  uz.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !stop; at += CHUNK) uz.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (e) {
    if (!stop) return { ok: false, code: 'xlsx-damaged', params: { reason: e instanceof Error ? e.message : String(e) } };
  }
  return stop ?? { ok: true, expanded, rows, cells };
}
