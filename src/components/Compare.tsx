import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '../../models/types';
import type { ComputeResult } from '../../workers/protocol';
import { num, pct, signed, wan } from '../lib/format';
import { compareRows } from '../lib/viewModels';

export const CompareTable = memo(function CompareTable({ baseline, results, activeIndex, onPick }: { baseline: Summary; results: ComputeResult[]; activeIndex: number; onPick: (k: number) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const rows = useMemo(() => compareRows(baseline, results.map((r) => ({ name: r.name, summary: r.summary, medianRaise: r.medianRaiseMonthly }))), [baseline, results]);
  return (
    <section className="card wide" aria-label={t('compare.title')}>
      <h2>{t('compare.title')}</h2>
      <div className="scroll">
        <table className="compare" data-testid="compare-table">
          <thead>
            <tr>
              <th>{t('compare.scheme')}</th>
              <th>{t('compare.wageBill')}</th>
              <th>{t('compare.delta')}</th>
              <th>{t('compare.growth')}</th>
              <th>{t('compare.median')}</th>
              <th>{t('compare.medianRaise')}</th>
              <th>{t('compare.gini')}</th>
              <th>P90/P10</th>
              <th>{t('compare.winners')}</th>
              <th>{t('compare.losers')}</th>
              <th>{t('compare.topUps')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="baseline">
              <td>{t('compare.baseline')}</td>
              <td>{wan(baseline.wageBill, lang)}</td>
              <td>—</td>
              <td>—</td>
              <td>{num(baseline.median)}</td>
              <td>—</td>
              <td>{baseline.gini.toFixed(3)}</td>
              <td>{baseline.p90p10?.toFixed(2) ?? '—'}</td>
              <td>—</td>
              <td>—</td>
              <td>—</td>
            </tr>
            {rows.map((r, k) => (
              <tr key={k} className={k === activeIndex ? 'active' : ''} onClick={() => onPick(k)}>
                <td>{r.name}</td>
                <td>{wan(r.wageBill, lang)}</td>
                <td>{signed(r.deltaBill, (x) => wan(x, lang))}</td>
                <td className={`status-${r.status}`}>
                  {signed(r.growth, (x) => pct(x, 2))} · {t(`figures.${r.status}`)}
                </td>
                <td>{num(r.median)}</td>
                <td>{signed(r.medianRaise, num)}</td>
                <td>{r.gini.toFixed(3)}</td>
                <td>{r.p90p10?.toFixed(2) ?? '—'}</td>
                <td>{num(r.winners)}</td>
                <td>{num(r.losers)}</td>
                <td>{wan(r.topUps, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
