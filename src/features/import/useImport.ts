/**
 * Bringing a pay sheet in: read it, show every problem by row and column,
 * import only the valid rows when the user says so, and keep what was read
 * (warnings, ignored columns) to show beside the summary.
 */
import { create } from 'zustand';
import { useTranslation } from 'react-i18next';
import { importWorkforce } from '../../../models/io/import';
import { formatMessage } from '../../../models/io/messages';
import type { ImportIssue, ImportResult } from '../../../models/io/table';
import { LEVELS } from '../../../models/types';
import { useActiveEntry, useDataset } from '../../query/schemes';
import { setWorkforce, useWorkspace } from '../../workspace/store';

interface ImportState {
  pending: ImportResult | null;
  last: ImportResult | null;
  reading: string | null;
}
const useImportState = create<ImportState>()(() => ({ pending: null, last: null, reading: null }));

function apply(r: ImportResult): void {
  setWorkforce('import', r.workforce, { file: r.file, encoding: r.encoding, sheet: r.sheet, totalRows: r.totalRows, validRows: r.validRows }, null);
  useImportState.setState({ pending: null, last: r });
}

export function useImport() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const active = useActiveEntry();
  const { pending, reading } = useImportState();
  const describe = (e: ImportIssue) => formatMessage(e.code, e.params, lang);
  return {
    reading,
    pending: pending && {
      file: pending.file,
      errors: pending.errors.slice(0, 200).map((e) => ({ row: e.row, column: e.column, value: e.value, problem: describe(e) })),
      errorCount: pending.errors.length,
      validRows: pending.validRows,
      totalRows: pending.totalRows,
    },
    onFile: async (file: File) => {
      useImportState.setState({ reading: file.name });
      try {
        const r = await importWorkforce(new Uint8Array(await file.arrayBuffer()), { file: file.name, minimumMonthlyWage: active?.scenario.minimumMonthlyWage });
        if (r.errors.length) useImportState.setState({ pending: r });
        else apply(r);
      } finally {
        useImportState.setState({ reading: null });
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
