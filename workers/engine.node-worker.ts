/** The engine in a Node worker thread, with the same protocol and host as the browser worker (parity tests, benchmarks). */
import { parentPort } from 'node:worker_threads';
import { expose, transfer } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createEngineHost } from './host';
import { HEARTBEAT_MS, transferables, type EngineRequest, type ProgressFn } from './protocol';

const host = createEngineHost((silent) => {
  setTimeout(() => {
    if (silent) process.exit(0);
    else throw new Error('engine worker crashed');
  });
  return new Promise<never>(() => undefined) as never;
});

setInterval(() => parentPort!.postMessage({ __alive: Date.now() }), HEARTBEAT_MS).unref();

expose(
  {
    async handle(request: EngineRequest, progress?: ProgressFn) {
      const result = await host.handle(request, progress);
      return transfer(result, transferables(result));
    },
  },
  nodeEndpoint(parentPort!),
);
