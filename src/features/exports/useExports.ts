/**
 * Exports for the bargaining documents. Per-worker tables are built in the
 * worker (the page never walks 100k rows); the Word brief is assembled here
 * from the schemes' results and the charts on screen.
 */
import { useMutation } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareRows } from '../../../models/charts';
import { defaultTypicalWorkers } from '../../../models/typical';
import { download, fileSafe } from '../../lib/download';
import { pct, type Lang } from '../../lib/format';
import { isAbort } from '../../client/workerClient';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { useActiveEntry, useDataset, useSchemeResults } from '../../query/schemes';
import type { ExportMeta } from '../../ui/ChartCard';
import { chartSvg, svgToPng } from '../../ui/chartExport';
import { useWorkspace } from '../../workspace/store';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BRIEF_CHARTS = ['chart-paytable', 'chart-distribution', 'chart-bygrade', 'compare-overlay'];

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
  const { results } = useSchemeResults();
  const rounds = useWorkspace((s) => s.rounds);
  const typicalList = useWorkspace((s) => s.typical);
  const note = useExportNote();
  // Exports of 100k rows take seconds: a bar in percent, and a cancel that stops the worker's job.
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const job = useMutation({
    onSettled: () => {
      abort.current = null;
      setProgress(null);
    },
    mutationFn: async (kind: 'csv' | 'xlsx' | 'docx') => {
      if (!ds || !active || !profile) return;
      const ac = new AbortController();
      abort.current = ac;
      const opts = { signal: ac.signal, onProgress: (p: { done: number; total: number }) => ac.signal.aborted || setProgress({ done: Math.round((100 * p.done) / p.total), total: 100 }) };
      const fp = active.fp;
      const name = active.scheme.scenario.name;
      const suffix = lang === 'en' ? '-en' : '';
      if (kind === 'csv') {
        const r = await client.ask({ kind: 'table', datasetId: ds, scenarios: [active.scenario], format: 'csv', lang }, opts);
        download(`${fileSafe(name)}-${fp}${suffix}.csv`, r.bytes, r.mime);
        return;
      }
      if (kind === 'xlsx') {
        const r = await client.ask({ kind: 'table', datasetId: ds, scenarios: results.map((x) => x.entry.scenario), format: 'xlsx', lang }, opts);
        download(`schemes-${fp}${suffix}.xlsx`, r.bytes, r.mime);
        return;
      }
      const { buildBrief } = await import('../../../models/io/brief');
      const images = [];
      for (const id of BRIEF_CHARTS) {
        const fig = document.querySelector(`[data-testid=${id}]`);
        if (!fig) continue;
        // The caption also holds the PNG/SVG buttons: the title and units come from the figure's data attributes.
        const title = fig.getAttribute('data-title') ?? id;
        const { svg, width, height } = await chartSvg(fig, { title, units: fig.getAttribute('data-units') ?? '', scheme: name, fingerprint: fp, note });
        images.push({ title, png: await svgToPng(svg, width, height, 2), width, height, alt: `${title} · ${name}` });
      }
      const mine = results.find((r) => r.entry.id === active.id)?.result;
      if (!mine) throw new Error(t('exports.notReady'));
      const s = mine.summary;
      const sc = active.scenario;
      const baseline = profile.baseline;
      const table = (await client.ask({ kind: 'charts', datasetId: ds, scenario: sc }, { signal: ac.signal })).payTable;
      const done = results.filter((r) => r.result);
      const byId = new Map(results.map((r) => [r.entry.id, r]));
      // Typical workers under every scheme: take-home and employer cost a month.
      const typical = await client.ask({ kind: 'typical', datasetId: ds, scenarios: done.map((r) => r.entry.scenario), typical: typicalList ?? defaultTypicalWorkers(lang) }, { signal: ac.signal });
      const typicalRows = typical.flatMap((r) =>
        r.worker
          ? (['net', 'employerCost'] as const).map((k) => [`${r.label} (${r.worker!.id})`, t(`worker.slip.${k}`), Math.round(r.schemes[0]!.today[k] / 12), ...r.schemes.map((x) => Math.round(x.proposed[k] / 12))])
          : [],
      );
      const bytes = await buildBrief(
        {
          title: t('brief.title'),
          subtitle: `${name} · ${t(`scheme.${sc.mode}`)}`,
          fingerprint: fp,
          date: new Date().toISOString().slice(0, 10),
          intro: [
            t('brief.keyFigures', { bill: (s.wageBill / 1e4).toFixed(1), growth: pct(s.wageBillGrowth, 2), status: t(`figures.${s.guidelineStatus}`), winners: s.winners, losers: s.losers, gini: s.gini.toFixed(3), p9010: s.p90p10?.toFixed(2) ?? '—' }),
            ...(s.medianNetRaise !== undefined && s.employerCost !== undefined && s.employerCostCurrent !== undefined ? [t('brief.takeHome', { net: Math.round(s.medianNetRaise), cost: (s.employerCost / 1e4).toFixed(1), delta: ((s.employerCost - s.employerCostCurrent) / 1e4).toFixed(1), per: mine.takeHome.costPerNetYuan?.toFixed(2) ?? '—' })] : []),
            sc.mode === 'pool' && mine.pool !== null
              ? t('brief.pool', { pool: (mine.pool / 1e4).toFixed(1), position: pct(sc.weights.position), skill: pct(sc.weights.skill), innovation: pct(sc.weights.innovation), performance: pct(sc.weights.performance) })
              : sc.mode === 'raise'
                ? t('brief.raise', { percent: pct(sc.raise.percent), min: sc.raise.minMonthly })
                : t('brief.scale', { rate: sc.scale.positionRate }),
            t('brief.assumptions', { minWage: sc.minimumMonthlyWage, lower: pct(sc.guideline.lower), base: pct(sc.guideline.base), upper: pct(sc.guideline.upper), guarantee: sc.noLossGuarantee ? '✓' : '✗' }),
          ],
          tables: [
            {
              title: t('charts.payTable'),
              header: [t('charts.level'), t('charts.count'), t('charts.now'), t('charts.new'), t('charts.change')],
              rows: table.map((r) => [t(`levels.${r.level}`), r.count, Math.round(r.nowMonthly), Math.round(r.newMonthly), Math.round(r.change)]),
            },
            {
              title: t('compare.title'),
              header: [t('compare.scheme'), `${t('compare.wageBill')} (${t('units.wan')})`, t('compare.growth'), t('compare.median'), t('compare.medianRaise'), t('compare.gini'), 'P90/P10', t('compare.winners'), t('compare.losers')],
              rows: compareRows(baseline, done.map((r) => ({ name: r.entry.scheme.scenario.name, summary: r.result!.summary, medianRaise: r.result!.medianRaiseMonthly }))).map((r) => [r.name, Math.round(r.wageBill / 1e3) / 10, pct(r.growth, 2), Math.round(r.median), Math.round(r.medianRaise), r.gini.toFixed(3), r.p90p10?.toFixed(2) ?? '—', r.winners, r.losers]),
            },
            ...(typicalRows.length
              ? [
                  {
                    title: `${t('typical.title')} (${t('units.yuanMonth')})`,
                    header: [t('typical.who'), '', t('worker.today'), ...done.map((r) => r.entry.scheme.scenario.name)],
                    rows: typicalRows,
                  },
                ]
              : []),
            ...(rounds.length
              ? [
                  {
                    title: t('bargain.rounds'),
                    header: ['', t('bargain.unionOffer'), t('bargain.mgmtOffer'), t('bargain.uGrowth'), t('bargain.mGrowth')],
                    rows: rounds
                      .map((r) => [byId.get(r.union)?.result, byId.get(r.management)?.result] as const)
                      .filter(([u, m]) => u && m)
                      .map(([u, m], k) => [t('bargain.round', { n: k + 1 }), u!.name, m!.name, pct(u!.summary.wageBillGrowth, 2), pct(m!.summary.wageBillGrowth, 2)]),
                  },
                ]
              : []),
          ],
          images,
          footnote: note,
        },
        lang,
      );
      download(`brief-${fileSafe(name)}-${fp}${suffix}.docx`, bytes, DOCX);
    },
  });
  return {
    ready: ds !== null && active !== null && profile !== undefined,
    busy: job.isPending ? job.variables : null,
    progress,
    cancel: () => abort.current?.abort(),
    // A cancelled export is not an error to show.
    error: job.error && !isAbort(job.error) ? describeError(job.error, t) : null,
    run: (kind: 'csv' | 'xlsx' | 'docx') => job.mutate(kind),
  };
}

/** What every exported chart carries: the scheme's name, its fingerprint and the assumptions. */
export function useExportMeta(): ExportMeta | null {
  const active = useActiveEntry();
  const note = useExportNote();
  const scheme = active?.scheme.scenario.name;
  const fp = active?.fp;
  return useMemo(() => (scheme !== undefined && fp ? { scheme, fingerprint: fp, note } : null), [scheme, fp, note]);
}
