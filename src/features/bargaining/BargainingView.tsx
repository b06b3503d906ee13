/**
 * At the table: the scheme's fingerprint, rounds of offers, the solver, the
 * skill-talent floors, the agreement zone with the Nash and split-the-
 * difference points, contract costing and sensitivity. Draws what the hooks
 * in useBargaining give.
 */
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Label, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, useXAxisScale, useYAxisScale, XAxis, YAxis, ZAxis } from 'recharts';
import { list, num, pct, signed, wan, type Lang } from '../../lib/format';
import { categoryAxis } from '../../ui/axis';
import { COLORS } from '../../ui/colors';
import { DataTable } from '../../ui/DataTable';
import { NumberField } from '../../ui/NumberField';
import { ProgressBar } from '../../ui/ProgressBar';
import { Staggered } from '../../ui/ChartCard';
import { useCosting, useFingerprint, useFloors, useRounds, useSensitivity, useSolver, useZone } from './useBargaining';

export const BargainingView = memo(function BargainingView() {
  const { t } = useTranslation();
  const fp = useFingerprint();
  return (
    <section className="card wide bargaining" aria-label={t('bargain.title')} data-testid="bargaining">
      <h2>
        {t('bargain.title')}{' '}
        <small className="fingerprint" data-testid="fingerprint" data-fingerprint={fp.full} title={fp.full} data-lang-exempt>
          {t('bargain.fingerprint')} <code className="hash">{fp.short}</code>
        </small>
      </h2>
      <Rounds />
      <Solver />
      <Floors />
      <Zone />
      <Costing />
      <Sensitivity />
    </section>
  );
});

