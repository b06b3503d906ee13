import { describe, expect, it } from 'vitest';
import { changesByGroup, compareRows, factorBars, lorenz, medianRaiseMonthly, payHistogram, payTable } from '../../models/charts';
import { computePay } from '../../models/pay/pay';
import { baselineSummary } from '../../models/pay/summary';
import type { Workforce } from '../../models/types';
import { FIVE, scenario, workers } from '../helpers';

const baseline = (w: Workforce, g: { lower: number; upper: number }) => baselineSummary(w.monthlyPay, w.level, g);

const cur = Float64Array.from([36000, 48000, 72000, 96000, 144000]);
const next = Float64Array.from([39600, 48000.5, 70000, 101760, 154080]);

describe('view models', () => {
  it('histogram counts every worker once in each series, on shared bins', () => {
    const h = payHistogram(cur, next, 10);
    expect(h.reduce((s, b) => s + b.current, 0)).toBe(5);
    expect(h.reduce((s, b) => s + b.proposed, 0)).toBe(5);
    for (let k = 1; k < h.length; k++) expect(h[k]!.from).toBeCloseTo(h[k - 1]!.to, 9);
    expect(h[0]!.from).toBeLessThanOrEqual(3000);
    expect(h.at(-1)!.to).toBeGreaterThan(154080 / 12);
  });

  it('pay table gives monthly means by grade and the change', () => {
    const w = workers(FIVE);
    const r = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.05, minMonthly: 300 } }));
    const rows = payTable(baseline(w, { lower: 0, upper: 1 }).byLevel, r.summary.byLevel);
    expect(rows.map((x) => x.level)).toEqual(['L1', 'L2', 'L3', 'L5', 'L8']);
    expect(rows[0]).toMatchObject({ nowMonthly: 3000, newMonthly: 3300, change: 300 });
    expect(rows[4]!.changePct).toBeCloseTo(0.05, 12);
  });

  it('winners and losers by group use the 1-元 threshold', () => {
    const rows = changesByGroup(cur, next, (i) => (i < 2 ? 'A' : 'B'));
    expect(rows).toEqual([
      { group: 'A', workers: 2, winners: 1, losers: 0, unchanged: 1, meanChangeMonthly: (3600 + 0.5) / 2 / 12 },
      { group: 'B', workers: 3, winners: 2, losers: 1, unchanged: 0, meanChangeMonthly: (-2000 + 5760 + 10080) / 3 / 12 },
    ]);
  });

  it('Lorenz curve runs from (0,0) to (1,1) and stays under the diagonal', () => {
    const pts = lorenz(next, 10);
    expect(pts[0]).toEqual({ people: 0, pay: 0 });
    expect(pts.at(-1)!.pay).toBeCloseTo(1, 12);
    for (const p of pts) expect(p.pay).toBeLessThanOrEqual(p.people + 1e-12);
  });

  it('median monthly raise (hand-worked)', () => {
    // raises per month: 300, 0.04, −166.67, 480, 840 → median 300
    expect(medianRaiseMonthly(cur, next)).toBeCloseTo(300, 9);
  });

  it('comparison rows carry the deltas against the baseline', () => {
    const w = workers(FIVE);
    const base = baseline(w, { lower: 0.02, upper: 0.08 });
    const r = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.05, minMonthly: 300 } }));
    const [row] = compareRows(base, [{ name: 'x', summary: r.summary, medianRaise: 300 }]);
    expect(row!.deltaBill).toBeCloseTo(r.summary.wageBill - 396000, 6);
    const bars = factorBars(r.summary);
    expect(bars.map((b) => b.key)).toEqual(['schemePay', 'seniority', 'floorTopUp', 'guaranteeTopUp']);
    // Raise mode, no top-ups, no seniority: the scheme pay is the whole wage bill.
    expect(bars[0]!.value).toBeCloseTo(r.summary.wageBill, 6);
  });

});

