/** A workforce as it crosses to and from a worker: the text columns packed into one string each, and back exactly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyWorkforce, fromWire, fromWireLazy, hasId, packText, packedTextOf, toWire, unpackText, workforceFromRecords } from '../../models/pay/workforce';
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

  it('gives back long columns exactly, whether their values repeat, are all different, or turn from one to the other past the look-up limit', () => {
    const n = 12_000;
    const repeating = Array.from({ length: n }, (_, i) => ['生产部', '质量部', '设备部', ''][i % 4]!);
    const unique = Array.from({ length: n }, (_, i) => `JX${String(i).padStart(5, '0')}`);
    // Repeats for a while, then a new value on every row (the look-up gives up part way), then repeats of early values.
    const turning = Array.from({ length: n }, (_, i) => (i < 3_000 ? `班组${i % 7}` : i < 9_000 ? `新${i}` : `班组${i % 7}`));
    for (const xs of [repeating, unique, turning]) expect(unpackText(packText(xs))).toEqual(xs);
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

  it('left packed (as the page takes an imported sheet): the same workforce when read, its ids and names unpacked only when read, and sent on without being unpacked', () => {
    const w = workforceFromRecords(generateWorkforce(2_000, 7, 'W'));
    const wire = structuredClone(toWire(w));
    const lazy = fromWireLazy(structuredClone(wire));
    // Sent on (packed, numeric columns copied): the ids and names are not read.
    const onward = copyWorkforce(toWire(lazy, packedTextOf(lazy)));
    expect(Object.getOwnPropertyDescriptor(lazy, 'id')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(lazy, 'name')?.get).toBeTypeOf('function');
    expect(fromWire(onward)).toEqual(w);
    // Read: unpacked once, then a plain column, and the whole equals the workforce.
    const ids = lazy.id;
    expect(lazy.id).toBe(ids);
    expect(Object.getOwnPropertyDescriptor(lazy, 'id')?.value).toBe(ids);
    expect(lazy).toEqual(w);
    // A column replaced stays replaced, and whether an id is there is then asked of the new column.
    lazy.name = ['x'];
    expect(lazy.name).toEqual(['x']);
    const other = fromWireLazy(structuredClone(wire));
    expect(hasId(other, w.id[0]!)).toBe(true);
    other.id = ['NEW1'];
    expect(hasId(other, w.id[0]!)).toBe(false);
    expect(hasId(other, 'NEW1')).toBe(true);
    expect(packedTextOf(other)).toBeUndefined();
  });

  it('hasId finds exactly the ids of the sheet in its packed text: not a part of one, not two run together, empty values around (property, against a search of the ids)', () => {
    const idChars = fc.constantFrom('J', 'X', '0', '1', '2', '张');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: idChars, maxLength: 4 }), { maxLength: 40 }), fc.array(fc.string({ unit: idChars, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 }), (ids, asked) => {
        const w = workforceFromRecords(ids.map((id, i) => ({ ...generateWorkforce(1, i + 1, 'P')[0]!, id })));
        const lazy = fromWireLazy(toWire(w));
        for (const q of [...asked, ...ids.filter((x) => x !== '')]) expect(hasId(lazy, q), q).toBe(ids.includes(q));
        // Searching did not unpack the ids.
        expect(Object.getOwnPropertyDescriptor(lazy, 'id')?.get).toBeTypeOf('function');
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });
});
