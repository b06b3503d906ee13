/** The first thing a negotiator reads: the new wage bill, its growth against the guideline, who gains and loses, inequality, top-ups. */
import { memo, useEffect, useState } from 'react';
import type { FigureExplanation, FigureKey } from '../../../models/pay/explainFigures';
import { useTranslation } from 'react-i18next';
import { list, num, pct, signed, wan, yuan, type Lang } from '../../lib/format';
import { useFigureExplanations, useKeyFigures } from './useKeyFigures';

/**
 * Why the bill grows more (or less) than the pool: what the bill holds beside the pool handed out. The last part is
 * what is left (the craftsmen's packages, paid outside the pool), so the parts add up to the bill to the yuan.
 */
function beyondPool(pool: number, s: { wageBill: number; seniority: number; allowances: number; floorTopUp: number; guaranteeTopUp: number; unallocated: number }, craftsmen: boolean, rewards: number, t: (k: string, o?: Record<string, unknown>) => string, lang: Lang): string {
  const handedOut = pool - s.unallocated;
  const rest = s.wageBill - handedOut - s.seniority - s.allowances - s.floorTopUp - s.guaranteeTopUp;
  const parts = [
    [t('figures.partSeniority'), s.seniority],
    [t('figures.partAllowances'), s.allowances],
    [t('figures.partFloor'), s.floorTopUp],
    [t('figures.partGuarantee'), s.guaranteeTopUp],
    [t(craftsmen ? 'figures.partCraftsmen' : 'figures.partOther'), rest],
    [t('figures.partRewards'), rewards],
  ] as const;
  const shown = parts.filter(([, v]) => Math.abs(v) >= 0.5).map(([k, v]) => `${k} ${wan(v, lang)}`);
  return t('figures.beyondPool', { pool: wan(handedOut, lang), parts: shown.length ? shown.join(t('figures.partSep')) : t('figures.nothingElse') });
}

/** A card's 为什么: opens the explanation of that figure under the cards (one at a time). */
function WhyButton({ k, open, set }: { k: FigureKey; open: FigureKey | null; set: (k: FigureKey | null) => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="why-button" aria-expanded={open === k} aria-controls="fig-why" onClick={() => set(open === k ? null : k)} data-testid={`fig-why-${k}`}>
      {t('figures.why')}
    </button>
  );
}

/** The figure's rule in words, the numbers of this scheme that went into it (its parts add up to it) and its source. */
function FigureWhy({ f, current, lang }: { f: FigureExplanation | null; current: boolean; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div id="fig-why" className={`figure-why${current ? '' : ' updating'}`} data-testid="fig-why" role="region" aria-label={t('figures.whyTitle')} aria-busy={!current}>
      {f ? (
        <>
          <p>
            <strong>{f.label[lang]}</strong>
            {lang === 'zh' ? '：' : ': '}
            {f.numbers[lang]}
          </p>
          <p>{f.rule[lang]}</p>
          {f.source && <small className="note">{t('worker.source', { source: f.source[lang] })}</small>}
        </>
      ) : (
        <p>{t('figures.computing')}</p>
      )}
    </div>
  );
}

