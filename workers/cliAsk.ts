/**
 * `--ask FILE.json`: the negotiators' questions answered from the command
 * line, in order, on the loaded workforce and the main scenario, through the
 * same engine host the browser's worker runs. Every answer says `ok`, the
 * value, what it achieved and, when there is no answer, why and what can be
 * reached. The questions and every field are documented in the README.
 */
import { z } from '../models/zod';
import type { SolveResult } from '../models/bargaining';
import { CONTRIBUTION_PRESETS, policyProblems, type ContributionPolicy } from '../models/contributions';
import { RULE_TEXT, type RuleWarning } from '../models/equityRules';
import { InputError } from '../models/errors';
import type { Lang } from '../models/io/messages';
import type { Scenario } from '../models/scenario';
import type { EngineHost, SolverQuestion } from './protocol';

const rate = z.number().finite().min(0).max(1);
const growth = z.number().finite().min(-1).max(100);

const rates = z.object({ pension: rate, medical: rate, unemployment: rate, injury: rate, housing: rate }).strict();
const base = z.object({ floor: z.number().finite().min(0), cap: z.number().finite().min(0) }).strict();

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
      poolRange: z.tuple([z.number().finite().min(0), z.number().finite().min(0)]).default([0.9, 1.12]),
      grid: z.number().int().min(3).max(61).default(15),
    })
    .strict(),
  z.object({ ask: z.literal('tornado'), step: z.number().finite().gt(0).max(0.9).default(0.1) }).strict(),
  z
    .object({
      ask: z.literal('contract'),
      years: z.number().int().min(1).max(10),
      tranches: z.array(z.object({ year: z.number().int(), month: z.number().int(), percent: z.number().finite().min(-0.5).max(1) }).strict()).min(1).max(120),
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

/** Answer each question in order. `file` names the questions' file in errors. */
export async function answerQuestions(host: EngineHost, datasetId: string, scenario: Scenario, questions: Question[], file: string, lang: Lang): Promise<Answer[]> {
  const profile = await host.handle({ kind: 'profile', datasetId });
  const bill = profile.currentBill;
  const ruleText = (w: RuleWarning) => ({ rule: w.rule, value: w.value, limit: w.limit, text: RULE_TEXT[w.rule][lang] });
  const out: Answer[] = [];
  for (const [k, q] of questions.entries()) {
    const where = `${file}: question ${k + 1} ("${q.ask}")`;
    const solve = (question: SolverQuestion) => host.handle({ kind: 'solve', datasetId, scenario, question });
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
      case 'l1-raise':
        out.push(solved(q.ask, await solve({ q: 'min-raise-l1', share: q.share }), { target: q.share, measure: 'lowestL1Annual' }));
        break;
      case 'zone': {
        if (q.poolRange[1] <= q.poolRange[0]) throw new InputError(`${where}: field "poolRange": the upper end must be above the lower one`);
        const limits = { maxGrowth: q.maxGrowth ?? scenario.guideline.upper, minMedianRaise: q.minMedianRaise, nobodyLoses: q.nobodyLoses, minLowGradeRaise: q.minLowGradeRaise, floorsMet: q.floorsMet };
        const range: [number, number] = [q.poolRange[0] * bill, q.poolRange[1] * bill];
        const z = await host.handle({ kind: 'zone', datasetId, scenario: { ...scenario, mode: 'pool' }, limits, poolRange: range, n: q.grid });
        const inZone = z.cells.filter((c) => c.ok).length;
        out.push(
          z.nash
            ? { ask: q.ask, ok: true, value: { pool: z.nash.pool, skillWeight: z.nash.skill }, achieved: { growth: z.nash.growth, medianRaise: z.nash.medianRaise, nash: z.nash.nash }, limits, poolRange: range, cellsInZone: inZone, cells: z.cells }
            : { ask: q.ask, ok: false, reason: 'no cell of the grid meets both sides\' limits', limits, poolRange: range, cellsInZone: 0, cells: z.cells },
        );
        break;
      }
      case 'tornado': {
        const t = await host.handle({ kind: 'tornado', datasetId, scenario, step: q.step });
        out.push({ ask: q.ask, ok: true, step: q.step, value: t.bars, achieved: t.base });
        break;
      }
      case 'contract': {
        const onCosts = 'rate' in q.onCosts ? { kind: 'flat' as const, rate: q.onCosts.rate } : { kind: 'contributions' as const, policy: policyFor(q, where) };
        const c = await host.handle({ kind: 'contract', datasetId, tranches: q.tranches, years: q.years, onCosts });
        out.push({ ask: q.ask, ok: true, value: c.lifeCost, achieved: c, onCosts: onCosts.kind === 'flat' ? onCosts : { kind: 'contributions', preset: onCosts.policy.id, socialBase: onCosts.policy.socialBase, housingBase: onCosts.policy.housingBase, employer: onCosts.policy.employer } });
        break;
      }
      case 'floors': {
        const f = (await host.handle({ kind: 'charts', datasetId, scenario })).floors;
        out.push({ ask: q.ask, ok: f.below === 0, value: f.below, achieved: f, ...(f.below ? { reason: `${f.below} worker(s) below the skill-talent floor of their post category` } : {}) });
        break;
      }
      case 'equity-rules': {
        const r = await host.handle({ kind: 'craftsmen', datasetId, scenario });
        const packages = r.packages.map((p) => ({ id: p.id, warnings: p.warnings.map(ruleText), belowManagerBenchmark: p.belowManager }));
        const n = r.planWarnings.length + packages.reduce((a, p) => a + p.warnings.length, 0);
        out.push({ ask: q.ask, ok: n === 0, value: n, achieved: { planWarnings: r.planWarnings.map(ruleText), packages } });
        break;
      }
    }
  }
  return out;
}
