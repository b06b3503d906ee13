/**
 * 履约检查, worked by hand. A pay table (scale) scheme, so that every worker's
 * due pay is a line of arithmetic:
 *   monthly = (10 × position value + skill rate of his grade) × rating coefficient + 30 × years
 * with skill rates L1…L8 = 1,000, 1,200, …, 2,400 and C = 1.0, B = 1.1, A = 1.2.
 * The term starts 2027-01-01 for two years; one tranche of 3 % from July of year 1.
 * The minimum wage is 2,280 until June 2027 and 2,500 from July (a mid-year change).
 */
import { describe, expect, it } from 'vitest';
import { checkLedger, DEFAULT_COMPLIANCE, monthIndex, type Agreement, type ComplianceResult, type Finding } from '../../models/compliance';
import { tableToLedger } from '../../models/io/ledger';
import { csvRows } from '../../models/io/csv';
import { fingerprint } from '../../models/fingerprint';
import { computePay } from '../../models/pay/pay';
import { workforceFromRecords } from '../../models/pay/workforce';
import type { WorkerRecord } from '../../models/types';
import { close, scenario } from '../helpers';
import { Rng } from '../../models/rng';
import { innovationOf, rewardsDue } from '../../models/innovation/innovation';
import { tableToAchievements } from '../../models/io/achievements';
import { validateScenario, type Scenario } from '../../models/pay/scenario';

const rec = (id: string, pv: number, level: WorkerRecord['skillLevel'], rating: WorkerRecord['performance'], years: number, pay: number, postCategory?: WorkerRecord['postCategory']): WorkerRecord => ({ id, name: `n${id}`, department: id === 'W4' ? '装配' : '机加', position: 'p', positionValue: pv, skillLevel: level, performance: rating, innovation: 0, yearsOfService: years, monthlyPay: pay, postCategory });

const sheet = workforceFromRecords([
  rec('W1', 200, 'L3', 'C', 10, 3500), // (2,000 + 1,400) × 1.0 + 300 = 3,700
  rec('W2', 150, 'L2', 'B', 2, 3000), // (1,500 + 1,200) × 1.1 + 60 = 3,030; at L3 from April: (1,500 + 1,400) × 1.1 + 60 = 3,250
  rec('W3', 300, 'L5', 'A', 20, 6000), // (3,000 + 1,800) × 1.2 + 600 = 6,360
  rec('W4', 200, 'L4', 'C', 0, 3600, 'core'), // (2,000 + 1,600) × 1.0 = 3,600; core post's floor 2 × the minimum wage
]);
const scheme = scenario({
  name: '能级工资表',
  mode: 'scale',
  scale: { positionRate: 10, skillRates: { L1: 1000, L2: 1200, L3: 1400, L4: 1600, L5: 1800, L6: 2000, L7: 2200, L8: 2400 }, innovationRate: 0 },
  seniorityMonthlyPerYear: 30,
  seniorityCapYears: 20,
  minimumMonthlyWage: 2280,
});
const settings = { ...DEFAULT_COMPLIANCE, minimumWage: [{ from: '2020-01', monthly: 2280, source: 'test', verified: true }, { from: '2027-07', monthly: 2500, source: 'test', verified: true }] };
const agreement = (over: Partial<Agreement> = {}): Agreement => ({ scheme, fingerprint: fingerprint(scheme), workforce: sheet, termStart: '2027-01-01', termYears: 2, tranches: [{ year: 1, month: 7, percent: 0.03 }], settings, ...over });

