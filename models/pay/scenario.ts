/**
 * Scenario files (pay-model.md §2): validated with zod so that every error
 * carries the path of the offending key. Unknown keys are refused (a typo in
 * "noLossGuarante" must not silently fall back to a default), missing keys
 * take the defaults in `defaults.ts`.
 */
import { duplicateKey, duplicateKeySentence } from '../jsonKeys';
import { z } from '../zod';
import { DEFAULTS } from '../defaults';
import { CONTRIBUTION_PRESETS } from '../takehome/contributions';
import { LEVELS, POST_CATEGORIES, RATINGS, type Level, type PostCategory } from '../types';
import { INNOVATION_GRADES, INNOVATION_KINDS, type InnovationGrade, type InnovationKind } from '../innovation/innovationKinds';

export const SCENARIO_VERSION = 1;
const TOL = 1e-9;

/*
 * Upper bounds: a number beyond them is a typo, not a pay policy, and would
 * turn the wage bill into Infinity or NaN. They are generous on purpose.
 */
/** CNY a month (wages, allowances, raises). */
const MONTHLY_MAX = 1_000_000;
/** CNY a year for one person (annual salary, agreed wage, benchmarks). */
const ANNUAL_MAX = 1e9;
/** CNY a year for a whole plant (the pool). */
const POOL_MAX = 1e12;

const money = z.number().finite().min(0);
const monthly = money.max(MONTHLY_MAX);
const annual = money.max(ANNUAL_MAX);
const rate = z.number().finite().min(-1).max(10);
const share = z.number().finite().min(0).max(1);
const coefficient = z.number().finite().min(0).max(100);

/** A strict object with one number per key (grade or rating), each key defaulting on its own. */
function perKey<K extends string>(keys: readonly K[], value: z.ZodNumber, defaults: Record<K, number>) {
  const shape = Object.fromEntries(keys.map((k) => [k, value.default(defaults[k])])) as Record<K, z.ZodDefault<z.ZodNumber>>;
  return z.strictObject(shape).prefault({} as never);
}
const perLevel = (value: z.ZodNumber, defaults: Record<Level, number>) => perKey(LEVELS, value, defaults);

const d = DEFAULTS;

const weights = z
  .strictObject({
    position: money.default(d.weights.position),
    skill: money.default(d.weights.skill),
    innovation: money.default(d.weights.innovation),
    performance: money.default(d.weights.performance),
  })
  .prefault({})
  .superRefine((w, ctx) => {
    const sum = w.position + w.skill + w.innovation + w.performance;
    if (Math.abs(sum - 1) > TOL) {
      ctx.addIssue({ code: 'custom', message: `weights must sum to 1 (they sum to ${sum})` });
    }
  });

const vestingTranche = z.strictObject({
  years: z.number().int().min(1).max(50),
  fraction: z.number().finite().gt(0).max(1),
});

const equity = z
  .strictObject({
    kind: z.enum(['option', 'restricted']),
    shares: z.number().finite().gt(0).max(1e12),
    spot: z.number().finite().gt(0).max(1e6),
    strike: z.number().finite().gt(0).max(1e6).optional(),
    grantPrice: money.max(1e6).optional(),
    volatility: money.max(5).default(0.3),
    riskFree: rate.default(0.02),
    dividendYield: money.max(1).default(0),
    expiryYears: z.number().finite().gt(0).max(50).default(5),
    expectedReturn: rate.optional(),
    /** Price the listed-company rules measure grant and exercise prices against (defaults to spot). */
    referencePrice: z.number().finite().gt(0).max(1e6).optional(),
    vesting: z.array(vestingTranche).min(1),
  })
  .superRefine((e, ctx) => {
    if (e.kind === 'option' && e.strike === undefined) {
      ctx.addIssue({ code: 'custom', path: ['strike'], message: 'an option needs a strike (exercise price)' });
    }
    if (e.kind === 'restricted' && e.grantPrice === undefined) {
      ctx.addIssue({ code: 'custom', path: ['grantPrice'], message: 'restricted stock needs a grantPrice' });
    }
    const sum = e.vesting.reduce((s, t) => s + t.fraction, 0);
    if (Math.abs(sum - 1) > TOL) {
      ctx.addIssue({ code: 'custom', path: ['vesting'], message: `vesting fractions must sum to 1 (they sum to ${sum})` });
    }
  });

const di = d.innovation;
const oneOffTable = z
  .strictObject(Object.fromEntries(INNOVATION_KINDS.map((k) => [k, z.strictObject(Object.fromEntries(INNOVATION_GRADES.map((g) => [g, money.max(1e8).default(di.oneOff[k][g])])) as Record<InnovationGrade, z.ZodDefault<z.ZodNumber>>).prefault({} as never)])) as Record<InnovationKind, z.ZodPrefault<z.ZodObject<Record<InnovationGrade, z.ZodDefault<z.ZodNumber>>>>>)
  .prefault({} as never);
