/**
 * The engine host: a handler per request kind, holding cached workforces.
 * Runs inside a worker (engine.worker.ts, engine.node-worker.ts), and
 * in-process for the CLI and where workers are unavailable, so every caller
 * gets the same answers from the same code.
 */
import { agreementZone, contractCost, fingerprint, largestSkillWeightWithin, minRaiseForL1, poolForGrowth, smallestPoolNobodyLoses, tornado } from '../models/bargaining';
import { chartData, craftsmenPayRow, currentOf, factorBars, medianRaiseMonthly, payTable } from '../models/charts';
import { craftsmanCandidates, craftsmenReport } from '../models/craftsmen';
import { equityPayoffBlock, vestingDates } from '../models/equityMc';
import { skillFloors } from '../models/floors';
import { SUMMARY_COLUMNS, WORKER_COLUMNS, summaryRows, toCsv, toXlsx, workerRows } from '../models/io/export';
import { compileFormula } from '../models/formula';
import { typicalWorkers } from '../models/typical';
import { documentData } from '../models/documents';
import { workerPayslips } from '../models/takehome';
import { computePay } from '../models/pay';
import { searchWorkers, workforceProfile } from '../models/profile';
import { projectBlock } from '../models/projection';
import { baselineSummary } from '../models/summary';
import type { Summary, Workforce } from '../models/types';
import { copyWorkforce, indexOfId } from '../models/workforce';
import { importWorkforce } from '../models/io/import';
import type { ComputeResult, EngineHost, EngineRequest, EngineResult, EngineResults, ProgressFn } from './protocol';

export class UnknownDatasetError extends Error {
  constructor(readonly datasetId: string) {
    super(`no workforce loaded under "${datasetId}"`);
    this.name = 'UnknownDatasetError';
  }
}

