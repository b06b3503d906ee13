/** Typed errors: callers (CLI exit codes, UI messages) branch on the class, not on text. */

/** The user's input is wrong and can be fixed by the user (CLI exit 2). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Why a worker's formula allowance cannot be used. */
export type FormulaValueKind = 'not-finite' | 'too-high' | 'too-low';

export interface FormulaValueProblem {
  id: string;
  /** The allowance the formula gives the worker, 元 a month (as text: it may be Infinity or NaN). */
  value: string;
  kind: FormulaValueKind;
  /** The bound passed, 元 a month (null for a value that is not a number). */
  bound: number | null;
}

const FORMULA_VALUE = /^allowances\.formula: worker (.+) gets (\S+) a month: (not-finite|too-high|too-low)(?: \(bound (-?[\d.e+]+)\))?/;

/**
 * A formula whose value for a worker is not a number, or out of its bounds
 * (docs/model.md, allowances). Its message carries the worker, the value and
 * the bound in a fixed form, so the page can say it in its own language
 * after the message has crossed from the worker (`readFormulaValue`).
 */
export class FormulaValueError extends InputError {
  constructor(readonly problem: FormulaValueProblem) {
    const why = { 'not-finite': 'not a finite number', 'too-high': 'above the bound', 'too-low': 'below the bound' }[problem.kind];
    super(`allowances.formula: worker ${problem.id} gets ${problem.value} a month: ${problem.kind}${problem.bound !== null ? ` (bound ${problem.bound})` : ''} — ${why}; no figure is computed from it`);
    this.name = 'FormulaValueError';
  }
}

/** The problem a FormulaValueError's message carries, or null for any other message. */
export function readFormulaValue(message: string): FormulaValueProblem | null {
  const m = FORMULA_VALUE.exec(message);
  if (!m) return null;
  return { id: m[1]!, value: m[2]!, kind: m[3] as FormulaValueKind, bound: m[4] === undefined ? null : Number(m[4]) };
}

/**
 * A formula's value as said to the user: as the caller formats numbers, or, from a thousand million up, as Excel and
 * WPS write large numbers (9.13E+306), so a value of 300 digits stays one short word; Infinity and NaN as they are.
 */
export function formulaValueShown(value: string, format: (x: number) => string): string {
  const v = Number(value);
  if (!Number.isFinite(v)) return value;
  return Math.abs(v) >= 1e9 ? v.toExponential(2).toUpperCase() : format(v);
}
