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
}

/** About three times what a 100,000-worker pay sheet needs (≈ 60 MB of XML, 100,000 rows). */
export const XLSX_BUDGET: XlsxBudget = { maxExpanded: 200 * 2 ** 20, maxRows: 300_000 };

export type XlsxCheck =
  | { ok: true; expanded: number; rows: number }
  | { ok: false; code: 'xlsx-too-large' | 'xlsx-too-many-rows' | 'xlsx-damaged'; params: Record<string, string | number> };

/** Compressed bytes pushed at a time: a bomb expands each push a thousandfold, so pushes stay small. */
const CHUNK = 1 << 14;
const ROW = [0x72, 0x6f, 0x77]; // "row"

/** Rows opened in a piece of sheet XML: `<row` or `:row` followed by a space, `>` or `/`. */
function countRows(buf: Uint8Array): number {
  let n = 0;
  for (let i = 1; i + 3 < buf.length; i++) {
    if (buf[i] !== ROW[0] || buf[i + 1] !== ROW[1] || buf[i + 2] !== ROW[2]) continue;
    const before = buf[i - 1];
    const after = buf[i + 3];
    if ((before === 0x3c || before === 0x3a) && (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0d)) n++;
  }
  return n;
}

export function checkXlsx(bytes: Uint8Array, budget: XlsxBudget = XLSX_BUDGET): XlsxCheck {
  const mb = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        declared += f.originalSize;
        return false;
      },
    });
  } catch (e) {
    return { ok: false, code: 'xlsx-damaged', params: { reason: e instanceof Error ? e.message : String(e) } };
  }
  if (declared > budget.maxExpanded) return { ok: false, code: 'xlsx-too-large', params: { size: mb(declared), limit: mb(budget.maxExpanded) } };

  // The declared sizes can lie: expand for real, counting and discarding.
  let expanded = 0,
    rows = 0;
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
      rows += countRows(joined);
      tail = joined.slice(Math.max(0, joined.length - 4));
      if (rows > budget.maxRows) {
        stop = { ok: false, code: 'xlsx-too-many-rows', params: { rows: `> ${budget.maxRows}`, limit: budget.maxRows } };
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
  return stop ?? { ok: true, expanded, rows };
}
