/** Web Workers built by Vite from workers/engine.worker.ts. */
import { wrap, type Remote } from 'comlink';
import type { EngineHost } from '../../workers/protocol';
import { aliveAt, lifeSigns, remoteHandle } from '../../workers/client/remoteHandle';
import type { Spawner } from '../../workers/client/workerClient';

export const browserSpawner: Spawner = () => {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module', name: 'pay-engine' });
  const remote = wrap<EngineHost>(worker) as Remote<EngineHost>;
  const listeners: ((e: Error) => void)[] = [];
  const life = lifeSigns();
  worker.addEventListener('error', (ev) => {
    ev.preventDefault();
    listeners.forEach((l) => l(new Error(ev.message || 'worker error')));
  });
  // A message that cannot be read (an answer among them) would leave its call waiting forever: the worker is taken for dead.
  worker.addEventListener('messageerror', () => listeners.forEach((l) => l(new Error('a message from the engine worker could not be read'))));
  // Heartbeats (one comes just before every answer) and progress are signs of life, by the worker's clock; a worker
  // closing itself is a death.
  worker.addEventListener('message', (ev: MessageEvent) => {
    const at = aliveAt(ev.data);
    if (at !== undefined) life.heard(at);
    if ((ev.data as { __closing?: boolean } | null)?.__closing) listeners.forEach((l) => l(new Error('the engine worker closed')));
  });
  return {
    handle: remoteHandle(remote, life.heard),
    terminate: () => worker.terminate(),
    onCrash: (l) => listeners.push(l),
    lastHeard: life.last,
    isolated: true,
  };
};

export function defaultPoolSize(): number {
  return Math.max(2, Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 2));
}
