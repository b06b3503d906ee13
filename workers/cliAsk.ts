/**
 * `--ask FILE.json`: the negotiators' questions answered from the command
 * line, in order, on the loaded workforce and the main scenario, through the
 * same engine host the browser's worker runs. Every answer says `ok`, the
 * value, what it achieved and, when there is no answer, why and what can be
 * reached. The questions and every field are documented in the README.
 */
import { duplicateKey, duplicateKeySentence } from '../models/jsonKeys';
import { FIGURE_KEYS } from '../models/pay/explainFigures';
import { copyAchievements, type Achievements } from '../models/innovation/innovation';
import { z } from '../models/zod';
import { trancheSchema } from '../models/documents/form';
import type { SolveResult } from '../models/bargaining/bargaining';
import { CONTRIBUTION_PRESETS, policyProblems, type ContributionPolicy } from '../models/takehome/contributions';
import { RULE_TEXT, type RuleWarning } from '../models/craftsmen/equityRules';
import { InputError } from '../models/errors';
import type { Lang } from '../models/io/messages';
import type { Scenario } from '../models/pay/scenario';
import type { SolverQuestion } from './protocol';
import type { WorkerClient } from './client/workerClient';
import { settingsOf, type ComplianceRun } from './cliCompliance';
import { COMPLIANCE_FIELDS, MONTH_TEXT } from '../models/compliance/rules';

const rate = z.number().finite().min(0).max(1);
const growth = z.number().finite().min(-1).max(100);

const rates = z.object({ pension: rate, medical: rate, unemployment: rate, injury: rate, housing: rate }).strict();
const base = z.object({ floor: z.number().finite().min(0), cap: z.number().finite().min(0) }).strict();

/** A pool as a multiple of today's bill, within the widest range the solver searches. */
const poolMultiple = z.number().finite().min(0, 'a pool cannot be negative').max(1e4, 'at most 10,000 × today\'s bill, the widest range the solver searches');


const QUESTION = z.discriminatedUnion('ask', [
  z.object({ ask: z.literal('pool-for-growth'), growth }).strict(),
  z.object({ ask: z.literal('no-loss-pool') }).strict(),
  z.object({ ask: z.literal('skill-weight-within'), p90p10: z.number().finite().min(1).max(1000) }).strict(),
  z.object({ ask: z.literal('l1-raise'), share: z.number().finite().min(0).max(100).default(1.05) }).strict(),
  z
    .object({
      ask: z.literal('zone'),
      maxGrowth: growth.optional(),
      minMedianRaise: z.number().finite().default(100),
      nobodyLoses: z.boolean().default(false),
      minLowGradeRaise: z.number().finite().nullable().default(null),
      floorsMet: z.boolean().default(false),
      /** Pools searched, as multiples of today's bill. */
      // Within the widest range the solver searches (10,000 × today's bill).
      poolRange: z.tuple([poolMultiple, poolMultiple]).default([0.9, 1.12]),
      grid: z.number().int().min(3).max(61).default(15),
    })
    .strict(),
  z.object({ ask: z.literal('tornado'), step: z.number().finite().gt(0).max(0.9).default(0.1) }).strict(),
  z
    .object({
      ask: z.literal('contract'),
      years: z.number().int().min(1).max(10),
      // A tranche outside the calendar (month 13, year −1) is refused with its field named, not left out quietly.
      tranches: z.array(trancheSchema).min(1).max(120),
      onCosts: z
        .union([
          z.object({ rate }).strict(),
          z.object({ preset: z.string(), socialBase: base.partial().optional(), housingBase: base.partial().optional(), employer: rates.partial().optional() }).strict(),
        ])
        .default({ preset: 'jiangsu-2025' }),
    })
    .strict(),
  z.object({ ask: z.literal('floors') }).strict(),
  z.object({ ask: z.literal('equity-rules') }).strict(),
  // The innovation rewards of the scheme on the --innovations file; with keptAtLeast, the yield schedule that leaves the
  // enterprise at least that share of the yields.
  z.object({ ask: z.literal('innovation'), keptAtLeast: z.number().finite().min(0).max(1).optional() }).strict(),
  // Why a worker is paid what he is under the scheme: each part with its rule, numbers and source (models/pay/explain.ts);
  // or why a key figure is what it is, with the parts that add up to it (models/pay/explainFigures.ts).
  z
    .object({ ask: z.literal('explain'), worker: z.string().min(1).max(64).optional(), figure: z.enum([...FIGURE_KEYS, 'all']).optional() })
    .strict()
    .refine((q) => (q.worker === undefined) !== (q.figure === undefined), { message: 'give either "worker" (an id) or "figure" (bill, growth, winners, gini, topups, net or all), not both', path: ['figure'] }),
  // 履约检查 on the --ledger files: the settings the check holds the payroll to, over the dated defaults (docs/model.md §13).
  z
    .object({
      ask: z.literal('compliance'),
      minimumWage: z.array(COMPLIANCE_FIELDS.minimumWageStep.extend({ source: z.string().max(200).default('--ask'), verified: z.boolean().default(false) })).min(1).max(200).optional(),
      payDay: COMPLIANCE_FIELDS.payDay.optional(),
      paidDaysPerMonth: COMPLIANCE_FIELDS.paidDaysPerMonth.optional(),
      hoursPerDay: COMPLIANCE_FIELDS.hoursPerDay.optional(),
      overtimeRates: COMPLIANCE_FIELDS.overtimeRates.optional(),
      deductionShare: COMPLIANCE_FIELDS.deductionShare.optional(),
      tolerance: COMPLIANCE_FIELDS.tolerance.optional(),
      asOf: MONTH_TEXT.optional(),
    })
    .strict(),
]);

