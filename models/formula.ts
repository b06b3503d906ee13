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
import { parse, type MathNode } from 'mathjs';
import { registerFormulaCompiler, type CompiledFormula } from './pay';
import type { Workforce } from './types';

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

const FUNCTIONS: Record<string, (...x: number[]) => number> = {
  min: Math.min,
  max: Math.max,
  abs: Math.abs,
  round: Math.round,
  floor: Math.floor,
  ceil: Math.ceil,
  sqrt: Math.sqrt,
  log: Math.log,
  exp: Math.exp,
  pow: Math.pow,
};

/** Why a formula cannot be used: `code` and `params` for the page's words, `message` in English (the CLI's). */
export type FormulaProblem = { ok: false; message: string; at: number | null; code: 'syntax' | 'unknown-name' | 'operator' | 'function' | 'not-number' | 'not-allowed' | 'too-long' | 'value'; params: Record<string, string> };
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

const BINARY: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => Math.pow(a, b),
  '<': (a, b) => +(a < b),
  '>': (a, b) => +(a > b),
  '<=': (a, b) => +(a <= b),
  '>=': (a, b) => +(a >= b),
  '==': (a, b) => +(a === b),
  '!=': (a, b) => +(a !== b),
  and: (a, b) => +(a !== 0 && b !== 0),
  or: (a, b) => +(a !== 0 || b !== 0),
};

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
    const loop = op ? LOOPS[op] : undefined;
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
      const fill = column[name as keyof typeof column];
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
      const f = BINARY[n.op];
      if (args.length === 2 && f) return lift(args, f, n.op);
      throw new FormulaError(`the operator "${n.op}" is not allowed: use + − * / ^, comparisons, and, or, not, and "? :"`, where(n.op), 'operator', { op: n.op });
    }
    case 'FunctionNode': {
      const n = node as unknown as { fn: { name?: string }; args: MathNode[] };
      const name = n.fn.name ?? '';
      const f = FUNCTIONS[name];
      if (!f) throw new FormulaError(`the function "${name}" is not allowed: use ${Object.keys(FUNCTIONS).join(', ')}`, where(name), 'function', { name });
      if (!n.args.length) throw new FormulaError(`${name}() needs a value`, where(name), 'function', { name });
      return lift(
        n.args.map((x) => build(x, text)),
        f,
      );
    }
    default:
      throw new FormulaError(`"${node.toString()}" is not allowed in a formula (${node.type})`, where(node.toString()), 'not-allowed', { text: node.toString() });
  }
}

/** Read and check a formula; the error names what is wrong and where (0-based character), in English. */
export function compileFormula(text: string): FormulaResult {
  if (text.length > 500) return { ok: false, message: 'a formula of at most 500 characters', at: 500, code: 'too-long', params: {} };
  let tree: MathNode;
  try {
    tree = parse(text);
  } catch (e) {
    const err = e as Error & { char?: number };
    // mathjs counts characters from 1.
    return { ok: false, message: err.message.replace(/\s*\(char \d+\)$/, ''), at: typeof err.char === 'number' ? Math.max(0, err.char - 1) : null, code: 'syntax', params: {} };
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
          for (let i = 0; i < w.size; i++) if (!Number.isFinite(out[i]!)) throw new FormulaError(`the formula gives ${out[i]} for worker ${w.id[i]}`, null, 'value', { value: String(out[i]), id: w.id[i]! });
        },
      },
    };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, message: e.message, at: e.at, code: e.code, params: e.params };
    throw e;
  }
}

registerFormulaCompiler(compileFormula);
