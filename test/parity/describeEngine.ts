/**
 * One suite, written once, run against every engine host: whatever runs the
 * engine, the same inputs and seed give the same numbers — identical on a
 * host running this very engine (in-process, Node's worker threads), and to a
 * relative 1e-12 on another JavaScript engine (Chromium's V8 may round
 * `Math.exp`/`log`/`pow` differently in the last bit). A seeded run repeated
 * on one host must repeat exactly, on every host.
 */
import { CONTRIBUTION_PRESETS } from '../../models/takehome/contributions';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementZone, contractCost, poolForGrowth, tornado } from '../../models/bargaining/bargaining';
import { fingerprint, workforceFingerprint } from '../../models/fingerprint';
import { chartData, currentOf, medianRaiseMonthly } from '../../models/charts';
import { craftsmanCandidates, craftsmenReport } from '../../models/craftsmen/craftsmen';
import { equityMonteCarlo } from '../../models/craftsmen/equityMc';
import { parseWorkforceCsv } from '../../models/io/csv';
import { STAMPED_WORKER_COLUMNS, toCsv, workerRows } from '../../models/io/export';
import { computePay } from '../../models/pay/pay';
import { searchWorkers, workforceProfile } from '../../models/pay/profile';
import { project, projectionSettings } from '../../models/pay/projection';
import { parseScenarioJson, type Scenario } from '../../models/pay/scenario';
import type { WorkerClient } from '../../workers/client/workerClient';
import { expectDeepClose } from '../deepClose';

export const seedWorkforce = () => parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
export function seedScenario(name: string): Scenario {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
}

export interface HostKind {
  /** The host runs another JavaScript engine than this test process (Chromium): numbers agree to a relative 1e-12. */
  otherEngine?: boolean;
}

/** CSV text cell by cell: numbers to `same`'s tolerance, everything else exactly. */
const csvCells = (text: string) => text.split('\r\n').map((line) => line.split(',').map((c) => (c !== '' && Number.isFinite(Number(c)) ? Number(c) : c)));

