/** What just happened, in words: set-aside craftsmen, rescaled pools, renamed schemes; with "undo" where the change can be undone. */
import { useTranslation } from 'react-i18next';
import { dismiss, undo, useNotices } from '../../workspace/store';
import { useNoticeText } from './useNoticeText';

export function Notices() {
  const { t } = useTranslation();
  const list = useNotices((s) => s.list);
  const text = useNoticeText();
  if (!list.length) return null;
  return (
    <ul className="notices" aria-live="polite">
      {list.map((n) => (
        <li key={n.id} className={`notice${n.tone === 'warn' ? ' warn' : ''}`} role="status" data-testid="notice">
          <span>{text(n)}</span>
          {n.undoable && (
            <button
              className="link"
              onClick={() => {
                undo();
                dismiss(n.id);
              }}
              data-testid="notice-undo"
            >
              {t('actions.undo')}
            </button>
          )}
          <button className="link" onClick={() => dismiss(n.id)} aria-label={t('actions.close')}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
