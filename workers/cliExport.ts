/**
 * The CLI's `--out` files, written as they are made: a million rows go to
 * disk in pieces (CSV) or through exceljs's streaming writer (XLSX), so the
 * memory used does not grow with the number of workers.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { csvChunks, safeText, sheetNames, WORKER_COLUMNS, workerRowAt } from '../models/io/export';
import type { Lang } from '../models/io/messages';
import type { Workforce } from '../models/types';
import type { ComputeResult } from './protocol';

export async function writeCsv(path: string, w: Workforce, r: ComputeResult, lang: Lang): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of csvChunks(WORKER_COLUMNS, w.size, (i) => workerRowAt(w, r, i), lang)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export async function writeXlsx(path: string, w: Workforce, schemes: { name: string; result: ComputeResult }[], lang: Lang): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const names = sheetNames(schemes.map((s) => s.name));
  for (const [k, s] of schemes.entries()) {
    const ws = wb.addWorksheet(names[k]!, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = WORKER_COLUMNS.map((c) => ({ header: c[lang], key: c.key, width: Math.max(10, c[lang].length * 2), style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    ws.getRow(1).font = { bold: true };
    for (let i = 0; i < w.size; i++) {
      ws.addRow(workerRowAt(w, s.result, i).map((v) => (typeof v === 'string' ? safeText(v) : v))).commit();
      // Let the zip stream write what it has: without this pause every row would wait in memory until the end.
      if (i % 5000 === 4999) await new Promise((r) => setImmediate(r));
    }
    ws.commit();
  }
  await wb.commit();
}
