/** The engine in a browser Web Worker: comlink exposes the host, results' buffers are transferred back. */
import { expose, transfer } from 'comlink';
import { createEngineHost } from './host';
import { HEARTBEAT_MS, transferables, type EngineRequest, type ProgressFn } from './protocol';

const host = createEngineHost((silent) => {
  // A real crash: an uncaught error the page's `worker.onerror` sees; or a worker that just stops.
  setTimeout(() => {
    if (silent) self.close();
    else throw new Error('engine worker crashed');
  });
  return new Promise<never>(() => undefined) as never;
});

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
    const result = await host.handle(request, progress);
    return transfer(result, transferables(result));
  },
});
