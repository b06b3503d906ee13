/**
 * `--ask`: every question answered on the sample and on a 5,000-worker file,
 * each answer checked by running the engine at it (the condition holds at
 * the answer and fails one tolerance step beyond), and bad questions refused
 * with the question's number and field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractCost, evaluateByEngine, tornado } from '../../models/bargaining/bargaining';
import { currentOf, medianRaiseMonthly } from '../../models/charts';
import { CONTRIBUTION_PRESETS } from '../../models/takehome/contributions';
import { equityRuleWarnings } from '../../models/craftsmen/equityRules';
import { skillFloors } from '../../models/pay/floors';
import { importWorkforce } from '../../models/io/import';
import { computePay } from '../../models/pay/pay';
import { parseScenarioJson, type Scenario } from '../../models/pay/scenario';
import { currentWageBill, onWorkforce, setWeight } from '../../models/pay/scheme';
import type { Workforce } from '../../models/types';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import { main } from '../../workers/cli';
import { testDir } from '../paths';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = testDir('skillpay-ask-');
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const seedScenario = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(join(root, 'seeds/scenarios', `${name}.json`), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};

type A = { ask: string; ok: boolean; value?: unknown; achieved?: unknown; tolerance?: number; code?: string; reachable?: { from: number; to: number }; reason?: string } & Record<string, unknown>;

async function ask(workforce: string, scenario: Scenario, questions: unknown[]): Promise<A[]> {
  const r = await main(['--workforce', workforce, '--scenario', write(`s-${Math.random()}.json`, JSON.stringify(scenario)), '--ask', write(`q-${Math.random()}.json`, JSON.stringify(questions)), '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout).answers as A[];
}

const growthAt = (w: Workforce, s: Scenario, pool: number) => computePay(w, { ...s, mode: 'pool', annualPool: pool }).summary.wageBillGrowth;

const sampleFile = join(root, 'seeds/jiangsu-machinery.csv');
const bigFile = write('plant-5000.csv', plainCsv(generateWorkforce(5000, 17)));

describe.each([
  ['the sample', sampleFile],
  ['a 5,000-worker file', bigFile],
])('--ask on %s: each answer holds at the answer and fails one step beyond', (_, file) => {
  it('answers every question, in order, checked against the engine', async () => {
    const w = (await importWorkforce(readFileSync(file), { file })).workforce;
    // The union's pool was set on the sample's wage bill: on another workforce it applies at the same ratio (the one rule).
    const s: Scenario = onWorkforce({ ...seedScenario('union'), craftsmen: file === sampleFile ? seedScenario('union').craftsmen : [] }, currentWageBill(w));
    const open = { ...s, noLossGuarantee: false };
    const ratio = (x: number) => computePay(w, { ...s, mode: 'pool', weights: setWeight(s.weights, 'skill', x) }).summary.p90p10!;
    // Rounded up, so the limit stays at or above one of the two ends (one of them is within it).
    const limit = Math.ceil(((ratio(0.2) + ratio(0.8)) / 2) * 1000) / 1000;
    const questions = [
      { ask: 'pool-for-growth', growth: 0.05 },
      { ask: 'pool-for-growth', growth: -0.05 },
      { ask: 'skill-weight-within', p90p10: limit },
      { ask: 'zone', grid: 11, minMedianRaise: 100 },
      { ask: 'tornado', step: 0.1 },
      { ask: 'contract', years: 2, tranches: [{ year: 1, month: 1, percent: 0.03 }, { year: 2, month: 7, percent: 0.02 }, { year: 3, month: 1, percent: 0.05 }] },
      { ask: 'contract', years: 1, tranches: [{ year: 1, month: 1, percent: 0.04 }], onCosts: { rate: 0.3 } },
      { ask: 'floors' },
      { ask: 'equity-rules' },
    ];
    const a = await ask(file, s, questions);
    expect(a.map((x) => x.ask)).toEqual(questions.map((q) => q.ask));

    // The pool for +5 %: reached at the answer, not one yuan (the tolerance) below.
    expect(a[0]!.ok).toBe(true);
    const pool = a[0]!.value as number;
    expect(growthAt(w, s, pool)).toBeGreaterThanOrEqual(0.05);
    expect(growthAt(w, s, pool - a[0]!.tolerance!)).toBeLessThan(0.05);

    // −5 % under the guarantee: out of reach; what a pool of 0 gives is said.
    expect(a[1]).toMatchObject({ ok: false, code: 'below-reach' });
    expect(a[1]!.reachable!.from).toBeCloseTo(growthAt(w, s, 0), 12);

    // The skill weight: P90/P10 within the limit at the answer, above it one step (0.01 %) more.
    expect(a[2]).toMatchObject({ ok: true });
    const weight = a[2]!.value as number;
    expect(ratio(weight)).toBeLessThanOrEqual(limit);
    if (weight < 1) expect(ratio(weight + a[2]!.tolerance! * 2)).toBeGreaterThan(limit);

    // The zone: the Nash point meets both sides' limits when the engine runs there, and no cell of the grid beats it.
    const z = a[3]! as A & { value: { pool: number; skillWeight: number }; achieved: { nash: number }; cells: { ok: boolean; nash: number }[]; limits: Parameters<typeof evaluateByEngine>[2] };
    expect(z.ok).toBe(true);
    const at = evaluateByEngine(w, { ...s, mode: 'pool' }, z.limits, z.value.pool, z.value.skillWeight);
    expect(at.ok).toBe(true);
    expect(at.nash).toBeCloseTo(z.achieved.nash, 3);
    expect(Math.max(...z.cells.filter((c) => c.ok).map((c) => c.nash))).toBeLessThanOrEqual(z.achieved.nash + 1e-6);

    // The tornado: the engine's own sensitivity, and the pool bar is the pool ±10 % run by hand.
    const t = a[4]!.value as ReturnType<typeof tornado>['bars'];
    expect(t).toEqual(tornado(w, s, 0.1).bars);
    const p0 = computePay(w, s).pool!;
    const bar = t.find((b) => b.param === 'annualPool')!;
    expect(bar.high.wageBill).toBeCloseTo(computePay(w, { ...s, annualPool: p0 * 1.1 }).summary.wageBill, 4);
    expect(bar.high.medianRaise).toBeCloseTo(medianRaiseMonthly(currentOf(w).annual, computePay(w, { ...s, annualPool: p0 * 1.1 }).annual), 6);

    // The contract: the year-3 tranche of a 2-year contract is dropped; per-worker contributions by default, a flat rate when asked.
    const c = a[5]!.achieved as ReturnType<typeof contractCost>;
    expect(c.dropped).toEqual([{ year: 3, month: 1, percent: 0.05 }]);
    expect(c).toEqual(contractCost(w.monthlyPay, questions[5]!.tranches as never, 2, { kind: 'contributions', policy: CONTRIBUTION_PRESETS[0]! }));
    const bill = currentOf(w).bill;
    expect(a[6]!.value as number).toBeCloseTo(bill * 0.04 * 1.3, 2);

    // Floors and equity rules: the engine's own counts.
    const r = computePay(w, s);
    const floors = skillFloors(w, r.annual, s, r.craftsman);
    expect(a[7]!.value).toBe(floors.below);
    // Every worker below his floor is named, not the first 50 (was: 50 of them, without saying so).
    expect(a[7]!.achieved).toMatchObject({ belowIds: floors.belowIndex.map((i) => w.id[i]), belowIdsComplete: true });
    expect(a[8]!.value).toBe(equityRuleWarnings(s).filter((x) => !x.id || s.craftsmen.some((p) => p.id === x.id)).length);

    // Without the guarantee: the smallest pool at which nobody loses, checked one yuan below.
    const [noLoss] = await ask(file, open, [{ ask: 'no-loss-pool' }]);
    const losers = (p: number) => computePay(w, { ...open, mode: 'pool', annualPool: p }).summary.losers;
    if (noLoss!.ok) {
      expect(losers(noLoss!.value as number)).toBe(0);
      expect(losers((noLoss!.value as number) - noLoss!.tolerance!)).toBeGreaterThan(0);
    } else expect(noLoss!.code).toBe('above-reach');
  }, 120_000);
});

describe('--ask floors: every worker below his floor is named', () => {
  it('with floors at 5 × the minimum wage, hundreds are below: all of them are listed, in file order (was: the first 50, without saying so)', async () => {
    const w = (await importWorkforce(readFileSync(sampleFile), { file: sampleFile })).workforce;
    const s: Scenario = { ...seedScenario('union'), skillFloors: { ...seedScenario('union').skillFloors, shares: { basic: 5, important: 5, key: 5, core: 5 } } };
    const [a] = await ask(sampleFile, s, [{ ask: 'floors' }]);
    const r = computePay(w, onWorkforce(s, currentWageBill(w)));
    const floors = skillFloors(w, r.annual, s, r.craftsman);
    expect(floors.below).toBeGreaterThan(50);
    expect(a).toMatchObject({ ok: false, value: floors.below, achieved: { below: floors.below, belowIds: floors.belowIndex.map((i) => w.id[i]), belowIdsComplete: true } });
  });
});

describe('--ask: the L1 question where it binds', () => {
  it('the smallest minimum raise that lifts every L1 to 105 % of a high minimum wage, checked 0.01 below', async () => {
    const w = (await importWorkforce(readFileSync(sampleFile), { file: 'sample' })).workforce;
    const s: Scenario = { ...seedScenario('union'), mode: 'raise', minimumMonthlyWage: 4400, raise: { percent: 0.02, minMonthly: 0, gradeExtra: { L1: 0, L2: 0, L3: 0, L4: 0, L5: 0, L6: 0, L7: 0, L8: 0 } } };
    const [a] = await ask(sampleFile, s, [{ ask: 'l1-raise', share: 1.05 }]);
    expect(a!.ok).toBe(true);
    const lowest = (m: number) => {
      const r = computePay(w, { ...s, raise: { ...s.raise, minMonthly: m } });
      let low = Infinity;
      for (let i = 0; i < w.size; i++) if (w.level[i] === 0 && !r.craftsman[i]) low = Math.min(low, r.annual[i]!);
      return low;
    };
    const target = 1.05 * 12 * 4400;
    expect(lowest(a!.value as number)).toBeGreaterThanOrEqual(target);
    expect(lowest((a!.value as number) - a!.tolerance!)).toBeLessThan(target);
  });
});

describe('--ask: bad questions exit 2 naming the question and the field', () => {
  const run = async (questions: string) => main(['--workforce', sampleFile, '--scenario', join(root, 'seeds/scenarios/union.json'), '--ask', write(`bad-${Math.random()}.json`, questions)]);
  it.each([
    ['[{"ask":"pool-for-growth"}]', /question 1 \("pool-for-growth"\): field "growth"/],
    ['[{"ask":"floors"},{"ask":"zone","grid":2}]', /question 2 \("zone"\): field "grid"/],
    ['[{"ask":"no-loss-pool"},{"ask":"nope"}]', /question 2 \("nope"\): field "ask"/],
    ['[{"ask":"tornado","stp":0.1}]', /question 1 \("tornado"\): unknown field\(s\) "stp"/],
    ['[{"ask":"contract","years":2,"tranches":[{"year":1,"month":1,"percent":0.03}],"onCosts":{"preset":"mars"}}]', /question 1 \("contract"\): field "onCosts.preset": unknown preset "mars"/],
    ['{"ask":"floors"}', /a JSON array of questions/],
    ['[{"ask":', /not JSON/],
  ])('%s', async (text, message) => {
    const r = await run(text);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('--ask explain: a worker\'s pay and the key figures, as the page explains them', () => {
  it('the parts add up to the worker\'s pay and to each figure; the growth is the engine\'s; a question giving both is refused with the field named', async () => {
    const w = (await importWorkforce(readFileSync(sampleFile), { file: sampleFile })).workforce;
    const s = onWorkforce(seedScenario('union'), currentWageBill(w));
    const pay = computePay(w, s);
    const id = w.id[17]!;
    const [worker, growth, all] = await ask(sampleFile, s, [{ ask: 'explain', worker: id }, { ask: 'explain', figure: 'growth' }, { ask: 'explain', figure: 'all' }]);
    expect(worker!.ok).toBe(true);
    expect(worker!.value).toBeCloseTo(pay.annual[17]! / 12, 9);
    expect((worker!.achieved as { sumOfParts: number }).sumOfParts).toBeCloseTo(pay.annual[17]! / 12, 2);
    expect(growth!.value).toBeCloseTo(pay.summary.wageBillGrowth, 12);
    expect(growth!.sumOfParts as number).toBeCloseTo(pay.summary.wageBillGrowth, 12);
    expect(growth!.numbers as string).toMatch(/= \+\d+\.\d\d%$/);
    const figures = all!.figures as { key: string; value: number; sumOfParts?: number }[];
    expect(figures.map((f) => f.key)).toEqual(['bill', 'growth', 'winners', 'gini', 'topups', 'net']);
    const bill = figures[0]!;
    expect(bill.value).toBe(pay.summary.wageBill);
    expect(Math.abs(bill.sumOfParts! - pay.summary.wageBill)).toBeLessThan(0.01);
    expect(figures[2]!.value).toBe(pay.summary.winners);
    const bad = await main(['--workforce', sampleFile, '--scenario', write('u.json', JSON.stringify(s)), '--ask', write('both.json', JSON.stringify([{ ask: 'explain', worker: id, figure: 'bill' }]))]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('question 1 ("explain"): field "figure": give either "worker"');
    const none = await main(['--workforce', sampleFile, '--scenario', write('u.json', JSON.stringify(s)), '--ask', write('none.json', JSON.stringify([{ ask: 'explain', figure: 'wages' }]))]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('field "figure"');
  });
});
