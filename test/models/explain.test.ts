/**
 * A worker's pay explained: the parts, worked out again from the scheme's settings and the worker's record, add up
 * to the engine's monthly pay for 100 random workers of each kind of scheme, to 0.01 元; each part is the engine's
 * component; and one worker worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { explainWorker } from '../../models/pay/explain';
import { computePay } from '../../models/pay/pay';
import { Rng } from '../../models/rng';
import type { Scenario } from '../../models/pay/scenario';
import type { Workforce } from '../../models/types';
import { workforceFromRecords } from '../../models/pay/workforce';
import '../../models/pay/formula';
import { plant800, sample, schemes, seed, valid } from './explainCases';


function check(w: Workforce, s: Scenario) {
  const pay = computePay(w, s, { components: true });
  const rng = new Rng(20261205);
  for (let k = 0; k < 100; k++) {
    const i = Math.floor(rng.next() * w.size);
    const e = explainWorker(w, s, i, pay);
    const sum = e.parts.reduce((t, p) => t + p.monthly, 0);
    expect(Math.abs(sum - pay.annual[i]! / 12), `${w.id[i]}: parts ${sum} vs pay ${pay.annual[i]! / 12}`).toBeLessThan(0.01);
    expect(e.monthly).toBe(pay.annual[i]! / 12);
    if (pay.craftsman[i]) continue;
    const c = pay.components!;
    const part = (key: string) => e.parts.find((p) => p.key === key)?.monthly ?? 0;
    expect(part('floorTopUp')).toBeCloseTo(c.floorTopUp[i]! / 12, 6);
    expect(part('guaranteeTopUp')).toBeCloseTo(c.guaranteeTopUp[i]! / 12, 6);
    expect(part('seniority')).toBeCloseTo(c.seniority[i]! / 12, 6);
    expect(part('allowance')).toBeCloseTo(c.allowance[i]! / 12, 6);
    for (const p of e.parts) {
      expect(p.rule.zh.length).toBeGreaterThan(5);
      expect(p.numbers.zh.length).toBeGreaterThan(0);
    }
  }
}

describe('a worker\u2019s pay explained', () => {
  for (const [name, s] of schemes) {
    it(`the parts add up to the pay for 100 random workers: ${name}, the sample and an 800-worker plant`, () => {
      check(sample, s);
      // The sample's craftsmen are not in another plant: its schemes go there without packages.
      check(plant800, valid({ ...s, craftsmen: [] }));
    });
  }

  it('one worker by hand: a pay table, grade L4 rated B, position value 300, 2 innovation points, 25 years', () => {
    const w = workforceFromRecords([{ id: 'W1', name: '', department: 'd', position: 'p', positionValue: 300, skillLevel: 'L4', performance: 'B', innovation: 2, yearsOfService: 25, monthlyPay: 9000 }]);
    const s = valid({ ...seed('small-plant-scale'), minimumMonthlyWage: 2490 });
    const pay = computePay(w, s, { components: true });
    const e = explainWorker(w, s, 0, pay);
    const sc = s.scale;
    const p = sc.positionRate * 300;
    const k = sc.skillRates.L4;
    const coef = s.performanceCoefficients.B;
    const senior = s.seniorityMonthlyPerYear * Math.min(25, s.seniorityCapYears);
    const gross = (p + k) * coef + (sc.innovationRate * 2) / 12 + senior;
    const byKey = Object.fromEntries(e.parts.map((x) => [x.key, x.monthly]));
    expect(byKey.position).toBeCloseTo(p, 9);
    expect(byKey.skill).toBeCloseTo(k, 9);
    expect(byKey.performance).toBeCloseTo((p + k) * (coef - 1), 9);
    expect(byKey.seniority).toBeCloseTo(senior, 9);
    expect(byKey.floorTopUp).toBeCloseTo(Math.max(0, 2490 - gross), 9);
    expect(e.parts.find((x) => x.key === 'floorTopUp')!.source!.zh).toContain('《最低工资规定》');
    expect(e.monthly).toBeCloseTo(Math.max(gross, 2490) + (s.noLossGuarantee ? Math.max(0, 9000 - Math.max(gross, 2490)) : 0), 6);
  });
});