function Rounds() {
  const { t } = useTranslation();
  const r = useRounds();
  return (
    <div className="rounds">
      <h3>{t('bargain.rounds')}</h3>
      <DataTable label={t('bargain.rounds')}
        testId="rounds"
        rows={r.rows}
        rowKey={(row) => row.k}
        columns={[
          { key: 'n', header: '', cell: (row) => t('bargain.round', { n: row.k + 1 }), align: 'left' },
          ...(['union', 'management'] as const).map((side) => ({
            key: side,
            header: t(side === 'union' ? 'bargain.unionOffer' : 'bargain.mgmtOffer'),
            align: 'left' as const,
            cell: (row: (typeof r.rows)[number]) => (
              <select value={row.round[side]} onChange={(e) => r.set(row.k, side, e.target.value)} data-testid={`round-${side}`} aria-label={`${t('bargain.round', { n: row.k + 1 })} ${t(side === 'union' ? 'bargain.unionOffer' : 'bargain.mgmtOffer')}`}>
                {r.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            ),
          })),
          { key: 'cost', header: t('bargain.cost'), cell: (row) => (row.union && row.management ? `${pct(row.union.growth, 2)} / ${pct(row.management.growth, 2)}` : '—') },
          {
            key: 'value',
            header: t('bargain.value'),
            cell: (row) =>
              row.union && row.management
                ? `${num(row.union.medianRaise)} / ${num(row.management.medianRaise)} ${t('charts.monthly')} · ${pct(row.union.shareGaining, 0)} / ${pct(row.management.shareGaining, 0)} · L1–L3 ${num(row.union.lowGradeRaise)} / ${num(row.management.lowGradeRaise)}`
                : '—',
          },
          {
            key: 'x',
            header: '',
            cell: (row) => (
              <button className="secondary" onClick={() => r.remove(row.k)} aria-label={t('actions.remove')}>
                −
              </button>
            ),
          },
        ]}
      />
      <button className="secondary" onClick={r.add} data-testid="add-round">
        + {t('bargain.addRound')}
      </button>
      {r.chart.length > 0 && <RoundsChart data={r.chart} />}
    </div>
  );
}

const RoundsChart = memo(function RoundsChart({ data }: { data: { round: string; uGrowth: number; mGrowth: number; uRaise: number; mRaise: number }[] }) {
  const { t } = useTranslation();
  return (
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="round" />
            <YAxis yAxisId="g" unit="%" width={50} />
            <YAxis yAxisId="r" orientation="right" width={60} tickFormatter={(x) => num(Number(x))} />
            <Tooltip formatter={(v) => num(Number(v))} />
            <Legend itemSorter={null} />
            <Line yAxisId="g" dataKey="uGrowth" name={t('bargain.uGrowth')} stroke={COLORS.proposed} isAnimationActive={false} />
            <Line yAxisId="g" dataKey="mGrowth" name={t('bargain.mGrowth')} stroke={COLORS.accent} isAnimationActive={false} />
            <Line yAxisId="r" dataKey="uRaise" name={t('bargain.uRaise')} stroke={COLORS.proposed} strokeDasharray="5 4" isAnimationActive={false} />
            <Line yAxisId="r" dataKey="mRaise" name={t('bargain.mRaise')} stroke={COLORS.accent} strokeDasharray="5 4" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
  );
});

function Solver() {
  const { t } = useTranslation();
  const m = useSolver();
  if (!m) return null;
  return (
    <div className="solver">
      <h3>{t('bargain.solver')}</h3>
      <div className="row">
        <NumberField label={t('bargain.p9010Limit')} value={m.p9010} step={0.1} min={1} minExclusive decimals={2} onCommit={m.setP9010} testId="p9010-limit" />
        <NumberField label={t('bargain.l1Share')} value={m.l1Share} scale={100} step={1} min={100} decimals={1} unit="%" onCommit={m.setL1Share} testId="l1-share" />
      </div>
      <DataTable label={t('bargain.solver')}
        rows={m.rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'q', header: t('bargain.question'), cell: (r) => r.label, align: 'left' },
          {
            key: 'ask',
            header: '',
            cell: (r) =>
              r.answer.status === 'running' ? (
                <ProgressBar progress={r.answer.progress} onCancel={r.answer.cancel} />
              ) : (
                <button className="secondary" onClick={r.answer.run} disabled={!r.answer.ready} data-testid={`solve-${r.key}`}>
                  {t('bargain.solve')}
                </button>
              ),
          },
          {
            key: 'answer',
            header: t('bargain.answer'),
            align: 'left',
            cell: (r) => (
              <span data-testid={`answer-${r.key}`} className={r.answer.error ? 'warn-text' : undefined}>
                {r.answer.error ?? r.text}
              </span>
            ),
          },
          {
            key: 'apply',
            header: '',
            align: 'left',
            cell: (r) =>
              r.apply && !r.alreadyApplied ? (
                <div className="apply">
                  <ul className="changes" data-testid={`changes-${r.key}`}>
                    {r.changes.map((c) => (
                      <li key={c.field}>
                        {c.field}: {c.from} → <strong>{c.to}</strong>
                      </li>
                    ))}
                  </ul>
                  {r.kindChange && (
                    <p className="warn-text" data-testid={`kind-change-${r.key}`}>
                      {t('bargain.kindChange', r.kindChange)}
                    </p>
                  )}
                  <button onClick={r.apply} data-testid={`apply-${r.key}`}>
                    {r.kindChange ? t('bargain.applyKind', r.kindChange) : t('bargain.apply')}
                  </button>
                  {r.kindChange && r.withinKind && (
                    <div className="within-kind" data-testid={`within-kind-${r.key}`}>
                      <p>{r.withinKind.text}</p>
                      {r.withinKind.changes.length > 0 && (
                        <ul className="changes">
                          {r.withinKind.changes.map((c) => (
                            <li key={c.field}>
                              {c.field}: {c.from} → <strong>{c.to}</strong>
                            </li>
                          ))}
                        </ul>
                      )}
                      {r.withinKind.apply && !r.withinKind.alreadyApplied && (
                        <button className="secondary" onClick={r.withinKind.apply} data-testid={`apply-${r.key}-kind`}>
                          {t('bargain.applyWithinKind', { kind: r.withinKind.kind })}
                        </button>
                      )}
                    </div>
                  )}
                </div>
              ) : r.alreadyApplied ? (
                <small className="note">{t('bargain.inUse')}</small>
              ) : null,
          },
        ]}
      />
      <small className="note">{t('bargain.solverNote')}</small>
    </div>
  );
}

