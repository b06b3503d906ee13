/**
 * What lands in the worker's pocket and what the employer pays: employee and
 * employer contributions on the clamped base (models/takehome/contributions.ts), and
 * individual income tax on wages (综合所得), withheld cumulatively month by
 * month. The schedule and the deductions are national law (verified); they
 * are still dated settings, so a change of law is an edit, not a release.
 */
import { CONTRIBUTION_PRESETS, employeeMonthly, employerMonthly, socialRate, type ContributionPolicy } from './contributions';
import type { CraftsmanResult } from '../craftsmen/craftsmen';
import type { CraftsmanPackage, Scenario } from '../pay/scenario';
import { quantileByCounting } from '../pay/stats';
import { LEVELS, type Level, type Summary, type Workforce } from '../types';

export interface TaxBracket {
  /** Taxable income above this (元) is taxed at `rate`… */
  above: number;
  rate: number;
  /** …less this quick deduction (速算扣除数). */
  quick: number;
}

export interface TaxLaw {
  asOf: string;
  source: { zh: string; en: string };
  verified: boolean;
  /** Annual schedule of comprehensive income (综合所得). */
  annual: TaxBracket[];
  /** The monthly schedule, used for an annual one-off bonus taxed apart (bonus ÷ 12 picks the rate). */
  monthly: TaxBracket[];
  /** Basic deduction, 元 a month (5,000: 60,000 a year). */
  basicMonthly: number;
  /** Until when a one-off bonus may be taxed apart (the worker's choice). */
  bonusApartUntil: string;
}

export const TAX_LAW: TaxLaw = {
  asOf: '2023-08-31',
  source: {
    zh: '《个人所得税法》(2018 修正)综合所得税率表(3%–45%,基本减除 60,000 元/年,累计预扣法);专项附加扣除标准按国发〔2023〕13 号(2023-01-01 起);全年一次性奖金单独计税政策延续至 2027-12-31(财政部 税务总局公告 2023 年第 30 号)。',
    en: 'Individual Income Tax Law (2018) schedule for comprehensive income (3–45 %, 60,000 a year basic deduction, cumulative withholding); special additional deductions per State Council notice 2023 No. 13 (from 2023-01-01); annual one-off bonus may be taxed apart until 2027-12-31 (MOF/STA announcement 2023 No. 30).',
  },
  verified: true,
  annual: [
    { above: 0, rate: 0.03, quick: 0 },
    { above: 36_000, rate: 0.1, quick: 2_520 },
    { above: 144_000, rate: 0.2, quick: 16_920 },
    { above: 300_000, rate: 0.25, quick: 31_920 },
    { above: 420_000, rate: 0.3, quick: 52_920 },
    { above: 660_000, rate: 0.35, quick: 85_920 },
    { above: 960_000, rate: 0.45, quick: 181_920 },
  ],
  monthly: [
    { above: 0, rate: 0.03, quick: 0 },
    { above: 3_000, rate: 0.1, quick: 210 },
    { above: 12_000, rate: 0.2, quick: 1_410 },
    { above: 25_000, rate: 0.25, quick: 2_660 },
    { above: 35_000, rate: 0.3, quick: 4_410 },
    { above: 55_000, rate: 0.35, quick: 7_160 },
    { above: 80_000, rate: 0.45, quick: 15_160 },
  ],
  basicMonthly: 5_000,
  bonusApartUntil: '2027-12-31',
};

/** Tax on `taxable` by a schedule (rate × taxable − quick deduction of its bracket); nothing on 0 or less. */
export function taxBy(schedule: TaxBracket[], taxable: number): number {
  if (!(taxable > 0)) return 0;
  let b = schedule[0]!;
  for (const x of schedule) if (taxable > x.above) b = x;
  return taxable * b.rate - b.quick;
}

/** Special additional deductions (专项附加扣除), 元 a month, as the worker declares them. */
export interface Deductions {
  /** Children in education or under 3 (2,000 each a month). */
  children: number;
  /** Elderly support: 3,000 an only child, otherwise the share agreed with siblings (at most 1,500). */
  elderly: number;
  /** Continuing education (400 a month for a degree course). */
  education: number;
  /** Housing: loan interest 1,000, or rent 800 / 1,100 / 1,500 by city. */
  housing: number;
}

