/**
 * The schemes as the engine is asked about them, and their results. A
 * scheme's result is keyed by the dataset and the scheme's fingerprint: only
 * an edited scheme is recomputed, switching tabs shows cached results at once,
 * and while a slider moves the last result of that scheme stays on screen,
 * marked as not current, until the new one arrives.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprint } from '../../models/bargaining';
import type { CraftsmanPackage, Scenario } from '../../models/scenario';
import { isAbort } from '../client/workerClient';
import { useWorkspace } from '../workspace/store';
import { effective, type Scheme } from '../workspace/transitions';
import type { ChartsResult, ComputeResult } from '../../workers/protocol';
import type { WorkforceProfile } from '../../models/profile';
import type { Workforce } from '../../models/types';
import { useWorkerClient } from './EngineProvider';
import { describeError } from './errors';
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

/** Every scheme of the workspace, as computed. */
export function useSchemeEntries(): SchemeEntry[] {
  const schemes = useWorkspace((s) => s.schemes);
  const workforce = useWorkspace((s) => s.workforce);
  return useMemo(() => schemes.map((s) => entryOf(s, workforce)), [schemes, workforce]);
}

/** The scheme being edited. */
export function useActiveEntry(): SchemeEntry | null {
  const entries = useSchemeEntries();
  const activeId = useWorkspace((s) => s.activeId);
  return entries.find((e) => e.id === activeId) ?? entries[0] ?? null;
}

/** The dataset id of the workspace's workforce, and its profile (today's pay summarised) from the engine. */
export function useDataset(): { ds: string | null; workforce: Workforce | null; profile: WorkforceProfile | undefined; error: string | null } {
  const { t } = useTranslation();
  const client = useWorkerClient();
  const workforce = useWorkspace((s) => s.workforce);
  const ds = workforce ? client.dataset(workforce) : null;
  const q = useQuery({ queryKey: keys.profile(ds ?? ''), enabled: ds !== null, queryFn: () => client.ask({ kind: 'profile', datasetId: ds! }) });
  return { ds, workforce, profile: q.data, error: q.error ? describeError(q.error, t) : null };
}

export interface SchemeResult {
  entry: SchemeEntry;
  /** The newest result shown for this scheme (maybe of an earlier version while the new one computes). */
  result: ComputeResult | undefined;
  /** True when `result` answers the scheme as it is now. */
  current: boolean;
  error: string | null;
}

/** Results of every scheme, each computed once per version and kept. */
export function useSchemeResults(): { ds: string | null; results: SchemeResult[]; busy: boolean } {
  const { t } = useTranslation();
  const client = useWorkerClient();
  const { ds } = useDataset();
  const entries = useSchemeEntries();
  const queries = useQueries({
    queries: entries.map((e) => ({
      queryKey: keys.result(ds ?? '', e.fp),
      enabled: ds !== null,
      queryFn: () => client.ask({ kind: 'compute', datasetId: ds!, scenarios: [e.scenario], omitAnnual: true }, { lane: `result:${e.id}` }).then((r) => r[0]!),
    })),
  });
  const last = useRef(new Map<string, ComputeResult>());
  const results = entries.map((entry, k) => {
    const q = queries[k]!;
    const slot = `${ds}:${entry.id}`;
    if (q.data) last.current.set(slot, q.data);
    const result = q.data ?? last.current.get(slot);
    const error = q.error && !isAbort(q.error) ? describeError(q.error, t) : null;
    return { entry, result, current: Boolean(q.data), error };
  });
  return { ds, results, busy: results.some((r) => !r.current && !r.error) };
}

/** Chart aggregates and skill-talent floors of the scheme being edited (the previous version's shown while the new one computes). */
export function useActiveCharts(): { charts: ChartsResult | undefined; current: boolean; error: string | null } {
  const { t } = useTranslation();
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const q = useQuery({
    queryKey: keys.charts(ds ?? '', active?.fp ?? '', active?.id ?? ''),
    enabled: ds !== null && active !== null,
    queryFn: () => client.ask({ kind: 'charts', datasetId: ds!, scenario: active!.scenario }, { lane: 'charts' }),
    // While a slider moves, the charts of the scheme's previous version stay up; never another scheme's or another workforce's.
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[1] === ds && prevQuery?.queryKey[3] === active?.id ? prev : undefined),
  });
  const current = Boolean(q.data) && !q.isPlaceholderData;
  return { charts: q.data, current, error: q.error && !isAbort(q.error) ? describeError(q.error, t) : null };
}

/**
 * Whether every result on screen answers the schemes as they are now, and a
 * counter that moves each time a new result of the scheme being edited is
 * drawn (tests and the page's `data-version` wait for it).
 */
export function useResultsState(): { busy: boolean; version: number; ready: boolean } {
  const { results, busy } = useSchemeResults();
  const active = useActiveEntry();
  const { charts, current: chartsCurrent } = useActiveCharts();
  const mine = results.find((r) => r.entry.id === active?.id)?.result;
  const version = useRef({ n: 0, last: null as unknown, charts: null as unknown });
  const v = version.current;
  if (mine && (mine !== v.last || charts !== v.charts)) {
    v.n++;
    v.last = mine;
    v.charts = charts;
  }
  return { busy: busy || (Boolean(active) && !chartsCurrent), version: v.n, ready: Boolean(mine) };
}
