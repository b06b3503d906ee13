/**
 * Technical-innovation rewards (docs/model.md §12): every rule worked by hand,
 * then properties over random achievements and rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievementLines, computeInnovation, innovationOf, TOP_ACHIEVEMENTS, TOP_WORKERS, innovationTotals, memberIndex, planYearOf, scheduleForKeptShare, type InnovationRules } from '../../models/innovation/innovation';
import { tableToAchievements } from '../../models/io/achievements';
import { describeIssue } from '../../models/io/table';
import { defaultScenario, type ScenarioInput } from '../../models/pay/scenario';
import type { WorkerRecord } from '../../models/types';
import { workforceFromRecords } from '../../models/pay/workforce';

const rec = (id: string, level: WorkerRecord['skillLevel'], pay: number, department = '机加工车间', innovation = 0): WorkerRecord => ({ id, name: '', department, position: 'p', positionValue: 300, skillLevel: level, performance: 'C', innovation, yearsOfService: 0, monthlyPay: pay });
const W = workforceFromRecords([rec('W1', 'L4', 6000, '机加工车间', 3), rec('W2', 'L3', 5000, '装配车间', 1), rec('W3', 'L2', 4000, '装配车间')]);

const HEADER = '成果编号,成果名称,类别,等级,日期,完成人,收益类型,年收益(元)';
const achievements = (...rows: string[]) => {
  const r = tableToAchievements([HEADER, ...rows].map((line, i) => ({ row: i + 1, cells: line.split(',') })), 'a.csv');
  expect(r.errors).toEqual([]);
  return r.achievements;
};
/** A raise of 0 keeps pay as it is: the rewards are all that moves. */
const scheme = (innovation: ScenarioInput['innovation'] & object) => defaultScenario({ mode: 'raise', raise: { percent: 0, minMonthly: 0 }, innovation } as ScenarioInput);
/** The answer, with each achievement's line made from its columns (the answer carries columns). */
const run = (s: ReturnType<typeof scheme>, a: ReturnType<typeof achievements>) => {
  const r = innovationOf(W, a, s)!;
  return { ...r, result: { ...r.result, lines: achievementLines(a, r.result.achievements) } };
};

