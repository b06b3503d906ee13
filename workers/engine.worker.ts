/** The engine in a browser Web Worker: comlink exposes the host, results' buffers are transferred back. */
import { expose, transfer } from 'comlink';
import { createEngineHost } from './host';
import { HEARTBEAT_MS, transferables, type EngineRequest, type ProgressFn } from './protocol';

// A heartbeat from inside long work, stamped with this worker's clock, at most every half second.
let lastAlive = 0;
const alive = () => {
  const now = Date.now();
  if (now - lastAlive < 500) return;
  lastAlive = now;
  self.postMessage({ __alive: now });
};
const host = createEngineHost((silent) => {
  // A real crash: an uncaught error the page's `worker.onerror` sees; or a worker that just stops.
  setTimeout(() => {
    if (silent) self.close();
    else throw new Error('engine worker crashed');
  });
  return new Promise<never>(() => undefined) as never;
}, alive);

// Alive: the page hears from this worker every second it is not busy (long work reports progress instead).
setInterval(() => self.postMessage({ __alive: Date.now() }), HEARTBEAT_MS);
// A worker that closes itself says so first, so the page does not wait for an answer that will never come.
const close = self.close.bind(self);
self.close = () => {
  self.postMessage({ __closing: true });
  close();
};

expose({
  async handle(request: EngineRequest, progress?: ProgressFn) {
    // Signs of life carry this host's clock (the page counts them from when they were sent): the progress reports, and
    // a heartbeat just before the answer (or the error), which is what a long piece of work without progress ends with.
    try {
      const result = await host.handle(request, progress && ((done, total) => (progress as (d: number, t?: number, sentAt?: number) => void)(done, total, Date.now())));
      return transfer(result, transferables(result));
    } finally {
      self.postMessage({ __alive: Date.now() });
    }
  },
});
