/**
 * An allowance written as a formula over a worker's fields, such as
 * `200 * level^1.5 + 30 * years`. mathjs's parser reads it (errors come with
 * the character where reading stopped); the tree is then checked against a
 * short list of variables, operators and functions, and turned into a small
 * function over the workforce's columns. Nothing is evaluated as code: no
 * `eval`, no access to anything but the documented variables (the page's
 * Content-Security-Policy would refuse `eval` anyway).
 *
 * Importing this module registers the compiler with the pay engine; the
 * engine host (worker and CLI) imports it, so mathjs stays out of the page's
 * own bundle.
 */
import { abs, ceil, equal, exp, floor, larger, largerEq, log, max, min, parse, pow, round, smaller, smallerEq, sqrt, unequal, type MathNode } from 'mathjs';
import { registerFormulaCompiler, type CompiledFormula } from './pay';
import type { Workforce } from '../types';

/** The variables a formula may use, per worker (the README and docs/model.md list them). */
export const FORMULA_VARIABLES = {
  level: 'skill grade as a number, 1 (学徒工) … 8 (首席技师)',
  years: 'years of service',
  points: 'job-evaluation points (岗位价值点数)',
  innovation: 'innovation points',
  rating: 'appraisal rating as a number, A = 5 … E = 1',
  pay: "today's monthly pay",
  apprentices: 'apprentices taught (师带徒; 0 when the column is absent)',
  teamLeader: '1 for a team leader (班组长), else 0',
} as const;

/*
 * The functions a formula may call are mathjs's own, so a formula means what
 * it means in mathjs to the last case: round(−2.5) = −3, round(x, 2) to two
 * decimals, log(8, 2) = 3, floor and ceil forgiving a last-bit error, sqrt of
 * a negative number not a real number (refused). Each is called with numbers
 * only; anything that is not a finite real number is refused, naming the
 * worker. Looked up as own keys only: `constructor`, `toString` and the like
 * are not functions here.
 */
const real = (f: (...x: never[]) => unknown) => (...x: number[]): number => {
  try {
    const v = (f as (...a: number[]) => unknown)(...x);
    return typeof v === 'number' ? v : NaN;
  } catch {
    // mathjs refuses the arguments (round(x, 2.5)): not a number, said with the worker.
    return NaN;
  }
};
const FUNCTIONS: ReadonlyMap<string, (...x: number[]) => number> = new Map([
  ['min', real(min as never)],
  ['max', real(max as never)],
  ['abs', real(abs as never)],
  ['round', real(round as never)],
  ['floor', real(floor as never)],
  ['ceil', real(ceil as never)],
  ['sqrt', real(sqrt as never)],
  ['log', real(log as never)],
  ['exp', real(exp as never)],
  ['pow', real(pow as never)],
]);
/**
 * min and max of two numbers, as mathjs gives them, without its call when the
 * two are clearly apart: mathjs compares within a relative 1e-12 (absolute
 * 1e-15), and beyond that its answer is the plain smaller or larger one. Near
 * each other, or not finite, mathjs itself answers. (mathjs per worker made
 * min(years, 20) five times the cost of the whole recompute.)
 */
const apart = (a: number, b: number) => Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) > Math.max(1e-12 * Math.max(Math.abs(a), Math.abs(b)), 1e-15);
const mathMin = FUNCTIONS.get('min')!;
const mathMax = FUNCTIONS.get('max')!;
const PAIRWISE: Readonly<Record<string, (a: number, b: number) => number>> = {
  min: (a, b) => (apart(a, b) ? (a < b ? a : b) : mathMin(a, b)),
  max: (a, b) => (apart(a, b) ? (a > b ? a : b) : mathMax(a, b)),
};
/** How many arguments each function takes. */
const ARITY: Record<string, [number, number]> = { min: [1, 50], max: [1, 50], abs: [1, 1], round: [1, 2], floor: [1, 1], ceil: [1, 1], sqrt: [1, 1], log: [1, 2], exp: [1, 1], pow: [2, 2] };

/** Deepest nesting of brackets a formula may have: the same in the page and the CLI (mathjs's parser recurses, and a browser worker's stack is smaller). */
export const MAX_FORMULA_DEPTH = 40;

