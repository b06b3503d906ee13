/** What just happened, in words: set-aside craftsmen, rescaled pools, renamed schemes; with "undo" where the change can be undone. */
import { useTranslation } from 'react-i18next';
import { useNoticeList } from './useNoticeText';

export function Notices() {
  const { t } = useTranslation();
  const m = useNoticeList();
  if (!m.list.length) return null;
  return (
    <ul className="notices" aria-live="polite">
      {m.list.map((n) => (
        <li key={n.id} className={`notice${n.tone === 'warn' ? ' warn' : ''}`} role="status" data-testid="notice">
          <span>{n.text}</span>
          {n.file && (
            <button className="link" onClick={() => m.save(n.file!)} data-testid="notice-download">
              {t('notices.download')}
            </button>
          )}
          {n.undoable && (
            <button className="link" onClick={() => m.undo(n.id)} data-testid="notice-undo">
              {t('actions.undo')}
            </button>
          )}
          <button className="link" onClick={() => m.dismiss(n.id)} aria-label={t('actions.close')}>
            ×
          </button>
        </li>
      ))}
      {(m.hidden > 0 || m.list.length > 1) && (
        <li className="notice-more">
          {m.hidden > 0 && (
            <button className="link" onClick={m.showAll}>
              {t('notices.more', { n: m.hidden })}
            </button>
          )}
          <button className="link" onClick={m.dismissAll}>
            {t('notices.closeAll')}
          </button>
        </li>
      )}
    </ul>
  );
}