describe('scatter cells', () => {
  it('count every worker once, in the cell that holds them (hand-worked)', async () => {
    const { scatterCells } = await import('../../models/charts');
    // Highest monthly pay 12,840 over 10 bins → raw step 1,284 → nice step 2,000; cells centred on odd thousands.
    expect(scatterCells(cur, next, 10)).toEqual([
      { current: 3000, proposed: 3000, count: 1 },
      { current: 5000, proposed: 5000, count: 1 },
      { current: 7000, proposed: 5000, count: 1 },
      { current: 9000, proposed: 9000, count: 1 },
      { current: 13000, proposed: 13000, count: 1 },
    ]);
    const big = new Float64Array(100_000).map((_, i) => 36000 + (i % 1000) * 12);
    expect(scatterCells(big, big).reduce((s, c) => s + c.count, 0)).toBe(100_000);
  });
});

describe('overlay by grade', () => {
  it('puts today and every scheme side by side per grade, monthly', async () => {
    const { overlayByGrade } = await import('../../models/charts');
    const w = workers(FIVE);
    const base = baseline(w, { lower: 0, upper: 1 });
    const a = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.05, minMonthly: 0 } }));
    const b = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.1, minMonthly: 0 } }));
    const rows = overlayByGrade(base, [a, b]);
    expect(rows.map((r) => r.level)).toEqual(['L1', 'L2', 'L3', 'L5', 'L8']);
    expect(rows[0]).toEqual({ level: 'L1', baseline: 3000, s0: 3150, s1: 3300 });
  });
});

describe('craftsmen in the big picture', () => {
  it('their cash is one row of the pay table and a column of the comparison; equity stays beside the bill', async () => {
    const { craftsmenPayRow } = await import('../../models/charts');
    const w = workers(FIVE);
    const pkg = { id: 'W5', scheme: 'agreement' as const, agreement: { agreedAnnual: 180000 }, equity: { kind: 'restricted' as const, shares: 1000, spot: 20, grantPrice: 10, vesting: [{ years: 1, fraction: 1 }] } };
    const r = computePay(w, scenario({ mode: 'raise', raise: { percent: 0, minMonthly: 0 }, craftsmen: [pkg] }));
    const row = craftsmenPayRow(r.craftsmen, () => 144000)!;
    expect(row).toMatchObject({ count: 1, nowMonthly: 12000, newMonthly: 15000, change: 3000 });
    const [cmp] = compareRows(baseline(w, { lower: 0, upper: 1 }), [{ name: 'x', summary: r.summary, medianRaise: 0, craftsmen: r.craftsmen }]);
    expect(cmp!.craftsmenCash).toBe(180000);
    expect(cmp!.equityValue).toBe(10000);
    // Equity is not in the wage bill: 396,000 today, W5 now paid 180,000 instead of 144,000.
    expect(r.summary.wageBill).toBeCloseTo(396000 + 36000, 6);
    expect(craftsmenPayRow([], () => 0)).toBeNull();
  });
});

describe('rounds of offers', () => {
  it('each offer: cost (growth) and member value (median raise, share gaining, L1–L3 raise), worked by hand', async () => {
    const { offerTimeline, lowGradeRaise } = await import('../../models/charts');
    const w = workers(FIVE);
    const base = baseline(w, { lower: 0, upper: 1 });
    const u = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.06, minMonthly: 0 } }));
    const m = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.03, minMonthly: 0 } }));
    // L1–L3 are W1–W3 on 3,000 / 4,000 / 6,000: a 6 % raise is 180 + 240 + 360 = 780 a month, 260 on average.
    expect(lowGradeRaise(base, u.summary)).toBeCloseTo(260, 9);
    const points = offerTimeline(base, [{ union: { name: 'U', summary: u.summary, medianRaise: 360 }, management: { name: 'M', summary: m.summary, medianRaise: 180 } }]);
    expect(points.map((p) => [p.round, p.side, p.name])).toEqual([
      [1, 'union', 'U'],
      [1, 'management', 'M'],
    ]);
    expect(points[0]!.growth).toBeCloseTo(0.06, 12);
    expect(points[1]!.shareGaining).toBe(1);
    expect(points[1]!.lowGradeRaise).toBeCloseTo(130, 9);
  });
});
