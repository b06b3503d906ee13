/**
 * What each change does to the workspace, as pure functions (old workspace in,
 * new workspace and the notices to show out), so the rules are tested without
 * a browser: pools follow a new workforce, craftsman packages naming absent
 * workers are set aside (never lost), names never collide or go blank, and a
 * shared scheme already present is not added twice.
 */
import { fingerprint } from '../../models/bargaining';
import type { Scenario } from '../../models/scenario';
import type { TypicalWorker } from '../../models/typical';
import type { DocumentsForm } from '../../models/documents';
import { currentWageBill, effectiveScenario, poolForWorkforce, uniqueName, type PoolBasis } from '../../models/scheme';
import type { Workforce } from '../../models/types';

export interface Scheme {
  id: string;
  /** The scheme as written, with every craftsman package, including those set aside. */
  scenario: Scenario;
  /** How the pool was set (pool mode with an amount); absent for automatic pools and other modes. */
  pool?: PoolBasis;
  /** The scheme's colour in every chart (index into the 8 scheme colours), kept when other schemes come and go. */
  color?: number;
}

/** How many distinct scheme colours there are (Okabe–Ito). */
export const SCHEME_COLOR_COUNT = 8;

/**
 * Give every scheme without a colour one: the first colour no other scheme
 * has, or, with more schemes than colours, the one fewest schemes have.
 * Schemes that have a colour keep it.
 */
export function withColors(schemes: Scheme[], others: Scheme[] = []): Scheme[] {
  const uses = new Array<number>(SCHEME_COLOR_COUNT).fill(0);
  const valid = (c: number | undefined): c is number => c !== undefined && Number.isInteger(c) && c >= 0 && c < SCHEME_COLOR_COUNT;
  for (const s of [...others, ...schemes]) if (valid(s.color)) uses[s.color]!++;
  return schemes.map((s) => {
    if (valid(s.color)) return s;
    let pick = 0;
    for (let k = 1; k < SCHEME_COLOR_COUNT; k++) if (uses[k]! < uses[pick]!) pick = k;
    uses[pick]!++;
    return { ...s, color: pick };
  });
}

export interface Source {
  file: string;
  encoding?: string;
  sheet?: string;
  totalRows: number;
  validRows: number;
  /** True for the fictional sample shipped with the app. */
  sample?: boolean;
}

/** One round of the negotiation: the scheme each side put on the table. */
export interface Round {
  union: string;
  management: string;
}

export interface WorkspaceData {
  source: Source | null;
  workforce: Workforce | null;
  schemes: Scheme[];
  activeId: string | null;
  rounds: Round[];
  /** Typical workers (典型职工) shown under every scheme; absent = the default list. */
  typical?: TypicalWorker[];
  /** The documents' form: parties, dates, the vote, article wording (never in a share link). */
  documents?: DocumentsForm;
}

/** A message for the user: a translation key and its parameters (so it follows a language switch). */
export interface Notice {
  key: string;
  /** Lists (string[]) are joined in the page's language: 、 in Chinese, commas in English. */
  params?: Record<string, string | number | string[]>;
  /** Pools carried over to a new workforce, one per scheme (shown as a list in the page's language and units). */
  pools?: { scheme: string; from: number; to: number; ratio: number; growth: boolean }[];
  tone?: 'info' | 'warn';
  /** The change can be undone from the notice. */
  undoable?: boolean;
  /** Something the user can take away as a file (a part of the saved workspace that could not be read). */
  file?: { name: string; text: string; type: string };
}

export const emptyWorkspace = (): WorkspaceData => ({ source: null, workforce: null, schemes: [], activeId: null, rounds: [] });

let idCounter = 0;
export const newSchemeId = () => `s${Date.now().toString(36)}${(idCounter++).toString(36)}`;

const billCache = new WeakMap<Workforce, number>();
/** Today's wage bill of a workforce, computed once per workforce. */
export function billOf(w: Workforce | null): number {
  if (!w) return 0;
  let b = billCache.get(w);
  if (b === undefined) {
    b = currentWageBill(w);
    billCache.set(w, b);
  }
  return b;
}

