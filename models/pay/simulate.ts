/**
 * The shape of the CLI's `--json` output (formats.md): the summary of the
 * main scheme, its craftsmen (with a Monte Carlo block on request), the other
 * schemes' summaries and the projection. Plain JSON-ready data.
 */
import type { InnovationResult, AchievementLine } from '../innovation/innovation';
import type { CraftsmanResult, EquityResult } from '../craftsmen/craftsmen';
import type { EquityMonteCarlo } from '../craftsmen/equityMc';
import type { ProjectionYear } from './projection';
import type { Summary } from '../types';
import type { ComplianceResult, ComplianceSettings } from '../compliance';

export interface CraftsmanOutput extends Omit<CraftsmanResult, 'equity'> {
  equity: (EquityResult & { monteCarlo?: EquityMonteCarlo }) | null;
  /** Listed-company rules the grant breaks, with the article (the page shows the same). */
  ruleWarnings?: { rule: string; value: number; limit: number; text: string }[];
  /** A 特级技师/首席技师 on an agreement wage below the managers benchmark (2025 SOE notice). */
  belowManagerBenchmark?: boolean;
}

export interface SimulationOutput {
  /** The whole SHA-256 fingerprints of the scheme's model (as it applies on the pay sheet) and of the pay sheet. */
  fingerprint?: { scheme: string; workforce: string };
  summary: Summary;
  craftsmen: CraftsmanOutput[];
  /** Rules about all equity plans together (the 10 % limit), when the share capital is known. */
  equityPlanWarnings?: { rule: string; value: number; limit: number; text: string }[];
  compare?: { name: string; fingerprint?: string; summary: Summary }[];
  projection?: ProjectionYear[];
  /** Answers to `--ask` questions, in the order asked (README, "Questions from the command line"). */
  answers?: ({ ask: string; ok: boolean } & Record<string, unknown>)[];
  /** The main scheme's innovation rewards on the achievements of `--innovations` (docs/model.md §12). */
  /** Each achievement as a line (the engine's answer carries the figures as columns). */
  innovation?: Omit<InnovationResult, 'achievements'> & { achievements: AchievementLine[] };
  /** 履约检查 of `--ledger` (docs/model.md §13): every finding, the figures, both fingerprints and the settings applied. */
  compliance?: Omit<ComplianceResult, 'findings' | 'months' | 'asOf' | 'byMonth'> & {
    ledgerFingerprint: string;
    workforceFingerprint: string;
    /** Months written YYYY-MM. */
    months: { from: string; to: string } | null;
    asOf: string;
    findings: (Omit<ComplianceResult['findings'][number], 'month' | 'madeGoodIn' | 'level'> & { month: string; madeGoodIn: string | null; level: string | null })[];
    byMonth: (Omit<ComplianceResult['byMonth'][number], 'month'> & { month: string })[];
    ledger: { files: string[]; rows: number; personalColumns: number; ignoredColumns: { file: string; column: string }[] };
    settings: ComplianceSettings;
  };
}
