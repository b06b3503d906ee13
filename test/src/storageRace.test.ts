/**
 * Saving and clearing the workspace never interleave. A CI run failed with nothing saved for 30 s after "从头开始":
 * the autosave's timer fired while the clear was deleting the stored workspace, the save found the stored revision
 * gone (0 against the 3 it knew), took it for another tab's save and stopped saving until the user chose a version.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { get } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../models/pay/scenario';
import { clearWorkspace, saveWorkspace, type Workspace } from '../../src/workspace/storage';

const root = fileURLToPath(new URL('../../', import.meta.url));
const union = parseScenarioJson(readFileSync(`${root}seeds/scenarios/union.json`, 'utf8'));
if (!union.ok) throw new Error('seed');
const ws = (name: string): Workspace => ({ source: null, workforce: null, schemes: [{ id: name, scenario: { ...union.scenario, name } }], activeId: name, rounds: [] }) as unknown as Workspace;
const savedNames = async () => (((await get('skillpay-workspace')) as { schemes?: { scenario: { name: string } }[] } | undefined)?.schemes ?? []).map((s) => s.scenario.name);

describe('save and clear', () => {
  it('a save started while the workspace is being cleared waits for the clear, and is written (was: refused as another tab\'s save, and saving stopped)', async () => {
    for (const n of ['a', 'b', 'c']) await saveWorkspace(ws(n));
    expect(await savedNames()).toEqual(['c']);
    // The timer of an edit fires during the clear: both started in the same task.
    const cleared = clearWorkspace();
    const saved = saveWorkspace(ws('after'));
    await cleared;
    await expect(saved).resolves.toBeUndefined();
    expect(await savedNames()).toEqual(['after']);
    // And saving goes on.
    await saveWorkspace(ws('next'));
    expect(await savedNames()).toEqual(['next']);
  });

  it('a clear started while a save is under way leaves nothing stored, and the next save is written', async () => {
    await saveWorkspace(ws('x'));
    const saved = saveWorkspace(ws('y'));
    const cleared = clearWorkspace();
    await saved;
    await cleared;
    expect(await savedNames()).toEqual([]);
    await saveWorkspace(ws('z'));
    expect(await savedNames()).toEqual(['z']);
  });
});
