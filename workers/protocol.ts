/**
 * The one protocol between the app and the engine host: every request and
 * every result, as discriminated unions. The same handlers serve a Web
 * Worker, a Node worker thread and the in-process fallback.
 */
import type { agreementZone, Limits, SolveResult, tornado } from '../models/bargaining';
import type { ChartData } from '../models/charts';
import type { FloorResult } from '../models/floors';
import type { CraftsmanResult } from '../models/craftsmen';
import type { Components } from '../models/pay';
import type { ProjectionBlock } from '../models/projection';
import type { EquityGrant, Projection, Scenario } from '../models/scenario';
import type { Factor, Summary, Workforce } from '../models/types';

export type EngineRequest =
  /** Cache a workforce in the host under an id; later requests send only scenarios. */
  | { kind: 'load'; datasetId: string; workforce: Workforce }
  | { kind: 'drop'; datasetId: string }
  /** Several schemes against the same cached workforce in one round trip. */
  | { kind: 'compute'; datasetId: string; scenarios: Scenario[]; components?: boolean; chartsFor?: number[]; omitAnnual?: boolean }
  /** Paths [from, to) of the multi-year projection. */
  | { kind: 'projectBlock'; datasetId: string; scenario: Scenario; projection: Projection; from: number; to: number }
  /** Payoffs per unit of an equity grant for paths [from, to). */
  | { kind: 'equityBlock'; grant: EquityGrant; seed: number; from: number; to: number }
  /** One worker's pay by component under each scheme (the "what happens to me?" view). */
  | { kind: 'worker'; datasetId: string; scenarios: Scenario[]; index: number }
  /** A negotiator's question answered by running the engine (models/bargaining.ts). */
  | { kind: 'solve'; datasetId: string; scenario: Scenario; question: SolverQuestion }
  | { kind: 'tornado'; datasetId: string; scenario: Scenario }
  | { kind: 'zone'; datasetId: string; scenario: Scenario; limits: Limits; poolRange: [number, number]; n: number }
  /** Test hook: make the host die the way a crashed worker does. */
  | { kind: 'crash' };

export type SolverQuestion =
  | { q: 'pool-for-growth'; growth: number }
  | { q: 'smallest-pool-nobody-loses' }
  | { q: 'skill-weight-p90p10'; limit: number }
  | { q: 'min-raise-l1'; share: number };

export interface ComputeResult {
  name: string;
  mode: Scenario['mode'];
  pool: number | null;
  unallocatedFactors: Factor[];
  summary: Summary;
  craftsmen: CraftsmanResult[];
  /** New annual pay per worker, in the workforce's row order (null when the caller asked to omit it). */
  annual: Float64Array | null;
  components: Components | null;
  /** Median of the individual raises, CNY a month. */
  medianRaiseMonthly: number;
  /** Chart aggregates, for the schemes listed in `chartsFor`. */
  charts: ChartData | null;
  /** Skill-talent floors by post category, for the schemes listed in `chartsFor` (the first 50 below named). */
  floors: (Omit<FloorResult, 'belowIndex'> & { belowIds: string[] }) | null;
}

export interface EngineResults {
  load: { datasetId: string; size: number };
  drop: { datasetId: string };
  compute: ComputeResult[];
  projectBlock: ProjectionBlock;
  equityBlock: { from: number; to: number; payoffs: Float64Array; atDates: Float64Array };
  worker: WorkerDetail[];
  solve: SolveResult;
  tornado: ReturnType<typeof tornado>;
  zone: ReturnType<typeof agreementZone>;
  crash: never;
}

export interface WorkerDetail {
  scheme: string;
  craftsman: boolean;
  annual: number;
  components: Record<string, number>;
}

export type EngineResult<K extends EngineRequest['kind']> = EngineResults[K];

export type ProgressFn = (done: number) => void;

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
