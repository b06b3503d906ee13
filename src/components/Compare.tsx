import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '../../models/types';
import type { ComputeResult } from '../../workers/protocol';
import { num, pct, signed, wan } from '../lib/format';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { compareRows, overlayByGrade } from '../lib/viewModels';
import { ExportButtons, Staggered } from './Results';

/** Okabe–Ito, in an order that keeps neighbouring bars apart; grey for today. */
const SCHEME_COLORS = ['#999999', '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442'];

export const CompareTable = memo(function CompareTable({ baseline, results, activeIndex, onPick, guideline }: { baseline: Summary; results: ComputeResult[]; activeIndex: number; onPick: (k: number) => void; guideline: { lower: number; base: number; upper: number } }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const rows = useMemo(() => compareRows(baseline, results.map((r) => ({ name: r.name, summary: r.summary, medianRaise: r.medianRaiseMonthly, craftsmen: r.craftsmen }))), [baseline, results]);
  const overlayRef = useRef<HTMLElement>(null);
  const growthRef = useRef<HTMLElement>(null);
  const gradeRows = useMemo(() => overlayByGrade(baseline, results).map((r) => ({ ...r, name: t(`levels.${r.level}`) })), [baseline, results, t]);
  return (
    <section className="card wide" aria-label={t('compare.title')}>
      <h2>{t('compare.title')}</h2>
      <div className="overlays">
        <figure data-testid="compare-overlay" data-title={t('compare.byGrade')} data-units={t('charts.monthly')} ref={overlayRef}>
          <figcaption>
            {t('compare.byGrade')}
            <ExportButtons figure={overlayRef} title={t('compare.byGrade')} units={t('charts.monthly')} />
          </figcaption>
          <Staggered delay={300} render={() => (
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={gradeRows}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} angle={-20} height={50} textAnchor="end" />
              <YAxis tick={{ fontSize: 12 }} width={55} />
              <Tooltip formatter={(v) => num(Number(v))} />
              <Legend />
              <Bar dataKey="baseline" name={t('compare.baseline')} fill={SCHEME_COLORS[0]} isAnimationActive={false} />
              {results.map((r, k) => (
                <Bar key={k} dataKey={`s${k}`} name={r.name} fill={SCHEME_COLORS[(k + 1) % SCHEME_COLORS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
          )} />
          <small>{t('charts.monthly')}</small>
        </figure>
        <figure ref={growthRef}>
          <figcaption>
            {t('compare.growthChart')}
            <ExportButtons figure={growthRef} title={t('compare.growthChart')} units="%" />
          </figcaption>
          <Staggered delay={340} render={() => (
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={rows.map((r) => ({ name: r.name, growth: r.growth * 100 }))} layout="vertical" margin={{ top: 20, right: 12, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" unit="%" tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => `${Number(v).toFixed(2)}%`} />
              <ReferenceLine x={guideline.lower * 100} stroke="#a66f00" strokeDasharray="4 4" label={{ value: t('compare.lower'), fontSize: 11, position: 'top' }} />
              <ReferenceLine x={guideline.base * 100} stroke="#000" strokeDasharray="4 4" label={{ value: t('compare.base'), fontSize: 11, position: 'top' }} />
              <ReferenceLine x={guideline.upper * 100} stroke="#D55E00" strokeDasharray="4 4" label={{ value: t('compare.upper'), fontSize: 11, position: 'top' }} />
              <Bar dataKey="growth" name={t('compare.growth')} fill="#0072B2" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
          )} />
        </figure>
      </div>
      <div className="scroll">
        <table className="compare" data-testid="compare-table">
          <thead>
            <tr>
              <th>{t('compare.scheme')}</th>
              <th>{t('compare.wageBill')}</th>
              <th>{t('compare.delta')}</th>
              <th>{t('compare.growth')}</th>
              <th>{t('compare.median')}</th>
              <th>{t('compare.medianRaise')}</th>
              <th>{t('compare.gini')}</th>
              <th>P90/P10</th>
              <th>{t('compare.winners')}</th>
              <th>{t('compare.losers')}</th>
              <th>{t('compare.topUps')}</th>
              <th>{t('compare.craftsmen')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="baseline">
              <td>{t('compare.baseline')}</td>
              <td>{wan(baseline.wageBill, lang)}</td>
              <td>—</td>
              <td>—</td>
              <td>{num(baseline.median)}</td>
              <td>—</td>
              <td>{baseline.gini.toFixed(3)}</td>
              <td>{baseline.p90p10?.toFixed(2) ?? '—'}</td>
              <td>—</td>
              <td>—</td>
              <td>—</td>
              <td>—</td>
            </tr>
            {rows.map((r, k) => (
              <tr key={k} className={k === activeIndex ? 'active' : ''} onClick={() => onPick(k)}>
                <td>{r.name}</td>
                <td>{wan(r.wageBill, lang)}</td>
                <td>{signed(r.deltaBill, (x) => wan(x, lang))}</td>
                <td className={`status-${r.status}`}>
                  {signed(r.growth, (x) => pct(x, 2))} · {t(`figures.${r.status}`)}
                </td>
                <td>{num(r.median)}</td>
                <td>{signed(r.medianRaise, num)}</td>
                <td>{r.gini.toFixed(3)}</td>
                <td>{r.p90p10?.toFixed(2) ?? '—'}</td>
                <td>{num(r.winners)}</td>
                <td>{num(r.losers)}</td>
                <td>{wan(r.topUps, lang)}</td>
                <td>{r.craftsmenCash || r.equityValue ? `${wan(r.craftsmenCash, lang)} + ${t('compare.equity')} ${wan(r.equityValue, lang)}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
