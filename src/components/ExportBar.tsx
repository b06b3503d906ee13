/** Tables and the Word brief out of the app, for the bargaining documents. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprint } from '../../models/bargaining';
import { compareRows } from '../../models/charts';
import type { Scenario } from '../../models/scenario';
import type { Summary, Workforce } from '../../models/types';
import { indexOfId } from '../../models/workforce';
import { WORKER_COLUMNS, toCsv, toXlsx, workerRows, type Column } from '../../models/io/export';
import type { ComputeResult } from '../../workers/protocol';
import type { EngineClient } from '../engine/client';
import { download, fileSafe } from '../lib/download';
import { chartSvg, svgToPng } from '../lib/exportChart';
import { pct } from '../lib/format';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Props {
  client: EngineClient;
  workforce: Workforce;
  scenarios: Scenario[];
  activeIndex: number;
  baseline: Summary;
  results: ComputeResult[];
  note: string;
  /** Negotiation history: scheme indices of each round's union and management offers. */
  rounds: [number, number][];
}

const SUMMARY_COLUMNS: Column[] = [
  { key: 'name', zh: '方案', en: 'scheme' },
  { key: 'fingerprint', zh: '方案指纹', en: 'fingerprint' },
  { key: 'wageBill', zh: '工资总额(元)', en: 'wage bill (CNY)', numFmt: '#,##0' },
  { key: 'growth', zh: '总额增长', en: 'growth', numFmt: '0.00%' },
  { key: 'median', zh: '年收入中位数(元)', en: 'median annual (CNY)', numFmt: '#,##0' },
  { key: 'medianRaise', zh: '月增资中位数(元)', en: 'median raise (CNY/month)', numFmt: '#,##0' },
  { key: 'gini', zh: '基尼系数', en: 'Gini', numFmt: '0.000' },
  { key: 'winners', zh: '增资人数', en: 'gain' },
  { key: 'losers', zh: '减资人数', en: 'lose' },
  { key: 'topUps', zh: '补足金额(元)', en: 'top-ups (CNY)', numFmt: '#,##0' },
];

