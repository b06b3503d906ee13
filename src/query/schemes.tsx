/**
 * The schemes as the engine is asked about them, and their results, asked
 * once for the whole page. A scheme's result is keyed by the dataset and the
 * scheme's fingerprint: only an edited scheme is recomputed, switching tabs
 * shows cached results at once, and while a slider moves the last result of
 * that scheme stays on screen, marked as not current, until the new one
 * arrives.
 *
 * Two views of the same state: `now` for what must follow every keystroke
 * (the editor, the tabs, the key figures) and a deferred one for the panels
 * below, which React draws when the main thread has time — a slider drag is
 * never held up by a chart.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { createContext, useContext, useDeferredValue, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprint } from '../../models/fingerprint';
import type { WorkforceProfile } from '../../models/pay/profile';
import type { CraftsmanPackage, Scenario } from '../../models/pay/scenario';
import type { Workforce } from '../../models/types';
import type { ChartsResult, ComputeResult } from '../../workers/protocol';
import { isAbort } from '../../workers/client/workerClient';
import { useWorkspace } from '../workspace/store';
import { effective, type Scheme } from '../workspace/transitions';
import { useWorkerClient } from './EngineProvider';
import { describeError, formulaValueText } from './errors';
import { keys } from './keys';

export interface SchemeEntry {
  id: string;
  scheme: Scheme;
  /** The scheme as computed: packages of absent workers left out. */
  scenario: Scenario;
  fp: string;
  setAside: CraftsmanPackage[];
}

const entryCache = new WeakMap<Scheme, { w: Workforce | null; entry: SchemeEntry }>();

function entryOf(s: Scheme, w: Workforce | null): SchemeEntry {
  const hit = entryCache.get(s);
  if (hit && hit.w === w) return hit.entry;
  const { scenario, setAside } = effective(s, w);
  const entry = { id: s.id, scheme: s, scenario, fp: fingerprint(scenario), setAside };
  entryCache.set(s, { w, entry });
  return entry;
}

export interface SchemeResult {
  entry: SchemeEntry;
  /** The newest result shown for this scheme (maybe of an earlier version while the new one computes). */
  result: ComputeResult | undefined;
  /** True when `result` answers the scheme as it is now. */
  current: boolean;
  /** True when `result` is of the pay sheet read before this one (kept up, dimmed, while the new sheet's computes). */
  otherSheet: boolean;
  error: string | null;
  /** The error, when it is the allowance formula's value for a worker: said at the formula field too. */
  formulaValue: string | null;
}

export interface SchemesState {
  ds: string | null;
  workforce: Workforce | null;
  profile: WorkforceProfile | undefined;
  profileError: string | null;
  entries: SchemeEntry[];
  active: SchemeEntry | null;
  results: SchemeResult[];
  /** Some result on screen does not answer its scheme as it is now. */
  busy: boolean;
  charts: ChartsResult | undefined;
  chartsCurrent: boolean;
  chartsError: string | null;
  /** Moves each time a new result of the scheme being edited arrives. */
  version: number;
}

const Now = createContext<SchemesState | null>(null);
const Later = createContext<SchemesState | null>(null);

