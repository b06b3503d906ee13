/**
 * The contract is the scheme: 附件一《工资计算办法》 is read back from the
 * Word file alone (its tables and its list of those paid by packages), and
 * 100 random workers' pay is recomputed from it and each worker's own record
 * (grade, rating, position value, innovation points, years of service,
 * pay today). The engine's figures must come out, to the fen, for the
 * sample, an 800- and a 5,000-worker sheet, and a pool scheme, a pay-table
 * scheme and a general raise.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ANNEX_HEADERS, DEFAULT_CONTRACT, PARAM_LABELS, buildDocument, defaultForm, typeset, type ParamKey } from '../../models/documents';
import { buildDocx } from '../../models/io/docx';
import { parseWorkforceCsv } from '../../models/io/csv';
import { LEVEL_WORDS } from '../../models/pay/paramNames';
import { parseScenarioJson, type Scenario } from '../../models/pay/scenario';
import { currentWageBill, onWorkforce } from '../../models/pay/scheme';
import { LEVELS, RATINGS, type Workforce } from '../../models/types';
import { workforceFromRecords } from '../../models/pay/workforce';
import { generateWorkforce } from '../../seeds/generate';
import { inProcessSpawner } from '../../workers/client/inProcess';
import { WorkerClient } from '../../workers/client/workerClient';

const seed = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};
const client = new WorkerClient(inProcessSpawner, 1);
afterAll(() => client.dispose());

/** Every table of the Word file, as rows of cell text; and the body's text. */
async function readBack(bytes: Uint8Array): Promise<{ tables: string[][][]; body: string }> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const text = (x: string) => [...x.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&');
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => [...t[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1]!))));
  return { tables, body: text(xml) };
}
const number = (cell: string) => Number(cell.replace(/,/g, '').replace(/%$/, '').replace('−', '-'));

/** The rule as the paper states it. */
interface Rule {
  params: Partial<Record<ParamKey, string>>;
  byGrade: Record<string, Record<string, string>>;
  ratings: Record<string, number>;
  packaged: Set<string>;
  kind: 'pool' | 'scale' | 'raise';
}

function ruleFrom(tables: string[][][], body: string): Rule {
  const zh = (s: string) => typeset(s, 'zh');
  const params = tables.find((t) => t[0]!.join('|') === ANNEX_HEADERS.params.zh.map(zh).join('|'));
  if (!params) throw new Error('the annex has no parameter table');
  const labels = new Map(Object.entries(PARAM_LABELS).map(([k, v]) => [zh(v.zh), k as ParamKey]));
  const p: Rule['params'] = {};
  for (const [label, value] of params.slice(1)) p[labels.get(label!)!] = value!;
  const grades = tables.find((t) => t[0]![0] === ANNEX_HEADERS.grades.zh && !t[0]!.includes('人数'));
  const byGrade: Rule['byGrade'] = {};
  if (grades) for (const row of grades.slice(1)) byGrade[row[0]!] = Object.fromEntries(grades[0]!.slice(1).map((h, k) => [h, row[k + 1]!]));
  const ratingTable = tables.find((t) => t[0]!.join('|') === ANNEX_HEADERS.ratings.zh.join('|'));
  const ratings: Rule['ratings'] = {};
  if (ratingTable) for (const [r, c] of ratingTable.slice(1)) ratings[r!] = number(c!);
  const ids = /工号为 (.+?) 的 \d+ 名高技能人才/.exec(body);
  const kind = p.position !== undefined ? 'pool' : p.positionRate !== undefined ? 'scale' : 'raise';
  return { params: p, byGrade, ratings, packaged: new Set(ids ? ids[1]!.split('、') : []), kind };
}

const RATING_ZH: Record<string, string> = { A: '优秀', B: '良好', C: '合格', D: '基本合格', E: '不合格' };

