/** The title and the workspace's actions: sample, share, scheme files, undo/redo, start fresh, language. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHeaderActions, useHistory } from './useWorkspaceShell';

export function Header({ startFresh }: { startFresh: () => Promise<void> }) {
  const { t } = useTranslation();
  const a = useHeaderActions(startFresh);
  const h = useHistory();
  const fileInput = useRef<HTMLInputElement>(null);
  // On a phone the file and workspace actions fold behind "更多", so the key figures come into the first screen sooner.
  const [more, setMore] = useState(false);
  return (
    <header>
      <div>
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <nav className={`actions${more ? ' open' : ''}`} aria-label={t('actions.label')}>
        <button className="secondary" onClick={h.undo} disabled={!h.canUndo} title={h.undoText} aria-label={h.canUndo ? `${t('actions.undo')}: ${h.undoText}` : t('actions.undo')} data-testid="undo">
          ↶ {t('actions.undo')}
        </button>
        <button className="secondary" onClick={h.redo} disabled={!h.canRedo} title={h.redoText} aria-label={h.canRedo ? `${t('actions.redo')}: ${h.redoText}` : t('actions.redo')} data-testid="redo">
          ↷ {t('actions.redo')}
        </button>
        <button className="secondary fold" onClick={() => void a.loadSample()} data-testid="load-sample">
          {t('actions.sample')}
        </button>
        <button className="secondary fold" onClick={() => void a.share()} data-testid="share">
          {t('actions.share')}
        </button>
        {a.saveScheme && (
          <button className="secondary fold" onClick={a.saveScheme} data-testid="save-scheme">
            {t('actions.saveScheme')}
          </button>
        )}
        <button className="secondary fold" onClick={() => fileInput.current?.click()} data-testid="open-scheme">
          {t('actions.loadScheme')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="scheme-file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void a.openScheme(f);
          }}
        />
        <button className="secondary fold" onClick={() => void a.startFresh()} data-testid="start-over">
          {t('actions.fresh')}
        </button>
        <button className="secondary phone-only more-toggle" onClick={() => setMore((x) => !x)} aria-expanded={more} data-testid="menu-toggle">
          {more ? t('actions.less') : t('actions.more')}
        </button>
        <button onClick={a.switchLanguage} data-testid="lang-switch" data-lang-exempt lang={a.language === 'en' ? 'zh-CN' : 'en'}>
          {t('actions.language')}
        </button>
      </nav>
    </header>
  );
}