/** Why a formula cannot be used: `code` and `params` for the page's words, `message` in English (the CLI's). */
export type FormulaProblem = { ok: false; message: string; at: number | null; code: 'syntax' | 'unknown-name' | 'operator' | 'function' | 'not-number' | 'not-allowed' | 'too-long' | 'too-deep' | 'value'; params: Record<string, string> };
export type FormulaResult = { ok: true; compiled: CompiledFormula } | FormulaProblem;

/*
 * A formula is evaluated a column at a time: each node of the tree computes
 * its value for every worker into a buffer of its own (reused from one
 * recompute to the next), so 100,000 workers cost a few tight loops, not
 * 100,000 walks of the tree.
 */
type Vec = Float64Array | number;
type Node = (w: Workforce) => Vec;

const column: Record<keyof typeof FORMULA_VARIABLES, (w: Workforce, out: Float64Array) => void> = {
  level: (w, out) => {
    for (let i = 0; i < w.size; i++) out[i] = w.level[i]! + 1;
  },
  years: (w, out) => out.set(w.yearsOfService),
  points: (w, out) => out.set(w.positionValue),
  innovation: (w, out) => out.set(w.innovation),
  rating: (w, out) => {
    for (let i = 0; i < w.size; i++) out[i] = 5 - w.rating[i]!;
  },
  pay: (w, out) => out.set(w.monthlyPay),
  apprentices: (w, out) => (w.apprentices ? out.set(w.apprentices) : out.fill(0)),
  teamLeader: (w, out) => {
    if (!w.teamLeader) out.fill(0);
    else for (let i = 0; i < w.size; i++) out[i] = w.teamLeader[i]!;
  },
};

/** A buffer of `n` owned by one node of one formula. */
function bufferOf(): (n: number) => Float64Array {
  let b = new Float64Array(0);
  return (n) => (b.length === n ? b : (b = new Float64Array(n)));
}

