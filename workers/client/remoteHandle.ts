/** The one way a spawned host is asked a question over comlink, shared by the browser's Web Worker and Node's worker thread. */
import { proxy, transfer, type Remote } from 'comlink';
import { transferables, type EngineHost } from '../protocol';
import type { SpawnedHost } from './workerClient';

/**
 * When a host was last alive. A heartbeat and a progress report carry the
 * time the host sent them (`Date.now()` there): a message read late — the
 * page busy drawing, a port's queue draining after the host was killed —
 * counts from when it was sent, so a dead host is not taken for alive the
 * longer for it. The hosts send a heartbeat just before each answer, so
 * answers need no stamp of their own.
 */
export function lifeSigns(): { heard(sentAt?: number): void; last(): number } {
  const born = performance.now();
  let last = born;
  let spoken = false;
  return {
    heard(sentAt) {
      const now = performance.now();
      const at = typeof sentAt === 'number' && Number.isFinite(sentAt) ? now - Math.max(0, Date.now() - sentAt) : now;
      spoken = true;
      if (at > last) last = at;
    },
    // Until its first word a new worker is still starting (reading its script, on a busy machine for many seconds):
    // it is given STARTUP_GRACE_MS more before its silence counts. A worker that cannot start at all fails loudly.
    last: () => (spoken ? last : born + STARTUP_GRACE_MS),
  };
}

/** Extra time a freshly made worker has before its first sign of life, on top of the silence allowed. */
export const STARTUP_GRACE_MS = 15_000;

/** The time a heartbeat message was sent, if it is one (`{ __alive: Date.now() }` from the host). */
export const aliveAt = (data: unknown): number | undefined => (data && typeof data === 'object' && '__alive' in data ? Number((data as { __alive: unknown }).__alive) : undefined);

/**
 * Sends the request with its buffers transferred; progress comes back on a
 * port of its own (comlink's proxy), stamped with the host's clock, and counts
 * as a sign of life (`heard`).
 */
export function remoteHandle(remote: Remote<EngineHost>, heard: (sentAt?: number) => void): SpawnedHost['handle'] {
  return (req, progress) =>
    remote.handle(
      transfer(req, transferables(req)),
      progress
        ? proxy((done: number, total?: number, sentAt?: number) => {
            heard(sentAt);
            progress(done, total);
          })
        : undefined,
    ) as never;
}