export const NO_DEDUCTIONS: Deductions = { children: 0, elderly: 0, education: 0, housing: 0 };

export const deductionsMonthly = (d: Deductions) => 2_000 * d.children + d.elderly + d.education + d.housing;

export interface Payslip {
  /** Gross pay a year: wages (and a bonus, when there is one). */
  gross: number;
  /** The worker's contributions a year (pension, medical, unemployment, housing fund). */
  contributions: number;
  /** Income tax a year. */
  tax: number;
  /** Take-home a year: gross − contributions − tax. */
  net: number;
  /** Employer contributions a year. */
  employerContributions: number;
  /** What the worker costs the employer a year: gross + employer contributions. */
  employerCost: number;
  /** Tax withheld each month (cumulative withholding): the months differ, the total is the year's tax. */
  withheld: number[];
}

/**
 * A year of pay, paid as 12 equal monthly wages plus an optional one-off
 * bonus. Tax: cumulative withholding on the wages (month m: the schedule on
 * Σ wages − Σ contributions − 5,000 m − Σ deductions, less what was withheld
 * before), so the twelve months add up to the annual schedule on the year;
 * the bonus either joins the wages (in month 12) or, where the law allows, is
 * taxed apart by the monthly schedule (bonus ÷ 12 picks the rate).
 */
export function payslip(monthlyWage: number, policy: ContributionPolicy, opts: { deductions?: Deductions | number; bonus?: number; bonusApart?: boolean; law?: TaxLaw } = {}): Payslip {
  const law = opts.law ?? TAX_LAW;
  const bonus = opts.bonus ?? 0;
  // Deductions as declared, or already a monthly total.
  const ded = typeof opts.deductions === 'number' ? opts.deductions : deductionsMonthly(opts.deductions ?? NO_DEDUCTIONS);
  const c = employeeMonthly(monthlyWage, policy);
  const withheld: number[] = [];
  let before = 0;
  for (let m = 1; m <= 12; m++) {
    const inBonus = m === 12 && !opts.bonusApart ? bonus : 0;
    const taxable = m * (monthlyWage - c - law.basicMonthly - ded) + inBonus;
    const cumulative = Math.max(before, taxBy(law.annual, taxable));
    withheld.push(cumulative - before);
    before = cumulative;
  }
  const bonusTax = opts.bonusApart ? bonusTaxApart(bonus, law) : 0;
  const gross = 12 * monthlyWage + bonus;
  const contributions = 12 * c;
  const tax = before + bonusTax;
  const employerContributions = 12 * employerMonthly(monthlyWage, policy);
  return { gross, contributions, tax, net: gross - contributions - tax, employerContributions, employerCost: gross + employerContributions, withheld };
}

/** An annual one-off bonus taxed apart: bonus ÷ 12 picks the rate and quick deduction of the monthly schedule, applied to the whole bonus. */
export function bonusTaxApart(bonus: number, law: TaxLaw = TAX_LAW): number {
  if (!(bonus > 0)) return 0;
  let b = law.monthly[0]!;
  for (const x of law.monthly) if (bonus / 12 > x.above) b = x;
  return bonus * b.rate - b.quick;
}

/**
 * The same as `payslip` for one regular worker paid `annual` in equal
 * months, without the month-by-month list: the loop of the whole plant.
 * Returns [contributions, tax, employer contributions] a year.
 */
export function yearOfPay(annual: number, policy: ContributionPolicy, deductionsPerMonth: number, law: TaxLaw = TAX_LAW): [number, number, number] {
  const m = annual / 12;
  const c = employeeMonthly(m, policy);
  // Equal months: cumulative withholding ends at the annual schedule on the year's taxable income.
  const tax = taxBy(law.annual, 12 * (m - c - law.basicMonthly - deductionsPerMonth));
  return [12 * c, tax, 12 * employerMonthly(m, policy)];
}

// ---------------------------------------------------------------- the whole plant

