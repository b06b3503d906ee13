/** The worker client without real workers: a host that goes silent is taken for dead, its question fails clearly, the next one runs on a new host. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerClient, type SpawnedHost } from '../../workers/client/workerClient';
import { SILENCE_MS } from '../../workers/protocol';

afterEach(() => vi.useRealTimers());

describe('a host that dies without a word', () => {
  it('fails the question it owed after SILENCE_MS of silence, and the next question gets a new host', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'] });
    const spawned: { heard: number; terminated: boolean }[] = [];
    const client = new WorkerClient(() => {
      const me = { heard: performance.now(), terminated: false };
      spawned.push(me);
      const host: SpawnedHost = {
        // The first host never answers and never speaks again; later hosts answer at once.
        handle: (req) => (spawned.length === 1 ? new Promise(() => undefined) : Promise.resolve({ datasetId: 'x', size: 0, req } as never)),
        terminate: () => void (me.terminated = true),
        onCrash: () => undefined,
        lastHeard: () => me.heard,
        isolated: true,
      };
      return host;
    }, 1);
    const hung = client.ask({ kind: 'crash' });
    const outcome = hung.then(
      () => 'answered',
      (e: Error) => e.name,
    );
    await vi.advanceTimersByTimeAsync(SILENCE_MS - 2000);
    expect(spawned[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(4000);
    expect(await outcome).toBe('EngineCrashedError');
    expect(spawned[0]!.terminated).toBe(true);
    await expect(client.ask({ kind: 'crash' })).resolves.toBeTruthy();
    expect(spawned).toHaveLength(2);
    client.dispose();
  });

  it('a host that keeps speaking (progress or heartbeats) is never taken for dead, however long it works', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'] });
    let heard = performance.now();
    let answer: (v: unknown) => void = () => undefined;
    const client = new WorkerClient(() => ({ handle: () => new Promise((r) => (answer = r)) as never, terminate: () => undefined, onCrash: () => undefined, lastHeard: () => heard, isolated: true }), 1);
    const long = client.ask({ kind: 'crash' });
    for (let k = 0; k < 30; k++) {
      await vi.advanceTimersByTimeAsync(1000);
      heard = performance.now();
    }
    answer({ datasetId: 'x' });
    await expect(long).resolves.toEqual({ datasetId: 'x' });
    client.dispose();
  });
});
