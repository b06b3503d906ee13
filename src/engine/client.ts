/**
 * The app's side of the engine: a typed, promise-based API over a small pool
 * of hosts (Web Workers in the browser, worker threads in Node, or the engine
 * in-process where neither exists).
 *
 * - The workforce is sent to a host once and cached there under a dataset id;
 *   a recompute sends only scenarios. A host that was terminated or crashed is
 *   respawned on the next call and sent the dataset again.
 * - Every call takes an AbortSignal: aborting terminates the hosts doing the
 *   work (so the CPU stops at once) and rejects with an AbortError.
 * - `computeLatest` is latest-wins: while one recompute runs, only the newest
 *   request waits; the ones it replaces resolve to null.
 * - Monte Carlo work is cut into blocks of paths, handed to whichever host is
 *   free, and combined in path order: results do not depend on the pool size.
 */
import { summarizePayoffs, vestingDates, MC_BLOCK, type EquityMonteCarlo } from '../../models/equityMc';
import { combineProjection, type ProjectionBlock, type ProjectionYear } from '../../models/projection';
import type { EquityGrant, Projection, Scenario } from '../../models/scenario';
import type { Workforce } from '../../models/types';
import { copyWorkforce } from '../../models/workforce';
import type { Limits, SolveResult } from '../../models/bargaining';
import type { ComputeResult, EngineRequest, EngineResult, ProgressFn, SolverQuestion, WorkerDetail } from '../../workers/protocol';

/** A running host: its API, a way to stop it, and a way to hear that it died. */
export interface SpawnedHost {
  handle<R extends EngineRequest>(request: R, progress?: ProgressFn): Promise<EngineResult<R['kind']>>;
  terminate(): void;
  onCrash(listener: (error: Error) => void): void;
  /** False for the in-process host: terminate() cannot stop work already running. */
  readonly isolated: boolean;
}

export type Spawner = () => SpawnedHost;

export class EngineCrashedError extends Error {
  constructor(cause: string) {
    super(`the calculation engine stopped unexpectedly (${cause}); it has been restarted, please try again`);
    this.name = 'EngineCrashedError';
  }
}

