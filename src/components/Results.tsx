import { createContext, memo, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { download, fileSafe } from '../lib/download';
import { chartSvg, svgToPng } from '../lib/exportChart';
import { useTranslation } from 'react-i18next';
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis, ReferenceLine } from 'recharts';
import type { Summary, Workforce } from '../../models/types';
import type { ComputeResult } from '../../workers/protocol';
import { num, pct, signed, wan, yuan } from '../lib/format';
import { craftsmenPayRow, factorBars, payTable, type ChartData } from '../lib/viewModels';
import { indexOfId } from '../../models/workforce';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const COLORS = { current: '#999999', proposed: '#0072B2', gain: '#009E73', lose: '#D55E00', same: '#CCCCCC', accent: '#E69F00', band: '#56B4E9' };

const axisTick = { fontSize: 12 };

export function KeyFigures({ result, baseline }: { result: ComputeResult; baseline: Summary }) {
  const medianRaise = result.medianRaiseMonthly;
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

/** Gainers, unchanged and losers per group, stacked: by grade (columns) or by department (rows). */
function ChangeChart({ data, vertical = false }: { data: { group: string; winners: number; unchanged: number; losers: number }[]; vertical?: boolean }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} layout={vertical ? 'vertical' : 'horizontal'}>
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? <XAxis type="number" tick={axisTick} /> : <XAxis dataKey="group" tick={axisTick} interval={0} angle={-20} height={50} textAnchor="end" />}
        {vertical ? <YAxis type="category" dataKey="group" tick={axisTick} width={90} /> : <YAxis tick={axisTick} width={50} />}
        <Tooltip />
        <Legend />
        <Bar dataKey="winners" stackId="a" name={t('charts.winners')} fill={COLORS.gain} isAnimationActive={false} />
        <Bar dataKey="unchanged" stackId="a" name={t('charts.unchanged')} fill={COLORS.same} isAnimationActive={false} />
        <Bar dataKey="losers" stackId="a" name={t('charts.losers')} fill={COLORS.lose} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * Redraws its chart at most every 250 ms, each chart at its own offset, so a
 * slider drag never commits all the SVG at once (one long main-thread task).
 * Returning the same element lets React skip the subtree between redraws.
 */
export function Staggered({ render, delay }: { render: () => ReactNode; delay: number }) {
  const [current, setCurrent] = useState(() => render);
  const latest = useRef(render);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastAt = useRef(0);
  latest.current = render;
  useEffect(() => {
    if (pending.current !== null || current === render) return;
    const wait = Math.max(delay, 250 - (performance.now() - lastAt.current));
    pending.current = setTimeout(() => {
      pending.current = null;
      lastAt.current = performance.now();
      setCurrent(() => latest.current);
    }, wait);
  });
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
  return useMemo(() => current(), [current]);
}

export interface ExportMeta {
  scheme: string;
  fingerprint: string;
  note: string;
}

const ExportContext = createContext<ExportMeta | null>(null);
export const ExportMetaProvider = ExportContext.Provider;

/** PNG (2×) and SVG of the chart in `figure`, with title, units, scheme, fingerprint and footnote on the image. */
export function ExportButtons({ figure, title, units }: { figure: RefObject<HTMLElement | null>; title: string; units: string }) {
  const meta = useContext(ExportContext);
  if (!meta) return null;
  const save = async (kind: 'png' | 'svg') => {
    if (!figure.current) return;
    const { svg, width, height } = await chartSvg(figure.current, { title, units, ...meta });
    const name = `${fileSafe(title)}-${meta.fingerprint}.${kind}`;
    if (kind === 'svg') download(name, svg, 'image/svg+xml');
    else download(name, await svgToPng(svg, width, height, 2), 'image/png');
  };
  return (
    <span className="chart-exports">
      <button className="link" onClick={() => void save('png')} data-testid="export-png">
        PNG
      </button>
      <button className="link" onClick={() => void save('svg')} data-testid="export-svg">
        SVG
      </button>
    </span>
  );
}

function ChartCard({ title, render, index, testId, units }: { title: string; render: () => ReactNode; index: number; testId?: string; units: string }) {
  const ref = useRef<HTMLElement>(null);
  return (
    <figure className="card" data-testid={testId} data-title={title} data-units={units} ref={ref}>
      <figcaption>
        {title}
        <ExportButtons figure={ref} title={title} units={units} />
      </figcaption>
      <Staggered render={render} delay={index * 35} />
    </figure>
  );
}

