import { describe, expect, it } from 'vitest';
import { computePay } from '../../models/pay/pay';
import { FIVE, close, scenario, workers } from '../helpers';

const w = workers(FIVE);
const cur = [36000, 48000, 72000, 96000, 144000];

describe('pool mode, worked by hand', () => {
  const r = computePay(w, scenario({ mode: 'pool', annualPool: 600_000 }), { components: true });
  // Position: 240,000 over 2,000 points = 120 per point.
  const position = [24000, 36000, 48000, 60000, 72000];
  // Skill: 180,000 over coefficients 1 + 1.25 + 1.5 + 2.25 + 3 = 9 → 20,000 per unit.
  const skill = [20000, 25000, 30000, 45000, 60000];
  // Innovation: 60,000 over 100 points = 600 per point.
  const innovation = [0, 0, 6000, 18000, 36000];
  // Performance: scores coef × PV = 200, 330, 480, 500, 660 (sum 2,170); 120,000 of money.
  const perfScores = [200, 330, 480, 500, 660];
  const performance = perfScores.map((s) => (120000 * s) / 2170);
  // Seniority: 12 × 50 × min(years, 20).
  const seniority = [1200, 3000, 6000, 12000, 12000];
  const annual = position.map((p, i) => p + skill[i]! + innovation[i]! + performance[i]! + seniority[i]!);

  it('hands out each factor in proportion to its score', () => {
    for (let i = 0; i < 5; i++) {
      close(r.components!.position[i]!, position[i]!);
      close(r.components!.skill[i]!, skill[i]!);
      close(r.components!.innovation[i]!, innovation[i]!);
      close(r.components!.performance[i]!, performance[i]!);
      close(r.components!.seniority[i]!, seniority[i]!);
      close(r.annual[i]!, annual[i]!);
      expect(r.components!.floorTopUp[i]).toBe(0);
    }
  });

  it('summarises as the spec defines', () => {
    const s = r.summary;
    close(s.wageBill, 600000 + 34200);
    close(s.currentWageBill, 396000);
    close(s.wageBillGrowth, 634200 / 396000 - 1);
    expect(s.guidelineStatus).toBe('above-upper');
    close(s.mean, 634200 / 5);
    close(s.median, annual[2]!);
    // numpy linear: h = 4 × 0.1 = 0.4 and h = 3.6.
    close(s.p10, annual[0]! + 0.4 * (annual[1]! - annual[0]!));
    close(s.p90, annual[3]! + 0.6 * (annual[4]! - annual[3]!));
    close(s.p90p10!, s.p90 / s.p10);
    let pairs = 0;
    for (const a of annual) for (const b of annual) pairs += Math.abs(a - b);
    close(s.gini, pairs / (2 * 25 * (634200 / 5)));
    close(s.byFactor!.position, 240000);
    close(s.byFactor!.skill, 180000);
    close(s.byFactor!.innovation, 60000);
    close(s.byFactor!.performance, 120000);
    close(s.seniority, 34200);
    expect(s.unallocated).toBe(0);
    expect(s.winners).toBe(5);
    expect(s.losers).toBe(0);
    expect(s.byLevel.map((l) => l.level)).toEqual(['L1', 'L2', 'L3', 'L5', 'L8']);
    close(s.byLevel[3]!.meanAnnual, annual[3]!);
  });

  it('reports money of a factor nobody scores on as unallocated, not moved', () => {
    const noInno = workers(FIVE.map((row) => [row[0], row[1], row[2], row[3], 0, row[5], row[6]]));
    const u = computePay(noInno, scenario({ mode: 'pool', annualPool: 600_000 }), { components: true });
    expect(u.unallocatedFactors).toEqual(['innovation']);
    close(u.summary.unallocated, 60000);
    close(u.summary.byFactor!.innovation, 0);
    close(u.summary.wageBill, 540000 + 34200);
    close(u.components!.position[0]!, 24000);
  });

  it('takes the guideline base-line pool when the scenario leaves the pool empty', () => {
    const d = computePay(w, scenario({ mode: 'pool', annualPool: null }), { components: true });
    close(d.pool!, 396000 * 1.05 - 34200);
    close(d.summary.wageBill, 396000 * 1.05);
  });

  it('lifts pay to the minimum wage before applying the guarantee', () => {
    const f = computePay(w, scenario({ mode: 'pool', annualPool: 600_000, minimumMonthlyWage: 5000 }), { components: true });
    close(f.components!.floorTopUp[0]!, 60000 - annual[0]!);
    close(f.annual[0]!, 60000);
    close(f.summary.floorTopUp, 60000 - annual[0]!);
  });
});