const HEADER = '月份,工号,姓名,身份证号,技能等级,计薪天数,岗位工资,技能工资,加班工资,延时加班小时,休息日加班小时,法定节假日加班小时,赔偿扣款,补发工资,补发所属月份,创新奖励,发放日期';
/** A ledger row: the contract pay split over two columns (岗位, 技能), as payrolls do. */
function row(month: string, id: string, pay: number, o: { level?: string; days?: number; overtime?: number; hours?: [number, number, number]; loss?: number; back?: number; backFor?: string; innovation?: number; paidOn?: string } = {}): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const half = Math.round(pay * 50) / 100;
  return [month, id, `n${id}`, '320000199001011234', o.level ?? '', o.days ?? '', half, Math.round((pay - half) * 100) / 100, o.overtime ?? '', ...(o.hours ?? ['', '', '']), o.loss ?? '', o.back ?? '', o.backFor ?? '', o.innovation ?? '', o.paidOn ?? `${next}-10`].join(',');
}
const months = Array.from({ length: 12 }, (_, k) => `2027-${String(k + 1).padStart(2, '0')}`);
function ledgerOf(lines: string[]) {
  const r = tableToLedger(csvRows([HEADER, ...lines].join('\n')).rows, { file: 'ledger.csv' });
  expect(r.errors).toEqual([]);
  return r;
}
const of = (r: ComplianceResult, worker: string, month?: string) => r.findings.filter((f) => f.worker === worker && (month === undefined || f.month === monthIndex(month)));
const owedOf = (fs: Finding[]) => fs.reduce((s, f) => s + f.short, 0);

