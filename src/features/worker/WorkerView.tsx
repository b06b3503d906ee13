/** Search one worker and show their monthly pay by component today and under each scheme. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '../../../models/types';
import { num, signed } from '../../lib/format';
import { COMPONENT_ROWS, useWorkerLookup } from './useWorkerLookup';

export const WorkerView = memo(function WorkerView() {
  const { t } = useTranslation();
  const m = useWorkerLookup();
  const p = m.picked;
  return (
    <section className="card wide worker" aria-label={t('worker.title')}>
      <h2>{t('worker.title')}</h2>
      <input type="search" placeholder={t('worker.search')} aria-label={t('worker.search')} value={m.query} onChange={(e) => m.setQuery(e.target.value)} data-testid="worker-search" />
      {m.searched && !m.matches.length && <p>{t('worker.none')}</p>}
      <ul className="matches">
        {m.matches.map((w) => (
          <li key={w.index}>
            <button className="link" onClick={() => m.pick(w)} data-testid="worker-match">
              {w.id} {w.name} · {w.department} · {w.position} · {t(`levels.${LEVELS[w.level]}`)}
            </button>
          </li>
        ))}
      </ul>
      {m.error && <p className="errors">{m.error}</p>}
      {p && m.detail && (
        <div className="drawer" role="dialog" aria-label={`${p.id} ${p.name}`} data-testid="worker-drawer">
          <div className="row">
            <h3>
              {p.id} {p.name} · {t(`levels.${LEVELS[p.level]}`)}
            </h3>
            <button className="secondary" onClick={m.close}>
              {t('actions.close')}
            </button>
          </div>
          <div className="scroll">
            <table className="paytable">
              <thead>
                <tr>
                  <th className="left">{t('worker.perMonth')}</th>
                  {m.detail.map((d) => (
                    <th key={d.scheme}>{d.scheme}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {COMPONENT_ROWS.map((k) => (
                  <tr key={k}>
                    <td className="left">{t(`worker.components.${k}`)}</td>
                    {m.detail!.map((d) => (
                      <td key={d.scheme}>{num((d.components[k] ?? 0) / 12)}</td>
                    ))}
                  </tr>
                ))}
                <tr className="total">
                  <td className="left">{t('worker.newMonthly')}</td>
                  {m.detail.map((d) => (
                    <td key={d.scheme} data-testid="worker-monthly">
                      {num(d.annual / 12)} ({signed((d.annual - d.current) / 12, num)})
                      {d.craftsman && ` · ${t('worker.craftsman')}`}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
});