/** A yield-sharing schedule: the share of the yield in year 1, 2, … (at most 10 years). */
const schedule = (dflt: number[]) => z.array(share).max(10).default(dflt);
const innovation = z
  .strictObject({
    /** The first year shown (this year); null: the year of the newest achievement. */
    planYear: z.number().int().min(1990).max(2100).nullable().default(null),
    years: z.number().int().min(1).max(10).default(di.years),
    oneOff: oneOffTable,
    schedules: z.strictObject({ saving: schedule(di.schedules.saving), profit: schedule(di.schedules.profit), licence: schedule(di.schedules.licence) }).prefault({}),
    /** Apply the statutory minimums for service inventions as floors. */
    statutoryFloors: z.boolean().default(true),
    statutory: z
      .strictObject({
        inventionReward: money.max(1e7).default(di.statutory.inventionReward),
        utilityReward: money.max(1e7).default(di.statutory.utilityReward),
        designReward: money.max(1e7).default(di.statutory.designReward),
        useShare: share.default(di.statutory.useShare),
        useYears: z.number().int().min(0).max(10).default(di.statutory.useYears),
        licenceShare: share.default(di.statutory.licenceShare),
      })
      .prefault({}),
    /** The year's fund: no cap, an amount (元), a share of the wage bill, or a share of the year's yields. */
    cap: z.strictObject({ kind: z.enum(['none', 'amount', 'bill-share', 'yield-share']).default('none'), value: money.max(POOL_MAX).default(0) }).prefault({}),
    /** Rewards count in the wage bill (工资总额), or are kept beside it. */
    inWageBill: z.boolean().default(true),
    /** The yields' uncertainty: every yield × low and × high. */
    band: z.strictObject({ low: money.max(10).default(di.band.low), high: money.max(10).default(di.band.high) }).prefault({}),
    /**
     * When rewards are paid (the innovation contract's words, and what 履约检查 holds the payroll to): a one-off reward
     * with the pay of the `oneOffMonths`-th month after the month of its date at the latest; a year's yield shares with
     * the pay of month `shareMonth` of the next year. Absent: the defaults (3 and 3; models/innovation/innovation.ts
     * PAY_BY), so that schemes saved before it keep their fingerprints.
     */
    payBy: z.strictObject({ oneOffMonths: z.number().int().min(0).max(24), shareMonth: z.number().int().min(1).max(12) }).optional(),
  })
  .superRefine((x, ctx) => {
    if (x.band.low > 1 || x.band.high < 1) ctx.addIssue({ code: 'custom', path: ['band'], message: `the band must hold 1 (low ≤ 1 ≤ high; got ${x.band.low} and ${x.band.high})` });
    if ((x.cap.kind === 'bill-share' || x.cap.kind === 'yield-share') && x.cap.value > 1) ctx.addIssue({ code: 'custom', path: ['cap', 'value'], message: `a share is at most 1 (got ${x.cap.value})` });
  });

const craftsman = z
  .strictObject({
    id: z.string().trim().min(1),
    scheme: z.enum(['annual-salary', 'agreement']),
    annualSalary: z
      .strictObject({
        base: annual,
        performanceTarget: annual.default(0),
        deferredShare: share.default(0),
        deferralYears: z.number().int().min(0).max(10).default(0),
      })
      .optional(),
    agreement: z
      .strictObject({
        agreedAnnual: annual,
        marketP50: annual.optional(),
        marketP75: annual.optional(),
        marketP90: annual.optional(),
        /** Annual pay of the company's middle/senior managers, for the SOE rule that a 特级技师/首席技师 earns no less. */
        managerBenchmark: annual.optional(),
      })
      .optional(),
    equity: equity.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.scheme === 'annual-salary' && !c.annualSalary) {
      ctx.addIssue({ code: 'custom', path: ['annualSalary'], message: 'scheme "annual-salary" needs an annualSalary block' });
    }
    if (c.scheme === 'agreement' && !c.agreement) {
      ctx.addIssue({ code: 'custom', path: ['agreement'], message: 'scheme "agreement" needs an agreement block' });
    }
  });

const PROMOTABLE = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'] as const;

