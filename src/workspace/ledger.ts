/**
 * The payroll ledgers loaded for 履约检查 (docs/files.md): the files read, joined
 * into one ledger, with their problems. Kept in this page only: not saved (a
 * year of a large plant's payroll is hundreds of megabytes), not in share
 * links; the panel says so, and a reload asks for the files again.
 */
import { create } from 'zustand';
import { joinLedgers, repeatsAcrossFiles, type Ledger } from '../../models/compliance';
import type { ImportIssue } from '../../models/io/table';

export interface LedgerFileInfo {
  file: string;
  total: number;
  valid: number;
  personalColumns: number;
  ignoredColumns: string[];
  /** The file's bytes again (the file the user chose, or the sample), to read it with another column map. Kept in this page only. */
  reread?: () => Promise<Uint8Array>;
}

export interface LedgerState {
  /** Every file read without an error, joined in the order read; null when none. */
  ledger: Ledger | null;
  parts: Ledger[];
  files: LedgerFileInfo[];
  /** A name for the joined contents: answers are keyed by it. */
  id: string | null;
  sample: boolean;
  /** Problems of the files last read (a file with any is not used), and notes. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Rows written in two files: the later one named. */
  repeats: { file: string; row: number; id: string; firstFile: string; firstRow: number }[];
}

const EMPTY: LedgerState = { ledger: null, parts: [], files: [], id: null, sample: false, errors: [], warnings: [], repeats: [] };
export const useLedger = create<LedgerState>()(() => EMPTY);

let counter = 0;

/**
 * Files read: those without a problem join the ledger (`replace`: in place of what was loaded). A worker's month in two
 * files is refused (the later file is not used) and named.
 */
export function addLedgerFiles(read: { ledger: Ledger; info: LedgerFileInfo; errors: ImportIssue[]; warnings: ImportIssue[] }[], opts: { replace: boolean; sample: boolean }): void {
  const before = opts.replace ? EMPTY : useLedger.getState();
  const parts = [...before.parts];
  const files = [...before.files];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const repeats: LedgerState['repeats'] = [];
  for (const x of read) {
    errors.push(...x.errors);
    warnings.push(...x.warnings);
    if (x.errors.length || x.ledger.size === 0) continue;
    const joined = joinLedgers([...parts, x.ledger]);
    const twice = repeatsAcrossFiles(joined);
    if (twice.length) {
      for (const t of twice.slice(0, 50)) repeats.push({ file: joined.files[joined.fileOf[t.row]!]!, row: joined.rowOf[t.row]!, id: joined.id[t.row]!, firstFile: joined.files[joined.fileOf[t.first]!]!, firstRow: joined.rowOf[t.first]! });
      continue;
    }
    parts.push(x.ledger);
    files.push(x.info);
  }
  const ledger = parts.length ? joinLedgers(parts) : null;
  useLedger.setState({ ledger, parts, files, id: ledger ? `ledger-${++counter}` : null, sample: opts.sample || (before.sample && !opts.replace), errors, warnings, repeats });
}

export function clearLedger(): void {
  useLedger.setState(EMPTY);
}
