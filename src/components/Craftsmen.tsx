/**
 * Master craftsmen (年薪制 / 协议工资制 / 股权激励): choose from the workforce,
 * start from a template, edit the package, and see what it costs, what it is
 * worth, and whether an equity grant breaks the listed-company rules.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ComposedChart, ErrorBar, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { packageByYear, ratingEffect } from '../../models/craftsmen';
import { blackScholesCall } from '../../models/equity';
import type { EquityMonteCarlo } from '../../models/equityMc';
import { dilution, equityRuleWarnings, RULE_TEXT } from '../../models/equityRules';
import type { CraftsmanPackage, EquityGrant, Scenario } from '../../models/scenario';
import { LEVELS, RATINGS, type Workforce } from '../../models/types';
import { indexOfId } from '../../models/workforce';
import type { ComputeResult } from '../../workers/protocol';
import type { EngineClient } from '../engine/client';
import { num, pct } from '../lib/format';
import { NumberField } from './NumberField';
import { COLORS } from './Results';

type Template = 'chief-annual' | 'agreement-restricted' | 'annual-option';

const VEST = [
  { years: 1, fraction: 0.4 },
  { years: 2, fraction: 0.3 },
  { years: 3, fraction: 0.3 },
];

/** Sensible, editable starting points, scaled to the worker's current pay. */
export function fromTemplate(template: Template, id: string, currentAnnual: number): CraftsmanPackage {
  const round = (x: number) => Math.round(x / 1000) * 1000;
  if (template === 'agreement-restricted') {
    return {
      id,
      scheme: 'agreement',
      agreement: { agreedAnnual: round(currentAnnual * 1.25), marketP50: round(currentAnnual * 1.1), marketP75: round(currentAnnual * 1.3), marketP90: round(currentAnnual * 1.6), managerBenchmark: round(currentAnnual * 1.4) },
      equity: { kind: 'restricted', shares: 10000, spot: 20, grantPrice: 10, referencePrice: 20, volatility: 0.35, riskFree: 0.02, dividendYield: 0.01, expiryYears: 3, vesting: VEST },
    };
  }
  const annualSalary = { base: round(Math.max(currentAnnual * 1.2, 180000)), performanceTarget: round(Math.max(currentAnnual * 0.3, 50000)), deferredShare: 0.3, deferralYears: 2 };
  if (template === 'annual-option') {
    return { id, scheme: 'annual-salary', annualSalary, equity: { kind: 'option', shares: 20000, spot: 20, strike: 20, referencePrice: 20, volatility: 0.35, riskFree: 0.02, dividendYield: 0.01, expiryYears: 5, vesting: VEST } };
  }
  return { id, scheme: 'annual-salary', annualSalary };
}

interface Props {
  client: EngineClient;
  workforce: Workforce;
  scenario: Scenario;
  result: ComputeResult | null;
  onChange: (s: Scenario) => void;
}

