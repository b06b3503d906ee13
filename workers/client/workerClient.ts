/**
 * The app's side of the engine host: a typed, promise-based client over a
 * small pool of hosts (Web Workers in the browser, worker threads in Node, or
 * the host in-process where neither exists).
 *
 * - Workforces are registered once (the same object always gets the same
 *   dataset id) and sent to a host the first time a request there needs them;
 *   a recompute sends only scenarios. A host that was terminated or crashed is
 *   respawned on the next request and sent its datasets again.
 * - Each host runs one request at a time from its own queue. The first host
 *   is kept for interactive questions (recomputes while a slider moves):
 *   long questions go to the others when there are others, and Monte Carlo
 *   blocks reach the first host only when nothing interactive waits.
 * - Requests in the same `lane` are latest-wins: a queued request replaced by
 *   a newer one of its lane rejects with a SupersededError and never runs.
 * - Every call takes an AbortSignal: aborting a running request terminates
 *   its host (so the CPU stops at once) and rejects with an AbortError.
 * - Slow is not dead. A host is dead when it says so (an error event, closing
 *   itself) or its call fails: its question fails with EngineCrashedError and
 *   the host is respawned. A busy host that goes quiet is never stopped by
 *   the client: after QUIET_MS the client says so (`onQuiet`) and the user
 *   chooses to wait (`keepWaiting`) or to cancel (`cancelQuiet`).
 * - Monte Carlo work is cut into blocks of paths, handed to whichever host is
 *   free, and combined in path order: results do not depend on the pool size.
 */
import { summarizePayoffs, vestingDates, MC_BLOCK, type EquityMonteCarlo } from '../../models/craftsmen/equityMc';
import { combineProjection, type ProjectionBlock, type ProjectionYear } from '../../models/pay/projection';
import type { EquityGrant, Projection, Scenario } from '../../models/pay/scenario';
import type { ImportResult } from '../../models/io/table';
import type { Workforce } from '../../models/types';
import { copyWorkforce, fromWireLazy, isWire, mapTextColumns, packTextColumns, packedTextOf, toWire, type PackedText, type WireWorkforce } from '../../models/pay/workforce';
import { HEARTBEAT_MS, QUIET_MS, type EngineRequest, type EngineResult, type ProgressFn } from '../protocol';

