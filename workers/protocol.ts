/**
 * The one protocol between the app (and the CLI) and the engine host: every
 * request and every result, as discriminated unions. The same handlers serve
 * a Web Worker, a Node worker thread and the in-process host.
 */
import type { LzResult } from '../models/io/lzBounded';
import type { agreementZone, ContractCost, Limits, OnCosts, SolveResult, Tranche, tornado } from '../models/bargaining/bargaining';
import type { ChartData, PayTableRow } from '../models/charts';
import type { Candidate, CraftsmanResult, CraftsmenReport } from '../models/craftsmen/craftsmen';
import type { ContractSettings, DocumentData, Losses } from '../models/documents';
import type { FloorResult } from '../models/pay/floors';
import type { FormulaProblem } from '../models/pay/formula';
import type { Payslip, TakeHomeResult } from '../models/takehome/takehome';
import type { TypicalRow, TypicalWorker } from '../models/pay/typical';
import type { Lang } from '../models/io/messages';
import type { AchievementsImport } from '../models/io/achievements';
import type { WorkerExplanation } from '../models/pay/explain';
import type { FigureExplanation } from '../models/pay/explainFigures';
import type { Achievements, InnovationPerWorker, InnovationResult, scheduleForKeptShare } from '../models/innovation/innovation';
import type { ImportResult } from '../models/io/table';
import type { Components } from '../models/pay/pay';
import type { WorkerMatch, WorkforceProfile } from '../models/pay/profile';
import type { ProjectionBlock } from '../models/pay/projection';
import type { EquityGrant, Projection, Scenario } from '../models/pay/scenario';
import type { Factor, PerFactor, Summary, Workforce } from '../models/types';
import type { WireWorkforce } from '../models/pay/workforce';
import type { ComplianceResult, ComplianceSettings, ItemClass, Ledger } from '../models/compliance';

/** A worker's month in a ledger being read that a kept ledger already holds: the row, and the first. */
export interface LedgerRepeat {
  file: string;
  row: number;
  id: string;
  firstFile: string;
  firstRow: number;
}
import type { LedgerImport } from '../models/io/ledger';

/** How many ids of workers below their floor a chart answer lists, unless all are asked for. */
export const BELOW_IDS_LISTED = 50;

