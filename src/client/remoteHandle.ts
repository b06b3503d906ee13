/** The one way a spawned host is asked a question over comlink, shared by the browser's Web Worker and Node's worker thread. */
import { proxy, transfer, type Remote } from 'comlink';
import { transferables, type EngineHost } from '../../workers/protocol';
import type { SpawnedHost } from './workerClient';

/** Sends the request with its buffers transferred; progress comes back on a port of its own (comlink's proxy) and counts as a sign of life (`heard`). */
export function remoteHandle(remote: Remote<EngineHost>, heard: () => void): SpawnedHost['handle'] {
  return (req, progress) =>
    remote.handle(
      transfer(req, transferables(req)),
      progress
        ? proxy((done: number, total?: number) => {
            heard();
            progress(done, total);
          })
        : undefined,
    ) as never;
}
