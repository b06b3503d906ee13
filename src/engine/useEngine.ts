/** React glue: one engine client for the page, results recomputed latest-wins whenever the schemes change. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../models/scenario';
import type { Summary, Workforce } from '../../models/types';
import { baseline } from '../../models/simulate';
import type { ComputeResult } from '../../workers/protocol';
import { browserSpawner, defaultPoolSize } from './browserSpawner';
import { EngineClient } from './client';
import { inProcessSpawner } from './inProcess';

export function useEngineClient(): EngineClient {
  const client = useMemo(() => (typeof Worker !== 'undefined' ? new EngineClient(browserSpawner, defaultPoolSize()) : new EngineClient(inProcessSpawner, 1)), []);
  useEffect(() => () => client.dispose(), [client]);
  return client;
}

export interface EngineState {
  results: ComputeResult[] | null;
  baseline: Summary | null;
  error: string | null;
  busy: boolean;
  /** Increments each time new results arrive (tests and the UI can wait for it). */
  version: number;
}

export function useResults(client: EngineClient, workforce: Workforce | null, scenarios: Scenario[], guideline: { lower: number; upper: number }, activeIndex: number): EngineState {
  const [state, setState] = useState<EngineState>({ results: null, baseline: null, error: null, busy: false, version: 0 });
  const loaded = useRef<Workforce | null>(null);
  const base = useMemo(() => (workforce ? baseline(workforce, guideline) : null), [workforce, guideline]);

  // Results are shown in the order they were asked for; a result that was
  // overtaken while in flight is still drawn (slightly stale beats frozen
  // during a drag), but never one computed on a workforce no longer loaded.
  const asked = useRef(0);
  const shown = useRef(0);
  useEffect(() => {
    if (!workforce || !scenarios.length) {
      setState((s) => ({ ...s, results: null, busy: false }));
      return;
    }
    if (loaded.current !== workforce) {
      client.setWorkforce(workforce);
      loaded.current = workforce;
    }
    const seq = ++asked.current;
    setState((s) => ({ ...s, busy: true }));
    client.computeLatest(scenarios, { chartsFor: [activeIndex], omitAnnual: true }).then(
      (results) => {
        if (!results || seq < shown.current || loaded.current !== workforce) return;
        shown.current = seq;
        setState((s) => ({ results, baseline: base ?? null, error: null, busy: seq !== asked.current, version: s.version + 1 }));
      },
      (e: unknown) => {
        if (seq < shown.current) return;
        setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e), busy: false }));
      },
    );
  }, [client, workforce, scenarios, base, activeIndex]);
  return state;
}
