/**
 * lz-string's decompression of a share link (its `decompressFromEncodedURIComponent`),
 * with a bound on what it may produce. LZ codes can refer to ever longer
 * dictionary entries, so a link of 200,000 characters can decompress to
 * gigabytes: one did, freezing the page for 27 s in a 3 GB heap before it was
 * found damaged. The algorithm is lz-string's (version 1.5, the one the links
 * are made with, `shareHash`), step for step; the only change is that it stops
 * as soon as the text would pass `maxChars` — so its time and memory are
 * bounded by the bound, not by what the link asks for. The page runs it in
 * the engine's worker, off the main thread.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type LzResult = { ok: true; text: string } | { ok: false; code: 'too-large' | 'unreadable' };

export function decompressUriBounded(input: string, maxChars: number): LzResult {
  if (input === '') return { ok: false, code: 'unreadable' };
  const s = input.replace(/ /g, '+');
  const length = s.length;
  const resetValue = 32;
  // A character outside the alphabet reads as lz-string reads it (undefined: no bits).
  const next = (index: number) => VALUE.get(s.charAt(index)) ?? 0;
  const data = { val: next(0), position: resetValue, index: 1 };
  const read = (n: number) => {
    let bits = 0;
    const maxpower = 2 ** n;
    for (let power = 1; power !== maxpower; power *= 2) {
      const resb = data.val & data.position;
      data.position >>= 1;
      if (data.position === 0) {
        data.position = resetValue;
        data.val = next(data.index++);
      }
      bits |= (resb > 0 ? 1 : 0) * power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const result: string[] = [];
  let c: string;
  switch (read(2)) {
    case 0:
      c = String.fromCharCode(read(8));
      break;
    case 1:
      c = String.fromCharCode(read(16));
      break;
    default:
      return { ok: false, code: 'unreadable' };
  }
  dictionary[3] = c;
  let w = c;
  result.push(c);
  let produced = 1;
  for (;;) {
    if (data.index > length) return { ok: false, code: 'unreadable' };
    let code = read(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(read(8));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 1:
        dictionary[dictSize++] = String.fromCharCode(read(16));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 2: {
        const text = result.join('');
        return text ? { ok: true, text } : { ok: false, code: 'unreadable' };
      }
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (dictionary[code]) entry = dictionary[code]!;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, code: 'unreadable' };
    produced += entry.length;
    if (produced > maxChars) return { ok: false, code: 'too-large' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