describe('innovation rewards, worked by hand', () => {
  it('a share of the added profit by the schedule 12/10/8/6/2 %, a one-off in the first year, nothing after the schedule, split 60/40', () => {
    const a = achievements('A1,齿轮渗碳变形控制,技术攻关,二等,2025-03-01,W1:60;W2:40,新增利润,100000');
    const s = scheme({ planYear: 2025, years: 6, oneOff: { breakthrough: { second: 6000 } }, schedules: { profit: [0.12, 0.1, 0.08, 0.06, 0.02] } });
    const { result, perWorker } = run(s, a);
    // 2025: 6,000 + 12 % of 100,000; then 10, 8, 6, 2 %; the sixth year nothing.
    expect(result.byYear.map((y) => y.paid)).toEqual([18000, 10000, 8000, 6000, 2000, 0]);
    expect(result.totalPaid).toBe(44000);
    expect(result.totalYield).toBe(600000);
    expect(result.keptShare).toBeCloseTo((600000 - 44000) / 600000, 15);
    expect(perWorker.planYear[0]).toBeCloseTo(10800, 9);
    expect(perWorker.planYear[1]).toBeCloseTo(7200, 9);
    expect(perWorker.total[0]).toBeCloseTo(26400, 9);
    expect(perWorker.total[1]).toBeCloseTo(17600, 9);
    expect(perWorker.total[2]).toBe(0);
    expect(result.lines[0]).toMatchObject({ id: 'A1', kind: 'breakthrough', grade: 'second', team: 2, planYear: 18000, total: 44000, toppedUp: 0, kept: 556000 });
  });

  it('the statutory floors of a service invention: 4,000 on grant and 5 % of the profit for three years, above a lower rule, and said', () => {
    const a = achievements('P1,一种齿轮淬火变形补偿方法,发明专利,,2025-06-01,W1,新增利润,1000000');
    const s = scheme({ planYear: 2025, years: 5, oneOff: { invention: { none: 3000 } }, schedules: { profit: [0.03, 0.03] } });
    const { result } = run(s, a);
    // Year 1: max(3,000, 4,000) + max(3 %, 5 %) × 1,000,000; year 2 the same share; year 3 the floor alone; then nothing.
    expect(result.byYear.map((y) => y.paid)).toEqual([54000, 50000, 50000, 0, 0]);
    expect(result.byYear.map((y) => y.byRules)).toEqual([33000, 30000, 0, 0, 0]);
    expect(result.lines[0]!.toppedUp).toBe(1000 + 20000 + 20000 + 50000);
    expect(result.belowFloors).toEqual([
      { kind: 'invention', part: 'reward', achievements: 1, topUp: 1000 },
      { kind: 'invention', part: 'remuneration', achievements: 1, topUp: 90000 },
    ]);
    // Without the floors the rules alone are paid.
    const off = run(scheme({ planYear: 2025, years: 5, statutoryFloors: false, oneOff: { invention: { none: 3000 } }, schedules: { profit: [0.03, 0.03] } }), a).result;
    expect(off.byYear.map((y) => y.paid)).toEqual([33000, 30000, 0, 0, 0]);
    expect(off.belowFloors).toEqual([]);
  });

  it('licence income: at least half of it every year; a utility model at least 1,500 on grant', () => {
    const a = achievements('P2,一种铸件浇注系统,实用新型,,2025-01-10,W2,许可,200000');
    const s = scheme({ planYear: 2025, years: 2, oneOff: { utility: { none: 1000 } }, schedules: { licence: [0.3] } });
    const { result } = run(s, a);
    expect(result.byYear.map((y) => y.paid)).toEqual([1500 + 100000, 100000]);
  });

  it('a cap pro-rates what is above the floors and never cuts a floor; a cap below the floors is said', () => {
    const a = achievements('P1,发明,发明专利,,2025-06-01,W1,新增利润,1000000', 'S1,建议,合理化建议,一等,2025-02-01,W2:50;W3:50,节约,100000');
    // Due in 2025: P1 = 4,000 + 12 % × 1,000,000 = 124,000 (floors 4,000 + 50,000); S1 = 2,000 + 8 % × 100,000 = 10,000 (no floors).
    const base = { planYear: 2025, years: 1, oneOff: { invention: { none: 4000 }, suggestion: { first: 2000 } }, schedules: { profit: [0.12], saving: [0.08] } };
    const free = run(scheme(base), a).result.byYear[0]!;
    expect([free.due, free.floors, free.paid]).toEqual([134000, 54000, 134000]);
    const capped = run(scheme({ ...base, cap: { kind: 'amount', value: 94000 } }), a);
    const y = capped.result.byYear[0]!;
    // λ = (94,000 − 54,000) / (134,000 − 54,000) = 0.5: P1 gets 54,000 + 0.5 × 70,000, S1 0.5 × 10,000.
    expect(y.scale).toBeCloseTo(0.5, 15);
    expect(y.paid).toBeCloseTo(94000, 9);
    expect(capped.result.lines.map((x) => x.planYear)).toEqual([89000, 5000]);
    expect(capped.perWorker.planYear[1]).toBeCloseTo(2500, 9);
    expect(capped.result.capBelowFloors).toEqual([]);
    const tight = run(scheme({ ...base, cap: { kind: 'amount', value: 30000 } }), a).result;
    expect(tight.byYear[0]!.paid).toBe(54000);
    expect(tight.capBelowFloors).toEqual([2025]);
    expect(tight.capForFloors).toBe(54000);
    expect(tight.capForDue).toBe(134000);
    // A share of the year's yields: 10 % of 1,100,000 = 110,000.
    const byYield = run(scheme({ ...base, cap: { kind: 'yield-share', value: 0.1 } }), a).result.byYear[0]!;
    expect(byYield.cap).toBeCloseTo(110000, 9);
    expect(byYield.paid).toBeCloseTo(110000, 9);
  });

  it('in the wage bill or beside it: the plan year\'s rewards join the bill and its growth only when counted in it', () => {
    const a = achievements('S1,建议,合理化建议,一等,2025-02-01,W1,节约,100000');
    const bill = 12 * (6000 + 5000 + 4000);
    const inBill = run(scheme({ planYear: 2025, years: 1, oneOff: { suggestion: { first: 2000 } }, schedules: { saving: [0.08] } }), a).result.wageBill;
    expect(inBill).toMatchObject({ included: true, bill: bill + 10000, rewards: 10000 });
    expect(inBill.growth).toBeCloseTo(10000 / bill, 14);
    const beside = run(scheme({ planYear: 2025, years: 1, inWageBill: false, oneOff: { suggestion: { first: 2000 } }, schedules: { saving: [0.08] } }), a).result.wageBill;
    expect(beside).toEqual({ included: false, bill, growth: 0, rewards: 10000 });
  });

  it('a team member missing from the pay sheet is still paid for (counted, named), and nobody else gets his share', () => {
    const a = achievements('S1,建议,合理化建议,一等,2025-02-01,W1:50;X9:50,节约,0');
    const { result, perWorker } = run(scheme({ planYear: 2025, years: 1, oneOff: { suggestion: { first: 2000 } } }), a);
    expect(result.byYear[0]!.paid).toBe(2000);
    expect(perWorker.planYear[0]).toBe(1000);
    expect(result.absent).toEqual({ members: 1, ids: ['X9'], planYear: 1000 });
  });

  it('the schedule that keeps the enterprise 80 % of the yield, found to 1e-6', () => {
    const a = achievements('A1,攻关,技术攻关,二等,2025-03-01,W1,新增利润,100000');
    const s = scheme({ planYear: 2025, years: 5, oneOff: { breakthrough: { second: 6000 } }, schedules: { profit: [0.12, 0.1, 0.08, 0.06, 0.02] } });
    // Kept = (500,000 − 6,000 − m × 38,000) / 500,000 = 0.8  ⇒  m = 94,000 / 38,000.
    const r = scheduleForKeptShare({ a, rules: s.innovation!, wageBill: 1 }, 0.8);
    expect(r.ok).toBe(true);
    expect(r.multiplier).toBeCloseTo(94000 / 38000, 5);
    expect(r.keptShare!).toBeGreaterThanOrEqual(0.8);
  });
});

