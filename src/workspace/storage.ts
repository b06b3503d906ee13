/**
 * The workspace saved in this browser (IndexedDB): the schemes, rounds and
 * source in one record, the workforce in another (written only when it
 * changes). What is read back is checked part by part: a damaged scheme or
 * round is set aside (and offered as a file), the rest is kept; the workforce
 * is kept unless it is the damaged part; sizes are bounded before anything is
 * drawn. Nothing is overwritten with defaults without saying so.
 *
 * Two tabs: every save carries a revision, checked and bumped in one
 * transaction. A tab whose last known revision is not the stored one does not
 * overwrite: it is told another tab changed the workspace, and chooses.
 */
import { del, get, set, update } from 'idb-keyval';
import { z } from '../../models/zod';
import { validateScenario } from '../../models/pay/scenario';
import { contractSchema, DEFAULT_CONTRACT, documentsFormSchema, trancheSchema, type ContractSettings } from '../../models/documents';
import type { Tranche } from '../../models/bargaining/bargaining';
import { currentWageBill } from '../../models/pay/scheme';
import { complianceSettingsSchema } from '../../models/compliance/rules';
import { LEVELS, type Workforce } from '../../models/types';
import { SCHEME_COLOR_COUNT, withColors, type Round, type Scheme, type Source, type WorkspaceData } from './transitions';

export const STORAGE_KEY = 'skillpay-workspace';
/** The workforce is stored apart and written only when it changes: cloning 100k rows on every slider step would block the page. */
export const WORKFORCE_KEY = 'skillpay-workforce';
export const WORKSPACE_VERSION = 1;
/** More schemes or rounds than this are not a workspace anyone built by hand: the rest is set aside. */
export const MAX_SCHEMES = 200;
export const MAX_ROUNDS = 500;

export type Workspace = WorkspaceData;

/** Why a stored part was set aside: the first problem's field and message. */
const zodReason = (e: z.ZodError) => `${e.issues[0]?.path.join('.') ?? ''}: ${e.issues[0]?.message ?? ''}`;

const NUMERIC = ['positionValue', 'innovation', 'yearsOfService', 'monthlyPay'] as const;
const BYTES = ['level', 'rating'] as const;
const TEXT = ['id', 'name', 'department', 'position'] as const;

/** Check a stored workforce column by column and cell by cell; a wrong shape is an error here, not a blank page later. */
export function checkWorkforce(w: unknown): string | null {
  if (!w || typeof w !== 'object') return 'workforce missing';
  const o = w as Record<string, unknown>;
  const n = o.size;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return 'workforce size';
  for (const k of NUMERIC) {
    const col = o[k];
    if (!(col instanceof Float64Array) || col.length !== n) return `column ${k}`;
    for (let i = 0; i < n; i++) if (!Number.isFinite(col[i]!) || col[i]! < 0) return `column ${k}, row ${i + 1}`;
  }
  for (const k of BYTES) if (!(o[k] instanceof Uint8Array) || (o[k] as Uint8Array).length !== n) return `column ${k}`;
  for (const k of TEXT) {
    const col = o[k];
    if (!Array.isArray(col) || col.length !== n) return `column ${k}`;
    for (let i = 0; i < n; i++) if (typeof col[i] !== 'string') return `column ${k}, row ${i + 1}`;
  }
  // Saved before post categories existed: none given.
  if (o.postCategory === undefined) o.postCategory = new Uint8Array(n);
  if (!(o.postCategory instanceof Uint8Array) || o.postCategory.length !== n) return 'column postCategory';
  for (let i = 0; i < n; i++) if ((o.level as Uint8Array)[i]! > 7 || (o.rating as Uint8Array)[i]! > 4 || (o.postCategory as Uint8Array)[i]! > 4) return `row ${i + 1}`;
  // Optional allowance columns: absent, or a full column of sound values.
  if (o.apprentices !== undefined) {
    const a = o.apprentices;
    if (!(a instanceof Float64Array) || a.length !== n) return 'column apprentices';
    for (let i = 0; i < n; i++) if (!Number.isFinite(a[i]!) || a[i]! < 0) return `column apprentices, row ${i + 1}`;
  }
  if (o.teamLeader !== undefined) {
    const t = o.teamLeader;
    if (!(t instanceof Uint8Array) || t.length !== n) return 'column teamLeader';
    for (let i = 0; i < n; i++) if (t[i]! > 1) return `column teamLeader, row ${i + 1}`;
  }
  return null;
}

