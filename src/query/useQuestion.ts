/**
 * A question the user asks with a button (solver, zone, sensitivity,
 * projection, equity simulation): run on request, with progress, cancel and
 * an error said where the answer would be. The answer is cached under its key
 * (dataset + scheme fingerprint + question), so switching scheme shows that
 * scheme's answer or none, and switching back shows it again.
 */
import { hashKey, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { abortError, isAbort, type Progress } from '../../workers/client/workerClient';
import { describeError } from './errors';
import { progressStore } from './progress';
import { viewSettled } from './schemes';

export type AnswerStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface Answer<T> {
  status: AnswerStatus;
  /** The answer for this key (also while a re-run is under way or after it was cancelled). */
  result: T | undefined;
  error: string | null;
  progress: Progress | null;
  /** False when the question cannot be asked yet (no workforce). */
  ready: boolean;
  /** False while `result` is the answer to an earlier version of the question, kept up while the new one is worked out (`keep`). */
  current: boolean;
  run: () => void;
  cancel: () => void;
}

export interface QuestionContext {
  signal: AbortSignal;
  onProgress: (p: Progress) => void;
}

const controllers = new Map<string, AbortController>();
/**
 * Questions cancelled before they were asked: the click came while the question waited for the view to catch up (see
 * `run`), so there was nothing to stop yet. The question is then asked and stops at once, and its answer says
 * cancelled, as any other cancelled question does. (The cancel used to be lost: the question started when the view
 * caught up and ran on, a minute and more for a long projection, with a cancel button that did nothing.)
 */
const cancelledBeforeStart = new Set<string>();
const always = () => true;
const NONE = ['none'] as const;

export interface QuestionOptions {
  /** Asked whenever the key changes, without a click. */
  auto?: boolean;
  /** While a new key's answer is worked out, keep showing the answer of the previous key if this says it may (the same scheme, say). */
  keep?: (previousKey: QueryKey) => boolean;
  /**
   * The key and the question are made from the schemes as they are now (`useActiveEntry(true)`), not from the
   * deferred view: a click asks at once, with nothing to wait for.
   */
  asOfNow?: boolean;
}

export function useQuestion<T>(key: QueryKey | null, ask: (ctx: QuestionContext) => Promise<T>, opts: QuestionOptions = {}): Answer<T> {
  const { t } = useTranslation();
  const queryKey = key ?? NONE;
  const hash = hashKey(queryKey);
  const q = useQuery({
    queryKey,
    // A question the user asked is not asked again behind their back: a failure is shown where the answer would be.
    retry: false,
    enabled: Boolean(opts.auto) && key !== null,
    placeholderData: (prev, prevQuery) => (opts.keep && prevQuery && prevQuery.queryKey !== NONE && opts.keep(prevQuery.queryKey) ? prev : undefined),
    queryFn: async () => {
      if (cancelledBeforeStart.delete(hash)) throw abortError();
      controllers.get(hash)?.abort();
      const ac = new AbortController();
      controllers.set(hash, ac);
      try {
        return await ask({ signal: ac.signal, onProgress: (p) => ac.signal.aborted || progressStore.set(hash, p) });
      } finally {
        if (controllers.get(hash) === ac) controllers.delete(hash);
        progressStore.set(hash, null);
      }
    },
  });
  const progress = useSyncExternalStore(progressStore.subscribe, () => progressStore.get(hash));
  const { refetch } = q;
  const ready = key !== null;
  const settled = opts.asOfNow ? always : viewSettled;
  // A click just after an edit: the view still shows the scheme before it. The question waits for the view to catch up and is then asked of the scheme as it is now.
  const pending = useRef(false);
  // Cancel was clicked while the question waited (`pending`).
  const cancelWhenAsked = useRef(false);
  const run = useCallback(() => {
    if (!ready) return;
    cancelWhenAsked.current = false;
    if (!settled()) {
      pending.current = true;
      look();
    } else void refetch({ cancelRefetch: true });
  }, [ready, refetch, settled]);
  // A component that draws the deferred view is drawn again when it catches up, and asks then; one that does not (an
  // equity grant's card), or whose render was missed (a busy machine interleaving renders), looks again every 100 ms,
  // so a question asked is never left waiting.
  const [, look] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!pending.current) return;
    if (ready && settled()) {
      pending.current = false;
      if (cancelWhenAsked.current) cancelledBeforeStart.add(hash);
      cancelWhenAsked.current = false;
      void refetch({ cancelRefetch: true });
      return;
    }
    const again = setTimeout(look, 100);
    return () => clearTimeout(again);
  });
  const cancel = useCallback(() => {
    const running = controllers.get(hash);
    if (running) running.abort();
    else if (pending.current) cancelWhenAsked.current = true;
  }, [hash]);
  const result = q.data as T | undefined;
  let status: AnswerStatus = result === undefined ? 'idle' : 'done';
  if (q.isFetching || pending.current) status = 'running';
  else if (q.status === 'error') status = isAbort(q.error) ? 'cancelled' : 'error';
  return { status, result, error: status === 'error' ? describeError(q.error, t) : null, progress: status === 'running' ? progress : null, ready, current: !q.isPlaceholderData, run, cancel };
}
