/** One tab per scheme, and new / duplicate / delete / the sample schemes. */
import { useTranslation } from 'react-i18next';
import { schemeColor } from '../../ui/colors';
import { useSchemeTabs } from './useWorkspaceShell';

export function SchemeTabs() {
  const { t } = useTranslation();
  const m = useSchemeTabs();
  return (
    <nav className="tabs" aria-label={t('scheme.tabs')} role="tablist">
      {m.tabs.map((tab) => (
        <button key={tab.id} role="tab" aria-selected={tab.active} className={tab.active ? 'tab active' : 'tab'} onClick={() => m.select(tab.id)} data-testid="scheme-tab" title={tab.setAside ? t('scheme.setAsideTab', { n: tab.setAside }) : undefined}>
          <span className="swatch" style={{ background: schemeColor(tab.color) }} aria-hidden="true" />
          {tab.name}
          {tab.setAside > 0 && ' ⚠'}
        </button>
      ))}
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
    </nav>
  );
}
