import { describe, expect, it } from 'vitest';
import { agreementZone, contractCost, largestSkillWeightWithin, minL1WithinKind, minRaiseForL1, poolForGrowth, smallestPoolNobodyLoses, splitTheDifference, tornado } from '../../models/bargaining/bargaining';
import { setWeight } from '../../models/pay/scheme';
import { computePay } from '../../models/pay/pay';
import { parseWorkforceCsv } from '../../models/io/csv';
import { readFileSync } from 'node:fs';
import { CONTRIBUTION_PRESETS } from '../../models/takehome/contributions';
import { FIVE, close, scenario, workers } from '../helpers';

const w = workers(FIVE);
const plant = parseWorkforceCsv(readFileSync(new URL('../../seeds/small-plant-en.csv', import.meta.url)), { file: 'x' }).workforce;

describe('solver: answers checked by running the engine at the answer', () => {
  const base = scenario({ mode: 'pool', noLossGuarantee: false });

  it('the pool that grows the wage bill exactly at the guideline base line', () => {
    const r = poolForGrowth(plant, base, 0.05);
    if (!r.ok) throw new Error(r.reason);
    const at = (p: number) => computePay(plant, { ...base, annualPool: p }).summary.wageBillGrowth;
    expect(at(r.value)).toBeGreaterThanOrEqual(0.05);
    expect(at(r.value - 2)).toBeLessThan(0.05);
  });

  it('a growth no pool can give is said, with what can be reached (was: pool 0 shown as the answer)', () => {
    // With the guarantee, nobody falls below today: a pool of 0 already gives growth ≥ 0, so −5 % is out of reach.
    const guarded = { ...base, noLossGuarantee: true };
    const atZero = computePay(plant, { ...guarded, annualPool: 0 }).summary.wageBillGrowth;
    expect(atZero).toBeGreaterThanOrEqual(0);
    const r = poolForGrowth(plant, guarded, -0.05);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('below-reach');
    expect(r.reachable!.from).toBeCloseTo(atZero, 12);
  });

  it('a growth beyond three times the bill is still found (was: "not reached" at 3 × the bill)', () => {
    const r = poolForGrowth(plant, base, 2.5);
    if (!r.ok) throw new Error(r.reason);
    const at = (p: number) => computePay(plant, { ...base, annualPool: p }).summary.wageBillGrowth;
    const bill = plant.monthlyPay.reduce((a, b) => a + b, 0) * 12;
    expect(r.value).toBeGreaterThan(3 * bill);
    expect(at(r.value)).toBeGreaterThanOrEqual(2.5);
    expect(at(r.value - 1)).toBeLessThan(2.5);
  });

  it('the smallest pool at which nobody loses', () => {
    const r = smallestPoolNobodyLoses(plant, base);
    if (!r.ok) throw new Error(r.reason);
    const losers = (p: number) => computePay(plant, { ...base, annualPool: p }).summary.losers;
    expect(losers(r.value)).toBe(0);
    expect(losers(r.value - 2)).toBeGreaterThan(0);
  });

  it('the largest skill weight with P90/P10 ≤ limit, and a clear answer when none exists', () => {
    const ratio = (x: number) => computePay(plant, { ...base, weights: setWeight(base.weights, 'skill', x) }).summary.p90p10!;
    const limit = (ratio(0) + ratio(1)) / 2;
    const r = largestSkillWeightWithin(plant, base, limit);
    if (!r.ok) throw new Error(r.reason);
    expect(ratio(r.value)).toBeLessThanOrEqual(limit);
    if (r.value < 1) expect(ratio(r.value + 0.0002)).toBeGreaterThan(limit);
    const none = largestSkillWeightWithin(plant, base, 1.0);
    expect(none.ok).toBe(false);
  });

  it('the smallest monthly minimum raise lifting every L1 to 105 % of the minimum wage', () => {
    const s = scenario({ mode: 'raise', minimumMonthlyWage: 4400, raise: { percent: 0.02, minMonthly: 0 } });
    const r = minRaiseForL1(plant, s);
    if (!r.ok) throw new Error(r.reason);
    const lowest = (m: number) => {
      const res = computePay(plant, { ...s, raise: { ...s.raise, minMonthly: m } });
      let low = Infinity;
      for (let i = 0; i < plant.size; i++) if (plant.level[i] === 0) low = Math.min(low, res.annual[i]!);
      return low;
    };
    expect(lowest(r.value)).toBeGreaterThanOrEqual(1.05 * 12 * 4400);
    expect(lowest(r.value - 0.02)).toBeLessThan(1.05 * 12 * 4400);
    expect(minRaiseForL1(workers(FIVE.filter((x) => x[2] !== 'L1')), s)).toMatchObject({ ok: false });
  });

  it('the same question within the scheme\'s own kind: the smallest pool, or the smallest 学徒工 skill pay, lifting every L1 to 105 % of the minimum wage', () => {
    const target = 1.05 * 12 * 4400;
    const lowest = (sc: ReturnType<typeof scenario>) => {
      const res = computePay(plant, sc);
      let low = Infinity;
      for (let i = 0; i < plant.size; i++) if (plant.level[i] === 0 && !res.craftsman[i]) low = Math.min(low, res.annual[i]!);
      return low;
    };
    const pool = scenario({ mode: 'pool', minimumMonthlyWage: 4400, noLossGuarantee: false });
    const before = lowest(pool);
    expect(before).toBeLessThan(target);
    const p = minL1WithinKind(plant, pool);
    if (!p.ok) throw new Error(p.reason);
    expect(lowest({ ...pool, annualPool: p.value })).toBeGreaterThanOrEqual(target);
    expect(lowest({ ...pool, annualPool: p.value - 1 })).toBeLessThan(target);
    expect(p.iterations).toBeGreaterThan(0);
    const scale = scenario({ mode: 'scale', minimumMonthlyWage: 4400, noLossGuarantee: false });
    const withL1 = (k: number) => ({ ...scale, scale: { ...scale.scale, skillRates: { ...scale.scale.skillRates, L1: k } } });
    const k = minL1WithinKind(plant, scale);
    if (!k.ok) throw new Error(k.reason);
    expect(lowest(withL1(k.value))).toBeGreaterThanOrEqual(target);
    if (k.iterations > 0) expect(lowest(withL1(k.value - 0.02))).toBeLessThan(target);
    // A general raise: the same as minRaiseForL1.
    const raise = scenario({ mode: 'raise', minimumMonthlyWage: 4400, raise: { percent: 0.02, minMonthly: 0 } });
    expect(minL1WithinKind(plant, raise)).toEqual(minRaiseForL1(plant, raise));
  });
});

