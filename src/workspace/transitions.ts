/**
 * What each change does to the workspace, as pure functions (old workspace in,
 * new workspace and the notices to show out), so the rules are tested without
 * a browser: pools follow a new workforce, craftsman packages naming absent
 * workers are set aside (never lost), names never collide or go blank, and a
 * shared scheme already present is not added twice.
 */
import { fingerprint } from '../../models/fingerprint';
import type { Scenario } from '../../models/pay/scenario';
import type { TypicalWorker } from '../../models/pay/typical';
import type { ContractSettings, DocumentsForm } from '../../models/documents';
import type { ComplianceSettings } from '../../models/compliance/rules';
import { currentWageBill, describeChange, effectiveScenario, onWorkforce, poolOn, uniqueName, type Change } from '../../models/pay/scheme';
import type { Workforce } from '../../models/types';
import { hasId } from '../../models/pay/workforce';

export interface Scheme {
  id: string;
  /**
   * The scheme as written, with every craftsman package (including those set aside) and its pool as set on the
   * workforce its `basis` names; the engine is asked about it as it applies on the workforce loaded (`effective`).
   */
  scenario: Scenario;
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
  /** The contract's terms (years, tranches, on-costs): what the 合同成本 panel costs and the documents print; absent = the default. */
  contract?: ContractSettings;
  /** What 履约检查 holds the payroll to beyond the scheme (the minimum wage by month at the enterprise's location, the pay day, …); absent = the dated defaults. */
  compliance?: ComplianceSettings;
}