/** A running host: its API, a way to stop it, and a way to hear that it died. */
export interface SpawnedHost {
  handle<R extends EngineRequest>(request: R, progress?: ProgressFn): Promise<EngineResult<R['kind']>>;
  terminate(): void;
  onCrash(listener: (error: Error) => void): void;
  /** When the host was last heard from (performance.now()); absent for the in-process host, which cannot go silent. */
  lastHeard?(): number;
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

/** A queued request replaced by a newer one in its lane: it never ran. */
export class SupersededError extends Error {
  constructor() {
    super('replaced by a newer request');
    this.name = 'SupersededError';
  }
}

export function abortError(): Error {
  const e = new Error('the calculation was cancelled');
  e.name = 'AbortError';
  return e;
}

export const isAbort = (e: unknown) => e instanceof Error && (e.name === 'AbortError' || e.name === 'SupersededError');

export interface Progress {
  done: number;
  total: number;
}

export interface AskOptions {
  signal?: AbortSignal;
  /** Latest-wins group: a queued request of the same lane is replaced. */
  lane?: string;
  onProgress?: (p: Progress) => void;
}

/** Requests that may take seconds: they keep off the interactive host when there is another. */
const LONG: ReadonlySet<EngineRequest['kind']> = new Set(['solve', 'tornado', 'zone', 'table', 'projectBlock', 'equityBlock', 'documentData', 'crash']);

interface Job {
  request: EngineRequest;
  background: boolean;
  lane?: string;
  signal?: AbortSignal;
  progress?: ProgressFn;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onAbort?: () => void;
}

class Slot {
  host: SpawnedHost | null = null;
  /** Datasets this host has been sent. */
  loaded = new Set<string>();
  queue: Job[] = [];
  running: Job | null = null;
  /** How long the running job's host may be quiet before the user is asked (grows each time the user chooses to wait). */
  askAfter = QUIET_MS;
  /** The running job's host has been quiet past askAfter and the user has been asked. */
  quiet = false;
}

/** A busy engine that has been quiet for a while: how long (the longest of the quiet hosts) and what it was asked. */
export interface QuietState {
  silentMs: number;
  kinds: EngineRequest['kind'][];
}

/** How many datasets the client keeps for hosts that respawn (the current one and those an undo may bring back). */
const KEEP_DATASETS = 3;
let datasetCounter = 0;

/** How often the client checks that busy hosts are alive. */
const WATCH_MS = 500;
/**
 * An idle host has nothing blocking its heartbeat: missed for this long and it
 * is taken for gone (killed from outside, say). It owes no answer, so it is
 * replaced quietly, before a question is lost to it: nothing running is stopped.
 */
const IDLE_SILENCE_MS = 10 * HEARTBEAT_MS;

export interface ClientOptions {
  /** Quiet allowed before the user is asked (QUIET_MS; tests shorten it). */
  quietMs?: number;
}

export class WorkerClient {
  private readonly slots: Slot[];
  private readonly datasets = new Map<string, Workforce>();
  private readonly ids = new WeakMap<Workforce, string>();
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private lastWatch = 0;
  private readonly lostListeners = new Set<(e: EngineCrashedError) => void>();
  private readonly quietListeners = new Set<(q: QuietState | null) => void>();
  private quietNow: QuietState | null = null;
  private readonly quietMs: number;

  /** Hear when a host dies (crashed, closed itself, or went silent); it is respawned for the next request. */
  onHostLost(listener: (e: EngineCrashedError) => void): () => void {
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  /** Hear when a busy host has been quiet for a while (a state), and when it speaks again or is cancelled (null). */
  onQuiet(listener: (q: QuietState | null) => void): () => void {
    this.quietListeners.add(listener);
    return () => this.quietListeners.delete(listener);
  }

  /** The quiet state now (null: every busy host is speaking). */
  get quiet(): QuietState | null {
    return this.quietNow;
  }

  /** The user chose to wait: ask again only after the host has been quiet twice as long as it is now. */
  keepWaiting(): void {
    const now = performance.now();
    for (const slot of this.slots) {
      if (!slot.quiet) continue;
      slot.quiet = false;
      slot.askAfter = Math.max(slot.askAfter, 2 * (now - (slot.host?.lastHeard?.() ?? now)));
    }
    this.sayQuiet(now);
  }

  /** The user chose to stop: the quiet hosts are stopped, their questions fail as cancelled, and fresh hosts take the next ones. */
  cancelQuiet(): void {
    for (const slot of this.slots) if (slot.quiet) this.reset(slot, abortError());
    this.sayQuiet(performance.now());
  }

  constructor(
    private readonly spawn: Spawner,
    poolSize = 2,
    opts: ClientOptions = {},
  ) {
    this.slots = Array.from({ length: Math.max(1, poolSize) }, () => new Slot());
    this.quietMs = opts.quietMs ?? QUIET_MS;
  }

  /** Tell the listeners the quiet state, when it changed (or, while quiet, how long it has lasted). */
  private sayQuiet(now: number): void {
    let state: QuietState | null = null;
    for (const slot of this.slots) {
      if (!slot.quiet || !slot.running) continue;
      const silent = now - (slot.host?.lastHeard?.() ?? now);
      state ??= { silentMs: 0, kinds: [] };
      state.silentMs = Math.max(state.silentMs, silent);
      state.kinds.push(slot.running.request.kind);
    }
    if (state === null && this.quietNow === null) return;
    this.quietNow = state;
    this.quietListeners.forEach((l) => l(state));
  }

  get poolSize(): number {
    return this.slots.length;
  }

  /** The dataset id of `w`, registering it on first use. The same object always has the same id. */
  dataset(w: Workforce): string {
    const id = this.ids.get(w);
    if (id && this.datasets.has(id)) {
      // Most recently used last.
      this.datasets.delete(id);
      this.datasets.set(id, w);
      return id;
    }
    return this.register(w, `ds-${++datasetCounter}`);
  }

  private register(w: Workforce, id: string): string {
    this.ids.set(w, id);
    this.datasets.set(id, w);
    while (this.datasets.size > KEEP_DATASETS) {
      const oldest = this.datasets.keys().next().value!;
      this.datasets.delete(oldest);
      for (const slot of this.slots) {
        if (slot.host && slot.loaded.delete(oldest)) void slot.host.handle({ kind: 'drop', datasetId: oldest }).catch(() => undefined);
      }
    }
    return id;
  }

  private hostOf(slot: Slot): SpawnedHost {
    if (slot.host) return slot.host;
    const host = this.spawn();
    slot.host = host;
    slot.loaded.clear();
    host.onCrash((err) => {
      if (slot.host !== host) return;
      this.reset(slot, new EngineCrashedError(err.message));
    });
    return host;
  }

  /** Stop the slot's host; its running job fails with `reason`, queued jobs wait for the respawned host. */
  private reset(slot: Slot, reason: Error): void {
    if (reason instanceof EngineCrashedError) this.lostListeners.forEach((l) => l(reason));
    const host = slot.host;
    slot.host = null;
    slot.loaded.clear();
    slot.quiet = false;
    host?.terminate();
    const running = slot.running;
    if (running) {
      slot.running = null;
      this.settle(running);
      running.reject(reason);
    }
    this.sayQuiet(performance.now());
    queueMicrotask(() => this.pump(slot));
  }

  /** An idle host gone silent: dropped, and the next question starts a fresh one (it owed nothing, so nothing is said). */
  private replaceIdle(slot: Slot): void {
    const host = slot.host;
    slot.host = null;
    slot.loaded.clear();
    host?.terminate();
  }

  private settle(job: Job): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
  }

