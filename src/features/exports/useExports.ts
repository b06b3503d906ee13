/**
 * Exports for the bargaining documents. Per-worker tables are built in the
 * worker (the page never walks 100k rows); the Word brief is assembled here
 * from the schemes' results and the charts on screen.
 */
import { useMutation } from '@tanstack/react-query';
import { useMakeDocument } from '../documents/useDocuments';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortFp } from '../../../models/fingerprint';
import { download, fileSafe } from '../../lib/download';
import { pct, type Lang } from '../../lib/format';
import { isAbort } from '../../../workers/client/workerClient';
import { retryOnceIfCrashed, useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { schemesNow, useActiveEntry, useDataset } from '../../query/schemes';
import type { ExportMeta } from '../../ui/ChartCard';
import { useWorkspace } from '../../workspace/store';


/** The assumptions printed under every exported chart and in the brief. */
export function useExportNote(): string {
  const { t } = useTranslation();
  const active = useActiveEntry();
  const sample = useWorkspace((s) => s.source?.sample ?? false);
  if (!active) return '';
  const s = active.scenario;
  const note = t('exports.note', { minWage: s.minimumMonthlyWage, lower: pct(s.guideline.lower), base: pct(s.guideline.base), upper: pct(s.guideline.upper), guarantee: s.noLossGuarantee ? '✓' : '✗' });
  return sample ? `${note} ${t('exports.sampleNote')}` : note;
}

export function useExports() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const client = useWorkerClient();
  const { ds, profile } = useDataset();
  const active = useActiveEntry();
  // Exports of 100k rows take seconds: a bar in percent, and a cancel that stops the worker's job.
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const job = useMutation({
    retry: retryOnceIfCrashed,
    onSettled: () => {
      abort.current = null;
      setProgress(null);
    },
    mutationFn: async (kind: 'csv' | 'xlsx') => {
      // Of the pay sheet and the schemes as they are now, not as the deferred view last drew them: an export clicked just
      // after a new sheet was read was the previous sheet's (a 5,000-worker plant exported as the sample's 1,200).
      const now = schemesNow();
      if (!now?.ds || !now.active || !now.profile) return;
      const { ds, active, results } = now;
      const ac = new AbortController();
      abort.current = ac;
      const opts = { signal: ac.signal, onProgress: (p: { done: number; total: number }) => ac.signal.aborted || setProgress({ done: Math.round((100 * p.done) / p.total), total: 100 }) };
      const fp = active.fp;
      const name = active.scheme.scenario.name;
      const suffix = lang === 'en' ? '-en' : '';
      if (kind === 'csv') {
        const r = await client.ask({ kind: 'table', datasetId: ds, scenarios: [active.scenario], format: 'csv', lang }, opts);
        download(`${fileSafe(name)}-${shortFp(fp)}${suffix}.csv`, r.bytes, r.mime);
        return;
      }
      const r = await client.ask({ kind: 'table', datasetId: ds, scenarios: results.map((x) => x.entry.scenario), format: 'xlsx', lang }, opts);
      download(`schemes-${shortFp(fp)}${suffix}.xlsx`, r.bytes, r.mime);
    },
  });
  // The Word brief is one of the round's documents: made from the engine host's answers, like the others.
  const brief = useMakeDocument();
  return {
    ready: ds !== null && active !== null && profile !== undefined,
    busy: job.isPending ? job.variables : brief.busy ? ('docx' as const) : null,
    progress,
    cancel: () => (brief.busy ? brief.cancel() : abort.current?.abort()),
    // A cancelled export is not an error to show.
    error: (job.error && !isAbort(job.error) ? describeError(job.error, t) : null) ?? brief.error,
    run: (kind: 'csv' | 'xlsx' | 'docx') => (kind === 'docx' ? brief.make('brief') : job.mutate(kind)),
  };
}

/** What every exported chart carries: the scheme's name, its fingerprint and the assumptions. */
export function useExportMeta(): ExportMeta | null {
  const active = useActiveEntry();
  const note = useExportNote();
  const scheme = active?.scheme.scenario.name;
  const fp = active?.fp;
  const { t } = useTranslation();
  const fingerprintLabel = t('bargain.fingerprint');
  return useMemo(() => (scheme !== undefined && fp ? { scheme, fingerprint: fp, fingerprintLabel, fileTag: shortFp(fp), note } : null), [scheme, fp, fingerprintLabel, note]);
}
