/** Master-craftsman packages (pay-model.md §5): cash by year and equity value. */
import { equityUnitValue, expenseByYear } from './equity';
import type { CraftsmanPackage, Scenario } from './scenario';
import { RATINGS, type Rating } from './types';

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
