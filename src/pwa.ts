/**
 * The service worker: registered once the page has loaded (the app works
 * offline after the first visit). When a newer build is deployed its worker
 * waits, and the page says so (UpdateNotice) until the user chooses to
 * update: the page in use is never swapped silently.
 */
import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';

interface PwaState {
  /** A newer build is installed and waiting. */
  needRefresh: boolean;
  /** The app is now cached: it will open without a network. */
  offlineReady: boolean;
  update: () => void;
}

export const usePwa = create<PwaState>()(() => ({ needRefresh: false, offlineReady: false, update: () => undefined }));

let beforeUpdate: (() => Promise<boolean>) | null = null;

/** What must happen before the page reloads into a new version (the autosave writes what is still waiting). */
export function setBeforeUpdate(fn: (() => Promise<boolean>) | null): void {
  beforeUpdate = fn;
}

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => usePwa.setState({ needRefresh: true }),
    onOfflineReady: () => usePwa.setState({ offlineReady: true }),
  });
  usePwa.setState({
    update: () => {
      // Unsaved work that cannot be saved now keeps the page (the autosave shows why); the notice stays for later.
      void (beforeUpdate?.() ?? Promise.resolve(true)).then((saved) => (saved ? update(true) : undefined), () => undefined);
    },
  });
}
