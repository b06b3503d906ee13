/** Master-craftsman packages (pay-model.md §5): cash by year and equity value. */
import { equitySensitivity, equityUnitValue, expenseByYear } from './equity';
import { dilution, equityRuleWarnings, type RuleWarning } from './equityRules';
import type { CraftsmanPackage, Scenario } from '../pay/scenario';
import { RATINGS, type Rating, type Workforce } from '../types';
import { indexOfId } from '../pay/workforce';

export interface EquityResult {
  kind: 'option' | 'restricted';
  shares: number;
  perUnit: number;
  fairValue: number;
  expenseByYear: number[];
}

export interface CraftsmanResult {
  id: string;
  scheme: CraftsmanPackage['scheme'];
  /** Cash paid in year 1: this is the craftsman's annual_i in the wage bill. */
  cashYear1: number;
  /** Deferred performance pay, paid in years 2 … 1 + deferralYears. */
  deferred: number[];
  equity: EquityResult | null;
}

export function craftsmanCash(pkg: CraftsmanPackage, rating: Rating, scenario: Scenario): { cashYear1: number; deferred: number[] } {
  if (pkg.scheme === 'agreement') return { cashYear1: pkg.agreement!.agreedAnnual, deferred: [] };
  const a = pkg.annualSalary!;
  const perf = a.performanceTarget * scenario.performanceCoefficients[rating];
  if (a.deferralYears === 0) return { cashYear1: a.base + perf, deferred: [] };
  const part = (perf * a.deferredShare) / a.deferralYears;
  return { cashYear1: a.base + perf * (1 - a.deferredShare), deferred: Array.from({ length: a.deferralYears }, () => part) };
}

export function equityResult(pkg: CraftsmanPackage): EquityResult | null {
  const e = pkg.equity;
  if (!e) return null;
  const perUnit = equityUnitValue(e);
  const fairValue = e.shares * perUnit;
  return { kind: e.kind, shares: e.shares, perUnit, fairValue, expenseByYear: expenseByYear(fairValue, e.vesting) };
}

export function craftsmanResult(pkg: CraftsmanPackage, ratingIndex: number, scenario: Scenario): CraftsmanResult {
  const cash = craftsmanCash(pkg, RATINGS[ratingIndex]!, scenario);
  return { id: pkg.id, scheme: pkg.scheme, ...cash, equity: equityResult(pkg) };
}

export interface PackageYear {
  year: number;
  /** Cash paid that year from that year's package (base + the undeferred part, or the agreed wage). */
  cash: number;
  /** Deferred performance pay from earlier years falling due that year. */
  deferred: number;
  /** Equity vesting that year, valued on the vesting date: mean and P5/P95 (0 without a grant or a simulation). */
  equityMean: number;
  equityP5: number;
  equityP95: number;
}

/**
 * A package over `years` years, as the craftsman would be paid: the annual
 * salary or agreement repeats each year (so deferrals from earlier years
 * overlap), the equity grant is made once and vests by its schedule.
 */
export function packageByYear(pkg: CraftsmanPackage, rating: Rating, scenario: Scenario, years: number, atVesting: { years: number; mean: number; p5: number; p95: number }[] = []): PackageYear[] {
  const { cashYear1, deferred } = craftsmanCash(pkg, rating, scenario);
  const part = deferred[0] ?? 0;
  const D = deferred.length;
  return Array.from({ length: years }, (_, k) => {
    const year = k + 1;
    const vest = atVesting.filter((v) => v.years === year);
    return {
      year,
      cash: cashYear1,
      deferred: part * Math.min(year - 1, D),
      equityMean: vest.reduce((a, v) => a + v.mean, 0),
      equityP5: vest.reduce((a, v) => a + v.p5, 0),
      equityP95: vest.reduce((a, v) => a + v.p95, 0),
    };
  });
}

/** What the appraisal rating does to an annual-salary package: year-1 cash and total performance pay for A … E. */
export function ratingEffect(pkg: CraftsmanPackage, scenario: Scenario): { rating: Rating; cashYear1: number; total: number }[] {
  return RATINGS.map((r) => {
    const c = craftsmanCash(pkg, r, scenario);
    return { rating: r, cashYear1: c.cashYear1, total: c.cashYear1 + c.deferred.reduce((a, b) => a + b, 0) };
  });
}

export type PackageTemplate = 'chief-annual' | 'agreement-restricted' | 'annual-option';
export const PACKAGE_TEMPLATES: readonly PackageTemplate[] = ['chief-annual', 'agreement-restricted', 'annual-option'];

const VEST = [
  { years: 1, fraction: 0.4 },
  { years: 2, fraction: 0.3 },
  { years: 3, fraction: 0.3 },
];

/**
 * Editable starting points for a package, scaled to the worker's current
 * annual pay: 首席技师年薪制 (base 1.2× today, at least 180,000; performance
 * target 0.3×, 30 % deferred over 2 years), 技师协议工资 + 限制性股票 (agreed
 * at 1.25× today, market P50/P75/P90 at 1.1/1.3/1.6×, restricted stock at half
 * the price), 年薪制 + 股票期权 (the annual salary plus at-the-money options).
 * The multiples are illustrative; every figure is edited afterwards.
 */
