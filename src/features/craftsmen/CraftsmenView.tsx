/**
 * Master craftsmen (年薪制 / 协议工资制 / 股权激励): choose from the workforce,
 * start from a template, edit the package, and see what it costs, what it is
 * worth, and whether an equity grant breaks the listed-company rules.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ComposedChart, ErrorBar, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CraftsmanDetail } from '../../../models/craftsmen/craftsmen';
import { LEVELS, type Level } from '../../../models/types';
import type { CraftsmanPackage, EquityGrant } from '../../../models/pay/scenario';
import { list, num, pct, type Lang } from '../../lib/format';
import { COLORS } from '../../ui/colors';
import { Staggered } from '../../ui/ChartCard';
import { DataTable } from '../../ui/DataTable';
import { NumberField } from '../../ui/NumberField';
import { ProgressBar } from '../../ui/ProgressBar';
import type { Scenario } from '../../../models/pay/scenario';
import { useCraftsmenPanel, usePackageCard } from './useCraftsmen';

export const CraftsmenView = memo(function CraftsmenView() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const m = useCraftsmenPanel();
  if (!m) return null;
  return (
    <section className="card wide craftsmen" aria-label={t('craft.title')} data-testid="craftsmen">
      <h2>{t('craft.title')}</h2>
      <div className="row">
        <label className="field">
          <span>{t('craft.minLevel')}</span>
          <select value={m.minLevel} onChange={(e) => m.setMinLevel(Number(e.target.value))}>
            {LEVELS.slice(4).map((l, k) => (
              <option key={l} value={k + 4}>
                {t(`levels.${l}`)}+
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('worker.search')}</span>
          <input type="search" value={m.query} onChange={(e) => m.setQuery(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('craft.template')}</span>
          <select value={m.template} onChange={(e) => m.setTemplate(e.target.value as typeof m.template)} data-testid="craft-template">
            {m.templates.map((k) => (
              <option key={k} value={k}>
                {t(`craft.templates.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <NumberField label={t('craft.sharesOutstanding')} value={m.sharesOutstanding} min={0} minExclusive step={1_000_000} decimals={0} unit={t('units.shares')} onCommit={m.setSharesOutstanding} testId="shares-outstanding" />
      </div>
      <ul className="matches">
        {m.candidates.map((c) => (
          <li key={c.id}>
            <button className="link" data-testid="craft-candidate" onClick={() => m.add(c)}>
              + {c.id} {c.name} · {t(`levels.${LEVELS[c.level]}`)} · {t('scheme.innovation')} {c.innovation} · {num(c.monthlyPay)} {t('charts.monthly')}
            </button>
          </li>
        ))}
      </ul>
      {m.setAside.length > 0 && (
        <p className="notice warn" data-testid="craft-set-aside">
          {t('craft.setAside', { ids: list(m.setAside.map((c) => c.id), lang) })}
        </p>
      )}
      {m.error && <p className="errors" role="alert">{m.error}</p>}
      {m.planWarnings.length > 0 && (
        <ul className="rule-warnings" role="alert">
          {m.planWarnings.map((w) => (
            <li key={w.rule} data-testid="rule-warning">
              {t('craft.planWide')}: {pct(w.value, 2)} — {w.text[lang]}
            </li>
          ))}
        </ul>
      )}
      {m.cards.map(({ pkg, detail }) => (
        <PackageCard key={pkg.id} pkg={pkg} detail={detail} performance={m.performance} />
      ))}
    </section>
  );
});

/** A card redraws only when its package, the engine's answer about it, or the rating coefficients change. */
const PackageCard = memo(function PackageCard({ pkg, detail, performance }: { pkg: CraftsmanPackage; detail: CraftsmanDetail | null; performance: Scenario['performanceCoefficients'] }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const card = usePackageCard(pkg, detail, performance);
  const e = pkg.equity;
  // Each edit is built on the package as the workspace holds it when it lands, so two fields committed at once both stay.
  const setSalary = (patch: Partial<NonNullable<CraftsmanPackage['annualSalary']>>, field: string) => card.update(pkg.id, (p) => (p.annualSalary ? { ...p, annualSalary: { ...p.annualSalary, ...patch } } : p), field);
  const setAgreement = (patch: Partial<NonNullable<CraftsmanPackage['agreement']>>, field: string) => card.update(pkg.id, (p) => (p.agreement ? { ...p, agreement: { ...p.agreement, ...patch } } : p), field);
  const setEquity = (patch: Partial<EquityGrant>, field: string) => card.update(pkg.id, (p) => (p.equity ? { ...p, equity: { ...p.equity, ...patch } } : p), field);
  const years = card.years.map((y) => ({ ...y, name: t('charts.year', { y: y.year }), err: [y.equityMean - y.equityP5, y.equityP95 - y.equityMean] as [number, number] }));
  const level = detail ? (LEVELS[detail.level] as Level) : null;
  const res = detail?.result;
  const mc = card.mc;
  const a = pkg.annualSalary;
  const g = pkg.agreement;
  return (
    <article className="package" data-testid="package-card">
      <div className="row">
        <h3>
          {pkg.id} {detail?.name} {level && `· ${t(`levels.${level}`)}`} · {t(`craft.schemes.${pkg.scheme}`)}
        </h3>
        <button className="secondary" onClick={() => card.remove(pkg.id)}>
          {t('actions.remove')}
        </button>
      </div>
      <p className="note">
        {t('craft.current')} {detail ? num(detail.currentAnnual) : '…'} · {t('craft.cashYear1')} <strong data-testid="cash-year1">{res ? num(res.cashYear1) : '…'}</strong>
        {res?.equity && (
          <>
            {' '}
            · {t('craft.fairValue')} <strong data-testid="fair-value">{num(res.equity.fairValue)}</strong> ({res.equity.perUnit.toFixed(2)} / {t('craft.unit')})
            {detail?.dilution !== null && detail?.dilution !== undefined && ` · ${t('craft.dilution')} ${pct(detail.dilution, 3)}`}
          </>
        )}
      </p>
      {detail?.belowManager && (
        <p className="warn-text" role="alert" data-testid="below-manager">
          {t('craft.belowManager')}
        </p>
      )}
      {card.warnings.map((w) => (
        <p key={w.rule} className="warn-text" role="alert" data-testid="rule-warning">
          ⚠ {w.rule === 'person-1pct' ? pct(w.value, 2) : w.rule.includes('price') ? pct(w.value, 1) : `${w.value}`} — {w.text[lang]}
        </p>
      ))}
      <div className="grid8">
        {pkg.scheme === 'annual-salary' && a && (
          <>
            <NumberField label={t('craft.base')} value={a.base} step={1000} min={0} plausible={card.plausibleAnnual} unit={t('units.yuanYear')} onCommit={(v) => setSalary({ base: v }, 'base')} />
            <NumberField label={t('craft.perfTarget')} value={a.performanceTarget} step={1000} min={0} unit={t('units.yuanYear')} onCommit={(v) => setSalary({ performanceTarget: v }, 'perfTarget')} />
            <NumberField label={t('craft.deferredShare')} value={a.deferredShare} scale={100} decimals={1} step={5} min={0} max={100} unit="%" onCommit={(v) => setSalary({ deferredShare: v }, 'deferredShare')} />
            <NumberField label={t('craft.deferralYears')} value={a.deferralYears} step={1} min={0} max={10} integer unit={t('units.years')} onCommit={(v) => setSalary({ deferralYears: v }, 'deferralYears')} />
          </>
        )}
        {pkg.scheme === 'agreement' && g && (
          <>
            <NumberField label={t('craft.agreed')} value={g.agreedAnnual} step={1000} min={0} plausible={card.plausibleAnnual} unit={t('units.yuanYear')} onCommit={(v) => setAgreement({ agreedAnnual: v }, 'agreed')} />
            <NumberField label={t('craft.manager')} value={g.managerBenchmark} step={1000} min={0} unit={t('units.yuanYear')} onCommit={(v) => setAgreement({ managerBenchmark: v }, 'manager')} testId="manager-benchmark" />
            {(['marketP50', 'marketP75', 'marketP90'] as const).map((k) => (
              <NumberField key={k} label={`${t('craft.market')} ${k.slice(6)}`} value={g[k]} step={1000} min={0} unit={t('units.yuanYear')} onCommit={(v) => setAgreement({ [k]: v }, k)} />
            ))}
          </>
        )}
        {e && (
          <>
            <NumberField label={t('craft.shares')} value={e.shares} step={1000} min={0} minExclusive unit={t('units.shares')} onCommit={(v) => setEquity({ shares: v }, 'shares')} testId="equity-shares" />
            <NumberField label={t('craft.spot')} value={e.spot} step={0.5} min={0} minExclusive decimals={2} unit={t('units.yuan')} onCommit={(v) => setEquity({ spot: v }, 'spot')} />
            <NumberField label={t('craft.reference')} value={e.referencePrice ?? e.spot} step={0.5} min={0} minExclusive decimals={2} unit={t('units.yuan')} onCommit={(v) => setEquity({ referencePrice: v }, 'reference')} />
            {e.kind === 'option' ? (
              <NumberField label={t('craft.strike')} value={e.strike} step={0.5} min={0} minExclusive decimals={2} unit={t('units.yuan')} onCommit={(v) => setEquity({ strike: v }, 'strike')} testId="equity-strike" />
            ) : (
              <NumberField label={t('craft.grantPrice')} value={e.grantPrice} step={0.5} min={0} decimals={2} unit={t('units.yuan')} onCommit={(v) => setEquity({ grantPrice: v }, 'grantPrice')} testId="equity-grant-price" />
            )}
            <NumberField label={t('craft.volatility')} value={e.volatility} scale={100} decimals={1} step={5} min={0} max={500} unit="%" onCommit={(v) => setEquity({ volatility: v }, 'volatility')} />
            <NumberField label={t('craft.expiry')} value={e.expiryYears} step={1} min={0} minExclusive max={50} unit={t('units.years')} onCommit={(v) => setEquity({ expiryYears: v }, 'expiry')} />
          </>
        )}
      </div>
      <div className="charts">
        <figure className="card">
          <figcaption>
            {t('craft.byYear')} · {t('units.yuan')}
          </figcaption>
          <Staggered delay={40} height={230} render={() => (
            <ResponsiveContainer width="100%" height={230}>
              <ComposedChart data={years}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" tick={{ fontSize: 12 }} />
                <YAxis width={70} tick={{ fontSize: 12 }} tickFormatter={(x) => num(Number(x))} />
                <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x) => num(Number(x))).join(' – ') : num(Number(v)))} />
                <Legend itemSorter={null} />
                <Bar dataKey="cash" stackId="p" name={t('craft.cash')} fill={COLORS.proposed} isAnimationActive={false} />
                <Bar dataKey="deferred" stackId="p" name={t('craft.deferred')} fill={COLORS.band} isAnimationActive={false} />
                <Bar dataKey="equityMean" stackId="p" name={t('craft.equityMean')} fill={COLORS.accent} isAnimationActive={false}>
                  <ErrorBar dataKey="err" width={6} stroke="#000" />
                </Bar>
              </ComposedChart>
            </ResponsiveContainer>
          )} />
          {e && !mc && <small>{t('craft.runForEquity')}</small>}
        </figure>
        {pkg.scheme === 'annual-salary' && detail && (
          <figure className="card">
            <figcaption>{t('craft.ratingEffect')}</figcaption>
            <DataTable label={t('craft.ratingEffect')}
              rows={detail.ratingEffect}
              rowKey={(r) => r.rating}
              rowClassName={(r) => (r.rating === detail.rating ? 'active' : undefined)}
              columns={[
                { key: 'rating', header: t('craft.rating'), cell: (r) => t(`ratings.${r.rating}`), align: 'left' },
                { key: 'cash', header: t('craft.cashYear1'), cell: (r) => num(r.cashYear1) },
                { key: 'total', header: t('craft.total'), cell: (r) => num(r.total) },
              ]}
            />
          </figure>
        )}
        {pkg.scheme === 'agreement' && g && (
          <figure className="card" data-testid="agreement-band">
            <figcaption>{t('craft.band')}</figcaption>
            <Staggered delay={80} height={170} render={() => (
              <ResponsiveContainer width="100%" height={170}>
                <BarChart layout="vertical" data={[{ name: t('craft.market'), p50: g.marketP50 ?? 0, p75: (g.marketP75 ?? 0) - (g.marketP50 ?? 0), p90: (g.marketP90 ?? 0) - (g.marketP75 ?? 0) }]} margin={{ top: 24, right: 24, bottom: 8, left: 0 }}>
                  <XAxis type="number" tickFormatter={(x) => num(Number(x))} tick={{ fontSize: 12 }} />
                  <YAxis type="category" dataKey="name" width={60} />
                  <Bar dataKey="p50" stackId="m" name="≤ P50" fill="#dddddd" isAnimationActive={false} />
                  <Bar dataKey="p75" stackId="m" name="P50–P75" fill="#bbbbbb" isAnimationActive={false} />
                  <Bar dataKey="p90" stackId="m" name="P75–P90" fill="#999999" isAnimationActive={false} />
                  <ReferenceLine x={g.agreedAnnual} stroke={COLORS.proposed} strokeWidth={3} label={{ value: t('craft.agreed'), position: 'top', fontSize: 11 }} />
                  {g.managerBenchmark !== undefined && <ReferenceLine x={g.managerBenchmark} stroke={COLORS.lose} strokeDasharray="4 4" label={{ value: t('craft.manager'), position: 'insideBottomRight', fontSize: 11 }} />}
                  <Legend itemSorter={null} />
                </BarChart>
              </ResponsiveContainer>
            )} />
          </figure>
        )}
        {e && detail?.sensitivity && res?.equity && (
          <figure className="card" data-testid="equity-card">
            <figcaption>
              {t('craft.equity')} · {t(`craft.kinds.${e.kind}`)}
            </figcaption>
            <DataTable label={t('craft.vestingTable')}
              testId="vesting-table"
              rows={card.vesting}
              rowKey={(r) => r.year}
              columns={[
                { key: 'year', header: t('craft.vestYear'), cell: (r) => t('charts.year', { y: r.year }), align: 'left' },
                { key: 'fraction', header: t('craft.fraction'), cell: (r) => (r.fraction ? pct(r.fraction, 0) : '—') },
                { key: 'expense', header: t('craft.expense'), cell: (r) => num(r.expense) },
                { key: 'atVest', header: t('craft.valueAtVest'), cell: (r) => (r.atVest ? `${num(r.atVest.mean)} (${num(r.atVest.p5)}–${num(r.atVest.p95)})` : '—') },
              ]}
            />
            <div className="row sensitivity-pair">
              <div style={{ width: '48%' }}>
              <Staggered delay={120} height={150} render={() => (
                <ResponsiveContainer width="100%" height={150}>
                  <LineChart data={detail.sensitivity!.vol}>
                    <XAxis dataKey="x" tickFormatter={(x) => pct(Number(x), 0)} tick={{ fontSize: 11 }} />
                    <YAxis width={50} tick={{ fontSize: 11 }} />
                    <Tooltip formatter={(v) => Number(v).toFixed(2)} labelFormatter={(x) => `${t('craft.volatility')} ${pct(Number(x), 0)}`} />
                    <Line dataKey="value" name={t('craft.perUnitValue')} stroke={COLORS.proposed} dot={false} isAnimationActive={false} />
                  </LineChart>
                </ResponsiveContainer>
              )} />
              </div>
              <div style={{ width: '48%' }}>
              <Staggered delay={160} height={150} render={() => (
                <ResponsiveContainer width="100%" height={150}>
                  <LineChart data={detail.sensitivity!.spot}>
                    <XAxis dataKey="x" tick={{ fontSize: 11 }} />
                    <YAxis width={50} tick={{ fontSize: 11 }} />
                    <Tooltip formatter={(v) => Number(v).toFixed(2)} labelFormatter={(x) => `${t('craft.spot')} ${x}`} />
                    <Line dataKey="value" name={t('craft.perUnitValue')} stroke={COLORS.accent} dot={false} isAnimationActive={false} />
                  </LineChart>
                </ResponsiveContainer>
              )} />
              </div>
            </div>
            <small>{t('craft.sensitivity')}</small>
            <div className="row">
              <button onClick={card.sim.run} disabled={card.sim.status === 'running'} data-testid="run-equity-mc">
                {t('craft.simulate', { paths: num(card.paths) })}
              </button>
              {card.sim.status === 'running' && <ProgressBar progress={card.sim.progress} onCancel={card.sim.cancel} />}
              {card.sim.error && <span className="warn-text">{card.sim.error}</span>}
            </div>
            {mc && (
              <div data-testid="equity-mc">
                <p>
                  P5 {num(mc.p5)} · P50 {num(mc.p50)} · P95 {num(mc.p95)} · {t(e?.kind === 'restricted' ? 'craft.underwaterRestricted' : 'craft.underwater')} {pct(mc.probUnderwater)} · {t('craft.meanPv')} <span data-testid="equity-pv">{num(mc.presentValue)}</span> ± {num(mc.presentValueStderr)}
                  {mc.closedForm !== null && ` · ${t('craft.closedForm')} ${num(mc.closedForm)}`}
                </p>
                <small className="note">{t(e?.kind === 'restricted' ? 'craft.mcMeansRestricted' : 'craft.mcMeansOption')}</small>
                <Staggered delay={200} height={170} render={() => (
                  <ResponsiveContainer width="100%" height={170}>
                    <BarChart data={mc.histogram.map((b) => ({ x: num(b.from), count: b.count }))} barCategoryGap={1}>
                      <XAxis dataKey="x" tick={{ fontSize: 10 }} />
                      <YAxis width={45} tick={{ fontSize: 11 }} />
                      <Tooltip />
                      <Bar dataKey="count" name={t('craft.paths')} fill={COLORS.accent} isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                )} />
              </div>
            )}
          </figure>
        )}
      </div>
    </article>
  );
});
