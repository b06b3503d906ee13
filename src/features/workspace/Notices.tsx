/**
 * What just happened, in words: pools carried over, renamed schemes, craftsmen
 * set aside…, with "undo" where the change can be undone. In the page's flow
 * under the header, newest first: it pushes the page down rather than
 * covering it (docked over the window, three notices covered the growth chart
 * and, on a phone, 40 % of the screen with the key figures). One line each,
 * the rest of a long one on demand; beyond two, the older ones wait in a
 * collapsed list.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateNotice } from './UpdateNotice';
import { useNoticeList, type NoticeLine } from './useNoticeText';

export function Notices() {
  const { t } = useTranslation();
  const m = useNoticeList();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((o) => (o.has(id) ? new Set([...o].filter((x) => x !== id)) : new Set([...o, id])));
  const item = (n: NoticeLine) => (
    <li key={n.id} className={`notice${n.tone === 'warn' ? ' warn' : ''}${open.has(n.id) ? ' open' : ''}`} data-testid="notice">
      <span className="notice-text">{n.text}</span>
      {n.text.length > 60 && (
        <button className="link" onClick={() => toggle(n.id)} aria-expanded={open.has(n.id)} data-testid="notice-more-text">
          {t(open.has(n.id) ? 'notices.less' : 'notices.details')}
        </button>
      )}
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