// ---------------------------------------------------------------- properties

const KINDS = ['合理化建议', '技术革新', '技术攻关', '发明专利', '实用新型', '外观设计', '软件著作权', '先进操作法'];
const YIELDS = ['', '节约', '新增利润', '许可'];
const arbAchievement = fc.record({
  kind: fc.constantFrom(...KINDS),
  grade: fc.constantFrom('一等', '二等', '三等', ''),
  year: fc.integer({ min: 2022, max: 2027 }),
  team: fc.uniqueArray(fc.constantFrom('W1', 'W2', 'W3', 'X1'), { minLength: 1, maxLength: 4 }),
  yieldKind: fc.constantFrom(...YIELDS),
  amount: fc.integer({ min: 1, max: 2_000_000 }),
});
const arbRules = fc.record({
  years: fc.integer({ min: 1, max: 8 }),
  profit: fc.array(fc.integer({ min: 0, max: 300 }).map((x) => x / 1000), { minLength: 0, maxLength: 8 }),
  saving: fc.array(fc.integer({ min: 0, max: 300 }).map((x) => x / 1000), { minLength: 0, maxLength: 8 }),
  statutoryFloors: fc.boolean(),
  cap: fc.oneof(fc.constant({ kind: 'none' as const, value: 0 }), fc.integer({ min: 0, max: 500_000 }).map((value) => ({ kind: 'amount' as const, value })), fc.integer({ min: 0, max: 300 }).map((v) => ({ kind: 'yield-share' as const, value: v / 1000 }))),
});

describe('the plan year is the scheme\'s choice, never a date typed wrong', () => {
  it('an achievement dated after today is said and set aside: the plan year stays (was: one achievement dated 2031 moved the plan there, −72 % over 5 years, no word)', () => {
    const rows = ['A1,t,技术攻关,二等,2025-03-01,W1:60;W2:40,新增利润,600000', 'A2,t,合理化建议,一等,2031-06-01,W3,,'];
    const r = tableToAchievements([HEADER, ...rows].map((line, i) => ({ row: i + 1, cells: line.split(',') })), 'a.csv', '2026-12-04');
    expect(r.valid).toBe(1);
    expect(r.warnings.map((w) => [w.code, w.row, w.column, w.params.today])).toEqual([['achievement-future', 3, '日期', '2026-12-04']]);
    expect(describeIssue(r.warnings[0]!, 'zh')).toContain('成果日期 2031-06-01 晚于今天(2026-12-04)');
    expect(planYearOf(scheme({}).innovation as InnovationRules, r.achievements)).toBe(2025);
  });

  it('a plan year whose years end before the first achievement is refused, naming the field (was: planYear 1990, every reward 0)', () => {
    const a = achievements('A1,t,技术攻关,二等,2025-03-01,W1,新增利润,600000');
    expect(() => run(scheme({ planYear: 1990, years: 5 }), a)).toThrow('innovation.planYear: the plan\'s 5 year(s) from 1990 end in 1994, before the first achievement (2025)');
    expect(run(scheme({ planYear: 2021, years: 5 }), a).result.byYear.at(-1)!.paid).toBeGreaterThan(0);
  });
});

