/** The drop zone, and the table of problems when a file cannot be imported whole. */
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { num } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { ProgressBar } from '../../ui/ProgressBar';
import { useImport, useSourceSummary } from './useImport';

export function ImportPanel() {
  const { t } = useTranslation();
  const m = useImport();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) void m.onFile(f);
  };
  const p = m.pending;
  return (
    <section className="import" aria-label={t('actions.import')}>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        role="button"
        tabIndex={0}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        {m.reading ? t('import.reading', { file: m.reading }) : t('import.drop')}
        {m.reading && (
          <span onClick={(e) => e.stopPropagation()}>
            {' '}
            <ProgressBar progress={m.progress} onCancel={m.cancel} testId="cancel-import" />
          </span>
        )}
        <input
          ref={input}
          type="file"
          data-testid="file-input"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void m.onFile(f);
            e.target.value = '';
          }}
        />
      </div>
      {m.error && (
        <p className="errors" role="alert">
          {m.error}
        </p>
      )}
      {p && p.errorCount > 0 && (
        <div className="errors" role="alert" data-testid="import-errors">
          <h3>
            {p.file}: {t('import.errors', { count: p.errorCount })}
          </h3>
          <DataTable label={t('import.problem')}
            className=""
            rows={p.errors}
            rowKey={(_, k) => k}
            columns={[
              { key: 'row', header: t('import.row'), cell: (e) => e.row, align: 'left' },
              { key: 'col', header: t('import.column'), cell: (e) => e.column, align: 'left' },
              { key: 'value', header: t('import.value'), cell: (e) => e.value, align: 'left' },
              { key: 'problem', header: t('import.problem'), cell: (e) => e.problem, align: 'left' },
            ]}
          />
          <div className="row">
            {p.validRows > 0 && (
              <button onClick={m.acceptPartial} data-testid="accept-partial">
                {t('import.partial', { valid: num(p.validRows), total: num(p.totalRows), left: num(p.totalRows - p.validRows) })}
              </button>
            )}
            <button className="secondary" onClick={m.dismiss}>
              {t('actions.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

export function SourceSummary() {
  const { t } = useTranslation();
  const m = useSourceSummary();
  if (!m) return null;
  const { source, profile } = m;
  return (
    <details className="source" data-testid="source-summary">
      <summary>
        {t('import.read', { file: source.file, rows: num(source.validRows) })}
        {source.sample && ` · ${t('import.sample')}`}
        {source.validRows < source.totalRows && ` · ${t('import.leftOut', { valid: num(source.validRows), total: num(source.totalRows), left: num(source.totalRows - source.validRows) })}`}
        {m.warningCount > 0 && ` · ${t('import.warnings', { count: m.warningCount })}`}
      </summary>
      <p>
        {source.encoding && `${t('import.encoding')}: ${source.encoding.toUpperCase()} · `}
        {source.sheet && `${t('import.sheet')}: ${source.sheet} · `}
        {t('import.payRange')}: {num(profile.payRange[0])} – {num(profile.payRange[1])}
      </p>
      <p>
        {t('import.byGrade')}: {m.grades.map((g) => `${t(`levels.${g.level}`)} ${g.count}`).join(' · ')}
      </p>
      <p>
        {t('import.byDept')}: {profile.departments.slice(0, 20).map((d) => `${d.name || '—'} ${d.count}`).join(' · ')}
        {profile.departments.length > 20 && ' …'}
      </p>
      {m.ignoredColumns.length > 0 && <p>{t('import.ignored', { cols: m.ignoredColumns.join(', ') })}</p>}
      {m.warnings.length > 0 && (
        <ul className="warnings">
          {m.warnings.map((w, k) => (
            <li key={k}>
              {t('import.row')} {w.row} · {w.column}: {w.text}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
