/** The schemes side by side: overlaid pay tables, growth against the guideline lines, and the table of deltas. */
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxis, domainFor, inOrder, xTitle, yTitle } from '../../ui/axis';
import { num, pct, signed, wan, type Lang } from '../../lib/format';
import { ExportButtons, Staggered } from '../../ui/ChartCard';
import { COLORS, outlineFor, schemeColor } from '../../ui/colors';
import { DataTable, type Column } from '../../ui/DataTable';
import { useCompare, type CompareLine } from './useCompare';

/**
 * The comparison alone on A4 portrait, for the meeting table: the page is
 * printed with a class that hides everything else (see styles.css), removed
 * once the print dialog closes.
 */
function printComparison(): void {
  document.body.classList.add('print-compare');
  const done = () => {
    document.body.classList.remove('print-compare');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export const CompareView = memo(function CompareView() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const c = useCompare();
  const overlayRef = useRef<HTMLElement>(null);
  const growthRef = useRef<HTMLElement>(null);
  if (!c.baseline) return null;
  const baseline = c.baseline;
  const gradeRows = c.overlay.map((r) => ({ ...r, name: t(`levels.${r.level}`) }));
  const growthRows = c.lines.filter((l) => l.row).map((l) => ({ id: l.id, name: l.name, growth: l.row!.growth * 100, color: schemeColor(l.color) }));
  const g = c.guideline;
  const guideLines = [
    { key: 'lower', x: g.lower * 100, color: '#a66f00' },
    { key: 'base', x: g.base * 100, color: '#000000' },
    { key: 'upper', x: g.upper * 100, color: COLORS.lose },
  ];
  // Zero, every scheme and the three guideline lines are always in view (also when every scheme is at or below 0 %).
  const growthAxis = domainFor([0, ...growthRows.map((r) => r.growth), ...guideLines.map((l) => l.x)]);
  const overlayOrder = inOrder(['baseline', ...c.overlaySeries.map((_, k) => `s${k}`)]);
  const dash = '—';
  const cell = (f: (row: NonNullable<CompareLine['row']>) => string) => (l: CompareLine) => (l.error ? l.error : l.row ? f(l.row) : '…');
  const columns: Column<CompareLine>[] = [
    { key: 'name', header: t('compare.scheme'), cell: (l) => l.name, align: 'left' },
    { key: 'bill', header: t('compare.wageBill'), cell: cell((r) => wan(r.wageBill, lang)) },
    { key: 'delta', header: t('compare.delta'), cell: cell((r) => signed(r.deltaBill, (x) => wan(x, lang))) },
    { key: 'growth', header: t('compare.growth'), cell: cell((r) => `${signed(r.growth, (x) => pct(x, 2))} · ${t(`figures.${r.status}`)}`), className: (l) => (l.row ? `status-${l.row.status}` : undefined) },
    { key: 'median', header: t('compare.median'), cell: cell((r) => num(r.median)) },
    { key: 'raise', header: t('compare.medianRaise'), cell: cell((r) => signed(r.medianRaise, num)) },
    { key: 'gini', header: t('compare.gini'), cell: cell((r) => r.gini.toFixed(3)) },
    { key: 'p9010', header: 'P90/P10', cell: cell((r) => r.p90p10?.toFixed(2) ?? dash) },
    { key: 'winners', header: t('compare.winners'), cell: cell((r) => num(r.winners)) },
    { key: 'losers', header: t('compare.losers'), cell: cell((r) => num(r.losers)) },
    { key: 'topUps', header: t('compare.topUps'), cell: cell((r) => wan(r.topUps, lang)) },
    { key: 'craft', header: t('compare.craftsmen'), cell: cell((r) => (r.craftsmenCash || r.equityValue ? `${wan(r.craftsmenCash, lang)} + ${t('compare.equity')} ${wan(r.equityValue, lang)}` : dash)) },
    { key: 'netRaise', header: t('compare.netRaise'), cell: cell((r) => (r.medianNetRaise === null ? dash : signed(r.medianNetRaise, num))) },
    { key: 'employerCost', header: t('compare.employerCost'), cell: cell((r) => (r.employerCost === null ? dash : wan(r.employerCost, lang))) },
  ];
  return (
    <section className={`card wide compare-section${c.stale ? ' updating' : ''}`} aria-label={t('compare.title')} aria-busy={c.stale} inert={c.stale}>
      <div className="row">
        <h2>{t('compare.title')}</h2>
        <button className="secondary print-button" onClick={printComparison} data-testid="print-compare">
          {t('compare.print')}
        </button>
      </div>
      <div className="print-stamp" data-testid="print-stamp" data-lang-exempt>
        <p>
          {t('compare.printed', { date: c.stamp.date })} · {t('compare.workforceFp')} <code className="hash">{c.stamp.workforce}</code>
        </p>
        <ul>
          {c.stamp.schemes.map((x) => (
            <li key={x.fingerprint + x.name}>
              {x.name} · {t('bargain.fingerprint')} <code className="hash">{x.fingerprint}</code>
            </li>
          ))}
        </ul>
      </div>
      <div className="overlays">
        <figure data-testid="compare-overlay" data-title={t('compare.byGrade')} data-units={t('charts.monthly')} ref={overlayRef}>
          <figcaption>
            {t('compare.byGrade')}
            <ExportButtons figure={overlayRef} title={t('compare.byGrade')} units={t('charts.monthly')} data={() => ({ header: [t('charts.level'), t('compare.baseline'), ...c.overlaySeries.map((x) => x.name)], rows: gradeRows.map((r) => { const x = r as Record<string, number | string>; return [r.name, x.baseline ?? '', ...c.overlaySeries.map((_, k) => x[`s${k}`] ?? '')]; }) })} />
          </figcaption>
          <Staggered
            delay={300}
            render={() => (
              // Room for a legend of several lines: the plot keeps its height however many schemes there are.
              <ResponsiveContainer width="100%" height={250 + 22 * Math.ceil((c.overlaySeries.length + 1) / 3)}>
                {/* Up to four schemes as bars beside today's; more would make hair-thin bars, so lines with a mark per grade. */}
                {c.overlaySeries.length <= 4 ? (
                  <BarChart data={gradeRows} margin={{ left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} angle={-20} height={50} textAnchor="end" />
                    <YAxis tick={{ fontSize: 12 }} width={62} tickFormatter={(x) => num(Number(x))} label={yTitle(t('charts.monthlyAxis'))} />
                    <Tooltip formatter={(v) => num(Number(v))} />
                    <Legend itemSorter={overlayOrder} />
                    <Bar dataKey="baseline" name={t('compare.baseline')} fill={COLORS.current} isAnimationActive={false} />
                    {c.overlaySeries.map((sr, k) => {
                      const color = schemeColor(sr.color);
                      return <Bar key={k} dataKey={`s${k}`} name={sr.name} fill={color} stroke={outlineFor(color)} isAnimationActive={false} />;
                    })}
                  </BarChart>
                ) : (
                  <LineChart data={gradeRows} margin={{ left: 8, right: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} angle={-20} height={50} textAnchor="end" />
                    <YAxis tick={{ fontSize: 12 }} width={62} tickFormatter={(x) => num(Number(x))} label={yTitle(t('charts.monthlyAxis'))} />
                    <Tooltip formatter={(v) => num(Number(v))} />
                    <Legend itemSorter={overlayOrder} />
                    <Line dataKey="baseline" name={t('compare.baseline')} stroke={COLORS.current} strokeWidth={3} isAnimationActive={false} />
                    {c.overlaySeries.map((sr, k) => {
                      const color = schemeColor(sr.color);
                      return <Line key={k} dataKey={`s${k}`} name={sr.name} stroke={outlineFor(color) ?? color} strokeWidth={1.5} dot={{ r: 3, fill: color }} isAnimationActive={false} />;
                    })}
                  </LineChart>
                )}
              </ResponsiveContainer>
            )}
          />
          <small>{t('charts.monthly')}</small>
        </figure>
        <figure ref={growthRef} data-testid="compare-growth" data-title={t('compare.growthChart')} data-units="%">
          <figcaption>
            {t('compare.growthChart')}
            <ExportButtons figure={growthRef} title={t('compare.growthChart')} units="%" data={() => ({ header: [t('compare.scheme'), t('compare.growthAxis')], rows: growthRows.map((r) => [r.name, r.growth]) })} />
          </figcaption>
          <Staggered
            delay={340}
            render={() => (
              <ResponsiveContainer width="100%" height={Math.max(220, 90 + growthRows.length * 30)}>
                <BarChart data={growthRows} layout="vertical" margin={{ top: 44, right: 16, left: 0, bottom: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" unit="%" tick={{ fontSize: 12 }} domain={growthAxis.domain} ticks={growthAxis.ticks} height={40} label={xTitle(t('compare.growthAxis'))} />
                  <YAxis type="category" dataKey="name" {...categoryAxis(growthRows.map((r) => r.name))} tick={{ fontSize: 12 }} />
                  <Tooltip formatter={(v) => `${Number(v).toFixed(2)}%`} />
                  {guideLines.map((g, k) => (
                    // Labels at three heights: they never sit on each other, however close the lines are.
                    <ReferenceLine key={g.key} x={g.x} stroke={g.color} strokeDasharray="4 4" ifOverflow="extendDomain" label={{ value: `${t(`compare.${g.key}`)} ${g.x.toFixed(1)}%`, fontSize: 11, position: 'top', offset: 4 + 13 * k, fill: g.color }} />
                  ))}
                  <Bar dataKey="growth" name={t('compare.growth')} isAnimationActive={false}>
                    {growthRows.map((r) => (
                      <Cell key={r.id} fill={r.color} stroke={outlineFor(r.color)} />
                    ))}
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            )}
          />
        </figure>
      </div>
      <DataTable label={t('compare.title')}
        className="compare"
        testId="compare-table"
        columns={columns}
        rows={c.lines}
        rowKey={(l) => l.id}
        rowClassName={(l) => [l.id === c.activeId ? 'active' : '', l.current ? '' : 'updating'].filter(Boolean).join(' ') || undefined}
        onRowClick={(l) => c.pick(l.id)}
        leadRows={
          <tr className="baseline">
            <td className="left">{t('compare.baseline')}</td>
            <td>{wan(baseline.wageBill, lang)}</td>
            {[dash, dash].map((d, k) => (
              <td key={k}>{d}</td>
            ))}
            <td>{num(baseline.median)}</td>
            <td>{dash}</td>
            <td>{baseline.gini.toFixed(3)}</td>
            <td>{baseline.p90p10?.toFixed(2) ?? dash}</td>
            {[dash, dash, dash, dash, dash].map((d, k) => (
              <td key={k}>{d}</td>
            ))}
            <td>{c.employerCostToday === null ? dash : wan(c.employerCostToday, lang)}</td>
          </tr>
        }
      />
      {c.rewards && (
        <p className="note" data-testid="compare-rewards">
          {t('compare.rewardsNote', { year: c.rewards.planYear, rewards: wan(c.rewards.amount, lang) })}
        </p>
      )}
    </section>
  );
});