/** The contribution rules a scheme uses: its preset, with the scheme's own changes on top. */
export function policyOf(s: Scenario): ContributionPolicy {
  const c = s.takeHome?.contributions;
  const preset = CONTRIBUTION_PRESETS.find((p) => p.id === c?.preset) ?? CONTRIBUTION_PRESETS[0]!;
  if (!c) return preset;
  return {
    ...preset,
    socialBase: { ...preset.socialBase, ...c.socialBase },
    housingBase: { ...preset.housingBase, ...c.housingBase },
    employer: { ...preset.employer, ...c.employer },
    employee: { ...preset.employee, ...c.employee },
  };
}

export interface TakeHomeByLevel {
  level: Level;
  count: number;
  /** Mean change a month, 元: gross pay, take-home pay, and what the employer pays (gross + contributions). */
  grossRaise: number;
  netRaise: number;
  employerRaise: number;
}

export interface TakeHomeResult {
  summary: Required<Pick<Summary, 'netPay' | 'netPayCurrent' | 'medianNetRaise' | 'employerCost' | 'employerCostCurrent'>>;
  /** What each extra 元 of take-home pay costs the employer (Δ employer cost ÷ Δ take-home); null when take-home does not rise. */
  costPerNetYuan: number | null;
  byLevel: TakeHomeByLevel[];
  /** Monthly raise, gross and take-home, counted in the same 20 bins. */
  histogram: { from: number; to: number; gross: number; net: number }[];
  /** Per worker, a year (with `components`): [today, scheme] for each. */
  perWorker: { contributions: [Float64Array, Float64Array]; tax: [Float64Array, Float64Array]; net: [Float64Array, Float64Array]; employerCost: [Float64Array, Float64Array] } | null;
}

interface TodayTakeHome {
  contributions: Float64Array;
  tax: Float64Array;
  net: Float64Array;
  employerCost: Float64Array;
  netTotal: number;
  employerTotal: number;
}

const todayCache = new WeakMap<Workforce, Map<string, TodayTakeHome>>();

/**
 * The rules as plain numbers, for the plant-wide loops: contributions and
 * tax of a worker paid `annual` in equal months, with no allocation (the
 * loops run for 100,000 workers at every recompute).
 */
class YearRules {
  readonly pS: number;
  readonly pH: number;
  readonly eS: number;
  readonly eH: number;
  readonly sf: number;
  readonly sc: number;
  readonly hf: number;
  readonly hc: number;
  readonly above: Float64Array;
  readonly rate: Float64Array;
  readonly quick: Float64Array;
  /** Filled by `year`: the worker's contributions, tax and the employer's contributions, a year. */
  contributions = 0;
  tax = 0;
  employer = 0;
  constructor(
    policy: ContributionPolicy,
    readonly untaxedMonthly: number,
    law: TaxLaw = TAX_LAW,
  ) {
    this.pS = socialRate(policy.employee);
    this.pH = policy.employee.housing;
    this.eS = socialRate(policy.employer);
    this.eH = policy.employer.housing;
    this.sf = policy.socialBase.floor;
    this.sc = policy.socialBase.cap;
    this.hf = policy.housingBase.floor;
    this.hc = policy.housingBase.cap;
    this.above = Float64Array.from(law.annual, (b) => b.above);
    this.rate = Float64Array.from(law.annual, (b) => b.rate);
    this.quick = Float64Array.from(law.annual, (b) => b.quick);
  }
  year(annual: number): void {
    const m = annual / 12;
    if (!(m > 0)) {
      this.contributions = this.tax = this.employer = 0;
      return;
    }
    const sb = m < this.sf ? this.sf : m > this.sc ? this.sc : m;
    const hb = m < this.hf ? this.hf : m > this.hc ? this.hc : m;
    const c = this.pS * sb + this.pH * hb;
    this.contributions = 12 * c;
    this.employer = 12 * (this.eS * sb + this.eH * hb);
    const taxable = 12 * (m - c - this.untaxedMonthly);
    if (!(taxable > 0)) this.tax = 0;
    else {
      // Most pay sits in the first brackets: climb from the bottom.
      const above = this.above;
      let k = 0;
      while (k + 1 < above.length && taxable > above[k + 1]!) k++;
      this.tax = taxable * this.rate[k]! - this.quick[k]!;
    }
  }
}