export type Question = z.infer<typeof QUESTION>;

/** An answer: always `ask` and `ok`; the rest depends on the question (README, "Questions from the command line"). */
export type Answer = { ask: Question['ask']; ok: boolean } & Record<string, unknown>;

/** Read and check the questions, naming the question (1-based) and the field of any mistake. */
export function parseQuestions(file: string, text: string): Question[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${file}: not JSON (${(e as Error).message})`);
  }
  const twice = duplicateKey(text);
  if (twice) throw new InputError(`${file}: ${duplicateKeySentence(twice)}`);
  if (!Array.isArray(raw)) throw new InputError(`${file}: a JSON array of questions is expected, such as [{"ask":"pool-for-growth","growth":0.05}]`);
  if (raw.length > 100) throw new InputError(`${file}: ${raw.length} questions; at most 100 in one file`);
  const known = QUESTION.options.map((o) => o.shape.ask.value).join(', ');
  return raw.map((q, k) => {
    const r = QUESTION.safeParse(q);
    if (r.success) return r.data;
    const issue = r.error.issues[0]!;
    const where = `${file}: question ${k + 1}${q && typeof q === 'object' && 'ask' in q ? ` ("${String((q as { ask: unknown }).ask)}")` : ''}`;
    if (issue.code === 'invalid_union' && issue.path.length === 0) throw new InputError(`${where}: field "ask" must be one of ${known}`);
    if (issue.code === 'unrecognized_keys') throw new InputError(`${where}: unknown field(s) ${issue.keys.map((x) => `"${x}"`).join(', ')}`);
    throw new InputError(`${where}: field "${issue.path.join('.') || 'ask'}": ${issue.message}`);
  });
}

function policyFor(q: Extract<Question, { ask: 'contract' }>, where: string): ContributionPolicy {
  const oc = q.onCosts;
  if ('rate' in oc) throw new Error('flat');
  const preset = CONTRIBUTION_PRESETS.find((p) => p.id === oc.preset);
  if (!preset) throw new InputError(`${where}: field "onCosts.preset": unknown preset "${oc.preset}" (known: ${CONTRIBUTION_PRESETS.map((p) => p.id).join(', ')})`);
  const policy: ContributionPolicy = {
    ...preset,
    socialBase: { ...preset.socialBase, ...oc.socialBase },
    housingBase: { ...preset.housingBase, ...oc.housingBase },
    employer: { ...preset.employer, ...oc.employer },
  };
  const bad = policyProblems(policy);
  if (bad.length) throw new InputError(`${where}: field "onCosts": ${bad[0]}`);
  return policy;
}

const solved = (ask: Question['ask'], r: SolveResult, extra: Record<string, unknown> = {}): Answer =>
  r.ok ? { ask, ok: true, value: r.value, achieved: r.achieved, tolerance: r.tolerance, iterations: r.iterations, ...extra } : { ask, ok: false, reason: r.reason, code: r.code, reachable: r.reachable, ...extra };

/** The scheme's yield schedules multiplied by `m` (the solver's answer as the shares to write into the scheme). */
function scaledSchedules(s: Scenario, m: number): Record<string, number[]> {
  const sch = s.innovation!.schedules;
  return Object.fromEntries(Object.entries(sch).map(([k, v]) => [k, v.map((x) => Math.min(1, x * m))]));
}

/** Answer each question in order. `file` names the questions' file in errors. */
export async function answerQuestions(client: Pick<WorkerClient, 'ask'>, datasetId: string, scenario: Scenario, questions: Question[], file: string, lang: Lang, innovations?: { achievements: Achievements; id: string }, compliance?: ComplianceRun): Promise<Answer[]> {
  const profile = await client.ask({ kind: 'profile', datasetId });
  const bill = profile.currentBill;
  const ruleText = (w: RuleWarning) => ({ rule: w.rule, value: w.value, limit: w.limit, text: RULE_TEXT[w.rule][lang] });
  const out: Answer[] = [];
  for (const [k, q] of questions.entries()) {
    const where = `${file}: question ${k + 1} ("${q.ask}")`;
    const solve = (question: SolverQuestion) => client.ask({ kind: 'solve', datasetId, scenario, question });
    switch (q.ask) {
      case 'pool-for-growth':
        out.push(solved(q.ask, await solve({ q: 'pool-for-growth', growth: q.growth }), { target: q.growth, measure: 'wageBillGrowth' }));
        break;
      case 'no-loss-pool':
        out.push(solved(q.ask, await solve({ q: 'smallest-pool-nobody-loses' }), { measure: '-losers' }));
        break;
      case 'skill-weight-within':
        out.push(solved(q.ask, await solve({ q: 'skill-weight-p90p10', limit: q.p90p10 }), { target: q.p90p10, measure: 'p90p10' }));
        break;
      case 'l1-raise': {
        const r = await solve({ q: 'min-raise-l1', share: q.share });
        // A scheme of another kind: the nearest answer within its own kind too (the answer above makes it a general raise).
        out.push({ ...solved(q.ask, r, { target: q.share, measure: 'lowestL1Annual' }), ...(r.withinKind ? { withinKind: { mode: r.withinKind.mode, setting: r.withinKind.mode === 'pool' ? 'annualPool' : 'scale.skillRates.L1', ...solved(q.ask, r.withinKind.result, { target: q.share, measure: 'lowestL1Annual' }) } } : {}) });
        break;
      }
      case 'zone': {
        if (q.poolRange[1] <= q.poolRange[0]) throw new InputError(`${where}: field "poolRange": the upper end must be above the lower one`);
        const limits = { maxGrowth: q.maxGrowth ?? scenario.guideline.upper, minMedianRaise: q.minMedianRaise, nobodyLoses: q.nobodyLoses, minLowGradeRaise: q.minLowGradeRaise, floorsMet: q.floorsMet };
        const range: [number, number] = [q.poolRange[0] * bill, q.poolRange[1] * bill];
        const z = await client.ask({ kind: 'zone', datasetId, scenario: { ...scenario, mode: 'pool' }, limits, poolRange: range, n: q.grid });
        const inZone = z.cells.filter((c) => c.ok).length;
        out.push(
          z.nash
            ? { ask: q.ask, ok: true, value: { pool: z.nash.pool, skillWeight: z.nash.skill }, achieved: { growth: z.nash.growth, medianRaise: z.nash.medianRaise, nash: z.nash.nash }, limits, poolRange: range, cellsInZone: inZone, cells: z.cells }
            : { ask: q.ask, ok: false, reason: 'no cell of the grid meets both sides\' limits', limits, poolRange: range, cellsInZone: 0, cells: z.cells },
        );
        break;
      }
      case 'tornado': {
        const t = await client.ask({ kind: 'tornado', datasetId, scenario, step: q.step });
        out.push({ ask: q.ask, ok: true, step: q.step, value: t.bars, achieved: t.base });
        break;
      }
      case 'contract': {
        const onCosts = 'rate' in q.onCosts ? { kind: 'flat' as const, rate: q.onCosts.rate } : { kind: 'contributions' as const, policy: policyFor(q, where) };
        const c = await client.ask({ kind: 'contract', datasetId, tranches: q.tranches, years: q.years, onCosts });
        out.push({ ask: q.ask, ok: true, value: c.lifeCost, achieved: c, onCosts: onCosts.kind === 'flat' ? onCosts : { kind: 'contributions', preset: onCosts.policy.id, socialBase: onCosts.policy.socialBase, housingBase: onCosts.policy.housingBase, employer: onCosts.policy.employer } });
        break;
      }
      case 'floors': {
        // Every worker below his floor is listed (`belowIds`), not the page's first 50.
        const f = (await client.ask({ kind: 'charts', datasetId, scenario, allBelowIds: true })).floors;
        out.push({ ask: q.ask, ok: f.below === 0, value: f.below, achieved: f, ...(f.below ? { reason: `${f.below} worker(s) below the skill-talent floor of their post category` } : {}) });
        break;
      }
      case 'explain': {
        if (q.figure) {
          // The key figures as the page explains them, with the rewards the scheme counts in its bill when --innovations is given.
          const r = await client.ask({ kind: 'explainFigures', datasetId, scenario, ...(innovations ? { innovation: { achievements: copyAchievements(innovations.achievements), achievementsId: innovations.id } } : {}) });
          const shown = r.figures.filter((f) => q.figure === 'all' || f.key === q.figure);
          if (!shown.length) {
            out.push({ ask: q.ask, ok: false, figure: q.figure, reason: 'the figure needs take-home pay, which this scheme does not compute' });
            break;
          }
          const words = (f: (typeof shown)[number]) => ({ key: f.key, value: f.value, label: f.label[lang], rule: f.rule[lang], numbers: f.numbers[lang], ...(f.parts ? { parts: f.parts.map((p) => ({ key: p.key, label: p.label[lang], value: p.value })), sumOfParts: f.parts.reduce((t, p) => t + p.value, 0) } : {}), ...(f.source ? { source: f.source[lang] } : {}) });
          out.push(q.figure === 'all' ? { ask: q.ask, ok: true, figure: 'all', fingerprint: r.fingerprint, figures: shown.map(words) } : { ask: q.ask, ok: true, figure: q.figure, fingerprint: r.fingerprint, ...words(shown[0]!) });
          break;
        }
        const worker = q.worker!;
        const match = (await client.ask({ kind: 'search', datasetId, query: worker, limit: 50 })).find((m) => m.id === worker);
        if (!match) {
          out.push({ ask: q.ask, ok: false, reason: `no worker with id "${q.worker}" in the pay sheet` });
          break;
        }
        const [d] = await client.ask({ kind: 'worker', datasetId, scenarios: [scenario], index: match.index });
        const e = d!.explanation;
        const sum = e.parts.reduce((t, p) => t + p.monthly, 0);
        out.push({ ask: q.ask, ok: true, worker: q.worker, value: e.monthly, achieved: { current: e.current, sumOfParts: sum }, parts: e.parts.map((p) => ({ key: p.key, monthly: p.monthly, label: p.label[lang], rule: p.rule[lang], numbers: p.numbers[lang], ...(p.source ? { source: p.source[lang] } : {}) })) });
        break;
      }
      case 'innovation': {
        if (!innovations) throw new InputError(`${where}: needs the achievements: add --innovations FILE`);
        const r = await client.ask({ kind: 'innovation', datasetId, scenario, achievements: copyAchievements(innovations.achievements), achievementsId: innovations.id, keptAtLeast: q.keptAtLeast });
        if (!r.result) {
          out.push({ ask: q.ask, ok: false, reason: 'the file holds no achievements' });
          break;
        }
        const x = r.result;
        const answer = { planYear: x.planYear, years: x.years, paidPlanYear: x.byYear[0]!.paid, totalPaid: x.totalPaid, totalYield: x.totalYield, keptShare: x.keptShare, byYear: x.byYear, belowFloors: x.belowFloors, capBelowFloors: x.capBelowFloors, capForFloors: x.capForFloors, capForDue: x.capForDue, wageBill: x.wageBill, measures: x.measures, absent: x.absent };
        if (!r.kept) out.push({ ask: q.ask, ok: x.capBelowFloors.length === 0, value: x.byYear[0]!.paid, achieved: answer, ...(x.capBelowFloors.length ? { reason: `the fund's cap is below the statutory minimums in ${x.capBelowFloors.join(', ')}` } : {}) });
        else if (r.kept.ok) out.push({ ask: q.ask, ok: true, value: r.kept.multiplier, target: q.keptAtLeast, measure: 'keptShare', achieved: { keptShare: r.kept.keptShare, schedules: scaledSchedules(scenario, r.kept.multiplier) }, tolerance: r.kept.tolerance, innovation: answer });
        else out.push({ ask: q.ask, ok: false, target: q.keptAtLeast, measure: 'keptShare', reason: r.kept.reachable === null ? 'no achievement has a measured yield' : `even with no yield shares the enterprise keeps ${r.kept.reachable} of the yields`, reachable: r.kept.reachable, innovation: answer });
        break;
      }
      case 'compliance': {
        if (!compliance) throw new InputError(`${where}: needs the payroll: add --ledger FILE (and --form with the contract's terms)`);
        const r = await compliance.again(q);
        const { findings, ...figures } = r;
        const owing = r.totals.outstanding > 0;
        out.push({ ask: q.ask, ok: !owing && r.totals.late === 0, value: r.totals.outstanding, measure: 'outstanding', achieved: figures, findings: findings.length, settings: settingsOf(q).settings, ...(owing || r.totals.late ? { reason: `${r.totals.workers} worker(s) owed ${r.totals.outstanding} CNY outstanding over ${r.totals.workerMonths} worker-month(s); ${r.totals.late} payment(s) late` } : {}) });
        break;
      }
      case 'equity-rules': {
        const r = await client.ask({ kind: 'craftsmen', datasetId, scenario });
        const packages = r.packages.map((p) => ({ id: p.id, warnings: p.warnings.map(ruleText), belowManagerBenchmark: p.belowManager }));
        const n = r.planWarnings.length + packages.reduce((a, p) => a + p.warnings.length, 0);
        out.push({ ask: q.ask, ok: n === 0, value: n, achieved: { planWarnings: r.planWarnings.map(ruleText), packages } });
        break;
      }
    }
  }
  return out;
}
