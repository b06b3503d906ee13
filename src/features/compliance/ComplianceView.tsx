/** 履约检查: the payroll ledgers held to the scheme as signed and to the law: who is owed what, by which clause, since when. Draws only. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { cents, num, pct } from '../../lib/format';
import { xTitle, yTitle } from '../../ui/axis';
import { ChartCard } from '../../ui/ChartCard';
import { COLORS } from '../../ui/colors';
import { DataTable } from '../../ui/DataTable';
import { ScrollBox } from '../../ui/ScrollBox';
import { TextField } from '../../ui/TextField';
import { useCompliancePanel } from './useCompliance';
import { ComplianceSettingsView } from './ComplianceSettingsView';
import type { ItemClass } from '../../../models/compliance';

const axisTick = { fontSize: 12 };

export const ComplianceView = memo(function ComplianceView() {
  const { t } = useTranslation();
  const m = useCompliancePanel();
  if (!m.ready) return null;
  const r = m.result;
  const yuan = cents;
  return (
    <section className="card wide compliance" aria-label={t('compliance.title')} data-testid="compliance">
      <h2>{t('compliance.title')}</h2>
      <p className="note">{t('compliance.intro')}</p>

      <div className="row">
        <label className="button secondary">
          {t('compliance.import')}
          <input type="file" multiple accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="visually-hidden" data-testid="compliance-file" onChange={(e) => {
            const list = e.target.files;
            if (list?.length) void m.onFiles(list, false);
            e.target.value = '';
          }} />
        </label>
        <button className="secondary" onClick={() => void m.loadSample()} data-testid="compliance-sample">
          {t('compliance.sample')}
        </button>
        {m.loaded && (
          <button className="secondary" onClick={m.clear} data-testid="compliance-clear">
            {t('compliance.clear')}
          </button>
        )}
        {m.reading && <span role="status">{t('compliance.reading', { file: m.reading })}</span>}
      </div>
      {m.readError && <p className="errors" role="alert">{m.readError}</p>}

      <div className="row">
        <TextField label={t('compliance.termStart')} value={m.terms.termStart} onCommit={m.setTermStart} maxLength={10} testId="compliance-term-start" />
        <p className="note" data-testid="compliance-terms">
          {t('compliance.terms', { years: m.terms.years, tranches: m.terms.tranches.map((x) => t('compliance.tranche', { year: x.year, month: x.month, percent: pct(x.percent) })).join(t('compliance.listSep')) || t('compliance.noTranche') })}
        </p>
      </div>
      <ComplianceSettingsView />

      {m.loaded && (
        <p className="note" data-testid="compliance-summary">
          {t(m.sample ? 'compliance.summarySample' : 'compliance.summary', { files: m.files.map((f) => f.file).join(t('compliance.listSep')), n: num(m.rows) })}
          {m.personal > 0 && ` ${t('compliance.personal', { n: m.personal })}`} {t('compliance.notSaved')}
        </p>
      )}
      {m.ignored.length > 0 && (
        <p className="note warn" data-testid="compliance-ignored">
          {t('compliance.ignored', { list: m.ignored.map((x) => `${x.file}: ${x.column}`).join(t('compliance.listSep')) })}
        </p>
      )}
      {m.columns.length > 0 && (
        <fieldset className="compliance-columns" data-testid="compliance-columns">
          <legend>{t('compliance.columns.title')}</legend>
          <small className="note">{t('compliance.columns.help')}</small>
          {m.columns.map((c, k) => (
            <label key={c.header} className="field">
              <span>{c.header}</span>
              <select value={c.item} disabled={m.reading !== null} onChange={(e) => void m.setColumn(c.header, e.target.value as ItemClass | '')} data-testid={`compliance-column-${k}`} data-header={c.header}>
                <option value="">{t('compliance.columns.default')}</option>
                {m.itemWords.map((x) => (
                  <option key={x.key} value={x.key}>
                    {x.words}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {m.errorCount > 0 && (
        <div className="errors" role="alert" data-testid="compliance-errors">
          <p>{t('compliance.errors', { n: m.errorCount })}</p>
          <ScrollBox label={t('compliance.errorsTable')}>
            <DataTable label={t('compliance.errorsTable')} rows={m.errors} rowKey={(_, k) => k} columns={[
              { key: 'file', header: t('compliance.fileCol'), cell: (e) => e.file, align: 'left' },
              { key: 'row', header: t('import.row'), cell: (e) => String(e.row) },
              { key: 'column', header: t('import.column'), cell: (e) => e.column, align: 'left' },
              { key: 'problem', header: t('import.problem'), cell: (e) => e.problem, align: 'left' },
            ]} />
          </ScrollBox>
        </div>
      )}
      {m.repeats.length > 0 && (
        <div className="errors" role="alert" data-testid="compliance-repeats">
          <p>{t('compliance.repeats')}</p>
          <ul>
            {m.repeats.map((x) => (
              <li key={`${x.file}:${x.row}`}>{t('compliance.repeat', { file: x.file, row: x.row, id: x.id, firstFile: x.firstFile, firstRow: x.firstRow })}</li>
            ))}
          </ul>
        </div>
      )}
      {m.warningCount > 0 && (
        <details className="note" data-testid="compliance-warnings">
          <summary>{t('compliance.warnings', { n: m.warningCount })}</summary>
          <ul>
            {m.warnings.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </details>
      )}
      {m.error && <p className="errors" role="alert">{m.error}</p>}
      {m.loaded && !r && !m.error && <p className="note" role="status">{t('compliance.checking')}</p>}

      {r && (
        <div className={m.busy ? 'stale' : undefined} aria-busy={m.busy} data-testid="compliance-result">
          <p data-testid="compliance-totals" data-owed={r.totals.owed} data-outstanding={r.totals.outstanding} data-workers={r.totals.workers} data-worker-months={r.totals.workerMonths} data-late={r.totals.late}>
            <strong>{t('compliance.totals', { owed: yuan(r.totals.owed), workers: num(r.totals.workers), workerMonths: num(r.totals.workerMonths), madeGood: yuan(r.totals.madeGood), outstanding: yuan(r.totals.outstanding), late: num(r.totals.late) })}</strong>
          </p>
          <p className="note">
            {t('compliance.scope', { scheme: m.schemeName, fp: m.fingerprint, ledgerFp: m.ledgerFingerprint, from: r.months?.from ?? '—', to: r.months?.to ?? '—', checked: num(r.checked) })}
            {r.outsideTerm > 0 && ` ${t('compliance.outsideTerm', { n: num(r.outsideTerm) })}`}
            {(r.lawOnly.notInSheet > 0 || r.lawOnly.craftsmen > 0) && ` ${t('compliance.lawOnly', { n: num(r.lawOnly.notInSheet), craftsmen: num(r.lawOnly.craftsmen) })}`}
            {r.noPayDate > 0 && ` ${t('compliance.noPayDate', { n: num(r.noPayDate) })}`}
          </p>
          <p className="note" data-testid="compliance-innovation" data-due={r.innovation?.due} data-paid={r.innovation?.paidOnTime}>
            {r.innovation === null
              ? t('compliance.innovation.noRules')
              : r.innovation.achievements === 0
                ? t('compliance.innovation.noAchievements')
                : t('compliance.innovation.held', { achievements: r.innovation.achievements, due: yuan(r.innovation.due), workers: r.innovation.workers, paid: yuan(r.innovation.paidOnTime), oneOff: r.innovation.payBy.oneOffMonths, share: r.innovation.payBy.shareMonth })}
          </p>
          {r.raise.share !== null && (
            <p data-testid="compliance-raise" data-share={r.raise.share}>
              {t('compliance.raise', { share: pct(r.raise.share, 2), paid: yuan(r.raise.paid), agreed: yuan(r.raise.agreed) })}
            </p>
          )}
          {r.byKind.length === 0 ? (
            <p className="ok" data-testid="compliance-none">{t('compliance.none')}</p>
          ) : (
            <ScrollBox label={t('compliance.byKind')}>
              <DataTable label={t('compliance.byKind')} testId="compliance-by-kind" rows={r.byKind} rowKey={(x) => x.key} columns={[
                { key: 'kind', header: t('compliance.kind'), cell: (x) => x.kind, align: 'left' },
                { key: 'n', header: t('compliance.count'), cell: (x) => num(x.findings) },
                { key: 'owed', header: t('compliance.owed'), cell: (x) => yuan(x.owed) },
                { key: 'outstanding', header: t('compliance.outstanding'), cell: (x) => yuan(x.outstanding) },
                { key: 'cite', header: t('compliance.cite'), cell: (x) => x.cite, align: 'left' },
              ]} />
            </ScrollBox>
          )}
          {r.byMonth.length > 0 && (
            // Drawn in a task of its own just after the figures and tables (one commit of both was a long task).
            <ChartCard
              index={1}
              title={t('compliance.chartByMonth')}
              testId="chart-compliance-months"
              units={t('units.yuan')}
              data={() => ({ header: [t('compliance.month'), t('compliance.owed'), t('compliance.workersShort'), t('compliance.agreed'), t('compliance.paid')], rows: r.byMonth.map((x) => [x.month, x.owed, x.workers, x.agreed, x.paid]) })}
              render={() => (
                <ResponsiveContainer width="100%" height={240}>
                  <ComposedChart data={r.byMonth} margin={{ top: 8, right: 16, bottom: 32, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="month" tick={axisTick} label={xTitle(t('compliance.month'))} />
                    <YAxis yAxisId="y" tick={axisTick} label={yTitle(t('compliance.owedAxis'))} />
                    <YAxis yAxisId="n" orientation="right" allowDecimals={false} tick={axisTick} />
                    <Tooltip />
                    <Legend />
                    <Bar yAxisId="y" dataKey="owed" name={t('compliance.owed')} fill={COLORS.lose} isAnimationActive={false} />
                    <Line yAxisId="n" dataKey="workers" name={t('compliance.workersShort')} stroke={COLORS.proposed} isAnimationActive={false} />
                  </ComposedChart>
                </ResponsiveContainer>
              )}
            />
          )}
          {r.top.length > 0 && (
            <ScrollBox label={t('compliance.top')}>
              <DataTable label={t('compliance.top')} testId="compliance-top" rows={r.top} rowKey={(x) => x.worker} columns={[
                { key: 'worker', header: t('compliance.worker'), cell: (x) => `${x.worker} ${x.name}`, align: 'left' },
                { key: 'department', header: t('compliance.department'), cell: (x) => x.department, align: 'left' },
                { key: 'months', header: t('compliance.months'), cell: (x) => num(x.months) },
                { key: 'owed', header: t('compliance.owed'), cell: (x) => yuan(x.owed) },
                { key: 'outstanding', header: t('compliance.outstanding'), cell: (x) => yuan(x.outstanding) },
              ]} />
            </ScrollBox>
          )}
          {r.findingCount > 0 && (
            <details data-testid="compliance-findings-details">
              <summary>{t('compliance.findings', { n: num(r.findingCount), shown: num(Math.min(r.findingCount, r.findings.length)) })}</summary>
              <ScrollBox label={t('compliance.findingsTable')}>
                <DataTable label={t('compliance.findingsTable')} testId="compliance-findings" rows={r.findings} rowKey={(_, k) => k} columns={[
                  { key: 'worker', header: t('compliance.worker'), cell: (x) => `${x.worker} ${x.name}`, align: 'left' },
                  { key: 'month', header: t('compliance.month'), cell: (x) => x.month },
                  { key: 'kind', header: t('compliance.kind'), cell: (x) => (x.also ? `${x.kind}(${t('compliance.also', { list: x.also })})` : x.kind), align: 'left' },
                  { key: 'agreed', header: t('compliance.agreed'), cell: (x) => yuan(x.agreed) },
                  { key: 'paid', header: t('compliance.paid'), cell: (x) => yuan(x.paid) },
                  { key: 'short', header: t('compliance.short'), cell: (x) => yuan(x.short) },
                  { key: 'madeGood', header: t('compliance.madeGood'), cell: (x) => yuan(x.madeGood) },
                  { key: 'age', header: t('compliance.age'), cell: (x) => (x.outstanding > 0 ? num(x.age) : '—') },
                  { key: 'detail', header: t('compliance.detail'), cell: (x) => x.detail, align: 'left' },
                  { key: 'cite', header: t('compliance.cite'), cell: (x) => x.cite, align: 'left' },
                  { key: 'where', header: t('compliance.where'), cell: (x) => x.where, align: 'left' },
                ]} />
              </ScrollBox>
            </details>
          )}
          <div className="row">
            {r.findingCount > 0 && (
              <button className="secondary" onClick={m.downloadFindings} data-testid="compliance-download">
                {t('compliance.download', { n: num(r.findingCount) })}
              </button>
            )}
            <button className="secondary" disabled={m.docBusy !== null || m.busy} onClick={() => m.makeDocument('compliance-report')} data-testid="make-compliance-report">
              {t('compliance.files.compliance-report')} (Word)
            </button>
            <button className="secondary" disabled={m.docBusy !== null || m.busy || r.totals.outstanding === 0} onClick={() => m.makeDocument('rectification')} data-testid="make-rectification">
              {t('compliance.files.rectification')} (Word)
            </button>
            <button className="secondary" disabled={m.docBusy !== null || m.busy || r.totals.outstanding === 0} onClick={() => m.makeDocument('inspectorate')} data-testid="make-inspectorate">
              {t('compliance.files.inspectorate')} (Word)
            </button>
            {m.docBusy && <span role="status">{t('compliance.making')}</span>}
          </div>
          <small className="note">{t('compliance.papersNote')}</small>
          {m.docError && <p className="errors" role="alert">{m.docError}</p>}
        </div>
      )}
    </section>
  );
});