describe('contract costing, worked by hand (3 workers on 3,000 / 4,000 / 5,000 a month)', () => {
  const bill = 12 * (3000 + 4000 + 5000);

  it('3 % in January and 2 % in July, 30 % on-costs, one year', () => {
    const c = contractCost(bill, [{ year: 1, month: 1, percent: 0.03 }, { year: 1, month: 7, percent: 0.02 }], 1, 0.3);
    // Jan–Jun 12,000 × 1.03 = 12,360; Jul–Dec 12,360 × 1.02 = 12,607.2.
    close(c.byYear[0]!.wages, 6 * 12360 + 6 * 12607.2);
    close(c.byYear[0]!.increase, 5803.2);
    close(c.byYear[0]!.onCosts, 149803.2 * 0.3);
    close(c.headlineAnnual, 144000 * (1.03 * 1.02 - 1));
    close(c.lifeCost, 5803.2 * 1.3);
    close(c.lifeCostIfAllFromStart, 7286.4 * 1.3);
  });

  it('a second year with 2 % more in January', () => {
    const c = contractCost(bill, [{ year: 1, month: 1, percent: 0.03 }, { year: 1, month: 7, percent: 0.02 }, { year: 2, month: 1, percent: 0.02 }], 2, 0.3);
    close(c.byYear[1]!.wages, 12 * 12607.2 * 1.02);
    close(c.lifeCost, (5803.2 + (12 * 12607.2 * 1.02 - 144000)) * 1.3);
  });
});

