/** The engine in a browser Web Worker: comlink exposes the host, results' buffers are transferred back. */
import { expose, transfer } from 'comlink';
import { createEngineHost } from './host';
import { transferables, type EngineRequest, type ProgressFn } from './protocol';

const host = createEngineHost(() => {
  // A real crash: an uncaught error the page's `worker.onerror` sees.
  setTimeout(() => {
    throw new Error('engine worker crashed');
  });
  return new Promise<never>(() => undefined) as never;
});

expose({
  async handle(request: EngineRequest, progress?: ProgressFn) {
    const result = await host.handle(request, progress);
    return transfer(result, transferables(result));
  },
});
