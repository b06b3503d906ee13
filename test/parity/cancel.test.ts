/**
 * Cancelling a long run: the promise rejects with an AbortError, progress had
 * been coming, and every worker thread doing the work is terminated (that is
 * what stops the CPU). How fast this happens is measured in the bench
 * (`cancel-latency`), not asserted here: a shared test machine is noisy.
 */
import { describe, expect, it } from 'vitest';
import { projectionSettings } from '../../models/pay/projection';
import { WorkerClient, type Spawner } from '../../workers/client/workerClient';
import { seedScenario, seedWorkforce } from './describeEngine';
import { nodeSpawner } from './nodeSpawner';

describe('cancelling a long run', () => {
  it('rejects with AbortError, after progress, and terminates every worker that was working', async () => {
    const alive = new Set<object>();
    const spawner: Spawner = () => {
      const host = nodeSpawner();
      const me = {};
      alive.add(me);
      return {
        ...host,
        terminate: () => {
          alive.delete(me);
          host.terminate();
        },
      };
    };
    const client = new WorkerClient(spawner, 2);
    const ds = client.dataset(seedWorkforce());
    const s = seedScenario('compromise');
    // Far more work than the test waits for: it is cancelled long before it could end.
    const p = projectionSettings(s, { years: 10, paths: 20_000, seed: 1 });
    const ac = new AbortController();
    let ticks = 0;
    let sawProgress: () => void = () => undefined;
    const progressed = new Promise<void>((r) => (sawProgress = r));
    const run = client.project(ds, s, p, {
      signal: ac.signal,
      onProgress: () => {
        if (++ticks === 3) sawProgress();
      },
    });
    run.catch(() => undefined);
    await progressed;
    expect(alive.size).toBe(2);
    ac.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // Both threads were busy with blocks of paths: both were terminated, none is left running.
    expect(alive.size).toBe(0);
    client.dispose();
  });
});
