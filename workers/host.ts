/**
 * The engine host: a handler per request kind, holding cached workforces.
 * Runs inside a worker (engine.worker.ts, engine.node-worker.ts), and
 * in-process for the CLI and where workers are unavailable, so every caller
 * gets the same answers from the same code.
 */
import { agreementZone, contractCost, largestSkillWeightWithin, minL1WithinKind, minRaiseForL1, poolForGrowth, smallestPoolNobodyLoses, tornado, type OnCosts, type Tranche } from '../models/bargaining/bargaining';
import { fingerprint, workforceFingerprint } from '../models/fingerprint';
import { chartData, craftsmenPayRow, currentOf, factorBars, medianRaiseMonthly, payTable } from '../models/charts';
import { craftsmanCandidates, craftsmenReport } from '../models/craftsmen/craftsmen';
import { equityPayoffBlock, vestingDates } from '../models/craftsmen/equityMc';
import { skillFloors } from '../models/pay/floors';
import { csvChunks, STAMPED_WORKER_COLUMNS, stampedRowAt, SUMMARY_COLUMNS, summaryRows } from '../models/io/export';
import { xlsxOf, type StreamSheet } from '../models/io/xlsxStream';
import { browserEntry } from '../models/io/gzipEntry';
import { typicalWorkers } from '../models/pay/typical';
import { innovationMoney, lossesOf, packageLines, payExample, type DocumentData } from '../models/documents';
import { workerPayslips } from '../models/takehome/takehome';
import { computePay } from '../models/pay/pay';
import { searchWorkers, workforceProfile } from '../models/pay/profile';
import { projectBlock } from '../models/pay/projection';
import { baselineSummary } from '../models/pay/summary';
import type { Summary, Workforce } from '../models/types';
import { copyWorkforce, fromWire, indexOfId, isWire, toWire } from '../models/pay/workforce';
import { importWorkforce } from '../models/io/import';
import { importAchievements } from '../models/io/achievements';
import { decompressUriBounded } from '../models/io/lzBounded';
import { explainWorker } from '../models/pay/explain';
import { explainFigures } from '../models/pay/explainFigures';
import { innovationOf, memberIndex, scheduleForKeptShare, type Achievements } from '../models/innovation/innovation';
import { BELOW_IDS_LISTED, type ChartsResult, type ComputeResult, type EngineHost, type EngineRequest, type EngineResult, type EngineResults, type ProgressFn } from './protocol';
import type { Scenario } from '../models/pay/scenario';
import { checkLedger, DEFAULT_COMPLIANCE, emptyLedger, joinLedgers, ledgerFingerprint, repeatsAcrossFiles, type Ledger } from '../models/compliance';
import { importLedger } from '../models/io/ledger';

export class UnknownDatasetError extends Error {
  constructor(readonly datasetId: string) {
    super(`no workforce loaded under "${datasetId}"`);
    this.name = 'UnknownDatasetError';
  }
}

const baselines = new WeakMap<Workforce, Summary>();
/** Team members' rows in a workforce, by the achievements file they come from (the newest file only). */
const memberCache = new WeakMap<Workforce, Map<string, Int32Array>>();
/** Who is who (team member → pay-sheet row), worked out once per workforce and file. */
function membersOf(w: Workforce, id: string, a: Achievements): Int32Array {
  let members = memberCache.get(w)?.get(id);
  if (!members) {
    members = memberIndex(w, a);
    const m = memberCache.get(w) ?? new Map<string, Int32Array>();
    m.clear();
    m.set(id, members);
    memberCache.set(w, m);
  }
  return members;
}
/**
 * The plan year's innovation rewards with the bill they join, where the scheme's rules count them in the wage bill and
 * the question came with the achievements: the same figures as the innovation panel's (one wage bill per scheme).
 */
