/**
 * The rules of law a payroll is held to after the signature, as dated
 * settings with their source (`verified`: the article's text was read in a
 * copy of the published text and says what is applied). Every value here is
 * a default the union can change (`ComplianceSettings`); the check prints the
 * source of each rule beside each finding.
 */
import type { Citation, DatedRule } from '../datedRule';
import { z } from '../zod';
import { ITEM_CLASSES, type ItemClass } from './ledger';

const PAY = { zh: '《工资支付暂行规定》(劳部发〔1994〕489号)', en: 'Provisional Regulations on Wage Payment (MOL 1994 No. 489)' };
const MW = { zh: '《最低工资规定》(劳动和社会保障部令第21号,2004年)', en: 'Provisions on Minimum Wages (MOLSS Order No. 21, 2004)' };
const LL = { zh: '《劳动法》', en: 'Labour Law' };

export const LAW = {
  /** The employer keeps a written record of each payment (amount, date, the worker, his signature) two years or more. */
  record: { zh: `${PAY.zh}第六条`, en: `${PAY.en}, art. 6`, verified: true },
  /** The ledger's fields (period, pay date, the worker, hours, each item, each deduction, the net amount), kept three years. The fields were read in a published summary of the regulations; the article number (15) was not seen in a copy. */
  ledger: { zh: '《保障农民工工资支付条例》(国务院令第724号)第十五条', en: 'Regulations on Ensuring the Payment of Migrant Workers\' Wages (State Council Order No. 724), art. 15', verified: false },
  /** Pay on the agreed date, at least once a month (a holiday moves it earlier). */
  payDate: { zh: `${PAY.zh}第七条`, en: `${PAY.en}, art. 7`, verified: true },
  /** Deductions for a loss the worker caused: at most 20 % of the month's wage, and what is left not below the minimum wage. */
  deduction: { zh: `${PAY.zh}第十六条`, en: `${PAY.en}, art. 16`, verified: true },
  /** Overtime at 150 %, 200 % (a rest day not made up) and 300 % (a statutory holiday). */
  overtime: { zh: `${LL.zh}第四十四条`, en: `${LL.en}, art. 44`, verified: true },
  /** No wage below the local minimum wage. */
  minimumWage: { zh: `${LL.zh}第四十八条`, en: `${LL.en}, art. 48`, verified: true },
  /** What the minimum wage is compared with: the wage less overtime, special-condition allowances (night, heat, underground, hazardous work) and statutory welfare. */
  minimumWageExcludes: { zh: `${MW.zh}第十二条`, en: `${MW.en}, art. 12`, verified: true },
  /** A monthly wage over 21.75 paid days a month, 8 hours a day: the hourly wage overtime is paid on. Not read in a copy. */
  paidDays: { zh: '《关于职工全年月平均工作时间和工资折算问题的通知》(劳社部发〔2008〕3号)', en: 'Notice on Average Monthly Working Time and Wage Conversion (MOLSS 2008 No. 3)', verified: false },
  /** No labour contract pays less than the collective contract. */
  binding: { zh: '《劳动合同法》第五十五条', en: 'Labour Contract Law, art. 55', verified: true },
  /** The labour authority orders pay, the minimum wage's difference and overtime paid within a time limit, and 50–100 % more as compensation if not: (一) pay not in full or on time as agreed, (二) below the minimum wage, (三) overtime unpaid. Read in two copies of the text. */
  enforcement: { zh: '《劳动合同法》第八十五条', en: 'Labour Contract Law, art. 85', verified: true },
  /** Unions supervise employers' keeping of the labour laws; the inspectorate hears them. */
  unionSupervision: { zh: '《劳动保障监察条例》(国务院令第423号)第七条', en: 'Regulations on Labour Security Supervision (State Council Order No. 423), art. 7', verified: true },
  /** Any organisation may report a breach of the labour laws to the labour authority. */
  report: { zh: '《劳动保障监察条例》(国务院令第423号)第九条', en: 'Regulations on Labour Security Supervision (State Council Order No. 423), art. 9', verified: true },
} satisfies Record<string, Citation>;

