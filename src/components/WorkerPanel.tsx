import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../models/scenario';
import type { Workforce } from '../../models/types';
import type { WorkerDetail } from '../../workers/protocol';
import type { EngineClient } from '../engine/client';
import { num, signed } from '../lib/format';

const ROWS = ['current', 'position', 'skill', 'innovation', 'performance', 'raise', 'seniority', 'gross', 'floorTopUp', 'guaranteeTopUp'] as const;

/** Search one worker and show their pay by component today and under each scheme. */
export function WorkerPanel({ client, workforce, scenarios }: { client: EngineClient; workforce: Workforce; scenarios: Scenario[] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<number | null>(null);
  const [detail, setDetail] = useState<WorkerDetail[] | null>(null);
  const matches = useMemo(() => {
    const q = query.trim();
    if (!q) return [];
    const out: number[] = [];
    for (let i = 0; i < workforce.size && out.length < 8; i++) if (workforce.id[i] === q || workforce.id[i]!.includes(q) || workforce.name[i]!.includes(q)) out.push(i);
    return out;
  }, [query, workforce]);
  const open = async (i: number) => {
    setPicked(i);
    setDetail(null);
    setDetail(await client.workerDetail(scenarios, i));
  };
  return (
    <section className="card wide worker" aria-label={t('worker.title')}>
      <h2>{t('worker.title')}</h2>
      <input type="search" placeholder={t('worker.search')} aria-label={t('worker.search')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="worker-search" />
      {query && !matches.length && <p>{t('worker.none')}</p>}
      <ul className="matches">
        {matches.map((i) => (
          <li key={i}>
            <button className="link" onClick={() => void open(i)} data-testid="worker-match">
              {workforce.id[i]} {workforce.name[i]} · {workforce.department[i]} · {workforce.position[i]} · {t(`levels.L${workforce.level[i]! + 1}`)}
            </button>
          </li>
        ))}
      </ul>
      {picked !== null && detail && (
        <div className="drawer" role="dialog" aria-label={`${workforce.id[picked]} ${workforce.name[picked]}`} data-testid="worker-drawer">
          <div className="row">
            <h3>
              {workforce.id[picked]} {workforce.name[picked]} · {t(`levels.L${workforce.level[picked]! + 1}`)}
            </h3>
            <button className="secondary" onClick={() => setPicked(null)}>
              {t('actions.close')}
            </button>
          </div>
          <div className="scroll">
            <table className="paytable">
              <thead>
                <tr>
                  <th>{t('worker.monthly')}</th>
                  {detail.map((d) => (
                    <th key={d.scheme}>{d.scheme}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map((k) => (
                  <tr key={k}>
                    <td>{t(`worker.components.${k}`)}</td>
                    {detail.map((d) => (
                      <td key={d.scheme}>{num((d.components[k] ?? 0) / 12)}</td>
                    ))}
                  </tr>
                ))}
                <tr className="total">
                  <td>{t('worker.monthly')}</td>
                  {detail.map((d) => (
                    <td key={d.scheme} data-testid="worker-monthly">
                      {num(d.annual / 12)} ({signed((d.annual - 12 * workforce.monthlyPay[picked]!) / 12, num)})
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
}
