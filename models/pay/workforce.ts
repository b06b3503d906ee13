import { LEVELS, POST_CATEGORIES, RATINGS, type WorkerRecord, type Workforce } from '../types';

export function emptyWorkforce(size: number): Workforce {
  return {
    size,
    id: new Array<string>(size),
    name: new Array<string>(size),
    department: new Array<string>(size),
    position: new Array<string>(size),
    positionValue: new Float64Array(size),
    level: new Uint8Array(size),
    rating: new Uint8Array(size),
    innovation: new Float64Array(size),
    yearsOfService: new Float64Array(size),
    monthlyPay: new Float64Array(size),
    postCategory: new Uint8Array(size),
  };
}

export function workforceFromRecords(records: readonly WorkerRecord[]): Workforce {
  const w = emptyWorkforce(records.length);
  records.forEach((r, i) => {
    w.id[i] = r.id;
    w.name[i] = r.name;
    w.department[i] = r.department;
    w.position[i] = r.position;
    w.positionValue[i] = r.positionValue;
    w.level[i] = LEVELS.indexOf(r.skillLevel);
    w.rating[i] = RATINGS.indexOf(r.performance);
    w.innovation[i] = r.innovation;
    w.yearsOfService[i] = r.yearsOfService;
    w.monthlyPay[i] = r.monthlyPay;
    w.postCategory[i] = r.postCategory ? POST_CATEGORIES.indexOf(r.postCategory) + 1 : 0;
  });
  // The optional allowance columns exist only when some record has them.
  if (records.some((r) => r.apprentices !== undefined)) w.apprentices = Float64Array.from(records, (r) => r.apprentices ?? 0);
  if (records.some((r) => r.teamLeader !== undefined)) w.teamLeader = Uint8Array.from(records, (r) => (r.teamLeader ? 1 : 0));
  return w;
}

export function workerRecord(w: Workforce, i: number): WorkerRecord {
  return {
    id: w.id[i]!,
    name: w.name[i]!,
    department: w.department[i]!,
    position: w.position[i]!,
    positionValue: w.positionValue[i]!,
    skillLevel: LEVELS[w.level[i]!]!,
    performance: RATINGS[w.rating[i]!]!,
    innovation: w.innovation[i]!,
    yearsOfService: w.yearsOfService[i]!,
    monthlyPay: w.monthlyPay[i]!,
    ...(w.postCategory[i] ? { postCategory: POST_CATEGORIES[w.postCategory[i]! - 1]! } : {}),
    ...(w.apprentices ? { apprentices: w.apprentices[i]! } : {}),
    ...(w.teamLeader ? { teamLeader: w.teamLeader[i] === 1 } : {}),
  };
}

export function workforceToRecords(w: Workforce): WorkerRecord[] {
  return Array.from({ length: w.size }, (_, i) => workerRecord(w, i));
}

const indexCache = new WeakMap<Workforce, Map<string, number>>();

/** Row of a worker by id; the index is built once per workforce, on first use. */
export function indexOfId(w: Workforce, id: string): number {
  let index = indexCache.get(w);
  if (!index) {
    index = new Map();
    for (let i = 0; i < w.size; i++) index.set(w.id[i]!, i);
    indexCache.set(w, index);
  }
  return index.get(id) ?? -1;
}

/** A workforce (or one on the wire) whose numeric columns are fresh copies (strings are immutable and shared). */
export function copyWorkforce<W extends Omit<Workforce, TextColumn>>(w: W): W {
  return {
    ...w,
    positionValue: w.positionValue.slice(),
    level: w.level.slice(),
    rating: w.rating.slice(),
    innovation: w.innovation.slice(),
    yearsOfService: w.yearsOfService.slice(),
    monthlyPay: w.monthlyPay.slice(),
    postCategory: w.postCategory.slice(),
    ...(w.apprentices ? { apprentices: w.apprentices.slice() } : {}),
    ...(w.teamLeader ? { teamLeader: w.teamLeader.slice() } : {}),
  };
}

/** The text columns of a workforce. */
const TEXT_COLUMNS = ['id', 'name', 'department', 'position'] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

/** Many strings as one: their characters end to end, and where each ends. */
export interface PackedText {
  chars: string;
  ends: Uint32Array;
}

/**
 * A workforce as it crosses between the page and a worker: each text column
 * packed into one string. The browser copies a message on the page's main
 * thread, and 400,000 separate strings (a 100,000-worker sheet) took it about
 * 100 ms; one long string and an array of offsets are copied in one piece.
 */
export type WireWorkforce = Omit<Workforce, TextColumn> & { text: Record<TextColumn, PackedText> };

export function packText(xs: readonly string[]): PackedText {
  const ends = new Uint32Array(xs.length);
  let n = 0;
  for (let i = 0; i < xs.length; i++) ends[i] = n += xs[i]!.length;
  return { chars: xs.join(''), ends };
}