/**
 * Whether a workforce holds a worker id. A scheme names a handful of
 * craftsmen: a scan of the ids is cheaper than building an index of 100,000
 * of them on the page (the engine builds its own).
 */
export const hasWorker = (w: Workforce | null) => (id: string) => {
  if (!w) return false;
  let known = presence.get(w);
  if (!known) presence.set(w, (known = new Map()));
  let here = known.get(id);
  if (here === undefined) known.set(id, (here = w.id.indexOf(id) >= 0));
  return here;
};
const presence = new WeakMap<Workforce, Map<string, boolean>>();

/** The scheme the engine is asked about, and the packages set aside because their worker is not in the workforce. */
export function effective(s: Scheme, w: Workforce | null) {
  return effectiveScenario(s.scenario, hasWorker(w));
}

/** Notices naming every craftsman set aside: one per group of workers, listing the schemes their packages are in. */
export function setAsideNotices(schemes: Scheme[], w: Workforce | null): Notice[] {
  const groups = new Map<string, string[]>();
  for (const s of schemes) {
    const { setAside } = effective(s, w);
    if (!setAside.length) continue;
    const ids = setAside.map((c) => c.id).join('\u0000');
    groups.set(ids, [...(groups.get(ids) ?? []), s.scenario.name]);
  }
  return [...groups].map(([ids, names]) => ({ key: 'notices.setAside', params: { scheme: names, ids: ids.split('\u0000') }, tone: 'warn' as const }));
}

/** Pool basis for a scheme whose pool amount was just set on workforce `w`. */
export function amountBasis(s: Scenario, w: Workforce | null): PoolBasis | undefined {
  return s.mode === 'pool' && s.annualPool !== null && w ? { kind: 'amount', bill: billOf(w) } : undefined;
}

/**
 * A new workforce: schemes kept (the user's) or replaced (by `seeds`), pools
 * carried over to the new bill, packages of absent workers set aside.
 */
export function withWorkforce(ws: WorkspaceData, workforce: Workforce, source: Source, schemes: Scheme[] | null): { ws: WorkspaceData; notices: Notice[] } {
  const notices: Notice[] = [];
  const pools: NonNullable<Notice['pools']> = [];
  const oldBill = billOf(ws.workforce);
  const newBill = billOf(workforce);
  let next: Scheme[];
  if (schemes) next = withColors(schemes);
  else {
    next = ws.schemes.map((sc) => {
      if (sc.scenario.mode !== 'pool' || sc.scenario.annualPool === null) return sc;
      const basis: PoolBasis | undefined = sc.pool ?? (oldBill > 0 ? { kind: 'amount', bill: oldBill } : undefined);
      const pool = poolForWorkforce(sc.scenario, basis, newBill);
      if (pool === null || pool === sc.scenario.annualPool) return sc;
      pools.push({ scheme: sc.scenario.name, from: sc.scenario.annualPool, to: pool, ratio: pool / newBill - 1, growth: basis?.kind === 'growth' });
      return { ...sc, scenario: { ...sc.scenario, annualPool: pool }, pool: basis?.kind === 'growth' ? basis : { kind: 'amount', bill: newBill } };
    });
  }
  if (pools.length) notices.push({ key: 'notices.poolsRescaled', pools, undoable: true });
  notices.push(...setAsideNotices(next, workforce));
  const activeId = next.some((s) => s.id === ws.activeId) ? ws.activeId : (next[0]?.id ?? null);
  const ids = new Set(next.map((s) => s.id));
  const rounds = ws.rounds.filter((r) => ids.has(r.union) && ids.has(r.management));
  return { ws: { ...ws, workforce, source, schemes: next, activeId, rounds }, notices };
}

/**
 * Schemes from a file or a share link. Added: names made unique, schemes
 * identical to one already here skipped. Replacing: the workspace's schemes
 * give way to these.
 */