export function abortError(): Error {
  const e = new Error('the calculation was cancelled');
  e.name = 'AbortError';
  return e;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface Progress {
  done: number;
  total: number;
}

export interface ComputeOptions extends CallOptions {
  /** Fill the per-component columns. */
  components?: boolean;
  /** Indices of the schemes whose chart aggregates to build in the host. */
  chartsFor?: number[];
  /** Leave out the per-worker pay (the page does not need 800 kB per scheme per slider step). */
  omitAnnual?: boolean;
}

export interface LongCallOptions extends CallOptions {
  onProgress?: (p: Progress) => void;
}

class Slot {
  host: SpawnedHost | null = null;
  datasets = new Set<string>();
  pending = new Set<(e: Error) => void>();
}

let datasetCounter = 0;

export class EngineClient {
  private readonly slots: Slot[];
  private workforce: { id: string; w: Workforce } | null = null;
  private latest: { scenarios: Scenario[]; opts: ComputeOptions; resolve: (r: ComputeResult[] | null) => void; reject: (e: unknown) => void } | null = null;
  private latestRunning = false;

  constructor(
    private readonly spawn: Spawner,
    poolSize = 2,
  ) {
    this.slots = Array.from({ length: Math.max(1, poolSize) }, () => new Slot());
  }

  get poolSize(): number {
    return this.slots.length;
  }

  /** Make `w` the workforce of every later call. */
  setWorkforce(w: Workforce): string {
    const id = `ds-${++datasetCounter}`;
    const old = this.workforce?.id;
    this.workforce = { id, w };
    if (old) {
      for (const slot of this.slots) {
        if (slot.host && slot.datasets.delete(old)) void slot.host.handle({ kind: 'drop', datasetId: old }).catch(() => undefined);
      }
    }
    return id;
  }

  private hostOf(slot: Slot): SpawnedHost {
    if (slot.host) return slot.host;
    const host = this.spawn();
    slot.host = host;
    slot.datasets.clear();
    host.onCrash((err) => {
      if (slot.host !== host) return;
      this.reset(slot, new EngineCrashedError(err.message));
    });
    return host;
  }

  private reset(slot: Slot, reason: Error): void {
    const host = slot.host;
    slot.host = null;
    slot.datasets.clear();
    host?.terminate();
    for (const reject of [...slot.pending]) reject(reason);
    slot.pending.clear();
  }

  /** Run one request on one slot, with abort and crash handling. */
  private run<R extends EngineRequest>(slot: Slot, request: R, opts: CallOptions & { progress?: ProgressFn } = {}): Promise<EngineResult<R['kind']>> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise((resolve, reject) => {
      const host = this.hostOf(slot);
      const fail = (e: Error) => {
        cleanup();
        reject(e);
      };
      const onAbort = () => {
        cleanup();
        // Terminating is what stops the CPU; the host is respawned on the next call.
        this.reset(slot, abortError());
        reject(abortError());
      };
      const cleanup = () => {
        slot.pending.delete(fail);
        signal?.removeEventListener('abort', onAbort);
      };
      slot.pending.add(fail);
      signal?.addEventListener('abort', onAbort, { once: true });
      const send = async () => {
        const ds = 'datasetId' in request ? request.datasetId : null;
        if (ds && request.kind !== 'load' && !slot.datasets.has(ds)) {
          if (!this.workforce || this.workforce.id !== ds) throw new Error(`dataset ${ds} is no longer current`);
          // An isolated host gets a copy: its buffers are transferred away.
          await host.handle({ kind: 'load', datasetId: ds, workforce: host.isolated ? copyWorkforce(this.workforce.w) : this.workforce.w });
          slot.datasets.add(ds);
        }
        return host.handle(request, opts.progress);
      };
      send().then(
        (r) => {
          if (!slot.pending.has(fail)) return;
          cleanup();
          resolve(r);
        },
        (e: unknown) => {
          if (!slot.pending.has(fail)) return;
          fail(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  private datasetId(): string {
    if (!this.workforce) throw new Error('no workforce loaded');
    return this.workforce.id;
  }

  /** Compute several schemes against the current workforce in one round trip. */
  compute(scenarios: Scenario[], opts: ComputeOptions = {}): Promise<ComputeResult[]> {
    return this.run(this.slots[0]!, { kind: 'compute', datasetId: this.datasetId(), scenarios, components: opts.components, chartsFor: opts.chartsFor, omitAnnual: opts.omitAnnual }, opts);
  }

  /**
   * Latest-wins recompute for sliders: at most one runs and one waits; a
   * request replaced before it started resolves to null.
   */
  computeLatest(scenarios: Scenario[], opts: ComputeOptions = {}): Promise<ComputeResult[] | null> {
    return new Promise((resolve, reject) => {
      this.latest?.resolve(null);
      this.latest = { scenarios, opts, resolve, reject };
      if (!this.latestRunning) void this.drainLatest();
    });
  }

  private async drainLatest(): Promise<void> {
    this.latestRunning = true;
    while (this.latest) {
      const job = this.latest;
      this.latest = null;
      try {
        job.resolve(await this.compute(job.scenarios, job.opts));
      } catch (e) {
        job.reject(e);
      }
    }
    this.latestRunning = false;
  }

  /** Hand blocks of work to free slots; results come back in block order. */
  private async pooled<T>(blocks: EngineRequest[], opts: LongCallOptions & { units: (r: EngineRequest) => number; total: number }): Promise<T[]> {
    const results: T[] = new Array(blocks.length);
    const partial = new Float64Array(blocks.length);
    let next = 0;
    let done = 0;
    const inner = new AbortController();
    // Progress messages still in flight when the run stops are dropped: a cancelled run must not look alive.
    const report = () => inner.signal.aborted || opts.onProgress?.({ done: done + partial.reduce((a, b) => a + b, 0), total: opts.total });
    const onAbort = () => inner.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const worker = async (slot: Slot) => {
      while (next < blocks.length) {
        if (inner.signal.aborted) throw abortError();
        const k = next++;
        let finished = false;
        const progress = (units: number) => {
          if (finished) return; // a progress message can arrive after the block's result
          partial[k] = units;
          report();
        };
        results[k] = (await this.run(slot, blocks[k]!, { signal: inner.signal, progress })) as T;
        finished = true;
        partial[k] = 0;
        done += opts.units(blocks[k]!);
        report();
        // Let an in-process host notice an abort between blocks.
        if (!this.slots[0]!.host?.isolated) await new Promise((r) => setTimeout(r, 0));
      }
    };
    try {
      await Promise.all(this.slots.map((slot) => worker(slot)));
      return results;
    } catch (e) {
      if (!inner.signal.aborted) inner.abort();
      throw opts.signal?.aborted ? abortError() : e;
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The multi-year projection (pay-model.md §6) over the pool. */
  async project(scenario: Scenario, projection: Projection, opts: LongCallOptions = {}): Promise<ProjectionYear[]> {
    const datasetId = this.datasetId();
    const size = Math.max(1, Math.ceil(projection.paths / (this.slots.length * 16)));
    const blocks: EngineRequest[] = [];
    for (let from = 0; from < projection.paths; from += size) {
      blocks.push({ kind: 'projectBlock', datasetId, scenario, projection, from, to: Math.min(projection.paths, from + size) });
    }
    const results = await this.pooled<ProjectionBlock>(blocks, { ...opts, total: projection.paths, units: (r) => (r.kind === 'projectBlock' ? r.to - r.from : 0) });
    return combineProjection(scenario, projection, results);
  }

  /** Monte Carlo of an equity grant (pay-model.md §5) over the pool. */
  async equityMonteCarlo(grant: EquityGrant, paths: number, seed: number, opts: LongCallOptions = {}): Promise<EquityMonteCarlo> {
    const size = MC_BLOCK * Math.max(1, Math.ceil(paths / MC_BLOCK / (this.slots.length * 4)));
    const blocks: EngineRequest[] = [];
    for (let from = 0; from < paths; from += size) blocks.push({ kind: 'equityBlock', grant, seed, from, to: Math.min(paths, from + size) });
    const parts = await this.pooled<{ from: number; payoffs: Float64Array; atDates: Float64Array }>(blocks, { ...opts, total: paths, units: (r) => (r.kind === 'equityBlock' ? r.to - r.from : 0) });
    const nd = vestingDates(grant).length;
    const payoffs = new Float64Array(paths);
    const atDates = new Float64Array(paths * nd);
    for (const p of parts) {
      payoffs.set(p.payoffs, p.from);
      atDates.set(p.atDates, p.from * nd);
    }
    return summarizePayoffs(grant, seed, payoffs, atDates);
  }

  /** One worker's pay by component under each scheme. */
  workerDetail(scenarios: Scenario[], index: number, opts: CallOptions = {}): Promise<WorkerDetail[]> {
    return this.run(this.slots[0]!, { kind: 'worker', datasetId: this.datasetId(), scenarios, index }, opts);
  }

  /** Questions for the bargaining table, answered in the worker. */
  solve(scenario: Scenario, question: SolverQuestion, opts: CallOptions = {}): Promise<SolveResult> {
    return this.run(this.slots[0]!, { kind: 'solve', datasetId: this.datasetId(), scenario, question }, opts);
  }

  tornado(scenario: Scenario, opts: CallOptions = {}): Promise<EngineResult<'tornado'>> {
    return this.run(this.slots[0]!, { kind: 'tornado', datasetId: this.datasetId(), scenario }, opts);
  }

  zone(scenario: Scenario, limits: Limits, poolRange: [number, number], n = 21, opts: CallOptions = {}): Promise<EngineResult<'zone'>> {
    return this.run(this.slots[0]!, { kind: 'zone', datasetId: this.datasetId(), scenario, limits, poolRange, n }, opts);
  }

  /** Test hook: crash the first host. */
  crashForTest(): Promise<never> {
    return this.run(this.slots[0]!, { kind: 'crash' }) as Promise<never>;
  }

  dispose(): void {
    for (const slot of this.slots) this.reset(slot, abortError());
  }
}
