/**
 * 履约检查: every worker's every month of the ledger held against what was
 * signed (docs/model.md §13). What each worker is due comes from the signed
 * scheme on the pay sheet it was signed on — a pool's point values as
 * computed at signing, fixed for the term — with his grade and rating as the
 * ledger gives them (a promotion or a new rating counts from the month after
 * the ledger first shows it, as Annex 1 says), then the tranches from their
 * dates, then part months by paid days. The law's floors follow the month:
 * the minimum wage in force that month, and the skill-talent floors on it.
 *
 * Each finding names its clause and law, the amount due and paid, what is
 * short, what later back pay made good and how long the rest has been owed.
 * Per worker and month the pay findings (pay rule, tranche, guarantee,
 * minimum wage, skill-talent floor) are one amount owed — the largest, the
 * others named beside it — and overtime and deductions add to it; a late
 * payment owes nothing (it was paid) and is counted apart.
 */
import type { Citation } from '../datedRule';
import type { Tranche } from '../bargaining/bargaining';
import { computePay } from '../pay/pay';
import { payByOf, rewardsDue, type Achievements, type RewardDue } from '../innovation/innovation';
import { floorMonthly } from '../pay/floors';
import type { Scenario } from '../pay/scenario';
import { LEVELS, POST_CATEGORIES, type PerFactor, type Workforce } from '../types';
import type { Ledger } from './ledger';
import { CLAUSE, LAW, minimumWageIn, monthIndex, monthText, type ComplianceSettings } from './rules';