  private pickSlot(request: EngineRequest): Slot {
    if (!LONG.has(request.kind) || this.slots.length === 1) return this.slots[0]!;
    const others = this.slots.slice(1);
    return others.reduce((best, s) => (s.queue.length + (s.running ? 1 : 0) < best.queue.length + (best.running ? 1 : 0) ? s : best), others[0]!);
  }

  private enqueue<R extends EngineRequest>(slot: Slot, request: R, opts: AskOptions & { background?: boolean; progress?: ProgressFn } = {}): Promise<EngineResult<R['kind']>> {
    if (opts.signal?.aborted) return Promise.reject(abortError());
    return new Promise((resolve, reject) => {
      const job: Job = { request, background: Boolean(opts.background), lane: opts.lane, signal: opts.signal, progress: opts.progress, resolve: resolve as (v: unknown) => void, reject };
      if (opts.lane) {
        for (const s of this.slots) {
          const k = s.queue.findIndex((j) => j.lane === opts.lane);
          if (k >= 0) {
            const [old] = s.queue.splice(k, 1);
            this.settle(old!);
            old!.reject(new SupersededError());
          }
        }
      }
      if (opts.signal) {
        job.onAbort = () => {
          const k = slot.queue.indexOf(job);
          if (k >= 0) slot.queue.splice(k, 1);
          else if (slot.running === job) {
            // Terminating is what stops the CPU; the host is respawned for the next request.
            slot.running = null;
            slot.quiet = false;
            const host = slot.host;
            slot.host = null;
            slot.loaded.clear();
            host?.terminate();
            this.sayQuiet(performance.now());
            queueMicrotask(() => this.pump(slot));
          } else return;
          this.settle(job);
          reject(abortError());
        };
        opts.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      // Interactive requests go before background blocks.
      const at = job.background ? slot.queue.length : slot.queue.findIndex((j) => j.background);
      slot.queue.splice(at < 0 ? slot.queue.length : at, 0, job);
      this.pump(slot);
    });
  }

  /**
   * While a host works, look every half second at how long it has been quiet.
   * A host that has said nothing (no answer, no progress, no heartbeat) for
   * its slot's askAfter is reported through onQuiet, and keeps working: only
   * the user stops it (cancelQuiet), or its own death (an error, closing
   * itself) fails its question. While any host works, the idle ones are
   * looked at too: an idle host silent for IDLE_SILENCE_MS owes nothing and is
   * replaced before a question is lost to it.
   */
  private watch(): void {
    if (this.watchdog) return;
    this.lastWatch = performance.now();
    this.watchdog = setInterval(() => {
      const now = performance.now();
      // If this page was itself too busy to tick, the host's messages may be waiting unread: judge next time.
      const late = now - this.lastWatch > 2 * WATCH_MS;
      this.lastWatch = now;
      let busy = false;
      for (const slot of this.slots) {
        const heard = slot.host?.lastHeard?.();
        if (!slot.running) {
          if (!late && heard !== undefined && now - heard > IDLE_SILENCE_MS) this.replaceIdle(slot);
          continue;
        }
        busy = true;
        if (heard === undefined || late) continue;
        const silent = now - heard;
        if (!slot.quiet && silent > slot.askAfter) slot.quiet = true;
        // Heard from again: the question is withdrawn, and asked again only after a full quiet spell.
        else if (slot.quiet && silent < 2 * HEARTBEAT_MS) slot.quiet = false;
      }
      this.sayQuiet(now);
      if (!busy && this.watchdog) {
        clearInterval(this.watchdog);
        this.watchdog = null;
      }
    }, WATCH_MS);
    (this.watchdog as { unref?: () => void }).unref?.();
  }

  private pump(slot: Slot): void {
    if (slot.running || !slot.queue.length) return;
    const job = slot.queue.shift()!;
    slot.running = job;
    slot.askAfter = this.quietMs;
    slot.quiet = false;
    this.watch();
    const finish = (ok: boolean, value: unknown) => {
      if (slot.running !== job) return; // aborted or crashed meanwhile: already settled
      slot.running = null;
      if (slot.quiet) {
        slot.quiet = false;
        this.sayQuiet(performance.now());
      }
      this.settle(job);
      if (ok) job.resolve(value);
      else job.reject(value instanceof Error ? value : new Error(String(value)));
      this.pump(slot);
    };
    this.send(slot, job).then(
      (v) => finish(true, v),
      (e: unknown) => finish(false, e),
    );
  }

  private async send(slot: Slot, job: Job): Promise<unknown> {
    const host = this.hostOf(slot);
    const request = job.request;
    // `load` and `import` bring their dataset; every other request needs it there first.
    const ds = 'datasetId' in request && request.kind !== 'load' && request.kind !== 'import' ? request.datasetId : null;
    if (ds && !slot.loaded.has(ds)) {
      const w = this.datasets.get(ds);
      if (!w) throw new Error(`dataset ${ds} is no longer loaded`);
      // An isolated host gets a copy, its text packed: its buffers are transferred away.
      await host.handle({ kind: 'load', datasetId: ds, workforce: host.isolated ? wireCopy(w) : w });
      slot.loaded.add(ds);
    }
    return host.handle(request, job.progress);
  }

  /**
   * Read a pay sheet in the first worker (the page never parses 100,000 rows
   * itself). The bytes are transferred, not copied. The worker keeps the
   * valid rows as a dataset; the workforce returned is registered under the
   * same id, so the page's next questions need not send it back.
   */
  async importFile(req: { bytes: Uint8Array; file: string; minimumMonthlyWage?: number; sheet?: string }, opts: AskOptions = {}): Promise<ImportResult> {
    const id = `ds-${++datasetCounter}`;
    const slot = this.slots[0]!;
    const { onProgress } = opts;
    const progress: ProgressFn | undefined = onProgress ? (done, total) => onProgress({ done, total: total ?? done }) : undefined;
    const wire = await this.enqueue(slot, { kind: 'import', datasetId: id, ...req }, { ...opts, progress });
    // Ids and names stay packed until something on the page reads them (models/pay/workforce.ts, fromWireLazy).
    const r: ImportResult = { ...wire, workforce: isWire(wire.workforce) ? fromWireLazy(wire.workforce) : wire.workforce };
    // The text came packed: sent on to the other workers as it came (packedTextOf), without packing it again.
    if (r.validRows > 0) {
      this.register(r.workforce, id);
      if (slot.host) slot.loaded.add(id);
    }
    return r;
  }

  /** Ask the engine one question. */
  ask<R extends EngineRequest>(request: R, opts: AskOptions = {}): Promise<EngineResult<R['kind']>> {
    const { onProgress } = opts;
    const progress: ProgressFn | undefined = onProgress ? (done, total) => onProgress({ done, total: total ?? done }) : undefined;
    return this.enqueue(this.pickSlot(request), request, { ...opts, progress });
  }

  /** Hand blocks of work to every slot; results come back in block order. */
  private async pooled<T>(blocks: EngineRequest[], opts: AskOptions & { units: (r: EngineRequest) => number; total: number }): Promise<T[]> {
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
        results[k] = (await this.enqueue(slot, blocks[k]!, { signal: inner.signal, progress, background: true })) as T;
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
  async project(datasetId: string, scenario: Scenario, projection: Projection, opts: AskOptions = {}): Promise<ProjectionYear[]> {
    const size = Math.max(1, Math.ceil(projection.paths / (this.slots.length * 16)));
    const blocks: EngineRequest[] = [];
    for (let from = 0; from < projection.paths; from += size) {
      blocks.push({ kind: 'projectBlock', datasetId, scenario, projection, from, to: Math.min(projection.paths, from + size) });
    }
    const results = await this.pooled<ProjectionBlock>(blocks, { ...opts, total: projection.paths, units: (r) => (r.kind === 'projectBlock' ? r.to - r.from : 0) });
    return combineProjection(scenario, projection, results);
  }

  /** Monte Carlo of an equity grant (pay-model.md §5) over the pool. */
  async equityMonteCarlo(grant: EquityGrant, paths: number, seed: number, opts: AskOptions = {}): Promise<EquityMonteCarlo> {
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

  /** Test hook: crash a host (`silent`: it stops without an error, as a worker that closes itself does). */
  crashForTest(silent = false): Promise<never> {
    return this.ask({ kind: 'crash', silent }) as Promise<never>;
  }

  dispose(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    this.quietListeners.clear();
    for (const slot of this.slots) {
      for (const job of slot.queue.splice(0)) {
        this.settle(job);
        job.reject(abortError());
      }
      this.reset(slot, abortError());
    }
  }
}

/** Each workforce's text columns packed once (the strings never change), whichever worker it is sent to next; a sheet read from a file keeps the packed text it came with (packedTextOf). */
const packedText = new WeakMap<Workforce, WireWorkforce['text']>();

/** A workforce to send to a worker: fresh numeric columns and offsets (they are transferred away), the text packed. */
function wireCopy(w: Workforce): WireWorkforce {
  let text = packedTextOf(w) ?? packedText.get(w);
  if (!text) packedText.set(w, (text = packTextColumns(w)));
  // Packed first and copied after: toWire never reads the text columns, which may still be packed (fromWireLazy).
  return copyWorkforce(toWire(w, mapTextColumns(text, (p: PackedText): PackedText => ({ chars: p.chars, ends: p.ends.slice() }))));
}
