/** The fan chart of the wage bill over the scheme's projection years (five unless the scheme says), from the worker pool, with progress and cancel. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { num, pct, wan, yearsWord, type Lang } from '../../lib/format';
import { COLORS } from '../../ui/colors';
import { DataTable } from '../../ui/DataTable';
import { ProgressBar } from '../../ui/ProgressBar';
import { useProjection } from './useProjection';

export const ProjectionView = memo(function ProjectionView() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const { answer, settings, span, scheme } = useProjection();
  const years = answer.result;
  const title = t('charts.projection', { n: yearsWord(span, lang) });
  const data = years?.map((y) => ({ year: t('charts.year', { y: y.year }), band: [y.wageBill.p5 / 1e4, y.wageBill.p95 / 1e4], p50: y.wageBill.p50 / 1e4 }));
  return (
    <figure className="card wide" data-testid="projection">
      <figcaption>
        {title} · {t('units.wanYear')} · {scheme}
      </figcaption>
      <div className="row">
        {answer.status === 'running' ? (
          <ProgressBar progress={answer.progress} onCancel={answer.cancel} testId="cancel-projection" />
        ) : (
          <button onClick={answer.run} disabled={!answer.ready} data-testid="run-projection">
            {t('actions.run')} {settings && `(${settings.years} × ${num(settings.paths)})`}
          </button>
        )}
        {answer.status === 'cancelled' && <span className="note">{t('errors.cancelled')}</span>}
      </div>
      {answer.error && <p className="warn-text">{answer.error}</p>}
      {data && years && (
        <>
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={data}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis width={70} tickFormatter={(x) => num(Number(x))} domain={[(lo: number) => Math.floor(lo * 0.97), (hi: number) => Math.ceil(hi * 1.02)]} />
              <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x) => num(Number(x))).join(' – ') : num(Number(v)))} />
              <Legend itemSorter={null} />
              <Area dataKey="band" name={t('charts.band')} stroke={COLORS.band} fill={COLORS.band} fillOpacity={0.45} isAnimationActive={false} />
              <Line dataKey="p50" name={t('charts.p50')} stroke={COLORS.proposed} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
          <DataTable label={title}
            rows={years}
            rowKey={(y) => y.year}
            columns={[
              { key: 'y', header: '', cell: (y) => t('charts.year', { y: y.year }), align: 'left' },
              { key: 'p50', header: 'P50', cell: (y) => wan(y.wageBill.p50, lang) },
              { key: 'real', header: t('charts.realPay'), cell: (y) => num(y.meanRealPay) },
              { key: 'budget', header: t('charts.overBudget'), cell: (y) => (y.probOverBudget === null ? '—' : pct(y.probOverBudget)) },
              { key: 'upper', header: t('charts.aboveUpper'), cell: (y) => pct(y.probAboveGuideline) },
            ]}
          />
        </>
      )}
    </figure>
  );
});
