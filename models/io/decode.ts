/**
 * Text files as the user saved them: UTF-8 (with or without BOM), UTF-16
 * (with a BOM, or without one when the zero bytes of ASCII text show it), or
 * GB18030/GBK, what Excel on a Chinese Windows writes as "CSV". Every byte is
 * checked: a file is decoded whole or refused with the line and character of
 * the first byte that does not fit, never with characters silently replaced.
 *
 * Choosing between UTF-8 and GB18030: a file that is valid UTF-8 is UTF-8. A
 * file with many valid UTF-8 multi-byte characters and a few invalid bytes is
 * a UTF-8 file that was damaged (cut off mid-character, or a GBK name pasted
 * in): decoding it all as GB18030 would turn every Chinese name into
 * mojibake, so it is refused. Otherwise the bytes must be valid GB18030.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeProblem = 'mixed-encoding' | 'bad-gb18030' | 'bad-utf16';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; problem: DecodeProblem; /** 1-based line and character of the first bad byte. */ line: number; column: number; offset: number; /** The bad bytes, in hex. */ bytes: string; encoding: Encoding };

/** A file with at least this many valid UTF-8 characters per invalid byte sequence is UTF-8 that was damaged. */
const UTF8_DOMINANCE = 4;

interface Utf8Scan {
  /** Valid multi-byte sequences. */
  valid: number;
  /** Invalid sequences (each counted once, then scanning resumes at the next byte). */
  invalid: number;
  firstBad: number;
  firstBadLength: number;
}

/**
 * The length of the well-formed UTF-8 character that starts at byte `i` (a lead byte, 0x80 or above) and ends before
 * `to`, or 0: as the strict decoder reads it (no overlong form, no surrogate, nothing above U+10FFFF, none cut short).
 */
function utf8Char(b: Uint8Array, i: number, to: number): number {
  const c = b[i]!;
  const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
  if (need === 0 || i + need >= to) return 0;
  const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
  const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
  const x = b[i + 1]!;
  if (x < lo || x > hi) return 0;
  for (let k = 2; k <= need; k++) {
    const y = b[i + k]!;
    if (y < 0x80 || y > 0xbf) return 0;
  }
  return need + 1;
}

function scanUtf8(b: Uint8Array, from: number): Utf8Scan {
  let valid = 0,
    invalid = 0,
    firstBad = -1,
    firstBadLength = 0;
  const n = b.length;
  let i = from;
  while (i < n) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8Char(b, i, n);
    if (len > 0) {
      valid++;
      i += len;
    } else {
      if (firstBad < 0) {
        firstBad = i;
        let len = 1;
        while (i + len < n && len < 4 && b[i + len]! >= 0x80 && b[i + len]! <= 0xbf) len++;
        firstBadLength = len;
      }
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstBad, firstBadLength };
}

/** Offset of the first byte that is not valid GB18030, or −1. */
function firstBadGb18030(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c === 0x80 || c === 0xff) return i;
    const c2 = b[i + 1];
    if (c2 === undefined) return i;
    if ((c2 >= 0x40 && c2 <= 0x7e) || (c2 >= 0x80 && c2 <= 0xfe)) {
      i += 2;
      continue;
    }
    if (c2 >= 0x30 && c2 <= 0x39) {
      const c3 = b[i + 2];
      const c4 = b[i + 3];
      if (c3 !== undefined && c4 !== undefined && c3 >= 0x81 && c3 <= 0xfe && c4 >= 0x30 && c4 <= 0x39) {
        i += 4;
        continue;
      }
    }
    return i;
  }
  return -1;
}

