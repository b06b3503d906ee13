/** The engine in a Node worker thread, with the same protocol and host as the browser worker (parity tests, benchmarks). */
import { parentPort } from 'node:worker_threads';
import { expose, transfer } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createEngineHost } from './host';
import { HEARTBEAT_MS, transferables, type EngineRequest, type ProgressFn } from './protocol';

// A heartbeat from inside long work, stamped with this worker's clock, at most every half second.
let lastAlive = 0;
const alive = () => {
  const now = Date.now();
  if (now - lastAlive < 500) return;
  lastAlive = now;
  parentPort!.postMessage({ __alive: now });
};
const host = createEngineHost((silent) => {
  setTimeout(() => {
    if (silent) process.exit(0);
    else throw new Error('engine worker crashed');
  });
  return new Promise<never>(() => undefined) as never;
}, alive);

setInterval(() => parentPort!.postMessage({ __alive: Date.now() }), HEARTBEAT_MS).unref();

expose(
  {
    async handle(request: EngineRequest, progress?: ProgressFn) {
      // Signs of life carry this host's clock: the progress reports, and a heartbeat just before the answer (or the error).
      try {
        const result = await host.handle(request, progress && ((done, total) => (progress as (d: number, t?: number, sentAt?: number) => void)(done, total, Date.now())));
        return transfer(result, transferables(result));
      } finally {
        parentPort!.postMessage({ __alive: Date.now() });
      }
    },
  },
  nodeEndpoint(parentPort!),
);
