/**
 * The key figures explained (models/pay/explainFigures.ts, through the host as the page and the CLI ask it): the bill's
 * parts add up to the bill to 0.01 元, and each part equals the same part added up worker by worker from the workers'
 * own explanations (models/pay/explain.ts, worked out again from each worker's record) — two ways of getting there; the
 * growth's parts add up to the growth the engine reports; gainers, losers and the unchanged add up to everyone; the
 * innovation rewards join the bill where the scheme counts them.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTRACT } from '../../models/documents';
import { explainWorker } from '../../models/pay/explain';
import { importAchievements } from '../../models/io/achievements';
import { computePay } from '../../models/pay/pay';
import type { Scenario } from '../../models/pay/scenario';
import { currentWageBill, onWorkforce } from '../../models/pay/scheme';
import type { Workforce } from '../../models/types';
import { inProcessSpawner } from '../../workers/client/inProcess';
import { WorkerClient } from '../../workers/client/workerClient';
import type { FigureExplanation } from '../../models/pay/explainFigures';
import '../../models/pay/formula';
import { plant800, sample, schemes, seed, valid } from './explainCases';

const client = new WorkerClient(inProcessSpawner, 1);
afterAll(() => client.dispose());

const fig = (fs: FigureExplanation[], key: string) => fs.find((f) => f.key === key)!;

async function check(w: Workforce, s0: Scenario) {
  const s = onWorkforce(s0, currentWageBill(w));
  const { figures } = await client.ask({ kind: 'explainFigures', datasetId: client.dataset(w), scenario: s });
  const pay = computePay(w, s, { components: true });
  const bill = fig(figures, 'bill');
  const parts = Object.fromEntries(bill.parts!.map((p) => [p.key, p.value]));
  const sum = bill.parts!.reduce((t, p) => t + p.value, 0);
  expect(Math.abs(sum - pay.summary.wageBill)).toBeLessThan(0.01);
  expect(bill.value).toBe(pay.summary.wageBill);
  // The same parts from every worker's own explanation, a month × 12.
  const byKey: Record<string, number> = {};
  for (let i = 0; i < w.size; i++) for (const p of explainWorker(w, s, i, pay).parts) byKey[p.key] = (byKey[p.key] ?? 0) + 12 * p.monthly;
  const near = (a: number, b: number) => expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThan(0.01 + 1e-9 * Math.abs(b));
  const factors = (byKey.position ?? 0) + (byKey.skill ?? 0) + (byKey.innovation ?? 0) + (byKey.performance ?? 0) + (byKey.base ?? 0) + (byKey.raise ?? 0);
  if (s.mode === 'pool') near(parts.pool! + parts.unallocated!, factors);
  else near(parts.schemePay!, factors);
  near(parts.seniority!, byKey.seniority ?? 0);
  near(parts.allowances!, byKey.allowance ?? 0);
  near(parts.floorTopUp!, byKey.floorTopUp ?? 0);
  near(parts.guaranteeTopUp!, byKey.guaranteeTopUp ?? 0);
  near(parts.craftsmen!, byKey.package ?? 0);
  // Growth: the parts, in points of today's bill, add up to the engine's growth.
  const growth = fig(figures, 'growth');
  expect(growth.value).toBeCloseTo(pay.summary.wageBillGrowth, 12);
  expect(growth.parts!.reduce((t, p) => t + p.value, 0)).toBeCloseTo(pay.summary.wageBillGrowth, 12);
  const winners = fig(figures, 'winners');
  expect(winners.numbers.zh).toContain(`= ${w.size.toLocaleString('en-US')} 人`);
  for (const f of figures) {
    expect(f.rule.zh.length, f.key).toBeGreaterThan(10);
    expect(f.numbers.zh.length, f.key).toBeGreaterThan(5);
    expect(f.rule.en).not.toMatch(/[\u4e00-\u9fff]/);
  }
}

describe('the key figures explained', () => {
  for (const [name, s] of schemes) {
    it(`the bill's parts add up to it and equal the workers' own parts added up: ${name}, the sample and an 800-worker plant`, async () => {
      await check(sample, s);
      await check(plant800, valid({ ...s, craftsmen: [] }));
    });
  }

  it('by hand: the union scheme on the sample, pool growth and what lies beside the pool', async () => {
    const s = onWorkforce(seed('union'), currentWageBill(sample));
    const { figures } = await client.ask({ kind: 'explainFigures', datasetId: client.dataset(sample), scenario: s });
    const pay = computePay(sample, s);
    const g = fig(figures, 'growth');
    const today = pay.summary.currentWageBill;
    // The first part is the pool on today's bill; each other part is its money over today's bill.
    expect(g.parts![0]!.value).toBeCloseTo((s.annualPool! - today) / today, 12);
    expect(g.parts!.find((p) => p.key === 'seniority')!.value).toBeCloseTo(pay.summary.seniority / today, 12);
    expect(g.numbers.zh).toMatch(/^现工资总额 [\d,.]+ 万元;分配总额比现工资总额 [+−]\d+\.\d\d,/);
    expect(g.numbers.zh.endsWith(`= +${(pay.summary.wageBillGrowth * 100).toFixed(2)}%`)).toBe(true);
  });

  it('the innovation rewards the scheme counts in its bill are a part of it, as in the key figures and the papers', async () => {
    const s = valid({ ...seed('union'), innovation: {} });
    expect(s.innovation?.inWageBill).toBe(true);
    const imp = await importAchievements(new Uint8Array(readFileSync(new URL('../../seeds/jiangsu-machinery-innovations.csv', import.meta.url))), { file: 'i.csv', today: '2026-12-05' });
    const ds = client.dataset(sample);
    const innovation = { achievements: imp.achievements, achievementsId: 'i1' };
    const { figures } = await client.ask({ kind: 'explainFigures', datasetId: ds, scenario: s, innovation });
    const data = await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s], typical: [], contract: DEFAULT_CONTRACT, innovation });
    expect(data.rewards).toBeTruthy();
    const bill = fig(figures, 'bill');
    expect(bill.parts!.find((p) => p.key === 'rewards')!.value).toBe(data.rewards!.amount);
    expect(bill.value).toBeCloseTo(data.rewards!.bill, 6);
    expect(fig(figures, 'growth').value).toBeCloseTo(data.rewards!.growth, 12);
  });
});
