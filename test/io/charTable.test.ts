/** The reader's table of strings looked up by characters of a line: the same answers as a Map of the strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharTable } from '../../models/io/charTable';

describe('CharTable', () => {
  it('finds a string by characters of another, by hand', () => {
    const t = new CharTable();
    expect(t.add('JX0001')).toBe(0);
    expect(t.intern('2027-03')).toBe(1);
    expect(t.intern('JX0001')).toBe(0);
    const line = '2027-03,JX0001,3500';
    expect(t.find(line, 8, 14)).toBe(0);
    expect(t.find(line, 0, 7)).toBe(1);
    expect(t.find(line, 8, 13)).toBe(-1); // JX000: a prefix is not the string
    expect(t.find(line, 15, 19)).toBe(-1);
    // A right guess is taken; a wrong one is only a guess.
    expect(t.find(line, 8, 14, 0)).toBe(0);
    expect(t.find(line, 8, 14, 1)).toBe(0);
    expect([t.size, t.keys]).toEqual([2, ['JX0001', '2027-03']]);
  });

  it('property: the same indexes as a Map, through growth, colliding prefixes and empty strings', () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 5000 }).map((n) => `JX${n}`), fc.constantFrom('', '张三', 'ＪＸ5', '\u0000'));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (keys, before, after) => {
        const t = new CharTable();
        const m = new Map<string, number>();
        for (const k of keys) {
          // Looked up inside a longer string, then added when missing: as the reader does with a line.
          const line = before + k + after;
          const found = t.find(line, before.length, before.length + k.length, m.size ? (m.get(k) ?? 0) : -1);
          expect(found).toBe(m.get(k) ?? -1);
          if (found < 0) {
            expect(t.add(k)).toBe(m.size);
            m.set(k, m.size);
          }
        }
        expect(t.keys).toEqual([...m.keys()]);
        for (const [k, i] of m) expect(t.intern(k)).toBe(i);
        expect(t.size).toBe(m.size);
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });
});