export type EngineRequest =
  /** Cache a workforce in the host under an id; later requests send only scenarios. */
  /** From a page to a worker the workforce travels packed (`toWire`); an in-process host gets it as it is. */
  | { kind: 'load'; datasetId: string; workforce: Workforce | WireWorkforce }
  | { kind: 'drop'; datasetId: string }
  /** Today's pay summarised, head counts by grade and department. */
  | { kind: 'profile'; datasetId: string }
  /** Save a dataset in this browser's IndexedDB from the worker (the page never serialises 100,000 rows itself). */
  | { kind: 'persist'; datasetId: string; key: string; id: string }
  /** Read a pay sheet (CSV or XLSX bytes, transferred) in the worker; the valid rows are kept under `datasetId`. */
  | { kind: 'import'; datasetId: string; bytes: Uint8Array; file: string; minimumMonthlyWage?: number; sheet?: string }
  /** Several schemes against the same cached workforce in one round trip. */
  | { kind: 'compute'; datasetId: string; scenarios: Scenario[]; components?: boolean; omitAnnual?: boolean }
  /** Chart aggregates and skill-talent floors of one scheme. */
  /** `allBelowIds`: every worker below his floor (the CLI's `floors` question); the page gets the first `BELOW_IDS_LISTED`. */
  | { kind: 'charts'; datasetId: string; scenario: Scenario; allBelowIds?: boolean }
  /** What the craftsman cards show: cash, equity value, rules, sensitivity. */
  | { kind: 'craftsmen'; datasetId: string; scenario: Scenario }
  /** Workers who could get a craftsman package. */
  | { kind: 'candidates'; datasetId: string; minLevel: number; query: string; taken: string[]; limit: number }
  /** Workers by id or name, for "what happens to me?". */
  | { kind: 'search'; datasetId: string; query: string; limit: number }
  /** Paths [from, to) of the multi-year projection. */
  | { kind: 'projectBlock'; datasetId: string; scenario: Scenario; projection: Projection; from: number; to: number }
  /** Payoffs per unit of an equity grant for paths [from, to). */
  | { kind: 'equityBlock'; grant: EquityGrant; seed: number; from: number; to: number }
  /** One worker's pay by component under each scheme. */
  | { kind: 'worker'; datasetId: string; scenarios: Scenario[]; index: number; innovation?: { achievements: Achievements; achievementsId: string } }
  /** Why the key figures are what they are: each card's rule, numbers and parts (models/pay/explainFigures.ts). */
  | { kind: 'explainFigures'; datasetId: string; scenario: Scenario; innovation?: { achievements: Achievements; achievementsId: string } }
  /** A negotiator's question answered by running the engine (models/bargaining/bargaining.ts). */
  | { kind: 'solve'; datasetId: string; scenario: Scenario; question: SolverQuestion }
  | { kind: 'tornado'; datasetId: string; scenario: Scenario; step?: number }
  | { kind: 'zone'; datasetId: string; scenario: Scenario; limits: Limits; poolRange: [number, number]; n: number }
  /** Typical workers (archetypes with their deductions) under each scheme; the first scheme decides whom each row is about. */
  | { kind: 'typical'; datasetId: string; scenarios: Scenario[]; typical: TypicalWorker[] }
  /** Every figure the bargaining documents carry, for the active scheme (and the others for the comparison). */
  | { kind: 'documentData'; datasetId: string; scenario: Scenario; schemes: Scenario[]; typical: TypicalWorker[]; contract: ContractSettings; innovation?: { achievements: Achievements; achievementsId: string } }
  /** Check an allowance formula: what is wrong and where. */
  | { kind: 'formula'; text: string }
  /** The cost of an agreement paid in tranches, on the workforce's current bill. */
  | { kind: 'contract'; datasetId: string; tranches: Tranche[]; years: number; onCosts: OnCosts }
  /** The same tranches on the pay a scheme gives (what the signed papers commit to, `contractOnScheme` there). */
  | { kind: 'contractOnScheme'; datasetId: string; scenario: Scenario; tranches: Tranche[]; years: number; onCosts: OnCosts }
  /** Per-worker tables for Excel: CSV of one scheme, or an XLSX with a summary sheet and a sheet per scheme. */
  | { kind: 'table'; datasetId: string; scenarios: Scenario[]; format: 'csv' | 'xlsx'; lang: Lang; sheets?: { summary: boolean; names: string[] } }
  /** Read an innovations file (CSV or XLSX) in the host: the achievements, or the problems with row and column. */
  /** A share link's payload decompressed, at most `maxChars` characters (models/io/lzBounded.ts): off the page's thread. */
  | { kind: 'decodeShare'; payload: string; maxChars: number }
  | { kind: 'importAchievements'; bytes: Uint8Array; file: string; sheet?: string; /** YYYY-MM-DD: achievements dated after it are set aside (default: the host's today). */ today?: string }
  /**
   * The scheme's innovation rewards on the workforce (docs/model.md §12): every figure of the panel, the rewards per
   * worker, and, when asked, the schedule that leaves the enterprise at least `keptAtLeast` of the yields.
   * `achievementsId` names the file's contents: the host keeps who is who between calls with the same id.
   */
  | { kind: 'innovation'; datasetId: string; scenario: Scenario; achievements: Achievements; achievementsId: string; keptAtLeast?: number }
  /**
   * Read a payroll ledger (CSV or XLSX) in the host: its rows as columns, or the problems with row and column. With
   * `keep`, the host keeps the rows under that id (replacing what it kept under it) and answers without them: a
   * million worker-months are not sent to the page and back.
   */
  /**
   * Read a payroll ledger. `keep`: kept in the host under this id (the page's ledgers stay there: 1.2 million rows never
   * cross to the page), and the answer's ledger is empty; kept only when read without a problem and, with `against`,
   * when no worker's month is already in one of those kept ledgers (the repeats are answered instead).
   */
  | { kind: 'importLedger'; bytes: Uint8Array; file: string; sheet?: string; month?: string; columns?: Record<string, ItemClass>; keep?: string; against?: string[] }
  /** The ledgers kept in the host: all but these are let go. */
  | { kind: 'keepLedgers'; keep: string[] }
  /** How many rows of these kept ledgers are the worker's (the worker drawer's months). */
  | { kind: 'ledgerRows'; kept: string[]; id: string }
  /**
   * 履约检查 (docs/model.md §13): the ledger (the files read, joined) held against the scheme as signed on this pay sheet
   * and the contract's term and tranches; `settings` as the union set them (default: the dated rules).
   */
  | { kind: 'compliance'; datasetId: string; scenario: Scenario; /** The rows, or the ids the host keeps them under (joined in this order). */ ledger: Ledger | { kept: string[] }; termStart: string; termYears: number; tranches: Tranche[]; settings?: ComplianceSettings; asOf?: number; /** The achievements, to hold the scheme's innovation rewards to the ledger (docs/model.md §13). */ innovation?: { achievements: Achievements; achievementsId: string } }
  /** Test hook: make the host die the way a crashed worker does (`silent`: the way a worker that closes itself does). */
  | { kind: 'crash'; silent?: boolean };

