/**
 * Bringing a pay sheet in: read it, show every problem by row and column,
 * import only the valid rows when the user says so, and keep what was read
 * (warnings, ignored columns) to show beside the summary.
 */
import { create } from 'zustand';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../../models/io/messages';
import type { ImportIssue, ImportResult } from '../../../models/io/table';
import { LEVELS } from '../../../models/types';
import type { Progress } from '../../../workers/client/workerClient';
import { isAbort } from '../../../workers/client/workerClient';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { useActiveEntry, useDataset } from '../../query/schemes';
import { setWorkforce, useWorkspace } from '../../workspace/store';

interface ImportState {
  pending: ImportResult | null;
  last: ImportResult | null;
  reading: string | null;
  progress: Progress | null;
  error: string | null;
  abort: AbortController | null;
}
const useImportState = create<ImportState>()(() => ({ pending: null, last: null, reading: null, progress: null, error: null, abort: null }));

function apply(r: ImportResult): void {
  setWorkforce('import', r.workforce, { file: r.file, encoding: r.encoding, sheet: r.sheet, totalRows: r.totalRows, validRows: r.validRows }, null);
  useImportState.setState({ pending: null, last: r });
}

export function useImport() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const client = useWorkerClient();
  const active = useActiveEntry();
  const { pending, reading, progress, error } = useImportState();
  const describe = (e: ImportIssue) => formatMessage(e.code, e.params, lang);
  return {
    reading,
    progress,
    error,
    cancel: () => useImportState.getState().abort?.abort(),
    pending: pending && {
      file: pending.file,
      errors: pending.errors.slice(0, 200).map((e) => ({ row: e.row, column: e.column, value: e.value, problem: describe(e) })),
      errorCount: pending.errors.length,
      validRows: pending.validRows,
      totalRows: pending.totalRows,
    },
    onFile: async (file: File) => {
      useImportState.getState().abort?.abort();
      const abort = new AbortController();
      useImportState.setState({ reading: file.name, progress: null, error: null, abort });
      try {
        // Read in the worker: a 100,000-row file never holds up the page.
        const bytes = new Uint8Array(await file.arrayBuffer());
        const r = await client.importFile({ bytes, file: file.name, minimumMonthlyWage: active?.scenario.minimumMonthlyWage }, { signal: abort.signal, onProgress: (p) => useImportState.setState({ progress: p }) });
        // Receiving 100,000 rows is one task; redrawing the page for them is another, not the same long one.
        await new Promise((r) => setTimeout(r, 0));
        if (r.errors.length) useImportState.setState({ pending: r });
        else apply(r);
      } catch (e) {
        if (!isAbort(e)) useImportState.setState({ error: describeError(e, t) });
      } finally {
        if (useImportState.getState().abort === abort) useImportState.setState({ reading: null, progress: null, abort: null });
      }
    },
    acceptPartial: () => {
      const p = useImportState.getState().pending;
      if (p) apply(p);
    },
    dismiss: () => useImportState.setState({ pending: null }),
  };
}

/** What was read: the file, its encoding, head counts, the pay range, warnings and columns not used. */
export function useSourceSummary() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const source = useWorkspace((s) => s.source);
  const workforce = useWorkspace((s) => s.workforce);
  const last = useImportState((s) => s.last);
  const { profile } = useDataset();
  // The warnings belong to the file they were found in: not shown once another workforce is back (undo).
  const report = last && last.workforce === workforce ? last : null;
  if (!source || !profile) return null;
  return {
    source,
    profile,
    grades: LEVELS.map((l, k) => ({ level: l, count: profile.byGrade[k]! })).filter((g) => g.count > 0),
    warnings: (report?.warnings ?? []).slice(0, 50).map((w) => ({ row: w.row, column: w.column, text: formatMessage(w.code, w.params, lang) })),
    warningCount: report?.warnings.length ?? 0,
    ignoredColumns: report?.ignoredColumns ?? [],
  };
}