const projection = z
  .strictObject({
    years: z.number().int().min(1).max(10).default(d.projection.years),
    paths: z.number().int().min(1).max(100_000).default(d.projection.paths),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(d.projection.seed),
    poolGrowth: z.number().finite().gt(-1).max(1).default(d.projection.poolGrowth),
    promotion: perKey(PROMOTABLE, share, d.projection.promotion),
    attrition: share.default(d.projection.attrition),
    ratingShares: perKey(RATINGS, share, d.projection.ratingShares),
    cpi: z.number().finite().gt(-1).max(1).default(d.projection.cpi),
  })
  .superRefine((p, ctx) => {
    for (const l of PROMOTABLE) {
      const row = p.promotion[l] + p.attrition;
      if (row > 1 + TOL) {
        ctx.addIssue({
          code: 'custom',
          path: ['promotion', l],
          message: `promotion ${l} + attrition = ${row} exceeds 1: a worker cannot both leave and be promoted`,
        });
      }
    }
    const shares = Object.values<number>(p.ratingShares).reduce((s, x) => s + x, 0);
    if (Math.abs(shares - 1) > 1e-6) {
      ctx.addIssue({ code: 'custom', path: ['ratingShares'], message: `rating shares must sum to 1 (they sum to ${shares})` });
    }
  });

const contributionBase = z.strictObject({ floor: money.max(MONTHLY_MAX), cap: money.max(MONTHLY_MAX) });
const contributionRates = z.strictObject({ pension: share, medical: share, unemployment: share, injury: share, housing: share });

export const scenarioSchema = z
  .strictObject({
    version: z.number().int().min(1).default(SCENARIO_VERSION),
    name: z.string().default(d.name),
    mode: z.enum(['pool', 'scale', 'raise']).default(d.mode),
    annualPool: money.max(POOL_MAX).nullable().default(null),
    /**
     * The workforce the scheme's amounts were set on: its wage bill today (元 a year) and its fingerprint.
     * On another workforce the pool keeps its ratio to today's wage bill (models/pay/scheme.ts `onWorkforce`).
     * Bookkeeping, not part of the model: the fingerprint leaves it out.
     */
    basis: z
      .strictObject({
        wageBill: z.number().finite().gt(0).max(POOL_MAX),
        workforce: z.string().regex(/^[0-9a-f]{64}$/, 'a workforce fingerprint is 64 hex digits').optional(),
      })
      .optional(),
    weights,
    skillCoefficients: perLevel(coefficient.gt(0), d.skillCoefficients),
    performanceCoefficients: perKey(RATINGS, coefficient, d.performanceCoefficients),
    scale: z
      .strictObject({
        positionRate: money.max(10_000).default(d.scale.positionRate),
        skillRates: perLevel(monthly, d.scale.skillRates),
        innovationRate: money.max(MONTHLY_MAX).default(d.scale.innovationRate),
      })
      .prefault({}),
    raise: z
      .strictObject({
        percent: rate.default(d.raise.percent),
        minMonthly: monthly.default(d.raise.minMonthly),
        gradeExtra: perLevel(rate, d.raise.gradeExtra),
      })
      .prefault({}),
    seniorityMonthlyPerYear: monthly.default(d.seniorityMonthlyPerYear),
    seniorityCapYears: money.max(80).default(d.seniorityCapYears),
    minimumMonthlyWage: monthly.default(d.minimumMonthlyWage),
    noLossGuarantee: z.boolean().default(d.noLossGuarantee),
    guideline: z
      .strictObject({
        lower: rate.default(d.guideline.lower),
        base: rate.default(d.guideline.base),
        upper: rate.default(d.guideline.upper),
      })
      .prefault({})
      .superRefine((g, ctx) => {
        if (!(g.lower <= g.base && g.base <= g.upper)) {
          ctx.addIssue({ code: 'custom', message: 'guideline must satisfy lower ≤ base ≤ upper' });
        }
      }),
    craftsmen: z.array(craftsman).default([]),
    /** Skill-talent minimum pay by post category (人社厅发〔2025〕52号). */
    skillFloors: z
      .strictObject({
        shares: perKey(POST_CATEGORIES, z.number().finite().min(1).max(20), d.skillFloors.shares),
        lowestLevel: z
          .strictObject(Object.fromEntries(POST_CATEGORIES.map((c) => [c, z.enum(LEVELS).default(d.skillFloors.lowestLevel[c] as Level)])) as Record<PostCategory, z.ZodDefault<z.ZodEnum<{ [K in Level]: K }>>>)
          .prefault({} as never),
        stepKind: z.enum(['ratio', 'amount']).default(d.skillFloors.stepKind),
        step: monthly.default(d.skillFloors.step),
      })
      .prefault({}),
    /** The company's share capital, for the equity-plan limits and dilution. */
    equityPlan: z
      .strictObject({
        sharesOutstanding: z.number().finite().gt(0),
        /** Shares already granted under plans still in effect. */
        existingPlanShares: money.default(0),
      })
      .optional(),
    projection: projection.optional(),
    /** Technical-innovation rewards (docs/model.md §12): absent, the scheme has none. */
    innovation: innovation.optional(),
    /** Allowances (津贴) on top of the scheme's pay, 元 a month (docs/model.md §2). */
    allowances: z
      .strictObject({
        byGrade: perLevel(monthly, { L1: 0, L2: 0, L3: 0, L4: 0, L5: 0, L6: 0, L7: 0, L8: 0 }),
        perApprentice: monthly.default(0),
        teamLeader: monthly.default(0),
        formula: z.string().max(500).nullable().default(null),
      })
      .optional(),
    /** Take-home pay: the contribution rules (a preset and the scheme's changes), the bonus regime, deductions (docs/model.md §7). */
    takeHome: z
      .strictObject({
        contributions: z
          .strictObject({
            preset: z.string().default('jiangsu-2025'),
            socialBase: contributionBase.partial().optional(),
            housingBase: contributionBase.partial().optional(),
            employer: contributionRates.partial().optional(),
            employee: contributionRates.partial().optional(),
          })
          .optional(),
        /** A craftsman's performance pay taxed apart as an annual one-off bonus (allowed until 2027-12-31). */
        bonusApart: z.boolean().default(true),
        /** Special additional deductions, 元 a month, the same for every worker of the plant. */
        deductionsMonthly: monthly.default(0),
      })
      .optional(),
  })
  .superRefine((s, ctx) => {
    const c = s.takeHome?.contributions;
    if (c && !CONTRIBUTION_PRESETS.some((p) => p.id === c.preset)) ctx.addIssue({ code: 'custom', path: ['takeHome', 'contributions', 'preset'], message: `unknown preset "${c.preset}" (known: ${CONTRIBUTION_PRESETS.map((p) => p.id).join(', ')})` });
    for (const b of ['socialBase', 'housingBase'] as const) {
      const x = c?.[b];
      if (x?.floor !== undefined && x.cap !== undefined && x.cap < x.floor) ctx.addIssue({ code: 'custom', path: ['takeHome', 'contributions', b, 'cap'], message: `the cap (${x.cap}) is below the floor (${x.floor})` });
    }
    const seen = new Set<string>();
    s.craftsmen.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['craftsmen', i, 'id'], message: `worker ${c.id} has two craftsman packages` });
      seen.add(c.id);
    });
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type CraftsmanPackage = Scenario['craftsmen'][number];
export type EquityGrant = NonNullable<CraftsmanPackage['equity']>;
export type Projection = NonNullable<Scenario['projection']>;
export type Mode = Scenario['mode'];

