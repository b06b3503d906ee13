/** The engine in a Node worker thread, with the same protocol and host as the browser worker (parity tests, CLI). */
import { parentPort } from 'node:worker_threads';
import { expose, transfer } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createEngineHost } from './host';
import { transferables, type EngineRequest, type ProgressFn } from './protocol';

const host = createEngineHost(() => {
  setTimeout(() => {
    throw new Error('engine worker crashed');
  });
  return new Promise<never>(() => undefined) as never;
});

expose(
  {
    async handle(request: EngineRequest, progress?: ProgressFn) {
      const result = await host.handle(request, progress);
      return transfer(result, transferables(result));
    },
  },
  nodeEndpoint(parentPort!),
);
