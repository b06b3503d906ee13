import { describe, expect, it } from 'vitest';
import { projectionSettings } from '../../models/projection';
import { WorkerClient } from '../../src/client/workerClient';
import { seedScenario, seedWorkforce } from './describeEngine';
import { nodeSpawner } from './nodeSpawner';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('cancelling a long run', () => {
  it('rejects at once and stops CPU use within 200 ms', async () => {
    const client = new WorkerClient(nodeSpawner, 2);
    const ds = client.dataset(seedWorkforce());
    const s = seedScenario('compromise');
    // About 10 s of work for this pool on the development machine.
    const p = projectionSettings(s, { years: 10, paths: 20_000, seed: 1 });
    const ac = new AbortController();
    const ticks: number[] = [];
    const run = client.project(ds, s, p, { signal: ac.signal, onProgress: () => ticks.push(performance.now()) });
    run.catch(() => undefined);
    await sleep(600);
    // Progress arrives at least every 100 ms on a long run (blocks here take over half a second each).
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const gaps = ticks.slice(1).map((t, k) => t - ticks[k]!);
    expect(Math.max(...gaps)).toBeLessThan(100);
    const before = process.cpuUsage();
    const t0 = performance.now();
    ac.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - t0).toBeLessThan(200);
    await sleep(200);
    // From 200 ms after the abort, the process is idle: workers are gone.
    const idleFrom = process.cpuUsage();
    await sleep(500);
    const idle = process.cpuUsage(idleFrom);
    expect((idle.user + idle.system) / 1000).toBeLessThan(100);
    // Sanity: the run really was busy before the abort.
    const busy = process.cpuUsage(before);
    expect(busy.user).toBeGreaterThan(0);
    client.dispose();
  });
});