function Floors() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const m = useFloors();
  if (!m) return null;
  const f = m.floors;
  const sf = m.settings;
  return (
    <div className="floors">
      <h3>{t('bargain.floors')}</h3>
      {!m.hasCategories || !f ? (
        <p className="note">{t('bargain.floorsNeedColumn')}</p>
      ) : (
        <>
          <DataTable label={t('bargain.floors')}
            testId="floors"
            rows={f.rows}
            rowKey={(r) => r.category}
            columns={[
              { key: 'cat', header: t('bargain.category'), cell: (r) => `${t(`bargain.categories.${r.category}`)} (${t(`levels.${sf.lowestLevel[r.category]}`)}+)`, align: 'left' },
              { key: 'share', header: t('bargain.share'), cell: (r) => <NumberField label={t(`bargain.categories.${r.category}`)} hideLabel className="small" value={sf.shares[r.category]} scale={100} step={5} min={100} max={2000} plausible={[100, 400]} decimals={1} unit="%" onCommit={(v) => m.setShare(r.category, v)} testId={`floor-share-${r.category}`} /> },
              { key: 'floor', header: t('bargain.lowestFloor'), cell: (r) => num(r.lowestFloor) },
              { key: 'workers', header: t('charts.workers'), cell: (r) => num(r.workers) },
              { key: 'under', header: t('bargain.underGrade'), cell: (r) => num(r.underGrade) },
              { key: 'below', header: t('bargain.below'), cell: (r) => num(r.below), className: (r) => (r.below ? 'neg' : undefined) },
              { key: 'cost', header: t('bargain.liftCost'), cell: (r) => wan(r.liftCost, lang) },
            ]}
          />
          <div className="row">
            <label className="field">
              <span>{t('bargain.step')}</span>
              <select value={sf.stepKind} onChange={(e) => m.setStepKind(e.target.value as 'ratio' | 'amount')}>
                <option value="ratio">{t('bargain.stepRatio')}</option>
                <option value="amount">{t('bargain.stepAmount')}</option>
              </select>
            </label>
            {sf.stepKind === 'ratio' ? (
              <NumberField label={t('bargain.stepSize')} value={sf.step} scale={100} step={1} min={0} max={100} decimals={1} unit="%" onCommit={m.setStep} testId="floor-step" />
            ) : (
              <NumberField label={t('bargain.stepSize')} value={sf.step} step={50} min={0} unit={t('units.yuanMonth')} onCommit={m.setStep} testId="floor-step" />
            )}
          </div>
          <p data-testid="floors-total">
            {t('bargain.floorsTotal', { below: num(f.below), cost: wan(f.liftCost, lang) })}
            {f.unclassified > 0 && ` · ${t('bargain.unclassified', { n: num(f.unclassified) })}`}
            {f.belowIds.length > 0 && ` · ${f.below > 10 ? t('bargain.belowIdsMore', { ids: list(f.belowIds.slice(0, 10), lang), n: num(f.below), more: num(f.below - 10) }) : t('bargain.belowIds', { ids: list(f.belowIds, lang) })}`}
          </p>
          <small className="note">{t('bargain.floorsNote')}</small>
        </>
      )}
    </div>
  );
}

