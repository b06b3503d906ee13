/** Allowance formulas: read by mathjs's parser, checked against a short list of names, evaluated a column at a time. */
import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../models/formula';
import { computePay } from '../../models/pay';
import { workforceFromRecords } from '../../models/workforce';
import { close, FIVE, scenario, workers } from '../helpers';

const w = workers(FIVE);
const values = (text: string) => {
  const r = compileFormula(text);
  if (!r.ok) throw new Error(r.message);
  const out = new Float64Array(w.size);
  r.compiled.column(w, out);
  return Array.from(out);
};

describe('allowance formulas', () => {
  it('agree with mathjs evaluating the same text for each worker (property: random formulas over the variables)', () => {
    const vars = ['level', 'years', 'points', 'innovation', 'rating', 'pay'];
    const term = fc.oneof(
      fc.constantFrom(...vars),
      fc.integer({ min: 0, max: 500 }).map(String),
      fc.tuple(fc.constantFrom(...vars), fc.constantFrom('0.5', '1.5', '2', '3')).map(([v, e]) => `${v}^${e}`),
      fc.tuple(fc.constantFrom(...vars), fc.integer({ min: 1, max: 40 })).map(([v, k]) => `min(${v}, ${k})`),
      fc.tuple(fc.constantFrom(...vars), fc.integer({ min: 1, max: 9000 })).map(([v, k]) => `(${v} > ${k} ? 100 : 0)`),
    );
    const formula = fc.array(fc.tuple(fc.constantFrom('+', '-', '*'), term), { minLength: 1, maxLength: 5 }).map((xs) => xs.map(([op, t], k) => (k ? `${op} ${t}` : t)).join(' '));
    fc.assert(
      fc.property(formula, (text) => {
        const got = values(text);
        for (let i = 0; i < w.size; i++) {
          const scope = { level: w.level[i]! + 1, years: w.yearsOfService[i]!, points: w.positionValue[i]!, innovation: w.innovation[i]!, rating: 5 - w.rating[i]!, pay: w.monthlyPay[i]! };
          const want = evaluate(text, scope) as number;
          // Relative: products of powers reach 1e10 and more, where the two evaluators may round the last bit differently.
          expect(Math.abs(got[i]! - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('says what is wrong and where', () => {
    const bad = (text: string) => {
      const r = compileFormula(text);
      if (r.ok) throw new Error(`accepted ${text}`);
      return r;
    };
    expect(bad('200 * (level')).toMatchObject({ at: 12 });
    expect(bad('200 * (level').message).toMatch(/Parenthesis/);
    expect(bad('salary * 2')).toMatchObject({ message: expect.stringMatching(/unknown name "salary"/), at: 0 });
    expect(bad('30 * years + import("x")').message).toMatch(/not allowed/);
    expect(bad('evaluate("1+1")').message).toMatch(/function "evaluate" is not allowed/);
    expect(bad('x = 3').message).toMatch(/not allowed/);
    expect(bad('[1, 2]').message).toMatch(/not allowed/);
    expect(bad('"text"').message).toMatch(/only numbers/);
  });

  it('a value that is not a number for some worker stops the recompute, naming the worker', () => {
    const s = scenario({ mode: 'pool', annualPool: 600_000, allowances: { formula: '100 / (years - 5)' } });
    expect(() => computePay(w, s)).toThrow(/gives Infinity for worker W2/);
  });

  it('allowances join the gross pay before the floor, and the wage bill, worked by hand', () => {
    const rec = (id: string, level: 'L1' | 'L3', appr: number, leader: boolean) => ({ id, name: '', department: '', position: 'p', positionValue: 300, skillLevel: level, performance: 'C' as const, innovation: 0, yearsOfService: 10, monthlyPay: 5000, apprentices: appr, teamLeader: leader });
    const wf = workforceFromRecords([rec('a', 'L1', 0, false), rec('b', 'L3', 2, true)]);
    const base = scenario({ mode: 'raise', raise: { percent: 0, minMonthly: 0 }, minimumMonthlyWage: 0, noLossGuarantee: false });
    const s = { ...base, allowances: { byGrade: { L1: 0, L2: 0, L3: 300, L4: 0, L5: 0, L6: 0, L7: 0, L8: 0 }, perApprentice: 150, teamLeader: 200, formula: '10 * years' } };
    const r = computePay(wf, s, { components: true });
    // a: 10 × 10 = 100 a month; b: 300 + 2 × 150 + 200 + 100 = 900 a month.
    close(r.components!.allowance[0]!, 12 * 100);
    close(r.components!.allowance[1]!, 12 * 900);
    close(r.summary.allowances, 12 * 1000);
    close(r.summary.wageBill, 12 * 5000 * 2 + 12 * 1000);
    // Before the floor: with a floor of 5,500 a month, a (5,100) is topped up by 400, b (5,900) is not.
    const floored = computePay(wf, { ...s, minimumMonthlyWage: 5500 }, { components: true });
    close(floored.components!.floorTopUp[0]!, 12 * 400);
    expect(floored.components!.floorTopUp[1]).toBe(0);
  });
});