export interface ScenarioIssue {
  /** Dotted path of the key, e.g. `weights.skill` or `craftsmen[0].equity.strike`; empty for the whole file. */
  path: string;
  message: string;
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

/** Validate an already-parsed JSON value. */
export function validateScenario(input: unknown): ScenarioResult {
  if (input && typeof input === 'object' && 'version' in input) {
    const v = (input as { version: unknown }).version;
    if (typeof v === 'number' && !Number.isInteger(v)) {
      return { ok: false, issues: [{ path: 'version', message: `version must be a whole number (this program writes ${SCENARIO_VERSION}), not ${v}` }] };
    }
    if (typeof v === 'number' && v > SCENARIO_VERSION) {
      return {
        ok: false,
        issues: [{ path: 'version', message: `scenario version ${v} is newer than this program understands (${SCENARIO_VERSION}); please update the program` }],
      };
    }
  }
  const r = scenarioSchema.safeParse(input);
  if (r.success) return { ok: true, scenario: r.data };
  const issues: ScenarioIssue[] = [];
  for (const issue of r.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: formatPath([...issue.path, key]), message: `unknown key "${key}"` });
      }
    } else {
      issues.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return { ok: false, issues };
}

/** Parse scenario JSON text; a syntax error is reported with its line and column. */
export function parseScenarioJson(text: string): ScenarioResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    return { ok: false, issues: [{ path: '', message: `not valid JSON${where}: ${msg}` }] };
  }
  const twice = duplicateKey(text);
  if (twice) return { ok: false, issues: [{ path: twice.path ? `${twice.path}.${twice.key}` : twice.key, message: duplicateKeySentence(twice) }] };
  return validateScenario(value);
}

/** A complete scenario with every default filled in. */
export function defaultScenario(overrides: ScenarioInput = {}): Scenario {
  const r = validateScenario(overrides);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.scenario;
}

export function levelOf(index: number): Level {
  return LEVELS[index]!;
}
