/**
 * Start-up and autosave. The saved workspace comes back with whatever in it
 * can be read (each damaged part set aside, named, and offered as a file);
 * with nothing saved, the sample enterprise. A share link adds its schemes
 * (asking first when there is a workspace of one's own). Autosave never
 * overwrites what another tab saved without the user's choice, and a full
 * disk is said plainly with a way to take the schemes away as a file.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerClient } from '../../../workers/client/workerClient';
import type { Scenario } from '../../../models/pay/scenario';
import { SAMPLE_FILE, sampleBytes, seedSchemes } from '../../workspace/seeds';
import { readShareHash, workspaceFile, type Shared, type SharedProblem, type ShareDecoder } from '../../workspace/share';
import { useWorkerClient } from '../../query/EngineProvider';
import { adoptStoredRevision, clearWorkspace, ConflictError, loadWorkspace, onOtherTabSave, peekStored, saveWorkspace, setWorkforceWriter, StorageFullError, type StoredProblem } from '../../workspace/storage';
import { discardDrafts, hasPendingDraft } from '../../ui/useDraft';
import { setBeforeUpdate } from '../../pwa';
import * as store from '../../workspace/store';
import { useWorkspace } from '../../workspace/store';
import { diffSchemes, type Notice, type SchemeDiff, type WorkspaceData } from '../../workspace/transitions';

/** The sample enterprise, read by the engine through the client like any pay sheet (the page itself parses nothing). */
export async function readSample(client: WorkerClient) {
  const r = await client.importFile({ bytes: await sampleBytes(), file: SAMPLE_FILE });
  return { workforce: r.workforce, source: { file: r.file, encoding: r.encoding, totalRows: r.totalRows, validRows: r.validRows, sample: true } };
}

export interface PendingShare {
  scenarios: Scenario[];
  problems: SharedProblem[];
}

const shareNotices = (shared: Shared): Notice[] => shared.problems.map((p) => ({ key: `share.${p.code}`, cause: `share.${p.code}:${p.index}`, params: { index: p.index, detail: p.detail ?? '', line: p.line ?? 0 }, tone: 'warn' }));

/** What the user is told about each part of the saved workspace that could not be read. */
function storedNotices(problems: StoredProblem[]): Notice[] {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return problems.map((p, k) => ({
    key: `stored.${p.code}`,
    cause: `stored.${p.code}:${k}`,
    params: p.params,
    tone: 'warn',
    ...(p.raw !== undefined ? { file: { name: `skillpay-unreadable-${stamp}-${k + 1}.json`, text: JSON.stringify(p.raw, null, 2) ?? 'null', type: 'application/json' } } : {}),
  }));
}

/** Another tab saved over this one's base (with how its schemes differ from this tab's), or the disk is full. */
export type SaveTrouble = { kind: 'conflict'; diff: SchemeDiff[] | null } | { kind: 'full'; part: 'workforce' | 'schemes' } | null;

let started = false;
let openedAsSaved = false;