function Zone() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const m = useZone();
  const z = m.zone.result;
  const L = m.limits;
  return (
    <div className="zone">
      <h3>{t('bargain.zone')}</h3>
      <div className="grid8">
        <NumberField label={t('bargain.maxGrowth')} value={L.maxGrowth} scale={100} step={0.5} min={-100} max={100} decimals={2} unit="%" onCommit={(v) => m.setLimits({ ...L, maxGrowth: v })} testId="limit-max-growth" />
        <NumberField label={t('bargain.minMedianRaise')} value={L.minMedianRaise} step={10} unit={t('units.yuanMonth')} onCommit={(v) => m.setLimits({ ...L, minMedianRaise: v })} testId="limit-median-raise" />
        <div className="field-with-switch">
          <label className="check">
            <input type="checkbox" checked={L.minLowGradeRaise !== null} onChange={(e) => m.setLimits({ ...L, minLowGradeRaise: e.target.checked ? m.lowGradeDefault : null })} data-testid="limit-low-grade-on" />
            {t('bargain.lowGradeDemand')}
          </label>
          {L.minLowGradeRaise !== null && <NumberField label={t('bargain.minLowGradeRaise')} value={L.minLowGradeRaise} step={10} unit={t('units.yuanMonth')} onCommit={(v) => m.setLimits({ ...L, minLowGradeRaise: v })} testId="limit-low-grade" />}
        </div>
        <label className="check">
          <input type="checkbox" checked={L.nobodyLoses} onChange={(e) => m.setLimits({ ...L, nobodyLoses: e.target.checked })} />
          {t('bargain.nobodyLoses')}
        </label>
        <label className="check">
          <input type="checkbox" checked={L.floorsMet ?? false} onChange={(e) => m.setLimits({ ...L, floorsMet: e.target.checked })} />
          {t('bargain.floorsMet')}
        </label>
        {([0, 1] as const).map((k) => (
          <label className="field" key={k}>
            <span>{t(k === 0 ? 'bargain.unionOffer' : 'bargain.mgmtOffer')}</span>
            <select value={m.offers[k]} onChange={(e) => m.setOffer(k, e.target.value)}>
              {m.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="row">
        <button onClick={m.zone.run} disabled={m.zone.status === 'running' || !m.zone.ready} data-testid="run-zone">
          {t('bargain.findZone')}
        </button>
        {m.zone.status === 'running' && <ProgressBar progress={m.zone.progress} onCancel={m.zone.cancel} testId="cancel-zone" />}
        {m.zone.error && <span className="warn-text">{m.zone.error}</span>}
      </div>
      {z && (
        <div className={m.zone.current ? undefined : 'updating'} aria-busy={!m.zone.current} data-testid="zone-answer" data-fingerprint={m.zoneFingerprint ?? ''}>
          <ZoneDrawing zone={z} marks={m.marks} />
          <p data-testid="nash">{z.nash ? t('bargain.nashAt', { pool: wan(z.nash.pool, lang), skill: pct(z.nash.skill), growth: pct(z.nash.growth, 2), raise: num(z.nash.medianRaise) }) : t('bargain.noZone')}</p>
          <small className="note">{t('bargain.zoneNote')}</small>
        </div>
      )}
    </div>
  );
}

type Marks = ReturnType<typeof useZone>['marks'];
type ZoneResult = NonNullable<ReturnType<typeof useZone>['zone']['result']>;

/** Side of a cell's square in pixels: the area of the scatter symbols this replaced (ZAxis range 40). */
const CELL = Math.sqrt(40);

/** The zone's grid, each cell a small square at its pool and skill weight: those in the zone in one path, the others in another. */
function ZoneCells({ cells, scale }: { cells: ZoneResult['cells']; scale: (pool: number) => number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const d = ['', ''];
  for (const c of cells) {
    const px = x(scale(c.pool)),
      py = y(c.skill);
    if (px === undefined || py === undefined) continue;
    d[c.ok ? 0 : 1] += `M${(px - CELL / 2).toFixed(1)} ${(py - CELL / 2).toFixed(1)}h${CELL.toFixed(1)}v${CELL.toFixed(1)}h-${CELL.toFixed(1)}z`;
  }
  return (
    <g className="zone-cells">
      <path d={d[1]} fill="#dddddd" />
      <path d={d[0]} fill={COLORS.gain} />
    </g>
  );
}

/**
 * The zone chart drawn through the charts' queue: an answer that arrives while a slider is dragged (the zone asked
 * before the drag began) is drawn once the edits pause, in a task of its own, not in the middle of the drag (its
 * first drawing on 100,000 workers was a task of 118–143 ms there).
 */
function ZoneDrawing({ zone, marks }: { zone: ZoneResult; marks: Marks }) {
  const render = useCallback(() => <ZoneChart zone={zone} marks={marks} />, [zone, marks]);
  return <Staggered render={render} delay={1} height={320} />;
}

/** The zone over pool × skill weight with the Nash point, the two offers and their midpoint: redrawn only when one of them changes. */
const ZoneChart = memo(function ZoneChart({ zone: z, marks }: { zone: ZoneResult; marks: Marks }) {
  const { t } = useTranslation();
  const w = (x: number) => x / 1e4;
  return (
          <ResponsiveContainer width="100%" height={320}>
            <ScatterChart margin={{ top: 10, right: 16, bottom: 24, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" dataKey="x" name={t('bargain.poolAxis')} domain={[w(marks.range[0]), w(marks.range[1])]} tickFormatter={(x) => num(Number(x))}>
                <Label value={t('bargain.poolAxis')} position="insideBottom" offset={-12} fontSize={12} />
              </XAxis>
              <YAxis type="number" dataKey="y" name={t('scheme.skill')} domain={[0, 1]} tickFormatter={(x) => pct(Number(x), 0)} width={56}>
                <Label value={t('bargain.skillAxis')} angle={-90} position="insideLeft" fontSize={12} />
              </YAxis>
              <ZAxis range={[40, 40]} />
              <Tooltip formatter={(v, n) => (n === t('scheme.skill') ? pct(Number(v)) : num(Number(v)))} />
              <Legend verticalAlign="top" itemSorter={null} />
              {/* The grid's cells: two paths, not 225 scatter points (each a component of its own: half of the chart's first drawing). The empty series give the legend its two entries. */}
              <Scatter name={t('bargain.inZone')} data={[]} fill={COLORS.gain} shape="square" legendType="square" isAnimationActive={false} />
              <Scatter name={t('bargain.outZone')} data={[]} fill="#dddddd" shape="square" legendType="square" isAnimationActive={false} />
              <ZoneCells cells={z.cells} scale={w} />
              {z.nash && <Scatter name={t('bargain.nash')} data={[{ x: w(z.nash.pool), y: z.nash.skill }]} fill={COLORS.lose} shape="star" isAnimationActive={false} />}
              {marks.split && <Scatter name={t('bargain.split')} data={[{ x: w(marks.split.pool), y: marks.split.skill }]} fill="#000" shape="diamond" isAnimationActive={false} />}
              {marks.union && <Scatter name={marks.union.name} data={[{ x: w(marks.union.pool), y: marks.union.skill }]} fill={COLORS.proposed} shape="triangle" isAnimationActive={false} />}
              {marks.management && <Scatter name={marks.management.name} data={[{ x: w(marks.management.pool), y: marks.management.skill }]} fill={COLORS.accent} shape="triangle" isAnimationActive={false} />}
            </ScatterChart>
          </ResponsiveContainer>
  );
});

function Costing() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const m = useCosting();
  const c = m.cost;
  return (
    <div className="costing">
      <h3>{t('bargain.costing')}</h3>
      <div className="row">
        <label className="field">
          <span>{t('bargain.years')}</span>
          <select value={m.years} onChange={(e) => m.setYears(Number(e.target.value))} data-testid="contract-years">
            {Array.from({ length: Math.max(3, m.years) }, (_, k) => k + 1).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('bargain.onCostMode')}</span>
          <select value={m.mode} onChange={(e) => m.setMode(e.target.value as 'flat' | 'contributions')} data-testid="on-cost-mode">
            <option value="contributions">{t('bargain.onCostPerWorker')}</option>
            <option value="flat">{t('bargain.onCostFlat')}</option>
          </select>
        </label>
        {m.mode === 'flat' && <NumberField label={t('bargain.onCost')} value={m.onCost} scale={100} step={1} min={0} max={100} decimals={1} unit="%" onCommit={m.setOnCost} testId="on-cost" />}
      </div>
      {m.mode === 'contributions' && (
        <fieldset className="grid8 policy" data-testid="contribution-policy">
          <legend>
            {m.policyLabel}{' '}
            <button className="link" onClick={m.resetPolicy}>
              {t('bargain.resetPolicy')}
            </button>
          </legend>
          <NumberField label={t('bargain.socialFloor')} value={m.policy.socialBase.floor} step={100} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setBase('socialBase', { floor: v })} testId="social-floor" />
          <NumberField label={t('bargain.socialCap')} value={m.policy.socialBase.cap} step={100} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setBase('socialBase', { cap: v })} testId="social-cap" />
          <NumberField label={t('bargain.housingFloor')} value={m.policy.housingBase.floor} step={100} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setBase('housingBase', { floor: v })} testId="housing-floor" />
          <NumberField label={t('bargain.housingCap')} value={m.policy.housingBase.cap} step={100} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setBase('housingBase', { cap: v })} testId="housing-cap" />
          {(['pension', 'medical', 'unemployment', 'injury', 'housing'] as const).map((k) => (
            <NumberField key={k} label={t(`bargain.rates.${k}`)} value={m.policy.employer[k]} scale={100} step={0.1} min={0} max={100} decimals={2} unit="%" onCommit={(v) => m.setRate('employer', k, v)} testId={`employer-${k}`} />
          ))}
          <small className="note">{m.policySource}</small>
          {m.problems.length > 0 && <p className="warn-text">{m.problems.join(' · ')}</p>}
        </fieldset>
      )}
      <DataTable label={t('bargain.tranche')}
        rows={m.tranches}
        rowKey={(_, k) => k}
        rowClassName={(x) => (x.year > m.years ? 'outside' : undefined)}
        columns={[
          { key: 'k', header: t('bargain.tranche'), cell: (_, k) => k + 1, align: 'left' },
          { key: 'year', header: t('bargain.year'), cell: (x, k) => <NumberField label={t('bargain.year')} hideLabel className="small" value={x.year} step={1} min={1} max={3} integer onCommit={(v) => m.setTranche(k, { year: v })} testId="tranche-year" /> },
          { key: 'month', header: t('bargain.month'), cell: (x, k) => <NumberField label={t('bargain.month')} hideLabel className="small" value={x.month} step={1} min={1} max={12} integer onCommit={(v) => m.setTranche(k, { month: v })} testId="tranche-month" /> },
          { key: 'pct', header: '%', cell: (x, k) => <NumberField label="%" hideLabel className="small" value={x.percent} scale={100} step={0.5} min={-50} max={100} decimals={2} unit="%" onCommit={(v) => m.setTranche(k, { percent: v })} testId="tranche-percent" /> },
          {
            key: 'x',
            header: '',
            cell: (_, k) => (
              <button className="secondary" onClick={() => m.removeTranche(k)} aria-label={t('actions.remove')}>
                −
              </button>
            ),
          },
        ]}
      />
      {m.outside > 0 && <p className="warn-text">{t('bargain.outside', { n: m.outside })}</p>}
      <button className="secondary" onClick={m.addTranche}>
        + {t('bargain.tranche')}
      </button>
      {m.error && <p className="errors">{m.error}</p>}
      {c && (
        <>
          <DataTable label={t('bargain.costing')}
            testId="costing"
            rows={c.byYear}
            rowKey={(y) => y.year}
            columns={[
              { key: 'y', header: t('bargain.year'), cell: (y) => y.year, align: 'left' },
              { key: 'wages', header: t('bargain.wages'), cell: (y) => wan(y.wages, lang) },
              { key: 'inc', header: t('bargain.increase'), cell: (y) => signed(y.increase, (v) => wan(v, lang)) },
              { key: 'on', header: t('bargain.onCosts'), cell: (y) => wan(y.onCosts, lang) },
              { key: 'total', header: t('bargain.total'), cell: (y) => wan(y.total, lang) },
            ]}
          />
          <p>
            {t('bargain.headline', { v: wan(c.headlineAnnual, lang) })} · <strong>{t('bargain.life', { v: wan(c.lifeCost, lang) })}</strong> · {t('bargain.ifFromStart', { v: wan(c.lifeCostIfAllFromStart, lang) })} · {t('bargain.onCostsToday', { v: wan(c.onCostsToday, lang) })}
          </p>
        </>
      )}
      {c && m.onScheme && (
        <div className={m.onScheme.current ? undefined : 'updating'} aria-busy={!m.onScheme.current} data-testid="costing-on-scheme">
          <p className="note">{t('bargain.onSchemeIntro', { scheme: m.onScheme.scheme })}</p>
          <DataTable label={t('bargain.onSchemeTitle', { scheme: m.onScheme.scheme })}
            rows={m.onScheme.cost.byYear.map((y, k) => ({ y, today: c.byYear[k] }))}
            rowKey={(r) => r.y.year}
            columns={[
              { key: 'y', header: t('bargain.year'), cell: (r) => r.y.year, align: 'left' },
              { key: 'today', header: t('bargain.onTodayTotal'), cell: (r) => (r.today ? wan(r.today.total, lang) : '—') },
              { key: 'scheme', header: t('bargain.onSchemeTotal'), cell: (r) => wan(r.y.total, lang) },
              { key: 'gap', header: t('bargain.onSchemeGap'), cell: (r) => (r.today ? signed(r.y.total - r.today.total, (v) => wan(v, lang)) : '—') },
            ]}
          />
        </div>
      )}
      <small className="note">{t(m.mode === 'flat' ? 'bargain.onCostNote' : 'bargain.onCostPerWorkerNote')}</small>
    </div>
  );
}

function Sensitivity() {
  const { t } = useTranslation();
  const m = useSensitivity();
  const rows = m.rows;
  return (
    <div className="sensitivity">
      <h3>{t('bargain.sensitivity')}</h3>
      <div className="row">
        <button className="secondary" onClick={m.tornado.run} disabled={m.tornado.status === 'running' || !m.tornado.ready} data-testid="run-tornado">
          {t('bargain.runSensitivity')}
        </button>
        {m.tornado.status === 'running' && <ProgressBar progress={m.tornado.progress} onCancel={m.tornado.cancel} />}
        {m.tornado.error && <span className="warn-text">{m.tornado.error}</span>}
      </div>
      {rows && (
        <>
          <TornadoChart rows={rows} />
          <DataTable label={t('bargain.sensitivity')}
            testId="tornado"
            rows={rows}
            rowKey={(r) => r.name}
            columns={[
              { key: 'name', header: '', cell: (r) => r.name, align: 'left' },
              { key: 'bill', header: `${t('bargain.billChange')} −10% / +10%`, cell: (r) => `${signed(r.low, num)} / ${signed(r.high, num)} ${t('units.wan')}` },
              { key: 'raise', header: `${t('compare.medianRaise')} −10% / +10%`, cell: (r) => `${num(r.lowRaise)} / ${num(r.highRaise)} (${t('bargain.base')} ${num(m.baseRaise ?? NaN)})` },
            ]}
          />
        </>
      )}
    </div>
  );
}

const TornadoChart = memo(function TornadoChart({ rows }: { rows: NonNullable<ReturnType<typeof useSensitivity>['rows']> }) {
  const { t } = useTranslation();
  const names = categoryAxis(rows.map((r) => r.name));
  return (
          <ResponsiveContainer width="100%" height={60 + rows.length * 32}>
            <BarChart data={rows} layout="vertical" stackOffset="sign" margin={{ top: 4, right: 16, bottom: 20, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" tickFormatter={(x) => num(Number(x))}>
                <Label value={t('bargain.billChangeAxis')} position="insideBottom" offset={-12} fontSize={12} />
              </XAxis>
              <YAxis type="category" dataKey="name" width={names.width} tickFormatter={names.tickFormatter} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => `${num(Number(v))} ${t('units.wan')}`} />
              <Legend verticalAlign="top" itemSorter={null} />
              <ReferenceLine x={0} stroke="#000" />
              <Bar dataKey="low" name="−10%" fill={COLORS.band} stackId="t" isAnimationActive={false} />
              <Bar dataKey="high" name="+10%" fill={COLORS.proposed} stackId="t" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
  );
});