export function describeEngine(hostName: string, makeClient: () => WorkerClient, kind: HostKind = {}) {
  /** What another engine computed against what this process computed. */
  const same = (actual: unknown, expected: unknown) => (kind.otherEngine ? expectDeepClose(actual, expected) : expect(actual).toEqual(expected));
  describe(`engine parity: ${hostName}`, () => {
    const w = seedWorkforce();
    const schemes = ['union', 'management', 'compromise', 'current'].map(seedScenario);
    let client: WorkerClient;
    let ds: string;
    beforeAll(() => {
      client = makeClient();
      ds = client.dataset(w);
    });
    afterAll(() => client.dispose());

    it('computes several schemes in one call, identical to the engine in-process, each result naming its scheme', async () => {
      const results = await client.ask({ kind: 'compute', datasetId: ds, scenarios: schemes, components: true });
      expect(results).toHaveLength(4);
      results.forEach((r, k) => {
        const direct = computePay(w, schemes[k]!, { components: true, takeHome: true });
        expect(r.fingerprint).toBe(fingerprint(schemes[k]!));
        same(r.summary, direct.summary);
        same(r.craftsmen, direct.craftsmen);
        same(Array.from(r.annual!), Array.from(direct.annual));
        expect(Array.from(r.craftsman!)).toEqual(Array.from(direct.craftsman));
        same(Array.from(r.components!.guaranteeTopUp), Array.from(direct.components!.guaranteeTopUp));
        same(r.medianRaiseMonthly, medianRaiseMonthly(currentOf(w).annual, direct.annual));
      });
    });

    it('describes the workforce and builds chart aggregates where the data is', async () => {
      same(await client.ask({ kind: 'profile', datasetId: ds }), workforceProfile(w));
      const c = await client.ask({ kind: 'charts', datasetId: ds, scenario: schemes[2]! });
      expect(c.fingerprint).toBe(fingerprint(schemes[2]!));
      same(c.charts, chartData(w, computePay(w, schemes[2]!).annual));
    });

    it('answers the craftsman cards, candidates and search as the engine in-process', async () => {
      same(await client.ask({ kind: 'craftsmen', datasetId: ds, scenario: schemes[0]! }), craftsmenReport(w, schemes[0]!));
      same(await client.ask({ kind: 'candidates', datasetId: ds, minLevel: 5, query: '', taken: [], limit: 8 }), craftsmanCandidates(w, 5, '', [], 8));
      same(await client.ask({ kind: 'search', datasetId: ds, query: 'JX00', limit: 8 }), searchWorkers(w, 'JX00', 8));
    });

    it('answers the bargaining questions exactly as the engine in-process', async () => {
      const s = schemes[1]!;
      same(await client.ask({ kind: 'solve', datasetId: ds, scenario: s, question: { q: 'pool-for-growth', growth: 0.05 } }), poolForGrowth(w, s, 0.05));
      same(await client.ask({ kind: 'tornado', datasetId: ds, scenario: s }), tornado(w, s));
      const limits = { maxGrowth: 0.08, minMedianRaise: 100, nobodyLoses: false, minLowGradeRaise: 0 };
      same(await client.ask({ kind: 'zone', datasetId: ds, scenario: s, limits, poolRange: [9e7, 1.2e8], n: 5 }), agreementZone(w, s, limits, [9e7, 1.2e8], 5));
      const tranches = [{ year: 1, month: 7, percent: 0.03 }];
      same(await client.ask({ kind: 'contract', datasetId: ds, tranches, years: 2, onCosts: { kind: 'flat', rate: 0.3 } }), contractCost(w.monthlyPay, tranches, 2, 0.3));
      const flat = contractCost(currentOf(w).bill, tranches, 2, 0.3);
      expect(contractCost(w.monthlyPay, tranches, 2, 0.3).lifeCost).toBeCloseTo(flat.lifeCost, 4);
      const policy = CONTRIBUTION_PRESETS[0]!;
      same(await client.ask({ kind: 'contract', datasetId: ds, tranches, years: 2, onCosts: { kind: 'contributions', policy } }), contractCost(w.monthlyPay, tranches, 2, { kind: 'contributions', policy }));
    });

    it('builds the per-worker CSV in the host, byte for byte as the exporter', async () => {
      const t = await client.ask({ kind: 'table', datasetId: ds, scenarios: [schemes[0]!], format: 'csv', lang: 'zh' });
      const r = computePay(w, schemes[0]!, { components: true, takeHome: true });
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(t.bytes);
      // The whole fingerprints of the scheme and of the pay sheet close every row.
      const expected = toCsv(STAMPED_WORKER_COLUMNS, workerRows(w, r).map((row) => [...row, fingerprint(schemes[0]!), workforceFingerprint(w)]), 'zh');
      expect(text.split('\r\n')[0]!.endsWith(',方案指纹(SHA-256),工资表指纹(SHA-256)')).toBe(true);
      if (kind.otherEngine) expectDeepClose(csvCells(text), csvCells(expected));
      else expect(text).toBe(expected);
    });

    it('projects identically to the single-thread projection, whatever the pool size', async () => {
      const s = schemes[2]!;
      const p = projectionSettings(s, { years: 3, paths: 40, seed: 9 });
      const progress: number[] = [];
      const years = await client.project(ds, s, p, { onProgress: (x) => progress.push(x.done) });
      same(years, project(w, s, p));
      // A seeded run repeats itself exactly on its host.
      expect(await client.project(ds, s, p)).toEqual(years);
      expect(progress.at(-1)).toBe(40);
      expect(progress.every((x, k) => k === 0 || x >= progress[k - 1]!)).toBe(true);
    });

    it('runs the equity Monte Carlo identically to the single-thread version', async () => {
      const grant = schemes[0]!.craftsmen[0]!.equity!;
      const mc = await client.equityMonteCarlo(grant, 150_000, 5);
      same(mc, equityMonteCarlo(grant, 150_000, 5));
      expect(await client.equityMonteCarlo(grant, 150_000, 5)).toEqual(mc);
    });

    it('latest-wins within a lane: queued requests replaced by newer ones never run', async () => {
      const asks = [0.03, 0.04, 0.05, 0.06, 0.07].map((g) => client.ask({ kind: 'compute', datasetId: ds, scenarios: [{ ...schemes[3]!, mode: 'raise', raise: { ...schemes[3]!.raise, percent: g } }] }, { lane: 'slider' }));
      const settled = await Promise.allSettled(asks);
      const last = settled.at(-1)!;
      expect(last.status).toBe('fulfilled');
      expect((last as PromiseFulfilledResult<{ summary: { wageBillGrowth: number } }[]>).value[0]!.summary.wageBillGrowth).toBeGreaterThan(0.069);
      const superseded = settled.filter((r) => r.status === 'rejected' && (r.reason as Error).name === 'SupersededError');
      expect(superseded.length).toBeGreaterThanOrEqual(3);
    });

    it('an aborted call rejects with AbortError and the next call works (dataset re-sent)', async () => {
      const ac = new AbortController();
      const s = schemes[2]!;
      const running = client.project(ds, s, projectionSettings(s, { years: 5, paths: 2000, seed: 1 }), { signal: ac.signal });
      setTimeout(() => ac.abort(), 50);
      await expect(running).rejects.toMatchObject({ name: 'AbortError' });
      const again = await client.ask({ kind: 'compute', datasetId: ds, scenarios: [schemes[0]!] });
      same(again[0]!.summary, computePay(w, schemes[0]!, { takeHome: true }).summary);
    });

    it('a crashed host gives a clear error and the next call works again', async () => {
      await expect(client.crashForTest()).rejects.toMatchObject({ name: 'EngineCrashedError' });
      const again = await client.ask({ kind: 'compute', datasetId: ds, scenarios: [schemes[1]!] });
      same(again[0]!.summary, computePay(w, schemes[1]!, { takeHome: true }).summary);
    });

    it('a host that stops without a word (a worker closing itself) is noticed: the question fails clearly and the next works', async () => {
      await expect(client.crashForTest(true)).rejects.toMatchObject({ name: 'EngineCrashedError' });
      const again = await client.ask({ kind: 'compute', datasetId: ds, scenarios: [schemes[2]!] });
      same(again[0]!.summary, computePay(w, schemes[2]!, { takeHome: true }).summary);
    });

    it('refuses a scheme naming an unknown craftsman with a clear message', async () => {
      const bad = { ...schemes[0]!, craftsmen: [{ ...schemes[0]!.craftsmen[0]!, id: 'NOBODY' }] };
      await expect(client.ask({ kind: 'compute', datasetId: ds, scenarios: [bad] })).rejects.toThrow(/NOBODY/);
    });
  });
}
