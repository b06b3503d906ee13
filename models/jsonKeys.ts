/**
 * A key written twice in one JSON object. JSON.parse keeps the last and
 * drops the first without a word, so a scheme or a documents form with
 * `"members": 60 … "members": 0` would be read as the second; the readers
 * refuse such a file instead, naming the key, its place and its line.
 *
 * One pass over the text (call it on text JSON.parse accepted): strings are
 * skipped by their escapes, objects and arrays kept on a stack.
 */
export interface DuplicateKey {
  /** Where the object is: `weights`, `craftsmen[2].equity`, or '' for the top. */
  path: string;
  key: string;
  /** 1-based line of the second one. */
  line: number;
}

interface Frame {
  keys: Set<string> | null; // null: an array
  path: string;
  index: number;
  expectKey: boolean;
  lastKey: string;
}

export function duplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  let line = 1;
  const childPath = (f: Frame | undefined) => (!f ? '' : f.keys === null ? `${f.path}[${f.index}]` : f.path ? `${f.path}.${f.lastKey}` : f.lastKey);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x22) {
      // A string: to its closing quote, past escapes.
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      const top = stack[stack.length - 1];
      if (top && top.keys !== null && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return { path: top.path, key, line };
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
    } else if (c === 0x7b || c === 0x5b) {
      const parent = stack[stack.length - 1];
      stack.push({ keys: c === 0x7b ? new Set() : null, path: childPath(parent), index: 0, expectKey: c === 0x7b, lastKey: '' });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.keys === null) top.index++;
        else top.expectKey = true;
      }
    }
  }
  return null;
}

/** The sentence for a duplicate key, as the readers say it. */
export function duplicateKeySentence(d: DuplicateKey): string {
  const where = d.path ? `"${d.path}.${d.key}"` : `"${d.key}"`;
  return `${where} is written twice (the second at line ${d.line}); which one is meant cannot be known, so the file was not used. Keep one`;
}