export function CraftsmenPanel({ client, workforce, scenario, result, onChange }: Props) {
  const { t } = useTranslation();
  const [minLevel, setMinLevel] = useState(5);
  const [query, setQuery] = useState('');
  const [template, setTemplate] = useState<Template>('chief-annual');
  const candidates = useMemo(() => {
    const taken = new Set(scenario.craftsmen.map((c) => c.id));
    const out: number[] = [];
    for (let i = 0; i < workforce.size; i++) {
      if (workforce.level[i]! < minLevel || taken.has(workforce.id[i]!)) continue;
      if (query && !workforce.id[i]!.includes(query) && !workforce.name[i]!.includes(query)) continue;
      out.push(i);
    }
    return out.sort((a, b) => workforce.innovation[b]! - workforce.innovation[a]! || workforce.level[b]! - workforce.level[a]!).slice(0, 8);
  }, [workforce, minLevel, query, scenario.craftsmen]);
  const warnings = equityRuleWarnings(scenario);
  const setPackages = (craftsmen: CraftsmanPackage[]) => onChange({ ...scenario, craftsmen });
  const plan = scenario.equityPlan;
  return (
    <section className="card wide craftsmen" aria-label={t('craft.title')} data-testid="craftsmen">
      <h2>{t('craft.title')}</h2>
      <div className="row">
        <label className="field">
          <span>{t('craft.minLevel')}</span>
          <select value={minLevel} onChange={(e) => setMinLevel(Number(e.target.value))}>
            {LEVELS.slice(4).map((l, k) => (
              <option key={l} value={k + 4}>
                {t(`levels.${l}`)}+
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('worker.search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('craft.template')}</span>
          <select value={template} onChange={(e) => setTemplate(e.target.value as Template)} data-testid="craft-template">
            {(['chief-annual', 'agreement-restricted', 'annual-option'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`craft.templates.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('craft.sharesOutstanding')}</span>
          <input
            type="number"
            value={plan?.sharesOutstanding ?? ''}
            data-testid="shares-outstanding"
            onChange={(e) => {
              const v = e.target.valueAsNumber;
              onChange({ ...scenario, equityPlan: Number.isFinite(v) && v > 0 ? { sharesOutstanding: v, existingPlanShares: plan?.existingPlanShares ?? 0 } : undefined });
            }}
          />
        </label>
      </div>
      <ul className="matches">
        {candidates.map((i) => (
          <li key={i}>
            <button className="link" data-testid="craft-candidate" onClick={() => setPackages([...scenario.craftsmen, fromTemplate(template, workforce.id[i]!, 12 * workforce.monthlyPay[i]!)])}>
              + {workforce.id[i]} {workforce.name[i]} · {t(`levels.L${workforce.level[i]! + 1}`)} · {t('scheme.innovation')} {workforce.innovation[i]} · {num(workforce.monthlyPay[i]!)} {t('charts.monthly')}
            </button>
          </li>
        ))}
      </ul>
      {warnings.some((w) => !w.id) && (
        <ul className="rule-warnings" role="alert">
          {warnings
            .filter((w) => !w.id)
            .map((w) => (
              <li key={w.rule} data-testid="rule-warning">
                {t('craft.planWide')}: {pct(w.value, 2)} — {RULE_TEXT[w.rule].zh}
              </li>
            ))}
        </ul>
      )}
      {scenario.craftsmen.map((pkg, k) => (
        <PackageCard
          key={pkg.id}
          pkg={pkg}
          workforce={workforce}
          scenario={scenario}
          result={result}
          client={client}
          warnings={warnings.filter((w) => w.id === pkg.id)}
          onChange={(next) => setPackages(scenario.craftsmen.map((c, j) => (j === k ? next : c)))}
          onRemove={() => setPackages(scenario.craftsmen.filter((_, j) => j !== k))}
        />
      ))}
    </section>
  );
}

function PackageCard({ pkg, workforce, scenario, result, client, warnings, onChange, onRemove }: { pkg: CraftsmanPackage; workforce: Workforce; scenario: Scenario; result: ComputeResult | null; client: EngineClient; warnings: ReturnType<typeof equityRuleWarnings>; onChange: (p: CraftsmanPackage) => void; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const i = indexOfId(workforce, pkg.id);
  // A simulation belongs to the grant it was run on: change the grant and it is gone, never shown stale.
  const [sim, setSim] = useState<{ key: string; mc: EquityMonteCarlo } | null>(null);
  const grantKey = JSON.stringify(pkg.equity ?? null);
  const mc = sim?.key === grantKey ? sim.mc : null;
  const [running, setRunning] = useState(false);
  if (i < 0) return null;
  const level = workforce.level[i]!;
  const rating = RATINGS[workforce.rating[i]!]!;
  const current = 12 * workforce.monthlyPay[i]!;
  const res = result?.craftsmen.find((c) => c.id === pkg.id);
  const e = pkg.equity;
  const setEquity = (patch: Partial<EquityGrant>) => e && onChange({ ...pkg, equity: { ...e, ...patch } });
  const years = packageByYear(pkg, rating, scenario, 5, mc?.atVesting ?? []).map((y) => ({ ...y, name: t('charts.year', { y: y.year }), band: [y.equityP5, y.equityP95] as [number, number], err: [y.equityMean - y.equityP5, y.equityP95 - y.equityMean] as [number, number] }));
  const belowManager = pkg.scheme === 'agreement' && level >= 6 && pkg.agreement?.managerBenchmark !== undefined && pkg.agreement.agreedAnnual < pkg.agreement.managerBenchmark;
  const sens = e ? sensitivity(e) : null;
  const runMc = async () => {
    if (!e) return;
    setRunning(true);
    try {
      setSim({ key: grantKey, mc: await client.equityMonteCarlo(e, 20000, 1) });
    } finally {
      setRunning(false);
    }
  };
  return (
    <article className="package" data-testid="package-card">
      <div className="row">
        <h3>
          {pkg.id} {workforce.name[i]} · {t(`levels.L${level + 1}`)} · {t(`craft.schemes.${pkg.scheme}`)}
        </h3>
        <button className="secondary" onClick={onRemove}>
          {t('actions.remove')}
        </button>
      </div>
      <p className="note">
        {t('craft.current')} {num(current)} · {t('craft.cashYear1')} <strong data-testid="cash-year1">{res ? num(res.cashYear1) : '…'}</strong>
        {res?.equity && (
          <>
            {' '}
            · {t('craft.fairValue')} <strong data-testid="fair-value">{num(res.equity.fairValue)}</strong> ({num(res.equity.perUnit)} / {t('craft.unit')})
            {scenario.equityPlan && ` · ${t('craft.dilution')} ${pct(dilution(res.equity.shares, scenario.equityPlan.sharesOutstanding), 3)}`}
          </>
        )}
      </p>
      {belowManager && (
        <p className="warn-text" role="alert" data-testid="below-manager">
          {t('craft.belowManager')}
        </p>
      )}
      {warnings.map((w) => (
        <p key={w.rule} className="warn-text" role="alert" data-testid="rule-warning">
          ⚠ {w.rule === 'person-1pct' ? pct(w.value, 2) : w.rule.includes('price') ? pct(w.value, 1) : `${w.value}`} — {RULE_TEXT[w.rule][lang]}
        </p>
      ))}
      <div className="grid8">
        {pkg.scheme === 'annual-salary' && pkg.annualSalary && (
          <>
            <NumberField label={t('craft.base')} value={pkg.annualSalary.base} step={1000} onChange={(v) => onChange({ ...pkg, annualSalary: { ...pkg.annualSalary!, base: v } })} />
            <NumberField label={t('craft.perfTarget')} value={pkg.annualSalary.performanceTarget} step={1000} onChange={(v) => onChange({ ...pkg, annualSalary: { ...pkg.annualSalary!, performanceTarget: v } })} />
            <NumberField label={t('craft.deferredShare')} value={pkg.annualSalary.deferredShare * 100} step={5} onChange={(v) => onChange({ ...pkg, annualSalary: { ...pkg.annualSalary!, deferredShare: Math.min(1, Math.max(0, v / 100)) } })} />
            <NumberField label={t('craft.deferralYears')} value={pkg.annualSalary.deferralYears} onChange={(v) => onChange({ ...pkg, annualSalary: { ...pkg.annualSalary!, deferralYears: Math.max(0, Math.min(10, Math.round(v))) } })} />
          </>
        )}
        {pkg.scheme === 'agreement' && pkg.agreement && (
          <>
            <NumberField label={t('craft.agreed')} value={pkg.agreement.agreedAnnual} step={1000} onChange={(v) => onChange({ ...pkg, agreement: { ...pkg.agreement!, agreedAnnual: v } })} />
            <NumberField label={t('craft.manager')} value={pkg.agreement.managerBenchmark} step={1000} onChange={(v) => onChange({ ...pkg, agreement: { ...pkg.agreement!, managerBenchmark: v } })} testId="manager-benchmark" />
            {(['marketP50', 'marketP75', 'marketP90'] as const).map((k) => (
              <NumberField key={k} label={k.replace('market', t('craft.market') + ' ')} value={pkg.agreement![k]} step={1000} onChange={(v) => onChange({ ...pkg, agreement: { ...pkg.agreement!, [k]: v } })} />
            ))}
          </>
        )}
        {e && (
          <>
            <NumberField label={t('craft.shares')} value={e.shares} step={1000} onChange={(v) => v > 0 && setEquity({ shares: v })} testId="equity-shares" />
            <NumberField label={t('craft.spot')} value={e.spot} step={0.5} onChange={(v) => v > 0 && setEquity({ spot: v })} />
            <NumberField label={t('craft.reference')} value={e.referencePrice ?? e.spot} step={0.5} onChange={(v) => v > 0 && setEquity({ referencePrice: v })} />
            {e.kind === 'option' ? (
              <NumberField label={t('craft.strike')} value={e.strike} step={0.5} onChange={(v) => v > 0 && setEquity({ strike: v })} testId="equity-strike" />
            ) : (
              <NumberField label={t('craft.grantPrice')} value={e.grantPrice} step={0.5} onChange={(v) => v >= 0 && setEquity({ grantPrice: v })} testId="equity-grant-price" />
            )}
            <NumberField label={t('craft.volatility')} value={e.volatility * 100} step={5} onChange={(v) => v >= 0 && setEquity({ volatility: v / 100 })} />
            <NumberField label={t('craft.expiry')} value={e.expiryYears} step={1} onChange={(v) => v > 0 && setEquity({ expiryYears: v })} />
          </>
        )}
      </div>
      <div className="charts">
        <figure className="card">
          <figcaption>{t('craft.byYear')} · {lang === 'zh' ? '元' : 'CNY'}</figcaption>
          <ResponsiveContainer width="100%" height={230}>
            <ComposedChart data={years}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" tick={{ fontSize: 12 }} />
              <YAxis width={70} tick={{ fontSize: 12 }} tickFormatter={(x) => num(Number(x))} />
              <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x) => num(Number(x))).join(' – ') : num(Number(v)))} />
              <Legend />
              <Bar dataKey="cash" stackId="p" name={t('craft.cash')} fill={COLORS.proposed} isAnimationActive={false} />
              <Bar dataKey="deferred" stackId="p" name={t('craft.deferred')} fill={COLORS.band} isAnimationActive={false} />
              <Bar dataKey="equityMean" stackId="p" name={t('craft.equityMean')} fill={COLORS.accent} isAnimationActive={false}>
                <ErrorBar dataKey="err" width={6} stroke="#000" />
              </Bar>
            </ComposedChart>
          </ResponsiveContainer>
          {e && !mc && <small>{t('craft.runForEquity')}</small>}
        </figure>
        {pkg.scheme === 'annual-salary' && (
          <figure className="card">
            <figcaption>{t('craft.ratingEffect')}</figcaption>
            <table className="paytable">
              <thead>
                <tr>
                  <th>{t('craft.rating')}</th>
                  <th>{t('craft.cashYear1')}</th>
                  <th>{t('craft.total')}</th>
                </tr>
              </thead>
              <tbody>
                {ratingEffect(pkg, scenario).map((r) => (
                  <tr key={r.rating} className={r.rating === rating ? 'active' : ''}>
                    <td>{r.rating}</td>
                    <td>{num(r.cashYear1)}</td>
                    <td>{num(r.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        )}
        {pkg.scheme === 'agreement' && pkg.agreement && (
          <figure className="card" data-testid="agreement-band">
            <figcaption>{t('craft.band')}</figcaption>
            <ResponsiveContainer width="100%" height={150}>
              <BarChart layout="vertical" data={[{ name: t('craft.market'), p50: pkg.agreement.marketP50 ?? 0, p75: (pkg.agreement.marketP75 ?? 0) - (pkg.agreement.marketP50 ?? 0), p90: (pkg.agreement.marketP90 ?? 0) - (pkg.agreement.marketP75 ?? 0) }]}>
                <XAxis type="number" tickFormatter={(x) => num(Number(x))} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="name" width={60} />
                <Bar dataKey="p50" stackId="m" name="≤ P50" fill="#dddddd" isAnimationActive={false} />
                <Bar dataKey="p75" stackId="m" name="P50–P75" fill="#bbbbbb" isAnimationActive={false} />
                <Bar dataKey="p90" stackId="m" name="P75–P90" fill="#999999" isAnimationActive={false} />
                <ReferenceLine x={pkg.agreement.agreedAnnual} stroke={COLORS.proposed} strokeWidth={3} label={{ value: t('craft.agreed'), position: 'top', fontSize: 11 }} />
                {pkg.agreement.managerBenchmark !== undefined && <ReferenceLine x={pkg.agreement.managerBenchmark} stroke={COLORS.lose} strokeDasharray="4 4" label={{ value: t('craft.manager'), position: 'bottom', fontSize: 11 }} />}
                <Legend />
              </BarChart>
            </ResponsiveContainer>
          </figure>
        )}
        {e && sens && res?.equity && (
          <figure className="card" data-testid="equity-card">
            <figcaption>
              {t('craft.equity')} · {t(`craft.kinds.${e.kind}`)}
            </figcaption>
            <table className="paytable" data-testid="vesting-table">
              <thead>
                <tr>
                  <th>{t('craft.vestYear')}</th>
                  <th>{t('craft.fraction')}</th>
                  <th>{t('craft.expense')}</th>
                  <th>{t('craft.valueAtVest')}</th>
                </tr>
              </thead>
              <tbody>
                {res.equity.expenseByYear.map((x, y) => {
                  const tranche = e.vesting.filter((v) => v.years === y + 1).reduce((a, v) => a + v.fraction, 0);
                  const at = mc?.atVesting.find((v) => v.years === y + 1);
                  return (
                    <tr key={y}>
                      <td>{t('charts.year', { y: y + 1 })}</td>
                      <td>{tranche ? pct(tranche, 0) : '—'}</td>
                      <td>{num(x)}</td>
                      <td>{at ? `${num(at.mean)} (${num(at.p5)}–${num(at.p95)})` : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <div className="row">
              <ResponsiveContainer width="48%" height={150}>
                <LineChart data={sens.vol}>
                  <XAxis dataKey="x" tickFormatter={(x) => pct(Number(x), 0)} tick={{ fontSize: 11 }} />
                  <YAxis width={50} tick={{ fontSize: 11 }} />
                  <Tooltip formatter={(v) => num(Number(v))} labelFormatter={(x) => `${t('craft.volatility')} ${pct(Number(x), 0)}`} />
                  <Line dataKey="value" name={t('craft.perUnitValue')} stroke={COLORS.proposed} dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
              <ResponsiveContainer width="48%" height={150}>
                <LineChart data={sens.spot}>
                  <XAxis dataKey="x" tick={{ fontSize: 11 }} />
                  <YAxis width={50} tick={{ fontSize: 11 }} />
                  <Tooltip formatter={(v) => num(Number(v))} labelFormatter={(x) => `${t('craft.spot')} ${x}`} />
                  <Line dataKey="value" name={t('craft.perUnitValue')} stroke={COLORS.accent} dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
            <small>{t('craft.sensitivity')}</small>
            <div className="row">
              <button onClick={() => void runMc()} disabled={running} data-testid="run-equity-mc">
                {t('craft.simulate')}
              </button>
            </div>
            {mc && (
              <div data-testid="equity-mc">
                <p>
                  P5 {num(mc.p5)} · P50 {num(mc.p50)} · P95 {num(mc.p95)} · {t('craft.underwater')} {pct(mc.probUnderwater)} · {t('craft.meanPv')} {num(mc.presentValue)}
                </p>
                <ResponsiveContainer width="100%" height={170}>
                  <BarChart data={mc.histogram.map((b) => ({ x: num(b.from), count: b.count }))} barCategoryGap={1}>
                    <XAxis dataKey="x" tick={{ fontSize: 10 }} />
                    <YAxis width={45} tick={{ fontSize: 11 }} />
                    <Tooltip />
                    <Bar dataKey="count" name={t('craft.paths')} fill={COLORS.accent} isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            )}
          </figure>
        )}
      </div>
    </article>
  );
}

/** Value of one unit against volatility and against the share price, the other inputs fixed. */
function sensitivity(e: EquityGrant) {
  const at = (spot: number, vol: number) =>
    e.kind === 'restricted' ? Math.max(spot - (e.grantPrice ?? 0), 0) : blackScholesCall({ spot, strike: e.strike ?? e.spot, riskFree: e.riskFree, dividendYield: e.dividendYield, volatility: vol, years: e.expiryYears });
  return {
    vol: Array.from({ length: 16 }, (_, k) => ({ x: k * 0.05, value: at(e.spot, k * 0.05) })),
    spot: Array.from({ length: 16 }, (_, k) => {
      const s = Math.round(e.spot * (0.5 + k / 15) * 100) / 100;
      return { x: s, value: at(s, e.volatility) };
    }),
  };
}
