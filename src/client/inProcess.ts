/** The engine on the calling thread: the fallback where workers are unavailable (Node scripts, tests). */
import { createEngineHost } from '../../workers/host';
import type { Spawner } from './workerClient';

export const inProcessSpawner: Spawner = () => {
  const crashListeners: ((e: Error) => void)[] = [];
  const host = createEngineHost(() => {
    const e = new Error('in-process engine crash (test)');
    queueMicrotask(() => crashListeners.forEach((l) => l(e)));
    return new Promise<never>(() => undefined) as never;
  });
  return { handle: host.handle, terminate: () => undefined, onCrash: (l) => crashListeners.push(l), isolated: false };
};