export const FINDING_KINDS = ['payRule', 'tranche', 'guarantee', 'minimumWage', 'skillFloor', 'innovation', 'overtime', 'deduction', 'late'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** The clause of the contract and the rule of law each kind of finding names. */
export const FINDING_CITES: Record<FindingKind, Citation[]> = {
  payRule: [CLAUSE.payRule, LAW.binding],
  tranche: [CLAUSE.tranche, LAW.binding],
  guarantee: [CLAUSE.guarantee, LAW.binding],
  minimumWage: [LAW.minimumWage, LAW.minimumWageExcludes],
  skillFloor: [CLAUSE.skillFloor, LAW.binding],
  innovation: [CLAUSE.innovation, LAW.binding],
  overtime: [CLAUSE.overtime, LAW.overtime],
  deduction: [LAW.deduction],
  late: [CLAUSE.payment, LAW.payDate],
};

export interface Finding {
  worker: string;
  /** Month index (year × 12 + month − 1). */
  month: number;
  kind: FindingKind;
  /** Other pay rules the same month's pay also falls below (their amounts are within `short`). */
  also: FindingKind[];
  /** What was due and what was paid, 元 that month, on the measure this kind compares. */
  agreed: number;
  paid: number;
  /** Owed for this finding (0 for a late payment: it was paid). */
  short: number;
  /** Back pay in later months applied to it, and the month of the last of it (−1: none). */
  madeGood: number;
  madeGoodIn: number;
  outstanding: number;
  /** Months from the day it was due to the check's month, while anything is outstanding (0 when made good). */
  ageMonths: number;
  /** Late: days after the agreed pay day. Tranche: the date of the first tranche not applied. Overtime: the hours. Innovation: the month the rewards were due by and the achievements (`2027-03;CX1,CX2`). */
  detail: string;
  /** Where in the ledger: the file and its row. */
  file: string;
  row: number;
  /** From the pay sheet (empty for a worker not in it). */
  department: string;
  level: number;
}

export interface Agreement {
  /** The signed scheme as it applies on the pay sheet it was signed on, and its fingerprint. */
  scheme: Scenario;
  fingerprint: string;
  /** The pay sheet the scheme was signed on. */
  workforce: Workforce;
  /** The term: its first day (YYYY-MM-DD) and years; the tranches the contract commits. */
  termStart: string;
  termYears: number;
  tranches: readonly Tranche[];
  settings: ComplianceSettings;
  /** The achievements, where the scheme has innovation rules: their rewards are held to the ledger's innovation rewards. */
  innovation?: { achievements: Achievements };
  /** The month the check is made in, for ageing (default: the month after the ledger's last). */
  asOf?: number;
}

interface Group {
  key: string;
  findings: number;
  workers: number;
  owed: number;
  outstanding: number;
}

export interface ComplianceResult {
  scheme: string;
  fingerprint: string;
  /** Worker-months read, checked, and set apart (outside the term; craftsmen paid by packages and workers not in the pay sheet are checked against the law only). */
  rows: number;
  checked: number;
  outsideTerm: number;
  lawOnly: { craftsmen: number; notInSheet: number; notInSheetIds: string[] };
  /** Rows with no pay date: lateness not checked. */
  noPayDate: number;
  months: { from: number; to: number } | null;
  asOf: number;
  findings: Finding[];
  totals: { owed: number; madeGood: number; outstanding: number; workers: number; workerMonths: number; late: number };
  byKind: Record<FindingKind, { findings: number; owed: number; outstanding: number }>;
  byMonth: { month: number; workers: number; owed: number; agreed: number; paid: number }[];
  byGrade: Group[];
  byDepartment: Group[];
  /** The workers owed most (outstanding first, then owed). */
  top: { worker: string; department: string; owed: number; outstanding: number; months: number }[];
  /** The raise agreed over pay at signing, and the part of it paid, over the worker-months checked against the pay rule. */
  raise: { agreed: number; paid: number; share: number | null };
  /** The settings the payroll was held to (the papers print them). */
  settings: ComplianceSettings;
  /**
   * The innovation rewards held to the ledger (null: the scheme has no innovation rules): how many achievements were
   * given (0: none, so the rewards were not checked), what fell due in the months checked, what was paid toward it by
   * then, the plan's years the rewards are worked out for, and when the scheme says they are paid.
   */
  innovation: { achievements: number; due: number; paidOnTime: number; workers: number; planYears: { from: number; to: number } | null; payBy: { oneOffMonths: number; shareMonth: number } } | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
/** A worker with no innovation reward due: nothing paid toward one (shared, never written). */
const NO_DUES = new Float64Array(0);

/** A tranche's first month: the month of its date when that is the 1st, else the month after (a part month is not claimed). */
function trancheMonths(termStart: string, tranches: readonly Tranche[]): { month: number; factor: number; date: string }[] {
  const [y, m, d] = termStart.split('-').map(Number) as [number, number, number];
  return tranches
    .map((t) => {
      const k = y * 12 + (m - 1) + 12 * (t.year - 1) + (t.month - 1);
      const date = `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return { month: d === 1 ? k : k + 1, factor: 1 + t.percent, date };
    })
    .sort((a, b) => a.month - b.month);
}

/**
 * Rows by worker, each worker's in month order: a counting sort by month, then a stable one by worker (linear). Its own
 * function, as is each worker's check: the engine optimises small functions once, where one long one was compiled again
 * and again as each of its loops was reached.
 */
function rowsByWorker(L: Ledger): { firstMonth: number; lastMonth: number; span: number; keys: string[]; start: Int32Array; order: Int32Array } {
  let lastMonth = -Infinity;
  let firstMonth = Infinity;
  for (let r = 0; r < L.size; r++) {
    const m = L.month[r]!;
    if (m > lastMonth) lastMonth = m;
    if (m < firstMonth) firstMonth = m;
  }
  const span = L.size ? lastMonth - firstMonth + 1 : 0;
  const keyOf = new Map<string, number>();
  const keys: string[] = [];
  const rowKey = new Int32Array(L.size);
  // A payroll lists its workers in the same order each month: the worker that followed this row's last time is
  // compared first (the reader keeps one string per id, so mostly the same string), the map asked only when not.
  const nextKey: number[] = [];
  let lastKey = -1;
  for (let r = 0; r < L.size; r++) {
    const id = L.id[r]!;
    const guess = lastKey >= 0 ? nextKey[lastKey] : undefined;
    let k = guess !== undefined && keys[guess] === id ? guess : keyOf.get(id);
    if (k === undefined) {
      k = keys.length;
      keyOf.set(id, k);
      keys.push(id);
    }
    if (lastKey >= 0) nextKey[lastKey] = k;
    lastKey = k;
    rowKey[r] = k;
  }
  const byMonthStart = new Int32Array(span + 1);
  for (let r = 0; r < L.size; r++) byMonthStart[L.month[r]! - firstMonth + 1]!++;
  for (let m = 0; m < span; m++) byMonthStart[m + 1]! += byMonthStart[m]!;
  const inMonths = new Int32Array(L.size);
  const mFill = byMonthStart.slice(0, span);
  for (let r = 0; r < L.size; r++) inMonths[mFill[L.month[r]! - firstMonth]!++] = r;
  const start = new Int32Array(keys.length + 1);
  for (let r = 0; r < L.size; r++) start[rowKey[r]! + 1]!++;
  for (let k = 0; k < keys.length; k++) start[k + 1]! += start[k]!;
  const order = new Int32Array(L.size);
  const fill = start.slice(0, keys.length);
  for (let j = 0; j < L.size; j++) {
    const r = inMonths[j]!;
    order[fill[rowKey[r]!]!++] = r;
  }
  return { firstMonth, lastMonth, span, keys, start, order };
}

export function checkLedger(L: Ledger, a: Agreement): ComplianceResult {
  const { scheme: s, workforce: w, settings: set } = a;
  const tol = set.tolerance;
  const termFrom = monthIndex(a.termStart.slice(0, 7));
  const termTo = termFrom + 12 * a.termYears - 1;
  const steps = trancheMonths(a.termStart, a.tranches);

  // What each worker is due at signing, a month, by the rule as signed (top-ups included).
  const signed = computePay(w, s, { components: true });
  const base = new Float64Array(w.size);
  for (let i = 0; i < w.size; i++) base[i] = signed.annual[i]! / 12;
  const topped = signed.components!.guaranteeTopUp;
  const points: PerFactor<number> | undefined = signed.points ?? undefined;
  const regular: Scenario = { ...s, craftsmen: [] };
  const byId = new Map<string, number>();
  for (let i = 0; i < w.size; i++) byId.set(w.id[i]!, i);

  // A worker whose grade or rating changed: his pay by the same rule and the same point values (cached by the pair).
  const recomputed = new Map<string, { due: number; guaranteed: boolean }>();
  const dueAt = (i: number, level: number, rating: number): { due: number; guaranteed: boolean } => {
    if (level === w.level[i] && rating === w.rating[i]) return { due: base[i]!, guaranteed: topped[i]! > 0 };
    const key = `${i}:${level}:${rating}`;
    const hit = recomputed.get(key);
    if (hit !== undefined) return hit;
    const one: Workforce = {
      size: 1,
      id: [w.id[i]!],
      name: [w.name[i]!],
      department: [w.department[i]!],
      position: [w.position[i]!],
      positionValue: Float64Array.of(w.positionValue[i]!),
      level: Uint8Array.of(level),
      rating: Uint8Array.of(rating),
      innovation: Float64Array.of(w.innovation[i]!),
      yearsOfService: Float64Array.of(w.yearsOfService[i]!),
      monthlyPay: Float64Array.of(w.monthlyPay[i]!),
      postCategory: Uint8Array.of(w.postCategory[i]!),
      ...(w.apprentices ? { apprentices: Float64Array.of(w.apprentices[i]!) } : {}),
      ...(w.teamLeader ? { teamLeader: Uint8Array.of(w.teamLeader[i]!) } : {}),
    };
    const p = computePay(one, regular, { components: true, ...(points ? { points } : {}) });
    const v = { due: p.annual[0]! / 12, guaranteed: p.components!.guaranteeTopUp[0]! > 0 };
    recomputed.set(key, v);
    return v;
  };

  const { firstMonth, lastMonth, span, keys, start, order } = rowsByWorker(L);
  const asOf = a.asOf ?? (L.size ? lastMonth + 1 : termFrom);

  // What each month of the ledger holds to, worked out once a month: the tranches in force, the minimum wage, the pay day.
  const monthFactor = new Float64Array(span);
  const monthApplied: number[][] = [];
  const monthMw = new Float64Array(span);
  const monthPayDay = new Int32Array(span);
  const floorCache: (Float64Array | undefined)[] = [];
  for (let j = 0; j < span; j++) {
    const m = firstMonth + j;
    let factor = 1;
    const applied: number[] = [];
    for (const t of steps) if (t.month <= m) applied.push((factor *= t.factor));
    monthFactor[j] = factor;
    monthApplied.push(applied);
    monthMw[j] = minimumWageIn(set.minimumWage, m);
    const y = Math.floor((m + 1) / 12),
      mo = (m + 1) % 12;
    const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
    monthPayDay[j] = Math.round(Date.UTC(y, mo, Math.min(set.payDay, last)) / 86_400_000);
  }
  /** The skill-talent floor of a post category and grade in month j (on that month's minimum wage). */
  const floorIn = (j: number, cat: number, level: number): number => {
    let f = floorCache[j];
    if (!f) {
      f = new Float64Array(POST_CATEGORIES.length * LEVELS.length).fill(NaN);
      floorCache[j] = f;
    }
    const at = (cat - 1) * LEVELS.length + level;
    let v = f[at]!;
    if (Number.isNaN(v)) f[at] = v = floorMonthly({ ...s, minimumMonthlyWage: monthMw[j]! }, POST_CATEGORIES[cat - 1]!, level);
    return v;
  };

  // The innovation rewards each team member is due and when (by the scheme's rules, at signing's wage bill for a cap on
  // it). Money paid as 创新奖励 goes to his rewards in the order they fall due; one due before the months checked is
  // taken as settled before the ledger (its payment is not in it).
  const dues = s.innovation && a.innovation && a.innovation.achievements.size > 0 ? rewardsDue({ a: a.innovation.achievements, rules: s.innovation, wageBill: signed.summary.wageBill }) : null;
  const dueFrom = Math.max(termFrom, firstMonth);
  let innoDue = 0,
    innoPaid = 0;
  const innoWorkers = new Set<string>();
  const achievementIds = a.innovation?.achievements.id ?? [];

  const findings: Finding[] = [];
  let outsideTerm = 0,
    checked = 0,
    noPayDate = 0,
    craftsmenMonths = 0,
    late = 0;
  const notInSheet = new Set<string>();
  let raiseAgreed = 0,
    raisePaid = 0;
  const monthOwed = new Float64Array(span);
  const monthAgreed = new Float64Array(span);
  const monthPaid = new Float64Array(span);
  const monthWorkers: Set<string>[] = Array.from({ length: span }, () => new Set<string>());
  const monthSeen = new Uint8Array(span);
  const [r150, r200, r300] = set.overtimeRates;
  const perHour = 1 / set.paidDaysPerMonth / set.hoursPerDay;
  const it = L.items;
  const { contract: cContract, overtime: cOvertime, special: cSpecial, bonus: cBonus, innovation: cInnovation, loss: cLoss } = it;
  const [hours0, hours1, hours2] = L.hours;

  // Workers in id order, whatever the ledger's row order: every sum is then made in one order (the same ledger sorted
  // otherwise gives the same figures to the last bit).
  const byName = Array.from(keys.keys()).sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : 0));
  type Level = { kind: FindingKind; agreed: number; paid: number; short: number; detail: string };
  // The worker and row being checked, for the two helpers below (made once, not for each of a million rows).
  let mine: Finding[] = [];
  let levels: Level[] | null = null;
  const cur = { id: '', i: -1, m: 0, r: 0, level: 0 };
  const below = (x: Level) => (levels ??= []).push(x);
  const add = (kind: FindingKind, agreed: number, paid: number, short: number, detail = '', also: FindingKind[] = []) =>
    mine.push({ worker: cur.id, month: cur.m, kind, also, agreed: round2(agreed), paid: round2(paid), short: round2(short), madeGood: 0, madeGoodIn: -1, outstanding: round2(short), ageMonths: 0, detail, file: L.files[L.fileOf[cur.r]!] ?? '', row: L.rowOf[cur.r]!, department: cur.i >= 0 ? w.department[cur.i]! : '', level: cur.level });
  const checkWorker = (k: number) => {
    const from = start[k]!,
      to = start[k + 1]!;
    const id = keys[k]!;
    const i = byId.get(id) ?? -1;
    const craftsman = i >= 0 && signed.craftsman[i] === 1;
    mine = [];
    let prevRow = -1;
    let hasBack = false;
    const myDues: RewardDue[] | undefined = dues?.byMember.get(id);
    const nDues = myDues ? myDues.length : 0;
    const duePaid = nDues ? new Float64Array(nDues) : NO_DUES;
    const dueFinding: (Finding | null)[] = nDues ? new Array<Finding | null>(nDues).fill(null) : [];
    let dueHead = 0,
      dueNext = 0;
    for (let d = 0; d < nDues; d++) if (myDues![d]!.month < dueFrom) duePaid[d] = myDues![d]!.amount;
    for (let q = from; q < to; q++) {
      const r = order[q]!;
      const m = L.month[r]!;
      const j = m - firstMonth;
      const prev = prevRow >= 0 && L.month[prevRow] === m - 1 ? prevRow : -1;
      prevRow = r;
      if (it.backPay[r]! > 0) hasBack = true;
      // Innovation rewards paid this month: to his rewards in the order they fall due (a reward already found short is made good).
      let money = nDues ? cInnovation[r]! : 0;
      while (money > 0 && dueHead < nDues) {
        const room = myDues![dueHead]!.amount - duePaid[dueHead]!;
        if (room <= 1e-9) {
          dueHead++;
          continue;
        }
        const take = money < room ? money : room;
        duePaid[dueHead]! += take;
        money -= take;
        const f = dueFinding[dueHead];
        if (f) {
          f.madeGood += take;
          f.madeGoodIn = m;
        }
      }
      if (m < termFrom || m > termTo) {
        outsideTerm++;
        continue;
      }
      checked++;
      monthSeen[j] = 1;
      const days = L.days[r]!;
      const part = days !== days ? 1 : Math.min(1, days / set.paidDaysPerMonth);
      const contract = cContract[r]!;
      const gross = contract + cOvertime[r]! + cSpecial[r]! + cBonus[r]! + cInnovation[r]!;
      // Pay for the minimum wage: less overtime and the special-condition allowances (《最低工资规定》第十二条); back pay is another month's.
      const normal = contract + cBonus[r]! + cInnovation[r]!;
      const mw = monthMw[j]!;
      levels = null;
      let level = i >= 0 ? w.level[i]! : L.level[r]!;
      let fullDue = NaN;

      // The pay rule, its tranches and the guarantee (regular workers of the pay sheet); then the law's floors.
      if (i >= 0 && !craftsman) {
        const g = prev >= 0 && L.level[prev]! >= 0 ? L.level[prev]! : w.level[i]!;
        const qr = prev >= 0 && L.rating[prev]! >= 0 ? L.rating[prev]! : w.rating[i]!;
        level = g;
        let b: number, guaranteed: boolean;
        if (g === w.level[i] && qr === w.rating[i]) {
          b = base[i]!;
          guaranteed = topped[i]! > 0;
        } else {
          const x = dueAt(i, g, qr);
          b = x.due;
          guaranteed = x.guaranteed;
        }
        fullDue = b * monthFactor[j]!;
        const due = fullDue * part;
        const before = w.monthlyPay[i]! * part;
        raiseAgreed += due - before;
        raisePaid += Math.min(contract, due) - before;
        monthAgreed[j]! += due;
        monthPaid[j]! += contract;
        const short = due - contract;
        if (short > tol) {
          // j: how many of the tranches in force the pay reflects (the most whose level it reaches); the next was not applied.
          const applied = monthApplied[j]!;
          let n = -1;
          for (let x = applied.length - 1; x >= 0; x--) {
            if (contract + tol >= b * (x === 0 ? 1 : applied[x - 1]!) * part) {
              n = x;
              break;
            }
          }
          // Below the guarantee: the clause owed is the guarantee where it is what makes up his pay (his pay by the rule is
          // below his pay before the change); otherwise the pay rule, with the guarantee named beside it.
          const belowGuarantee = s.noLossGuarantee && contract + tol < before;
          if (n >= 0) below({ kind: 'tranche', agreed: due, paid: contract, short, detail: steps[n]!.date });
          else if (belowGuarantee && guaranteed) below({ kind: 'guarantee', agreed: due, paid: contract, short, detail: '' });
          else {
            below({ kind: 'payRule', agreed: due, paid: contract, short, detail: '' });
            if (belowGuarantee) below({ kind: 'guarantee', agreed: before, paid: contract, short: before - contract, detail: '' });
          }
        }
      } else if (i >= 0) craftsmenMonths++;
      else notInSheet.add(id);
      const mwDue = mw * part;
      if (mwDue - normal > tol) below({ kind: 'minimumWage', agreed: mwDue, paid: normal, short: mwDue - normal, detail: String(mw) });
      const cat = i >= 0 ? w.postCategory[i]! : 0;
      if (cat > 0 && !craftsman && mw > 0) {
        const floor = floorIn(j, cat, level) * part;
        if (floor - normal > tol) below({ kind: 'skillFloor', agreed: floor, paid: normal, short: floor - normal, detail: '' });
      }
      cur.id = id;
      cur.i = i;
      cur.m = m;
      cur.r = r;
      cur.level = level;
      if (levels) {
        const ls = levels as Level[];
        ls.sort((x, y) => y.short - x.short);
        const top = ls[0]!;
        add(top.kind, top.agreed, top.paid, top.short, top.detail, ls.slice(1).map((x) => x.kind));
      }

      // Innovation rewards due by this month's pay (and any due in a month he has no row for): what was paid toward them.
      if (dueNext < nDues && myDues![dueNext]!.month <= m) {
        let due = 0,
          paid = 0,
          first = -1;
        const group: number[] = [];
        for (; dueNext < nDues && myDues![dueNext]!.month <= m; dueNext++) {
          const d = myDues![dueNext]!;
          if (d.month < dueFrom) continue;
          if (first < 0) first = d.month;
          due += d.amount;
          paid += duePaid[dueNext]!;
          group.push(dueNext);
        }
        if (group.length) {
          innoDue += due;
          innoPaid += paid;
          innoWorkers.add(id);
          if (due - paid > tol) {
            const unpaid = group.filter((g) => duePaid[g]! < myDues![g]!.amount - 1e-9);
            const names = [...new Set(unpaid.map((g) => achievementIds[myDues![g]!.achievement] ?? ''))];
            add('innovation', due, paid, due - paid, `${monthText(first)};${names.slice(0, 5).join(',')}${names.length > 5 ? `,+${names.length - 5}` : ''}`);
            // Later payments to these rewards make this finding good.
            for (const g of unpaid) dueFinding[g] = mine[mine.length - 1]!;
          }
        }
      }

      // Overtime, where hours are recorded: on the worker's own normal-hours wage, never below the minimum wage.
      const h1 = hours0[r]!,
        h2 = hours1[r]!,
        h3 = hours2[r]!;
      if (h1 === h1 || h2 === h2 || h3 === h3) {
        const x1 = h1 === h1 ? h1 : 0,
          x2 = h2 === h2 ? h2 : 0,
          x3 = h3 === h3 ? h3 : 0;
        const monthly = Math.max(fullDue === fullDue ? fullDue : contract / part, mw);
        const due = monthly * perHour * (r150 * x1 + r200 * x2 + r300 * x3);
        const paid = cOvertime[r]!;
        if (due - paid > tol) add('overtime', due, paid, due - paid, `${x1}/${x2}/${x3}`);
      }

      // Deductions for a loss: at most the set share of the month's pay, and what is left not below the minimum wage.
      const loss = cLoss[r]!;
      if (loss > 0) {
        const allowed = Math.max(0, Math.min(set.deductionShare * gross, gross - mwDue));
        if (loss - allowed > tol) add('deduction', allowed, loss, loss - allowed);
      }

      // Paid on time: by the agreed day of the month after.
      const on = L.paidOn[r]!;
      if (on < 0) noPayDate++;
      else if (on > monthPayDay[j]!) {
        late++;
        add('late', 0, 0, 0, String(on - monthPayDay[j]!));
      }
    }
    if (!mine.length) return;
    for (const f of mine)
      if (f.kind === 'innovation') {
        f.madeGood = round2(f.madeGood);
        f.outstanding = round2(f.short - f.madeGood);
      }

    // Back pay in later months makes good what is owed: to the month it names first, then the oldest.
    if (hasBack) {
      const owedFindings = mine.filter((f) => f.short > 0);
      for (let q = from; q < to; q++) {
        const r = order[q]!;
        let money = it.backPay[r]!;
        if (money <= 0) continue;
        const m = L.month[r]!;
        const target = L.backPayFor[r]!;
        const eligible = owedFindings.filter((f) => f.month < m);
        const ordered = [...eligible.filter((f) => f.month === target), ...eligible.filter((f) => f.month !== target)];
        for (const f of ordered) {
          if (money <= 0) break;
          const take = Math.min(money, f.outstanding);
          if (take <= 0) continue;
          f.madeGood = round2(f.madeGood + take);
          f.outstanding = round2(f.outstanding - take);
          f.madeGoodIn = m;
          money -= take;
        }
      }
    }
    for (const f of mine) {
      if (f.outstanding <= tol) f.outstanding = 0;
      // Due on the pay day of the month after its month; owed since then, counted in whole months to the check's month.
      f.ageMonths = f.outstanding > 0 ? Math.max(0, asOf - (f.month + 1)) : 0;
      findings.push(f);
      if (f.short > 0) {
        monthWorkers[f.month - firstMonth]!.add(f.worker);
        monthOwed[f.month - firstMonth]! += f.short;
      }
    }
    };
  for (const k of byName) checkWorker(k);

  // The figures a union chair asks for.
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, { findings: 0, owed: 0, outstanding: 0 }])) as ComplianceResult['byKind'];
  const perWorker = new Map<string, { department: string; owed: number; outstanding: number; months: Set<number> }>();
  const grade = new Map<string, { findings: number; workers: Set<string>; owed: number; outstanding: number }>();
  const dept = new Map<string, { findings: number; workers: Set<string>; owed: number; outstanding: number }>();
  let owed = 0,
    madeGood = 0,
    outstanding = 0;
  const workerMonths = new Set<string>();
  for (const f of findings) {
    const b = byKind[f.kind];
    b.findings++;
    b.owed += f.short;
    b.outstanding += f.outstanding;
    if (f.short <= 0) continue;
    owed += f.short;
    madeGood += f.madeGood;
    outstanding += f.outstanding;
    workerMonths.add(`${f.worker}\u0000${f.month}`);
    const pw = perWorker.get(f.worker) ?? { department: f.department, owed: 0, outstanding: 0, months: new Set<number>() };
    pw.owed += f.short;
    pw.outstanding += f.outstanding;
    pw.months.add(f.month);
    perWorker.set(f.worker, pw);
    for (const [map, key] of [
      [grade, f.level >= 0 ? LEVELS[f.level]! : '—'],
      [dept, f.department || '—'],
    ] as const) {
      const g = map.get(key) ?? { findings: 0, workers: new Set<string>(), owed: 0, outstanding: 0 };
      g.findings++;
      g.workers.add(f.worker);
      g.owed += f.short;
      g.outstanding += f.outstanding;
      map.set(key, g);
    }
  }
  const groups = (map: Map<string, { findings: number; workers: Set<string>; owed: number; outstanding: number }>): Group[] =>
    [...map].map(([key, g]) => ({ key, findings: g.findings, workers: g.workers.size, owed: round2(g.owed), outstanding: round2(g.outstanding) })).sort((x, y) => y.owed - x.owed || (x.key < y.key ? -1 : 1));
  for (const k of FINDING_KINDS) {
    byKind[k].owed = round2(byKind[k].owed);
    byKind[k].outstanding = round2(byKind[k].outstanding);
  }
  const top = [...perWorker]
    .map(([worker, p]) => ({ worker, department: p.department, owed: round2(p.owed), outstanding: round2(p.outstanding), months: p.months.size }))
    .sort((x, y) => y.outstanding - x.outstanding || y.owed - x.owed || (x.worker < y.worker ? -1 : 1))
    .slice(0, 20);
  findings.sort((x, y) => x.month - y.month || (x.worker < y.worker ? -1 : x.worker > y.worker ? 1 : 0) || FINDING_KINDS.indexOf(x.kind) - FINDING_KINDS.indexOf(y.kind));
  return {
    scheme: s.name,
    fingerprint: a.fingerprint,
    rows: L.size,
    checked,
    outsideTerm,
    lawOnly: { craftsmen: craftsmenMonths, notInSheet: notInSheet.size, notInSheetIds: [...notInSheet].sort().slice(0, 20) },
    noPayDate,
    months: L.size ? { from: firstMonth, to: lastMonth } : null,
    asOf,
    findings,
    totals: { owed: round2(owed), madeGood: round2(madeGood), outstanding: round2(outstanding), workers: perWorker.size, workerMonths: workerMonths.size, late },
    byKind,
    byMonth: Array.from({ length: span }, (_, j) => j)
      .filter((j) => monthSeen[j])
      .map((j) => ({ month: firstMonth + j, workers: monthWorkers[j]!.size, owed: round2(monthOwed[j]!), agreed: round2(monthAgreed[j]!), paid: round2(monthPaid[j]!) })),
    byGrade: groups(grade),
    byDepartment: groups(dept),
    top,
    raise: { agreed: round2(raiseAgreed), paid: round2(raisePaid), share: raiseAgreed > 0 ? raisePaid / raiseAgreed : null },
    settings: a.settings,
    innovation: s.innovation ? { achievements: a.innovation?.achievements.size ?? 0, due: round2(innoDue), paidOnTime: round2(innoPaid), workers: innoWorkers.size, planYears: dues?.years ?? null, payBy: payByOf(s.innovation) } : null,
  };
}
