/**
 * The payroll ledgers loaded for 履约检查 (docs/files.md): the files read, each kept
 * in the engine's worker under an id (a year of a large plant is 1.2 million rows:
 * they never cross to the page), with their problems. Kept in this page only: not
 * saved, not in share links; the panel says so, and a reload asks for the files again.
 */
import { create } from 'zustand';
import type { ImportIssue } from '../../models/io/table';

export interface LedgerFileInfo {
  file: string;
  total: number;
  valid: number;
  personalColumns: number;
  ignoredColumns: string[];
  /** The id the engine keeps the file's rows under. */
  kept: string;
  /** The file's bytes again (the file the user chose, or the sample), to read it with another column map or again in a new engine. Kept in this page only. */
  reread: () => Promise<Uint8Array>;
}

export interface LedgerState {
  /** Every file read without an error, in the order read (the engine joins them in this order). */
  files: LedgerFileInfo[];
  /** Rows of all of them. */
  rows: number;
  /** A name for the joined contents: answers are keyed by it (null: none loaded). */
  id: string | null;
  sample: boolean;
  /** Problems of the files last read (a file with any is not used), and notes. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Rows written in two files: the later one named. */
  repeats: { file: string; row: number; id: string; firstFile: string; firstRow: number }[];
}

const EMPTY: LedgerState = { files: [], rows: 0, id: null, sample: false, errors: [], warnings: [], repeats: [] };
export const useLedger = create<LedgerState>()(() => EMPTY);

let counter = 0;
/** A new id for a file's rows kept in the engine. */
export const newKeptId = () => `ledger-file-${++counter}`;

/** The ids of the loaded files' rows in the engine, in order. */
export const keptIds = (s: LedgerState) => s.files.map((f) => f.kept);

/** A file read that joins the ledger: without a problem, with rows, and none of its worker-months already loaded. */
export const joins = (x: { errors: readonly unknown[]; repeats?: readonly unknown[]; valid: number }) => !x.errors.length && !x.repeats?.length && x.valid > 0;

/**
 * Files read: those without a problem and without a worker's month already loaded join the ledger (`replace`: in place
 * of what was loaded); the others are named with their problems or repeats.
 */
export function addLedgerFiles(read: { info: LedgerFileInfo; errors: ImportIssue[]; warnings: ImportIssue[]; repeats: LedgerState['repeats'] }[], opts: { replace: boolean; sample: boolean }): void {
  const before = opts.replace ? EMPTY : useLedger.getState();
  const files = [...before.files];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const repeats: LedgerState['repeats'] = [];
  for (const x of read) {
    errors.push(...x.errors);
    warnings.push(...x.warnings);
    repeats.push(...x.repeats);
    if (!joins({ errors: x.errors, repeats: x.repeats, valid: x.info.valid })) continue;
    files.push(x.info);
  }
  const rows = files.reduce((n, f) => n + f.valid, 0);
  useLedger.setState({ files, rows, id: files.length ? `ledger-${++counter}` : null, sample: opts.sample || (before.sample && !opts.replace), errors, warnings, repeats });
}

export function clearLedger(): void {
  useLedger.setState(EMPTY);
}
