/** A workforce as it crosses to and from a worker: the text columns packed into one string each, and back exactly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWire, packText, toWire, unpackText, workforceFromRecords } from '../../models/pay/workforce';
import { generateWorkforce } from '../../seeds/generate';

describe('the packed wire form of a workforce', () => {
  it('gives back every string exactly: empty ones, Chinese, characters outside the basic plane, separators inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', '张三', '𠮷野家', '\u0000', 'a,b\n"c"')), { maxLength: 200 }), (xs) => {
        expect(unpackText(packText(xs))).toEqual(xs);
      }),
      { numRuns: 300 },
    );
  });

  it('a workforce sent through a structured clone (as to a worker) comes back the same, column by column', () => {
    const w = workforceFromRecords(generateWorkforce(2_000, 7, 'W'));
    const back = fromWire(structuredClone(toWire(w)));
    expect(back).toEqual(w);
    // The text travels as four strings, not 8,000.
    const wire = toWire(w);
    expect(Object.keys(wire)).not.toContain('id');
    expect(typeof wire.text.name.chars).toBe('string');
    expect(wire.text.name.ends).toHaveLength(2_000);
  });
});
