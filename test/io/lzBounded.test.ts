/**
 * Share links decompressed with a bound: the same text as lz-string for every
 * link it made, and a link that asks for more than the bound is refused as
 * soon as it passes it (was: 200,000 characters decompressed to gigabytes,
 * the page frozen 27 s in a 3 GB heap).
 */
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, it } from 'vitest';
import { decompressUriBounded } from '../../models/io/lzBounded';
import { MAX_SHARE_CHARS, MAX_SHARE_TEXT, readShareHash, shareHash } from '../../src/workspace/share';
import { defaultScenario } from '../../models/pay/scenario';
import { A_2_100_000, A_2_500_000 } from '../lzBombs';

describe('share links, decompressed with a bound', () => {
  it('gives lz-string\'s text for any text lz-string compressed (property, fixed seed)', ({ expect }) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 }), fc.json()), (text) => {
        const link = compressToEncodedURIComponent(text);
        const got = decompressUriBounded(link, 1e9);
        const want = decompressFromEncodedURIComponent(link);
        if (want) expect(got).toEqual({ ok: true, text: want });
        else expect(got.ok).toBe(false);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('damaged links are unreadable, never an exception', ({ expect }) => {
    const link = compressToEncodedURIComponent(JSON.stringify([defaultScenario()]));
    expect(decompressUriBounded(link.slice(0, link.length >> 1), 1e9)).toEqual({ ok: false, code: 'unreadable' });
    expect(decompressUriBounded('', 1e9)).toEqual({ ok: false, code: 'unreadable' });
    expect(decompressUriBounded('!!!!', 1e9).ok).toBe(false);
  });

  it('a short link that expands past the bound is refused at the bound: 2.5 million characters from 3,800', ({ expect }) => {
    // (lz-string takes seconds to make such a link, so it is made once: test/lzBombs.ts. The growth is quadratic, so under the
    // 200,000-character limit a link can ask for billions.)
    const link = A_2_500_000;
    expect(link.length).toBeLessThan(MAX_SHARE_CHARS / 50);
    expect(decompressUriBounded(link, MAX_SHARE_TEXT)).toEqual({ ok: false, code: 'too-large' });
    expect(decompressUriBounded(link, 2_500_000)).toEqual({ ok: true, text: 'a'.repeat(2_500_000) });
  });

  it('readShareHash reads the schemes through the decoder it is given, and says when the link asks too much', async ({ expect }) => {
    const decode = async (p: string, max: number) => decompressUriBounded(p, max);
    const s = defaultScenario({ name: '工会方案' });
    const r = await readShareHash(shareHash([s]), decode);
    expect(r?.scenarios.map((x) => x.name)).toEqual(['工会方案']);
    expect(await readShareHash('#other', decode)).toBeNull();
    expect(decompressUriBounded(A_2_100_000, 3e6)).toEqual({ ok: true, text: 'a'.repeat(2_100_000) });
    const bomb = await readShareHash(`#s=${A_2_100_000}`, decode);
    expect(bomb?.problems).toEqual([{ index: 0, code: 'unreadable' }]);
  });
});
