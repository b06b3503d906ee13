import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ReferenceLine } from 'recharts';
import type { Summary, Workforce } from '../../models/types';
import type { ComputeResult } from '../../workers/protocol';
import { num, pct, signed, wan, yuan } from '../lib/format';
import { changesByGroup, factorBars, levelOf, lorenz, medianRaiseMonthly, payHistogram, payTable, scatterSample } from '../lib/viewModels';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const COLORS = { current: '#999999', proposed: '#0072B2', gain: '#009E73', lose: '#D55E00', same: '#CCCCCC', accent: '#E69F00', band: '#56B4E9' };

const axisTick = { fontSize: 12 };

export function KeyFigures({ result, baseline, medianRaise }: { result: ComputeResult; baseline: Summary; medianRaise: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const s = result.summary;
  const statusClass = s.guidelineStatus === 'within' ? 'ok' : s.guidelineStatus === 'above-upper' ? 'warn' : 'low';
  return (
    <div className="figures" data-testid="key-figures">
      <div className="figure">
        <span>{t('figures.wageBill')}</span>
        <strong data-testid="fig-wagebill">{wan(s.wageBill, lang)}</strong>
        <small>{t('figures.vsCurrent', { v: wan(baseline.wageBill, lang) })}{result.pool !== null && ` · ${t('figures.pool')} ${wan(result.pool, lang)}`}</small>
      </div>
      <div className={`figure ${statusClass}`}>
        <span>{t('figures.growth')}</span>
        <strong data-testid="fig-growth">{signed(s.wageBillGrowth, (x) => pct(x, 2))}</strong>
        <small data-testid="fig-status">{t(`figures.${s.guidelineStatus}`)}</small>
      </div>
      <div className="figure">
        <span>
          {t('figures.winners')} / {t('figures.losers')}
        </span>
        <strong data-testid="fig-winners">
          {num(s.winners)} / {num(s.losers)}
        </strong>
        <small>{t('figures.medianRaise')} {signed(medianRaise, (x) => yuan(x, lang))}</small>
      </div>
      <div className="figure">
        <span>
          {t('figures.gini')} · {t('figures.p90p10')}
        </span>
        <strong data-testid="fig-gini">
          {s.gini.toFixed(3)} · {s.p90p10 === null ? '—' : s.p90p10.toFixed(2)}
        </strong>
        <small>{t('figures.vsCurrent', { v: `${baseline.gini.toFixed(3)} · ${baseline.p90p10?.toFixed(2) ?? '—'}` })}</small>
      </div>
      <div className="figure">
        <span>
          {t('figures.floor')} / {t('figures.guarantee')}
        </span>
        <strong>
          {wan(s.floorTopUp, lang)} / {wan(s.guaranteeTopUp, lang)}
        </strong>
        {s.unallocated > 0 && (
          <small className="warn-text">
            {t('figures.unallocated')} {wan(s.unallocated, lang)}: {t('figures.unallocatedNote', { factors: result.unallocatedFactors.map((f) => t(`scheme.${f}`)).join('、') })}
          </small>
        )}
      </div>
    </div>
  );
}

function ChartCard({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <figure className="card" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {children}
    </figure>
  );
}

export function Charts({ result, baseline, current, workforce }: { result: ComputeResult; baseline: Summary; current: Float64Array; workforce: Workforce }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const annual = result.annual;
  const hist = useMemo(() => payHistogram(current, annual), [current, annual]);
  const table = useMemo(() => payTable(baseline.byLevel, result.summary.byLevel), [baseline, result]);
  const byGrade = useMemo(() => changesByGroup(current, annual, levelOf(workforce.level), ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8']), [current, annual, workforce]);
  const byDept = useMemo(() => changesByGroup(current, annual, (i) => workforce.department[i] || '—'), [current, annual, workforce]);
  const lz = useMemo(() => {
    const a = lorenz(current, 40);
    const b = lorenz(annual, 40);
    return a.map((p, k) => ({ people: p.people, current: p.pay, proposed: b[k]!.pay, equality: p.people }));
  }, [current, annual]);
  const scatter = useMemo(() => scatterSample(current, annual, 1500), [current, annual]);
  const factors = factorBars(result.summary).map((f) => ({ name: t(f.key in { position: 1, skill: 1, innovation: 1, performance: 1 } ? `scheme.${f.key}` : `charts.${f.key}`), value: f.value / 1e4 }));
  const gradeRows = byGrade.map((g) => ({ ...g, group: t(`levels.${g.group}`) }));
  const maxPay = Math.max(...scatter.map((p) => Math.max(p.current, p.proposed)), 1);
  return (
    <div className="charts">
      <ChartCard title={t('charts.payTable')} testId="chart-paytable">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={table.map((r) => ({ ...r, name: t(`levels.${r.level}`) }))}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={axisTick} interval={0} angle={-20} height={50} textAnchor="end" />
            <YAxis tick={axisTick} unit="" width={60} />
            <Tooltip formatter={(v) => num(Number(v))} />
            <Legend />
            <Bar dataKey="nowMonthly" name={t('charts.current')} fill={COLORS.current} isAnimationActive={false} />
            <Bar dataKey="newMonthly" name={t('charts.proposed')} fill={COLORS.proposed} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
        <table className="paytable" data-testid="paytable">
          <thead>
            <tr>
              <th>{t('charts.level')}</th>
              <th>{t('charts.count')}</th>
              <th>{t('charts.now')}</th>
              <th>{t('charts.new')}</th>
              <th>{t('charts.change')}</th>
            </tr>
          </thead>
          <tbody>
            {table.map((r) => (
              <tr key={r.level}>
                <td>{t(`levels.${r.level}`)}</td>
                <td>{num(r.count)}</td>
                <td>{num(r.nowMonthly)}</td>
                <td>{num(r.newMonthly)}</td>
                <td className={r.change >= 0 ? 'pos' : 'neg'}>
                  {signed(r.change, num)} ({signed(r.changePct, (x) => pct(x))})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <small>{t('charts.monthly')}</small>
      </ChartCard>
      <ChartCard title={t('charts.distribution')} testId="chart-distribution">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={hist} barGap={0}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={axisTick} />
            <YAxis tick={axisTick} width={50} />
            <Tooltip />
            <Legend />
            <Bar dataKey="current" name={t('charts.current')} fill={COLORS.current} isAnimationActive={false} />
            <Bar dataKey="proposed" name={t('charts.proposed')} fill={COLORS.proposed} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
        <small>{t('charts.monthly')}</small>
      </ChartCard>
      <ChartCard title={t('charts.byGrade')} testId="chart-bygrade">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={gradeRows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="group" tick={axisTick} interval={0} angle={-20} height={50} textAnchor="end" />
            <YAxis tick={axisTick} width={50} />
            <Tooltip />
            <Legend />
            <Bar dataKey="winners" stackId="a" name={t('charts.winners')} fill={COLORS.gain} isAnimationActive={false} />
            <Bar dataKey="unchanged" stackId="a" name={t('charts.unchanged')} fill={COLORS.same} isAnimationActive={false} />
            <Bar dataKey="losers" stackId="a" name={t('charts.losers')} fill={COLORS.lose} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title={t('charts.byDept')} testId="chart-bydept">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={byDept} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tick={axisTick} />
            <YAxis type="category" dataKey="group" tick={axisTick} width={90} />
            <Tooltip />
            <Legend />
            <Bar dataKey="winners" stackId="a" name={t('charts.winners')} fill={COLORS.gain} isAnimationActive={false} />
            <Bar dataKey="unchanged" stackId="a" name={t('charts.unchanged')} fill={COLORS.same} isAnimationActive={false} />
            <Bar dataKey="losers" stackId="a" name={t('charts.losers')} fill={COLORS.lose} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title={t('charts.factors')} testId="chart-factors">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={factors} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tick={axisTick} />
            <YAxis type="category" dataKey="name" tick={axisTick} width={100} />
            <Tooltip formatter={(v) => wan(Number(v) * 1e4, lang)} />
            <Bar dataKey="value" name={t('charts.factors')} fill={COLORS.accent} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title={t('charts.lorenz')} testId="chart-lorenz">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={lz}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="people" type="number" domain={[0, 1]} tickFormatter={(x) => pct(x, 0)} tick={axisTick} />
            <YAxis domain={[0, 1]} tickFormatter={(x) => pct(x, 0)} tick={axisTick} width={45} />
            <Tooltip formatter={(v) => pct(Number(v))} />
            <Legend />
            <Line dataKey="equality" name={t('charts.equality')} stroke="#000" strokeDasharray="4 4" dot={false} isAnimationActive={false} />
            <Line dataKey="current" name={t('charts.current')} stroke={COLORS.current} dot={false} isAnimationActive={false} />
            <Line dataKey="proposed" name={t('charts.proposed')} stroke={COLORS.proposed} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title={t('charts.scatter')} testId="chart-scatter">
        <ResponsiveContainer width="100%" height={260}>
          <ScatterChart>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="current" type="number" name={t('charts.current')} tick={axisTick} domain={[0, Math.ceil(maxPay / 1000) * 1000]} />
            <YAxis dataKey="proposed" type="number" name={t('charts.proposed')} tick={axisTick} width={55} domain={[0, Math.ceil(maxPay / 1000) * 1000]} />
            <Tooltip formatter={(v) => num(Number(v))} />
            <ReferenceLine segment={[{ x: 0, y: 0 }, { x: maxPay, y: maxPay }]} stroke="#000" strokeDasharray="4 4" />
            <Scatter data={scatter} fill={COLORS.proposed} fillOpacity={0.5} isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
        <small>{t('charts.monthly')}</small>
      </ChartCard>
    </div>
  );
}

export function useMedianRaise(current: Float64Array | null, result: ComputeResult | null): number {
  return useMemo(() => (current && result ? medianRaiseMonthly(current, result.annual) : NaN), [current, result]);
}

export { Area, ComposedChart };