/** Take-home and employer cost of today's pay, once per workforce and rules. */
function today(w: Workforce, policy: ContributionPolicy, ded: number): TodayTakeHome {
  const key = JSON.stringify([policy.socialBase, policy.housingBase, policy.employer, policy.employee, ded]);
  let byKey = todayCache.get(w);
  if (!byKey) todayCache.set(w, (byKey = new Map()));
  let t = byKey.get(key);
  if (t) return t;
  const n = w.size;
  t = { contributions: new Float64Array(n), tax: new Float64Array(n), net: new Float64Array(n), employerCost: new Float64Array(n), netTotal: 0, employerTotal: 0 };
  const rules = new YearRules(policy, TAX_LAW.basicMonthly + ded);
  for (let i = 0; i < n; i++) {
    const a = 12 * w.monthlyPay[i]!;
    rules.year(a);
    const c = rules.contributions,
      tax = rules.tax,
      e = rules.employer;
    t.contributions[i] = c;
    t.tax[i] = tax;
    t.net[i] = a - c - tax;
    t.employerCost[i] = a + e;
    t.netTotal += a - c - tax;
    t.employerTotal += a + e;
  }
  if (byKey.size > 8) byKey.clear();
  byKey.set(key, t);
  return t;
}

/**
 * Take-home pay and employer cost of every worker, today and under the
 * scheme. Regular workers are paid in equal months. A craftsman on an annual
 * salary is paid his base in equal months and his performance pay as an
 * annual one-off bonus, taxed apart when the scheme says so (the default,
 * allowed until 2027-12-31) or with his wages; an agreement wage is paid in
 * equal months. Equity is not cash and is not taxed here (it is taxed when
 * exercised or unlocked, apart from wages until 2027-12-31).
 */
export function plantTakeHome(w: Workforce, s: Scenario, annual: Float64Array, craftsman: Uint8Array, packages: { pkg: CraftsmanPackage; i: number }[], results: CraftsmanResult[], comp: unknown, detail = true): TakeHomeResult {
  const policy = policyOf(s);
  const ded = s.takeHome?.deductionsMonthly ?? 0;
  const bonusApart = s.takeHome?.bonusApart ?? true;
  const t = today(w, policy, ded);
  const n = w.size;
  const keep = comp !== null;
  const cNew = keep ? new Float64Array(n) : null,
    taxNew = keep ? new Float64Array(n) : null,
    netNew = keep ? new Float64Array(n) : null,
    empNew = keep ? new Float64Array(n) : null;
  // The take-home raises are kept for their median; the gross ones only for the distribution (detail).
  const netRaise = netScratch.length === n ? netScratch : (netScratch = new Float64Array(n));
  const grossRaise = detail ? new Float64Array(n) : null;
  const cnt = new Float64Array(8),
    sg = new Float64Array(8),
    sn = new Float64Array(8),
    se = new Float64Array(8);
  let netTotal = 0,
    employerTotal = 0;
  const pkgAt = new Map(packages.map((p, k) => [p.i, { pkg: p.pkg, res: results[k]! }]));
  const rules = new YearRules(policy, TAX_LAW.basicMonthly + ded);
  const { pS, pH, eS, eH, sf, sc, hf, hc, above, rate, quick, untaxedMonthly: untaxed } = rules;
  const nb = above.length;
  const tNet = t.net,
    tEmp = t.employerCost,
    pay = w.monthlyPay,
    lvl = w.level;
  for (let i = 0; i < n; i++) {
    const a = annual[i]!;
    let c: number, tax: number, e: number;
    const p = craftsman[i] ? pkgAt.get(i) : undefined;
    if (p && p.pkg.scheme === 'annual-salary') {
      const base = p.pkg.annualSalary!.base;
      const slip = payslip(base / 12, policy, { bonus: p.res.cashYear1 - base, bonusApart, deductions: ded });
      c = slip.contributions;
      tax = slip.tax;
      e = slip.employerContributions;
    } else {
      // YearRules.year, written out: this loop runs for every worker at every recompute.
      const m = a / 12;
      if (m > 0) {
        const sb = m < sf ? sf : m > sc ? sc : m;
        const hb = m < hf ? hf : m > hc ? hc : m;
        const cm = pS * sb + pH * hb;
        c = 12 * cm;
        e = 12 * (eS * sb + eH * hb);
        const taxable = 12 * (m - cm - untaxed);
        if (taxable > 0) {
          let k = 0;
          while (k + 1 < nb && taxable > above[k + 1]!) k++;
          tax = taxable * rate[k]! - quick[k]!;
        } else tax = 0;
      } else c = tax = e = 0;
    }
    const net = a - c - tax;
    netTotal += net;
    employerTotal += a + e;
    const nr = (net - tNet[i]!) / 12;
    const gr = (a - 12 * pay[i]!) / 12;
    netRaise[i] = nr;
    if (grossRaise) grossRaise[i] = gr;
    if (detail) {
      const l = lvl[i]!;
      cnt[l]!++;
      sg[l]! += gr;
      sn[l]! += nr;
      se[l]! += (a + e - tEmp[i]!) / 12;
    }
    if (keep) {
      cNew![i] = c;
      taxNew![i] = tax;
      netNew![i] = net;
      empNew![i] = a + e;
    }
  }
  const byLevel: TakeHomeByLevel[] = [];
  for (let l = 0; l < 8; l++) if (cnt[l]) byLevel.push({ level: LEVELS[l]!, count: cnt[l]!, grossRaise: sg[l]! / cnt[l]!, netRaise: sn[l]! / cnt[l]!, employerRaise: se[l]! / cnt[l]! });
  const dNet = netTotal - t.netTotal;
  const histogram = grossRaise ? raiseHistogram(grossRaise, netRaise) : [];
  return {
    summary: { netPay: netTotal, netPayCurrent: t.netTotal, medianNetRaise: n ? quantileByCounting(netRaise, 0.5) : NaN, employerCost: employerTotal, employerCostCurrent: t.employerTotal },
    costPerNetYuan: dNet > 0 ? (employerTotal - t.employerTotal) / dNet : null,
    byLevel,
    histogram,
    perWorker: keep ? { contributions: [t.contributions, cNew!], tax: [t.tax, taxNew!], net: [t.net, netNew!], employerCost: [t.employerCost, empNew!] } : null,
  };
}

