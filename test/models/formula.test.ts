/** Allowance formulas: read by mathjs's parser, checked against a short list of names, evaluated a column at a time. */
import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { compileFormula, MAX_FORMULA_DEPTH } from '../../models/pay/formula';
import { FormulaValueError, InputError, readFormulaValue } from '../../models/errors';
import { computePay } from '../../models/pay/pay';
import { workforceFromRecords } from '../../models/pay/workforce';
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

  it('a value that is not a finite number for some worker stops the recompute, naming the worker (was: an internal error with a stack trace)', () => {
    const at = (formula: string) => {
      try {
        computePay(w, scenario({ mode: 'pool', annualPool: 600_000, allowances: { formula } }));
      } catch (e) {
        expect(e).toBeInstanceOf(FormulaValueError);
        expect(e).toBeInstanceOf(InputError);
        return readFormulaValue((e as Error).message);
      }
      throw new Error(`accepted ${formula}`);
    };
    // W1 has 2 years of service: the first worker whose value is not a number is named.
    expect(at('100 / (years - 2)')).toEqual({ id: 'W1', value: 'Infinity', kind: 'not-finite', bound: null });
    expect(at('1/0')).toMatchObject({ id: 'W1', kind: 'not-finite' });
    expect(at('0/0')).toMatchObject({ value: 'NaN', kind: 'not-finite' });
    expect(at('1e308^9')).toMatchObject({ kind: 'not-finite' });
    expect(at('1/(level-1)')).toMatchObject({ id: 'W1', value: 'Infinity' });
    expect(at('sqrt(-1 * pay)')).toMatchObject({ value: 'NaN' });
    expect(at('round(pay, 2.5)')).toMatchObject({ value: 'NaN' });
  });

  it('a value out of its bounds is refused, naming the worker and the bound (was: pay*1e303 gave null figures, 1e12 a growth of +13,748,427,897 %, −100000 hidden by the floor)', () => {
    const at = (formula: string) => {
      try {
        computePay(w, scenario({ mode: 'pool', annualPool: 600_000, minimumMonthlyWage: 2500, allowances: { formula } }));
      } catch (e) {
        return readFormulaValue((e as Error).message);
      }
      return null;
    };
    // W1 earns 3,000 a month: at most 10 × 3,000 = 30,000 a month.
    expect(at('pay * 1e303')).toEqual({ id: 'W1', value: String(3000 * 1e303), kind: 'too-high', bound: 30_000 });
    expect(at('1e12')).toMatchObject({ id: 'W1', kind: 'too-high', bound: 30_000 });
    expect(at('30000')).toBeNull();
    expect(at('30000.01')).toMatchObject({ kind: 'too-high' });
    // With no other allowance a formula may not take anything away.
    expect(at('-100000')).toEqual({ id: 'W1', value: '-100000', kind: 'too-low', bound: 0 });
    expect(at('-1')).toMatchObject({ kind: 'too-low' });
    expect(at('0')).toBeNull();
  });

  it('never reaches Object.prototype: constructor, toString, __proto__ and the like are unknown names or functions (was: a silent 0, +5,026,800 元, or a crash)', () => {
    for (const text of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty(1)', 'propertyIsEnumerable(1)', 'toLocaleString', 'isPrototypeOf(1)', 'constructor(level)*100', 'level + constructor', 'min.constructor', '__defineGetter__(1)']) {
      const r = compileFormula(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(['unknown-name', 'function', 'not-allowed'], text).toContain(r.code);
    }
  });

  it('means what mathjs means, function by function (property: random arguments against mathjs itself)', () => {
    const one = (text: string, pay: number, points: number) => {
      const wf = workforceFromRecords([{ id: 'x', name: '', department: '', position: 'p', positionValue: points, skillLevel: 'L3', performance: 'C', innovation: 0, yearsOfService: 3, monthlyPay: pay }]);
      const r = compileFormula(text);
      if (!r.ok) throw new Error(r.message);
      const out = new Float64Array(1);
      r.compiled.column(wf, out);
      return out[0]!;
    };
    const mathjs = (text: string, pay: number, points: number) => {
      const v = evaluate(text, { pay, points });
      return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : NaN;
    };
    // Ties and decimals of round, the base of log, and the rest.
    expect(one('round(-2.5 * pay)', 1, 1)).toBe(-3);
    expect(one('round(pay, 2)', 2.345, 1)).toBe(mathjs('round(pay, 2)', 2.345, 1));
    expect(one('log(8, 2)', 1, 1)).toBe(3);
    const texts = ['round(pay)', 'round(-pay)', 'round(pay, 2)', 'round(pay / 3, 1)', 'floor(pay)', 'ceil(pay)', 'floor(pay / 10)', 'abs(pay - points)', 'log(pay)', 'log(pay, points)', 'exp(pay / 1000)', 'sqrt(pay)', 'pow(pay, 2)', 'min(pay, points)', 'max(pay, points, 3)', 'pay == points', 'pay != points', 'pay <= points', 'pay >= points', 'pay < points', 'pay > points', '(pay > points) ? 1 : 2'];
    const arg = fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.constantFrom(0.5, 1.5, 2.5, 0.125, 1.005, 2.675, 100.5));
    fc.assert(
      fc.property(fc.constantFrom(...texts), arg, arg, (text, pay, points) => {
        const got = one(text, pay, points);
        const want = mathjs(text, pay, points);
        if (!Number.isFinite(want)) expect(got).toBe(want);
        else expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
      }),
      { numRuns: 600 },
    );
    // min and max of two values within mathjs's tolerance of each other (or not finite): exactly mathjs's choice; clearly apart, the plain one.
    for (const [a, b] of [[1, 1 + 1e-13], [1 + 1e-13, 1], [0, 1e-16], [1e-16, 0], [5, 5], [2, 3], [3, 2], [1e6, 1e6 * (1 + 2e-12)], [1e6 * (1 + 2e-12), 1e6]] as const) {
      for (const f of ['min', 'max']) expect(one(`${f}(pay, points)`, a, b), `${f}(${a}, ${b})`).toBe(mathjs(`${f}(pay, points)`, a, b));
    }
    // Ties exactly: round at .5 and at two decimals, on values mathjs and Math.round disagree on.
    for (const x of [0.5, 1.5, 2.5, -0.5, -1.5, -2.5]) expect(one(`round(${x} * pay)`, 1, 1)).toBe(evaluate(`round(${x})`) as number);
    for (const x of [1.005, 2.675, 1.255, -1.005]) expect(one(`round(${x} * pay, 2)`, 1, 1)).toBe(evaluate(`round(${x}, 2)`) as number);
  });

  it('has one limit of nesting, the same in the page and the CLI: 240 brackets are refused with the place (was: the CLI accepted, the page said 语法错误)', () => {
    const deep = `${'('.repeat(240)}1${')'.repeat(240)}`;
    const r = compileFormula(deep);
    expect(r).toMatchObject({ ok: false, code: 'too-deep', at: MAX_FORMULA_DEPTH });
    expect(compileFormula(`${'('.repeat(MAX_FORMULA_DEPTH)}1${')'.repeat(MAX_FORMULA_DEPTH)}`).ok).toBe(true);
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
