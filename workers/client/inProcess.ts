/**
 * The engine on the calling thread: the fallback where workers are
 * unavailable (Node scripts, tests). The engine is loaded on the first
 * question, so the page's own bundle never carries it (nor the formula
 * parser it brings) unless it has to compute without a worker.
 */
import type { EngineHost } from '../protocol';
import type { Spawner } from './workerClient';

export const inProcessSpawner: Spawner = () => {
  const crashListeners: ((e: Error) => void)[] = [];
  let host: Promise<EngineHost> | null = null;
  const load = () =>
    (host ??= import('../host').then(({ createEngineHost }) =>
      createEngineHost(() => {
        const e = new Error('in-process engine crash (test)');
        queueMicrotask(() => crashListeners.forEach((l) => l(e)));
        return new Promise<never>(() => undefined) as never;
      }),
    ));
  return {
    handle: async (request, progress) => (await load()).handle(request, progress),
    terminate: () => undefined,
    onCrash: (l) => crashListeners.push(l),
    isolated: false,
  };
};