export function fromTemplate(template: PackageTemplate, id: string, currentAnnual: number): CraftsmanPackage {
  const round = (x: number) => Math.round(x / 1000) * 1000;
  if (template === 'agreement-restricted') {
    return {
      id,
      scheme: 'agreement',
      agreement: { agreedAnnual: round(currentAnnual * 1.25), marketP50: round(currentAnnual * 1.1), marketP75: round(currentAnnual * 1.3), marketP90: round(currentAnnual * 1.6), managerBenchmark: round(currentAnnual * 1.4) },
      equity: { kind: 'restricted', shares: 10000, spot: 20, grantPrice: 10, referencePrice: 20, volatility: 0.35, riskFree: 0.02, dividendYield: 0.01, expiryYears: 3, vesting: VEST },
    };
  }
  const annualSalary = { base: round(Math.max(currentAnnual * 1.2, 180000)), performanceTarget: round(Math.max(currentAnnual * 0.3, 50000)), deferredShare: 0.3, deferralYears: 2 };
  if (template === 'annual-option') {
    return { id, scheme: 'annual-salary', annualSalary, equity: { kind: 'option', shares: 20000, spot: 20, strike: 20, referencePrice: 20, volatility: 0.35, riskFree: 0.02, dividendYield: 0.01, expiryYears: 5, vesting: VEST } };
  }
  return { id, scheme: 'annual-salary', annualSalary };
}

/**
 * The 2025 SOE notice (人社部·财政部·国资委): a serving 特级技师 or 首席技师
 * (grade index 6 or 7) is paid no less than the company's middle and senior
 * managers. True when an agreement wage sits below the benchmark entered.
 */
export function belowManagerBenchmark(pkg: CraftsmanPackage, levelIndex: number): boolean {
  const a = pkg.agreement;
  return pkg.scheme === 'agreement' && levelIndex >= 6 && a?.managerBenchmark !== undefined && a.agreedAnnual < a.managerBenchmark;
}

export interface CraftsmanDetail {
  id: string;
  name: string;
  /** Grade index 0…7 (L1…L8). */
  level: number;
  rating: Rating;
  currentAnnual: number;
  result: CraftsmanResult;
  ratingEffect: { rating: Rating; cashYear1: number; total: number }[];
  warnings: RuleWarning[];
  belowManager: boolean;
  /** The grant as a share of capital after issue, when the share capital is known. */
  dilution: number | null;
  sensitivity: ReturnType<typeof equitySensitivity> | null;
}

export interface CraftsmenReport {
  packages: CraftsmanDetail[];
  /** Rules about all plans together (the 10 % limit). */
  planWarnings: RuleWarning[];
}

/** Everything the craftsman cards show, for the packages of `s` whose worker is in `w` (the others are not asked about). */
export function craftsmenReport(w: Workforce, s: Scenario): CraftsmenReport {
  const warnings = equityRuleWarnings(s);
  const packages: CraftsmanDetail[] = [];
  for (const pkg of s.craftsmen) {
    const i = indexOfId(w, pkg.id);
    if (i < 0) continue;
    const ratingIndex = w.rating[i]!;
    const result = craftsmanResult(pkg, ratingIndex, s);
    packages.push({
      id: pkg.id,
      name: w.name[i]!,
      level: w.level[i]!,
      rating: RATINGS[ratingIndex]!,
      currentAnnual: 12 * w.monthlyPay[i]!,
      result,
      ratingEffect: pkg.scheme === 'annual-salary' ? ratingEffect(pkg, s) : [],
      warnings: warnings.filter((x) => x.id === pkg.id),
      belowManager: belowManagerBenchmark(pkg, w.level[i]!),
      dilution: result.equity && s.equityPlan ? dilution(result.equity.shares, s.equityPlan.sharesOutstanding) : null,
      sensitivity: pkg.equity ? equitySensitivity(pkg.equity) : null,
    });
  }
  return { packages, planWarnings: warnings.filter((x) => !x.id) };
}

export interface Candidate {
  index: number;
  id: string;
  name: string;
  level: number;
  innovation: number;
  monthlyPay: number;
}

/** Workers who could get a package: grade ≥ `minLevel` (index), matching the query by id or name, not already taken; most innovation first. */
export function craftsmanCandidates(w: Workforce, minLevel: number, query: string, taken: readonly string[], limit = 8): Candidate[] {
  const skip = new Set(taken);
  const q = query.trim();
  const out: number[] = [];
  for (let i = 0; i < w.size; i++) {
    if (w.level[i]! < minLevel || skip.has(w.id[i]!)) continue;
    if (q && !w.id[i]!.includes(q) && !w.name[i]!.includes(q)) continue;
    out.push(i);
  }
  out.sort((a, b) => w.innovation[b]! - w.innovation[a]! || w.level[b]! - w.level[a]! || a - b);
  return out.slice(0, limit).map((i) => ({ index: i, id: w.id[i]!, name: w.name[i]!, level: w.level[i]!, innovation: w.innovation[i]!, monthlyPay: w.monthlyPay[i]! }));
}