class FormulaError extends Error {
  constructor(
    message: string,
    readonly at: number | null,
    readonly code: FormulaProblem['code'] = 'not-allowed',
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Comparisons as mathjs makes them: equal within its relative tolerance (0.1 + 0.2 == 0.3 is true). */
const truth = (f: (a: number, b: number) => unknown) => (a: number, b: number) => +(f(a, b) === true);
const BINARY: ReadonlyMap<string, (a: number, b: number) => number> = new Map<string, (a: number, b: number) => number>([
  ['+', (a, b) => a + b],
  ['-', (a, b) => a - b],
  ['*', (a, b) => a * b],
  ['/', (a, b) => a / b],
  ['^', real(pow as never) as (a: number, b: number) => number],
  ['<', truth(smaller as never)],
  ['>', truth(larger as never)],
  ['<=', truth(smallerEq as never)],
  ['>=', truth(largerEq as never)],
  ['==', truth(equal as never)],
  ['!=', truth(unequal as never)],
  ['and', (a, b) => +(a !== 0 && b !== 0)],
  ['or', (a, b) => +(a !== 0 || b !== 0)],
]);
/** Own keys only: a name never reaches Object.prototype. */
const own = <T>(o: Record<string, T>, k: string): T | undefined => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

/**
 * Plain loops for the arithmetic operators, one per operator and per kind of
 * operands (column and column, number and column, column and number), so
 * each loop stays monomorphic and the engine compiles it tight.
 */
type Loops = { vv: (x: Float64Array, y: Float64Array, o: Float64Array, n: number) => void; sv: (x: number, y: Float64Array, o: Float64Array, n: number) => void; vs: (x: Float64Array, y: number, o: Float64Array, n: number) => void };
const LOOPS: Record<string, Loops> = {
  '+': {
    vv: (x, y, o, n) => {
      for (let i = 0; i < n; i++) {
        const a = x[i]!,
          b = y[i]!;
        o[i] = a + b;
      }
    },
    sv: (a, y, o, n) => {
      for (let i = 0; i < n; i++) {
        const b = y[i]!;
        o[i] = a + b;
      }
    },
    vs: (x, b, o, n) => {
      for (let i = 0; i < n; i++) {
        const a = x[i]!;
        o[i] = a + b;
      }
    },
  },
  '-': {
    vv: (x, y, o, n) => {
      for (let i = 0; i < n; i++) {
        const a = x[i]!,
          b = y[i]!;
        o[i] = a - b;
      }
    },
    sv: (a, y, o, n) => {
      for (let i = 0; i < n; i++) {
        const b = y[i]!;
        o[i] = a - b;
      }
    },
    vs: (x, b, o, n) => {
      for (let i = 0; i < n; i++) {
        const a = x[i]!;
        o[i] = a - b;
      }
    },
  },
  '*': {
    vv: (x, y, o, n) => {
      for (let i = 0; i < n; i++) {
        const a = x[i]!,
          b = y[i]!;
        o[i] = a * b;
      }
    },
    sv: (a, y, o, n) => {
      for (let i = 0; i < n; i++) {
        const b = y[i]!;
        o[i] = a * b;
      }
    },
    vs: (x, b, o, n) => {
      for (let i = 0; i < n; i++) {
        const a = x[i]!;
        o[i] = a * b;
      }
    },
  },
  '/': {
    vv: (x, y, o, n) => {
      for (let i = 0; i < n; i++) {
        const a = x[i]!,
          b = y[i]!;
        o[i] = a / b;
      }
    },
    sv: (a, y, o, n) => {
      for (let i = 0; i < n; i++) {
        const b = y[i]!;
        o[i] = a / b;
      }
    },
    vs: (x, b, o, n) => {
      for (let i = 0; i < n; i++) {
        const a = x[i]!;
        o[i] = a / b;
      }
    },
  },
  '^': {
    vv: (x, y, o, n) => {
      for (let i = 0; i < n; i++) o[i] = Math.pow(x[i]!, y[i]!);
    },
    sv: (a, y, o, n) => {
      for (let i = 0; i < n; i++) o[i] = Math.pow(a, y[i]!);
    },
    // A power by a constant (level^1.5, years^2) is the common case: whole and half powers by multiplication and a square root (Math.pow is several times slower).
    vs: (x, b, o, n) => {
      const whole = Math.trunc(b);
      const half = b - whole === 0.5;
      if ((b === whole || half) && Math.abs(whole) <= 16 && b >= 0) {
        for (let i = 0; i < n; i++) {
          const a = x[i]!;
          let p = 1;
          for (let k = 0; k < whole; k++) p *= a;
          o[i] = half ? p * Math.sqrt(a) : p;
        }
      } else for (let i = 0; i < n; i++) o[i] = Math.pow(x[i]!, b);
    },
  },
};

/** f over each worker of the arguments' columns (a constant argument stays a number). */
function lift(args: Node[], f: (...x: number[]) => number, op?: string): Node {
  const buf = bufferOf();
  if (args.length === 1) {
    const [a] = args as [Node];
    return (w) => {
      const x = a(w);
      if (typeof x === 'number') return f(x);
      const out = buf(w.size);
      for (let i = 0; i < w.size; i++) out[i] = f(x[i]!);
      return out;
    };
  }
  if (args.length === 2) {
    const [a, b] = args as [Node, Node];
    const loop = op ? own(LOOPS, op) : undefined;
    return (w) => {
      const x = a(w),
        y = b(w);
      if (typeof x === 'number' && typeof y === 'number') return f(x, y);
      const out = buf(w.size);
      if (loop) {
        if (typeof x === 'number') loop.sv(x, y as Float64Array, out, w.size);
        else if (typeof y === 'number') loop.vs(x, y, out, w.size);
        else loop.vv(x, y, out, w.size);
      } else if (typeof x === 'number') for (let i = 0; i < w.size; i++) out[i] = f(x, (y as Float64Array)[i]!);
      else if (typeof y === 'number') for (let i = 0; i < w.size; i++) out[i] = f(x[i]!, y);
      else for (let i = 0; i < w.size; i++) out[i] = f(x[i]!, y[i]!);
      return out;
    };
  }
  return (w) => {
    const xs = args.map((a) => a(w));
    if (xs.every((x) => typeof x === 'number')) return f(...(xs as number[]));
    const out = buf(w.size);
    const v = new Array<number>(xs.length);
    for (let i = 0; i < w.size; i++) {
      for (let k = 0; k < xs.length; k++) {
        const x = xs[k]!;
        v[k] = typeof x === 'number' ? x : x[i]!;
      }
      out[i] = f(...v);
    }
    return out;
  };
}

function build(node: MathNode, text: string): Node {
  const where = (name: string) => {
    const k = text.indexOf(name);
    return k < 0 ? null : k;
  };
  switch (node.type) {
    case 'ConstantNode': {
      const v = (node as unknown as { value: unknown }).value;
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new FormulaError(`only numbers may be written, not ${JSON.stringify(v)}`, where(String(v)), 'not-number', { text: String(v) });
      return () => v;
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const fill = own(column, name);
      if (!fill) throw new FormulaError(`unknown name "${name}": use ${Object.keys(column).join(', ')}`, where(name), 'unknown-name', { name });
      const buf = bufferOf();
      return (w) => {
        const out = buf(w.size);
        fill(w, out);
        return out;
      };
    }
    case 'ParenthesisNode':
      return build((node as unknown as { content: MathNode }).content, text);
    case 'ConditionalNode': {
      const n = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
      return lift([build(n.condition, text), build(n.trueExpr, text), build(n.falseExpr, text)], (c, a, b) => (c !== 0 ? a : b));
    }
    case 'OperatorNode': {
      const n = node as unknown as { op: string; fn: string; args: MathNode[] };
      const args = n.args.map((x) => build(x, text));
      if (args.length === 1) {
        if (n.op === '-') return lift(args, (a) => -a);
        if (n.op === '+') return args[0]!;
        if (n.op === 'not') return lift(args, (a) => +(a === 0));
      }
      const f = BINARY.get(n.op);
      if (args.length === 2 && f) return lift(args, f, n.op);
      throw new FormulaError(`the operator "${n.op}" is not allowed: use + − * / ^, comparisons, and, or, not, and "? :"`, where(n.op), 'operator', { op: n.op });
    }
    case 'FunctionNode': {
      const n = node as unknown as { fn: { name?: string }; args: MathNode[] };
      const name = typeof n.fn.name === 'string' ? n.fn.name : '';
      const f = FUNCTIONS.get(name);
      if (!f) throw new FormulaError(`the function "${name}" is not allowed: use ${[...FUNCTIONS.keys()].join(', ')}`, where(name), 'function', { name });
      const [lo, hi] = ARITY[name]!;
      if (n.args.length < lo || n.args.length > hi) throw new FormulaError(`${name}() takes ${lo === hi ? lo : `${lo} to ${hi}`} value(s), not ${n.args.length}`, where(name), 'function', { name });
      return lift(
        n.args.map((x) => build(x, text)),
        n.args.length === 2 ? (own(PAIRWISE, name) ?? f) : f,
      );
    }
    default:
      throw new FormulaError(`"${node.toString()}" is not allowed in a formula (${node.type})`, where(node.toString()), 'not-allowed', { text: node.toString() });
  }
}

/** Read and check a formula; the error names what is wrong and where (0-based character), in English. */
export function compileFormula(text: string): FormulaResult {
  if (text.length > 500) return { ok: false, message: 'a formula of at most 500 characters', at: 500, code: 'too-long', params: {} };
  // Brackets nested deeper than MAX_FORMULA_DEPTH are refused before parsing, the same everywhere.
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (depth > MAX_FORMULA_DEPTH) return { ok: false, message: `brackets nested more than ${MAX_FORMULA_DEPTH} deep`, at: k, code: 'too-deep', params: { max: String(MAX_FORMULA_DEPTH) } };
  }
  let tree: MathNode;
  try {
    tree = parse(text);
  } catch (e) {
    const err = e as Error & { char?: number };
    // mathjs counts characters from 1.
    return { ok: false, message: err.message.replace(/(?<!\s)\s*\(char \d+\)$/, ''), at: typeof err.char === 'number' ? Math.max(0, err.char - 1) : null, code: 'syntax', params: {} };
  }
  try {
    const ev = build(tree, text);
    return {
      ok: true,
      compiled: {
        text,
        column: (w, out) => {
          const v = ev(w);
          if (typeof v === 'number') out.fill(v);
          else out.set(v);
          // Whether every value is a finite number, and within its bounds, is checked where the allowances are added (models/pay/pay.ts).
        },
      },
    };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, message: e.message, at: e.at, code: e.code, params: e.params };
    throw e;
  }
}

registerFormulaCompiler(compileFormula);
