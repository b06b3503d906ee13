/**
 * The CLI's `--out` files, written as they are made: a million rows go to
 * disk in pieces, as CSV text or as a workbook compressed as it is written
 * (models/io/xlsxStream.ts), so the memory used does not grow with the
 * number of workers. They go to the run's temporary file (workers/outFile.ts),
 * renamed into place by the caller when whole.
 */
import { csvChunks, STAMPED_WORKER_COLUMNS, stampedRowAt } from '../models/io/export';
import { writeXlsxStream } from '../models/io/xlsxStream';
import type { Lang } from '../models/io/messages';
import type { Workforce } from '../models/types';
import type { ComputeResult } from './protocol';
import type { OutFile } from './outFile';
import { nativeEntry } from './nativeZip';

/** Fingerprints: of the scheme (each result's own) and of the pay sheet, whole, as the table's last two columns. */
export function writeCsv(out: OutFile, w: Workforce, r: ComputeResult, lang: Lang, workforceFp: string): Promise<void> {
  const fp = { scheme: r.fingerprint, workforce: workforceFp };
  return out.stream(async (write) => {
    for (const chunk of csvChunks(STAMPED_WORKER_COLUMNS, w.size, (i) => stampedRowAt(w, r, i, fp), lang)) await write(chunk);
  });
}

export function writeXlsx(out: OutFile, w: Workforce, schemes: { name: string; result: ComputeResult }[], lang: Lang, workforceFp: string): Promise<void> {
  return out.stream((write) => writeXlsxStream(write, schemes.map((s) => ({ name: s.name, columns: STAMPED_WORKER_COLUMNS, rows: w.size, rowAt: (i: number) => stampedRowAt(w, s.result, i, { scheme: s.result.fingerprint, workforce: workforceFp }) })), lang, { entry: nativeEntry }));
}
