/** Progress of a long question, with a cancel button. */
import { useTranslation } from 'react-i18next';
import { num } from '../lib/format';

/** `percent`: the progress is a share out of 100, shown as such. */
export function ProgressBar({ progress, onCancel, testId, percent = false }: { progress: { done: number; total: number } | null; onCancel: () => void; testId?: string; percent?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="progress" role="status">
      <progress max={progress?.total ?? 1} value={progress?.done ?? undefined} aria-label={t('charts.working')} />
      <span>{progress ? (percent ? `${Math.round(progress.done)}%` : t('charts.progressOf', { done: num(progress.done), total: num(progress.total) })) : t('charts.working')}</span>
      <button className="secondary" onClick={onCancel} data-testid={testId}>
        {t('actions.cancel')}
      </button>
    </span>
  );
}