export function ExportBar({ client, workforce, scenarios, activeIndex, baseline, results, note, rounds }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [busy, setBusy] = useState<string | null>(null);
  const active = scenarios[activeIndex]!;
  const fp = fingerprint(active);
  const withComponents = async () => {
    const full = await client.compute(scenarios, { components: true });
    return full.map((r) => {
      const craftsman = new Uint8Array(workforce.size);
      for (const c of r.craftsmen) craftsman[indexOfId(workforce, c.id)] = 1;
      return { ...r, craftsman };
    });
  };
  const summaryRows = () =>
    compareRows(baseline, results.map((r) => ({ name: r.name, summary: r.summary, medianRaise: r.medianRaiseMonthly, craftsmen: r.craftsmen }))).map((r, k) => [r.name, fingerprint(scenarios[k]!), r.wageBill, r.growth, r.median, r.medianRaise, r.gini, r.winners, r.losers, r.topUps]);
  const run = (what: string, job: () => Promise<void>) => async () => {
    setBusy(what);
    try {
      await job();
    } finally {
      setBusy(null);
    }
  };
  const csv = run('csv', async () => {
    const full = await withComponents();
    download(`${fileSafe(active.name)}-${fp}.csv`, toCsv(WORKER_COLUMNS, workerRows(workforce, full[activeIndex]!), lang), 'text/csv;charset=utf-8');
  });
  const xlsx = run('xlsx', async () => {
    const full = await withComponents();
    const sheets = [{ name: lang === 'zh' ? '汇总' : 'Summary', columns: SUMMARY_COLUMNS, rows: summaryRows() }, ...full.map((r, k) => ({ name: `${k + 1} ${scenarios[k]!.name}`, columns: WORKER_COLUMNS, rows: workerRows(workforce, r) }))];
    download(`schemes-${fp}.xlsx`, await toXlsx(sheets, lang), XLSX);
  });
  const docx = run('docx', async () => {
    const { buildBrief } = await import('../../models/io/brief');
    const images = [];
    for (const id of ['chart-paytable', 'chart-distribution', 'chart-bygrade', 'compare-overlay']) {
      const fig = document.querySelector(`[data-testid=${id}]`);
      if (!fig) continue;
      // The caption also holds the PNG/SVG buttons: the title and units come from the figure's data attributes.
      const title = fig.getAttribute('data-title') ?? id;
      const { svg, width, height } = await chartSvg(fig, { title, units: fig.getAttribute('data-units') ?? '', scheme: active.name, fingerprint: fp, note });
      images.push({ title, png: await svgToPng(svg, width, height, 2), width, height });
    }
    const r = results[activeIndex]!;
    const s = r.summary;
    const bytes = await buildBrief(
      {
        title: lang === 'zh' ? '工资专项集体协商 · 方案简报' : 'Collective wage bargaining · scheme brief',
        subtitle: `${active.name} · ${t(`scheme.${active.mode}`)}`,
        fingerprint: fp,
        date: new Date().toISOString().slice(0, 10),
        intro: [
          `${t('figures.wageBill')} ${(s.wageBill / 1e4).toFixed(1)} 万元 (${t('figures.growth')} ${pct(s.wageBillGrowth, 2)}, ${t(`figures.${s.guidelineStatus}`)}); ${t('figures.winners')} ${s.winners}, ${t('figures.losers')} ${s.losers}; ${t('figures.gini')} ${s.gini.toFixed(3)}.`,
          `${t('scheme.minWage')} ${active.minimumMonthlyWage}; ${t('scheme.guideline')} ${pct(active.guideline.lower)} / ${pct(active.guideline.base)} / ${pct(active.guideline.upper)}; ${t('scheme.noLoss')}: ${active.noLossGuarantee ? '✓' : '✗'}.`,
        ],
        tables: [
          {
            title: t('charts.payTable'),
            header: [t('charts.level'), t('charts.count'), t('charts.now'), t('charts.new'), t('charts.change')],
            rows: s.byLevel.map((l) => {
              const now = (baseline.byLevel.find((b) => b.level === l.level)?.meanAnnual ?? NaN) / 12;
              return [t(`levels.${l.level}`), l.count, Math.round(now), Math.round(l.meanAnnual / 12), Math.round(l.meanAnnual / 12 - now)];
            }),
          },
          {
            title: t('compare.title'),
            header: [t('compare.scheme'), `${t('compare.wageBill')} (${lang === 'zh' ? '万元' : '10k CNY'})`, t('compare.growth'), t('compare.median'), t('compare.medianRaise'), t('compare.gini'), t('compare.winners'), t('compare.losers')],
            rows: compareRows(baseline, results.map((r) => ({ name: r.name, summary: r.summary, medianRaise: r.medianRaiseMonthly }))).map((r) => [r.name, Math.round(r.wageBill / 1e3) / 10, pct(r.growth, 2), Math.round(r.median), Math.round(r.medianRaise), Math.round(r.gini * 1000) / 1000, r.winners, r.losers]),
          },
          ...(rounds.length
            ? [
                {
                  title: t('bargain.rounds'),
                  header: ['', t('bargain.unionOffer'), t('bargain.mgmtOffer'), t('bargain.uGrowth'), t('bargain.mGrowth')],
                  rows: rounds.filter(([u, m]) => results[u] && results[m]).map(([u, m], k) => [t('bargain.round', { n: k + 1 }), results[u]!.name, results[m]!.name, pct(results[u]!.summary.wageBillGrowth, 2), pct(results[m]!.summary.wageBillGrowth, 2)]),
                },
              ]
            : []),
        ],
        images,
        footnote: note,
      },
      lang,
    );
    download(`brief-${fileSafe(active.name)}-${fp}.docx`, bytes, DOCX);
  });
  return (
    <div className="row exports" aria-label="exports">
      <button className="secondary" disabled={busy !== null} onClick={() => void csv()} data-testid="export-csv">
        {t('exports.csv')}
      </button>
      <button className="secondary" disabled={busy !== null} onClick={() => void xlsx()} data-testid="export-xlsx">
        {t('exports.xlsx')}
      </button>
      <button className="secondary" disabled={busy !== null} onClick={() => void docx()} data-testid="export-docx">
        {t('exports.docx')}
      </button>
      {busy && <span>{t('exports.working')}</span>}
    </div>
  );
}
