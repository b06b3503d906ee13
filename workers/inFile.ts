/**
 * The CLI's inputs, read with their size checked first: a scheme, a form or a
 * list of questions is a few kilobytes, and a 2 GB file (or a device that never
 * ends, such as /dev/zero) given in their place is refused before it is read,
 * or after reading one byte past the limit — never read whole.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../models/errors';
import { decodeBytes } from '../models/io/decode';
import { formatMessage } from '../models/io/messages';
import { duplicateKey, duplicateKeySentence } from '../models/jsonKeys';

/** A size as people say it (1 KB = 1,024 bytes). */
export function sizeWords(n: number): string {
  if (n >= 2 ** 30) return `${+(n / 2 ** 30).toFixed(1)} GB`;
  if (n >= 2 ** 20) return `${+(n / 2 ** 20).toFixed(1)} MB`;
  if (n >= 2 ** 10) return `${+(n / 2 ** 10).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Reads `path` whole if it holds at most `limit` bytes; otherwise says what it is and the limit, naming `what`. */
export function readLimited(path: string, limit: number, what: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputError(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const tooLarge = (size: string) => new InputError(`${path}: ${size} is too large for ${what} (at most ${sizeWords(limit)}); is it the right file?`);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(`${path}: this is a folder, not a file`);
    if (st.isFile() && st.size > limit) throw tooLarge(`a file of ${sizeWords(st.size)}`);
    // A device or pipe has no size to check: read in pieces, and stop one byte past the limit.
    const cap = st.isFile() ? st.size : limit + 1;
    const buf = new Uint8Array(Math.max(1, Math.min(cap, limit + 1)));
    let got = 0;
    while (got < buf.length) {
      let n: number;
      try {
        n = readSync(fd, buf, got, buf.length - got, null);
      } catch (e) {
        throw new InputError(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
      if (n === 0) break;
      got += n;
    }
    if (got > limit) throw tooLarge(`more than ${sizeWords(limit)}`);
    // A regular file that grew while read is read to its size then; one that shrank, to its end.
    return got === buf.length && st.isFile() ? buf : buf.slice(0, got);
  } finally {
    closeSync(fd);
  }
}

/** A text file of the CLI's (a scheme, a form, questions, jobs), read within `limit` and decoded as the user saved it (UTF-8, GBK, UTF-16); a text that cannot be decoded is refused, saying where. */
export function readTextFile(path: string, limit: number, what: string): string {
  const decoded = decodeBytes(readLimited(path, limit, what));
  if (!decoded.ok) throw new InputError(`${path}: ${formatMessage(decoded.problem, { line: decoded.line, char: decoded.column, bytes: decoded.bytes }, 'en')}`);
  return decoded.text;
}

/** A JSON file of the CLI's, read as `readTextFile` does, parsed, and refused when a key is written twice (JSON would keep the last without a word). */
export function readJsonFile(path: string, limit: number, what: string): unknown {
  const text = readTextFile(path, limit, what);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const twice = duplicateKey(text);
  if (twice) throw new InputError(`${path}: ${duplicateKeySentence(twice)}`);
  return raw;
}
