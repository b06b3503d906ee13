/**
 * One tab per scheme (an ARIA tab list: arrow keys move between the schemes, Home and End to the first and last; the
 * editor and the results are the tab's panel), and beside it new / duplicate / delete / the sample schemes.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { schemeColor } from '../../ui/colors';
import { SCHEME_PANEL, tabId, useSchemeTabs } from './useWorkspaceShell';

export function SchemeTabs() {
  const { t } = useTranslation();
  const m = useSchemeTabs();
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, k: number) => {
    const n = m.tabs.length;
    const next = e.key === 'ArrowRight' ? (k + 1) % n : e.key === 'ArrowLeft' ? (k - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    m.select(m.tabs[next]!.id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role=tab]')[next]?.focus();
  };
  return (
    <nav className="tabs" aria-label={t('scheme.tabs')}>
      <div role="tablist" aria-label={t('scheme.tabs')} className="tablist" ref={list}>
        {m.tabs.map((tab, k) => (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            role="tab"
            aria-selected={tab.active}
            aria-controls={SCHEME_PANEL}
            tabIndex={tab.active ? 0 : -1}
            className={tab.active ? 'tab active' : 'tab'}
            onClick={() => m.select(tab.id)}
            onKeyDown={(e) => onKey(e, k)}
            data-testid="scheme-tab"
            title={tab.setAside ? t('scheme.setAsideTab', { n: tab.setAside }) : undefined}
          >
            <span className="swatch" style={{ background: schemeColor(tab.color) }} aria-hidden="true" />
            {tab.name}
            {tab.setAside > 0 && ' ⚠'}
          </button>
        ))}
      </div>
      <div className="tab-actions">
        <button className="tab add" onClick={m.add} data-testid="add-scheme">
          + {t('actions.add')}
        </button>
        {m.duplicate && (
          <button className="tab" onClick={m.duplicate} data-testid="duplicate-scheme">
            {t('actions.duplicate')}
          </button>
        )}
        <button className="tab" onClick={m.remove ?? undefined} disabled={!m.remove} data-testid="delete-scheme">
          {t('actions.remove')}
        </button>
        <button className="tab" onClick={m.addSeeds} data-testid="add-seeds">
          {t('actions.seeds')}
        </button>
      </div>
    </nav>
  );
}
