/**
 * What just happened, in words: pools carried over, renamed schemes, craftsmen
 * set aside…, with "undo" where the change can be undone. In the page's flow
 * under the header, newest first: it pushes the page down rather than
 * covering it (docked over the window, three notices covered the growth chart
 * and, on a phone, 40 % of the screen with the key figures). One line each,
 * the rest of a long one on demand; beyond two, the older ones wait in a
 * collapsed list.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateNotice } from './UpdateNotice';
import { useNoticeList, type NoticeLine } from './useNoticeText';

/** The notice's words on one line; "详情" only when they do not fit (measured as drawn, and again when the window changes). */
function NoticeText({ text, open, onToggle, more, less }: { text: string; open: boolean; onToggle: () => void; more: string; less: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setCut(el.scrollWidth > el.clientWidth + 1);
    measure();
    const seen = new ResizeObserver(measure);
    seen.observe(el);
    return () => seen.disconnect();
  }, [text]);
  return (
    <>
      <span className="notice-text" ref={ref}>
        {text}
      </span>
      {(cut || open) && (
        <button className="link" onClick={onToggle} aria-expanded={open} data-testid="notice-more-text">
          {open ? less : more}
        </button>
      )}
    </>
  );
}

export function Notices() {
  const { t } = useTranslation();
  const m = useNoticeList();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((o) => (o.has(id) ? new Set([...o].filter((x) => x !== id)) : new Set([...o, id])));
  const item = (n: NoticeLine) => (
    <li key={n.id} className={`notice${n.tone === 'warn' ? ' warn' : ''}${open.has(n.id) ? ' open' : ''}`} data-testid="notice">
      <NoticeText text={n.text} open={open.has(n.id)} onToggle={() => toggle(n.id)} more={t('notices.details')} less={t('notices.less')} />
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
