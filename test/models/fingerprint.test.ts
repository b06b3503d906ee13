/** The fingerprint is SHA-256 of the model: the same numbers give the same one whatever the name or key order, and it matches node:crypto. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, sha256Hex, shortFp, workforceFingerprint } from '../../models/fingerprint';
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
});
