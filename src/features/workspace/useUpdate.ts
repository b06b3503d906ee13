/** The service worker's news for the page: a newer build waiting (taken only when the user says so), and the app ready offline. */
import { useState } from 'react';
import { usePwa } from '../../pwa';

export function useUpdate() {
  const { needRefresh, offlineReady, update } = usePwa();
  const [dismissed, setDismissed] = useState<'offline' | 'update' | null>(null);
  return {
    /** A newer version waits: 现在更新 / 稍后. */
    update: needRefresh && dismissed !== 'update' ? { now: update, later: () => setDismissed('update') } : null,
    /** Said once, until closed. */
    offline: !needRefresh && offlineReady && dismissed === null ? { close: () => setDismissed('offline') } : null,
  };
}
