/** 技术创新集体协商: the achievements, the scheme's reward rules, and what they pay, to whom, against what they yield. Draws only. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, ErrorBar, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { LEVELS } from '../../../models/types';
import { num, pct, signed, wan } from '../../lib/format';
import { xTitle, yTitle } from '../../ui/axis';
import { ChartCard } from '../../ui/ChartCard';
import { COLORS } from '../../ui/colors';
import { DataTable } from '../../ui/DataTable';
import { ScrollBox } from '../../ui/ScrollBox';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';
import { parseSchedule, scheduleText, useInnovationPanel } from './useInnovation';

const axisTick = { fontSize: 12 };
const SHARED = ['profit', 'saving', 'licence'] as const;

export const InnovationView = memo(function InnovationView() {
  const { t } = useTranslation();
  const m = useInnovationPanel();
  if (!m.ready) return null;
  const r = m.result;
  const rules = m.rules;
  const lang = m.lang;
  const w = (x: number) => wan(x, lang);
  return (
    <section className="card wide innovation" aria-label={t('innovation.title')} data-testid="innovation">
      <h2>{t('innovation.title')}</h2>
      <p className="note">{t('innovation.intro')}</p>

      <div className="row">
        <label className="button secondary">
          {t('innovation.import')}
          <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="visually-hidden" data-testid="innovations-file" onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void m.onFile(f);
          }} />
        </label>
        <button className="secondary" onClick={() => void m.loadSample()} data-testid="innovations-sample">
          {t('innovation.sample')}
        </button>
        {m.file && m.size > 0 && (
          <button className="secondary" onClick={m.clear} data-testid="innovations-clear">
            {t('innovation.clear')}
          </button>
        )}
        {m.reading && <span role="status">{t('innovation.reading', { file: m.reading })}</span>}
      </div>
      {m.readError && <p className="errors" role="alert">{m.readError}</p>}
      {m.size > 0 && (
        <p className="note" data-testid="innovations-summary">
          {t(m.sample ? 'innovation.summarySample' : 'innovation.summary', { file: m.file, n: num(m.size), members: num(m.members) })}
        </p>
      )}
      {m.errorCount > 0 && (
        <div className="errors" role="alert" data-testid="innovations-errors">
          <p>{t('innovation.errors', { file: m.file, n: m.errorCount, total: m.total })}</p>
          <DataTable label={t('innovation.errorsTable')} rows={m.errors} rowKey={(_, k) => k} columns={[
            { key: 'row', header: t('import.row'), cell: (e) => String(e.row) },
            { key: 'column', header: t('import.column'), cell: (e) => e.column, align: 'left' },
            { key: 'problem', header: t('import.problem'), cell: (e) => e.problem, align: 'left' },
          ]} />
        </div>
      )}
      {m.warningCount > 0 && (
        <details className="note" data-testid="innovations-warnings">
          <summary>{t('innovation.warnings', { n: m.warningCount })}</summary>
          <ul>
            {m.warnings.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </details>
      )}

      {!rules ? (
        <p className="row">
          <span className="note">{t('innovation.noRules', { scheme: m.schemeName })}</span>
          <button onClick={m.addRules} data-testid="innovation-add-rules">
            {t('innovation.addRules')}
          </button>
        </p>
      ) : (
        <fieldset className="innovation-rules" data-testid="innovation-rules">
          <legend>{t('innovation.rules', { scheme: m.schemeName })}</legend>
          <div className="row">
            <NumberField label={t('innovation.planYear')} value={rules.planYear} integer min={1990} max={2100} decimals={0} onCommit={(v) => m.setPlanYear(v)} onClear={() => m.setPlanYear(null)} testId="innovation-plan-year" />
            <NumberField label={t('innovation.years')} value={rules.years} integer min={1} max={10} decimals={0} unit={t('innovation.yearsUnit')} onCommit={m.setYears} testId="innovation-years" />
          </div>
          {rules.planYear === null && r && <small className="note">{t('innovation.planYearAuto', { year: r.planYear })}</small>}
          <div className="row">
            {SHARED.map((k) => (
              <TextField key={k} label={t(`innovation.schedule.${k}`)} value={scheduleText(rules.schedules[k])} testId={`innovation-schedule-${k}`} onCommit={(text) => {
                const p = parseSchedule(text);
                if (!p.ok) return t(`innovation.scheduleError.${p.why}`);
                m.setSchedule(k, p.value);
                return null;
              }} />
            ))}
          </div>
          <small className="note">{t('innovation.scheduleHelp')}</small>
          {m.payBy && (
            <>
              <div className="row">
                <NumberField label={t('innovation.payByOneOff')} value={m.payBy.oneOffMonths} integer min={0} max={24} decimals={0} unit={t('innovation.payByOneOffUnit')} onCommit={(v) => m.setPayBy('oneOffMonths', v)} testId="innovation-pay-by-one-off" />
                <NumberField label={t('innovation.payByShare')} value={m.payBy.shareMonth} integer min={1} max={12} decimals={0} unit={t('innovation.payByShareUnit')} onCommit={(v) => m.setPayBy('shareMonth', v)} testId="innovation-pay-by-share" />
              </div>
              <small className="note">{t('innovation.payBySource', m.payBySource)}</small>
            </>
          )}
          <div className="row">
            <label className="field">
              <span>{t('innovation.cap')}</span>
              <select value={rules.cap.kind} onChange={(e) => m.setCapKind(e.target.value as typeof rules.cap.kind)} data-testid="innovation-cap-kind">
                {(['none', 'amount', 'bill-share', 'yield-share'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`innovation.capKinds.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            {rules.cap.kind === 'amount' && <NumberField label={t('innovation.capAmount')} value={rules.cap.value} scale={1e-4} min={0} decimals={1} unit={t('units.wan')} onCommit={m.setCapValue} testId="innovation-cap-value" />}
            {(rules.cap.kind === 'bill-share' || rules.cap.kind === 'yield-share') && <NumberField label={t('innovation.capShare')} value={rules.cap.value} scale={100} min={0} max={100} decimals={2} unit="%" onCommit={m.setCapValue} testId="innovation-cap-value" />}
          </div>
          <label className="check">
            <input type="checkbox" checked={rules.statutoryFloors} onChange={(e) => m.setFloors(e.target.checked)} data-testid="innovation-floors" />
            {t('innovation.floors')}
          </label>
          <label className="check">
            <input type="checkbox" checked={rules.inWageBill} onChange={(e) => m.setInWageBill(e.target.checked)} data-testid="innovation-in-bill" />
            {t('innovation.inWageBill')}
          </label>
          <small className="note">{t('innovation.inWageBillSource', { source: m.sources.wageBill })}</small>
          <details>
            <summary>{t('innovation.oneOffTitle')}</summary>
            <ScrollBox label={t('innovation.oneOffTitle')}>
            <DataTable label={t('innovation.oneOffTitle')} testId="innovation-one-off" rows={Object.keys(rules.oneOff) as (keyof typeof rules.oneOff)[]} rowKey={(k) => k} columns={[
              { key: 'kind', header: t('innovation.kind'), cell: (k) => m.words.kind[k][lang], align: 'left' },
              ...(['first', 'second', 'third', 'none'] as const).map((g) => ({
                key: g,
                header: m.words.grade[g][lang],
                cell: (k: keyof typeof rules.oneOff) => <NumberField label={`${m.words.kind[k][lang]} ${m.words.grade[g][lang]}`} hideLabel className="small" value={rules.oneOff[k][g]} min={0} max={1e8} decimals={0} unit={t('units.yuan')} onCommit={(v) => m.setOneOff(k, g, v)} testId={`one-off-${k}-${g}`} />,
              })),
            ]} />
            </ScrollBox>
          </details>
          <details>
            <summary>{t('innovation.lawTitle')}</summary>
            <ul className="note" data-testid="innovation-law">
              {m.sources.statutory.map((s) => (
                <li key={s.key}>
                  {t(`innovation.law.${s.key}`)}: {s.cite} ({t('innovation.inForce', { date: s.asOf })}{s.verified ? '' : `; ${t('innovation.unverified')}`})
                </li>
              ))}
              <li>{t('innovation.taxNote', { source: m.sources.tax })}</li>
            </ul>
          </details>
          <button className="secondary" onClick={m.removeRules} data-testid="innovation-remove-rules">
            {t('innovation.removeRules')}
          </button>
        </fieldset>
      )}

      {m.error && <p className="errors" role="alert">{m.error}</p>}
      {rules && m.size === 0 && <p className="note">{t('innovation.noFile')}</p>}
      {r && (
        <div className={m.current ? undefined : 'updating'} data-testid="innovation-results">
          <dl className="figures small" data-testid="innovation-figures">
            <div>
              <dt>{t('innovation.planYearPaid', { year: r.planYear })}</dt>
              <dd data-testid="innovation-plan-paid">{w(r.byYear[0]!.paid)}</dd>
            </div>
            <div>
              <dt>{t('innovation.totalPaid', { n: r.years })}</dt>
              <dd data-testid="innovation-total-paid">{w(r.totalPaid)}</dd>
            </div>
            <div>
              <dt>{t('innovation.totalYield', { n: r.years })}</dt>
              <dd>{w(r.totalYield)}</dd>
            </div>
            <div>
              <dt>{t('innovation.keptShare')}</dt>
              <dd data-testid="innovation-kept-share">{r.keptShare === null ? '—' : pct(r.keptShare, 2)}</dd>
            </div>
            <div>
              <dt>{t('innovation.innovators')}</dt>
              <dd>{num(r.measures.innovators)}</dd>
            </div>
            <div>
              <dt>{t('innovation.rewardShare')}</dt>
              <dd>{pct(r.measures.rewardShareInnovators, 2)}</dd>
            </div>
            <div>
              <dt>{t('innovation.raiseInnovators')}</dt>
              <dd>{r.measures.medianRaiseInnovators === null ? '—' : signed(r.measures.medianRaiseInnovators, num)}</dd>
            </div>
            <div>
              <dt>{t('innovation.raiseOthers')}</dt>
              <dd>{r.measures.medianRaiseOthers === null ? '—' : signed(r.measures.medianRaiseOthers, num)}</dd>
            </div>
          </dl>
          <p className="note" data-testid="innovation-bill">
            {r.wageBill.included ? t('innovation.billIncluded', { rewards: w(r.wageBill.rewards), bill: w(r.wageBill.bill), growth: pct(r.wageBill.growth, 2) }) : t('innovation.billBeside', { rewards: w(r.wageBill.rewards) })}
            {r.measures.innovationPayToInnovators !== null && ` ${t('innovation.poolOverlap', { share: pct(r.measures.innovationPayToInnovators, 1) })}`}
          </p>
          {r.belowFloors.length > 0 && (
            <p className="warn-text" role="status" data-testid="innovation-below-floors">
              {t('innovation.belowFloors', { list: r.belowFloors.map((b) => t('innovation.belowItem', { kind: m.words.kind[b.kind][lang], part: t(`innovation.part.${b.part}`), n: b.achievements, amount: w(b.topUp) })).join(t('innovation.sep')) })}
            </p>
          )}
          {r.capBelowFloors.length > 0 && (
            <p className="warn-text" role="status" data-testid="innovation-cap-below">
              {t('innovation.capBelow', { years: r.capBelowFloors.join(t('innovation.sep')), need: w(r.capForFloors) })}
            </p>
          )}
          {r.absent.members > 0 && <p className="note">{t('innovation.absent', { n: r.absent.members, ids: r.absent.ids.slice(0, 8).join(t('innovation.sep')), amount: w(r.absent.planYear) })}</p>}

          <ChartCard
            title={t('innovation.chartByYear')}
            testId="chart-innovation-years"
            units={t('units.wanYear')}
            data={() => ({ header: [t('innovation.year'), t('innovation.oneOff'), t('innovation.shares'), t('innovation.paid'), t('innovation.low'), t('innovation.high'), t('innovation.yield'), t('innovation.capCol')], rows: r.byYear.map((y) => [y.year, y.paidOneOff / 1e4, y.paidShares / 1e4, y.paid / 1e4, y.paidLow / 1e4, y.paidHigh / 1e4, y.yield / 1e4, y.cap === null ? '' : y.cap / 1e4]) })}
            render={() => (
              <ResponsiveContainer width="100%" height={260}>
                <ComposedChart data={r.byYear.map((y) => ({ year: String(y.year), oneOff: y.paidOneOff / 1e4, shares: y.paidShares / 1e4, band: [y.paid / 1e4 - y.paidLow / 1e4, y.paidHigh / 1e4 - y.paid / 1e4], cap: y.cap === null ? null : y.cap / 1e4 }))}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="year" tick={axisTick} height={40} label={xTitle(t('innovation.year'))} />
                  <YAxis tick={axisTick} width={62} tickFormatter={(x) => num(Number(x))} label={yTitle(t('units.wan'))} />
                  <Tooltip formatter={(v) => (Array.isArray(v) ? '' : num(Number(v)))} />
                  <Legend itemSorter={null} />
                  <Bar dataKey="oneOff" stackId="a" name={t('innovation.oneOff')} fill={COLORS.accent} isAnimationActive={false} />
                  <Bar dataKey="shares" stackId="a" name={t('innovation.shares')} fill={COLORS.proposed} isAnimationActive={false}>
                    <ErrorBar dataKey="band" width={6} stroke={COLORS.ink} />
                  </Bar>
                  {rules?.cap.kind !== 'none' && <Line dataKey="cap" name={t('innovation.capCol')} stroke={COLORS.lose} dot={false} isAnimationActive={false} />}
                </ComposedChart>
              </ResponsiveContainer>
            )}
          >
            <small className="note">{t('innovation.bandNote', { low: pct(rules?.band.low ?? 0.5, 0), high: pct(rules?.band.high ?? 1.5, 0) })}</small>
          </ChartCard>

          <ChartCard
            title={t('innovation.chartByGrade', { year: r.planYear })}
            testId="chart-innovation-grades"
            units={t('units.wanYear')}
            data={() => ({ header: [t('innovation.level'), t('innovation.headcount'), t('innovation.recipients'), t('innovation.paid')], rows: r.byLevel.map((g) => [t(`levels.${g.group}`), g.workers, g.recipients, g.amount / 1e4]) })}
            render={() => (
              <ResponsiveContainer width="100%" height={220}>
                <ComposedChart data={r.byLevel.map((g) => ({ name: t(`levels.${g.group}`), amount: g.amount / 1e4 }))}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" tick={axisTick} interval={0} angle={-20} height={50} textAnchor="end" />
                  <YAxis tick={axisTick} width={62} tickFormatter={(x) => num(Number(x))} label={yTitle(t('units.wan'))} />
                  <Tooltip formatter={(v) => num(Number(v))} />
                  <Bar dataKey="amount" name={t('innovation.paid')} fill={COLORS.gain} isAnimationActive={false} />
                </ComposedChart>
              </ResponsiveContainer>
            )}
          />

          <h3>{t('innovation.byDepartment', { year: r.planYear })}</h3>
          <ScrollBox label={t('innovation.byDepartment', { year: r.planYear })}>
            <DataTable label={t('innovation.byDepartment', { year: r.planYear })} testId="innovation-departments" rows={r.byDepartment} rowKey={(g) => g.group} columns={[
            { key: 'group', header: t('innovation.department'), cell: (g) => g.group, align: 'left' },
            { key: 'workers', header: t('innovation.headcount'), cell: (g) => num(g.workers) },
            { key: 'recipients', header: t('innovation.recipients'), cell: (g) => num(g.recipients) },
            { key: 'amount', header: t('innovation.paid'), cell: (g) => w(g.amount) },
          ]} />
          </ScrollBox>

          <h3>{t('innovation.workers', { year: r.planYear })}</h3>
          <ScrollBox label={t('innovation.workers', { year: r.planYear })}>
            <DataTable label={t('innovation.workers', { year: r.planYear })} testId="innovation-workers" rows={m.recipients} rowKey={(x) => x.id} rowTestId={() => 'innovation-worker'} columns={[
            { key: 'id', header: t('innovation.workerId'), cell: (x) => x.id, align: 'left' },
            { key: 'name', header: t('innovation.workerName'), cell: (x) => x.name, align: 'left' },
            { key: 'dept', header: t('innovation.department'), cell: (x) => x.department, align: 'left' },
            { key: 'level', header: t('innovation.level'), cell: (x) => t(`levels.${LEVELS[x.level]}`), align: 'left' },
            { key: 'plan', header: t('innovation.planYearCol', { year: r.planYear }), cell: (x) => num(x.planYear) },
            { key: 'total', header: t('innovation.totalCol', { n: r.years }), cell: (x) => num(x.total) },
          ]} />
          </ScrollBox>

          <h3>{t('innovation.achievements')}</h3>
          <ScrollBox label={t('innovation.achievements')}>
            <DataTable label={t('innovation.achievements')} testId="innovation-achievements" rows={r.top} rowKey={(x) => x.id} columns={[
            { key: 'id', header: t('innovation.id'), cell: (x) => x.id, align: 'left' },
            { key: 'title', header: t('innovation.titleCol'), cell: (x) => x.title, align: 'left' },
            { key: 'kind', header: t('innovation.kind'), cell: (x) => m.words.kind[x.kind][lang], align: 'left' },
            { key: 'year', header: t('innovation.year'), cell: (x) => String(x.year) },
            { key: 'yield', header: t('innovation.yieldPerYear'), cell: (x) => (x.yieldKind === 'none' ? '—' : `${m.words.yield[x.yieldKind][lang]} ${num(x.yieldPerYear)}`) },
            { key: 'team', header: t('innovation.team'), cell: (x) => num(x.team) },
            { key: 'plan', header: t('innovation.planYearCol', { year: r.planYear }), cell: (x) => num(x.planYear) },
            { key: 'total', header: t('innovation.totalCol', { n: r.years }), cell: (x) => num(x.total) },
            { key: 'kept', header: t('innovation.kept'), cell: (x) => (x.kept === null ? '—' : num(x.kept)) },
          ]} />
          </ScrollBox>

          <div className="row" data-testid="innovation-documents">
            <button onClick={() => m.makeDocument('innovation-contract')} disabled={m.docBusy !== null || !m.current} data-testid="make-innovation-contract">
              {t('innovation.makeContract')}
            </button>
            <button className="secondary" onClick={() => m.makeDocument('innovation-costing')} disabled={m.docBusy !== null || !m.current} data-testid="make-innovation-costing">
              {t('innovation.makeCosting')}
            </button>
            {m.docBusy && <span role="status">{t('innovation.making')}</span>}
          </div>
          {m.docError && <p className="errors" role="alert">{m.docError}</p>}
          <h3>{t('innovation.solverTitle')}</h3>
          <div className="row">
            <NumberField label={t('innovation.keepAtLeast')} value={m.kept.target} scale={100} min={0} max={100} decimals={1} unit="%" onCommit={m.kept.setTarget} testId="innovation-keep" />
            <button onClick={m.kept.answer.run} disabled={m.kept.answer.status === 'running'} data-testid="innovation-solve">
              {t('innovation.solve')}
            </button>
          </div>
          {m.kept.answer.error && <p className="errors">{m.kept.answer.error}</p>}
          {m.kept.answer.result?.kept && (
            <p data-testid="innovation-solve-answer">
              {m.kept.answer.result.kept.ok ? t('innovation.solveOk', { m: m.kept.answer.result.kept.multiplier.toFixed(4), kept: pct(m.kept.answer.result.kept.keptShare ?? 0, 2) }) : t('innovation.solveNo', { reachable: m.kept.answer.result.kept.reachable === null ? '—' : pct(m.kept.answer.result.kept.reachable, 2) })}{' '}
              {m.kept.answer.result.kept.ok && (
                <button className="secondary" onClick={() => m.applyKept(m.kept.answer.result!.kept!.multiplier)} data-testid="innovation-solve-apply">
                  {t('bargain.apply')}
                </button>
              )}
            </p>
          )}
          <ScrollBox label={t('innovation.sensitivity')}>
            <DataTable label={t('innovation.sensitivity')} testId="innovation-sensitivity" rows={r.sensitivity} rowKey={(x) => x.param} columns={[
            { key: 'param', header: t('innovation.lever'), cell: (x) => t(`innovation.levers.${x.param}`), align: 'left' },
            { key: 'low', header: t('innovation.minus20'), cell: (x) => `${w(x.low.paid)} · ${x.low.keptShare === null ? '—' : pct(x.low.keptShare, 1)}` },
            { key: 'high', header: t('innovation.plus20'), cell: (x) => `${w(x.high.paid)} · ${x.high.keptShare === null ? '—' : pct(x.high.keptShare, 1)}` },
          ]} />
          </ScrollBox>
        </div>
      )}
    </section>
  );
});