describe('履约检查, worked by hand', () => {
  it('the engine agrees with the hand arithmetic of each worker’s due pay', () => {
    const r = computePay(sheet, scheme);
    expect(Array.from(r.annual, (x) => x / 12)).toEqual([3700, 3030, 6360, 3600]);
  });

  it('a ledger that pays exactly what is due shows nothing, and reads no ID number', () => {
    const due = (id: string, m: number) => ({ W1: 3700, W2: 3030, W3: 6360, W4: 4560 })[id]! * (m >= 6 && id !== 'W4' ? 1.03 : 1) + (id === 'W4' && m >= 6 ? 440 : 0);
    const lines = months.flatMap((mo, m) => ['W1', 'W2', 'W3', 'W4'].map((id) => row(mo, id, Math.round(due(id, m) * 100) / 100)));
    const imp = ledgerOf(lines);
    expect(imp.personalColumns).toBe(1);
    expect(JSON.stringify(imp.ledger)).not.toContain('320000199001011234');
    const r = checkLedger(imp.ledger, agreement());
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(48);
    expect(r.totals.owed).toBe(0);
  });

  it('a tranche starting in July and not applied: 111 元 short each month from July, naming the tranche and its date', () => {
    const r = checkLedger(ledgerOf(months.map((mo) => row(mo, 'W1', 3700))).ledger, agreement());
    const f = of(r, 'W1');
    expect(f.map((x) => x.month)).toEqual(months.slice(6).map(monthIndex));
    for (const x of f) {
      expect(x.kind).toBe('tranche');
      expect(x.detail).toBe('2027-07-01');
      close(x.agreed, 3811); // 3,700 × 1.03
      close(x.short, 111);
    }
    close(r.totals.owed, 6 * 111);
    // Due on 15 August for July: five months to January 2028 (the month after the ledger's last).
    expect(f[0]!.ageMonths).toBe(5);
    expect(f[5]!.ageMonths).toBe(0);
  });

  it('a promotion in March counts from April; a shortfall made good two months later by back pay is said so', () => {
    const lines = months.map((mo, m) => {
      if (m < 2) return row(mo, 'W2', 3030);
      if (m === 3) return row(mo, 'W2', 3030, { level: '中级工' }); // April: still paid at L2
      if (m === 5) return row(mo, 'W2', 3250 * 1.03, { level: 'L3', back: 220, backFor: '2027-04' });
      return row(mo, 'W2', m >= 6 ? 3250 * 1.03 : 3250, { level: 'L3' });
    });
    // March shows L3 and is paid 3,250 (more than due at L2: no finding); April is due 3,250 and paid 3,030.
    const r = checkLedger(ledgerOf(lines).ledger, agreement());
    const f = of(r, 'W2');
    expect(f).toHaveLength(1);
    expect(f[0]!.month).toBe(monthIndex('2027-04'));
    expect(f[0]!.kind).toBe('payRule');
    close(f[0]!.agreed, 3250);
    close(f[0]!.short, 220);
    close(f[0]!.madeGood, 220);
    expect(f[0]!.outstanding).toBe(0);
    expect(f[0]!.madeGoodIn).toBe(monthIndex('2027-06'));
    expect(r.totals.outstanding).toBe(0);
  });

  it('a worker joining on the 15th: the month is due by paid days over 21.75', () => {
    const r = checkLedger(ledgerOf([row('2027-01', 'W3', 3000, { days: 12 })]).ledger, agreement());
    const f = of(r, 'W3');
    expect(f).toHaveLength(1);
    close(f[0]!.agreed, Math.round((6360 * 12) / 21.75 * 100) / 100);
    close(f[0]!.short, Math.round(((6360 * 12) / 21.75 - 3000) * 100) / 100);
  });

  it('the minimum wage changing in July: a worker not in the pay sheet paid 2,400 is 100 元 short from July, by the law only', () => {
    const r = checkLedger(ledgerOf(months.map((mo) => row(mo, 'J9', 2400))).ledger, agreement());
    const f = of(r, 'J9');
    expect(f.map((x) => [x.kind, x.short, x.agreed])).toEqual(months.slice(6).map(() => ['minimumWage', 100, 2500]));
    expect(r.lawOnly.notInSheet).toBe(1);
    expect(f[0]!.also).toEqual([]);
  });

  it('the skill-talent floor follows the minimum wage: a core post at 4,800 falls 200 short of 2 × 2,500 from July', () => {
    const r = checkLedger(ledgerOf(months.map((mo) => row(mo, 'W4', 4800))).ledger, agreement());
    const f = of(r, 'W4');
    expect(f.map((x) => [x.kind, x.agreed, x.short])).toEqual(months.slice(6).map(() => ['skillFloor', 5000, 200]));
  });

  it('overtime at 150/200/300 % of the hourly wage (monthly ÷ 21.75 ÷ 8)', () => {
    const r = checkLedger(ledgerOf([row('2027-05', 'W1', 3700, { overtime: 800, hours: [10, 8, 8] })]).ledger, agreement());
    const f = of(r, 'W1', '2027-05');
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('overtime');
    const due = (3700 / 21.75 / 8) * (1.5 * 10 + 2 * 8 + 3 * 8);
    close(f[0]!.agreed, Math.round(due * 100) / 100);
    close(f[0]!.short, Math.round((due - 800) * 100) / 100);
    expect(f[0]!.detail).toBe('10/8/8');
  });

  it('a deduction for a loss over 20 % of the month’s pay: the excess is owed', () => {
    const r = checkLedger(ledgerOf([row('2027-02', 'W1', 3700, { loss: 1000 })]).ledger, agreement());
    const f = of(r, 'W1', '2027-02');
    expect(f.map((x) => [x.kind, x.agreed, x.paid, x.short])).toEqual([['deduction', 740, 1000, 260]]);
    // And where 20 % would leave less than the minimum wage, only what keeps it is allowed: 2,400 − 2,280 = 120.
    const low = checkLedger(ledgerOf([row('2027-02', 'J9', 2400, { loss: 300 })]).ledger, agreement());
    expect(of(low, 'J9').map((x) => [x.kind, x.agreed, x.short])).toEqual([['deduction', 120, 180]]);
  });

  it('a late payment: paid on 20 April for March, five days after the 15th; nothing owed', () => {
    const r = checkLedger(ledgerOf([row('2027-03', 'W1', 3700, { paidOn: '2027-04-20' }), row('2027-04', 'W1', 3700, { paidOn: '2027/5/15' })]).ledger, agreement());
    const f = of(r, 'W1');
    expect(f.map((x) => [x.kind, x.detail, x.short])).toEqual([['late', '5', 0]]);
    expect(r.totals.late).toBe(1);
    expect(r.totals.owed).toBe(0);
  });

  it('pay below both the rule and the minimum wage is one amount owed, the larger, with the other named', () => {
    const r = checkLedger(ledgerOf([row('2027-02', 'W2', 2000)]).ledger, agreement());
    const f = of(r, 'W2');
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('payRule');
    close(f[0]!.short, 1030);
    expect(f[0]!.also).toEqual(['minimumWage']);
  });

  it('months outside the term are not checked, and are counted', () => {
    const r = checkLedger(ledgerOf([row('2026-12', 'W1', 100), row('2029-01', 'W1', 100)]).ledger, agreement());
    expect(r.findings).toEqual([]);
    expect(r.outsideTerm).toBe(2);
  });
});