const sourceSchema = z.object({
  file: z.string().max(1000),
  encoding: z.string().max(40).optional(),
  sheet: z.string().max(1000).optional(),
  totalRows: z.number().int().min(0),
  validRows: z.number().int().min(0),
  sample: z.boolean().optional(),
});
const roundSchema = z.object({ union: z.string(), management: z.string() });
const typicalSchema = z
  .array(
    z.object({
      label: z.string().max(60),
      pick: z.union([z.object({ kind: z.literal('grade'), level: z.enum(LEVELS) }), z.object({ kind: z.literal('id'), id: z.string().max(100) }), z.object({ kind: z.literal('craftsman') })]),
      deductions: z.object({ children: z.number().int().min(0).max(20), elderly: z.number().min(0).max(3000), education: z.number().min(0).max(400), housing: z.number().min(0).max(1500) }),
    }),
  )
  .max(20);
/**
 * The documents' form as saved: the current shape, or the earlier one that also held the contract's term and
 * tranches (now the workspace's `contract`, shared with the 合同成本 panel) and had no 文号 or filing kind.
 */
const storedDocumentsSchema = documentsFormSchema.extend({ termYears: z.number().int().min(1).max(10).optional(), tranches: z.array(trancheSchema).max(120).optional() });
/** Stored forms are a few kilobytes; anything far larger is not one (and is not kept in memory as one). */
export const MAX_STORED_FORM_CHARS = 400_000;
const poolSchema = z.union([z.object({ kind: z.literal('amount'), bill: z.number().finite().positive() }), z.object({ kind: z.literal('growth'), growth: z.number().finite().min(-1).max(10) })]);

/** Something read back that could not be used, and what became of it. */
export interface StoredProblem {
  code: 'unreadable' | 'scheme' | 'too-many-schemes' | 'rounds' | 'too-many-rounds' | 'typical' | 'documents' | 'contract' | 'compliance' | 'source' | 'workforce' | 'workforce-missing';
  /** The scheme's name (or position), the reason… */
  params: Record<string, string | number>;
  /** What was set aside, as it was stored, to give back to the user as a file. */
  raw?: unknown;
}

export type Loaded = { state: 'empty'; problems: StoredProblem[] } | { state: 'ok'; workspace: Workspace; problems: StoredProblem[] } | { state: 'corrupt'; reason: string };

let knownRevision = 0;

/**
 * Reads and writes of the stored workspace, one after another. Each of them
 * reads or sets the revision this tab knows across several awaits; a save
 * whose timer fired while "start over" was deleting the stored workspace found
 * the revision gone and took it for another tab's save (then stopped saving).
 */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(f: () => Promise<T>): Promise<T> {
  const run = queue.then(f, f);
  queue = run.catch(() => undefined);
  return run;
}

let savedWorkforce: Workforce | null = null;
let savedWorkforceId: string | null = null;

/**
 * Check what was read back. `workforce` is the stored workforce record:
 * `{ id, workforce }`, or a bare workforce from before workforce ids.
 */
