import { describe, expect, it } from 'vitest';
import { deepCloseDiff, expectDeepClose } from './deepClose';

describe('cross-engine comparison', () => {
  it('takes the last-bit difference the issue met (2.5280129269291893 vs 2.528012926929189) and refuses a real one', () => {
    expectDeepClose({ mean: 2.5280129269291893, p: [1, 2] }, { mean: 2.528012926929189, p: [1, 2] });
    expect(deepCloseDiff({ mean: 2.5280129269291893 }, { mean: 2.5280129269 })).toEqual(['mean: 2.5280129269291893 vs 2.5280129269']);
  });
  it('compares typed arrays, shapes and non-numbers exactly', () => {
    expectDeepClose(new Float64Array([1, 2 + 1e-15]), new Float64Array([1, 2]));
    expect(deepCloseDiff(new Float64Array([1]), new Float32Array([1]))).toHaveLength(1);
    expect(deepCloseDiff([1, 2], [1, 2, 3])).toEqual(['[]: length 2 vs 3'.replace('[]', '')]);
    expect(deepCloseDiff({ a: 'x' }, { a: 'y' })).toEqual(['a: "x" vs "y"']);
    expect(deepCloseDiff({ a: null }, { a: 0 })).toHaveLength(1);
    expect(deepCloseDiff(NaN, NaN)).toEqual([]);
    expect(deepCloseDiff(Infinity, 1e308)).toHaveLength(1);
    expect(deepCloseDiff(0, 1e-300)).toHaveLength(1);
  });
});