describe('履约检查, properties', () => {
  /** A ledger of the four workers over the 12 months, pay drawn around what is due (some below), with overtime and deductions. */
  function randomLines(rng: Rng) {
    return months.flatMap((mo) =>
      ['W1', 'W2', 'W3', 'W4', 'J9'].map((id) => {
        const pay = Math.round(2000 + rng.next() * 5000);
        const ot = rng.next() < 0.3 ? { overtime: Math.round(rng.next() * 1000), hours: [Math.round(rng.next() * 20), Math.round(rng.next() * 16), Math.round(rng.next() * 8)] as [number, number, number] } : {};
        const loss = rng.next() < 0.2 ? { loss: Math.round(rng.next() * 1500) } : {};
        const back = rng.next() < 0.15 ? { back: Math.round(rng.next() * 800) } : {};
        return row(mo, id, pay, { ...ot, ...loss, ...back, level: rng.next() < 0.1 ? 'L4' : '' });
      }),
    );
  }

  it('the total owed is the sum over worker-months, and over the months; outstanding + made good = owed', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = checkLedger(ledgerOf(randomLines(new Rng(seed))).ledger, agreement());
      close(r.totals.owed, owedOf(r.findings), 1e-9);
      close(r.totals.owed, r.byMonth.reduce((s, m) => s + m.owed, 0), 1e-9);
      close(r.totals.owed, Object.values(r.byKind).reduce((s, k) => s + k.owed, 0), 1e-9);
      close(r.totals.owed, r.totals.outstanding + r.totals.madeGood, 1e-9);
      for (const f of r.findings) expect(f.short).toBeGreaterThanOrEqual(0);
    }
  });

  it('raising any payment never adds a shortfall', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const rng = new Rng(seed);
      const lines = randomLines(rng);
      const before = checkLedger(ledgerOf(lines).ledger, agreement());
      const k = Math.floor(rng.next() * lines.length);
      const cells = lines[k]!.split(',');
      const col = [6, 7, 8][Math.floor(rng.next() * 3)]!; // 岗位工资, 技能工资 or 加班工资
      cells[col] = String(Number(cells[col] || 0) + 1 + Math.round(rng.next() * 2000));
      const after = checkLedger(ledgerOf(lines.map((l, j) => (j === k ? cells.join(',') : l))).ledger, agreement());
      expect(after.totals.owed).toBeLessThanOrEqual(before.totals.owed + 1e-9);
      // Per worker and month: nothing owed where nothing was, and never more (the clause named may change: paid more,
      // a month short of the rule can become one short of a tranche only).
      const owed = (r: ComplianceResult) => {
        const m = new Map<string, number>();
        for (const f of r.findings) if (f.short > 0) m.set(`${f.worker}/${f.month}`, (m.get(`${f.worker}/${f.month}`) ?? 0) + f.short);
        return m;
      };
      const was = owed(before);
      for (const [key, v] of owed(after)) if (!(v <= (was.get(key) ?? 0) + 1e-9)) expect.fail(`raising a payment added ${v} owed at ${key} (was ${was.get(key) ?? 0})`);
    }
  });

  it('the same ledger in any row order gives the same answer', () => {
    const lines = randomLines(new Rng(7));
    const a = checkLedger(ledgerOf(lines).ledger, agreement());
    const shuffled = [...lines];
    const rng = new Rng(8);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const b = checkLedger(ledgerOf(shuffled).ledger, agreement());
    const strip = (r: ComplianceResult) => ({ ...r, findings: r.findings.map(({ row: _row, ...f }) => f) });
    const sa = strip(a), sb = strip(b);
    for (const k of Object.keys(sa) as (keyof typeof sa)[]) expect([k, sb[k]]).toEqual([k, sa[k]]);
  });
});