export type SolverQuestion =
  | { q: 'pool-for-growth'; growth: number }
  | { q: 'smallest-pool-nobody-loses' }
  | { q: 'skill-weight-p90p10'; limit: number }
  | { q: 'min-raise-l1'; share: number };

export interface ComputeResult {
  name: string;
  /** Fingerprint of the scenario this result answers. */
  fingerprint: string;
  mode: Scenario['mode'];
  pool: number | null;
  /** Pool kind: what one point of each factor pays a year (models/pay/pay.ts); null in the other kinds. */
  points: PerFactor<number> | null;
  unallocatedFactors: Factor[];
  summary: Summary;
  craftsmen: CraftsmanResult[];
  /** New annual pay per worker, in the workforce's row order (null when the caller asked to omit it). */
  annual: Float64Array | null;
  components: Components | null;
  /** 1 where the worker has a craftsman package (null with omitAnnual). */
  craftsman: Uint8Array | null;
  /** Median of the individual raises, CNY a month. */
  medianRaiseMonthly: number;
  /** Take-home pay and employer cost (the totals are in `summary`); per-worker columns only with `components`. */
  takeHome: Omit<TakeHomeResult, 'summary'>;
}

export interface ChartsResult {
  fingerprint: string;
  charts: ChartData;
  /** The 能级工资表: mean monthly pay by grade today and under the scheme, and the craftsmen's own row. */
  payTable: PayTableRow[];
  craftsmenRow: PayTableRow | null;
  /** Where the money goes (CNY a year). */
  factors: { key: string; value: number }[];
  /** Take-home raise by grade beside the gross, its distribution, and the cost of a 元 of take-home pay. */
  takeHome: Pick<TakeHomeResult, 'byLevel' | 'histogram' | 'costPerNetYuan'>;
  /** Skill-talent floors by post category (the first 50 below named). */
  /** `belowIds`: the workers below their floor, all of them or the first `BELOW_IDS_LISTED` (`belowIdsComplete` says which). */
  floors: Omit<FloorResult, 'belowIndex'> & { belowIds: string[]; belowIdsComplete: boolean };
  /** Who loses under the scheme and by how much, and what the no-loss guarantee would cost. */
  losses: Losses;
}

export interface WorkerDetail {
  scheme: string;
  fingerprint: string;
  craftsman: boolean;
  /** Today's annual pay. */
  current: number;
  annual: number;
  components: Record<string, number>;
  /** The payslip today and under the scheme: contributions, tax (withheld month by month), take-home, employer cost. */
  payslips: { today: Payslip; scheme: Payslip };
  /** The worker's innovation rewards under the scheme's rules (with the achievements asked with), in its first year and over its horizon; taxed in the payslip as a bonus. */
  innovation: { year: number; planYear: number; total: number } | null;
  /** Why: each part of his monthly pay with its rule, its numbers and its source (models/pay/explain.ts). */
  explanation: WorkerExplanation;
}