export function useStartup() {
  const { t } = useTranslation();
  const client = useWorkerClient();
  // A share link is decompressed in the engine's worker, bounded: a hostile link cannot freeze the page.
  const decodeShare = useCallback<ShareDecoder>((payload, maxChars) => client.ask({ kind: 'decodeShare', payload, maxChars }), [client]);
  // The worker that holds the workforce writes it to the browser's database: the page never serialises 100,000 rows.
  useEffect(() => setWorkforceWriter(async (w, record) => (await client.ask({ kind: 'persist', datasetId: client.dataset(w), ...record })).saved), [client]);
  const [status, setStatus] = useState<'loading' | 'ready' | 'corrupt'>('loading');
  const [reason, setReason] = useState('');
  const [share, setShare] = useState<PendingShare | null>(null);
  const [trouble, setTrouble] = useState<SaveTrouble>(null);

  useEffect(() => {
    // React's strict mode runs effects twice in development: start once.
    if (started) return;
    started = true;
    void (async () => {
      const loaded = await loadWorkspace();
      if (loaded.state === 'corrupt') {
        setReason(loaded.reason);
        setStatus('corrupt');
        return;
      }
      const shared = await readShareHash(location.hash, decodeShare);
      if (shared) history.replaceState(null, '', location.pathname + location.search);
      const notices = [...storedNotices(loaded.problems), ...(shared ? shareNotices(shared) : [])];
      const saved = loaded.state === 'ok' ? loaded.workspace : null;
      if (saved && saved.workforce && saved.schemes.length) {
        // Back as it was saved: nothing to write until the user changes something (a save now could collide with another tab's).
        openedAsSaved = loaded.problems.length === 0;
        store.restore(saved);
        store.notify([{ key: 'storage.restored' }, ...notices]);
        if (shared?.scenarios.length) setShare(shared);
      } else if (saved && (saved.schemes.length || saved.workforce)) {
        // Part of the workspace is back: the rest comes from the sample, and the user is told which part.
        const base: WorkspaceData = { ...saved };
        store.restore(base);
        if (!saved.workforce) {
          const sample = await readSample(client);
          store.setWorkforce('sample', sample.workforce, sample.source, null, { initial: true });
          notices.push({ key: 'stored.sampleUnder', tone: 'warn' });
        }
        if (!saved.schemes.length) {
          store.openScenarios(seedSchemes(), 'add', SAMPLE_FILE);
          notices.push({ key: 'stored.sampleSchemes', tone: 'warn' });
        }
        useWorkspace.temporal.getState().clear();
        store.notify(notices);
        if (shared?.scenarios.length) setShare(shared);
      } else {
        const sample = await readSample(client);
        // A share link opened on a fresh browser: its schemes, not the sample's as well.
        if (shared?.scenarios.length) notices.unshift({ key: 'share.opened', params: { n: shared.scenarios.length } });
        // Schemes were saved but none could be read (and no pay sheet either): the sample's are shown in their place, and
        // that is said — "the other schemes load as usual" alone would leave the user thinking these were theirs.
        else if (loaded.state === 'ok' && loaded.problems.some((p) => p.code === 'scheme')) notices.push({ key: 'stored.sampleSchemes', tone: 'warn' });
        store.setWorkforce('sample', sample.workforce, sample.source, shared?.scenarios.length ? shared.scenarios : seedSchemes(), { initial: true });
        store.notify(notices);
      }
      setStatus('ready');
    })();
    // Started once for the page (the client is the page's one client).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A share link pasted into the address bar of an open page changes only the hash: no reload, so listen for it.
  useEffect(() => {
    if (status !== 'ready') return;
    const onHash = async () => {
      const shared = await readShareHash(location.hash, decodeShare);
      if (!shared) return;
      history.replaceState(null, '', location.pathname + location.search);
      store.notify(shareNotices(shared));
      if (shared.scenarios.length) setShare(shared);
    };
    const listener = () => void onHash();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, [status, decodeShare]);

  // Autosave, debounced: the workforce and the schemes, in this browser only.
  useEffect(() => {
    if (status !== 'ready') return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let dirty = false;
    let blocked = false;
    const save = () => {
      const { action: _action, ...data } = useWorkspace.getState();
      void _action;
      return saveWorkspace(data).then(
        () => {
          dirty = false;
          setTrouble((x) => (x?.kind === 'full' ? null : x));
          return true;
        },
        (e: unknown) => {
          if (e instanceof ConflictError) {
            blocked = true;
            void conflict();
          } else if (e instanceof StorageFullError) setTrouble({ kind: 'full', part: e.part });
          else store.notify([{ key: 'storage.saveFailed', params: { reason: e instanceof Error ? e.message : String(e) }, tone: 'warn' }]);
          return false;
        },
      );
    };
    const unsubscribe = useWorkspace.subscribe(() => {
      // What was just read from storage is not a change to write back.
      if (fromStorage) {
        fromStorage = false;
        return;
      }
      dirty = true;
      if (blocked) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, 400);
    });
    // Asking whose version to keep, with how the two differ scheme by scheme and field by field.
    const conflict = async () => {
      setTrouble({ kind: 'conflict', diff: null });
      const theirs = await peekStored();
      const { schemes, workforce } = useWorkspace.getState();
      setTrouble((x) => (x?.kind === 'conflict' ? { kind: 'conflict', diff: theirs ? diffSchemes(schemes, theirs.schemes, workforce) : null } : x));
    };
    // Another tab saved. With nothing unsaved here, take its version; with changes here — saved or still being typed
    // in a field — ask.
    const off = onOtherTabSave(() => {
      if (dirty || hasPendingDraft()) {
        blocked = true;
        void conflict();
        return;
      }
      void reloadFromStorage();
    });
    // What the page opened with is saved too (the sample, a share link's schemes, a recovered workspace).
    if (!openedAsSaved) timer = setTimeout(save, 400);
    // Starting over drops a save still waiting for its pause: it would write the workspace being discarded (its
    // workforce too) after the clear, before the fresh one.
    dropPendingSave = () => {
      if (timer) clearTimeout(timer);
      timer = null;
    };
    // Before a new version reloads the page, what is waiting to be saved is saved; if it cannot be (another tab's
    // version waits for a choice, storage full), the page stays, with the problem shown, until the user sorts it out.
    const saveWaiting = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      return save();
    };
    setBeforeUpdate(async () => {
      if (!dirty) return true;
      if (blocked) return false;
      return saveWaiting();
    });
    // The page hidden within the pause (another tab, the phone's app switcher; a page being left is hidden first):
    // what waits is saved now rather than after the pause.
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && timer && !blocked) void saveWaiting();
    };
    document.addEventListener('visibilitychange', onHidden);
    resolveConflict = async (mode) => {
      if (mode === 'theirs') {
        // Text typed here and not yet used goes with this tab's version.
        discardDrafts();
        await reloadFromStorage();
        dirty = false;
        blocked = false;
      }
      else {
        await adoptStoredRevision();
        blocked = false;
        save();
      }
      setTrouble(null);
    };
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      unsubscribe();
      off();
      setBeforeUpdate(null);
      dropPendingSave = null;
      if (timer) clearTimeout(timer);
    };
  }, [status]);

  return {
    status,
    reason,
    share,
    trouble,
    resolveTrouble: (mode: 'theirs' | 'mine') => void resolveConflict?.(mode),
    resolveShare: (mode: 'add' | 'replace' | 'cancel') => {
      if (share && mode !== 'cancel') store.openScenarios(share.scenarios, mode, t('share.subject'));
      setShare(null);
    },
    startFresh: async () => {
      dropPendingSave?.();
      await clearWorkspace();
      const sample = await readSample(client);
      store.setWorkforce('fresh', sample.workforce, sample.source, seedSchemes(), { initial: status === 'corrupt' });
      setStatus('ready');
    },
    /** The schemes (and rounds) as a file, for when they cannot be saved in this browser. */
    workspaceFile: () => ({ name: 'skillpay-schemes.json', text: workspaceFile(useWorkspace.getState().schemes), type: 'application/json' }),
  };
}

let resolveConflict: ((mode: 'theirs' | 'mine') => Promise<void>) | null = null;
let dropPendingSave: (() => void) | null = null;
let fromStorage = false;

/**
 * Another tab's version, taken: as a step of this tab's history (undo brings this tab's version back, and saves it),
 * and said by a notice that stays until it is read (it can be undone).
 */
async function reloadFromStorage(): Promise<void> {
  const loaded = await loadWorkspace();
  if (loaded.state !== 'ok' || !loaded.workspace.workforce) return;
  fromStorage = true;
  store.follow(loaded.workspace);
  store.notify([{ key: 'storage.otherTab', cause: 'storage.otherTab', undoable: true }, ...storedNotices(loaded.problems)]);
}