/** The contract's own clauses a finding can name (the wage contract's articles and its annex). */
export const CLAUSE = {
  /** 附件一《工资计算办法》: the pay each worker is due by the rule. */
  payRule: { zh: '工资专项集体合同附件一《工资计算办法》', en: 'the wage contract, Annex 1 (the pay rule)', verified: true },
  /** The article on the level of pay and its tranches. */
  tranche: { zh: '工资专项集体合同"工资水平和增资批次"条款', en: 'the wage contract, article on the pay level and its tranches', verified: true },
  /** The no-loss guarantee written in the annex. */
  guarantee: { zh: '工资专项集体合同附件一"保底"条款', en: 'the wage contract, Annex 1, the no-loss guarantee', verified: true },
  /** The article on minimum guarantees: the skill-talent floors by post category. */
  skillFloor: { zh: '工资专项集体合同"最低保障"条款(技能人才薪酬最低标准,人社厅发〔2025〕52号)', en: 'the wage contract, article on minimum guarantees (skill-talent floors, MOHRSS 2025 No. 52)', verified: true },
  /** The article on payment: by the 15th for the month before. */
  payment: { zh: '工资专项集体合同"工资支付"条款', en: 'the wage contract, article on payment', verified: true },
  /** The innovation contract's articles on rewards and yield shares, and when they are paid (the scheme's innovation rules). */
  innovation: { zh: '职工技术创新专项集体合同"成果类别和奖励标准""收益分成"条款', en: 'the special contract on technical innovation, articles on rewards and on sharing the yield', verified: true },
  /** The article on overtime pay. */
  overtime: { zh: '工资专项集体合同"加班加点工资"条款', en: 'the wage contract, article on overtime pay', verified: true },
} satisfies Record<string, Citation>;

/** A minimum wage in force from a month on (YYYY-MM), with its source. */
export interface MinimumWageStep {
  from: string;
  monthly: number;
  source: string;
  verified: boolean;
}

/**
 * Jiangsu tier-1 areas, by the date each figure took effect. 2,280 is the
 * ministry's national table (read); 2,490 and 2,660 are reported figures
 * not read in the notices themselves, and 2,660's month of effect is taken
 * as January 2026 (the notice was reported published on 2025-12-29).
 * Change them to your area's tier and dates.
 */
export const JIANGSU_TIER1_MINIMUM: MinimumWageStep[] = [
  { from: '2022-04', monthly: 2280, source: '人社部全国最低工资标准表(江苏一类)', verified: true },
  { from: '2025-01', monthly: 2490, source: '江苏一类,2025 年在用(未核实)', verified: false },
  { from: '2026-01', monthly: 2660, source: '苏人社规〔2025〕3号(2025-12-29 公布;生效月份未核实)', verified: false },
];

/** What the check holds the payroll to beyond the scheme: each a setting with its default from the rules above. */
export interface ComplianceSettings {
  /** The minimum wage in force by month at the enterprise's location. */
  minimumWage: MinimumWageStep[];
  /** The day of the following month by which a month's pay is due (the contract's payment article: 15). */
  payDay: number;
  /** Paid days in a month, for part months and the hourly wage (21.75). */
  paidDaysPerMonth: number;
  /** Hours in a paid day (8). */
  hoursPerDay: number;
  /** Overtime rates: beyond the normal day, on a rest day, on a statutory holiday. */
  overtimeRates: [number, number, number];
  /** Most of a month's wage that may be deducted for a loss the worker caused (0.2). */
  deductionShare: number;
  /** A shortfall under this many 元 is not reported (rounding in a payroll: 1 元). */
  tolerance: number;
  /**
   * How the payroll's own headers are read: each header with the item it is, over the headers the reader knows (the
   * page's column map; the CLI's --ledger-columns). Used when the ledger is read, not by the check.
   */
  ledgerColumns?: Record<string, ItemClass>;
}

