/**
 * A set of strings looked up by characters of another string, with no string made for the lookup: a payroll's
 * 1.2 million ids, months and pay dates are found by the characters of their line (a Map needs a string for each,
 * hashed again each time), and each distinct one is kept once. Open addressing on FNV-1a hashes of the UTF-16 units,
 * grown at half full: a lookup is linear in the key's length.
 */
export class CharTable {
  /** The strings, by index (the order they were added). */
  readonly keys: string[] = [];
  private hashes: number[] = [];
  private slots = new Int32Array(64).fill(-1);

  /**
   * The index of the string equal to characters `from`–`to` of `s`, or −1. A `guess` (an index the caller expects,
   * such as the id that followed the last one in the month before) is compared first, with no hash.
   */
  find(s: string, from: number, to: number, guess = -1): number {
    if (guess >= 0 && this.equals(guess, s, from, to)) return guess;
    const h = hashOf(s, from, to);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const i = this.slots[at]!;
      if (i < 0) return -1;
      if (this.hashes[i] === h && this.equals(i, s, from, to)) return i;
    }
  }

  /**
   * find for bytes `from`–`to` of `b` that are all ASCII (below 0x80): a character each, so the same index as the
   * string of those characters (the same hash, the same comparison).
   */
  findAscii(b: Uint8Array, from: number, to: number, guess = -1): number {
    if (guess >= 0 && this.equalsAscii(guess, b, from, to)) return guess;
    let h = 0x811c9dc5 | 0;
    for (let x = from; x < to; x++) h = Math.imul(h ^ b[x]!, 0x01000193);
    h ^= h >>> 15;
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const i = this.slots[at]!;
      if (i < 0) return -1;
      if (this.hashes[i] === h && this.equalsAscii(i, b, from, to)) return i;
    }
  }

  private equalsAscii(i: number, b: Uint8Array, from: number, to: number): boolean {
    const key = this.keys[i]!;
    const n = to - from;
    if (key.length !== n) return false;
    for (let x = 0; x < n; x++) if (key.charCodeAt(x) !== b[from + x]) return false;
    return true;
  }

  private equals(i: number, s: string, from: number, to: number): boolean {
    const key = this.keys[i]!;
    const n = to - from;
    if (key.length !== n) return false;
    for (let x = 0; x < n; x++) if (key.charCodeAt(x) !== s.charCodeAt(from + x)) return false;
    return true;
  }

  /** Its index: found, or added. */
  intern(key: string): number {
    const i = this.find(key, 0, key.length);
    return i >= 0 ? i : this.add(key);
  }

  /** Adds a string not in the table (the caller has looked): its index. */
  add(key: string): number {
    const i = this.keys.length;
    this.keys.push(key);
    const h = hashOf(key, 0, key.length);
    this.hashes.push(h);
    if (2 * this.keys.length > this.slots.length) this.grow();
    else this.place(h, i);
    return i;
  }

  get size(): number {
    return this.keys.length;
  }

  private place(h: number, i: number): void {
    const mask = this.slots.length - 1;
    let at = h & mask;
    while (this.slots[at]! >= 0) at = (at + 1) & mask;
    this.slots[at] = i;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let i = 0; i < this.keys.length; i++) this.place(this.hashes[i]!, i);
  }
}

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let x = from; x < to; x++) h = Math.imul(h ^ s.charCodeAt(x), 0x01000193);
  // Mix the high bits into the low ones the mask keeps.
  return h ^ (h >>> 15);
}
