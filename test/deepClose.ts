/**
 * Equality across JavaScript engines. Node and Chromium run different V8
 * builds, and `Math.exp`, `log` and `pow` are not required to agree to the
 * last bit across them: a result computed in one and checked in the other is
 * compared number by number to a relative 1e-12 (every other value, and the
 * shape, exactly). Where one host must repeat itself (a seeded run twice in
 * the same engine), tests keep exact equality.
 */
export const CROSS_HOST_REL = 1e-12;

function walk(a: unknown, b: unknown, path: string, rel: number, out: string[]): void {
  if (out.length >= 10) return;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Object.is(a, b)) return;
    if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b))) return;
    out.push(`${path || '(value)'}: ${a} vs ${b}`);
    return;
  }
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = Array.from(a as unknown as ArrayLike<number>);
    const y = Array.from(b as unknown as ArrayLike<number>);
    if (a.constructor !== b.constructor) out.push(`${path}: ${a.constructor.name} vs ${b.constructor.name}`);
    walk(x, y, path, rel, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(`${path}: length ${a.length} vs ${b.length}`);
      return;
    }
    a.forEach((v, k) => walk(v, b[k], `${path}[${k}]`, rel, out));
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined).sort();
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined).sort();
    if (ka.join() !== kb.join()) {
      out.push(`${path}: keys ${ka.join(',')} vs ${kb.join(',')}`);
      return;
    }
    for (const k of ka) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, rel, out);
    return;
  }
  if (!Object.is(a, b)) out.push(`${path || '(value)'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

/** The places where `actual` and `expected` differ beyond `rel` (numbers) or at all (anything else); empty when they agree. */
export function deepCloseDiff(actual: unknown, expected: unknown, rel = CROSS_HOST_REL): string[] {
  const out: string[] = [];
  walk(actual, expected, '', rel, out);
  return out;
}

/** Throws, naming up to ten places, unless `actual` equals `expected` with numbers to a relative `rel`. */
export function expectDeepClose(actual: unknown, expected: unknown, rel = CROSS_HOST_REL): void {
  const diff = deepCloseDiff(actual, expected, rel);
  if (diff.length) throw new Error(`differs beyond a relative ${rel}:\n  ${diff.join('\n  ')}`);
}
