/**
 * Rules for editing a scheme, kept beside the engine so the page, the CLI and
 * the tests apply them the same way: weights that always sum to 1, names that
 * never collide, craftsman packages set aside (never lost) when their worker is
 * absent, pools that follow a new workforce, and a readable list of what a
 * change does before it is made.
 */
import type { CraftsmanPackage, Scenario } from './scenario';
import type { Workforce } from '../types';

/** Weights kept summing to 1: set one, rescale the others in proportion (equally when they are all 0). */
export function setWeight<W extends Record<string, number>>(weights: W, key: keyof W & string, value: number): W {
  const v = Math.min(1, Math.max(0, value));
  const others = Object.keys(weights).filter((k) => k !== key);
  const rest = others.reduce((s, k) => s + weights[k]!, 0);
  const out: Record<string, number> = { ...weights, [key]: v };
  for (const k of others) out[k] = rest > 0 ? (weights[k]! / rest) * (1 - v) : (1 - v) / others.length;
  // Absorb rounding so the sum is exactly 1 within the schema's 1e-9.
  const sum = Object.values(out).reduce((s, x) => s + x, 0);
  const last = others.at(-1);
  if (last !== undefined) out[last] = Math.max(0, out[last]! + (1 - sum));
  return out as W;
}

/**
 * Shares shown as percentages with `decimals` places that add up to exactly
 * 100 (largest remainder): 33.3 + 33.3 + 33.4, never 99.9 or 100.1.
 */
export function displayPercents<K extends string>(shares: Record<K, number>, decimals = 1): Record<K, number> {
  const unit = Math.pow(10, decimals);
  const keys = Object.keys(shares) as K[];
  const total = 100 * unit;
  const raw = keys.map((k) => shares[k] * total);
  const floors = raw.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - floors[i]! })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return Object.fromEntries(keys.map((k, i) => [k, floors[i]! / unit])) as Record<K, number>;
}

/** The name itself when free, else the first of "name (2)", "name (3)", … not taken. Blank names become `fallback`. */
export function uniqueName(name: string, taken: Iterable<string>, fallback = '未命名方案'): string {
  const used = new Set(taken);
  const base = name.trim() === '' ? fallback : name;
  if (!used.has(base)) return base;
  const stem = base.replace(/(?<!\s)\s*\((\d+)\)$/, '');
  for (let k = 2; ; k++) {
    const candidate = `${stem} (${k})`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Today's annual wage bill of every worker (regular and craftsmen): 12 × Σ monthly pay. */
export function currentWageBill(w: Workforce): number {
  let sum = 0;
  for (let i = 0; i < w.size; i++) sum += w.monthlyPay[i]!;
  return 12 * sum;
}

/**
 * The pool of a scheme on a workforce whose wage bill today is `bill` — the
 * one rule by which amounts follow a workforce (docs/model.md §2a): a pool
 * set on another wage bill keeps its ratio to today's bill, rounded to the
 * yuan; on the wage bill it was set on it is exactly as written. A scheme
 * without a basis note is taken as written for whatever workforce it meets.
 * Only the pool is a total for the whole workforce: every other amount of a
 * scheme (rates per point, per grade or per month, percentages, a craftsman's
 * package) is per worker and stays as it is.
 */
export function poolOn(s: Scenario, bill: number): number | null {
  if (s.annualPool === null) return null;
  const from = s.basis?.wageBill;
  if (from === undefined || !(bill > 0) || from === bill) return s.annualPool;
  return Math.round((s.annualPool * bill) / from);
}

/** The scheme as it applies on a workforce (wage bill `bill`, fingerprint `workforce`): its pool carried over, and the basis note naming that workforce. */
export function onWorkforce(s: Scenario, bill: number, workforce?: string): Scenario {
  if (!(bill > 0) || s.annualPool === null) return s;
  const pool = poolOn(s, bill);
  const sameBasis = s.basis?.wageBill === bill && (workforce === undefined || s.basis.workforce === workforce);
  if (pool === s.annualPool && sameBasis) return s;
  return { ...s, annualPool: pool, basis: { wageBill: bill, ...(workforce ? { workforce } : {}) } };
}

/**
 * The scheme the engine is asked about on a workforce: its pool carried to
 * that workforce's wage bill, and only the craftsman packages whose worker is
 * there. The others are set aside, not deleted: they come back when a
 * workforce with that worker is loaded.
 */
export function effectiveScenario(s: Scenario, has: (id: string) => boolean, bill = 0): { scenario: Scenario; setAside: CraftsmanPackage[] } {
  const carried = onWorkforce(s, bill);
  const setAside = carried.craftsmen.filter((c) => !has(c.id));
  if (!setAside.length) return { scenario: carried, setAside };
  return { scenario: { ...carried, craftsmen: carried.craftsmen.filter((c) => has(c.id)) }, setAside };
}

export interface Change {
  /** Dotted scenario path, e.g. `mode`, `annualPool`, `weights.skill`, `raise.minMonthly`. */
  path: string;
  from: unknown;
  to: unknown;
}

function walk(a: unknown, b: unknown, path: string, out: Change[]): void {
  if (Object.is(a, b)) return;
  const objA = a !== null && typeof a === 'object';
  const objB = b !== null && typeof b === 'object';
  if (objA && objB && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b)) return;
  // Rounding noise of rescaled weights is not a change a person would see.
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a))) return;
  out.push({ path, from: a, to: b });
}

/** Every leaf that differs between two versions of a scheme, in key order: what "use it" or an import will change. */
export function describeChange(before: Scenario, after: Scenario): Change[] {
  const out: Change[] = [];
  walk(before, after, '', out);
  return out;
}
