/**
 * Fingerprints: SHA-256 of what decides the numbers, so the union and HR can
 * check they look at the same model, and nobody can swap in another model
 * under the same fingerprint (a 53-bit hash fell to a birthday search of
 * about 10^8 tries; SHA-256 needs 2^128).
 *
 * A scheme's fingerprint covers its model — every parameter the engine reads
 * — and not its label: the name (and the colour, which lives outside the
 * scheme) and the note of the wage bill its amounts were set on (`basis`,
 * bookkeeping for carrying the pool to another workforce) are left out. Two
 * schemes with the same numbers under different names have one fingerprint.
 *
 * The hash is @noble/hashes' SHA-256 (audited, synchronous): the page keys
 * every answer by fingerprint while it draws, and Web Crypto's digest only
 * answers asynchronously. Tests check it against node:crypto and against
 * Chromium's Web Crypto, byte for byte.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Scenario } from './pay/scenario';
import type { Workforce } from './types';

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

/** SHA-256 of a text (UTF-8), 64 hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The part of a scheme that decides its numbers: everything but its name and its basis note. */
export function modelOf(s: Scenario): Omit<Scenario, 'name' | 'basis'> {
  const { name: _name, basis: _basis, ...model } = s;
  void _name;
  void _basis;
  return model;
}

/** The scheme's fingerprint: SHA-256 of its model's canonical JSON, 64 hex digits (every export and document carries all of them). */
export function fingerprint(s: Scenario): string {
  return sha256Hex(canonicalJson(modelOf(s)));
}

/** How many hex digits of a fingerprint the page shows: enough to compare by eye (64 bits). */
export const SHORT_FP = 16;

/** The fingerprint as shown on screen: its first 16 hex digits. */
export const shortFp = (fp: string) => fp.slice(0, SHORT_FP);

const workforceFps = new WeakMap<Workforce, string>();

/**
 * The fingerprint of a pay sheet as read: SHA-256 over every worker's fields
 * in row order (ids, names, posts, grades, ratings, points, years, pay and the
 * optional columns). Two files that read to the same workers have one.
 */
export function workforceFingerprint(w: Workforce): string {
  const hit = workforceFps.get(w);
  if (hit) return hit;
  const h = sha256.create();
  const enc = new TextEncoder();
  const text = (col: string[]) => h.update(enc.encode(col.join('\u0000') + '\u0001'));
  const nums = (col: Float64Array) => h.update(new Uint8Array(col.buffer, col.byteOffset, col.byteLength));
  const bytes = (col: Uint8Array) => h.update(col);
  h.update(enc.encode(`workforce:${w.size}\u0001`));
  text(w.id);
  text(w.name);
  text(w.department);
  text(w.position);
  bytes(w.level);
  bytes(w.rating);
  bytes(w.postCategory);
  nums(w.positionValue);
  nums(w.innovation);
  nums(w.yearsOfService);
  nums(w.monthlyPay);
  if (w.apprentices) nums(w.apprentices);
  if (w.teamLeader) bytes(w.teamLeader);
  const fp = bytesToHex(h.digest());
  workforceFps.set(w, fp);
  return fp;
}
