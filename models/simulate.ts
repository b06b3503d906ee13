/**
 * One call that answers the CLI's (and later the worker's) question: given a
 * workforce and schemes, the summary, the craftsmen and, on request, the Monte
 * Carlo blocks. Output is plain JSON-ready data.
 */
import type { CraftsmanResult, EquityResult } from './craftsmen';
import { equityMonteCarlo, type EquityMonteCarlo } from './equityMc';
import { computePay, type PayResult } from './pay';
import type { ProjectionYear } from './projection';
import type { Scenario } from './scenario';
import { baselineSummary } from './summary';
import type { Summary, Workforce } from './types';

export interface SimulateOptions {
  paths?: number;
  seed?: number;
}

export interface CraftsmanOutput extends Omit<CraftsmanResult, 'equity'> {
  equity: (EquityResult & { monteCarlo?: EquityMonteCarlo }) | null;
}

export interface SimulationOutput {
  summary: Summary;
  craftsmen: CraftsmanOutput[];
  compare?: { name: string; summary: Summary }[];
  projection?: ProjectionYear[];
}

export function craftsmenOutput(r: PayResult, s: Scenario, opts: SimulateOptions): CraftsmanOutput[] {
  return r.craftsmen.map((c, k) => {
    const grant = s.craftsmen[k]!.equity;
    if (!c.equity || !grant || !opts.paths) return c;
    return { ...c, equity: { ...c.equity, monteCarlo: equityMonteCarlo(grant, opts.paths, opts.seed ?? 1) } };
  });
}

export function simulate(w: Workforce, main: Scenario, compare: Scenario[], opts: SimulateOptions & { components?: boolean } = {}): { output: SimulationOutput; results: PayResult[] } {
  const pay = (s: Scenario) => computePay(w, s, { components: opts.components });
  const first = pay(main);
  const results = [first, ...compare.map(pay)];
  const output: SimulationOutput = { summary: first.summary, craftsmen: craftsmenOutput(first, main, opts) };
  if (compare.length) output.compare = compare.map((s, k) => ({ name: s.name, summary: results[k + 1]!.summary }));
  return { output, results };
}

/** Today's pay summarised like a scheme: the baseline every proposal is compared with. */
export function baseline(w: Workforce, guideline: { lower: number; upper: number }): Summary {
  return baselineSummary(w.monthlyPay, w.level, guideline);
}
