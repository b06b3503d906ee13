/** Progress of a long question, with a cancel button. */
import { useTranslation } from 'react-i18next';
import { num } from '../lib/format';

export function ProgressBar({ progress, onCancel, testId }: { progress: { done: number; total: number } | null; onCancel: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="progress" role="status">
      <progress max={progress?.total ?? 1} value={progress?.done ?? undefined} aria-label={t('charts.working')} />
      <span>{progress ? t('charts.progressOf', { done: num(progress.done), total: num(progress.total) }) : t('charts.working')}</span>
      <button className="secondary" onClick={onCancel} data-testid={testId}>
        {t('actions.cancel')}
      </button>
    </span>
  );
}
