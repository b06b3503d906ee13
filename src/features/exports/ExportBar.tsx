/** Tables and the Word brief out of the app, for the bargaining documents. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import { useExports } from './useExports';

export const ExportBar = memo(function ExportBar() {
  const { t } = useTranslation();
  const m = useExports();
  const disabled = !m.ready || m.busy !== null;
  return (
    <div className="row exports" aria-label={t('exports.title')}>
      <button className="secondary" disabled={disabled} onClick={() => m.run('csv')} data-testid="export-csv">
        {t('exports.csv')}
      </button>
      <button className="secondary" disabled={disabled} onClick={() => m.run('xlsx')} data-testid="export-xlsx">
        {t('exports.xlsx')}
      </button>
      <button className="secondary" disabled={disabled} onClick={() => m.run('docx')} data-testid="export-docx">
        {t('exports.docx')}
      </button>
      {m.busy && (m.progress ? <ProgressBar progress={m.progress} percent onCancel={m.cancel} testId="cancel-export" /> : <span role="status">{t('exports.working')}</span>)}
      {m.error && (
        <span className="warn-text" role="alert">
          {m.error}
        </span>
      )}
    </div>
  );
});