export const Charts = memo(function Charts({ result, charts, baseline, workforce }: { result: ComputeResult; charts: ChartData; baseline: Summary; workforce: Workforce }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const hist = charts.histogram;
  const table = useMemo(() => payTable(baseline.byLevel, result.summary.byLevel), [baseline, result]);
  const craftRow = useMemo(() => craftsmenPayRow(result.craftsmen, (id) => 12 * workforce.monthlyPay[indexOfId(workforce, id)]!), [result, workforce]);
  const byDept = charts.byDepartment;
  const lz = charts.lorenz;
  const scatter = charts.scatter;
  const factors = factorBars(result.summary, result.craftsmen.reduce((a, c) => a + c.cashYear1, 0)).map((f) => ({ name: t(f.key in { position: 1, skill: 1, innovation: 1, performance: 1 } ? `scheme.${f.key}` : `charts.${f.key}`), value: f.value / 1e4 }));
  const gradeRows = charts.byLevel.map((g) => ({ ...g, group: t(`levels.${g.group}`) }));
  const maxPay = Math.max(...scatter.map((p) => Math.max(p.current, p.proposed)), 1);
  return (
    <div className="charts">
      <ChartCard title={t('charts.payTable')} testId="chart-paytable" units={t('charts.monthly')} index={0} render={() => (
          <>
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
            {craftRow && (
              <tr data-testid="craftsmen-row">
                <td>{t('compare.craftsmenRow')}</td>
                <td>{num(craftRow.count)}</td>
                <td>{num(craftRow.nowMonthly)}</td>
                <td>{num(craftRow.newMonthly)}</td>
                <td className={craftRow.change >= 0 ? 'pos' : 'neg'}>
                  {signed(craftRow.change, num)} ({signed(craftRow.changePct, (x) => pct(x))})
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <small>{t('charts.monthly')}{craftRow && ` · ${t('compare.craftsmenNote')}`}</small>
      </>
        )} />
      <ChartCard title={t('charts.distribution')} testId="chart-distribution" units={t('charts.unitsDistribution')} index={1} render={() => (
          <>
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
      </>
        )} />
      <ChartCard title={t('charts.byGrade')} testId="chart-bygrade" units={t('charts.workers')} index={2} render={() => (
          <>
        <ChangeChart data={gradeRows} />
      </>
        )} />
      <ChartCard title={t('charts.byDept')} testId="chart-bydept" units={t('charts.workers')} index={3} render={() => (
          <>
        <ChangeChart data={byDept} vertical />
      </>
        )} />
      <ChartCard title={t('charts.factors')} testId="chart-factors" units={lang === 'zh' ? '万元/年' : '10k CNY/yr'} index={4} render={() => (
          <>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={factors} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tick={axisTick} />
            <YAxis type="category" dataKey="name" tick={axisTick} width={100} />
            <Tooltip formatter={(v) => wan(Number(v) * 1e4, lang)} />
            <Bar dataKey="value" name={t('charts.factors')} fill={COLORS.accent} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </>
        )} />
      <ChartCard title={t('charts.lorenz')} testId="chart-lorenz" units={'%'} index={5} render={() => (
          <>
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
      </>
        )} />
      <ChartCard title={t('charts.scatter')} testId="chart-scatter" units={t('charts.monthly')} index={6} render={() => (
          <>
        <ResponsiveContainer width="100%" height={260}>
          <ScatterChart>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="current" type="number" name={t('charts.current')} tick={axisTick} domain={[0, Math.ceil(maxPay / 1000) * 1000]} />
            <YAxis dataKey="proposed" type="number" name={t('charts.proposed')} tick={axisTick} width={55} domain={[0, Math.ceil(maxPay / 1000) * 1000]} />
            <Tooltip formatter={(v) => num(Number(v))} />
            <ReferenceLine segment={[{ x: 0, y: 0 }, { x: maxPay, y: maxPay }]} stroke="#000" strokeDasharray="4 4" />
            <ZAxis dataKey="count" range={[12, 260]} name={t('charts.workers')} />
            <Scatter data={scatter} fill={COLORS.proposed} fillOpacity={0.55} isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
        <small>{t('charts.monthly')}</small>
      </>
        )} />
    </div>
  );
});

export { Area, ComposedChart };
