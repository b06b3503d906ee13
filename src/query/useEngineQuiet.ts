/** Whether a busy engine has gone quiet, and the user's two answers: wait, or cancel. The page never stops a quiet engine by itself. */
import { useCallback, useSyncExternalStore } from 'react';
import type { QuietState } from '../../workers/client/workerClient';
import { useWorkerClient } from './EngineProvider';

export function useEngineQuiet(): { quiet: QuietState | null; wait: () => void; cancel: () => void } {
  const client = useWorkerClient();
  const subscribe = useCallback((l: () => void) => client.onQuiet(l), [client]);
  const quiet = useSyncExternalStore(subscribe, () => client.quiet);
  return { quiet, wait: useCallback(() => client.keepWaiting(), [client]), cancel: useCallback(() => client.cancelQuiet(), [client]) };
}