/** Distinct values seen before a column is taken to be one of unique values (ids, names) and no longer looked up. */
const SHARE_UNTIL = 4096;

/**
 * The strings back. A value that repeats (a department, a position) is one
 * string shared by its rows, not one per row: a 100,000-worker sheet's page
 * then holds about 200,000 fewer strings (memory; the import's long tasks
 * measured the same within their noise).
 * Once a column has shown more than SHARE_UNTIL distinct values in fewer than
 * twice as many rows, it is taken to be unique and the rest is not looked up.
 */
export function unpackText(p: PackedText): string[] {
  const out = new Array<string>(p.ends.length);
  let seen: Map<string, string> | null = new Map();
  let from = 0;
  for (let i = 0; i < p.ends.length; i++) {
    const to = p.ends[i]!;
    let s = p.chars.slice(from, to);
    if (seen) {
      const had = seen.get(s);
      if (had !== undefined) s = had;
      else if (seen.set(s, s).size > SHARE_UNTIL && seen.size * 2 > i) seen = null;
    }
    out[i] = s;
    from = to;
  }
  return out;
}

/** Columns of text a row has alone (every worker their own): left packed until first read (`fromWireLazy`). */
const UNIQUE_COLUMNS = ['id', 'name'] as const;

/** The packed text a workforce came with, for the columns `fromWireLazy` left packed. */
const packedColumns = new WeakMap<Workforce, Record<TextColumn, PackedText>>();

/**
 * The workforce from the wire, its ids and names left packed until something reads them (then unpacked once). A
 * 100,000-row sheet's ids and names are 200,000 strings the page mostly never reads (the engine has its own copy):
 * made at once, they were young when the charts were redrawn, and the garbage collector's copying of them lengthened
 * those tasks. The page asks whether an id is there with `hasId`, which reads the packed text.
 */
export function fromWireLazy(x: WireWorkforce): Workforce {
  const { text, ...rest } = x;
  const w = { ...rest, department: unpackText(text.department), position: unpackText(text.position) } as Workforce;
  for (const c of UNIQUE_COLUMNS) {
    const settle = (value: string[]) => Object.defineProperty(w, c, { value, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(w, c, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = unpackText(text[c]);
        settle(value);
        return value;
      },
      // A column replaced is no longer the packed text: `hasId` then searches the column itself.
      set: (value: string[]) => {
        settle(value);
        packedColumns.delete(w);
      },
    });
  }
  packedColumns.set(w, text);
  return w;
}

/** The packed text `w` came with (`fromWireLazy`), or undefined. */
export const packedTextOf = (w: Workforce): Record<TextColumn, PackedText> | undefined => packedColumns.get(w);

/** Whether `id` is one of the workforce's ids, read from its packed text when it has one (nothing unpacked). */
export function hasId(w: Workforce, id: string): boolean {
  const p = packedColumns.get(w)?.id;
  if (!p || id === '') return w.id.indexOf(id) >= 0;
  // A match must start where a value starts and end where that value ends.
  for (let at = p.chars.indexOf(id); at >= 0; at = p.chars.indexOf(id, at + 1)) {
    const k = valueStartingAt(p.ends, at);
    if (k >= 0 && p.ends[k] === at + id.length) return true;
  }
  return false;
}

/**
 * The row whose value starts at character `at` and may be non-empty, or -1 when `at` is inside a value. Rows start
 * where the one before ends; after empty values (which end where they start) it is the row after the last of them.
 */
function valueStartingAt(ends: Uint32Array, at: number): number {
  // Binary search for the first row that ends after `at` (ends never decrease).
  let lo = 0;
  let hi = ends.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  const k = lo;
  const start = k === 0 ? 0 : ends[k - 1]!;
  return start === at && k < ends.length ? k : -1;
}

/** Each text column of `from`, changed by `f`: one place that lists the columns. */
export function mapTextColumns<A, B>(from: Record<TextColumn, A>, f: (x: A) => B): Record<TextColumn, B> {
  return Object.fromEntries(TEXT_COLUMNS.map((c) => [c, f(from[c])])) as Record<TextColumn, B>;
}

export function packTextColumns(w: Workforce): WireWorkforce['text'] {
  return mapTextColumns(w, packText);
}

/** The workforce to send: its own numeric columns (copy it first if they must stay), the text packed (or `text`, packed before). */
export function toWire(w: Workforce, text: WireWorkforce['text'] = packTextColumns(w)): WireWorkforce {
  // Key by key, the text columns never read (a spread would read them, and unpack those left packed).
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(w)) if (!(TEXT_COLUMNS as readonly string[]).includes(k)) out[k] = w[k as keyof Workforce];
  return { ...(out as Omit<Workforce, TextColumn>), text };
}

export function fromWire(x: WireWorkforce): Workforce {
  const { text, ...rest } = x;
  return { ...rest, ...mapTextColumns(text, unpackText) };
}

export const isWire = (x: Workforce | WireWorkforce): x is WireWorkforce => 'text' in x;
