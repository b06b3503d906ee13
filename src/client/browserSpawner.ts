/** Web Workers built by Vite from workers/engine.worker.ts. */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import { transferables, type EngineHost } from '../../workers/protocol';
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
    // Progress comes back on a port of its own (comlink's proxy): it is a sign of life too.
    handle: (req, progress) =>
      remote.handle(
        transfer(req, transferables(req)),
        progress
          ? proxy((done: number, total?: number) => {
              lastHeard = performance.now();
              progress(done, total);
            })
          : undefined,
      ) as never,
    terminate: () => worker.terminate(),
    onCrash: (l) => listeners.push(l),
    lastHeard: () => lastHeard,
    isolated: true,
  };
};

export function defaultPoolSize(): number {
  return Math.max(2, Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 2));
}
