/**
 * The innovations file of the workspace (achievements, docs/files.md), kept
 * beside the workforce: in this browser only (IndexedDB, its own record),
 * never in a share link. The reward rules are part of each scheme (saved,
 * shared and fingerprinted with it); the file is data, like the pay sheet.
 *
 * What is read back is checked column by column: a damaged record is dropped
 * with a notice, never a blank page.
 */
import { del, get, set } from 'idb-keyval';
import { create } from 'zustand';
import { INNOVATION_GRADES, INNOVATION_KINDS, YIELD_KINDS, type Achievements } from '../../models/innovation/innovation';
import type { ImportIssue } from '../../models/io/table';

export const INNOVATIONS_KEY = 'skillpay-innovations';
/** A file with more achievements than this is not one a plant keeps by hand. */
export const MAX_ACHIEVEMENTS = 200_000;

export interface InnovationsState {
  achievements: Achievements | null;
  /** The file's name and a name for its contents (the host keeps who is who per contents). */
  file: string | null;
  id: string | null;
  sample: boolean;
  /** The last import's problems (not stored). */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  total: number;
  loaded: boolean;
}

export const useInnovations = create<InnovationsState>()(() => ({ achievements: null, file: null, id: null, sample: false, errors: [], warnings: [], total: 0, loaded: false }));

let counter = 0;

/** Use an imported file (its problems shown); a file with no valid achievement changes nothing but the problems. */
export function setAchievements(a: Achievements | null, info: { file: string; sample: boolean; errors: ImportIssue[]; warnings: ImportIssue[]; total: number }): void {
  if (!a || a.size === 0) {
    useInnovations.setState({ errors: info.errors, warnings: info.warnings, total: info.total, file: info.file });
    return;
  }
  const id = `${info.file}#${Date.now()}-${++counter}`;
  useInnovations.setState({ achievements: a, file: info.file, id, sample: info.sample, errors: info.errors, warnings: info.warnings, total: info.total });
  void set(INNOVATIONS_KEY, { file: info.file, id, sample: info.sample, achievements: a }).catch(() => undefined);
}

export function clearAchievements(): void {
  useInnovations.setState({ achievements: null, file: null, id: null, sample: false, errors: [], warnings: [], total: 0 });
  void del(INNOVATIONS_KEY).catch(() => undefined);
}

/** A stored record checked part by part: null (and why) when it cannot be used. */
export function checkAchievements(raw: unknown): { ok: true; a: Achievements } | { ok: false; reason: string } {
  if (!raw || typeof raw !== 'object') return { ok: false, reason: 'not a record' };
  const a = raw as Record<string, unknown>;
  const n = a.size;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_ACHIEVEMENTS) return { ok: false, reason: 'size' };
  const texts = ['id', 'title', 'date'] as const;
  for (const k of texts) if (!Array.isArray(a[k]) || (a[k] as unknown[]).length !== n || !(a[k] as unknown[]).every((x) => typeof x === 'string')) return { ok: false, reason: k };
  const codes: [string, number][] = [['kind', INNOVATION_KINDS.length], ['grade', INNOVATION_GRADES.length], ['yieldKind', YIELD_KINDS.length]];
  for (const [k, max] of codes) if (!(a[k] instanceof Uint8Array) || (a[k] as Uint8Array).length !== n || (a[k] as Uint8Array).some((x) => x >= max)) return { ok: false, reason: k };
  if (!(a.year instanceof Uint16Array) || a.year.length !== n) return { ok: false, reason: 'year' };
  if (!(a.yieldPerYear instanceof Float64Array) || a.yieldPerYear.length !== n || a.yieldPerYear.some((x) => !Number.isFinite(x) || x < 0)) return { ok: false, reason: 'yieldPerYear' };
  const start = a.teamStart;
  if (!(start instanceof Uint32Array) || start.length !== n + 1 || start[0] !== 0) return { ok: false, reason: 'teamStart' };
  for (let k = 0; k < n; k++) if (start[k + 1]! <= start[k]!) return { ok: false, reason: 'teamStart' };
  const m = start[n]!;
  if (!Array.isArray(a.memberId) || a.memberId.length !== m || !a.memberId.every((x) => typeof x === 'string')) return { ok: false, reason: 'memberId' };
  if (!(a.memberShare instanceof Float64Array) || a.memberShare.length !== m || a.memberShare.some((x) => !(x > 0 && x <= 1))) return { ok: false, reason: 'memberShare' };
  return { ok: true, a: raw as Achievements };
}

/** Read the stored file once, at start; a damaged record is removed and said (`onDamaged`). */
export async function loadStoredAchievements(onDamaged: (reason: string) => void): Promise<void> {
  if (useInnovations.getState().loaded) return;
  useInnovations.setState({ loaded: true });
  let raw: unknown;
  try {
    raw = await get(INNOVATIONS_KEY);
  } catch {
    return;
  }
  if (raw === undefined) return;
  const r = raw as { file?: unknown; id?: unknown; sample?: unknown; achievements?: unknown };
  const c = checkAchievements(r?.achievements);
  if (!c.ok || typeof r.file !== 'string' || typeof r.id !== 'string') {
    onDamaged(c.ok ? 'file' : c.reason);
    void del(INNOVATIONS_KEY).catch(() => undefined);
    return;
  }
  // An import made meanwhile wins.
  if (useInnovations.getState().achievements) return;
  useInnovations.setState({ achievements: c.a, file: r.file, id: r.id, sample: r.sample === true, total: c.a.size });
}
