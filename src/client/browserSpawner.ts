/** Web Workers built by Vite from workers/engine.worker.ts. */
import { wrap, type Remote } from 'comlink';
import type { EngineHost } from '../../workers/protocol';
import { remoteHandle } from './remoteHandle';
import type { Spawner } from './workerClient';

export const browserSpawner: Spawner = () => {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'pay-engine' });
  const remote = wrap<EngineHost>(worker) as Remote<EngineHost>;
  const listeners: ((e: Error) => void)[] = [];
  let lastHeard = performance.now();
  worker.addEventListener('error', (ev) => {
    ev.preventDefault();
    listeners.forEach((l) => l(new Error(ev.message || 'worker error')));
  });
  // Every message is a sign of life (answers, progress, heartbeats); a worker closing itself is a death.
  worker.addEventListener('message', (ev: MessageEvent) => {
    lastHeard = performance.now();
    if ((ev.data as { __closing?: boolean } | null)?.__closing) listeners.forEach((l) => l(new Error('the engine worker closed')));
  });
  return {
    handle: remoteHandle(remote, () => (lastHeard = performance.now())),
    terminate: () => worker.terminate(),
    onCrash: (l) => listeners.push(l),
    lastHeard: () => lastHeard,
    isolated: true,
  };
};

export function defaultPoolSize(): number {
  return Math.max(2, Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 2));
}