export function addScenarios(ws: WorkspaceData, scenarios: Scenario[], mode: 'add' | 'replace'): { ws: WorkspaceData; notices: Notice[]; added: number } {
  const notices: Notice[] = [];
  const base = mode === 'replace' ? [] : ws.schemes;
  const have = new Set(base.map((s) => fingerprint(s.scenario)));
  const names = base.map((s) => s.scenario.name);
  const added: Scheme[] = [];
  const skipped: string[] = [];
  for (const sc of scenarios) {
    const fp = fingerprint(sc);
    if (have.has(fp)) {
      skipped.push(sc.name);
      continue;
    }
    have.add(fp);
    const name = uniqueName(sc.name, names);
    if (name !== sc.name) notices.push({ key: 'notices.renamed', params: { from: sc.name || '""', to: name } });
    names.push(name);
    const scenario = name === sc.name ? sc : { ...sc, name };
    added.push(withColors([{ id: newSchemeId(), scenario, pool: amountBasis(scenario, ws.workforce) }], [...base, ...added])[0]!);
  }
  if (skipped.length) notices.unshift({ key: 'notices.alreadyThere', params: { scheme: skipped, n: skipped.length } });
  notices.push(...setAsideNotices(added, ws.workforce));
  const schemes = [...base, ...added];
  const activeId = added[0]?.id ?? (schemes.some((s) => s.id === ws.activeId) ? ws.activeId : (schemes[0]?.id ?? null));
  const ids = new Set(schemes.map((s) => s.id));
  return { ws: { ...ws, schemes, activeId, rounds: ws.rounds.filter((r) => ids.has(r.union) && ids.has(r.management)) }, notices, added: added.length };
}

/** Rename a scheme; a blank name is refused (null), a taken one gets a suffix. */
export function renameScheme(ws: WorkspaceData, id: string, name: string): { ws: WorkspaceData; name: string } | null {
  if (name.trim() === '') return null;
  const unique = uniqueName(name.trim() === name ? name : name.trim(), ws.schemes.filter((s) => s.id !== id).map((s) => s.scenario.name));
  return { ws: { ...ws, schemes: ws.schemes.map((s) => (s.id === id ? { ...s, scenario: { ...s.scenario, name: unique } } : s)) }, name: unique };
}

/** Replace a scheme's scenario; the pool basis follows how the pool was just set. */
export function editScheme(ws: WorkspaceData, id: string, scenario: Scenario, pool?: PoolBasis | 'amount'): WorkspaceData {
  return {
    ...ws,
    schemes: ws.schemes.map((s) => {
      if (s.id !== id) return s;
      const basis = pool === 'amount' ? amountBasis(scenario, ws.workforce) : pool === undefined ? (scenario.annualPool === null || scenario.mode !== 'pool' ? undefined : s.pool) : pool;
      return { ...s, scenario, pool: basis };
    }),
  };
}

export function removeScheme(ws: WorkspaceData, id: string): WorkspaceData {
  const k = ws.schemes.findIndex((s) => s.id === id);
  const schemes = ws.schemes.filter((s) => s.id !== id);
  const activeId = ws.activeId === id ? (schemes[Math.min(k, schemes.length - 1)]?.id ?? null) : ws.activeId;
  return { ...ws, schemes, activeId, rounds: ws.rounds.filter((r) => r.union !== id && r.management !== id) };
}

export function addScheme(ws: WorkspaceData, scenario: Scenario, pool?: PoolBasis): WorkspaceData {
  const name = uniqueName(scenario.name, ws.schemes.map((s) => s.scenario.name));
  const scheme: Scheme = withColors([{ id: newSchemeId(), scenario: name === scenario.name ? scenario : { ...scenario, name }, pool: pool ?? amountBasis(scenario, ws.workforce) }], ws.schemes)[0]!;
  return { ...ws, schemes: [...ws.schemes, scheme], activeId: scheme.id };
}
