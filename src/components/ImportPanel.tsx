import { memo, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../models/io/messages';
import type { ImportResult } from '../../models/io/table';
import { LEVELS } from '../../models/types';
import { num } from '../lib/format';

export interface ImportPanelProps {
  pending: ImportResult | null;
  onFile: (file: File) => void;
  onAcceptPartial: () => void;
  onDismiss: () => void;
}

/** Drop zone, and the table of problems when a file cannot be imported whole. */
export function ImportPanel({ pending, onFile, onAcceptPartial, onDismiss }: ImportPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };
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
        {t('import.drop')}
        <input
          ref={input}
          type="file"
          data-testid="file-input"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) onFile(f);
            e.target.value = '';
          }}
        />
      </div>
      {pending && pending.errors.length > 0 && (
        <div className="errors" role="alert" data-testid="import-errors">
          <h3>
            {pending.file}: {t('import.errors', { count: pending.errors.length })}
          </h3>
          <table>
            <thead>
              <tr>
                <th>{t('import.row')}</th>
                <th>{t('import.column')}</th>
                <th>{t('import.value')}</th>
                <th>{t('import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.errors.slice(0, 200).map((e, k) => (
                <tr key={k}>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td>{e.value}</td>
                  <td>{formatMessage(e.code, e.params, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            {pending.validRows > 0 && (
              <button onClick={onAcceptPartial} data-testid="accept-partial">
                {t('import.partial', { valid: num(pending.validRows), total: num(pending.totalRows), left: num(pending.totalRows - pending.validRows) })}
              </button>
            )}
            <button className="secondary" onClick={onDismiss}>
              {t('actions.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function describeWorkforce(w: ImportResult['workforce']) {
  const counts = new Array<number>(LEVELS.length).fill(0);
  const departments = new Map<string, number>();
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < w.size; i++) {
    counts[w.level[i]!]!++;
    const d = w.department[i] || '—';
    departments.set(d, (departments.get(d) ?? 0) + 1);
    const p = w.monthlyPay[i]!;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  return { counts, lo, hi, departments: [...departments].sort((a, b) => b[1] - a[1]) };
}

/** What was read: memoised, since the page re-renders on every slider step and the workforce can be 100k rows. */
export const SourceSummary = memo(function SourceSummary({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { counts, lo, hi, departments } = useMemo(() => describeWorkforce(result.workforce), [result]);
  return (
    <details className="source" data-testid="source-summary">
      <summary>
        {t('import.read', { file: result.file, rows: num(result.validRows) })}
        {result.validRows < result.totalRows && ` · ${t('import.leftOut', { valid: num(result.validRows), total: num(result.totalRows), left: num(result.totalRows - result.validRows) })}`}
        {result.warnings.length > 0 && ` · ${t('import.warnings', { count: result.warnings.length })}`}
      </summary>
      <p>
        {result.encoding && `${t('import.encoding')}: ${result.encoding.toUpperCase()} · `}
        {result.sheet && `${t('import.sheet')}: ${result.sheet} · `}
        {t('import.payRange')}: {num(lo)} – {num(hi)}
      </p>
      <p>
        {t('import.byGrade')}: {LEVELS.map((l, k) => (counts[k] ? `${t(`levels.${l}`)} ${counts[k]}` : null)).filter(Boolean).join(' · ')}
      </p>
      <p>
        {t('import.byDept')}: {departments.slice(0, 20).map(([d, n]) => `${d} ${n}`).join(' · ')}
        {departments.length > 20 && ' …'}
      </p>
      {result.ignoredColumns.length > 0 && <p>{t('import.ignored', { cols: result.ignoredColumns.join(', ') })}</p>}
      {result.warnings.length > 0 && (
        <ul className="warnings">
          {result.warnings.slice(0, 50).map((wr, k) => (
            <li key={k}>
              {t('import.row')} {wr.row} · {wr.column}: {formatMessage(wr.code, wr.params, lang)}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
});
