/**
 * The engine host: a handler per request kind, holding cached workforces.
 * Runs inside a worker (engine.worker.ts, engine.node-worker.ts) and on the
 * main thread as the fallback, so every host gives the same answers.
 */
import { equityPayoffBlock, vestingDates } from '../models/equityMc';
import { agreementZone, largestSkillWeightWithin, minRaiseForL1, poolForGrowth, smallestPoolNobodyLoses, tornado } from '../models/bargaining';
import { chartData, currentOf, medianRaiseMonthly } from '../models/charts';
import { skillFloors } from '../models/floors';
import { computePay } from '../models/pay';
import type { Scenario } from '../models/scenario';
import { projectBlock } from '../models/projection';
import type { Workforce } from '../models/types';
import type { EngineHost, EngineRequest, EngineResult, EngineResults, ProgressFn } from './protocol';

export class UnknownDatasetError extends Error {
  constructor(readonly datasetId: string) {
    super(`no workforce loaded under "${datasetId}"`);
    this.name = 'UnknownDatasetError';
  }
}

function floorsFor(w: Workforce, annual: Float64Array, s: Scenario, craftsman: Uint8Array) {
  const { belowIndex, ...rest } = skillFloors(w, annual, s, craftsman);
  return { ...rest, belowIds: belowIndex.slice(0, 50).map((i) => w.id[i]!) };
}

export function createEngineHost(onCrash: () => never = () => { throw new Error('crash requested'); }): EngineHost {
  const datasets = new Map<string, Workforce>();
  const dataset = (id: string) => {
    const w = datasets.get(id);
    if (!w) throw new UnknownDatasetError(id);
    return w;
  };
  type Handlers = { [K in EngineRequest['kind']]: (req: Extract<EngineRequest, { kind: K }>, progress?: ProgressFn) => EngineResults[K] };
  const handlers: Handlers = {
    load: (req) => {
      datasets.set(req.datasetId, req.workforce);
      return { datasetId: req.datasetId, size: req.workforce.size };
    },
    drop: (req) => {
      datasets.delete(req.datasetId);
      return { datasetId: req.datasetId };
    },
    compute: (req) => {
      const w = dataset(req.datasetId);
      return req.scenarios.map((s, k) => {
        const r = computePay(w, s, { components: req.components });
        return {
          name: s.name,
          mode: r.mode,
          pool: r.pool,
          unallocatedFactors: r.unallocatedFactors,
          summary: r.summary,
          craftsmen: r.craftsmen,
          annual: req.omitAnnual ? null : r.annual,
          components: r.components,
          medianRaiseMonthly: medianRaiseMonthly(currentOf(w).annual, r.annual),
          charts: req.chartsFor?.includes(k) ? chartData(w, r.annual) : null,
          floors: req.chartsFor?.includes(k) ? floorsFor(w, r.annual, s, r.craftsman) : null,
        };
      });
    },
    projectBlock: (req, progress) => projectBlock(dataset(req.datasetId), req.scenario, req.projection, req.from, req.to, progress),
    equityBlock: (req) => {
      const payoffs = new Float64Array(req.to - req.from);
      const atDates = new Float64Array((req.to - req.from) * vestingDates(req.grant).length);
      equityPayoffBlock(req.grant, req.seed, req.from, req.to, payoffs, req.from, atDates);
      return { from: req.from, to: req.to, payoffs, atDates };
    },
    worker: (req) => {
      const w = dataset(req.datasetId);
      return req.scenarios.map((s) => {
        const r = computePay(w, s, { components: true });
        const components: Record<string, number> = {};
        for (const [k, col] of Object.entries(r.components!)) components[k] = col[req.index]!;
        return { scheme: s.name, craftsman: r.craftsman[req.index] === 1, annual: r.annual[req.index]!, components };
      });
    },
    solve: (req) => {
      const w = dataset(req.datasetId);
      const q = req.question;
      if (q.q === 'pool-for-growth') return poolForGrowth(w, req.scenario, q.growth);
      if (q.q === 'smallest-pool-nobody-loses') return smallestPoolNobodyLoses(w, req.scenario);
      if (q.q === 'skill-weight-p90p10') return largestSkillWeightWithin(w, req.scenario, q.limit);
      return minRaiseForL1(w, req.scenario, q.share);
    },
    tornado: (req) => tornado(dataset(req.datasetId), req.scenario),
    zone: (req) => agreementZone(dataset(req.datasetId), req.scenario, req.limits, req.poolRange, req.n),
    crash: () => onCrash(),
  };
  return {
    async handle<R extends EngineRequest>(request: R, progress?: ProgressFn): Promise<EngineResult<R['kind']>> {
      const h = handlers[request.kind] as (r: EngineRequest, p?: ProgressFn) => EngineResult<R['kind']>;
      return h(request, progress);
    },
  };
}
