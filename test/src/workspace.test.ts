/** The workspace's rules, without a browser: imports carry pools over, absent craftsmen are set aside, names stay unique, undo and redo. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../models/fingerprint';
import { parseScenarioJson, defaultScenario, type Scenario } from '../../models/pay/scenario';
import fc from 'fast-check';
import { currentWageBill, onWorkforce } from '../../models/pay/scheme';
import { workforceFingerprint } from '../../models/fingerprint';
import * as store from '../../src/workspace/store';
import { addScenarios, addScheme, effective, emptyWorkspace, removeScheme, renameScheme, setAsideNotices, withColors, withWorkforce, SCHEME_COLOR_COUNT } from '../../src/workspace/transitions';
import { generateWorkforce } from '../../seeds/generate';
import { workforceFromRecords } from '../../models/pay/workforce';
import { seedWorkforce } from '../parity/describeEngine';

const seed = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};

const sample = seedWorkforce();
const source = { file: 'jiangsu-machinery.csv', totalRows: 1200, validRows: 1200, sample: true };
const seeds = () => ['union', 'management', 'compromise', 'current'].map(seed);
const start = () => withWorkforce(emptyWorkspace(), sample, source, seeds().map((scenario, k) => ({ id: `s${k}`, scenario }))).ws;

describe('importing another workforce', () => {
  const other = workforceFromRecords(generateWorkforce(5000, 3, 'Q'));
  it('carries pools at their ratio to today\'s bill without rewriting the schemes, says so per scheme, and gives them back exactly on the first workforce', () => {
    const ws = start();
    const oldBill = currentWageBill(sample);
    const newBill = currentWageBill(other);
    const r = withWorkforce(ws, other, { file: 'other.csv', totalRows: 5000, validRows: 5000 }, null);
    const union = r.ws.schemes.find((s) => s.id === 's0')!;
    const before = ws.schemes.find((s) => s.id === 's0')!.scenario.annualPool!;
    // The scheme as written is unchanged: the pool and the wage bill it was set on.
    expect(union.scenario.annualPool).toBe(before);
    expect(union.scenario.basis!.wageBill).toBe(oldBill);
    const here = effective(union, other).scenario.annualPool!;
    expect(here).toBe(Math.round((before * newBill) / oldBill));
    expect(here / newBill).toBeCloseTo(before / oldBill, 6);
    const carried = r.notices.filter((n) => n.key === 'notices.poolsCarried');
    expect(carried).toHaveLength(1);
    expect(carried[0]!.undoable).toBe(true);
    expect(carried[0]!.pools!.map((p) => p.scheme)).toEqual(ws.schemes.filter((s) => s.scenario.annualPool !== null).map((s) => s.scenario.name));
    // The union's three craftsmen are not in the new file: set aside (derived from the workspace, not a pushed notice), kept in the scheme.
    const aside = setAsideNotices(r.ws.schemes, other);
    expect(aside).toHaveLength(1);
    expect(aside[0]!.setAside).toEqual([{ ids: expect.stringMatching(/^JX\d+、JX\d+、JX\d+$/), schemes: expect.arrayContaining(['工会方案']) }]);
    expect(union.scenario.craftsmen).toHaveLength(ws.schemes[0]!.scenario.craftsmen.length);
    // Back on the sample: every scheme exactly as written, nothing set aside.
    const back = withWorkforce(r.ws, sample, source, null);
    expect(back.ws.schemes.map((s) => effective(s, sample).scenario)).toEqual(ws.schemes.map((s) => s.scenario));
    expect(setAsideNotices(back.ws.schemes, sample)).toEqual([]);
  });
});

describe('amounts belong to a workforce: any order of opening gives the same model', () => {
  const w800 = workforceFromRecords(generateWorkforce(800, 8, 'E'));
  const w5000 = workforceFromRecords(generateWorkforce(5000, 5, 'F'));
  const sheets = { sample, w800, w5000 };
  type Sheet = keyof typeof sheets;
  const src = (k: Sheet) => ({ file: `${k}.csv`, totalRows: sheets[k].size, validRows: sheets[k].size });
  // A scheme as the page saves it from a workforce: as it applies there, with that workforce's wage bill and fingerprint.
  const madeOn = (k: Sheet, pool: number) => onWorkforce({ ...seed('compromise'), name: `为 ${k} 做的方案`, annualPool: Math.round(currentWageBill(sheets[k]) * pool) }, currentWageBill(sheets[k]), workforceFingerprint(sheets[k]));
  it('import W, open the scheme file S, open the share link S — in every order, from the sample or after another import — end in the same figures and fingerprint', () => {
    const sheet = fc.constantFrom<Sheet>('sample', 'w800', 'w5000');
    fc.assert(
      fc.property(sheet, sheet, fc.option(fc.constantFrom<Sheet>('w800', 'w5000'), { nil: null }), fc.double({ min: 0.9, max: 1.2, noNaN: true }), fc.shuffledSubarray(['import', 'file', 'link'] as const, { minLength: 3, maxLength: 3 }), (made, target, before, growth, order) => {
        const S = madeOn(made, growth);
        let ws = start();
        if (before) ws = withWorkforce(ws, sheets[before], src(before), null).ws;
        for (const step of order) {
          if (step === 'import') ws = withWorkforce(ws, sheets[target], src(target), null).ws;
          // A scheme file and a share link carry the same JSON: both go through the same door.
          else ws = addScenarios(ws, [JSON.parse(JSON.stringify(S))], 'add').ws;
        }
        const w = sheets[target];
        const expected = effective({ id: 'S', scenario: S }, w).scenario;
        const mine = ws.schemes.filter((x) => x.scenario.name === S.name || fingerprint(effective(x, w).scenario) === fingerprint(expected));
        expect(mine).toHaveLength(1);
        const got = effective(mine[0]!, w).scenario;
        // The one rule, from the amount as written on the workforce it was made on.
        expect(got.annualPool).toBe(made === target ? S.annualPool : Math.round((S.annualPool! * currentWageBill(w)) / S.basis!.wageBill));
        expect(fingerprint(got)).toBe(fingerprint(expected));
        // The sample's own schemes, too, are the same models on W whatever came before.
        expect(ws.schemes.slice(0, 4).map((x) => fingerprint(effective(x, w).scenario))).toEqual(start().schemes.map((x) => fingerprint(effective(x, w).scenario)));
      }),
      { numRuns: 60 },
    );
  });

  it('a scheme file that does not say which pay sheet its pool was set on, opened on the sample, waits for the first real sheet: opened before or after the import, the same pool as written (was: bound to the sample, +295 %)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Sheet>('w800', 'w5000'), fc.integer({ min: 1_000_000, max: 900_000_000 }), fc.boolean(), (target, pool, fileFirst) => {
        const { basis: _drop, ...bare } = { ...seed('compromise'), name: '手写方案', annualPool: pool };
        void _drop;
        let ws = start();
        const steps = fileFirst ? ['file', 'import'] : ['import', 'file'];
        const said: string[] = [];
        for (const step of steps) {
          if (step === 'import') {
            const r = withWorkforce(ws, sheets[target], src(target), null);
            ws = r.ws;
            said.push(...r.notices.flatMap((n) => (n.pools ?? []).filter((p) => p.scheme === '手写方案').map(() => n.key)));
          } else {
            const r = addScenarios(ws, [JSON.parse(JSON.stringify(bare))], 'add');
            ws = r.ws;
            said.push(...r.notices.map((n) => n.key));
          }
        }
        const mine = ws.schemes.find((x) => x.scenario.name === '手写方案')!;
        expect(effective(mine, sheets[target]).scenario.annualPool).toBe(pool);
        // Opened on the sample it says it waits; opened on the real sheet it says it is read as set on it. Nothing carried.
        expect(said, JSON.stringify(said)).toEqual([fileFirst ? 'notices.basisWaiting' : 'notices.basisAssumed']);
      }),
      { numRuns: 40 },
    );
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
    for (const pool of [1e8, 1.01e8, 1.02e8, 1.03e8]) store.editScheme('s0', { ...s0, annualPool: pool }, { key: 'pool', setNow: true });
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