describe('innovation rewards, properties (fixed seed)', () => {
  it('the cap is never exceeded unless the floors alone exceed it; a worker gets the sum over his achievements; nothing is paid after the schedule and the floors end', () => {
    fc.assert(
      fc.property(fc.array(arbAchievement, { minLength: 1, maxLength: 12 }), arbRules, (list, r) => {
        // A plan that ends before every achievement is refused (below), not computed.
        fc.pre(list.some((x) => x.year <= 2025 + r.years - 1));
        const a = achievements(...list.map((x, k) => `A${k},t,${x.kind},${x.grade},${x.year}-06-01,${x.team.join(';')},${x.yieldKind},${x.yieldKind ? x.amount : ''}`));
        const s = scheme({ planYear: 2025, years: r.years, statutoryFloors: r.statutoryFloors, cap: r.cap, schedules: { profit: r.profit, saving: r.saving } });
        const rules = s.innovation as InnovationRules;
        const { result, perWorker } = run(s, a);
        for (const y of result.byYear) {
          if (y.cap !== null) expect(y.paid).toBeLessThanOrEqual(Math.max(y.cap, y.floors) * (1 + 1e-12) + 1e-9);
          expect(y.paid).toBeGreaterThanOrEqual(y.floors - 1e-9);
          expect(y.paid).toBeLessThanOrEqual(y.due + 1e-9);
        }
        // Σ workers + absent members = Σ achievements (plan year), and over the horizon per achievement.
        const workersPlan = perWorker.planYear.reduce((t, v) => t + v, 0);
        expect(workersPlan + result.absent.planYear).toBeCloseTo(result.byYear[0]!.paid, 6);
        expect(result.lines.reduce((t, x) => t + x.total, 0)).toBeCloseTo(result.totalPaid, 6);
        // The innovators of the measures are the rewarded of the tables: one count everywhere (was: 58 team members above tables of 33 rewarded).
        const rewarded = perWorker.planYear.reduce((t, v) => t + (v > 0 ? 1 : 0), 0);
        expect(result.measures.innovators).toBe(rewarded);
        expect(result.byLevel.reduce((t, g) => t + g.recipients, 0)).toBe(rewarded);
        expect(result.byDepartment.reduce((t, g) => t + g.recipients, 0)).toBe(rewarded);
        const teams = new Set(list.flatMap((x) => x.team).filter((id) => id !== 'X1'));
        expect(result.measures.members).toBe(teams.size);
        // An achievement older than its schedule, its floors and its one-off year earns nothing.
        const statutoryYears = rules.statutoryFloors ? rules.statutory.useYears : 0;
        // The page's table: the achievements paid most, in order, equal to their lines.
        const byTotal = [...result.lines].sort((p, q) => q.total - p.total || p.index - q.index).slice(0, TOP_ACHIEVEMENTS);
        expect(result.top).toEqual(byTotal);
        for (const x of result.lines) {
          const age = 2025 - x.year + 1;
          const longest = x.yieldKind === 'licence' && rules.statutoryFloors && ['invention', 'utility', 'design'].includes(x.kind) ? Infinity : Math.max(x.yieldKind === 'none' ? 0 : rules.schedules[x.yieldKind].length, ['invention', 'utility', 'design'].includes(x.kind) ? statutoryYears : 0, 1);
          if (age > longest) expect(x.planYear).toBe(0);
        }
      }),
      { seed: 20261202, numRuns: 150 },
    );
  });

  it('the band and the sensitivity, settled from each year\'s sums, equal the rules run again with the lever moved', () => {
    fc.assert(
      fc.property(fc.array(arbAchievement, { minLength: 1, maxLength: 10 }), arbRules, (list, r) => {
        // A plan that ends before every achievement is refused (below), not computed.
        fc.pre(list.some((x) => x.year <= 2025 + r.years - 1));
        const a = achievements(...list.map((x, k) => `A${k},t,${x.kind},${x.grade},${x.year}-06-01,${x.team.join(';')},${x.yieldKind},${x.yieldKind ? x.amount : ''}`));
        const s = scheme({ planYear: 2025, years: r.years, statutoryFloors: r.statutoryFloors, cap: r.cap, schedules: { profit: r.profit, saving: r.saving } });
        const { result } = run(s, a);
        const x = { a, rules: s.innovation!, wageBill: result.wageBill.included ? result.wageBill.bill - result.wageBill.rewards : result.wageBill.bill };
        const base = { yield: 1, schedules: 1, oneOff: 1, cap: 1 };
        const close = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
        for (const row of result.sensitivity) {
          for (const [f, side] of [[0.8, row.low], [1.2, row.high]] as const) {
            const t = innovationTotals(x, { ...base, [row.param]: f });
            close(side.paid, t.planYear);
            if (t.keptShare === null) expect(side.keptShare).toBeNull();
            else close(side.keptShare!, t.keptShare);
          }
        }
        const lowFirst = innovationTotals(x, { ...base, yield: s.innovation!.band.low }).planYear;
        close(result.byYear[0]!.paidLow, lowFirst);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('the workers the answer names are the first TOP_WORKERS of all rewarded workers sorted by plan year, horizon, then the sheet (ties included)', () => {
    // 60 workers, so that more are rewarded than the answer names; equal shares make ties.
    const big = workforceFromRecords(Array.from({ length: 60 }, (_, k) => rec(`W${k + 1}`, 'L3', 5000)));
    const arbLine = fc.record({
      year: fc.integer({ min: 2021, max: 2025 }),
      team: fc.uniqueArray(fc.integer({ min: 1, max: 65 }), { minLength: 1, maxLength: 6 }),
      amount: fc.constantFrom(10_000, 50_000, 100_000),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { minLength: 1, maxLength: 40 }), (list) => {
        const a = achievements(...list.map((x, k) => `A${k},t,技术攻关,二等,${x.year}-06-01,${x.team.map((m) => `W${m}`).join(';')},新增利润,${x.amount}`));
        const s = scheme({ planYear: 2025, years: 3, schedules: { profit: [0.1, 0.08, 0.05] } });
        const { perWorker } = innovationOf(big, a, s)!;
        const all = [...Array(big.size).keys()].filter((i) => perWorker.total[i]! > 0).sort((x, y) => perWorker.planYear[y]! - perWorker.planYear[x]! || perWorker.total[y]! - perWorker.total[x]! || x - y);
        expect(perWorker.top).toEqual(all.slice(0, TOP_WORKERS));
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('the same inputs give the same figures, and the totals used by the solver agree with the full answer', () => {
    const a = achievements('A1,攻关,技术攻关,二等,2025-03-01,W1:70;W2:30,新增利润,100000', 'P1,发明,发明专利,,2024-06-01,W3,许可,50000');
    const s = scheme({ planYear: 2025, years: 5, cap: { kind: 'amount', value: 40000 } });
    const one = run(s, a);
    const two = computeInnovation({ w: W, a, members: memberIndex(W, a), rules: s.innovation!, annual: new Float64Array([72000, 60000, 48000]), wageBill: 180000, currentBill: 180000, innovationPay: null })!;
    expect(two.result.byYear).toEqual(one.result.byYear);
    const t = innovationTotals({ a, rules: s.innovation!, wageBill: 180000 }, { yield: 1, schedules: 1, oneOff: 1, cap: 1 });
    expect(t.paid).toBeCloseTo(one.result.totalPaid, 9);
    expect(t.planYear).toBeCloseTo(one.result.byYear[0]!.paid, 9);
  });
});

describe('the papers of technical-innovation bargaining', () => {
  it('the draft contract has every article of the issue, the statutory minimums with their articles, and says what the floors and the cap did', async () => {
    const { innovationContract, innovationCosting, defaultForm } = await import('../../models/documents');
    const { docText } = await import('../../models/io/docx');
    const a = achievements('P1,发明,发明专利,,2025-06-01,W1,新增利润,1000000', 'S1,建议,合理化建议,一等,2025-02-01,W2:50;W3:50,节约,100000');
    const s = scheme({ planYear: 2025, years: 3, oneOff: { invention: { none: 3000 } }, cap: { kind: 'amount', value: 30000 } });
    const r = run(s, a).result;
    const form = defaultForm('zh', '2027-01-01');
    const text = docText(innovationContract({ scheme: 'S', fingerprint: 'f'.repeat(64), rules: s.innovation!, result: r, termYears: 3 }, form, 'zh', '2027-01-01'));
    for (const head of ['总则', '创新投入', '成果类别和奖励标准', '收益分成', '职务发明的奖励和报酬', '奖励基金及其上限', '评审和异议', '创新时间、培训和创新工作室', '创新者的权益', '工资总额和个人所得税', '监督检查', '争议处理', '期限']) expect(text).toContain(head);
    expect(text).toContain('不少于 4,000 元');
    expect(text).toContain('第九十二条至第九十四条');
    // 3,000 on grant is below 4,000: topped up, and said.
    expect(text).toContain('发明专利奖金 1 项补足 0.1 万元');
    // A cap of 30,000 is below the floors of 2025 (4,000 + 5 % of 1,000,000).
    expect(text).toContain('2025、2026、2027 年的上限低于法定最低标准（至少需要 5.4 万元）');
    const costing = docText(innovationCosting({ scheme: 'S', fingerprint: 'f'.repeat(64), rules: s.innovation!, result: r, termYears: 3 }, form, 'zh', '2027-01-01'));
    expect(costing).toContain(`2025 年奖励 ${(r.byYear[0]!.paid / 1e4).toFixed(1)} 万元`);
  });

  it('the contract says who owns an invention, how it is changed and when it takes effect, as a collective contract (10 days, 5 copies), and costs the plan on its own years', async () => {
    const { innovationContract, innovationCosting, defaultForm } = await import('../../models/documents');
    const { docText } = await import('../../models/io/docx');
    // Achievements of 2025 and 2026, a plan of 2025–2029 (yields 100,000 a year at 10 % for 5 years), a 2-year contract from 2027-04-01.
    const a = achievements('A1,改进,技术革新,一等,2025-05-01,W1,新增利润,100000', 'A2,改进二,技术革新,二等,2026-05-01,W2,新增利润,100000');
    const s = scheme({ planYear: 2025, years: 5, oneOff: { improvement: { first: 5000, second: 3000 } }, schedules: { profit: [0.1, 0.1, 0.1, 0.1, 0.1] } });
    const r = run(s, a).result;
    const form = { ...defaultForm('zh', '2027-01-01'), signingDate: '2027-02-10', termStart: '2027-04-01' };
    const data = { scheme: 'S', fingerprint: 'f'.repeat(64), rules: s.innovation!, result: r, termYears: 2 };
    const text = docText(innovationContract(data, form, 'zh', '2027-01-01'));
    expect(text).toContain('《中华人民共和国专利法》（2020年修正）第六条');
    expect(text).toContain('申请专利的权利属于甲方');
    // Filed as a collective contract: 10 days from signing (2027-02-10 → 2027-02-20), in force 15 days after at the latest.
    expect(text).toContain('甲方自签字之日起10日内将本合同一式三份及说明报送');
    expect(text).toContain('最迟于2027年3月7日生效');
    expect(text).toContain('本合同一式五份');
    expect(text).toContain('《集体合同规定》第四十二条、第四十五条至第四十七条');
    // One renewal rule: the article on change and ending, not a second one in the term.
    expect(text.match(/期满前/g)?.length).toBe(1);
    // 2025: 5,000 + 10,000; 2026: 3,000 + 20,000; 2027–2029: 20,000 a year (A1's fifth year is 2029, A2's 2030 is past the plan).
    expect(r.byYear.map((y) => y.paid)).toEqual([15000, 23000, 20000, 20000, 20000]);
    // The term touches 2027–2029 (to 2029-03-31): 6.0 万元 in it; 3.8 万元 before it is not under this contract.
    expect(text).toContain('合同期（2027年4月1日至2029年3月31日，涉及 2027—2029 年）内奖励 6.0 万元');
    expect(text).toContain('合同生效前的 3.8 万元不属本合同');
    const costing = docText(innovationCosting(data, form, 'zh', '2027-01-01'));
    expect(costing).toContain('2025（合同生效前）');
    expect(costing).toContain('2025 年获得奖励的职工 1 人');
    expect(costing).toContain('成果完成人共 2 人');
  });
});
