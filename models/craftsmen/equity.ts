/** Option and restricted-stock valuation (pay-model.md §5). */
import { normalCdf } from '../normal';
import type { EquityGrant } from '../pay/scenario';

export interface BsInputs {
  spot: number;
  strike: number;
  riskFree: number;
  dividendYield: number;
  volatility: number;
  years: number;
}

/** Black–Scholes–Merton European call with continuous dividend yield. */
export function blackScholesCall({ spot: S, strike: K, riskFree: r, dividendYield: q, volatility: sigma, years: T }: BsInputs): number {
  const fwdS = S * Math.exp(-q * T);
  const pvK = K * Math.exp(-r * T);
  const sd = sigma * Math.sqrt(T);
  // With no volatility (or no time) the option is worth its discounted intrinsic value: the formula's limit.
  if (!(sd > 0)) return Math.max(fwdS - pvK, 0);
  const d1 = (Math.log(S / K) + (r - q + (sigma * sigma) / 2) * T) / sd;
  const d2 = d1 - sd;
  return fwdS * normalCdf(d1) - pvK * normalCdf(d2);
}

/** European put, used to check put–call parity. */
export function blackScholesPut(p: BsInputs): number {
  const { spot: S, strike: K, riskFree: r, dividendYield: q, volatility: sigma, years: T } = p;
  const sd = sigma * Math.sqrt(T);
  if (!(sd > 0)) return Math.max(K * Math.exp(-r * T) - S * Math.exp(-q * T), 0);
  const d1 = (Math.log(S / K) + (r - q + (sigma * sigma) / 2) * T) / sd;
  const d2 = d1 - sd;
  return K * Math.exp(-r * T) * normalCdf(-d2) - S * Math.exp(-q * T) * normalCdf(-d1);
}

/** Fair value of one unit of the grant: a BSM call, or spot − grant price for restricted stock. */
export function equityUnitValue(e: EquityGrant): number {
  if (e.kind === 'restricted') return Math.max(e.spot - (e.grantPrice ?? 0), 0);
  return blackScholesCall({
    spot: e.spot,
    strike: e.strike ?? e.spot,
    riskFree: e.riskFree,
    dividendYield: e.dividendYield,
    volatility: e.volatility,
    years: e.expiryYears,
  });
}

/**
 * Graded vesting: each tranche is expensed straight-line over its own vesting
 * period, so year y carries fraction_k / years_k of the fair value for every
 * tranche still vesting. Runs from year 1 to the last vesting year.
 */
export function expenseByYear(fairValue: number, vesting: EquityGrant['vesting']): number[] {
  const last = Math.max(...vesting.map((t) => t.years));
  const out: number[] = [];
  for (let y = 1; y <= last; y++) {
    let e = 0;
    for (const t of vesting) if (y <= t.years) e += (fairValue * t.fraction) / t.years;
    out.push(e);
  }
  return out;
}

/** Value of one unit of `e` at another share price and volatility, the other inputs fixed. */
export function unitValueAt(e: EquityGrant, spot: number, volatility: number): number {
  return equityUnitValue({ ...e, spot, volatility });
}

/** Value of one unit against volatility (0–75 %) and against the share price (50–150 % of spot): what the grant is worth if the market moves. */
export function equitySensitivity(e: EquityGrant): { vol: { x: number; value: number }[]; spot: { x: number; value: number }[] } {
  return {
    vol: Array.from({ length: 16 }, (_, k) => ({ x: k * 0.05, value: unitValueAt(e, e.spot, k * 0.05) })),
    spot: Array.from({ length: 16 }, (_, k) => {
      const s = Math.round(e.spot * (0.5 + k / 15) * 100) / 100;
      return { x: s, value: unitValueAt(e, s, e.volatility) };
    }),
  };
}
