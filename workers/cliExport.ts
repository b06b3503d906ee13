/**
 * The CLI's `--out` files, written as they are made: a million rows go to
 * disk in pieces, as CSV text or as a workbook compressed as it is written
 * (models/io/xlsxStream.ts), so the memory used does not grow with the
 * number of workers.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvChunks, WORKER_COLUMNS, workerRowAt } from '../models/io/export';
import { writeXlsxStream } from '../models/io/xlsxStream';
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
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  const write = async (bytes: Uint8Array) => {
    if (!out.write(bytes)) await Promise.race([once(out, 'drain'), failed]);
  };
  await writeXlsxStream(write, schemes.map((s) => ({ name: s.name, columns: WORKER_COLUMNS, rows: w.size, rowAt: (i: number) => workerRowAt(w, s.result, i) })), lang);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}