describe('履约检查, a pool scheme: the point values fixed at signing', () => {
  it('a worker promoted is due his pay at the new grade by the signed skill point value, not by a pool shared anew', async () => {
    const { workers, FIVE } = await import('../helpers');
    const w = workers(FIVE);
    const pool = scenario({ name: '要素分配', mode: 'pool', annualPool: 600_000 });
    const signed = computePay(w, pool);
    const mSkill = signed.points!.skill; // 元 a year per point of grade coefficient
    // W1 (L1, coefficient 1) promoted to L2 (1.25) in January: due from February his pay + 0.25 × the skill point value a month.
    const due = signed.annual[0]! / 12 + (0.25 * mSkill) / 12;
    const HEAD = '月份,工号,技能等级,合同工资,发放日期';
    const lines = ['2027-01,W1,L2,' + (signed.annual[0]! / 12).toFixed(2) + ',2027-02-10', '2027-02,W1,L2,' + (signed.annual[0]! / 12).toFixed(2) + ',2027-03-10'];
    const L = tableToLedger(csvRows([HEAD, ...lines].join('\n')).rows, { file: 'p.csv' }).ledger;
    const r = checkLedger(L, { scheme: pool, fingerprint: fingerprint(pool), workforce: w, termStart: '2027-01-01', termYears: 1, tranches: [], settings: { ...DEFAULT_COMPLIANCE, minimumWage: [] } });
    expect(r.findings.map((f) => [f.month, f.kind])).toEqual([[monthIndex('2027-02'), 'payRule']]);
    close(r.findings[0]!.agreed, Math.round(due * 100) / 100);
    // A pool shared anew over the promoted workforce would pay him less than the signed value (everyone's skill points grew).
    const again = computePay(workers(FIVE.map((x) => (x[0] === 'W1' ? ['W1', x[1], 'L2', x[3], x[4], x[5], x[6]] : x)) as typeof FIVE), pool);
    expect(again.annual[0]! / 12).toBeLessThan(due - 1);
  });
});

/**
 * Innovation rewards due and unpaid, worked by hand. The scheme adds rules: a first-grade proposal earns 2,000 元 once
 * and 8 % then 5 % of its yearly saving; a one-off is paid with the pay of the second month after the month of its
 * date at the latest, a year's shares with the pay of March of the next year.
 *   X1 (2026-11-20, W1 60 % / W2 40 %, saving 100,000): the one-off 2,000 by January 2027 (W1 1,200, W2 800); the
 *      2026 share 8,000 by March 2027 (W1 4,800, W2 3,200); the 2027 share 5,000 by March 2028 (past the ledger).
 *   X2 (2027-04-05, W3 alone, nothing measured): 2,000 by June 2027.
 */