function rewardsInBill(w: Workforce, req: { scenario: Scenario; innovation?: { achievements: Achievements; achievementsId: string } }): DocumentData['rewards'] {
  if (!req.innovation || !req.scenario.innovation?.inWageBill) return null;
  const r = innovationOf(w, req.innovation.achievements, req.scenario, membersOf(w, req.innovation.achievementsId, req.innovation.achievements));
  if (!r) return null;
  const b = r.result.wageBill;
  return b.included && b.rewards > 0 ? { planYear: r.result.planYear, amount: b.rewards, bill: b.bill, growth: b.growth } : null;
}

/** Today's pay summarised like a scheme, once per workforce. */
function baselineOf(w: Workforce): Summary {
  let b = baselines.get(w);
  if (!b) {
    b = baselineSummary(w.monthlyPay, w.level, { lower: 0, upper: 0 });
    baselines.set(w, b);
  }
  return b;
}

/**
 * The allowance-formula compiler (mathjs) is loaded when a question needs it: building mathjs's functions took 120 ms
 * of every CLI start, and most schemes have no formula. Importing it registers the compiler with the pay engine.
 */
let formulaModule: Promise<typeof import('../models/pay/formula')> | null = null;
const loadFormula = () => (formulaModule ??= import('../models/pay/formula'));
const hasFormula = (s: unknown) => Boolean((s as Scenario | undefined)?.allowances?.formula);
function usesFormula(req: EngineRequest): boolean {
  const r = req as { scenario?: unknown; scenarios?: unknown[]; schemes?: unknown[] };
  return hasFormula(r.scenario) || Boolean(r.scenarios?.some(hasFormula)) || Boolean(r.schemes?.some(hasFormula));
}

/** The contract's tranches costed on a scheme's pay (a year per worker, as the engine gives it): what the papers commit to. */
function contractOnPay(annual: Float64Array, c: { tranches: Tranche[]; years: number; onCosts: OnCosts }) {
  return contractCost(Float64Array.from(annual, (a) => a / 12), c.tranches, c.years, c.onCosts);
}

