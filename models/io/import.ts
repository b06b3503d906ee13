import { parseWorkforceCsv } from './csv';
import type { ImportOptions, ImportResult } from './table';
import { looksLikeXlsx, parseWorkforceXlsx } from './xlsx';
import type { XlsxBudget } from './zipcheck';

/** Reads a workforce file of either kind; the content decides, not the file name. */
export async function importWorkforce(bytes: Uint8Array, opts: ImportOptions & { sheet?: string; budget?: XlsxBudget }): Promise<ImportResult> {
  return looksLikeXlsx(bytes) ? parseWorkforceXlsx(bytes, opts) : parseWorkforceCsv(bytes, opts);
}
