/** "A new version is ready": shown when a newer build waits; it takes over only when the user says so. Also says once when the app can open offline. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePwa } from '../../pwa';

export function UpdateNotice() {
  const { t } = useTranslation();
  const { needRefresh, offlineReady, update } = usePwa();
  const [dismissed, setDismissed] = useState<'offline' | 'update' | null>(null);
  if (needRefresh && dismissed !== 'update') {
    return (
      <div className="notice warn update-notice" role="status" data-testid="update-notice">
        <span>{t('pwa.update')}</span>
        <button onClick={update} data-testid="update-now">
          {t('pwa.updateNow')}
        </button>
        <button className="secondary" onClick={() => setDismissed('update')}>
          {t('pwa.later')}
        </button>
      </div>
    );
  }
  if (offlineReady && dismissed === null) {
    return (
      <div className="notice update-notice" role="status" data-testid="offline-ready">
        <span>{t('pwa.offlineReady')}</span>
        <button className="secondary" onClick={() => setDismissed('offline')}>
          {t('actions.close')}
        </button>
      </div>
    );
  }
  return null;
}