export const KeyFigures = memo(function KeyFigures() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const { result, bill, current, error, baseline, setAside, schemeName, losses } = useKeyFigures();
  const [why, setWhy] = useState<FigureKey | null>(null);
  const explained = useFigureExplanations(why !== null);
  // The explanation opens under the cards: on a phone that is below the screen, so it is brought into view.
  useEffect(() => {
    if (why) document.getElementById('fig-why')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [why]);
  if (error) {
    return (
      <p className="errors" role="alert" data-testid="engine-error">
        {schemeName}: {error}
      </p>
    );
  }
  if (!result || !baseline || !bill) return <p className="loading">{t('figures.computing')}</p>;
  const s = result.summary;
  const statusClass = bill.status === 'within' ? 'ok' : bill.status === 'above-upper' ? 'warn' : 'low';
  return (
    <>
      {setAside.length > 0 && (
        <p className="figure-note warn-text" data-testid="set-aside">
          ⚠ {t('craft.setAside', { ids: list(setAside.map((c) => c.id), lang) })}
        </p>
      )}
      <div className={`figures${current ? '' : ' updating'}`} data-testid="key-figures" data-fingerprint={result.fingerprint} aria-busy={!current}>
        <div className="figure">
          <span>{t('figures.wageBill')}</span>
          <strong data-testid="fig-wagebill">{wan(bill.bill, lang)}</strong>
          <small>
            {t('figures.vsCurrent', { v: wan(baseline.wageBill, lang) })}
            {result.pool !== null && ` · ${t('figures.pool')} ${wan(result.pool, lang)}`}
          </small>
          <WhyButton k="bill" open={why} set={setWhy} />
          {bill.rewards && (
            <small data-testid="fig-rewards">{t('figures.withRewards', { year: bill.rewards.planYear, rewards: wan(bill.rewards.amount, lang), pay: wan(s.wageBill, lang) })}</small>
          )}
        </div>
        <div className={`figure ${statusClass}`}>
          <span>{t('figures.growth')}</span>
          <strong data-testid="fig-growth">{signed(bill.growth, (x) => pct(x, 2))}</strong>
          <small data-testid="fig-status">{t(`figures.${bill.status}`)}</small>
          {result.pool !== null && <small data-testid="fig-growth-parts">{beyondPool(result.pool, s, result.craftsmen.length > 0, bill.rewards?.amount ?? 0, t, lang)}</small>}
          <WhyButton k="growth" open={why} set={setWhy} />
        </div>
        <div className="figure">
          <span>
            {t('figures.winners')} / {t('figures.losers')}
          </span>
          <strong data-testid="fig-winners">
            {num(s.winners)} / {num(s.losers)}
          </strong>
          <small>
            {t('figures.medianRaise')} {signed(result.medianRaiseMonthly, (x) => yuan(x, lang))}
          </small>
          <WhyButton k="winners" open={why} set={setWhy} />
        </div>
        <div className="figure">
          <span>
            {t('figures.gini')} · {t('figures.p90p10')}
          </span>
          <strong data-testid="fig-gini">
            {s.gini.toFixed(3)} · {s.p90p10 === null ? '—' : s.p90p10.toFixed(2)}
          </strong>
          <small>{t('figures.vsCurrent', { v: `${baseline.gini.toFixed(3)} · ${baseline.p90p10?.toFixed(2) ?? '—'}` })}</small>
          <WhyButton k="gini" open={why} set={setWhy} />
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
              {t('figures.unallocated')} {wan(s.unallocated, lang)}: {t('figures.unallocatedNote', { factors: list(result.unallocatedFactors.map((f) => t(`scheme.${f}`)), lang) })}
            </small>
          )}
          <WhyButton k="topups" open={why} set={setWhy} />
        </div>
        {s.medianNetRaise !== undefined && s.employerCost !== undefined && s.employerCostCurrent !== undefined && (
          <div className="figure" data-testid="fig-net">
            <span>{t('figures.netRaise')}</span>
            <strong>{signed(s.medianNetRaise, (x) => yuan(x, lang))}</strong>
            <small>
              {t('figures.employerCost', { v: wan(s.employerCost, lang), d: signed(s.employerCost - s.employerCostCurrent, (x) => wan(x, lang)) })}
              {result.takeHome.costPerNetYuan !== null && ` · ${t('figures.costPerNet', { x: result.takeHome.costPerNetYuan.toFixed(2) })}`}
            </small>
            <WhyButton k="net" open={why} set={setWhy} />
          </div>
        )}
      </div>
      {why && <FigureWhy f={explained.figures?.find((f) => f.key === why) ?? null} current={explained.current && current} lang={lang} />}
      {losses && (
        <p className="figure-note warn-text" data-testid="pay-cuts">
          {t('figures.payCuts', { n: num(losses.count), total: num(Math.round(losses.monthlyTotal)), max: num(Math.round(losses.maxMonthly)), cost: losses.guaranteeCost === null ? '—' : wan(losses.guaranteeCost, lang) })}
        </p>
      )}
    </>
  );
});

/** The two figures a negotiator watches while editing on a phone, in the editor drawer's head. */
export const MiniFigures = memo(function MiniFigures() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const { result, bill, current } = useKeyFigures();
  if (!result || !bill) return null;
  return (
    <small className={`mini-figures${current ? '' : ' updating'}`} aria-live="polite">
      {wan(bill.bill, lang)} · {signed(bill.growth, (x) => pct(x, 2))} · {t(`figures.${bill.status}`)}
    </small>
  );
});