let netScratch = new Float64Array(0);

/** 20 bins over the gross raises' range (and the take-home raises'), each counting both. */
function raiseHistogram(gross: Float64Array, net: Float64Array, bins = 20): TakeHomeResult['histogram'] {
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < gross.length; i++) {
    lo = Math.min(lo, gross[i]!, net[i]!);
    hi = Math.max(hi, gross[i]!, net[i]!);
  }
  if (!(hi > lo)) return gross.length ? [{ from: lo, to: lo, gross: gross.length, net: net.length }] : [];
  const width = (hi - lo) / bins;
  const out = Array.from({ length: bins }, (_, b) => ({ from: lo + b * width, to: lo + (b + 1) * width, gross: 0, net: 0 }));
  for (let i = 0; i < gross.length; i++) {
    out[Math.min(bins - 1, Math.floor((gross[i]! - lo) / width))]!.gross++;
    out[Math.min(bins - 1, Math.floor((net[i]! - lo) / width))]!.net++;
  }
  return out;
}

/** One worker's payslip today and under the scheme (the drawer's before/after), by the same rules as the plant's. */
export function workerPayslips(w: Workforce, s: Scenario, i: number, annual: number, pkg: CraftsmanPackage | undefined, cashYear1: number | undefined, deductions?: Deductions, extraBonus = 0): { today: Payslip; scheme: Payslip } {
  const policy = policyOf(s);
  // The worker's own declared deductions when known (a typical worker), else the plant-wide figure.
  const ded: Deductions | number = deductions ?? s.takeHome?.deductionsMonthly ?? 0;
  const today = payslip(w.monthlyPay[i]!, policy, { deductions: ded });
  const scheme =
    pkg?.scheme === 'annual-salary' && cashYear1 !== undefined
      ? payslip(pkg.annualSalary!.base / 12, policy, { deductions: ded, bonus: cashYear1 - pkg.annualSalary!.base + extraBonus, bonusApart: s.takeHome?.bonusApart ?? true })
      : // An innovation reward (`extraBonus`) is wages paid as a bonus: taxed with the year's pay, or apart where the scheme says so.
        payslip(annual / 12, policy, { deductions: ded, bonus: extraBonus, bonusApart: s.takeHome?.bonusApart ?? true });
  return { today, scheme };
}
