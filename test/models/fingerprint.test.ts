/** The fingerprint is SHA-256 of the model: the same numbers give the same one whatever the name or key order, and it matches node:crypto. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, sha256Hex, shortFp, workforceFingerprint, workforceFingerprintNative } from '../../models/fingerprint';
import { defaultScenario } from '../../models/pay/scenario';
import { workforceFromRecords } from '../../models/pay/workforce';
import { generateWorkforce } from '../../seeds/generate';
import { scenario } from '../helpers';

describe('scheme fingerprint', () => {
  it('is SHA-256 of the canonical model: the textbook digests, and node:crypto on any text', () => {
    // FIPS 180-2 test vectors.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
    const s = scenario({ annualPool: 600000 });
    const { name: _n, basis: _b, ...model } = s;
    void _n;
    void _b;
    expect(fingerprint(s)).toBe(createHash('sha256').update(canonicalJson(model), 'utf8').digest('hex'));
    expect(fingerprint(s)).toMatch(/^[0-9a-f]{64}$/);
    expect(shortFp(fingerprint(s))).toHaveLength(16);
  });

  it('is the same whatever the key order, the name or the basis note; any change of a number changes it', () => {
    const a = scenario({ annualPool: 600000 });
    const reverse = (v: unknown): unknown =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : Array.isArray(v) ? v.map(reverse) : v;
    const reordered = reverse(a);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(a));
    expect(canonicalJson(reordered)).toBe(canonicalJson(a));
    // The label is not the model (was: another name, another fingerprint).
    expect(fingerprint({ ...a, name: '完全不同的名字' })).toBe(fingerprint(a));
    expect(fingerprint({ ...a, basis: { wageBill: 123 } })).toBe(fingerprint(a));
    expect(fingerprint(a)).not.toBe(fingerprint(scenario({ annualPool: 600001 })));
    expect(fingerprint(a)).not.toBe(fingerprint({ ...a, weights: { ...a.weights, skill: a.weights.skill + 1e-12, position: a.weights.position - 1e-12 } }));
    expect(fingerprint(a)).not.toBe(fingerprint({ ...a, noLossGuarantee: !a.noLossGuarantee }));
    expect(fingerprint(defaultScenario())).not.toBe(fingerprint(defaultScenario({ mode: 'raise' })));
  });
});

describe('workforce fingerprint', () => {
  it('is the same for the same workers and changes with any one field of any one worker', () => {
    const a = workforceFromRecords(generateWorkforce(300, 4));
    let b = workforceFromRecords(generateWorkforce(300, 4));
    expect(workforceFingerprint(a)).toBe(workforceFingerprint(b));
    expect(workforceFingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
    // Workforces are never changed in place (the fingerprint is kept per workforce): each case is a fresh one.
    b = workforceFromRecords(generateWorkforce(300, 4));
    b.monthlyPay[17] = b.monthlyPay[17]! + 0.01;
    const c = workforceFromRecords(generateWorkforce(300, 4));
    c.name[5] = c.name[5] + ' ';
    const d = workforceFromRecords(generateWorkforce(300, 4));
    d.level[0] = (d.level[0]! + 1) % 8;
    for (const other of [b, c, d]) expect(workforceFingerprint(other)).not.toBe(workforceFingerprint(a));
  });

  it('hashed by Web Crypto (as a host does when a sheet arrives) is the JavaScript hash and node:crypto\'s, byte for byte, with and without the optional columns; the sync call then answers it', async () => {
    const fresh = (extra: boolean) => {
      const w = workforceFromRecords(generateWorkforce(2500, 9));
      if (extra) {
        w.apprentices = Float64Array.from({ length: w.size }, (_, i) => i % 3);
        w.teamLeader = Uint8Array.from({ length: w.size }, (_, i) => (i % 7 === 0 ? 1 : 0));
      }
      return w;
    };
    // node:crypto over the fields as the fingerprint's comment lists them: the size, each text column joined by U+0000
    // and closed by U+0001, the grade, rating and category bytes, the four number columns as float64, then the optional ones.
    const byNode = (w: ReturnType<typeof fresh>) => {
      const h = createHash('sha256').update(`workforce:${w.size}\u0001`, 'utf8');
      for (const col of [w.id, w.name, w.department, w.position]) h.update(col.join('\u0000') + '\u0001', 'utf8');
      for (const col of [w.level, w.rating, w.postCategory, w.positionValue, w.innovation, w.yearsOfService, w.monthlyPay, ...(w.apprentices ? [w.apprentices] : []), ...(w.teamLeader ? [w.teamLeader] : [])])
        h.update(new Uint8Array(col.buffer, col.byteOffset, col.byteLength));
      return h.digest('hex');
    };
    const seen = new Set<string>();
    for (const extra of [false, true]) {
      const viaJs = workforceFingerprint(fresh(extra));
      const first = fresh(extra);
      const viaNative = await workforceFingerprintNative(first);
      expect([extra, viaNative]).toEqual([extra, viaJs]);
      expect(viaNative).toBe(byNode(fresh(extra)));
      expect(workforceFingerprint(first)).toBe(viaNative);
      seen.add(viaNative);
    }
    // The optional columns are in the hash.
    expect(seen.size).toBe(2);
  });
});
