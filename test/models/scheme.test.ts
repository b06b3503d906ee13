/** Rules for editing a scheme: weights, shown percentages, names, set-aside craftsmen, pools on a new workforce, the list of changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../models/pay/scenario';
import { currentWageBill, describeChange, displayPercents, effectiveScenario, onWorkforce, poolOn, setWeight, uniqueName } from '../../models/pay/scheme';
import { FIVE, workers } from '../helpers';

describe('weights', () => {
  it('setting one weight rescales the others so the four always sum to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), fc.constantFrom('position', 'skill', 'innovation', 'performance'), fc.double({ min: -0.5, max: 1.5, noNaN: true }), (raw, key, v) => {
        const s = raw.reduce((a, b) => a + b, 0) || 1;
        const w = { position: raw[0]! / s, skill: raw[1]! / s, innovation: raw[2]! / s, performance: raw[3]! / s };
        const out = setWeight(w, key, v);
        const sum = Object.values(out).reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        expect(out[key as keyof typeof w]).toBeCloseTo(Math.min(1, Math.max(0, v)), 9);
        for (const x of Object.values(out)) expect(x).toBeGreaterThanOrEqual(0);
      }),
    );
    const three = setWeight({ a: 0.5, b: 0.25, c: 0.25 }, 'a', 0.8);
    expect(three.a).toBe(0.8);
    expect(three.b).toBeCloseTo(0.1, 12);
    expect(three.c).toBeCloseTo(0.1, 12);
  });

  it('shown percentages add up to exactly 100 (largest remainder), hand-worked and for any weights', () => {
    // Thirds: 33.333… each → two of 33.3 and one of 33.4.
    expect(displayPercents({ a: 1 / 3, b: 1 / 3, c: 1 / 3 })).toEqual({ a: 33.4, b: 33.3, c: 33.3 });
    // 0.4 / 0.3 / 0.1 / 0.2 stays as written.
    expect(displayPercents({ position: 0.4, skill: 0.3, innovation: 0.1, performance: 0.2 })).toEqual({ position: 40, skill: 30, innovation: 10, performance: 20 });
    // The case that showed 100.1: 0.3335 ×3 + 0 rescaled.
    expect(Object.values(displayPercents({ a: 0.33349, b: 0.33349, c: 0.33302 })).reduce((x, y) => x + y, 0)).toBeCloseTo(100, 9);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }), (raw) => {
        const s = raw.reduce((a, b) => a + b, 0);
        fc.pre(s > 0);
        const shown = displayPercents({ a: raw[0]! / s, b: raw[1]! / s, c: raw[2]! / s, d: raw[3]! / s });
        const total = Object.values(shown).reduce((a, b) => a + b, 0);
        expect(Math.round(total * 10)).toBe(1000);
        for (const [k, v] of Object.entries(shown)) expect(Math.abs(v - (raw['abcd'.indexOf(k)]! / s) * 100)).toBeLessThanOrEqual(0.1 + 1e-9);
      }),
    );
  });
});

describe('names', () => {
  it('are never blank and never repeated', () => {
    expect(uniqueName('工会方案', ['企业方案'])).toBe('工会方案');
    expect(uniqueName('工会方案', ['工会方案'])).toBe('工会方案 (2)');
    expect(uniqueName('工会方案', ['工会方案', '工会方案 (2)'])).toBe('工会方案 (3)');
    expect(uniqueName('工会方案 (2)', ['工会方案 (2)'])).toBe('工会方案 (3)');
    expect(uniqueName('  ', [])).toBe('未命名方案');
    expect(uniqueName('', ['未命名方案'], '未命名方案')).toBe('未命名方案 (2)');
  });
});

describe('craftsmen of absent workers', () => {
  it('are set aside, not deleted, and come back with a workforce that has them', () => {
    const s = defaultScenario({
      craftsmen: [
        { id: 'W5', scheme: 'agreement', agreement: { agreedAnnual: 200000 } },
        { id: 'NOBODY', scheme: 'agreement', agreement: { agreedAnnual: 100000 } },
      ],
    });
    const five = workers(FIVE);
    const ids = new Set(five.id);
    const r = effectiveScenario(s, (id) => ids.has(id));
    expect(r.scenario.craftsmen.map((c) => c.id)).toEqual(['W5']);
    expect(r.setAside.map((c) => c.id)).toEqual(['NOBODY']);
    expect(s.craftsmen).toHaveLength(2);
    expect(effectiveScenario(s, () => true).scenario).toBe(s);
  });
});

describe('pools on another workforce: the one rule', () => {
  const s = defaultScenario({ mode: 'pool', annualPool: 1_050_000, basis: { wageBill: 1_000_000 } });
  it('a pool keeps its ratio to today\'s bill; on its own bill it is exactly as written; an automatic pool or no basis has nothing to carry', () => {
    // Set on a bill of 1,000,000: 5 % over it. On a bill of 400,000: 420,000.
    expect(poolOn(s, 400_000)).toBe(420_000);
    expect(poolOn({ ...s, annualPool: 1_050_000.4 }, 1_000_000)).toBe(1_050_000.4);
    expect(poolOn({ ...s, annualPool: null }, 400_000)).toBeNull();
    expect(poolOn({ ...s, basis: undefined }, 400_000)).toBe(1_050_000);
    const carried = onWorkforce(s, 400_000, 'a'.repeat(64));
    expect(carried.annualPool).toBe(420_000);
    expect(carried.basis).toEqual({ wageBill: 400_000, workforce: 'a'.repeat(64) });
    expect(onWorkforce(s, 1_000_000)).toBe(s);
  });
  it('carrying there and back gives the amount as written; carrying through a third bill rounds once, from the written amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e10 }), fc.integer({ min: 1e4, max: 1e10 }), fc.integer({ min: 1e4, max: 1e10 }), (pool, b0, b1) => {
        const x = defaultScenario({ mode: 'pool', annualPool: pool, basis: { wageBill: b0 } });
        expect(poolOn(x, b1)).toBe(Math.round((pool * b1) / b0));
        expect(poolOn(x, b0)).toBe(pool);
      }),
    );
  });
  it("today's bill is 12 × the monthly pay of everyone", () => {
    expect(currentWageBill(workers(FIVE))).toBe(12 * (3000 + 4000 + 6000 + 8000 + 12000));
  });
});

describe('what a change does', () => {
  it('lists every leaf that differs, and ignores rounding noise', () => {
    const a = defaultScenario({ mode: 'pool', annualPool: 1000 });
    const b = { ...a, mode: 'raise' as const, raise: { ...a.raise, minMonthly: 250 }, weights: { ...a.weights, skill: a.weights.skill + 1e-15 } };
    expect(describeChange(a, b)).toEqual([
      { path: 'mode', from: 'pool', to: 'raise' },
      { path: 'raise.minMonthly', from: 200, to: 250 },
    ]);
    const c = { ...a, weights: setWeight(a.weights, 'skill', 1) };
    expect(describeChange(a, c).map((x) => x.path)).toEqual(['weights.position', 'weights.skill', 'weights.innovation', 'weights.performance']);
    expect(describeChange(a, a)).toEqual([]);
  });
});
