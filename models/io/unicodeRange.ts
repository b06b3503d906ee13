/** CSS `unicode-range` values (as in @font-face rules): the ranges they list, and whether a code point falls in one. */

/** The ranges of a `unicode-range` value, as [first, last] code points ("U+4??" is U+400–U+4FF). */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').flatMap((part): [number, number][] => {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m) return [];
    if (m[1]!.includes('?')) return [[parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'F'), 16)]];
    const lo = parseInt(m[1]!, 16);
    return [[lo, m[2] ? parseInt(m[2], 16) : lo]];
  });
}

/** Whether `cp` falls in one of `ranges` (parsed once with parseUnicodeRange where many code points are asked). */
export function inRanges(cp: number, ranges: [number, number][]): boolean {
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

export function inUnicodeRange(cp: number, range: string): boolean {
  return inRanges(cp, parseUnicodeRange(range));
}

/** The code points of `text`, once each. */
export const codePoints = (text: string): Set<number> => new Set([...text].map((c) => c.codePointAt(0)!));
