/**
 * What the documents need besides the model: who the parties are, the
 * dates, the vote, the wording of the articles — and the contract's terms
 * (years, raises in tranches, on-costs), which are the very settings the
 * page's 合同成本 panel costs. One shape, checked by one schema, for the
 * workspace saved in the browser and for `--form FORM.json` in the CLI.
 */
import type { OnCosts, Tranche } from '../bargaining/bargaining';
import { CONTRIBUTION_PRESETS, policyProblems, type ContributionPolicy } from '../takehome/contributions';
import { z } from '../zod';
import { addDays, isPaperDate, type FilingKind, type RegionalRules } from './rules';
import type { Lang } from './text';

/** The contract's terms: its length, the raises by tranche, and how employer on-costs are counted. */
export interface ContractSettings {
  years: number;
  tranches: Tranche[];
  onCosts: OnCosts;
}

/** A two-year contract raising pay 3 % in January, 2 % in July and 3 % in January of year 2; contributions per worker (Jiangsu preset). */
export const DEFAULT_CONTRACT: ContractSettings = {
  years: 2,
  tranches: [
    { year: 1, month: 1, percent: 0.03 },
    { year: 1, month: 7, percent: 0.02 },
    { year: 2, month: 1, percent: 0.03 },
  ],
  onCosts: { kind: 'contributions', policy: CONTRIBUTION_PRESETS[0]! },
};

/** Who, when, the vote and the article wording: saved with the workspace, never in a share link. */
export interface DocumentsForm {
  enterprise: string;
  union: string;
  enterpriseRep: string;
  unionRep: string;
  /** 文号, e.g. 苏机工〔2027〕1号 (empty: a line left to fill in by hand). */
  docNumber: string;
  /** Where the offer proposes the first meeting, where the contract is signed, the parties' addresses, the union's negotiators (empty: a line to fill in by hand). */
  meetingPlace: string;
  signingPlace: string;
  enterpriseAddress: string;
  unionAddress: string;
  unionNegotiators: string;
  /** The date the offer proposes for the first meeting, the signing date, the contract's start (YYYY-MM-DD). */
  proposedDate: string;
  signingDate: string;
  termStart: string;
  /** What is filed: a wage agreement (2000 measures, 7 days) or a collective contract (2004 regulations, 10 days). */
  filingKind: FilingKind;
  /** A local rule's days, where the province's rules differ. */
  regional: RegionalRules;
  members: number;
  present: number;
  yes: number;
  /** Article wording changed by the user, by article id. */
  articles: Record<string, string>;
}

export function defaultForm(lang: Lang, today: string): DocumentsForm {
  const zh = lang === 'zh';
  return {
    enterprise: zh ? '(企业名称)' : '(enterprise)',
    union: zh ? '(企业工会委员会)' : '(the enterprise union committee)',
    enterpriseRep: zh ? '(企业首席代表)' : '(management\'s chief representative)',
    unionRep: zh ? '(工会首席代表)' : '(the union\'s chief representative)',
    docNumber: '',
    meetingPlace: '',
    signingPlace: '',
    enterpriseAddress: '',
    unionAddress: '',
    unionNegotiators: '',
    proposedDate: addDays(today, 20),
    signingDate: addDays(today, 45),
    // The first day of the month after the contract can be in force (signing + 10 days to file + 15 days of review).
    termStart: firstOfMonthAfter(addDays(today, 45 + 10 + 15)),
    filingKind: 'wage-agreement',
    regional: {},
    members: 60,
    present: 0,
    yes: 0,
    articles: {},
  };
}

