/**
 * The workspace saved in this browser: autosaved in IndexedDB under a
 * versioned key, the workforce apart from the rest (it is written only when
 * it changes). Anything unreadable is reported, never half-loaded.
 */
import { del, get, set } from 'idb-keyval';
import { validateScenario } from '../../models/scenario';
import type { Workforce } from '../../models/types';
import type { Round, Scheme, Source, WorkspaceData } from './transitions';

export const STORAGE_KEY = 'skillpay-workspace';
/** The workforce is stored apart and written only when it changes: cloning 100k rows on every slider step would block the page. */
export const WORKFORCE_KEY = 'skillpay-workforce';
export const WORKSPACE_VERSION = 1;

export type Workspace = WorkspaceData;

const NUMERIC = ['positionValue', 'innovation', 'yearsOfService', 'monthlyPay'] as const;
const BYTES = ['level', 'rating'] as const;
const TEXT = ['id', 'name', 'department', 'position'] as const;

/** Check a stored workforce column by column; a wrong shape is an error, not a crash later. */
export function checkWorkforce(w: unknown): string | null {
  if (!w || typeof w !== 'object') return 'workforce missing';
  const o = w as Record<string, unknown>;
  const n = o.size;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return 'workforce size';
  for (const k of NUMERIC) if (!(o[k] instanceof Float64Array) || (o[k] as Float64Array).length !== n) return `column ${k}`;
  for (const k of BYTES) if (!(o[k] instanceof Uint8Array) || (o[k] as Uint8Array).length !== n) return `column ${k}`;
  for (const k of TEXT) if (!Array.isArray(o[k]) || (o[k] as unknown[]).length !== n) return `column ${k}`;
  // Saved before post categories existed: none given.
  if (o.postCategory === undefined) o.postCategory = new Uint8Array(n);
  if (!(o.postCategory instanceof Uint8Array) || o.postCategory.length !== n) return 'column postCategory';
  for (let i = 0; i < n; i++) if ((o.level as Uint8Array)[i]! > 7 || (o.rating as Uint8Array)[i]! > 4) return `row ${i + 1}`;
  return null;
}

export type Loaded = { state: 'empty' } | { state: 'ok'; workspace: Workspace } | { state: 'corrupt'; reason: string };

/** Validate something read back from storage. */
export function reviveWorkspace(raw: unknown): Loaded {
  if (raw === undefined || raw === null) return { state: 'empty' };
  if (typeof raw !== 'object') return { state: 'corrupt', reason: 'not an object' };
  const o = raw as Record<string, unknown>;
  if (o.version !== WORKSPACE_VERSION) return { state: 'corrupt', reason: `saved with version ${String(o.version)}, this program reads ${WORKSPACE_VERSION}` };
  if (o.workforce !== null) {
    const bad = checkWorkforce(o.workforce);
    if (bad) return { state: 'corrupt', reason: bad };
  }
  if (!Array.isArray(o.schemes)) return { state: 'corrupt', reason: 'schemes' };
  const schemes: Scheme[] = [];
  for (const s of o.schemes as { id?: unknown; scenario?: unknown; pool?: Scheme['pool'] }[]) {
    const v = validateScenario(s?.scenario);
    if (!v.ok || typeof s.id !== 'string') return { state: 'corrupt', reason: `scheme ${String(s?.id)}: ${v.ok ? 'id' : v.issues[0]?.path}` };
    schemes.push({ id: s.id, scenario: v.scenario, ...(s.pool ? { pool: s.pool } : {}) });
  }
  const activeId = typeof o.activeId === 'string' && schemes.some((s) => s.id === o.activeId) ? o.activeId : (schemes[0]?.id ?? null);
  // Rounds came later: a workspace without them is fine; rounds naming a deleted scheme are dropped.
  const ids = new Set(schemes.map((s) => s.id));
  const rounds = (Array.isArray(o.rounds) ? (o.rounds as Round[]) : []).filter((r) => r && ids.has(r.union) && ids.has(r.management));
  return { state: 'ok', workspace: { source: (o.source as Source) ?? null, workforce: (o.workforce as Workforce) ?? null, schemes, activeId, rounds } };
}

export async function loadWorkspace(): Promise<Loaded> {
  try {
    const meta = (await get(STORAGE_KEY)) as Record<string, unknown> | undefined;
    if (meta && typeof meta === 'object' && !('workforce' in meta)) meta.workforce = (await get(WORKFORCE_KEY)) ?? null;
    const loaded = reviveWorkspace(meta);
    if (loaded.state === 'ok') savedWorkforce = loaded.workspace.workforce;
    return loaded;
  } catch (e) {
    return { state: 'corrupt', reason: e instanceof Error ? e.message : String(e) };
  }
}

let savedWorkforce: Workforce | null = null;

export async function saveWorkspace(ws: Workspace): Promise<void> {
  if (ws.workforce !== savedWorkforce) {
    await set(WORKFORCE_KEY, ws.workforce);
    savedWorkforce = ws.workforce;
  }
  const { workforce: _omit, ...meta } = ws;
  void _omit;
  await set(STORAGE_KEY, { version: WORKSPACE_VERSION, ...meta });
}

export async function clearWorkspace(): Promise<void> {
  savedWorkforce = null;
  await del(STORAGE_KEY);
  await del(WORKFORCE_KEY);
}