describe('scale mode, worked by hand', () => {
  const sc = { positionRate: 10, skillRates: { L1: 0, L2: 200, L3: 500, L4: 700, L5: 1000, L6: 1500, L7: 2000, L8: 3000 }, innovationRate: 100 };
  // gross = 12 × (10 × PV + rate) × coef + 100 × innovation + seniority
  const gross = [12 * 2000 * 1.0 + 1200, 12 * 3200 * 1.1 + 3000, 12 * 4500 * 1.2 + 1000 + 6000, 12 * 6000 * 1.0 + 3000 + 12000, 12 * 9000 * 1.1 + 6000 + 12000];

  it('without guarantee: floor only, and everyone here loses', () => {
    const r = computePay(w, scenario({ mode: 'scale', scale: sc }), { components: true });
    close(r.components!.gross[0]!, 25200);
    close(r.components!.floorTopUp[0]!, 4800);
    close(r.annual[0]!, 30000);
    for (let i = 1; i < 5; i++) close(r.annual[i]!, gross[i]!);
    expect(r.summary.losers).toBe(5);
    expect(r.summary.byFactor).toBeNull();
    // The components add up to the gross pay.
    for (let i = 0; i < 5; i++) {
      const c = r.components!;
      close(c.position[i]! + c.skill[i]! + c.innovation[i]! + c.performance[i]! + c.seniority[i]!, c.gross[i]!);
    }
  });

  it('with the no-loss guarantee nobody falls below today, after the floor', () => {
    const r = computePay(w, scenario({ mode: 'scale', scale: sc, noLossGuarantee: true }), { components: true });
    close(r.components!.floorTopUp[0]!, 4800);
    close(r.components!.guaranteeTopUp[0]!, 36000 - 25200 - 4800);
    for (let i = 0; i < 5; i++) close(r.annual[i]!, cur[i]!);
    close(r.summary.guaranteeTopUp, 6000 + (48000 - gross[1]!) + (72000 - gross[2]!) + (96000 - gross[3]!) + (144000 - gross[4]!));
    expect(r.summary.winners + r.summary.losers).toBe(0);
  });
});

describe('raise mode, worked by hand', () => {
  it('gives the larger of the percentage and the monthly minimum, plus grade extras, no seniority', () => {
    const r = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.05, minMonthly: 300, gradeExtra: { L5: 0.01, L8: 0.02 } } }), { components: true });
    const expected = [39600, 51600, 75600, 96000 + 5760, 144000 + 10080];
    for (let i = 0; i < 5; i++) close(r.annual[i]!, expected[i]!);
    expect(r.summary.seniority).toBe(0);
    expect(r.summary.winners).toBe(5);
  });
});

describe('craftsmen', () => {
  const pkg = { id: 'W5', scheme: 'annual-salary' as const, annualSalary: { base: 200000, performanceTarget: 50000, deferredShare: 0.4, deferralYears: 2 } };

  it('are outside the pool and paid their package', () => {
    const r = computePay(w, scenario({ mode: 'pool', annualPool: 600_000, craftsmen: [pkg] }), { components: true });
    // PV total without W5 is 1,400: W1 gets 200/1400 of 240,000.
    close(r.components!.position[0]!, (240000 * 200) / 1400);
    // W5 rated B: performance pay 55,000, 40 % deferred over two years.
    close(r.craftsmen[0]!.cashYear1, 200000 + 55000 * 0.6);
    expect(r.craftsmen[0]!.deferred).toHaveLength(2);
    for (const d of r.craftsmen[0]!.deferred) close(d, 11000);
    close(r.annual[4]!, 233000);
    expect(r.components!.seniority[4]).toBe(0);
    close(r.summary.wageBill, 600000 + 1200 + 3000 + 6000 + 12000 + 233000);
    close(r.summary.byLevel.find((l) => l.level === 'L8')!.meanAnnual, 233000);
    expect(r.craftsmen[0]!.equity).toBeNull();
  });

  it('with no deferral are paid all performance pay in year 1', () => {
    const r = computePay(w, scenario({ mode: 'raise', craftsmen: [{ ...pkg, annualSalary: { ...pkg.annualSalary, deferralYears: 0 } }] }), { components: true });
    close(r.craftsmen[0]!.cashYear1, 255000);
    expect(r.craftsmen[0]!.deferred).toEqual([]);
  });

  it('under an agreement wage are paid the agreed amount', () => {
    const r = computePay(w, scenario({ mode: 'raise', craftsmen: [{ id: 'W4', scheme: 'agreement', agreement: { agreedAnnual: 180000, marketP50: 150000 } }] }), { components: true });
    close(r.annual[3]!, 180000);
  });

  it('naming a worker not in the workforce is an error', () => {
    expect(() => computePay(w, scenario({ craftsmen: [{ ...pkg, id: 'nobody' }] }), { components: true })).toThrow(/nobody/);
  });
});

describe('craftsman packages over the years', () => {
  it('annual salary repeats and deferrals from earlier years overlap (hand-worked)', async () => {
    const { packageByYear, ratingEffect } = await import('../../models/craftsmen/craftsmen');
    const s = scenario({});
    const pkg = { id: 'W5', scheme: 'annual-salary' as const, annualSalary: { base: 200000, performanceTarget: 50000, deferredShare: 0.4, deferralYears: 2 } };
    // Rating B (1.1): perf 55,000; year-1 cash 200,000 + 33,000; 11,000 deferred a year for two years.
    const rows = packageByYear(defaultPkg(pkg), 'B', s, 4, [{ years: 2, mean: 5000, p5: 0, p95: 12000 }]);
    expect(rows.map((r) => Math.round(r.cash))).toEqual([233000, 233000, 233000, 233000]);
    expect(rows.map((r) => Math.round(r.deferred))).toEqual([0, 11000, 22000, 22000]);
    expect(rows.map((r) => r.equityMean)).toEqual([0, 5000, 0, 0]);
    const effect = ratingEffect(defaultPkg(pkg), s);
    expect(effect.map((e) => Math.round(e.total))).toEqual([260000, 255000, 250000, 240000, 230000]);
    expect(Math.round(effect[0]!.cashYear1)).toBe(200000 + 36000);
  });
});

function defaultPkg<T>(p: T) {
  return scenario({ craftsmen: [p as never] }).craftsmen[0]!;
}
