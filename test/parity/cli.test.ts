import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../cliRun';
import { equityMonteCarlo } from '../../models/craftsmen/equityMc';
import { project, projectionSettings } from '../../models/pay/projection';
import { seedScenario, seedWorkforce } from './describeEngine';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('engine parity: CLI', () => {
  it('--years --paths --seed gives the same projection and equity Monte Carlo as the engine in-process', async () => {
    const { stdout } = await cli('--workforce', join(root, 'seeds/jiangsu-machinery.csv'), '--scenario', join(root, 'seeds/scenarios/union.json'), '--json', '--years', '3', '--paths', '40', '--seed', '9');
    const out = JSON.parse(stdout);
    const w = seedWorkforce();
    const s = seedScenario('union');
    expect(out.projection).toEqual(JSON.parse(JSON.stringify(project(w, s, projectionSettings(s, { years: 3, paths: 40, seed: 9 })))));
    const grant = s.craftsmen[0]!.equity!;
    expect(out.craftsmen[0].equity.monteCarlo).toEqual(JSON.parse(JSON.stringify(equityMonteCarlo(grant, 40, 9))));
  });
});