export interface EngineResults {
  load: { datasetId: string; size: number };
  drop: { datasetId: string };
  profile: WorkforceProfile;
  /** The workforce read comes back packed from a worker (`toWire`), as it is from an in-process host. */
  import: Omit<ImportResult, 'workforce'> & { workforce: Workforce | WireWorkforce };
  persist: { saved: boolean };
  compute: ComputeResult[];
  charts: ChartsResult;
  craftsmen: CraftsmenReport;
  candidates: Candidate[];
  search: WorkerMatch[];
  projectBlock: ProjectionBlock;
  equityBlock: { from: number; to: number; payoffs: Float64Array; atDates: Float64Array };
  worker: WorkerDetail[];
  explainFigures: { fingerprint: string; figures: FigureExplanation[] };
  /** For the 学徒工 question on a scheme that is not a general raise: also the nearest answer within its own kind. */
  solve: SolveResult & { withinKind?: { mode: 'pool' | 'scale'; result: SolveResult } };
  tornado: ReturnType<typeof tornado>;
  zone: ReturnType<typeof agreementZone>;
  contract: ContractCost;
  contractOnScheme: ContractCost & { fingerprint: string };
  typical: TypicalRow[];
  documentData: DocumentData;
  formula: { ok: true } | FormulaProblem;
  table: { bytes: Uint8Array; mime: string };
  importAchievements: AchievementsImport;
  decodeShare: LzResult;
  innovation: InnovationAnswer;
  importLedger: LedgerImport & { repeats?: LedgerRepeat[] };
  /** (Objects, not bare numbers: an answer is handed back with its buffers, which needs an object.) */
  keepLedgers: { kept: number };
  ledgerRows: { rows: number };
  compliance: ComplianceResult & { ledgerFingerprint: string; workforceFingerprint: string };
  crash: never;
}

export interface InnovationAnswer {
  /** Fingerprint of the scenario answered, and the file's contents it was answered on. */
  fingerprint: string;
  achievementsId: string;
  /** null: the scheme has no innovation rules, or the file no achievements. */
  result: InnovationResult | null;
  perWorker: InnovationPerWorker | null;
  /** The schedule multiplier that keeps the enterprise at least `keptAtLeast` of the yields (when asked). */
  kept: (ReturnType<typeof scheduleForKeptShare> & { target: number }) | null;
}

export type EngineResult<K extends EngineRequest['kind']> = EngineResults[K];

/** A worker that is not busy says it is alive this often; a busy one reports progress instead. */
export const HEARTBEAT_MS = 1000;
/**
 * A busy worker that has said nothing (no progress, no answer, no heartbeat) for this long: the page asks the user
 * whether to wait or cancel. It is never taken for dead for being quiet: on a slow or busy machine a long piece of
 * work can be silent for many seconds, and a union office laptop is slower than any test machine. A worker is dead
 * only when it says so (an error, closing itself) or its call fails.
 */
export const QUIET_MS = 10_000;

/** Progress of a long request: `done` units, and the total when the host knows it. */
export type ProgressFn = (done: number, total?: number) => void;

/** What a host exposes: one entry point for every request. */
export interface EngineHost {
  handle<R extends EngineRequest>(request: R, progress?: ProgressFn): Promise<EngineResult<R['kind']>>;
}

/** The ArrayBuffers in a value that can be transferred instead of copied. */
export function transferables(value: unknown, out: Set<ArrayBuffer> = new Set(), depth = 0): ArrayBuffer[] {
  if (depth > 4 || value === null || typeof value !== 'object') return [...out];
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && value.byteLength === value.buffer.byteLength) out.add(value.buffer);
    return [...out];
  }
  for (const v of Array.isArray(value) ? value : Object.values(value)) transferables(v, out, depth + 1);
  return [...out];
}