describe('contract costing at the edges', () => {
  it('a tranche dated after the contract ends is not counted, and is reported (was: counted in the headline)', () => {
    const c = contractCost(1_200_000, [{ year: 1, month: 1, percent: 0.05 }, { year: 3, month: 1, percent: 0.04 }], 2, 0.3);
    close(c.headlineAnnual, 1_200_000 * 0.05);
    expect(c.dropped).toEqual([{ year: 3, month: 1, percent: 0.04 }]);
    // Year 1 and 2 each carry the 5 % from January: 2 × 60,000 × 1.3.
    close(c.lifeCost, 2 * 60_000 * 1.3);
  });

  it('each tranche "from January of its own year" is what lifeCostIfAllFromStart pays', () => {
    const c = contractCost(1_200_000, [{ year: 1, month: 7, percent: 0.05 }, { year: 2, month: 10, percent: 0.02 }], 2, 0);
    // Year 1: 5 % all year; year 2: 5 % and 2 % compounding all year.
    close(c.lifeCostIfAllFromStart, 1_200_000 * 0.05 + 1_200_000 * (1.05 * 1.02 - 1));
    // Paid as dated: 6 months of 5 % in year 1; year 2: 9 months of 5 %, 3 months of 5 % and 2 %.
    close(c.lifeCost, 100_000 * 0.05 * 6 + 100_000 * (0.05 * 9 + (1.05 * 1.02 - 1) * 3));
  });

  it('contributions per worker on a clamped base: a raise above the cap costs only the housing fund; below the floor only the housing fund too', () => {
    const policy = CONTRIBUTION_PRESETS[0]!;
    expect(policy.socialBase).toEqual({ floor: 4879, cap: 24396 });
    const raise = [{ year: 1, month: 1, percent: 0.05 }];
    // A chief technician at 30,000 a month: above the social cap (24,396), under the housing cap (41,400).
    const chief = contractCost([30_000], raise, 1, { kind: 'contributions', policy });
    close(chief.onCostsToday, 12 * (0.259 * 24_396 + 0.08 * 30_000));
    close(chief.lifeCost, 12 * 1_500 + 12 * 0.08 * 1_500);
    // The same with one flat rate (25.9 % + 8 %) would have charged on-costs on the whole raise.
    const flat = contractCost([30_000], raise, 1, 0.339);
    close(flat.lifeCost, 12 * 1_500 * 1.339);
    // An apprentice at 3,000: under the social floor before and after (3,150), so only the housing fund moves.
    const low = contractCost([3_000], raise, 1, { kind: 'contributions', policy });
    close(low.onCostsToday, 12 * (0.259 * 4_879 + 0.08 * 3_000));
    close(low.lifeCost, 12 * 150 + 12 * 0.08 * 150);
  });
});

describe('sensitivity', () => {
  it('moves each parameter ±10 % and sorts by the swing in the wage bill', () => {
    const s = scenario({ mode: 'pool', annualPool: 600000 });
    const t = tornado(w, s);
    const pool = t.bars.find((b) => b.param === 'annualPool')!;
    close(pool.high.wageBill - pool.low.wageBill, 120000);
    for (let k = 1; k < t.bars.length; k++) {
      expect(Math.abs(t.bars[k - 1]!.high.wageBill - t.bars[k - 1]!.low.wageBill)).toBeGreaterThanOrEqual(Math.abs(t.bars[k]!.high.wageBill - t.bars[k]!.low.wageBill));
    }
  });
});

describe('sensitivity covers every parameter group of the mode (was: rating coefficients, skill rates, grade coefficients, the seniority cap and grade extras left out)', () => {
  const swing = (t: ReturnType<typeof tornado>, param: string) => {
    const b = t.bars.find((x) => x.param === param);
    if (!b) throw new Error(`no bar for ${param}: ${t.bars.map((x) => x.param).join(', ')}`);
    return b.high.wageBill - b.low.wageBill;
  };
  // No floor or guarantee in the way: the swings are the formulas'.
  const open = { minimumMonthlyWage: 0, noLossGuarantee: false };

  it('scale mode: rating coefficients, skill rates and the seniority cap, worked by hand', () => {
    const s = scenario({ ...open, mode: 'scale', scale: { positionRate: 10, skillRates: { L1: 0, L2: 300, L3: 600, L4: 1000, L5: 1500, L6: 2200, L7: 3000, L8: 4000 }, innovationRate: 100 } });
    const t = tornado(w, s);
    expect(t.bars.map((b) => b.param).sort()).toEqual(['minimumMonthlyWage', 'performanceCoefficients', 'scale.innovationRate', 'scale.positionRate', 'scale.skillRates', 'seniorityCapYears', 'seniorityMonthlyPerYear'].sort());
    // W1..W5: (position value, skill rate, rating coefficient) = (200, 0, 1.0), (300, 300, 1.1), (400, 600, 1.2), (500, 1500, 1.0), (600, 4000, 1.1).
    const base = 12 * ((10 * 200 + 0) * 1.0 + (10 * 300 + 300) * 1.1 + (10 * 400 + 600) * 1.2 + (10 * 500 + 1500) * 1.0 + (10 * 600 + 4000) * 1.1);
    close(swing(t, 'performanceCoefficients'), 0.2 * base);
    close(swing(t, 'scale.skillRates'), 0.2 * 12 * (0 * 1.0 + 300 * 1.1 + 600 * 1.2 + 1500 * 1.0 + 4000 * 1.1));
    // Cap 20 → 18 / 22 years: W4 (25 years) and W5 (30) gain 4 years × 12 × 50; W1–W3 are under 18.
    close(swing(t, 'seniorityCapYears'), 2 * 4 * 12 * 50);
  });

  it('raise mode: grade extras, worked by hand; pool mode: the spread of the coefficients', () => {
    const gradeExtra = { L1: 0, L2: 0.01, L3: 0.02, L4: 0.03, L5: 0.04, L6: 0.05, L7: 0.06, L8: 0.08 };
    const r = tornado(w, scenario({ ...open, mode: 'raise', raise: { percent: 0.03, minMonthly: 0, gradeExtra } }));
    // Monthly pay 3000 (L1), 4000 (L2), 6000 (L3), 8000 (L5), 12000 (L8): ±10 % of each extra on 12 × pay.
    close(swing(r, 'raise.gradeExtra'), 0.2 * 12 * (4000 * 0.01 + 6000 * 0.02 + 8000 * 0.04 + 12000 * 0.08));
    expect(r.bars.some((b) => b.param.startsWith('seniority'))).toBe(false);
    const p = tornado(w, scenario({ ...open, mode: 'pool', annualPool: 600000 }));
    expect(p.bars.map((b) => b.param)).toEqual(expect.arrayContaining(['skillCoefficients.spread', 'performanceCoefficients.spread', 'seniorityCapYears']));
    // The pool is handed out in full whatever the spread: the bill does not move, the pay of the grades does.
    close(swing(p, 'skillCoefficients.spread'), 0, 1e-9);
  });
});

