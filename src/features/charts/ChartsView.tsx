/** The charts of the scheme being edited: the 能级工资表, the pay distribution, winners and losers, where the money goes, the Lorenz curve, every worker. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { num, pct, signed, wan, type Lang } from '../../lib/format';
import { ChartCard } from '../../ui/ChartCard';
import { COLORS, outlineFor, schemeColor } from '../../ui/colors';
import { categoryAxis, xTitle, yTitle } from '../../ui/axis';
import { DataTable } from '../../ui/DataTable';
import { useChartsView } from './useChartsView';

const axisTick = { fontSize: 12 };
const FACTOR_KEYS = new Set(['position', 'skill', 'innovation', 'performance']);

/** Gainers, unchanged and losers per group, stacked: by grade (columns) or by department (rows). */
function ChangeChart({ data, vertical = false }: { data: { group: string; winners: number; unchanged: number; losers: number }[]; vertical?: boolean }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={vertical ? Math.max(200, 40 + data.length * 26) : 240}>
      <BarChart data={data} layout={vertical ? 'vertical' : 'horizontal'}>
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? <XAxis type="number" tick={axisTick} allowDecimals={false} height={40} label={xTitle(t('charts.workersAxis'))} /> : <XAxis dataKey="group" tick={axisTick} interval={0} angle={-20} height={50} textAnchor="end" />}
        {vertical ? <YAxis type="category" dataKey="group" tick={axisTick} {...categoryAxis(data.map((d) => d.group))} /> : <YAxis tick={axisTick} width={56} allowDecimals={false} label={yTitle(t('charts.workersAxis'))} />}
        <Tooltip />
        <Legend itemSorter={null} />
        <Bar dataKey="winners" stackId="a" name={t('charts.winners')} fill={COLORS.gain} isAnimationActive={false} />
        <Bar dataKey="unchanged" stackId="a" name={t('charts.unchanged')} fill={COLORS.same} isAnimationActive={false} />
        <Bar dataKey="losers" stackId="a" name={t('charts.losers')} fill={COLORS.lose} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export const ChartsView = memo(function ChartsView() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const { charts: answer, current, error, color } = useChartsView();
  // The scheme's own colour, the same as in the comparison and on its tab.
  const proposed = schemeColor(color);
  const outline = outlineFor(proposed);
  if (error) return <p className="errors" role="alert">{error}</p>;
  if (!answer) return null;
  const { charts, payTable, craftsmenRow } = answer;
  const factors = answer.factors.map((f) => ({ name: t(FACTOR_KEYS.has(f.key) ? `scheme.${f.key}` : `charts.${f.key}`), value: f.value / 1e4 }));
  const gradeRows = charts.byLevel.map((g) => ({ ...g, group: t(`levels.${g.group}`) }));
  const maxPay = Math.max(...charts.scatter.map((p) => Math.max(p.current, p.proposed)), 1);
  const tableRows = craftsmenRow ? [...payTable, craftsmenRow] : payTable;
  return (
    <div className={`charts${current ? '' : ' updating'}`} data-fingerprint={answer.fingerprint}>
      <ChartCard
        title={t('charts.payTable')}
        testId="chart-paytable"
        data={() => ({ header: [t('charts.level'), t('charts.count'), t('charts.now'), t('charts.new'), t('charts.change')], rows: tableRows.map((r) => [r.level === 'craftsmen' ? t('compare.craftsmenRow') : t(`levels.${r.level}`), r.count, r.nowMonthly, r.newMonthly, r.change]) })}
        units={t('charts.monthly')}
        index={0}
        render={() => (
          <>
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={payTable.map((r) => ({ ...r, name: t(`levels.${r.level}`) }))}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" tick={axisTick} interval={0} angle={-20} height={50} textAnchor="end" />
                <YAxis tick={axisTick} width={62} tickFormatter={(x) => num(Number(x))} label={yTitle(t('charts.monthlyAxis'))} />
                <Tooltip formatter={(v) => num(Number(v))} />
                <Legend itemSorter={null} />
                <Bar dataKey="nowMonthly" name={t('charts.current')} fill={COLORS.current} isAnimationActive={false} />
                <Bar dataKey="newMonthly" name={t('charts.proposed')} fill={proposed} stroke={outline} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
            <DataTable label={t('charts.payTable')}
              testId="paytable"
              rows={tableRows}
              rowKey={(r) => r.level}
              columns={[
                { key: 'level', header: t('charts.level'), cell: (r) => (r.level === 'craftsmen' ? t('compare.craftsmenRow') : t(`levels.${r.level}`)), align: 'left' },
                { key: 'count', header: t('charts.count'), cell: (r) => num(r.count) },
                { key: 'now', header: t('charts.now'), cell: (r) => num(r.nowMonthly) },
                { key: 'new', header: t('charts.new'), cell: (r) => num(r.newMonthly) },
                { key: 'change', header: t('charts.change'), cell: (r) => `${signed(r.change, num)} (${signed(r.changePct, (x) => pct(x))})`, className: (r) => (r.change >= 0 ? 'pos' : 'neg') },
              ]}
              rowTestId={(r) => (r.level === 'craftsmen' ? 'craftsmen-row' : undefined)}
            />
            <small>
              {t('charts.monthly')}
              {craftsmenRow && ` · ${t('compare.craftsmenNote')}`}
            </small>
          </>
        )}
      />
      <ChartCard
        title={t('charts.distribution')}
        testId="chart-distribution"
        data={() => ({ header: [t('charts.monthlyAxis'), t('charts.current'), t('charts.proposed')], rows: charts.histogram.map((b) => [b.label, b.current, b.proposed]) })}
        units={t('charts.unitsDistribution')}
        index={1}
        render={() => (
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={charts.histogram} barGap={0}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={axisTick} height={40} label={xTitle(t('charts.monthlyAxis'))} />
              <YAxis tick={axisTick} width={56} allowDecimals={false} label={yTitle(t('charts.workersAxis'))} />
              <Tooltip />
              <Legend itemSorter={null} />
              <Bar dataKey="current" name={t('charts.current')} fill={COLORS.current} isAnimationActive={false} />
              <Bar dataKey="proposed" name={t('charts.proposed')} fill={proposed} stroke={outline} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      />
      <ChartCard title={t('charts.byGrade')} testId="chart-bygrade"
        data={() => ({ header: [t('charts.level'), t('charts.winners'), t('charts.unchanged'), t('charts.losers')], rows: gradeRows.map((g) => [g.group, g.winners, g.unchanged, g.losers]) })} units={t('charts.workers')} index={2} render={() => <ChangeChart data={gradeRows} />} />
      <ChartCard title={t('charts.byDept')} testId="chart-bydept"
        data={() => ({ header: ['', t('charts.winners'), t('charts.unchanged'), t('charts.losers')], rows: charts.byDepartment.map((g) => [g.group, g.winners, g.unchanged, g.losers]) })} units={t('charts.workers')} index={3} render={() => <ChangeChart data={charts.byDepartment} vertical />} />
      <ChartCard
        title={t('charts.factors')}
        testId="chart-factors"
        data={() => ({ header: ['', t('charts.wanYearAxis')], rows: factors.map((f) => [f.name, f.value]) })}
        units={t('units.wanYear')}
        index={4}
        render={() => (
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={factors} layout="vertical">
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" tick={axisTick} height={40} tickFormatter={(x) => num(Number(x))} label={xTitle(t('charts.wanYearAxis'))} />
              <YAxis type="category" dataKey="name" tick={axisTick} {...categoryAxis(factors.map((f) => f.name))} />
              <Tooltip formatter={(v) => wan(Number(v) * 1e4, lang)} />
              <Bar dataKey="value" name={t('charts.factors')} fill={COLORS.accent} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      />
      <ChartCard
        title={t('charts.lorenz')}
        testId="chart-lorenz"
        data={() => ({ header: [t('charts.shareAxis'), t('charts.current'), t('charts.proposed'), t('charts.equality')], rows: charts.lorenz.map((p) => [p.people, p.current, p.proposed, p.equality]) })}
        units="%"
        index={5}
        render={() => (
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={charts.lorenz}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="people" type="number" domain={[0, 1]} tickFormatter={(x) => pct(x, 0)} tick={axisTick} height={40} label={xTitle(t('charts.shareAxis'))} />
              <YAxis domain={[0, 1]} tickFormatter={(x) => pct(x, 0)} tick={axisTick} width={56} label={yTitle(t('charts.incomeShareAxis'))} />
              <Tooltip formatter={(v) => pct(Number(v))} />
              <Legend itemSorter={null} />
              <Line dataKey="equality" name={t('charts.equality')} stroke="#000" strokeDasharray="4 4" dot={false} isAnimationActive={false} />
              <Line dataKey="current" name={t('charts.current')} stroke={COLORS.current} dot={false} isAnimationActive={false} />
              <Line dataKey="proposed" name={t('charts.proposed')} stroke={outline ?? proposed} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        )}
      />
      <ChartCard
        title={t('charts.scatter')}
        testId="chart-scatter"
        data={() => ({ header: [t('charts.currentAxis'), t('charts.proposedAxis'), t('charts.workers')], rows: charts.scatter.map((p) => [p.current, p.proposed, p.count]) })}
        units={t('charts.monthly')}
        index={6}
        render={() => (
          <ResponsiveContainer width="100%" height={260}>
            <ScatterChart>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="current" type="number" name={t('charts.current')} tick={axisTick} domain={[0, Math.ceil(maxPay / 1000) * 1000]} height={40} tickFormatter={(x) => num(Number(x))} label={xTitle(t('charts.currentAxis'))} />
              <YAxis dataKey="proposed" type="number" name={t('charts.proposed')} tick={axisTick} width={62} domain={[0, Math.ceil(maxPay / 1000) * 1000]} tickFormatter={(x) => num(Number(x))} label={yTitle(t('charts.proposedAxis'))} />
              <Tooltip formatter={(v) => num(Number(v))} />
              <ReferenceLine segment={[{ x: 0, y: 0 }, { x: maxPay, y: maxPay }]} stroke="#000" strokeDasharray="4 4" />
              <ZAxis dataKey="count" range={[12, 260]} name={t('charts.workers')} />
              <Scatter data={charts.scatter} fill={proposed} stroke={outline} fillOpacity={0.55} isAnimationActive={false} />
            </ScatterChart>
          </ResponsiveContainer>
        )}
      />
      <ChartCard
        title={t('charts.netRaise')}
        testId="chart-net"
        data={() => ({ header: [t('charts.level'), t('charts.grossRaise'), t('charts.takeHomeRaise'), t('charts.employerRaise')], rows: answer.takeHome.byLevel.map((r) => [t(`levels.${r.level}`), r.grossRaise, r.netRaise, r.employerRaise]) })}
        units={t('charts.monthly')}
        index={7}
        render={() => (
          <>
            <ResponsiveContainer width="100%" height={250}>
              <BarChart data={answer.takeHome.byLevel.map((r) => ({ ...r, name: t(`levels.${r.level}`) }))} margin={{ left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" tick={axisTick} interval={0} angle={-20} height={50} textAnchor="end" />
                <YAxis tick={axisTick} width={62} tickFormatter={(x) => num(Number(x))} label={yTitle(t('charts.raiseAxis'))} />
                <Tooltip formatter={(v) => num(Number(v))} />
                <Legend itemSorter={null} />
                <ReferenceLine y={0} stroke="#000" />
                <Bar dataKey="grossRaise" name={t('charts.grossRaise')} fill={COLORS.current} isAnimationActive={false} />
                <Bar dataKey="netRaise" name={t('charts.takeHomeRaise')} fill={proposed} stroke={outline} isAnimationActive={false} />
                <Bar dataKey="employerRaise" name={t('charts.employerRaise')} fill={COLORS.accent} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
            <ResponsiveContainer width="100%" height={180}>
              <BarChart data={answer.takeHome.histogram.map((b) => ({ ...b, label: num((b.from + b.to) / 2) }))} barGap={0} margin={{ left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" tick={axisTick} height={40} label={xTitle(t('charts.raiseAxis'))} />
                <YAxis tick={axisTick} width={56} allowDecimals={false} label={yTitle(t('charts.workersAxis'))} />
                <Tooltip />
                <Legend itemSorter={null} />
                <Bar dataKey="gross" name={t('charts.grossRaise')} fill={COLORS.current} isAnimationActive={false} />
                <Bar dataKey="net" name={t('charts.takeHomeRaise')} fill={proposed} stroke={outline} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
            <small>
              {t('charts.netNote')}
              {answer.takeHome.costPerNetYuan !== null && ` · ${t('figures.costPerNet', { x: answer.takeHome.costPerNetYuan.toFixed(2) })}`}
            </small>
          </>
        )}
      />
    </div>
  );
});
