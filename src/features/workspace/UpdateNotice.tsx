/**
 * "A new version is ready": shown when a newer build waits; it takes over only when the user says so. Also says once
 * when the app can open offline. Drawn in the notices' stack at the bottom of the window, so it never moves the page.
 */
import { useTranslation } from 'react-i18next';
import { useUpdate } from './useUpdate';

export function UpdateNotice() {
  const { t } = useTranslation();
  const m = useUpdate();
  if (m.update) {
    return (
      <div className="notice warn update-notice" role="status" data-testid="update-notice">
        <span>{t('pwa.update')}</span>
        <button onClick={m.update.now} data-testid="update-now">
          {t('pwa.updateNow')}
        </button>
        <button className="secondary" onClick={m.update.later}>
          {t('pwa.later')}
        </button>
      </div>
    );
  }
  if (m.offline) {
    return (
      <div className="notice update-notice" role="status" data-testid="offline-ready">
        <span>{t('pwa.offlineReady')}</span>
        <button className="secondary" onClick={m.offline.close}>
          {t('actions.close')}
        </button>
      </div>
    );
  }
  return null;
}