export function reviveWorkspace(raw: unknown, storedWorkforce?: unknown): Loaded {
  const problems: StoredProblem[] = [];
  if (raw === undefined || raw === null) return { state: 'empty', problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { state: 'empty', problems: [{ code: 'unreadable', params: { reason: 'not an object' }, raw }] };
  const o = raw as Record<string, unknown>;
  if (o.version !== WORKSPACE_VERSION) return { state: 'empty', problems: [{ code: 'unreadable', params: { reason: `saved with version ${String(o.version)}, this program reads ${WORKSPACE_VERSION}` }, raw }] };

  let source: Source | null = null;
  if (o.source !== null && o.source !== undefined) {
    const s = sourceSchema.safeParse(o.source);
    if (s.success) source = s.data;
    else problems.push({ code: 'source', params: { reason: s.error.issues[0]?.message ?? '' }, raw: o.source });
  }

  const list = Array.isArray(o.schemes) ? (o.schemes as unknown[]) : [];
  if (!Array.isArray(o.schemes)) problems.push({ code: 'scheme', params: { name: '—', reason: 'no list of schemes' }, raw: o.schemes });
  if (list.length > MAX_SCHEMES) problems.push({ code: 'too-many-schemes', params: { n: list.length, kept: MAX_SCHEMES }, raw: list.slice(MAX_SCHEMES) });
  const schemes: Scheme[] = [];
  const ids = new Set<string>();
  list.slice(0, MAX_SCHEMES).forEach((item, k) => {
    const s = (item ?? {}) as { id?: unknown; scenario?: unknown; pool?: unknown; color?: unknown };
    const v = validateScenario(s.scenario);
    const pool = s.pool === undefined ? null : poolSchema.safeParse(s.pool);
    const name = v.ok ? v.scenario.name : typeof (s.scenario as { name?: unknown })?.name === 'string' ? String((s.scenario as { name: string }).name).slice(0, 60) : `#${k + 1}`;
    if (!v.ok || typeof s.id !== 'string' || ids.has(s.id) || (pool && !pool.success)) {
      const reason = !v.ok ? `${v.issues[0]?.path || '(scheme)'}: ${v.issues[0]?.message}` : typeof s.id !== 'string' || ids.has(s.id) ? 'id' : 'pool';
      problems.push({ code: 'scheme', params: { name, reason }, raw: item });
      return;
    }
    ids.add(s.id);
    // A colour out of range is not damage worth a notice: the scheme simply gets a free colour below.
    const color = typeof s.color === 'number' && Number.isInteger(s.color) && s.color >= 0 && s.color < SCHEME_COLOR_COUNT ? s.color : undefined;
    // Saved before schemes carried their basis: the pool was noted beside the scheme (an amount on a wage bill), or had been
    // carried to the workforce saved with it; `basisFrom` marks the schemes that take that workforce's bill below.
    const scenario = !v.scenario.basis && pool?.success && pool.data.kind === 'amount' ? { ...v.scenario, basis: { wageBill: pool.data.bill } } : v.scenario;
    schemes.push({ id: s.id, scenario, ...(color !== undefined ? { color } : {}) });
  });

  let rounds: Round[] = [];
  if (o.rounds !== undefined) {
    const all = Array.isArray(o.rounds) ? (o.rounds as unknown[]) : [];
    if (all.length > MAX_ROUNDS) problems.push({ code: 'too-many-rounds', params: { n: all.length, kept: MAX_ROUNDS } });
    const parsed = all.slice(0, MAX_ROUNDS).map((r) => roundSchema.safeParse(r));
    const bad = parsed.filter((r) => !r.success).length;
    if (bad || !Array.isArray(o.rounds)) problems.push({ code: 'rounds', params: { n: bad || 1 }, raw: o.rounds });
    // Rounds naming a scheme no longer here are dropped (they point at nothing).
    rounds = parsed.flatMap((r) => (r.success && ids.has(r.data.union) && ids.has(r.data.management) ? [r.data] : []));
  }

  // The typical workers: kept when sound, set aside (with the default list shown) when not.
  let typical: WorkspaceData['typical'];
  if (o.typical !== undefined) {
    const t = typicalSchema.safeParse(o.typical);
    if (t.success) typical = t.data;
    else problems.push({ code: 'typical', params: { reason: t.error.issues[0]?.message ?? '' }, raw: o.typical });
  }

  let documents: WorkspaceData['documents'];
  let contract: WorkspaceData['contract'];
  let oldTerm: { years?: number; tranches?: Tranche[] } = {};
  if (o.documents !== undefined) {
    const size = JSON.stringify(o.documents)?.length ?? 0;
    const d = size > MAX_STORED_FORM_CHARS ? null : storedDocumentsSchema.safeParse(o.documents);
    if (d?.success) {
      const { termYears, tranches, ...form } = d.data;
      documents = form;
      oldTerm = { years: termYears, tranches };
    } else problems.push({ code: 'documents', params: { reason: d ? zodReason(d.error) : `${size} characters, more than ${MAX_STORED_FORM_CHARS}` }, raw: size > MAX_STORED_FORM_CHARS ? undefined : o.documents });
  }
  if (o.contract !== undefined) {
    const c = contractSchema.safeParse(o.contract);
    if (c.success) contract = c.data as ContractSettings;
    else problems.push({ code: 'contract', params: { reason: zodReason(c.error) }, raw: o.contract });
  } else if (oldTerm.years !== undefined) {
    // Saved before the contract's terms had a place of their own: the form's term, and its tranches where it had any.
    contract = { ...DEFAULT_CONTRACT, years: oldTerm.years, tranches: oldTerm.tranches?.length ? oldTerm.tranches : DEFAULT_CONTRACT.tranches };
  }

  // 履约检查's settings: kept when sound, set aside (the dated defaults used, and said) when not.
  let compliance: WorkspaceData['compliance'];
  if (o.compliance !== undefined) {
    const c = complianceSettingsSchema.safeParse(o.compliance);
    if (c.success) compliance = c.data;
    else problems.push({ code: 'compliance', params: { reason: zodReason(c.error) }, raw: o.compliance });
  }

  let workforce: Workforce | null = null;
  if (storedWorkforce !== undefined && storedWorkforce !== null) {
    const record = storedWorkforce as { id?: unknown; workforce?: unknown };
    const w = record && typeof record === 'object' && 'workforce' in record ? record.workforce : storedWorkforce;
    const bad = checkWorkforce(w);
    if (bad) problems.push({ code: 'workforce', params: { file: source?.file ?? '', reason: bad } });
    else if (typeof o.workforceId === 'string' && record.id !== undefined && record.id !== o.workforceId) problems.push({ code: 'workforce-missing', params: { file: source?.file ?? '' } });
    else workforce = w as Workforce;
  } else if (source) problems.push({ code: 'workforce-missing', params: { file: source.file } });

  // A pool with no note of its wage bill was set (or carried) on the workforce saved with it.
  const bill = workforce ? currentWageBill(workforce) : 0;
  const noted = schemes.map((sc) => (sc.scenario.annualPool !== null && !sc.scenario.basis && bill > 0 ? { ...sc, scenario: { ...sc.scenario, basis: { wageBill: bill } } } : sc));
  const activeId = typeof o.activeId === 'string' && schemes.some((s) => s.id === o.activeId) ? o.activeId : (schemes[0]?.id ?? null);
  return { state: 'ok', workspace: { source: workforce ? source : null, workforce, schemes: withColors(noted), activeId, rounds, ...(typical ? { typical } : {}), ...(documents ? { documents } : {}), ...(contract ? { contract } : {}), ...(compliance ? { compliance } : {}) }, problems };
}

export function loadWorkspace(): Promise<Loaded> {
  return inTurn(loadNow);
}

async function loadNow(): Promise<Loaded> {
  let meta: unknown, stored: unknown;
  try {
    meta = await get(STORAGE_KEY);
    stored = await get(WORKFORCE_KEY);
  } catch (e) {
    // The database itself cannot be opened: nothing to recover here.
    return { state: 'corrupt', reason: e instanceof Error ? e.message : String(e) };
  }
  knownRevision = typeof (meta as { revision?: unknown })?.revision === 'number' ? (meta as { revision: number }).revision : 0;
  const loaded = reviveWorkspace(meta, stored);
  if (loaded.state === 'ok') {
    savedWorkforce = loaded.workspace.workforce;
    savedWorkforceId = savedWorkforce ? ((stored as { id?: string })?.id ?? null) : null;
  }
  return loaded;
}

/** What another tab saved, read without taking it (to say how it differs before the user chooses). */
export async function peekStored(): Promise<Workspace | null> {
  try {
    const loaded = reviveWorkspace(await get(STORAGE_KEY), null);
    return loaded.state === 'ok' ? loaded.workspace : null;
  } catch {
    return null;
  }
}

export class ConflictError extends Error {
  constructor(readonly revision: number) {
    super('another tab saved the workspace since this tab last read it');
    this.name = 'ConflictError';
  }
}

export class StorageFullError extends Error {
  constructor(readonly part: 'workforce' | 'schemes') {
    super(`the browser's storage is full: the ${part} could not be saved`);
    this.name = 'StorageFullError';
  }
}

// By name: an error from the worker crosses to the page as a plain Error that keeps its name.
const isQuota = (e: unknown) => e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * Who writes the workforce record. By default this thread; the page hands it
 * to the engine's worker, which holds the workforce already, so 100,000 rows
 * are never serialised on the page. Returns false when it could not (then
 * this thread writes).
 */
type WorkforceWriter = (w: Workforce, record: { key: string; id: string }) => Promise<boolean>;
let writeWorkforce: WorkforceWriter = async () => false;
export function setWorkforceWriter(writer: WorkforceWriter): void {
  writeWorkforce = writer;
}

let workforceCounter = 0;
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('skillpay-workspace') : null;

/** Hear when another tab saves: `revision` is the one it wrote. */
export function onOtherTabSave(listener: (revision: number) => void): () => void {
  if (!channel) return () => undefined;
  const handler = (e: MessageEvent) => {
    const r = (e.data as { revision?: unknown })?.revision;
    if (typeof r === 'number' && r !== knownRevision) listener(r);
  };
  channel.addEventListener('message', handler);
  return () => channel.removeEventListener('message', handler);
}

/**
 * Save the workspace. Refuses (ConflictError) when another tab saved since
 * this one last read or wrote, unless `force`. A full disk is a
 * StorageFullError naming what was not saved.
 */
export function saveWorkspace(ws: Workspace, opts: { force?: boolean } = {}): Promise<void> {
  return inTurn(() => saveNow(ws, opts));
}

async function saveNow(ws: Workspace, opts: { force?: boolean }): Promise<void> {
  const { workforce, ...rest } = ws;
  let conflict: number | null = null;
  const wfChanged = workforce !== savedWorkforce;
  const workforceId = wfChanged ? (workforce ? `wf-${Date.now().toString(36)}-${++workforceCounter}` : null) : savedWorkforceId;
  const next = knownRevision + 1;
  try {
    await update(STORAGE_KEY, (old: unknown) => {
      const stored = typeof (old as { revision?: unknown })?.revision === 'number' ? (old as { revision: number }).revision : 0;
      if (!opts.force && stored !== knownRevision) {
        conflict = stored;
        return old;
      }
      return { version: WORKSPACE_VERSION, revision: next, savedAt: new Date().toISOString(), workforceId, ...rest };
    });
  } catch (e) {
    if (isQuota(e)) throw new StorageFullError('schemes');
    throw e;
  }
  if (conflict !== null) throw new ConflictError(conflict);
  knownRevision = next;
  if (wfChanged) {
    try {
      const handed = workforce && workforceId ? await writeWorkforce(workforce, { key: WORKFORCE_KEY, id: workforceId }) : false;
      if (!handed) await set(WORKFORCE_KEY, workforce ? { id: workforceId, workforce } : null);
      savedWorkforce = workforce;
      savedWorkforceId = workforceId;
    } catch (e) {
      if (isQuota(e)) throw new StorageFullError('workforce');
      throw e;
    }
  }
  // Other tabs hear of the save once it is whole: told before the pay sheet was written, a tab following it read the
  // new schemes with no pay sheet to match and stayed where it was (an import, or an undo back to another pay sheet).
  channel?.postMessage({ revision: next });
}

/** Take the stored revision as read (after the user chose to keep this tab's version or to load the other's). */
export function adoptStoredRevision(): Promise<void> {
  return inTurn(async () => {
    const meta = (await get(STORAGE_KEY)) as { revision?: unknown } | undefined;
    knownRevision = typeof meta?.revision === 'number' ? meta.revision : 0;
  });
}

export function clearWorkspace(): Promise<void> {
  return inTurn(async () => {
    savedWorkforce = null;
    savedWorkforceId = null;
    await del(STORAGE_KEY);
    await del(WORKFORCE_KEY);
    knownRevision = 0;
  });
}
