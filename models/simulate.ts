/**
 * The shape of the CLI's `--json` output (formats.md): the summary of the
 * main scheme, its craftsmen (with a Monte Carlo block on request), the other
 * schemes' summaries and the projection. Plain JSON-ready data.
 */
import type { CraftsmanResult, EquityResult } from './craftsmen';
import type { EquityMonteCarlo } from './equityMc';
import type { ProjectionYear } from './projection';
import type { Summary } from './types';

export interface CraftsmanOutput extends Omit<CraftsmanResult, 'equity'> {
  equity: (EquityResult & { monteCarlo?: EquityMonteCarlo }) | null;
}

export interface SimulationOutput {
  summary: Summary;
  craftsmen: CraftsmanOutput[];
  compare?: { name: string; summary: Summary }[];
  projection?: ProjectionYear[];
}