describe('履约检查: innovation rewards due by their dates', () => {
  const ACH = '成果编号,成果名称,类别,等级,日期,完成人,收益类型,年收益(元)';
  const imp = tableToAchievements([ACH, 'X1,集中回收切削液,合理化建议,一等,2026-11-20,W1:60;W2:40,节约,100000', 'X2,点检表简化,合理化建议,一等,2027-04-05,W3,,'].map((line, i) => ({ row: i + 1, cells: line.split(',') })), 'a.csv');
  expect(imp.errors).toEqual([]);
  const achievements = imp.achievements;
  const v = validateScenario({ ...scheme, innovation: { planYear: 2026, years: 3, oneOff: { suggestion: { first: 2000 } }, schedules: { saving: [0.08, 0.05] }, payBy: { oneOffMonths: 2, shareMonth: 3 } } });
  if (!v.ok) throw new Error(v.issues[0]!.message);
  const withRules: Scenario = v.scenario;
  const pay = (id: string, m: number) => ({ W1: 3700, W2: 3030, W3: 6360 })[id]! * (m >= 6 ? 1.03 : 1);
  const rewardsPaid: Record<string, Record<number, number>> = { W1: { 0: 1200, 2: 4800 }, W2: { 0: 800, 2: 2000, 4: 1200 }, W3: {} };
  const lines = (paid = rewardsPaid) => months.flatMap((mo, m) => ['W1', 'W2', 'W3'].map((id) => row(mo, id, Math.round(pay(id, m) * 100) / 100, { innovation: paid[id]![m] })));
  const check = (paid = rewardsPaid, over: Partial<Agreement> = {}) => checkLedger(ledgerOf(lines(paid)).ledger, agreement({ scheme: withRules, fingerprint: fingerprint(withRules), innovation: { achievements }, ...over }));

  it('each member is due his share by the month the rules say', () => {
    const d = rewardsDue({ a: achievements, rules: withRules.innovation!, wageBill: 0 });
    const as = (id: string) => d.byMember.get(id)!.map((x) => [x.month, Math.round(x.amount * 100) / 100, x.part, x.year]);
    expect(as('W1')).toEqual([[monthIndex('2027-01'), 1200, 'oneOff', 2026], [monthIndex('2027-03'), 4800, 'share', 2026], [monthIndex('2028-03'), 3000, 'share', 2027]]);
    expect(as('W2')).toEqual([[monthIndex('2027-01'), 800, 'oneOff', 2026], [monthIndex('2027-03'), 3200, 'share', 2026], [monthIndex('2028-03'), 2000, 'share', 2027]]);
    expect(as('W3')).toEqual([[monthIndex('2027-06'), 2000, 'oneOff', 2027]]);
    close(d.total, 2000 + 8000 + 5000 + 2000);
    expect(d.years).toEqual({ from: 2026, to: 2028 });
  });

  it('a share paid short in March and made good in May; a one-off never paid; the rewards paid on time show nothing', () => {
    const r = check();
    const inno = r.findings.filter((f) => f.kind === 'innovation');
    expect(inno.map((f) => [f.worker, f.month])).toEqual([['W2', monthIndex('2027-03')], ['W3', monthIndex('2027-06')]]);
    const [w2, w3] = inno as [Finding, Finding];
    expect([w2.agreed, w2.paid, w2.short, w2.madeGood, w2.outstanding, w2.madeGoodIn, w2.ageMonths]).toEqual([3200, 2000, 1200, 1200, 0, monthIndex('2027-05'), 0]);
    expect(w2.detail).toBe('2027-03;X1');
    // Due with June's pay (paid by 15 July): owed from July to January 2028, six months.
    expect([w3.agreed, w3.paid, w3.short, w3.madeGood, w3.outstanding, w3.ageMonths]).toEqual([2000, 0, 2000, 0, 2000, 6]);
    expect(w3.detail).toBe('2027-06;X2');
    expect(r.findings.filter((f) => f.kind !== 'innovation')).toEqual([]);
    expect(r.byKind.innovation).toEqual({ findings: 2, owed: 3200, outstanding: 2000 });
    // Due in the months checked: 1,200 + 800 + 4,800 + 3,200 + 2,000; paid toward it by then: all but 1,200 and 2,000.
    expect(r.innovation).toEqual({ achievements: 2, due: 12000, paidOnTime: 8800, workers: 3, planYears: { from: 2026, to: 2028 }, payBy: { oneOffMonths: 2, shareMonth: 3 } });
  });

  it('paid early counts; paid exactly on the dates shows nothing; without the achievements nothing is held and it says so', () => {
    const exact = check({ W1: { 0: 1200, 2: 4800 }, W2: { 0: 800, 2: 3200 }, W3: { 3: 2000 } });
    expect(exact.findings.filter((f) => f.kind === 'innovation')).toEqual([]);
    expect(exact.innovation!.paidOnTime).toBe(12000);
    const none = checkLedger(ledgerOf(lines()).ledger, agreement({ scheme: withRules, fingerprint: fingerprint(withRules) }));
    expect(none.innovation).toEqual({ achievements: 0, due: 0, paidOnTime: 0, workers: 0, planYears: null, payBy: { oneOffMonths: 2, shareMonth: 3 } });
    expect(none.findings.filter((f) => f.kind === 'innovation')).toEqual([]);
  });

  it('money paid before it is due goes to the oldest reward first; a later payment makes good the oldest shortfall', () => {
    // W2 is paid nothing in January and 4,000 in March: January's 800 is short in January; March's 4,000 pays it and
    // 3,200 of March's share, so March is not short.
    const r = check({ W1: { 0: 1200, 2: 4800 }, W2: { 2: 4000 }, W3: { 5: 2000 } });
    const f = r.findings.filter((x) => x.kind === 'innovation');
    expect(f.map((x) => [x.worker, x.month, x.short, x.madeGood, x.madeGoodIn, x.outstanding])).toEqual([['W2', monthIndex('2027-01'), 800, 800, monthIndex('2027-03'), 0]]);
  });

  it('property: paying any reward more never owes more, and what is outstanding never exceeds what fell due less what was paid', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rng = new Rng(seed);
      const paid: Record<string, Record<number, number>> = { W1: {}, W2: {}, W3: {} };
      for (const id of ['W1', 'W2', 'W3']) for (let m = 0; m < 12; m++) if (rng.next() < 0.3) paid[id]![m] = Math.round(rng.next() * 5000);
      const before = check(paid);
      const id = ['W1', 'W2', 'W3'][Math.floor(rng.next() * 3)]!;
      const m = Math.floor(rng.next() * 12);
      const more = { ...paid, [id]: { ...paid[id], [m]: (paid[id]![m] ?? 0) + Math.round(1 + rng.next() * 3000) } };
      const after = check(more);
      expect([seed, after.byKind.innovation.owed <= before.byKind.innovation.owed + 1e-6, after.byKind.innovation.outstanding <= before.byKind.innovation.outstanding + 1e-6]).toEqual([seed, true, true]);
      const given = Object.values(paid).reduce((t, x) => t + Object.values(x).reduce((u, v) => u + v, 0), 0);
      expect(before.byKind.innovation.outstanding).toBeGreaterThanOrEqual(Math.max(0, before.innovation!.due - given) - 1e-6);
      expect(before.byKind.innovation.outstanding).toBeLessThanOrEqual(before.innovation!.due + 1e-6);
    }
  });

  it('under a cap and with the statutory floors, what falls due over the plan is what the innovation answer pays, member by member', () => {
    const a = tableToAchievements(
      [ACH, 'P1,淬火补偿方法,发明专利,,2026-06-01,W1:50;W2:50,新增利润,1000000', 'P2,夹具快换结构,实用新型专利,,2026-09-01,W3,许可,200000', 'X3,工艺改进,技术革新,二等,2027-02-01,W1:30;W3:70,节约,50000'].map((line, i) => ({ row: i + 1, cells: line.split(',') })),
      'b.csv',
    ).achievements;
    const capped = validateScenario({ ...scheme, innovation: { planYear: 2026, years: 4, cap: { kind: 'amount', value: 60000 } } });
    if (!capped.ok) throw new Error(capped.issues[0]!.message);
    const s = capped.scenario;
    const ans = innovationOf(sheet, a, s)!;
    const d = rewardsDue({ a, rules: s.innovation!, wageBill: ans.result.wageBill.bill });
    expect(ans.result.byYear.some((y) => y.scale < 1)).toBe(true);
    close(d.total, ans.result.totalPaid, 1e-9);
    sheet.id.forEach((id, i) => close((d.byMember.get(id) ?? []).reduce((t, x) => t + x.amount, 0), ans.perWorker.total[i]!, 1e-9));
  });
});
