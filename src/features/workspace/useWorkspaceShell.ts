/**
 * The workspace around the panels: start-up (the saved workspace, or the
 * sample enterprise), share links (replace or add, never twice), autosave,
 * the scheme tabs, undo and redo with what they will undo, scheme files and
 * the language.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { importWorkforce } from '../../../models/io/import';
import { parseScenarioJson, defaultScenario, type Scenario } from '../../../models/scenario';
import { download, fileSafe } from '../../lib/download';
import { useSchemeEntries } from '../../query/schemes';
import { SAMPLE_FILE, sampleBytes, seedSchemes } from '../../workspace/seeds';
import { readShareHash, shareHash, type SharedProblem } from '../../workspace/share';
import { clearWorkspace, loadWorkspace, saveWorkspace } from '../../workspace/storage';
import * as store from '../../workspace/store';
import { useWorkspace, type Action } from '../../workspace/store';

async function readSample() {
  const r = await importWorkforce(await sampleBytes(), { file: SAMPLE_FILE });
  return { workforce: r.workforce, source: { file: r.file, encoding: r.encoding, totalRows: r.totalRows, validRows: r.validRows, sample: true } };
}

export interface PendingShare {
  scenarios: Scenario[];
  problems: SharedProblem[];
}

let started = false;

/** Start-up and autosave; returns the start-up state and a share link waiting for the user's choice. */
export function useStartup() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'loading' | 'ready' | 'corrupt'>('loading');
  const [reason, setReason] = useState('');
  const [share, setShare] = useState<PendingShare | null>(null);

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
      const shared = readShareHash(location.hash);
      if (shared) history.replaceState(null, '', location.pathname + location.search);
      if (shared?.problems.length) store.notify(shared.problems.map((p) => ({ key: `share.${p.code}`, params: { index: p.index, detail: p.detail ?? '' }, tone: 'warn' })));
      const hasSaved = loaded.state === 'ok' && loaded.workspace.workforce !== null;
      if (hasSaved) {
        store.restore(loaded.workspace);
        store.notify([{ key: 'storage.restored' }]);
        if (shared?.scenarios.length) setShare(shared);
      } else {
        const sample = await readSample();
        // A share link opened on a fresh browser: its schemes, not the sample's as well.
        if (shared?.scenarios.length) store.notify([{ key: 'share.opened', params: { n: shared.scenarios.length } }]);
        store.setWorkforce('sample', sample.workforce, sample.source, shared?.scenarios.length ? shared.scenarios : seedSchemes(), { initial: true });
      }
      setStatus('ready');
    })();
  }, [t]);

  // A share link pasted into the address bar of an open page changes only the hash: no reload, so listen for it.
  useEffect(() => {
    if (status !== 'ready') return;
    const onHash = () => {
      const shared = readShareHash(location.hash);
      if (!shared) return;
      history.replaceState(null, '', location.pathname + location.search);
      if (shared.problems.length) store.notify(shared.problems.map((p) => ({ key: `share.${p.code}`, params: { index: p.index, detail: p.detail ?? '' }, tone: 'warn' })));
      if (shared.scenarios.length) setShare(shared);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [status]);

  // Autosave, debounced: the workforce and the schemes, in this browser only.
  useEffect(() => {
    if (status !== 'ready') return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useWorkspace.subscribe((state) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const { action: _action, ...data } = state;
        void _action;
        saveWorkspace(data).catch((e: unknown) => store.notify([{ key: 'storage.saveFailed', params: { reason: e instanceof Error ? e.message : String(e) }, tone: 'warn' }]));
      }, 400);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [status]);

  return {
    status,
    reason,
    share,
    resolveShare: (mode: 'add' | 'replace' | 'cancel') => {
      if (share && mode !== 'cancel') store.openScenarios(share.scenarios, mode, t('share.subject'));
      setShare(null);
    },
    startFresh: async () => {
      await clearWorkspace();
      const sample = await readSample();
      store.setWorkforce('fresh', sample.workforce, sample.source, seedSchemes(), { initial: status === 'corrupt' });
      setStatus('ready');
    },
  };
}

function actionText(a: Action | undefined | null, t: (k: string, o?: Record<string, unknown>) => string): string {
  return a ? t(`history.${a.kind}`, { subject: a.subject }) : '';
}

/** Undo and redo, with what they would undo or redo; Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) outside text fields. */
export function useHistory() {
  const { t } = useTranslation();
  const past = useStore(useWorkspace.temporal, (s) => s.pastStates.length);
  const future = useStore(useWorkspace.temporal, (s) => s.futureStates.at(-1));
  const present = useWorkspace((s) => s.action);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const el = e.target as HTMLElement | null;
      // In a text field the browser's own undo edits the text.
      if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable) && (el as HTMLInputElement).type !== 'range' && (el as HTMLInputElement).type !== 'checkbox') return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return {
    canUndo: past > 0,
    canRedo: future !== undefined,
    undoText: past > 0 ? actionText(present, t) : '',
    redoText: actionText((future as { action?: Action } | undefined)?.action, t),
    undo: store.undo,
    redo: store.redo,
  };
}

/** The header's actions: sample, share link, scheme files, start fresh, language. */
export function useHeaderActions(startFresh: () => Promise<void>) {
  const { t, i18n } = useTranslation();
  const entries = useSchemeEntries();
  const activeId = useWorkspace((s) => s.activeId);
  const active = entries.find((e) => e.id === activeId) ?? entries[0];
  return {
    loadSample: async () => {
      const sample = await readSample();
      store.setWorkforce('sample', sample.workforce, sample.source, seedSchemes());
    },
    startFresh,
    share: async () => {
      // The link carries the schemes as written (set-aside packages too), never the workforce.
      const url = location.origin + location.pathname + shareHash(entries.map((e) => e.scheme.scenario));
      try {
        await navigator.clipboard.writeText(url);
        store.notify([{ key: 'actions.shared' }]);
      } catch {
        store.notify([{ key: 'actions.shareManual', params: { url }, tone: 'warn' }]);
      }
    },
    saveScheme: active ? () => download(`${fileSafe(active.scheme.scenario.name)}.json`, JSON.stringify(active.scheme.scenario, null, 2), 'application/json') : null,
    openScheme: async (file: File) => {
      const r = parseScenarioJson(await file.text());
      if (r.ok) store.openScenarios([r.scenario], 'add', file.name);
      else store.notify([{ key: 'notices.schemeFileInvalid', params: { file: file.name, issues: r.issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ') }, tone: 'warn' }]);
    },
    language: i18n.language === 'en' ? 'en' : 'zh',
    switchLanguage: () => void i18n.changeLanguage(i18n.language === 'en' ? 'zh' : 'en'),
    newScheme: () => store.addScheme(defaultScenario({ name: t('actions.newName') })),
  };
}

/** The tabs: one per scheme, with new, duplicate, delete and the sample schemes. */
export function useSchemeTabs() {
  const { t } = useTranslation();
  const entries = useSchemeEntries();
  const activeId = useWorkspace((s) => s.activeId);
  const active = entries.find((e) => e.id === activeId) ?? entries[0];
  return {
    tabs: entries.map((e) => ({ id: e.id, name: e.scheme.scenario.name, active: e.id === active?.id, setAside: e.setAside.length })),
    select: store.selectScheme,
    add: () => store.addScheme(defaultScenario({ name: t('actions.newName') })),
    duplicate: active ? () => store.duplicateScheme(active.id) : null,
    remove: active && entries.length > 1 ? () => store.removeScheme(active.id) : null,
    addSeeds: () => store.openScenarios(seedSchemes(), 'add', t('actions.seeds')),
  };
}
