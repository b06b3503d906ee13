/**
 * Runs in a Chromium page (bundled by browserSpawner.ts): starts the Web
 * Worker the production build ships, by its URL, and relays requests to it
 * with comlink exactly as the app's own spawner does.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import { transferables, type EngineHost, type EngineRequest } from '../../workers/protocol';

interface PageBridge {
  __engineCrashed(id: number, message: string): void;
  __engineProgress(id: number, done: number, total?: number): void;
  __engineAlive(id: number): void;
}

const hosts = new Map<number, { worker: Worker; remote: Remote<EngineHost> }>();
let next = 0;
const bridge = window as unknown as PageBridge;

(window as unknown as { __engine: unknown }).__engine = {
  spawn(url: string): number {
    const id = ++next;
    const worker = new Worker(url, { type: 'module', name: 'pay-engine' });
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      bridge.__engineCrashed(id, ev.message || 'worker error');
    });
    worker.addEventListener('message', (ev: MessageEvent) => {
      if ((ev.data as { __closing?: boolean } | null)?.__closing) bridge.__engineCrashed(id, 'the engine worker closed');
      else if ((ev.data as { __alive?: number } | null)?.__alive) bridge.__engineAlive(id);
    });
    hosts.set(id, { worker, remote: wrap<EngineHost>(worker) });
    return id;
  },
  handle(id: number, request: EngineRequest, withProgress: boolean): Promise<unknown> {
    const h = hosts.get(id);
    if (!h) return Promise.reject(new Error(`no host ${id}`));
    return h.remote.handle(transfer(request, transferables(request)), withProgress ? proxy((done: number, total?: number) => bridge.__engineProgress(id, done, total)) : undefined);
  },
  terminate(id: number): void {
    hosts.get(id)?.worker.terminate();
    hosts.delete(id);
  },
};