function firstOfMonthAfter(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

// ---------------------------------------------------------------- schemas

/** A date that is on the calendar, YYYY-MM-DD. */
export const realDate = z.string().refine(isPaperDate, { message: 'not a real date from 2000 to 2100 (write YYYY-MM-DD, e.g. 2027-03-01)' });

export const trancheSchema = z
  .object({
    year: z.number().int('a contract year is a whole number').min(1, 'contract years count from 1').max(10, 'a contract runs 10 years at most'),
    month: z.number().int('a month is a whole number').min(1, 'months run from 1 (January)').max(12, 'months run to 12 (December)'),
    percent: z.number().finite().min(-0.5, 'a cut of more than 50 % is not a tranche').max(1, 'a raise of more than 100 % is not a tranche'),
  })
  .strict();

const rate = z.number().finite().min(0).max(1);
const rates = z.object({ pension: rate, medical: rate, unemployment: rate, injury: rate, housing: rate }).strict();
const base = z.object({ floor: z.number().finite().min(0).max(1e6), cap: z.number().finite().min(0).max(1e6) }).strict();
const words = z.object({ zh: z.string().max(2000), en: z.string().max(2000) }).strict();

/** A whole contribution policy (as saved: the page's preset with the user's edits). */
export const policySchema = z
  .object({ id: z.string().max(60), label: words, asOf: realDate, source: words, verified: z.boolean(), socialBase: base, housingBase: base, employer: rates, employee: rates })
  .strict()
  .superRefine((p, ctx) => {
    for (const problem of policyProblems(p as ContributionPolicy)) ctx.addIssue({ code: 'custom', message: problem });
  });

export const onCostsSchema = z.union([z.object({ kind: z.literal('flat'), rate }).strict(), z.object({ kind: z.literal('contributions'), policy: policySchema }).strict()]);

export const contractSchema = z.object({ years: z.number().int().min(1).max(10), tranches: z.array(trancheSchema).max(120), onCosts: onCostsSchema }).strict();

const text = (max: number) => z.string().max(max);
export const documentsFormSchema = z
  .object({
    enterprise: text(200),
    union: text(200),
    enterpriseRep: text(100),
    unionRep: text(100),
    docNumber: text(60).default(''),
    meetingPlace: text(200).default(''),
    signingPlace: text(200).default(''),
    enterpriseAddress: text(200).default(''),
    unionAddress: text(200).default(''),
    unionNegotiators: text(500).default(''),
    proposedDate: realDate,
    signingDate: realDate,
    termStart: realDate,
    filingKind: z.enum(['wage-agreement', 'collective-contract']).default('wage-agreement'),
    regional: z
      .object({ fileWithinDays: z.number().int().min(1).max(60).optional(), renegotiateDays: z.number().int().min(1).max(366).optional(), note: text(300).optional() })
      .strict()
      .default({}),
    // A congress of no one cannot vote: 0 made the paper say the draft passes with 0 votes.
    members: z.number().int().min(1, 'the congress has at least one representative').max(100_000),
    present: z.number().int().min(0).max(100_000),
    yes: z.number().int().min(0).max(100_000),
    articles: z.record(z.string().max(40), z.string().max(5000)).refine((a) => Object.keys(a).length <= 60, 'at most 60 articles'),
  })
  .strict();

/**
 * The CLI's `--form FORM.json`: the documents form (every field optional, the
 * defaults filled in) and the contract's terms as `--ask contract` writes
 * them (`onCosts`: `{ "rate": 0.3 }` or `{ "preset": "jiangsu-2025", … }`).
 */
export const formFileSchema = z
  .object({
    ...documentsFormSchema.partial().shape,
    contract: z
      .object({
        years: z.number().int().min(1).max(10).default(DEFAULT_CONTRACT.years),
        tranches: z.array(trancheSchema).max(120).default(DEFAULT_CONTRACT.tranches),
        onCosts: z
          .union([
            z.object({ rate }).strict(),
            z.object({ preset: z.string(), socialBase: base.partial().optional(), housingBase: base.partial().optional(), employer: rates.partial().optional(), employee: rates.partial().optional() }).strict(),
          ])
          .default({ preset: CONTRIBUTION_PRESETS[0]!.id }),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type FormFile = z.output<typeof formFileSchema>;

/** The contract's on-costs from a form file: one rate, or a preset with the file's changes (an unknown preset named). */
export function onCostsOf(o: FormFile['contract']['onCosts']): OnCosts | { error: string } {
  if ('rate' in o) return { kind: 'flat', rate: o.rate };
  const p = CONTRIBUTION_PRESETS.find((x) => x.id === o.preset);
  if (!p) return { error: `unknown preset "${o.preset}" (known: ${CONTRIBUTION_PRESETS.map((x) => x.id).join(', ')})` };
  const policy: ContributionPolicy = { ...p, socialBase: { ...p.socialBase, ...o.socialBase }, housingBase: { ...p.housingBase, ...o.housingBase }, employer: { ...p.employer, ...o.employer }, employee: { ...p.employee, ...o.employee } };
  const problems = policyProblems(policy);
  return problems.length ? { error: problems.join('; ') } : { kind: 'contributions', policy };
}
