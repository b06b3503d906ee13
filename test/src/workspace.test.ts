/** The workspace's rules, without a browser: imports carry pools over, absent craftsmen are set aside, names stay unique, undo and redo. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../models/bargaining';
import { parseScenarioJson, defaultScenario, type Scenario } from '../../models/scenario';
import { currentWageBill } from '../../models/scheme';
import * as store from '../../src/workspace/store';
import { addScenarios, addScheme, emptyWorkspace, removeScheme, renameScheme, withColors, withWorkforce, SCHEME_COLOR_COUNT } from '../../src/workspace/transitions';
import { generateWorkforce } from '../../seeds/generate';
import { workforceFromRecords } from '../../models/workforce';
import { seedWorkforce } from '../parity/describeEngine';

const seed = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};

const sample = seedWorkforce();
const source = { file: 'jiangsu-machinery.csv', totalRows: 1200, validRows: 1200, sample: true };
const seeds = () => ['union', 'management', 'compromise', 'current'].map(seed);
const start = () => withWorkforce(emptyWorkspace(), sample, source, seeds().map((scenario, k) => ({ id: `s${k}`, scenario, pool: scenario.mode === 'pool' && scenario.annualPool !== null ? { kind: 'amount' as const, bill: currentWageBill(sample) } : undefined }))).ws;

describe('importing another workforce', () => {
  const other = workforceFromRecords(generateWorkforce(5000, 3, 'Q'));
  it('rescales amount-set pools to keep their ratio to today\'s bill, says so per scheme, and sets absent craftsmen aside', () => {
    const ws = start();
    const oldBill = currentWageBill(sample);
    const newBill = currentWageBill(other);
    const r = withWorkforce(ws, other, { file: 'other.csv', totalRows: 5000, validRows: 5000 }, null);
    const union = r.ws.schemes.find((s) => s.id === 's0')!;
    const before = ws.schemes.find((s) => s.id === 's0')!.scenario.annualPool!;
    expect(union.scenario.annualPool).toBe(Math.round((before * newBill) / oldBill));
    // The union's growth over today's bill is the same on both workforces (to the yuan).
    expect(union.scenario.annualPool! / newBill).toBeCloseTo(before / oldBill, 6);
    const rescaled = r.notices.filter((n) => n.key === 'notices.poolsRescaled');
    expect(rescaled).toHaveLength(1);
    expect(rescaled[0]!.undoable).toBe(true);
    expect(rescaled[0]!.pools!.map((p) => p.scheme)).toEqual(ws.schemes.filter((s) => s.scenario.mode === 'pool' && s.scenario.annualPool !== null).map((s) => s.scenario.name));
    // The union's three craftsmen are not in the new file: set aside, named once with every scheme they are in, and kept in the scheme.
    const aside = r.notices.filter((n) => n.key === 'notices.setAside');
    expect(aside).toHaveLength(1);
    expect(aside[0]!.params!.ids).toEqual([expect.stringMatching(/^JX\d+$/), expect.stringMatching(/^JX\d+$/), expect.stringMatching(/^JX\d+$/)]);
    expect(String(aside[0]!.params!.scheme)).toContain('工会方案');
    expect(union.scenario.craftsmen).toHaveLength(ws.schemes[0]!.scenario.craftsmen.length);
  });

  it('a growth-set pool is the same growth over the new bill', () => {
    const ws = start();
    ws.schemes[0] = { ...ws.schemes[0]!, pool: { kind: 'growth', growth: 0.04 } };
    const r = withWorkforce(ws, other, { file: 'o.csv', totalRows: 1, validRows: 1 }, null);
    expect(r.ws.schemes[0]!.scenario.annualPool).toBe(Math.round(currentWageBill(other) * 1.04));
    expect(r.notices.find((n) => n.key === 'notices.poolsRescaled')!.pools![0]!.growth).toBe(true);
  });
});

describe('schemes from a link or a file', () => {
  it('never adds a scheme twice, and makes names unique', () => {
    const ws = start();
    const r = addScenarios(ws, seeds(), 'add');
    expect(r.added).toBe(0);
    expect(r.ws.schemes).toHaveLength(4);
    expect(r.notices.every((n) => n.key === 'notices.alreadyThere')).toBe(true);
    const changed = { ...seed('union'), noLossGuarantee: false };
    const r2 = addScenarios(ws, [changed], 'add');
    expect(r2.ws.schemes.map((s) => s.scenario.name)).toEqual(['工会方案', '企业方案', '折中方案', '现行工资(基准)', '工会方案 (2)']);
    expect(r2.ws.activeId).toBe(r2.ws.schemes[4]!.id);
    const r3 = addScenarios(ws, [changed], 'replace');
    expect(r3.ws.schemes.map((s) => fingerprint(s.scenario))).toEqual([fingerprint(changed)]);
  });

  it('a blank name is refused, a taken one gets a suffix; deleting keeps a neighbour active and drops its rounds', () => {
    const ws = { ...start(), rounds: [{ union: 's0', management: 's1' }] };
    expect(renameScheme(ws, 's0', '   ')).toBeNull();
    expect(renameScheme(ws, 's0', '企业方案')!.name).toBe('企业方案 (2)');
    const r = removeScheme({ ...ws, activeId: 's1' }, 's1');
    expect(r.activeId).toBe('s2');
    expect(r.rounds).toEqual([]);
  });
});

describe('undo and redo', () => {
  it('undo a delete, undo a sample load, redo; a run of edits of one field is one step', () => {
    store.restore(start());
    store.removeScheme('s1');
    expect(store.useWorkspace.getState().schemes).toHaveLength(3);
    store.undo();
    expect(store.useWorkspace.getState().schemes.map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3']);
    store.redo();
    expect(store.useWorkspace.getState().schemes).toHaveLength(3);
    store.undo();

    const s0 = store.useWorkspace.getState().schemes[0]!.scenario;
    for (const pool of [1e8, 1.01e8, 1.02e8, 1.03e8]) store.editScheme('s0', { ...s0, annualPool: pool }, { key: 'pool', pool: 'amount' });
    expect(store.useWorkspace.getState().schemes[0]!.scenario.annualPool).toBe(1.03e8);
    store.undo();
    expect(store.useWorkspace.getState().schemes[0]!.scenario.annualPool).toBe(s0.annualPool);

    // A scheme opened, then the sample loaded over it: undo brings the opened scheme back.
    store.openScenarios([defaultScenario({ name: '我的方案' })], 'add', 'mine.json');
    expect(store.useWorkspace.getState().schemes.at(-1)!.scenario.name).toBe('我的方案');
    store.setWorkforce('sample', sample, source, seeds());
    expect(store.useWorkspace.getState().schemes.some((s) => s.scenario.name === '我的方案')).toBe(false);
    store.undo();
    expect(store.useWorkspace.getState().schemes.at(-1)!.scenario.name).toBe('我的方案');
    // Picking a tab is not a step.
    const past = store.useWorkspace.temporal.getState().pastStates.length;
    store.selectScheme('s2');
    expect(store.useWorkspace.temporal.getState().pastStates.length).toBe(past);
  });
});

describe('scheme colours', () => {
  it('stay with their scheme: a deleted scheme frees its colour for the next, the others keep theirs', () => {
    let ws = emptyWorkspace();
    for (let k = 0; k < 5; k++) ws = addScheme(ws, defaultScenario({ name: `s${k}` }));
    expect(ws.schemes.map((s) => s.color)).toEqual([0, 1, 2, 3, 4]);
    ws = removeScheme(ws, ws.schemes[1]!.id);
    expect(ws.schemes.map((s) => s.color)).toEqual([0, 2, 3, 4]);
    ws = addScheme(ws, defaultScenario({ name: 'new' }));
    expect(ws.schemes.at(-1)!.color).toBe(1);
    // From a file: each gets a free colour.
    ws = addScenarios(ws, [defaultScenario({ name: 'f1', minimumMonthlyWage: 2000 }), defaultScenario({ name: 'f2', minimumMonthlyWage: 2100 })], 'add').ws;
    expect(ws.schemes.slice(-2).map((s) => s.color)).toEqual([5, 6]);
  });

  it('with more schemes than colours, the least used colour; saved colours out of range are replaced', () => {
    const many = withColors(Array.from({ length: 11 }, (_, k) => ({ id: `x${k}`, scenario: defaultScenario({ name: `x${k}` }) })));
    const uses = new Array(SCHEME_COLOR_COUNT).fill(0);
    for (const s of many) uses[s.color!]++;
    expect(Math.max(...uses) - Math.min(...uses)).toBeLessThanOrEqual(1);
    expect(withColors([{ id: 'a', scenario: defaultScenario(), color: 3 }, { id: 'b', scenario: defaultScenario(), color: 99 }]).map((s) => s.color)).toEqual([3, 0]);
  });
});