const baselines = new WeakMap<Workforce, Summary>();
/** Today's pay summarised like a scheme, once per workforce. */
function baselineOf(w: Workforce): Summary {
  let b = baselines.get(w);
  if (!b) {
    b = baselineSummary(w.monthlyPay, w.level, { lower: 0, upper: 0 });
    baselines.set(w, b);
  }
  return b;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createEngineHost(onCrash: (silent: boolean) => never = () => { throw new Error('crash requested'); }): EngineHost {
  const datasets = new Map<string, Workforce>();
  const dataset = (id: string) => {
    const w = datasets.get(id);
    if (!w) throw new UnknownDatasetError(id);
    return w;
  };
  const compute = (w: Workforce, scenarios: EngineRequest & { kind: 'compute' }): ComputeResult[] =>
    scenarios.scenarios.map((s) => {
      const r = computePay(w, s, { components: scenarios.components, takeHome: true });
      // The totals are already in the summary.
      const { byLevel, histogram, costPerNetYuan, perWorker } = r.takeHome!;
      return {
        takeHome: { byLevel, histogram, costPerNetYuan, perWorker },
        name: s.name,
        fingerprint: fingerprint(s),
        mode: r.mode,
        pool: r.pool,
        unallocatedFactors: r.unallocatedFactors,
        summary: r.summary,
        craftsmen: r.craftsmen,
        annual: scenarios.omitAnnual ? null : r.annual,
        components: r.components,
        craftsman: scenarios.omitAnnual ? null : r.craftsman,
        medianRaiseMonthly: medianRaiseMonthly(currentOf(w).annual, r.annual),
      };
    });
  type Handlers = { [K in EngineRequest['kind']]: (req: Extract<EngineRequest, { kind: K }>, progress?: ProgressFn) => EngineResults[K] | Promise<EngineResults[K]> };
  const handlers: Handlers = {
    load: (req) => {
      datasets.set(req.datasetId, req.workforce);
      return { datasetId: req.datasetId, size: req.workforce.size };
    },
    profile: (req) => workforceProfile(dataset(req.datasetId)),
    persist: async (req) => {
      // Only where there is a browser database (a Web Worker); elsewhere the caller saves.
      if (typeof indexedDB === 'undefined') return { saved: false };
      const { set } = await import('idb-keyval');
      await set(req.key, { id: req.id, workforce: dataset(req.datasetId) });
      return { saved: true };
    },
    import: async (req, progress) => {
      const r = await importWorkforce(req.bytes, { file: req.file, minimumMonthlyWage: req.minimumMonthlyWage, sheet: req.sheet, onProgress: progress });
      // The host keeps what was read; the caller gets a copy (its buffers are transferred away).
      if (r.validRows > 0) datasets.set(req.datasetId, r.workforce);
      return { ...r, workforce: copyWorkforce(r.workforce) };
    },
    drop: (req) => {
      datasets.delete(req.datasetId);
      return { datasetId: req.datasetId };
    },
    compute: (req) => compute(dataset(req.datasetId), req),
    charts: (req) => {
      const w = dataset(req.datasetId);
      const r = computePay(w, req.scenario, { takeHome: 'detail' });
      const th = r.takeHome!;
      const { belowIndex, ...floors } = skillFloors(w, r.annual, req.scenario, r.craftsman);
      const today = currentOf(w).annual;
      return {
        fingerprint: fingerprint(req.scenario),
        charts: chartData(w, r.annual),
        payTable: payTable(baselineOf(w).byLevel, r.summary.byLevel),
        craftsmenRow: craftsmenPayRow(r.craftsmen, (id) => today[indexOfId(w, id)]!),
        factors: factorBars(r.summary, r.craftsmen.reduce((a, c) => a + c.cashYear1, 0)),
        floors: { ...floors, belowIds: belowIndex.slice(0, 50).map((i) => w.id[i]!) },
        takeHome: { byLevel: th.byLevel, histogram: th.histogram, costPerNetYuan: th.costPerNetYuan },
      };
    },
    craftsmen: (req) => craftsmenReport(dataset(req.datasetId), req.scenario),
    candidates: (req) => craftsmanCandidates(dataset(req.datasetId), req.minLevel, req.query, req.taken, req.limit),
    search: (req) => searchWorkers(dataset(req.datasetId), req.query, req.limit),
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
        const pkg = s.craftsmen.find((p) => p.id === w.id[req.index]);
        const cash = r.craftsmen.find((c) => c.id === w.id[req.index])?.cashYear1;
        const payslips = workerPayslips(w, s, req.index, r.annual[req.index]!, pkg, cash);
        return { scheme: s.name, fingerprint: fingerprint(s), craftsman: r.craftsman[req.index] === 1, current: 12 * w.monthlyPay[req.index]!, annual: r.annual[req.index]!, components, payslips };
      });
    },
    solve: (req, progress) => {
      const w = dataset(req.datasetId);
      const q = req.question;
      if (q.q === 'pool-for-growth') return poolForGrowth(w, req.scenario, q.growth, progress);
      if (q.q === 'smallest-pool-nobody-loses') return smallestPoolNobodyLoses(w, req.scenario, progress);
      if (q.q === 'skill-weight-p90p10') return largestSkillWeightWithin(w, req.scenario, q.limit, progress);
      return minRaiseForL1(w, req.scenario, q.share, progress);
    },
    tornado: (req, progress) => tornado(dataset(req.datasetId), req.scenario, req.step ?? 0.1, progress),
    zone: (req, progress) => agreementZone(dataset(req.datasetId), req.scenario, req.limits, req.poolRange, req.n, progress),
    documentData: (req) => {
      // The active scheme object is matched by identity in the comparison: use the one in the list.
      const schemes = req.schemes.map((x) => (fingerprint(x) === fingerprint(req.scenario) ? req.scenario : x));
      return documentData(dataset(req.datasetId), req.scenario, schemes, req.typical, req.contract);
    },
    typical: (req) => typicalWorkers(dataset(req.datasetId), req.scenarios, req.typical, fingerprint),
    formula: (req) => {
      const r = compileFormula(req.text);
      return r.ok ? { ok: true as const } : r;
    },
    contract: (req) => contractCost(dataset(req.datasetId).monthlyPay, req.tranches, req.years, req.onCosts),
    table: async (req, progress) => {
      const w = dataset(req.datasetId);
      const n = req.scenarios.length;
      const results = req.scenarios.map((scenario, k) => {
        progress?.(k, 2 * n + 1);
        return compute(w, { kind: 'compute', datasetId: req.datasetId, scenarios: [scenario], components: true })[0]!;
      });
      if (req.format === 'csv') {
        const text = toCsv(WORKER_COLUMNS, workerRows(w, results[0]!), req.lang);
        return { bytes: new TextEncoder().encode(text), mime: 'text/csv;charset=utf-8' };
      }
      progress?.(n, 2 * n + 1);
      const layout = req.sheets ?? { summary: true, names: req.scenarios.map((s, k) => `${k + 1} ${s.name}`) };
      const sheets = results.map((r, k) => ({ name: layout.names[k] ?? req.scenarios[k]!.name, columns: WORKER_COLUMNS, rows: workerRows(w, r) }));
      if (layout.summary) {
        const summary = summaryRows(baselineOf(w), req.scenarios, results.map((r) => ({ summary: r.summary, medianRaise: r.medianRaiseMonthly, craftsmen: r.craftsmen })));
        sheets.unshift({ name: req.lang === 'zh' ? '汇总' : 'Summary', columns: SUMMARY_COLUMNS, rows: summary });
      }
      // Computing the schemes was the first part of the bar; writing the rows the rest.
      return { bytes: await toXlsx(sheets, req.lang, (done, total) => progress?.(n + (done / total) * n, 2 * n + 1)), mime: XLSX_MIME };
    },
    crash: (req) => onCrash(Boolean(req.silent)),
  };
  return {
    async handle<R extends EngineRequest>(request: R, progress?: ProgressFn): Promise<EngineResult<R['kind']>> {
      const h = handlers[request.kind] as (r: EngineRequest, p?: ProgressFn) => EngineResult<R['kind']> | Promise<EngineResult<R['kind']>>;
      return h(request, progress);
    },
  };
}
