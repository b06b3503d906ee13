import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { projectionSettings, type ProjectionYear } from '../../models/projection';
import type { Scenario } from '../../models/scenario';
import type { EngineClient, Progress } from '../engine/client';
import { num, pct, wan } from '../lib/format';
import { COLORS } from './Results';

/** Five-year fan chart from the worker pool, with progress and cancel. */
export function ProjectionPanel({ client, scenario }: { client: EngineClient; scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [years, setYears] = useState<ProjectionYear[] | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const settings = projectionSettings(scenario);
  const run = async () => {
    abort.current?.abort();
    const ac = new AbortController();
    abort.current = ac;
    setError(null);
    setProgress({ done: 0, total: settings.paths });
    try {
      setYears(await client.project(scenario, settings, { signal: ac.signal, onProgress: (p) => ac.signal.aborted || setProgress(p) }));
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError((e as Error).message);
    } finally {
      if (abort.current === ac) {
        abort.current = null;
        setProgress(null);
      }
    }
  };
  const data = years?.map((y) => ({ year: t('charts.year', { y: y.year }), band: [y.wageBill.p5 / 1e4, y.wageBill.p95 / 1e4], p50: y.wageBill.p50 / 1e4 }));
  return (
    <figure className="card wide" data-testid="projection">
      <figcaption>
        {t('charts.projection')} · {lang === 'zh' ? '万元/年' : '10k CNY/yr'} · {scenario.name}
      </figcaption>
      <div className="row">
        <button onClick={run} disabled={progress !== null} data-testid="run-projection">
          {t('actions.run')} ({settings.years} × {num(settings.paths)})
        </button>
        {progress && (
          <>
            <progress max={progress.total} value={progress.done} aria-label={t('charts.progress', { done: progress.done, total: progress.total })} />
            <span>{t('charts.progress', { done: num(progress.done), total: num(progress.total) })}</span>
            <button className="secondary" onClick={() => abort.current?.abort()} data-testid="cancel-projection">
              {t('actions.cancel')}
            </button>
          </>
        )}
      </div>
      {error && <p className="warn-text">{error}</p>}
      {data && years && (
        <>
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={data}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis width={70} tickFormatter={(x) => num(Number(x))} domain={[(lo: number) => Math.floor(lo * 0.97), (hi: number) => Math.ceil(hi * 1.02)]} unit="" />
              <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x) => num(Number(x))).join(' – ') : num(Number(v)))} />
              <Legend />
              <Area dataKey="band" name={t('charts.band')} stroke={COLORS.band} fill={COLORS.band} fillOpacity={0.45} isAnimationActive={false} />
              <Line dataKey="p50" name={t('charts.p50')} stroke={COLORS.proposed} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
          <table className="paytable">
            <thead>
              <tr>
                <th />
                <th>P50</th>
                <th>{t('charts.realPay')}</th>
                <th>{t('charts.overBudget')}</th>
                <th>{t('charts.aboveUpper')}</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year}>
                  <td>{t('charts.year', { y: y.year })}</td>
                  <td>{wan(y.wageBill.p50, lang)}</td>
                  <td>{num(y.meanRealPay)}</td>
                  <td>{y.probOverBudget === null ? '—' : pct(y.probOverBudget)}</td>
                  <td>{pct(y.probAboveGuideline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