export const COMPLIANCE_RULES = {
  payDay: { value: 15, asOf: '1995-01-01', cite: LAW.payDate },
  paidDaysPerMonth: { value: 21.75, asOf: '2008-01-03', cite: LAW.paidDays },
  hoursPerDay: { value: 8, asOf: '2008-01-03', cite: LAW.paidDays },
  overtimeRates: { value: [1.5, 2, 3] as [number, number, number], asOf: '1995-01-01', cite: LAW.overtime },
  deductionShare: { value: 0.2, asOf: '1995-01-01', cite: LAW.deduction },
} satisfies Record<string, DatedRule<unknown>>;

export const DEFAULT_COMPLIANCE: ComplianceSettings = {
  minimumWage: JIANGSU_TIER1_MINIMUM,
  payDay: COMPLIANCE_RULES.payDay.value,
  paidDaysPerMonth: COMPLIANCE_RULES.paidDaysPerMonth.value,
  hoursPerDay: COMPLIANCE_RULES.hoursPerDay.value,
  overtimeRates: COMPLIANCE_RULES.overtimeRates.value,
  deductionShare: COMPLIANCE_RULES.deductionShare.value,
  tolerance: 1,
};

/** Months as integers (year × 12 + month − 1), so that month arithmetic is subtraction. */
export function monthIndex(ym: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) throw new Error(`not a month: ${ym}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}
export function monthText(k: number): string {
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** The minimum wage in force in month `k` (0 before the first step). */
export function minimumWageIn(steps: readonly MinimumWageStep[], k: number): number {
  let v = 0;
  let at = -Infinity;
  for (const s of steps) {
    const f = monthIndex(s.from);
    if (f <= k && f >= at) {
      v = s.monthly;
      at = f;
    }
  }
  return v;
}

/** A month written YYYY-MM. */
export const MONTH_TEXT = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');

/** Each setting's bounds [min, max]: the same for the page's fields, the workspace saved and the CLI's {"ask":"compliance"} (a monthly minimum wage is above its min). */
export const COMPLIANCE_BOUNDS = {
  monthly: [0, 100_000],
  payDay: [1, 31],
  paidDaysPerMonth: [20, 31],
  hoursPerDay: [1, 24],
  overtimeRate: [1, 10],
  deductionShare: [0, 1],
  tolerance: [0, 1000],
} as const;
const B = COMPLIANCE_BOUNDS;
const rate = z.number().finite().min(B.overtimeRate[0]).max(B.overtimeRate[1]);

/** Each setting's schema, from the bounds. */
export const COMPLIANCE_FIELDS = {
  minimumWageStep: z.object({ from: MONTH_TEXT, monthly: z.number().finite().gt(B.monthly[0]).max(B.monthly[1]), source: z.string().max(200), verified: z.boolean() }).strict(),
  payDay: z.number().int().min(B.payDay[0]).max(B.payDay[1]),
  paidDaysPerMonth: z.number().finite().min(B.paidDaysPerMonth[0]).max(B.paidDaysPerMonth[1]),
  hoursPerDay: z.number().finite().min(B.hoursPerDay[0]).max(B.hoursPerDay[1]),
  overtimeRates: z.tuple([rate, rate, rate]),
  deductionShare: z.number().finite().min(B.deductionShare[0]).max(B.deductionShare[1]),
  tolerance: z.number().finite().min(B.tolerance[0]).max(B.tolerance[1]),
  ledgerColumns: z
    .record(z.string().trim().min(1).max(100), z.enum(ITEM_CLASSES))
    .refine((x) => Object.keys(x).length <= 200, 'at most 200 headers'),
};

/** The settings as saved: every field, checked (a damaged record is set aside, not drawn). */
export const complianceSettingsSchema = z
  .object({
    minimumWage: z.array(COMPLIANCE_FIELDS.minimumWageStep).min(1).max(200),
    payDay: COMPLIANCE_FIELDS.payDay,
    paidDaysPerMonth: COMPLIANCE_FIELDS.paidDaysPerMonth,
    hoursPerDay: COMPLIANCE_FIELDS.hoursPerDay,
    overtimeRates: COMPLIANCE_FIELDS.overtimeRates,
    deductionShare: COMPLIANCE_FIELDS.deductionShare,
    tolerance: COMPLIANCE_FIELDS.tolerance,
    ledgerColumns: COMPLIANCE_FIELDS.ledgerColumns.optional(),
  })
  .strict();