/** A message for the user: a translation key and its parameters (so it follows a language switch). */
export interface Notice {
  key: string;
  /**
   * What the notice is about: a newer notice of the same cause replaces it in place (one notice per cause). Notices
   * about the state of the workspace (craftsmen set aside) are not pushed at all: they are derived, and go when resolved.
   */
  cause?: string;
  /** Lists (string[]) are joined in the page's language: 、 in Chinese, commas in English. */
  params?: Record<string, string | number | string[]>;
  /** Pools carried over to another workforce, one per scheme (shown as a list in the page's language and units). */
  pools?: { scheme: string; from: number; to: number; ratio: number }[];
  /** Craftsmen set aside: the ids, and the schemes naming them (shown as a list in the page's language). */
  setAside?: { ids: string; schemes: string[] }[];
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
 * craftsmen: a search of the ids is cheaper than building an index of 100,000
 * of them on the page (the engine builds its own), and a sheet read from a
 * file is searched in its packed text, its ids never unpacked for it.
 */
export const hasWorker = (w: Workforce | null) => (id: string) => {
  if (!w) return false;
  let known = presence.get(w);
  if (!known) presence.set(w, (known = new Map()));
  let here = known.get(id);
  if (here === undefined) known.set(id, (here = hasId(w, id)));
  return here;
};
const presence = new WeakMap<Workforce, Map<string, boolean>>();

/** The scheme the engine is asked about on `w`: its pool carried to that workforce, and the packages set aside because their worker is not there. */
export function effective(s: Scheme, w: Workforce | null) {
  return effectiveScenario(s.scenario, hasWorker(w), billOf(w));
}

/**
 * The notice naming every craftsman set aside, with the schemes their
 * packages are in: one notice for this one cause (none when nothing is set
 * aside), derived from the workspace, so it goes as soon as it is resolved.
 */
export function setAsideNotices(schemes: Scheme[], w: Workforce | null): Notice[] {
  const groups = new Map<string, string[]>();
  for (const s of schemes) {
    const { setAside } = effective(s, w);
    if (!setAside.length) continue;
    const ids = setAside.map((c) => c.id).join('、');
    groups.set(ids, [...(groups.get(ids) ?? []), s.scenario.name]);
  }
  if (!groups.size) return [];
  const items = [...groups].map(([ids, names]) => ({ ids, schemes: names }));
  return [{ key: 'notices.setAside', cause: `setAside:${items.map((x) => x.ids).join('|')}`, params: { scheme: items.map((x) => x.schemes.join('、')), ids: items.map((x) => x.ids) }, setAside: items, tone: 'warn' as const }];
}

/**
 * The scheme with its amounts noted as set on `w` (a pool typed, or a solver's answer used, on this workforce). A
 * scheme without a pool needs no note.
 */
export function setOn(s: Scenario, w: Workforce | null): Scenario {
  if (s.annualPool === null || !w) return s;
  const wageBill = billOf(w);
  return s.basis?.wageBill === wageBill ? s : { ...s, basis: { wageBill } };
}

/**
 * A scheme as it goes into a file or a share link: as it applies on the
 * workforce loaded (its pool carried), noting that workforce's wage bill and
 * fingerprint, with every craftsman package (those set aside too). Opened on
 * that workforce it gives back these very amounts; on another, the one rule.
 */
export function forFile(s: Scheme, w: Workforce | null, workforceFp?: string): Scenario {
  return w ? onWorkforce(s.scenario, billOf(w), workforceFp) : s.scenario;
}

/** A scheme that says nothing of the workforce its amounts were set on is taken as set on `w` (an old file, a hand-written one). */
function noted(s: Scenario, w: Workforce | null): { scenario: Scenario; assumed: boolean } {
  if (s.annualPool === null || s.basis || !w) return { scenario: s, assumed: false };
  return { scenario: setOn(s, w), assumed: true };
}

/** Pools that change when the schemes move from workforce `from` to `to` (`shown`: each as it was shown on `from`): the notice's list. */
function carriedPools(schemes: Scheme[], shown: Scheme[], from: Workforce | null, to: Workforce): NonNullable<Notice['pools']> {
  const oldBill = billOf(from);
  const newBill = billOf(to);
  const out: NonNullable<Notice['pools']> = [];
  for (const [k, sc] of schemes.entries()) {
    const before = poolOn(shown[k]!.scenario, oldBill);
    const after = poolOn(sc.scenario, newBill);
    if (before === null || after === null || before === after || !(oldBill > 0)) continue;
    out.push({ scheme: sc.scenario.name, from: before, to: after, ratio: after / newBill - 1 });
  }
  return out;
}

/**
 * A new workforce: schemes kept (the user's) or replaced (by `seeds`). Kept
 * schemes are not rewritten: each is asked about as it applies on the new
 * workforce (its pool carried by the one rule, its absent craftsmen set
 * aside), and comes back exactly as written with the workforce it was set on.
 */
export function withWorkforce(ws: WorkspaceData, workforce: Workforce, source: Source, schemes: Scheme[] | null): { ws: WorkspaceData; notices: Notice[] } {
  const notices: Notice[] = [];
  let next: Scheme[];
  if (schemes) next = withColors(schemes.map((sc) => ({ ...sc, scenario: noted(sc.scenario, workforce).scenario })));
  else {
    // Schemes that never said which workforce they were set on were set on the one they were shown with until now,
    // unless that was the fictional sample: a file's pool is never taken as set on the sample (a real plant's pool on
    // the sample's bill, carried to the real sheet, gave +295 % growth). Such a scheme waited for the first real sheet.
    const basis = ws.source?.sample ? workforce : (ws.workforce ?? workforce);
    next = ws.schemes.map((sc) => ({ ...sc, scenario: noted(sc.scenario, basis).scenario }));
    const pools = carriedPools(next, ws.schemes, ws.workforce, workforce);
    if (pools.length) notices.push({ key: 'notices.poolsCarried', cause: 'pools', pools, undoable: true });
  }
  const activeId = next.some((s) => s.id === ws.activeId) ? ws.activeId : (next[0]?.id ?? null);
  const ids = new Set(next.map((s) => s.id));
  const rounds = ws.rounds.filter((r) => ids.has(r.union) && ids.has(r.management));
  return { ws: { ...ws, workforce, source, schemes: next, activeId, rounds }, notices };
}

/**
 * Schemes from a file or a share link. Added: names made unique; a scheme
 * whose model is already here (the same fingerprint on this workforce,
 * whatever its name) is not added again, and the notice says which scheme it
 * matched. Replacing: the workspace's schemes give way to these.
 */
export function addScenarios(ws: WorkspaceData, scenarios: Scenario[], mode: 'add' | 'replace'): { ws: WorkspaceData; notices: Notice[]; added: number } {
  const notices: Notice[] = [];
  const base = mode === 'replace' ? [] : ws.schemes;
  const fpOf = (s: Scenario) => fingerprint(effectiveScenario(s, hasWorker(ws.workforce), billOf(ws.workforce)).scenario);
  const have = new Map(base.map((s) => [fpOf(s.scenario), s.scenario.name]));
  const names = base.map((s) => s.scenario.name);
  const added: Scheme[] = [];
  const skipped: string[] = [];
  const assumed: string[] = [];
  // On the sample a scheme without a basis is not bound to it: shown as written, and bound to the first real pay sheet.
  const onSample = Boolean(ws.source?.sample);
  const waiting: string[] = [];
  for (const raw of scenarios) {
    const n = onSample ? { scenario: raw, assumed: false } : noted(raw, ws.workforce);
    if (onSample && raw.annualPool !== null && !raw.basis) waiting.push(raw.name);
    const sc = n.scenario;
    const fp = fpOf(sc);
    const same = have.get(fp);
    if (same !== undefined) {
      skipped.push(sc.name === same ? sc.name : `${sc.name} = ${same}`);
      continue;
    }
    have.set(fp, sc.name);
    if (n.assumed) assumed.push(sc.name);
    const name = uniqueName(sc.name, names);
    if (name !== sc.name) notices.push({ key: 'notices.renamed', cause: `renamed:${name}`, params: { from: sc.name || '""', to: name } });
    names.push(name);
    const scenario = name === sc.name ? sc : { ...sc, name };
    added.push(withColors([{ id: newSchemeId(), scenario }], [...base, ...added])[0]!);
  }
  if (skipped.length) notices.unshift({ key: 'notices.alreadyThere', cause: 'alreadyThere', params: { scheme: skipped, n: skipped.length } });
  if (assumed.length) notices.push({ key: 'notices.basisAssumed', cause: 'basisAssumed', params: { scheme: assumed, bill: billOf(ws.workforce) } });
  if (waiting.length) notices.push({ key: 'notices.basisWaiting', cause: 'basisWaiting', params: { scheme: waiting }, tone: 'warn' });
  // A pool set on another workforce is carried to this one: said, with the amount as written and as it applies here.
  const bill = billOf(ws.workforce);
  const pools: NonNullable<Notice['pools']> = [];
  for (const a of added) {
    const written = a.scenario.annualPool;
    const here = poolOn(a.scenario, bill);
    if (written !== null && here !== null && written !== here) pools.push({ scheme: a.scenario.name, from: written, to: here, ratio: here / bill - 1 });
  }
  if (pools.length) notices.push({ key: 'notices.poolsOpened', cause: 'pools', pools });
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

/** Replace a scheme's scenario. `setNow`: its pool was just set on the workforce loaded (typed, or a solver's answer). */
export function editScheme(ws: WorkspaceData, id: string, scenario: Scenario, setNow = false): WorkspaceData {
  const next = setNow ? setOn(scenario, ws.workforce) : scenario;
  return { ...ws, schemes: ws.schemes.map((s) => (s.id === id ? { ...s, scenario: next } : s)) };
}

export function removeScheme(ws: WorkspaceData, id: string): WorkspaceData {
  const k = ws.schemes.findIndex((s) => s.id === id);
  const schemes = ws.schemes.filter((s) => s.id !== id);
  const activeId = ws.activeId === id ? (schemes[Math.min(k, schemes.length - 1)]?.id ?? null) : ws.activeId;
  return { ...ws, schemes, activeId, rounds: ws.rounds.filter((r) => r.union !== id && r.management !== id) };
}

export function addScheme(ws: WorkspaceData, scenario: Scenario): WorkspaceData {
  const name = uniqueName(scenario.name, ws.schemes.map((s) => s.scenario.name));
  const sc = noted(scenario, ws.workforce).scenario;
  const scheme: Scheme = withColors([{ id: newSchemeId(), scenario: name === sc.name ? sc : { ...sc, name } }], ws.schemes)[0]!;
  return { ...ws, schemes: [...ws.schemes, scheme], activeId: scheme.id };
}

/** How one scheme differs between two versions of the workspace (this tab's and another tab's, say). */
export interface SchemeDiff {
  scheme: string;
  kind: 'changed' | 'onlyMine' | 'onlyTheirs';
  /** Field by field, as the schemes apply on the workforce loaded (pool 12,222 → 13,333 万元 …). */
  changes: Change[];
}

/** Every scheme that differs between `mine` and `theirs`, matched by id; unchanged schemes are left out. */
export function diffSchemes(mine: Scheme[], theirs: Scheme[], w: Workforce | null): SchemeDiff[] {
  const byId = new Map(theirs.map((s) => [s.id, s]));
  const out: SchemeDiff[] = [];
  for (const m of mine) {
    const t = byId.get(m.id);
    if (!t) {
      out.push({ scheme: m.scenario.name, kind: 'onlyMine', changes: [] });
      continue;
    }
    byId.delete(m.id);
    const changes = describeChange(effective(t, w).scenario, effective(m, w).scenario).filter((c) => c.path !== 'basis' && !c.path.startsWith('basis.'));
    if (changes.length) out.push({ scheme: m.scenario.name, kind: 'changed', changes });
  }
  for (const t of byId.values()) out.push({ scheme: t.scenario.name, kind: 'onlyTheirs', changes: [] });
  return out;
}

/** What opening a scheme would do here: add it as new, skip it (the same model is here already), or add a version of a scheme of that name. */
export type Incoming = { scheme: string; kind: 'new' } | { scheme: string; kind: 'same'; as: string } | { scheme: string; kind: 'changed'; changes: Change[] };

/** Each scheme of a link or a file against the workspace, as the add/replace prompt says it. */
export function compareIncoming(ws: WorkspaceData, scenarios: Scenario[]): Incoming[] {
  const w = ws.workforce;
  const here = ws.schemes.map((s) => ({ name: s.scenario.name, model: effective(s, w).scenario }));
  const fps = new Map(here.map((h) => [fingerprint(h.model), h.name]));
  return scenarios.map((raw) => {
    const model = effective({ id: '', scenario: noted(raw, w).scenario }, w).scenario;
    const same = fps.get(fingerprint(model));
    if (same !== undefined) return { scheme: raw.name, kind: 'same', as: same };
    const named = here.find((h) => h.name === raw.name);
    if (!named) return { scheme: raw.name, kind: 'new' };
    return { scheme: raw.name, kind: 'changed', changes: describeChange(named.model, model).filter((c) => c.path !== 'name' && c.path !== 'basis' && !c.path.startsWith('basis.')) };
  });
}
