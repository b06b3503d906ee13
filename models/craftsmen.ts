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
