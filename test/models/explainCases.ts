/** The plants and schemes the explanations are checked on (a worker's pay, test/models/explain.test.ts; the key figures, explainFigures.test.ts). */
import { readFileSync } from 'node:fs';
import { parseWorkforceCsv } from '../../models/io/csv';
import { parseScenarioJson, validateScenario, type Scenario } from '../../models/pay/scenario';
import { workforceFromRecords } from '../../models/pay/workforce';
import { generateWorkforce } from '../../seeds/generate';

export const seed = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};
export const valid = (x: object): Scenario => {
  const r = validateScenario(x);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
};
export const sample = parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
export const plant800 = workforceFromRecords(generateWorkforce(800, 7));

const withAllowances = (s: Scenario) => valid({ ...s, allowances: { byGrade: { L5: 200, L6: 300, L7: 400, L8: 500 }, perApprentice: 100, teamLeader: 300, formula: 'years > 10 ? 50 : 0' } });
/** Every kind of scheme, with and without the guarantee, craftsmen and allowances. */
export const schemes: [string, Scenario][] = [
  ['pool with craftsmen and the guarantee (union)', seed('union')],
  ['pool without the guarantee (management)', seed('management')],
  ['pool with allowances and a formula', withAllowances(seed('compromise'))],
  ['pay table (scale)', seed('small-plant-scale')],
  ['general raise with the guarantee', seed('current')],
  ['general raise without it', seed('small-plant-raise')],
];