/** Workers whose pay today is below the minimum wage: the costing note names them (the import's warnings were on the console only). */
function belowMinimum(w: Workforce, minimum: number): { count: number; ids: string[]; minimum: number } {
  const ids: string[] = [];
  let count = 0;
  for (let i = 0; i < w.size; i++) {
    if (w.monthlyPay[i]! < minimum) {
      count++;
      if (ids.length < 20) ids.push(w.id[i]!);
    }
  }
  return { count, ids, minimum };
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `alive`: called between the pieces of a long answer that has no progress to
 * report (scheme after scheme), so the page hears the worker is alive while it
 * works (the worker posts a heartbeat stamped with its clock, at most every half
 * second).
 */
export function createEngineHost(onCrash: (silent: boolean) => never = () => { throw new Error('crash requested'); }, alive: () => void = () => undefined): EngineHost {
  const datasets = new Map<string, Workforce>();
  /** Payroll ledgers read with `keep`, by id (履约检查). */
  const ledgers = new Map<string, Ledger>();
  const fail = (message: string): never => {
    throw new Error(message);
  };
  const dataset = (id: string) => {
    const w = datasets.get(id);
    if (!w) throw new UnknownDatasetError(id);
    return w;
  };
  const compute = (w: Workforce, scenarios: EngineRequest & { kind: 'compute' }): ComputeResult[] =>
    scenarios.scenarios.map((s) => {
      alive();
      const r = computePay(w, s, { components: scenarios.components, takeHome: true });
      // The totals are already in the summary.
      const { byLevel, histogram, costPerNetYuan, perWorker } = r.takeHome!;
      return {
        takeHome: { byLevel, histogram, costPerNetYuan, perWorker },
        name: s.name,
        fingerprint: fingerprint(s),
        mode: r.mode,
        pool: r.pool,
        points: r.points,
        unallocatedFactors: r.unallocatedFactors,
        summary: r.summary,
        craftsmen: r.craftsmen,
        annual: scenarios.omitAnnual ? null : r.annual,
        components: r.components,
        craftsman: scenarios.omitAnnual ? null : r.craftsman,
        medianRaiseMonthly: medianRaiseMonthly(currentOf(w).annual, r.annual),
      };
    });
  /** Chart aggregates, the pay table, floors and pay cuts of one scheme: what the page's panels show, and the documents print. */
  const chartsOf = (w: Workforce, s: Scenario, allBelowIds = false): ChartsResult => {
    const r = computePay(w, s, { takeHome: 'detail' });
    const th = r.takeHome!;
    const { belowIndex, ...floors } = skillFloors(w, r.annual, s, r.craftsman);
    const today = currentOf(w).annual;
    // What the no-loss guarantee would add, said beside the pay cuts when the scheme has losers and no guarantee.
    const guaranteeCost = !s.noLossGuarantee && r.summary.losers > 0 ? computePay(w, { ...s, noLossGuarantee: true }).summary.wageBill - r.summary.wageBill : null;
    return {
      fingerprint: fingerprint(s),
      charts: chartData(w, r.annual),
      payTable: payTable(baselineOf(w).byLevel, r.summary.byLevel),
      craftsmenRow: craftsmenPayRow(r.craftsmen, (id) => today[indexOfId(w, id)]!),
      factors: factorBars(r.summary, r.craftsmen.reduce((a, c) => a + c.cashYear1, 0)),
      floors: { ...floors, belowIds: (allBelowIds ? belowIndex : belowIndex.slice(0, BELOW_IDS_LISTED)).map((i) => w.id[i]!), belowIdsComplete: allBelowIds || belowIndex.length <= BELOW_IDS_LISTED },
      takeHome: { byLevel: th.byLevel, histogram: th.histogram, costPerNetYuan: th.costPerNetYuan },
      losses: lossesOf(today, r.annual, guaranteeCost),
    };
  };
  /** The sensitivity of a scheme; an automatic pool is varied around the amount it works out at. */
  const tornadoOf = (w: Workforce, s: Scenario, step: number, progress?: ProgressFn) => {
    const pool = s.mode === 'pool' && s.annualPool === null ? computePay(w, s).pool : null;
    return tornado(w, pool !== null ? { ...s, annualPool: pool } : s, step, progress);
  };
  /** The scheme's answer as the key figures and the comparison show it. */
  const answerOf = (r: ComputeResult) => ({ name: r.name, fingerprint: r.fingerprint, summary: r.summary, medianRaise: r.medianRaiseMonthly, pool: r.pool, costPerNetYuan: r.takeHome.costPerNetYuan, craftsmen: r.craftsmen });
  type Handlers = { [K in EngineRequest['kind']]: (req: Extract<EngineRequest, { kind: K }>, progress?: ProgressFn) => EngineResults[K] | Promise<EngineResults[K]> };
  const handlers: Handlers = {
    load: (req) => {
      datasets.set(req.datasetId, isWire(req.workforce) ? fromWire(req.workforce) : req.workforce);
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
      // The host keeps what was read; the caller gets a copy (its buffers are transferred away), its text packed.
      if (r.validRows > 0) datasets.set(req.datasetId, r.workforce);
      return { ...r, workforce: toWire(copyWorkforce(r.workforce)) };
    },
    drop: (req) => {
      datasets.delete(req.datasetId);
      return { datasetId: req.datasetId };
    },
    compute: (req) => compute(dataset(req.datasetId), req),
    charts: (req) => chartsOf(dataset(req.datasetId), req.scenario, req.allBelowIds),
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
    // Why the key figures are what they are (the page's 为什么 and `--ask explain {"figure": …}`): the scheme's compute
    // answer taken apart, with the innovation rewards its rules count in its bill.
    explainFigures: (req) => {
      const w = dataset(req.datasetId);
      const r = compute(w, { kind: 'compute', datasetId: req.datasetId, scenarios: [req.scenario], omitAnnual: true })[0]!;
      const today = baselineOf(w);
      const rewards = rewardsInBill(w, req);
      return {
        fingerprint: r.fingerprint,
        figures: explainFigures({
          scheme: req.scenario,
          summary: r.summary,
          currentBill: r.summary.currentWageBill,
          today: { gini: today.gini, p90p10: today.p90p10 },
          pool: r.pool,
          craftsmenCash: r.craftsmen.reduce((t, c) => t + c.cashYear1, 0),
          rewards: rewards ? { planYear: rewards.planYear, amount: rewards.amount } : null,
          medianRaiseMonthly: r.medianRaiseMonthly,
          costPerNetYuan: r.takeHome.costPerNetYuan,
        }),
      };
    },
    worker: (req) => {
      const w = dataset(req.datasetId);
      return req.scenarios.map((s) => {
        alive();
        const inno = req.innovation && s.innovation ? innovationOf(w, req.innovation.achievements, s, membersOf(w, req.innovation.achievementsId, req.innovation.achievements)) : null;
        const reward = inno ? inno.perWorker.planYear[req.index]! : 0;
        const r = computePay(w, s, { components: true });
        const components: Record<string, number> = {};
        for (const [k, col] of Object.entries(r.components!)) components[k] = col[req.index]!;
        const pkg = s.craftsmen.find((p) => p.id === w.id[req.index]);
        const cash = r.craftsmen.find((c) => c.id === w.id[req.index])?.cashYear1;
        const payslips = workerPayslips(w, s, req.index, r.annual[req.index]!, pkg, cash, undefined, reward);
        const innovation = inno ? { year: inno.result.planYear, planYear: reward, total: inno.perWorker.total[req.index]! } : null;
        return { scheme: s.name, fingerprint: fingerprint(s), craftsman: r.craftsman[req.index] === 1, current: 12 * w.monthlyPay[req.index]!, annual: r.annual[req.index]!, components, payslips, innovation, explanation: explainWorker(w, s, req.index, r) };
      });
    },
    solve: (req, progress) => {
      const w = dataset(req.datasetId);
      const q = req.question;
      if (q.q === 'pool-for-growth') return poolForGrowth(w, req.scenario, q.growth, progress);
      if (q.q === 'smallest-pool-nobody-loses') return smallestPoolNobodyLoses(w, req.scenario, progress);
      if (q.q === 'skill-weight-p90p10') return largestSkillWeightWithin(w, req.scenario, q.limit, progress);
      // The 学徒工 floor is a general raise's answer: for another kind of scheme, the nearest answer within its own kind too.
      const raise = minRaiseForL1(w, req.scenario, q.share, progress);
      return req.scenario.mode === 'raise' ? raise : { ...raise, withinKind: { mode: req.scenario.mode, result: minL1WithinKind(w, req.scenario, q.share, progress) } };
    },
    tornado: (req, progress) => tornadoOf(dataset(req.datasetId), req.scenario, req.step ?? 0.1, progress),
    zone: (req, progress) => agreementZone(dataset(req.datasetId), req.scenario, req.limits, req.poolRange, req.n, progress),
    documentData: (req, progress): DocumentData => {
      // Every figure is one of the answers the page shows for this scheme: the compute answers (key figures and the
      // comparison), the charts answer, the contract answer for the 合同成本 panel's terms, the sensitivity answer, and
      // the typical workers with the scheme being edited first.
      const w = dataset(req.datasetId);
      const fp = fingerprint(req.scenario);
      const others = req.schemes.filter((x) => fingerprint(x) !== fp);
      // The comparison lists the scheme being edited first, then the others in their order (page and CLI alike).
      const all = compute(w, { kind: 'compute', datasetId: req.datasetId, scenarios: [req.scenario, ...others], omitAnnual: true });
      const mine = compute(w, { kind: 'compute', datasetId: req.datasetId, scenarios: [req.scenario], components: true })[0]!;
      alive();
      const charts = chartsOf(w, req.scenario);
      alive();
      const profile = workforceProfile(w);
      const c = req.contract;
      return {
        scheme: req.scenario,
        answer: answerOf(mine),
        workforce: { size: w.size, fingerprint: profile.fingerprint, bill: profile.currentBill },
        baseline: baselineOf(w),
        payTable: charts.payTable,
        craftsmenRow: charts.craftsmenRow,
        byLevel: charts.charts.byLevel,
        byDepartment: charts.charts.byDepartment,
        histogram: charts.charts.histogram,
        floors: { below: charts.floors.below, liftCost: charts.floors.liftCost, unclassified: charts.floors.unclassified },
        takeHomeByLevel: charts.takeHome.byLevel,
        losses: charts.losses,
        contract: contractCost(w.monthlyPay, c.tranches, c.years, c.onCosts),
        contractSettings: c,
        tornado: tornadoOf(w, req.scenario, 0.1, progress).bars,
        typical: typicalWorkers(w, [req.scenario, ...others], req.typical, fingerprint),
        compare: all.map(answerOf),
        packages: packageLines(w, req.scenario, mine.craftsmen),
        innovation: innovationMoney(w, req.scenario, mine.summary, mine.craftsman!),
        points: mine.points,
        contractOnScheme: contractOnPay(mine.annual!, c),
        example: payExample(w, mine.annual!, mine.craftsman!, mine.components!),
        belowMinimumToday: belowMinimum(w, req.scenario.minimumMonthlyWage),
        rewards: rewardsInBill(w, req),
      };
    },
    typical: (req) => typicalWorkers(dataset(req.datasetId), req.scenarios, req.typical, fingerprint),
    formula: async (req) => {
      const r = (await loadFormula()).compileFormula(req.text);
      return r.ok ? { ok: true as const } : r;
    },
    contract: (req) => contractCost(dataset(req.datasetId).monthlyPay, req.tranches, req.years, req.onCosts),
    // The 合同成本 panel's second table: the same as documentData's contractOnScheme.
    contractOnScheme: (req) => ({ ...contractOnPay(computePay(dataset(req.datasetId), req.scenario).annual, req), fingerprint: fingerprint(req.scenario) }),
    table: async (req, progress) => {
      const w = dataset(req.datasetId);
      const n = req.scenarios.length;
      const results = req.scenarios.map((scenario, k) => {
        progress?.(k, 2 * n + 1);
        return compute(w, { kind: 'compute', datasetId: req.datasetId, scenarios: [scenario], components: true })[0]!;
      });
      if (req.format === 'csv') {
        const r0 = results[0]!;
        const fp = { scheme: r0.fingerprint, workforce: workforceFingerprint(w) };
        const text = [...csvChunks(STAMPED_WORKER_COLUMNS, w.size, (i) => stampedRowAt(w, r0, i, fp), req.lang)].join('');
        return { bytes: new TextEncoder().encode(text), mime: 'text/csv;charset=utf-8' };
      }
      progress?.(n, 2 * n + 1);
      const layout = req.sheets ?? { summary: true, names: req.scenarios.map((s, k) => `${k + 1} ${s.name}`) };
      const workforceFp = workforceFingerprint(w);
      const sheets: StreamSheet[] = results.map((r, k) => {
        const fp = { scheme: r.fingerprint, workforce: workforceFp };
        return { name: layout.names[k] ?? req.scenarios[k]!.name, columns: STAMPED_WORKER_COLUMNS, rows: w.size, rowAt: (i: number) => stampedRowAt(w, r, i, fp) };
      });
      if (layout.summary) {
        const summary = summaryRows(baselineOf(w), req.scenarios, results.map((r) => ({ summary: r.summary, medianRaise: r.medianRaiseMonthly, craftsmen: r.craftsmen })));
        sheets.unshift({ name: req.lang === 'zh' ? '汇总' : 'Summary', columns: SUMMARY_COLUMNS, rows: summary.length, rowAt: (i: number) => summary[i]! });
      }
      // The workbook is written row by row and compressed as it goes (the CLI's writer): progress every 2,000 rows keeps
      // the page hearing from this worker on a slow machine. Computing the schemes was the first part of the bar.
      const bytes = await xlsxOf(sheets, req.lang, { batch: 2000, entry: browserEntry(), onProgress: (done, total) => progress?.(n + (done / total) * n, 2 * n + 1) });
      return { bytes, mime: XLSX_MIME };
    },
    decodeShare: (req) => decompressUriBounded(req.payload, req.maxChars),
    importAchievements: (req) => importAchievements(req.bytes, { file: req.file, sheet: req.sheet, today: req.today }),
    innovation: (req) => {
      const w = dataset(req.datasetId);
      const a = req.achievements;
      const r = innovationOf(w, a, req.scenario, membersOf(w, req.achievementsId, a));
      const rules = req.scenario.innovation;
      let kept: EngineResults['innovation']['kept'] = null;
      if (r && rules && req.keptAtLeast !== undefined) {
        const bill = r.result.wageBill.included ? r.result.wageBill.bill - r.result.wageBill.rewards : r.result.wageBill.bill;
        kept = { ...scheduleForKeptShare({ a, rules, wageBill: bill }, req.keptAtLeast), target: req.keptAtLeast };
      }
      return { fingerprint: fingerprint(req.scenario), achievementsId: req.achievementsId, result: r?.result ?? null, perWorker: r?.perWorker ?? null, kept };
    },
    importLedger: async (req) => {
      const r = await importLedger(req.bytes, { file: req.file, sheet: req.sheet, month: req.month, columns: req.columns });
      if (!req.keep) return r;
      const out = { ...r, ledger: emptyLedger(0, r.ledger.files, r.ledger.sources) };
      if (r.errors.length || r.ledger.size === 0) return out;
      if (req.against?.length) {
        // A worker's month already in a kept ledger: named (the first 50), and this one is not kept. Only the kept
        // ledgers that hold any of this one's months are joined to look (twelve monthly files: none, and nothing copied).
        const months = new Set(r.ledger.month);
        const sharing = req.against.map((id) => ledgers.get(id) ?? fail(`no ledger kept as "${id}"`)).filter((L) => L.month.some((m) => months.has(m)));
        const joined = joinLedgers([...sharing, r.ledger]);
        const fresh = joined.size - r.ledger.size;
        const twice = repeatsAcrossFiles(joined).filter((t) => t.row >= fresh);
        if (twice.length) return { ...out, repeats: twice.slice(0, 50).map((t) => ({ file: joined.files[joined.fileOf[t.row]!]!, row: joined.rowOf[t.row]!, id: joined.id[t.row]!, firstFile: joined.files[joined.fileOf[t.first]!]!, firstRow: joined.rowOf[t.first]! })) };
      }
      ledgers.set(req.keep, r.ledger);
      return out;
    },
    keepLedgers: (req) => {
      for (const id of [...ledgers.keys()]) if (!req.keep.includes(id)) ledgers.delete(id);
      return { kept: ledgers.size };
    },
    ledgerRows: (req) => {
      let n = 0;
      for (const id of req.kept) {
        const L = ledgers.get(id) ?? fail(`no ledger kept as "${id}"`);
        for (let r = 0; r < L.size; r++) if (L.id[r] === req.id) n++;
      }
      return { rows: n };
    },
    compliance: async (req) => {
      const w = dataset(req.datasetId);
      const ledger = 'kept' in req.ledger ? joinLedgers(req.ledger.kept.map((id) => ledgers.get(id) ?? fail(`no ledger kept as "${id}"`))) : req.ledger;
      const r = checkLedger(ledger, { scheme: req.scenario, fingerprint: fingerprint(req.scenario), workforce: w, termStart: req.termStart, termYears: req.termYears, tranches: req.tranches, settings: req.settings ?? DEFAULT_COMPLIANCE, asOf: req.asOf, ...(req.innovation ? { innovation: { achievements: req.innovation.achievements } } : {}) });
      return { ...r, ledgerFingerprint: await ledgerFingerprint(ledger), workforceFingerprint: workforceFingerprint(w) };
    },
    crash: (req) => onCrash(Boolean(req.silent)),
  };
  return {
    async handle<R extends EngineRequest>(request: R, progress?: ProgressFn): Promise<EngineResult<R['kind']>> {
      if (usesFormula(request)) await loadFormula();
      const h = handlers[request.kind] as (r: EngineRequest, p?: ProgressFn) => EngineResult<R['kind']> | Promise<EngineResult<R['kind']>>;
      return h(request, progress);
    },
  };
}
