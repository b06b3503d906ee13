/** Search one worker and show their monthly pay by component today and under each scheme. */
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../ui/ScrollBox';
import { LEVELS } from '../../../models/types';
import { cents, num, signed } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { COMPONENT_ROWS, useWorkerLookup } from './useWorkerLookup';

type Slip = { gross: number; contributions: number; tax: number; net: number; employerContributions: number; employerCost: number; withheld: number[] };

/** The payslip's rows, a month: gross, the worker's contributions, income tax (its mean, and January's and December's withholding), take-home, and the employer's side. */
const PAYSLIP_ROWS: [string, (p: Slip) => string][] = [
  ['gross', (p) => num(p.gross / 12)],
  ['contributions', (p) => num(p.contributions / 12)],
  ['tax', (p) => num(p.tax / 12)],
  ['withheld', (p) => `${num(p.withheld[0]!)} / ${num(p.withheld[11]!)}`],
  ['net', (p) => num(p.net / 12)],
  ['employerContributions', (p) => num(p.employerContributions / 12)],
  ['employerCost', (p) => num(p.employerCost / 12)],
];

export const WorkerView = memo(function WorkerView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const m = useWorkerLookup();
  const p = m.picked;
  // The keyboard follows the drawer: into it when it opens, back to what opened it (or the search) when it closes.
  const drawer = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const shownFor = p && m.detail ? p.index : null;
  useEffect(() => {
    if (shownFor !== null) drawer.current?.focus();
  }, [shownFor]);
  useEffect(() => {
    if (p !== null || !opener.current) return;
    (opener.current.isConnected ? opener.current : search.current)?.focus();
    opener.current = null;
  }, [p]);
  return (
    <section className="card wide worker" aria-label={t('worker.title')} id="worker-lookup" tabIndex={-1}>
      <h2>{t('worker.title')}</h2>
      <input type="search" placeholder={t('worker.search')} aria-label={t('worker.search')} value={m.query} onChange={(e) => m.setQuery(e.target.value)} data-testid="worker-search" ref={search} />
      {m.searched && !m.matches.length && <p>{t('worker.none')}</p>}
      <ul className="matches">
        {m.matches.map((w) => (
          <li key={w.index}>
            <button
              className="link"
              onClick={(e) => {
                opener.current = e.currentTarget;
                m.pick(w);
              }}
              data-testid="worker-match"
            >
              {w.id} {w.name} · {w.department} · {w.position} · {t(`levels.${LEVELS[w.level]}`)}
            </button>
          </li>
        ))}
      </ul>
      {m.error && <p className="errors">{m.error}</p>}
      {p && m.detail && (
        <div className="drawer" role="dialog" aria-label={`${p.id} ${p.name}`} data-testid="worker-drawer" ref={drawer} tabIndex={-1}>
          <div className="row">
            <h3>
              {p.id} {p.name} · {t(`levels.${LEVELS[p.level]}`)}
            </h3>
            <button className="secondary" onClick={m.close}>
              {t('actions.close')}
            </button>
          </div>
          <ScrollBox label={t('worker.perMonth')}>
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
                {m.detail.some((d) => d.innovation) && (
                  <tr data-testid="worker-innovation">
                    <td className="left">{t('worker.innovation', { year: m.detail.find((d) => d.innovation)!.innovation!.year })}</td>
                    {m.detail.map((d) => (
                      <td key={d.scheme}>{d.innovation ? t('worker.innovationCell', { year: num(d.innovation.planYear), total: num(d.innovation.total) }) : '—'}</td>
                    ))}
                  </tr>
                )}
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
          </ScrollBox>
          {/* Why: each part of his pay under each scheme, with its rule, the numbers that went into it and its source. */}
          {m.detail.map((d) => (
            <details key={d.scheme} className="why" data-testid="worker-why">
              <summary>{t('worker.why', { scheme: d.scheme, pay: num(d.annual / 12) })}</summary>
              <ul>
                {d.explanation.parts.map((x) => (
                  <li key={x.key} data-testid="worker-why-part">
                    <strong>
                      {x.label[lang]} {x.monthly.toFixed(2)}
                    </strong>
                    {lang === 'zh' ? '：' : ': '}
                    {x.numbers[lang]}{lang === 'zh' ? '。' : '. '}{x.rule[lang]}
                    {x.source && <small className="note"> {t('worker.source', { source: x.source[lang] })}</small>}
                  </li>
                ))}
              </ul>
            </details>
          ))}
          <h4>{t('worker.payslip')}</h4>
          <ScrollBox label={t('worker.payslip')}>
            <table className="paytable" data-testid="payslip">
              <thead>
                <tr>
                  <th className="left">{t('worker.perMonth')}</th>
                  <th>{t('worker.today')}</th>
                  {m.detail.map((d) => (
                    <th key={d.scheme}>{d.scheme}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {PAYSLIP_ROWS.map(([key, of]) => (
                  <tr key={key} className={key === 'net' ? 'total' : undefined}>
                    <td className="left">{t(`worker.slip.${key}`)}</td>
                    <td>{of(m.detail![0]!.payslips.today)}</td>
                    {m.detail!.map((d) => (
                      <td key={d.scheme} data-testid={key === 'net' ? 'payslip-net' : undefined}>
                        {of(d.payslips.scheme)}
                        {key === 'net' && ` (${signed((d.payslips.scheme.net - d.payslips.today.net) / 12, num)})`}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <small className="note">{t('worker.slipNote')}</small>
          {m.compliance && (
            <section data-testid="worker-compliance" aria-label={t('compliance.mine')} data-owed={m.compliance.owed} data-outstanding={m.compliance.outstanding}>
              <h4>{t('compliance.mine')}</h4>
              <p className="note">{m.compliance.findings.length ? t('compliance.mineSummary', { months: m.compliance.months, owed: cents(m.compliance.owed), outstanding: cents(m.compliance.outstanding) }) : t('compliance.mineNone', { months: m.compliance.months })}</p>
              {m.compliance.findings.length > 0 && (
                <ScrollBox label={t('compliance.mine')}>
                  <DataTable label={t('compliance.mine')} testId="worker-compliance-months" rows={m.compliance.findings} rowKey={(_, k) => k} columns={[
                    { key: 'month', header: t('compliance.month'), cell: (x) => x.month },
                    { key: 'kind', header: t('compliance.kind'), cell: (x) => x.kind, align: 'left' },
                    { key: 'agreed', header: t('compliance.agreed'), cell: (x) => cents(x.agreed) },
                    { key: 'paid', header: t('compliance.paid'), cell: (x) => cents(x.paid) },
                    { key: 'short', header: t('compliance.short'), cell: (x) => cents(x.short) },
                    { key: 'outstanding', header: t('compliance.outstanding'), cell: (x) => cents(x.outstanding) },
                    { key: 'detail', header: t('compliance.detail'), cell: (x) => x.detail, align: 'left' },
                    { key: 'cite', header: t('compliance.cite'), cell: (x) => x.cite, align: 'left' },
                  ]} />
                </ScrollBox>
              )}
            </section>
          )}
        </div>
      )}
    </section>
  );
});