/** A worker's monthly pay from the paper's rule and his own record. */
function payFromPaper(r: Rule, w: Workforce, i: number): number {
  const n = (k: ParamKey) => number(r.params[k]!);
  const grade = r.byGrade[LEVEL_WORDS[LEVELS[w.level[i]!]!].zh] ?? {};
  const rating = r.ratings[RATING_ZH[RATINGS[w.rating[i]!]!]!]!;
  const pv = w.positionValue[i]!;
  const seniority = r.kind === 'raise' ? 0 : n('seniority') * Math.min(w.yearsOfService[i]!, n('seniorityCap'));
  const gradeAllowance = grade['能级津贴（元/月）'];
  const allowance = (gradeAllowance ? number(gradeAllowance) : 0) + (r.params.perApprentice ? n('perApprentice') * (w.apprentices?.[i] ?? 0) : 0) + (r.params.teamLeader ? n('teamLeader') * (w.teamLeader?.[i] ?? 0) : 0);
  const today = w.monthlyPay[i]!;
  let gross: number;
  if (r.kind === 'pool') gross = n('position') * pv + n('skill') * number(grade['技能等级系数']!) + n('innovation') * w.innovation[i]! + n('performance') * rating * pv;
  else if (r.kind === 'scale') gross = (n('positionRate') * pv + number(grade['技能工资标准（元/月）']!)) * rating + n('innovationRate') * w.innovation[i]!;
  else gross = today + Math.max(today * ((n('raisePercent') + number(grade['分等级加调比例']!)) / 100), n('raiseMin'));
  const floored = Math.max(gross + seniority + allowance, n('minimumWage'));
  return r.params.guarantee === '实行' ? Math.max(floored, today) : floored;
}

const sample = parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
const sheets: [string, Workforce][] = [
  ['the sample', sample],
  ['800 workers', workforceFromRecords(generateWorkforce(800, 7))],
  ['5,000 workers', workforceFromRecords(generateWorkforce(5000, 21))],
];
// A pay-table scheme with allowances by grade, per apprentice and for team leaders; a raise with a guarantee.
const scale: Scenario = { ...seed('small-plant-scale'), allowances: { byGrade: { L1: 0, L2: 0, L3: 50, L4: 80, L5: 120, L6: 160, L7: 200, L8: 260 }, perApprentice: 150, teamLeader: 300, formula: null } };
const raise: Scenario = { ...seed('small-plant-raise'), noLossGuarantee: true };

describe.each(sheets)('附件一 read back on %s', (_, w) => {
  const ds = client.dataset(w);
  const schemes: [string, Scenario][] = [
    ['a pool scheme', w === sample ? seed('union') : { ...seed('union'), craftsmen: [] }],
    ['a pay-table scheme', scale],
    ['a general raise', raise],
  ];
  it.each(schemes)('gives the engine\'s pay for 100 random workers: %s', async (_k, written) => {
    const s = onWorkforce(written, currentWageBill(w));
    const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s], typical: [], contract: DEFAULT_CONTRACT });
    const form = { ...defaultForm('zh', '2026-12-04'), signingDate: '2027-02-10', termStart: '2027-04-01' };
    const { tables, body } = await readBack(await buildDocx(buildDocument('contract', d, form, 'zh', '2026-12-04'), 'zh'));
    const rule = ruleFrom(tables, body);
    expect(rule.kind).toBe(s.mode);
    const [engine] = await client.ask({ kind: 'compute', datasetId: ds, scenarios: [s] });
    // The craftsmen named in the annex are exactly those with packages.
    expect([...rule.packaged].sort()).toEqual(s.craftsmen.map((c) => c.id).sort());
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let checked = 0;
    for (let k = 0; k < 100; k++) {
      const i = Math.floor(next() * w.size);
      if (rule.packaged.has(w.id[i]!)) continue;
      expect(payFromPaper(rule, w, i), `${w.id[i]}`).toBeCloseTo(engine!.annual![i]! / 12, 2);
      checked++;
    }
    expect(checked).toBeGreaterThan(90);
    // The worked example's total is the engine's pay of that worker.
    const example = tables.find((t) => t[0]!.join('|') === '项目|金额' && t.at(-1)![0] === '月工资')!;
    const i = w.id.indexOf(d.example!.id);
    expect(number(example.at(-1)![1]!)).toBeCloseTo(engine!.annual![i]! / 12, 2);
  }, 60_000);
});
