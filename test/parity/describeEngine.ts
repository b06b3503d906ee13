/**
 * One suite, written once, run against every engine host: whatever runs the
 * engine, the same inputs and seed give identical numbers.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementZone, poolForGrowth, tornado } from '../../models/bargaining';
import { chartData, currentOf, medianRaiseMonthly } from '../../models/charts';
import { equityMonteCarlo } from '../../models/equityMc';
import { parseWorkforceCsv } from '../../models/io/csv';
import { computePay } from '../../models/pay';
import { project, projectionSettings } from '../../models/projection';
import { parseScenarioJson, type Scenario } from '../../models/scenario';
import type { EngineClient } from '../../src/engine/client';

export const seedWorkforce = () => parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
export function seedScenario(name: string): Scenario {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
}

export function describeEngine(hostName: string, makeClient: () => EngineClient) {
  describe(`engine parity: ${hostName}`, () => {
    const w = seedWorkforce();
    const schemes = ['union', 'management', 'compromise', 'current'].map(seedScenario);
    let client: EngineClient;
    beforeAll(() => {
      client = makeClient();
      client.setWorkforce(w);
    });
    afterAll(() => client.dispose());

    it('computes several schemes in one call, identical to the engine in-process', async () => {
      const results = await client.compute(schemes, { components: true });
      expect(results).toHaveLength(4);
      results.forEach((r, k) => {
        const direct = computePay(w, schemes[k]!, { components: true });
        expect(r.summary).toEqual(direct.summary);
        expect(r.craftsmen).toEqual(direct.craftsmen);
        expect(Array.from(r.annual!)).toEqual(Array.from(direct.annual));
        expect(Array.from(r.components!.guaranteeTopUp)).toEqual(Array.from(direct.components!.guaranteeTopUp));
      });
    });

    it('builds chart aggregates in the host and can leave the per-worker pay out', async () => {
      const [r] = await client.compute([schemes[2]!], { chartsFor: [0], omitAnnual: true });
      expect(r!.annual).toBeNull();
      const direct = computePay(w, schemes[2]!);
      expect(r!.charts).toEqual(chartData(w, direct.annual));
      expect(r!.medianRaiseMonthly).toBe(medianRaiseMonthly(currentOf(w).annual, direct.annual));
    });

    it('answers the bargaining questions exactly as the engine in-process', async () => {
      const s = schemes[1]!;
      expect(await client.solve(s, { q: 'pool-for-growth', growth: 0.05 })).toEqual(poolForGrowth(w, s, 0.05));
      expect(await client.tornado(s)).toEqual(tornado(w, s));
      const limits = { maxGrowth: 0.08, minMedianRaise: 100, nobodyLoses: false, minLowGradeRaise: 0 };
      expect(await client.zone(s, limits, [9e7, 1.2e8], 5)).toEqual(agreementZone(w, s, limits, [9e7, 1.2e8], 5));
    });

    it('projects identically to the single-thread projection, whatever the pool size', async () => {
      const s = schemes[2]!;
      const p = projectionSettings(s, { years: 3, paths: 40, seed: 9 });
      const progress: number[] = [];
      const years = await client.project(s, p, { onProgress: (x) => progress.push(x.done) });
      expect(years).toEqual(project(w, s, p));
      expect(progress.at(-1)).toBe(40);
      expect(progress.every((x, k) => k === 0 || x >= progress[k - 1]!)).toBe(true);
    });

    it('runs the equity Monte Carlo identically to the single-thread version', async () => {
      const grant = schemes[0]!.craftsmen[0]!.equity!;
      const mc = await client.equityMonteCarlo(grant, 150_000, 5);
      expect(mc).toEqual(equityMonteCarlo(grant, 150_000, 5));
    });

    it('latest-wins: a burst of recomputes runs the newest, older waiting ones resolve to null', async () => {
      const calls = [0.03, 0.04, 0.05, 0.06, 0.07].map((g) => client.computeLatest([{ ...schemes[3]!, mode: 'raise', raise: { ...schemes[3]!.raise, percent: g } }]));
      const results = await Promise.all(calls);
      const last = results.at(-1)!;
      expect(last).not.toBeNull();
      expect(last![0]!.summary.wageBillGrowth).toBeGreaterThan(0.069);
      expect(results.filter((r) => r === null).length).toBeGreaterThanOrEqual(3);
    });

    it('an aborted call rejects with AbortError and the next call works (dataset re-sent)', async () => {
      const ac = new AbortController();
      const s = schemes[2]!;
      const running = client.project(s, projectionSettings(s, { years: 5, paths: 2000, seed: 1 }), { signal: ac.signal });
      setTimeout(() => ac.abort(), 50);
      await expect(running).rejects.toMatchObject({ name: 'AbortError' });
      const again = await client.compute([schemes[0]!]);
      expect(again[0]!.summary).toEqual(computePay(w, schemes[0]!).summary);
    });

    it('a crashed host gives a clear error and the next call works again', async () => {
      await expect(client.crashForTest()).rejects.toMatchObject({ name: 'EngineCrashedError' });
      const again = await client.compute([schemes[1]!]);
      expect(again[0]!.summary).toEqual(computePay(w, schemes[1]!).summary);
    });

    it('refuses a scheme naming an unknown craftsman with a clear message', async () => {
      const bad = { ...schemes[0]!, craftsmen: [{ ...schemes[0]!.craftsmen[0]!, id: 'NOBODY' }] };
      await expect(client.compute([bad])).rejects.toThrow(/NOBODY/);
    });
  });
}
