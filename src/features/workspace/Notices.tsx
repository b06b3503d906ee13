/**
 * What just happened, in words: pools carried over, renamed schemes, craftsmen
 * set aside…, with "undo" where the change can be undone. A stack docked at
 * the bottom of the window, newest first: it never pushes the page down (the
 * key figures stay in the first screen, and a field is never moved from under
 * a click); beyond two, the older ones wait in a collapsed list.
 */
import { useTranslation } from 'react-i18next';
import { UpdateNotice } from './UpdateNotice';
import { useNoticeList, type NoticeLine } from './useNoticeText';

export function Notices() {
  const { t } = useTranslation();
  const m = useNoticeList();
  const item = (n: NoticeLine) => (
    <li key={n.id} className={`notice${n.tone === 'warn' ? ' warn' : ''}`} data-testid="notice">
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
  );
  return (
    <section className="notices" aria-label={t('notices.title')}>
      <UpdateNotice />
      {m.shown.length > 0 && (
        // A live region around the list, not on it: a <ul> given role=status is no longer a list to its items.
        <div role="status" aria-live="polite">
          <ul>{m.shown.map(item)}</ul>
        </div>
      )}
      {m.more.length > 0 && (
        <details className="notice-more">
          <summary>{t('notices.more', { n: m.more.length })}</summary>
          <ul>{m.more.map(item)}</ul>
        </details>
      )}
      {m.shown.length + m.more.length > 1 && (
        <button className="link close-all" onClick={m.dismissAll}>
          {t('notices.closeAll')}
        </button>
      )}
    </section>
  );
}
