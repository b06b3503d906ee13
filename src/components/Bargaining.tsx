/**
 * At the table: the scheme's fingerprint, the solver, the agreement zone with
 * the Nash and split-the-difference points, contract costing and sensitivity.
 * Every number comes from the engine in the worker.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { contractCost, fingerprint, splitTheDifference, type Limits, type SolveResult, type Tranche } from '../../models/bargaining';
import { offerTimeline, setWeight } from '../../models/charts';
import type { Summary } from '../../models/types';
import type { Round } from '../state/workspace';
import type { Scenario } from '../../models/scenario';
import type { ComputeResult, EngineResult, SolverQuestion } from '../../workers/protocol';
import type { EngineClient } from '../engine/client';
import { num, pct, signed, wan } from '../lib/format';
import { COLORS } from './Results';

interface Props {
  client: EngineClient;
  scenario: Scenario;
  schemes: Scenario[];
  schemeIds: string[];
  currentBill: number;
  pool: number | null;
  onChange: (s: Scenario) => void;
  rounds: Round[];
  onRounds: (r: Round[]) => void;
  results: ComputeResult[];
  baseline: Summary;
  active: ComputeResult | null;
}

export function BargainingPanel({ client, scenario, schemes, schemeIds, currentBill, pool, onChange, rounds, onRounds, results, baseline, active }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <section className="card wide bargaining" aria-label={t('bargain.title')} data-testid="bargaining">
      <h2>
        {t('bargain.title')} <small className="fingerprint" data-testid="fingerprint">{t('bargain.fingerprint')} {fingerprint(scenario)}</small>
      </h2>
      <Rounds schemes={schemes} schemeIds={schemeIds} rounds={rounds} onRounds={onRounds} results={results} baseline={baseline} />
      <Solver client={client} scenario={scenario} onChange={onChange} />
      <Floors scenario={scenario} result={active} onChange={onChange} />
      <Zone client={client} scenario={scenario} schemes={schemes} currentBill={currentBill} />
      <Costing currentBill={currentBill} lang={lang} />
      <Sensitivity client={client} scenario={scenario} pool={pool} />
    </section>
  );
}

function Rounds({ schemes, schemeIds, rounds, onRounds, results, baseline }: { schemes: Scenario[]; schemeIds: string[]; rounds: Round[]; onRounds: (r: Round[]) => void; results: ComputeResult[]; baseline: Summary }) {
  const { t } = useTranslation();
  const at = (id: string) => schemeIds.indexOf(id);
  const valid = rounds.filter((r) => at(r.union) >= 0 && at(r.management) >= 0 && results[at(r.union)] && results[at(r.management)]);
  const pick = (r: Round, side: 'union' | 'management') => {
    const res = results[at(r[side])]!;
    return { name: res.name, summary: res.summary, medianRaise: res.medianRaiseMonthly };
  };
  const points = offerTimeline(baseline, valid.map((r) => ({ union: pick(r, 'union'), management: pick(r, 'management') })));
  const data = valid.map((_, k) => {
    const u = points[2 * k]!,
      m = points[2 * k + 1]!;
    return { round: t('bargain.round', { n: k + 1 }), uGrowth: u.growth * 100, mGrowth: m.growth * 100, uRaise: u.medianRaise, mRaise: m.medianRaise };
  });
  const add = () => onRounds([...rounds, { union: schemeIds[0]!, management: schemeIds[Math.min(1, schemeIds.length - 1)]! }]);
  return (
    <div className="rounds">
      <h3>{t('bargain.rounds')}</h3>
      <table className="paytable" data-testid="rounds">
        <thead>
          <tr>
            <th />
            <th>{t('bargain.unionOffer')}</th>
            <th>{t('bargain.mgmtOffer')}</th>
            <th>{t('bargain.cost')}</th>
            <th>{t('bargain.value')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rounds.map((r, k) => {
            const u = points.find((p) => p.round === valid.indexOf(r) + 1 && p.side === 'union');
            const m = points.find((p) => p.round === valid.indexOf(r) + 1 && p.side === 'management');
            return (
              <tr key={k}>
                <td>{t('bargain.round', { n: k + 1 })}</td>
                {(['union', 'management'] as const).map((side) => (
                  <td key={side}>
                    <select value={r[side]} onChange={(e) => onRounds(rounds.map((x, j) => (j === k ? { ...x, [side]: e.target.value } : x)))} data-testid={`round-${side}`}>
                      {schemes.map((s, j) => (
                        <option key={schemeIds[j]} value={schemeIds[j]}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
                <td>{u && m ? `${pct(u.growth, 2)} / ${pct(m.growth, 2)}` : '—'}</td>
                <td>{u && m ? `${num(u.medianRaise)} / ${num(m.medianRaise)} ${t('charts.monthly')} · ${pct(u.shareGaining, 0)} / ${pct(m.shareGaining, 0)} · L1–L3 ${num(u.lowGradeRaise)} / ${num(m.lowGradeRaise)}` : '—'}</td>
                <td>
                  <button className="secondary" onClick={() => onRounds(rounds.filter((_, j) => j !== k))}>
                    −
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button className="secondary" onClick={add} data-testid="add-round">
        + {t('bargain.addRound')}
      </button>
      {data.length > 0 && (
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="round" />
            <YAxis yAxisId="g" unit="%" width={50} />
            <YAxis yAxisId="r" orientation="right" width={60} tickFormatter={(x) => num(Number(x))} />
            <Tooltip formatter={(v) => num(Number(v))} />
            <Legend />
            <Line yAxisId="g" dataKey="uGrowth" name={t('bargain.uGrowth')} stroke={COLORS.proposed} isAnimationActive={false} />
            <Line yAxisId="g" dataKey="mGrowth" name={t('bargain.mGrowth')} stroke={COLORS.accent} isAnimationActive={false} />
            <Line yAxisId="r" dataKey="uRaise" name={t('bargain.uRaise')} stroke={COLORS.proposed} strokeDasharray="5 4" isAnimationActive={false} />
            <Line yAxisId="r" dataKey="mRaise" name={t('bargain.mRaise')} stroke={COLORS.accent} strokeDasharray="5 4" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}

function Floors({ scenario, result, onChange }: { scenario: Scenario; result: ComputeResult | null; onChange: (s: Scenario) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const f = result?.floors;
  const sf = scenario.skillFloors;
  return (
    <div className="floors">
      <h3>{t('bargain.floors')}</h3>
      {!f || f.rows.every((r) => r.workers === 0) ? (
        <p className="note">{t('bargain.floorsNeedColumn')}</p>
      ) : (
        <>
          <table className="paytable" data-testid="floors">
            <thead>
              <tr>
                <th>{t('bargain.category')}</th>
                <th>{t('bargain.share')}</th>
                <th>{t('bargain.lowestFloor')}</th>
                <th>{t('charts.workers')}</th>
                <th>{t('bargain.below')}</th>
                <th>{t('bargain.liftCost')}</th>
              </tr>
            </thead>
            <tbody>
              {f.rows.map((r) => (
                <tr key={r.category}>
                  <td>
                    {t(`bargain.categories.${r.category}`)} ({t(`levels.${sf.lowestLevel[r.category]}`)}+)
                  </td>
                  <td>
                    <input className="small" type="number" step={5} value={Math.round(sf.shares[r.category] * 100)} onChange={(e) => e.target.valueAsNumber >= 100 && onChange({ ...scenario, skillFloors: { ...sf, shares: { ...sf.shares, [r.category]: e.target.valueAsNumber / 100 } } })} />%
                  </td>
                  <td>{num(r.lowestFloor)}</td>
                  <td>{num(r.workers)}</td>
                  <td className={r.below ? 'neg' : ''}>{num(r.below)}</td>
                  <td>{wan(r.liftCost, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <label className="field">
              <span>{t('bargain.step')}</span>
              <select value={sf.stepKind} onChange={(e) => onChange({ ...scenario, skillFloors: { ...sf, stepKind: e.target.value as 'ratio' | 'amount', step: e.target.value === 'ratio' ? 0.05 : 100 } })}>
                <option value="ratio">{t('bargain.stepRatio')}</option>
                <option value="amount">{t('bargain.stepAmount')}</option>
              </select>
            </label>
            <label className="field">
              <span>{sf.stepKind === 'ratio' ? '%' : t('charts.monthly')}</span>
              <input type="number" step={sf.stepKind === 'ratio' ? 1 : 50} value={sf.stepKind === 'ratio' ? Math.round(sf.step * 1000) / 10 : sf.step} onChange={(e) => e.target.valueAsNumber >= 0 && onChange({ ...scenario, skillFloors: { ...sf, step: sf.stepKind === 'ratio' ? e.target.valueAsNumber / 100 : e.target.valueAsNumber } })} />
            </label>
          </div>
          <p data-testid="floors-total">
            {t('bargain.floorsTotal', { below: num(f.below), cost: wan(f.liftCost, lang) })}
            {f.unclassified > 0 && ` · ${t('bargain.unclassified', { n: num(f.unclassified) })}`}
            {f.belowIds.length > 0 && ` · ${f.belowIds.slice(0, 10).join(', ')}${f.below > 10 ? ' …' : ''}`}
          </p>
          <small className="note">{t('bargain.floorsNote')}</small>
        </>
      )}
    </div>
  );
}

function Solver({ client, scenario, onChange }: { client: EngineClient; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, SolveResult>>({});
  const [p9010, setP9010] = useState(3);
  const ask = async (key: string, q: SolverQuestion) => {
    setAnswers((a) => ({ ...a, [key]: { ok: false, reason: '…' } }));
    const r = await client.solve(scenario, q);
    setAnswers((a) => ({ ...a, [key]: r }));
  };
  const questions: { key: string; q: SolverQuestion; apply?: (v: number) => Scenario; show: (v: number) => string }[] = [
    { key: 'growth', q: { q: 'pool-for-growth', growth: scenario.guideline.base }, apply: (v) => ({ ...scenario, mode: 'pool', annualPool: Math.round(v) }), show: (v) => wan(v) },
    { key: 'noLoss', q: { q: 'smallest-pool-nobody-loses' }, apply: (v) => ({ ...scenario, mode: 'pool', annualPool: Math.ceil(v) }), show: (v) => wan(v) },
    { key: 'p9010', q: { q: 'skill-weight-p90p10', limit: p9010 }, apply: (v) => ({ ...scenario, mode: 'pool', weights: setWeight(scenario.weights, 'skill', v) }), show: (v) => pct(v, 2) },
    { key: 'l1', q: { q: 'min-raise-l1', share: 1.05 }, apply: (v) => ({ ...scenario, mode: 'raise', raise: { ...scenario.raise, minMonthly: Math.ceil(v) } }), show: (v) => `${num(Math.ceil(v))} ${t('charts.monthly')}` },
  ];
  return (
    <div className="solver">
      <h3>{t('bargain.solver')}</h3>
      <table className="paytable">
        <tbody>
          {questions.map(({ key, q, apply, show }) => {
            const a = answers[key];
            return (
              <tr key={key}>
                <td>
                  {t(`bargain.q.${key}`, { growth: pct(scenario.guideline.base), limit: p9010 })}
                  {key === 'p9010' && <input type="number" step={0.1} value={p9010} aria-label="P90/P10" onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setP9010(e.target.valueAsNumber)} className="small" />}
                </td>
                <td>
                  <button className="secondary" onClick={() => void ask(key, q)} data-testid={`solve-${key}`}>
                    {t('bargain.solve')}
                  </button>
                </td>
                <td data-testid={`answer-${key}`}>{a ? (a.ok ? `${show(a.value)} (±${key === 'p9010' ? pct(a.tolerance, 2) : num(a.tolerance)})` : a.reason === '…' ? '…' : t('bargain.noSolution', { reason: a.reason })) : ''}</td>
                <td>
                  {a?.ok && apply && (
                    <button onClick={() => onChange(apply(a.value))} data-testid={`apply-${key}`}>
                      {t('bargain.apply')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <small className="note">{t('bargain.solverNote')}</small>
    </div>
  );
}

function Zone({ client, scenario, schemes, currentBill }: { client: EngineClient; scenario: Scenario; schemes: Scenario[]; currentBill: number }) {
  const { t } = useTranslation();
  const [limits, setLimits] = useState<Limits>({ maxGrowth: scenario.guideline.upper, minMedianRaise: 200, nobodyLoses: true, minLowGradeRaise: 100 });
  const [zone, setZone] = useState<EngineResult<'zone'> | null>(null);
  const [busy, setBusy] = useState(false);
  const [offers, setOffers] = useState<[number, number]>([0, Math.min(1, schemes.length - 1)]);
  const range: [number, number] = [Math.round(currentBill * 0.9), Math.round(currentBill * 1.12)];
  const offerPoint = (k: number) => {
    const s = schemes[k];
    return s && s.mode === 'pool' && s.annualPool !== null ? { pool: s.annualPool, skill: s.weights.skill } : null;
  };
  const a = offerPoint(offers[0]),
    b = offerPoint(offers[1]);
  const mid = a && b ? splitTheDifference(a, b) : null;
  const run = async () => {
    setBusy(true);
    try {
      setZone(await client.zone({ ...scenario, mode: 'pool' }, limits, range, 15));
    } finally {
      setBusy(false);
    }
  };
  const w = (x: number) => x / 1e4;
  return (
    <div className="zone">
      <h3>{t('bargain.zone')}</h3>
      <div className="grid8">
        <label className="field">
          <span>{t('bargain.maxGrowth')}</span>
          <input type="number" step={0.5} value={limits.maxGrowth * 100} onChange={(e) => setLimits({ ...limits, maxGrowth: e.target.valueAsNumber / 100 })} />
        </label>
        <label className="field">
          <span>{t('bargain.minMedianRaise')}</span>
          <input type="number" step={10} value={limits.minMedianRaise} onChange={(e) => setLimits({ ...limits, minMedianRaise: e.target.valueAsNumber })} />
        </label>
        <label className="field">
          <span>{t('bargain.minLowGradeRaise')}</span>
          <input type="number" step={10} value={limits.minLowGradeRaise} onChange={(e) => setLimits({ ...limits, minLowGradeRaise: e.target.valueAsNumber })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={limits.nobodyLoses} onChange={(e) => setLimits({ ...limits, nobodyLoses: e.target.checked })} />
          {t('bargain.nobodyLoses')}
        </label>
        <label className="check">
          <input type="checkbox" checked={limits.floorsMet ?? false} onChange={(e) => setLimits({ ...limits, floorsMet: e.target.checked })} />
          {t('bargain.floorsMet')}
        </label>
        {[0, 1].map((k) => (
          <label className="field" key={k}>
            <span>{t(k === 0 ? 'bargain.unionOffer' : 'bargain.mgmtOffer')}</span>
            <select value={offers[k]} onChange={(e) => setOffers(k === 0 ? [Number(e.target.value), offers[1]] : [offers[0], Number(e.target.value)])}>
              {schemes.map((s, j) => (
                <option key={j} value={j}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button onClick={() => void run()} disabled={busy} data-testid="run-zone">
        {t('bargain.findZone')}
      </button>
      {zone && (
        <>
          <ResponsiveContainer width="100%" height={300}>
            <ScatterChart>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" dataKey="x" name={t('bargain.poolAxis')} domain={[w(range[0]), w(range[1])]} tickFormatter={(x) => num(Number(x))} />
              <YAxis type="number" dataKey="y" name={t('scheme.skill')} domain={[0, 1]} tickFormatter={(x) => pct(Number(x), 0)} width={50} />
              <ZAxis range={[40, 40]} />
              <Tooltip formatter={(v, n) => (n === t('scheme.skill') ? pct(Number(v)) : num(Number(v)))} />
              <Legend />
              <Scatter name={t('bargain.inZone')} data={zone.cells.filter((c) => c.ok).map((c) => ({ x: w(c.pool), y: c.skill }))} fill={COLORS.gain} shape="square" isAnimationActive={false} />
              <Scatter name={t('bargain.outZone')} data={zone.cells.filter((c) => !c.ok).map((c) => ({ x: w(c.pool), y: c.skill }))} fill="#dddddd" shape="square" isAnimationActive={false} />
              {zone.nash && <Scatter name={t('bargain.nash')} data={[{ x: w(zone.nash.pool), y: zone.nash.skill }]} fill={COLORS.lose} shape="star" isAnimationActive={false} />}
              {mid && <Scatter name={t('bargain.split')} data={[{ x: w(mid.pool), y: mid.skill }]} fill="#000" shape="diamond" isAnimationActive={false} />}
              {a && <Scatter name={schemes[offers[0]]!.name} data={[{ x: w(a.pool), y: a.skill }]} fill={COLORS.proposed} shape="triangle" isAnimationActive={false} />}
              {b && <Scatter name={schemes[offers[1]]!.name} data={[{ x: w(b.pool), y: b.skill }]} fill={COLORS.accent} shape="triangle" isAnimationActive={false} />}
            </ScatterChart>
          </ResponsiveContainer>
          <p data-testid="nash">
            {zone.nash
              ? t('bargain.nashAt', { pool: wan(zone.nash.pool), skill: pct(zone.nash.skill), growth: pct(zone.nash.growth, 2), raise: num(zone.nash.medianRaise) })
              : t('bargain.noZone')}
          </p>
          <small className="note">{t('bargain.zoneNote')}</small>
        </>
      )}
    </div>
  );
}

function Costing({ currentBill, lang }: { currentBill: number; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const [years, setYears] = useState(2);
  const [onCost, setOnCost] = useState(0.33);
  const [tranches, setTranches] = useState<Tranche[]>([
    { year: 1, month: 1, percent: 0.03 },
    { year: 1, month: 7, percent: 0.02 },
    { year: 2, month: 1, percent: 0.03 },
  ]);
  const c = contractCost(currentBill, tranches.filter((x) => x.year <= years), years, onCost);
  const set = (k: number, patch: Partial<Tranche>) => setTranches(tranches.map((x, j) => (j === k ? { ...x, ...patch } : x)));
  return (
    <div className="costing">
      <h3>{t('bargain.costing')}</h3>
      <div className="row">
        <label className="field">
          <span>{t('bargain.years')}</span>
          <select value={years} onChange={(e) => setYears(Number(e.target.value))}>
            {[1, 2, 3].map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('bargain.onCost')}</span>
          <input type="number" step={1} value={Math.round(onCost * 1000) / 10} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setOnCost(e.target.valueAsNumber / 100)} />
        </label>
      </div>
      <table className="paytable">
        <thead>
          <tr>
            <th>{t('bargain.tranche')}</th>
            <th>{t('bargain.year')}</th>
            <th>{t('bargain.month')}</th>
            <th>%</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tranches.map((x, k) => (
            <tr key={k}>
              <td>{k + 1}</td>
              <td>
                <input className="small" type="number" min={1} max={3} value={x.year} onChange={(e) => set(k, { year: Math.max(1, Math.min(3, e.target.valueAsNumber || 1)) })} />
              </td>
              <td>
                <input className="small" type="number" min={1} max={12} value={x.month} onChange={(e) => set(k, { month: Math.max(1, Math.min(12, e.target.valueAsNumber || 1)) })} />
              </td>
              <td>
                <input className="small" type="number" step={0.5} value={Math.round(x.percent * 1000) / 10} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && set(k, { percent: e.target.valueAsNumber / 100 })} />
              </td>
              <td>
                <button className="secondary" onClick={() => setTranches(tranches.filter((_, j) => j !== k))}>
                  −
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button className="secondary" onClick={() => setTranches([...tranches, { year: 1, month: 1, percent: 0.01 }])}>
        + {t('bargain.tranche')}
      </button>
      <table className="paytable" data-testid="costing">
        <thead>
          <tr>
            <th>{t('bargain.year')}</th>
            <th>{t('bargain.wages')}</th>
            <th>{t('bargain.increase')}</th>
            <th>{t('bargain.onCosts')}</th>
            <th>{t('bargain.total')}</th>
          </tr>
        </thead>
        <tbody>
          {c.byYear.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              <td>{wan(y.wages, lang)}</td>
              <td>{signed(y.increase, (v) => wan(v, lang))}</td>
              <td>{wan(y.onCosts, lang)}</td>
              <td>{wan(y.total, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('bargain.headline', { v: wan(c.headlineAnnual, lang) })} · <strong>{t('bargain.life', { v: wan(c.lifeCost, lang) })}</strong> · {t('bargain.ifFromStart', { v: wan(c.lifeCostIfAllFromStart, lang) })}
      </p>
      <small className="note">{t('bargain.onCostNote')}</small>
    </div>
  );
}

function Sensitivity({ client, scenario, pool }: { client: EngineClient; scenario: Scenario; pool: number | null }) {
  const { t } = useTranslation();
  const [data, setData] = useState<EngineResult<'tornado'> | null>(null);
  const run = async () => setData(await client.tornado(pool !== null && scenario.annualPool === null ? { ...scenario, annualPool: pool } : scenario));
  const rows = data?.bars.map((b) => ({ name: t(`bargain.params.${b.param}`, { defaultValue: b.param }), low: (b.low.wageBill - data.base.wageBill) / 1e4, high: (b.high.wageBill - data.base.wageBill) / 1e4, lowRaise: b.low.medianRaise, highRaise: b.high.medianRaise }));
  return (
    <div className="sensitivity">
      <h3>{t('bargain.sensitivity')}</h3>
      <button className="secondary" onClick={() => void run()} data-testid="run-tornado">
        {t('bargain.runSensitivity')}
      </button>
      {rows && data && (
        <>
          <ResponsiveContainer width="100%" height={40 + rows.length * 32}>
            <BarChart data={rows} layout="vertical" stackOffset="sign">
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" tickFormatter={(x) => num(Number(x))} />
              <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => `${num(Number(v))} 万元`} />
              <Legend />
              <ReferenceLine x={0} stroke="#000" />
              <Bar dataKey="low" name="−10%" fill={COLORS.band} stackId="t" isAnimationActive={false} />
              <Bar dataKey="high" name="+10%" fill={COLORS.proposed} stackId="t" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
          <table className="paytable" data-testid="tornado">
            <thead>
              <tr>
                <th />
                <th>{t('bargain.billChange')} −10% / +10%</th>
                <th>{t('compare.medianRaise')} −10% / +10%</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.name}>
                  <td>{r.name}</td>
                  <td>
                    {signed(r.low, num)} / {signed(r.high, num)} 万元
                  </td>
                  <td>
                    {num(r.lowRaise)} / {num(r.highRaise)} ({t('bargain.base')} {num(data.base.medianRaise)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