/** Asks the engine about every scheme of the workspace, once for the page. */
export function SchemesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const client = useWorkerClient();
  const workforce = useWorkspace((s) => s.workforce);
  const schemes = useWorkspace((s) => s.schemes);
  const activeId = useWorkspace((s) => s.activeId);
  const entries = useMemo(() => schemes.map((s) => entryOf(s, workforce)), [schemes, workforce]);
  const active = entries.find((e) => e.id === activeId) ?? entries[0] ?? null;
  const ds = workforce ? client.dataset(workforce) : null;

  const profile = useQuery({ queryKey: keys.profile(ds ?? ''), enabled: ds !== null, queryFn: () => client.ask({ kind: 'profile', datasetId: ds! }) });
  const queries = useQueries({
    queries: entries.map((e) => ({
      queryKey: keys.result(ds ?? '', e.fp),
      enabled: ds !== null,
      queryFn: () => client.ask({ kind: 'compute', datasetId: ds!, scenarios: [e.scenario], omitAnnual: true }, { lane: `result:${e.id}` }).then((r) => r[0]!),
    })),
  });
  const charts = useQuery({
    queryKey: keys.charts(ds ?? '', active?.fp ?? '', active?.id ?? ''),
    enabled: ds !== null && active !== null,
    queryFn: () => client.ask({ kind: 'charts', datasetId: ds!, scenario: active!.scenario }, { lane: 'charts' }),
    // While a slider moves or a new file is read, the charts of the scheme's previous version stay up, dimmed as not current
    // (redrawing a page of charts from nothing is a long task); never another scheme's.
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[3] === active?.id ? prev : undefined),
  });

  // The last result of each scheme, shown (as not current) while its new version computes — after an edit, and after a
  // new pay sheet is read too: the page's panels stay up, dimmed, instead of every panel being taken down and built again
  // when the new file's first answers arrive (on 100,000 workers that was a task of 125 ms to remove a dozen charts, then
  // each drawn from nothing), and what was typed in a panel (the zone's limits, an open section) is not lost.
  const last = useRef(new Map<string, { ds: string | null; result: ComputeResult }>());
  const results: SchemeResult[] = entries.map((entry, k) => {
    const q = queries[k]!;
    const slot = entry.id;
    if (q.data) last.current.set(slot, { ds, result: q.data });
    const kept = last.current.get(slot);
    const result = q.data ?? kept?.result;
    const error = q.error && !isAbort(q.error) ? describeError(q.error, t) : null;
    // No figure computed from a formula that cannot be used is shown: the last result of this scheme is not kept up.
    const formulaValue = q.error ? formulaValueText(q.error, t) : null;
    return { entry, result: formulaValue ? undefined : result, current: Boolean(q.data), otherSheet: !q.data && kept !== undefined && kept.ds !== ds, error, formulaValue };
  });
  // A state that changes only when something shown changes (not on every render of the page).
  const key = `${ds}|${profile.dataUpdatedAt}|${active?.id}|${results.map((r) => `${r.entry.fp}:${r.result?.fingerprint ?? ''}:${r.current}:${r.otherSheet}:${r.error ?? ''}:${r.entry.scheme.scenario.name}`).join(',')}|${charts.data?.fingerprint ?? ''}:${charts.isPlaceholderData}:${charts.error ? 1 : 0}`;
  const version = useRef({ n: 0, last: undefined as unknown, charts: undefined as unknown });
  const state = useMemo<SchemesState>(() => {
    const v = version.current;
    const mine = results.find((r) => r.entry.id === active?.id)?.result;
    if (mine && (mine !== v.last || charts.data !== v.charts)) {
      v.n++;
      v.last = mine;
      v.charts = charts.data;
    }
    return {
      ds,
      workforce,
      profile: profile.data,
      profileError: profile.error ? describeError(profile.error, t) : null,
      entries,
      active,
      results,
      busy: results.some((r) => !r.current && !r.error) || (active !== null && !(charts.data && !charts.isPlaceholderData)),
      charts: charts.data,
      chartsCurrent: Boolean(charts.data) && !charts.isPlaceholderData,
      chartsError: charts.error && !isAbort(charts.error) ? describeError(charts.error, t) : null,
      version: v.n,
    };
  }, [key, entries, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const later = useDeferredValue(state);
  latestNow = state;
  // What the panels below draw, once it is on screen: read by `viewSettled` at a click, so that no component re-renders
  // for it.
  useLayoutEffect(() => {
    shownLater = later;
  }, [later]);
  return (
    <Now.Provider value={state}>
      <Later.Provider value={later}>{children}</Later.Provider>
    </Now.Provider>
  );
}

/** The newest state the provider has rendered: what "now" is, for a check that must not re-render anyone. */
let latestNow: SchemesState | null = null;

/**
 * The schemes and the pay sheet as they are now, read when a file is made with a click: a file is of what the user sees
 * changing under their hands, not of the deferred view a step behind (just after a new sheet is read that view can still
 * show the previous sheet). Read at the click, so that no component re-renders at every keystroke for it.
 */
export function schemesNow(): SchemesState | null {
  return latestNow;
}

/** The deferred state the page last committed (what the panels below show). */
let shownLater: SchemesState | null = null;

/**
 * Whether the deferred view the panels draw has caught up with the schemes
 * as they are now. A question asked with a button while it has not (a click
 * just after an edit) would be asked about the scheme before the edit.
 *
 * Read when asked, not through the deferred view's context: a component that
 * asks a question about something else (an equity grant's simulation) is not
 * drawn again at every edit of the scheme for it, and neither are its charts.
 */
export function viewSettled(): boolean {
  return shownLater === null || shownLater === latestNow;
}

function use(ctx: typeof Now): SchemesState {
  const s = useContext(ctx);
  if (!s) throw new Error('outside SchemesProvider');
  return s;
}

/** The state as of now: for what must follow every keystroke (editor, tabs, key figures). */
export const useSchemesNow = () => use(Now);
/** The state when the page has time: for the panels below. */
export const useSchemes = () => use(Later);

export function useSchemeEntries(now = false): SchemeEntry[] {
  return use(now ? Now : Later).entries;
}

export function useActiveEntry(now = false): SchemeEntry | null {
  return use(now ? Now : Later).active;
}

/**
 * A setting of scheme `id` as the workspace holds it now (`pick` returns a
 * part of the stored scenario, not a new object). For the fields of the
 * panels drawn from the deferred view: what a field shows and what an edit is
 * built on must be the scheme as it is, not as the deferred view last drew
 * it — otherwise, on a busy machine, a field shows its old value for a moment
 * after its own commit, and an edit made before the view catches up is built
 * on an older copy and undoes the one before it. The panel re-renders only
 * when this part changes, so a pool being dragged does not redraw it.
 */
export function useSchemeSetting<T>(id: string | undefined, pick: (s: Scenario) => T): T | undefined {
  return useWorkspace((st) => {
    const x = st.schemes.find((s) => s.id === id);
    return x ? pick(x.scenario) : undefined;
  });
}

export function useDataset(now = false): { ds: string | null; workforce: Workforce | null; profile: WorkforceProfile | undefined; error: string | null } {
  const s = use(now ? Now : Later);
  return { ds: s.ds, workforce: s.workforce, profile: s.profile, error: s.profileError };
}

export function useSchemeResults(now = false): { ds: string | null; results: SchemeResult[]; busy: boolean } {
  const s = use(now ? Now : Later);
  return { ds: s.ds, results: s.results, busy: s.busy };
}

export function useActiveCharts(now = false): { charts: ChartsResult | undefined; current: boolean; error: string | null } {
  const s = use(now ? Now : Later);
  return { charts: s.charts, current: s.chartsCurrent, error: s.chartsError };
}

/** Whether every result on screen answers the schemes as they are now, and the counter of results drawn (`data-version`). */
export function useResultsState(): { busy: boolean; version: number; ready: boolean; chartsReady: boolean } {
  const s = use(Now);
  // Busy until the panels drawn from the deferred view show the answers too (not only until the answers exist).
  const later = use(Later);
  return { busy: s.busy || later !== s, version: later === s ? s.version : later.version, ready: Boolean(s.results.find((r) => r.entry.id === s.active?.id)?.result), chartsReady: Boolean(s.charts) };
}