/** Line and character (1-based) of byte `offset`: the text before it decoded as far as it is valid. */
function position(b: Uint8Array, offset: number, encoding: Encoding): { line: number; column: number } {
  let lineStart = 0,
    line = 1;
  const unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
  for (let i = 0; i < offset; i += unit) {
    const isLf = unit === 1 ? b[i] === 0x0a : encoding === 'utf-16le' ? b[i] === 0x0a && b[i + 1] === 0 : b[i] === 0 && b[i + 1] === 0x0a;
    if (isLf) {
      line++;
      lineStart = i + unit;
    }
  }
  const prefix = new TextDecoder(encoding).decode(b.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');

function refuse(b: Uint8Array, problem: DecodeProblem, offset: number, length: number, encoding: Encoding): Decoded {
  return { ok: false, problem, offset, bytes: hex(b.subarray(offset, offset + length)), encoding, ...position(b, offset, encoding) };
}

/** UTF-16 without a BOM: in text that is mostly ASCII (digits, commas, line ends), every other byte is zero. */
function utf16WithoutBom(b: Uint8Array): Encoding | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0,
    oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(b: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number, bom: boolean): Decoded {
  const body = b.subarray(skip);
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, bom };
  } catch {
    // Find the first unit that breaks: an odd byte at the end, or an unpaired surrogate.
    const le = encoding === 'utf-16le';
    let at = body.length - (body.length % 2);
    for (let i = 0; i + 1 < body.length; i += 2) {
      const u = le ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!;
      if (u >= 0xd800 && u <= 0xdbff) {
        const v = i + 3 < body.length ? (le ? body[i + 2]! | (body[i + 3]! << 8) : (body[i + 2]! << 8) | body[i + 3]!) : -1;
        if (v >= 0xdc00 && v <= 0xdfff) {
          i += 2;
          continue;
        }
        at = i;
        break;
      }
      if (u >= 0xdc00 && u <= 0xdfff) {
        at = i;
        break;
      }
    }
    const r = refuse(body, 'bad-utf16', at, 2, encoding);
    return r.ok ? r : { ...r, offset: r.offset + skip };
  }
}

/**
 * Where the text of a file that may be UTF-8 starts (after a UTF-8 BOM), or null when the file is UTF-16 (by its BOM
 * or its zero bytes): what decodeBytes would try as UTF-8 first. Whether it is UTF-8 is for the caller to check.
 */
export function utf8Start(b: Uint8Array): number | null {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return null;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 3;
  return utf16WithoutBom(b) ? null : 0;
}

/** Bytes `from`–`to` are well-formed UTF-8 (each character as utf8Char reads it; none cut at either end). */
export function utf8Valid(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8Char(b, i, to);
    if (len === 0) return false;
    i += len;
  }
  return true;
}

export function decodeBytes(b: Uint8Array): Decoded {
  if (b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, 'utf-16le', 2, true);
  if (b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, 'utf-16be', 2, true);
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (!bom) {
    const wide = utf16WithoutBom(b);
    if (wide) return decodeUtf16(b, wide as 'utf-16le' | 'utf-16be', 0, false);
  }
  const start = bom ? 3 : 0;
  // Valid UTF-8 (the common case) is checked and decoded in one native pass; only a file that is not is scanned here,
  // to say where and whether it is GBK instead (the scan took a fifth of a second for 134 MB before every decode).
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b.subarray(start)), encoding: 'utf-8', bom };
  } catch {
    // Not UTF-8: read on.
  }
  const scan = scanUtf8(b, start);
  if (scan.invalid === 0) return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(b.subarray(start)), encoding: 'utf-8', bom };
  // A BOM says UTF-8; so do many valid characters around a few bad bytes.
  if (bom || scan.valid >= UTF8_DOMINANCE * scan.invalid) return refuse(b, 'mixed-encoding', scan.firstBad, scan.firstBadLength, 'utf-8');
  const bad = firstBadGb18030(b);
  if (bad >= 0) return refuse(b, 'bad-gb18030', bad, Math.min(2, b.length - bad), 'gb18030');
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(b), encoding: 'gb18030', bom: false };
  } catch {
    const at = longestDecodablePrefix(b, 'gb18030');
    return refuse(b, 'bad-gb18030', at, Math.min(4, b.length - at), 'gb18030');
  }
}

/** Length of the longest prefix a strict decoder accepts (an unfinished last character allowed): where the first bad byte is. */
function longestDecodablePrefix(b: Uint8Array, encoding: Encoding): number {
  let lo = 0,
    hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder(encoding, { fatal: true }).decode(b.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