describe('agreement zone and the Nash point', () => {
  it('the refined Nash point is as good as a brute-force fine grid on a small case', () => {
    const s = scenario({ mode: 'pool', noLossGuarantee: true });
    const limits = { maxGrowth: 0.08, minMedianRaise: 100, nobodyLoses: true, minLowGradeRaise: 50 };
    const range: [number, number] = [300000, 450000];
    const { cells, nash } = agreementZone(w, s, limits, range, 11);
    expect(cells.some((c) => c.ok)).toBe(true);
    expect(nash).not.toBeNull();
    const brute = agreementZone(w, s, limits, range, 41).cells.reduce((m, c) => Math.max(m, c.ok ? c.nash : 0), 0);
    expect(nash!.nash).toBeGreaterThanOrEqual(brute * 0.995);
    // The point really satisfies every limit when the engine is run there.
    const r = computePay(w, { ...s, annualPool: nash!.pool, weights: setWeight(s.weights, 'skill', nash!.skill) });
    expect(r.summary.wageBillGrowth).toBeLessThanOrEqual(0.08 + 1e-12);
    expect(r.summary.losers).toBe(0);
    expect(splitTheDifference({ pool: 1, skill: 0.2 }, { pool: 3, skill: 0.4 })).toEqual({ pool: 2, skill: 0.30000000000000004 });
  });
});

describe('the fast zone cells', () => {
  it('agree with the engine run at each cell (property: random pools and weights, a plant with craftsmen, floors and the guarantee)', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseWorkforceCsv } = await import('../../models/io/csv');
    const { parseScenarioJson } = await import('../../models/pay/scenario');
    const { evaluateByEngine, zoneEvaluator } = await import('../../models/bargaining/bargaining');
    const { quantileSelect, quantileSorted, sortFloat64 } = await import('../../models/pay/stats');
    const fc = (await import('fast-check')).default;
    const plant = parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
    const r = parseScenarioJson(readFileSync(new URL('../../seeds/scenarios/union.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('seed');
    const s = r.scenario;
    const bill = plant.monthlyPay.reduce((a, b) => a + b, 0) * 12;
    for (const limits of [
      { maxGrowth: 0.08, minMedianRaise: 150, nobodyLoses: false, minLowGradeRaise: 0 },
      { maxGrowth: 0.06, minMedianRaise: 100, nobodyLoses: true, minLowGradeRaise: 50, floorsMet: true },
    ]) {
      const fast = zoneEvaluator(plant, s, limits);
      fc.assert(
        fc.property(fc.double({ min: 0.85, max: 1.2, noNaN: true }), fc.integer({ min: 0, max: 20 }), (k, j) => {
          const pool = bill * k;
          const skill = j / 20;
          const a = fast(pool, skill);
          const b = evaluateByEngine(plant, s, limits, pool, skill);
          expect(a.growth).toBeCloseTo(b.growth, 12);
          expect(a.medianRaise).toBeCloseTo(b.medianRaise, 6);
          const edge = Math.abs(b.growth - limits.maxGrowth) < 1e-9 || Math.abs(b.medianRaise - limits.minMedianRaise) < 1e-6;
          if (!edge) expect(a.ok).toBe(b.ok);
        }),
        { numRuns: 40, seed: 7 },
      );
    }
    // The median by selection is the median by sorting.
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const v = Float64Array.from(xs);
        expect(quantileSelect(v.slice(), p)).toBeCloseTo(quantileSorted(sortFloat64(v), p), 9);
      }),
    );
  });
});
