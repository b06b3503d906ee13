/**
 * The workspace around the panels: start-up (the saved workspace, or the
 * sample enterprise), share links (replace or add, never twice), autosave,
 * the scheme tabs, undo and redo with what they will undo, scheme files and
 * the language.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { defaultScenario } from '../../../models/pay/scenario';
import { paramLabel } from '../../../models/pay/paramNames';
import type { Lang } from '../../lib/format';
import { download, fileSafe } from '../../lib/download';
import { useDataset, useSchemeEntries, type SchemeEntry } from '../../query/schemes';
import { useWorkerClient } from '../../query/EngineProvider';
import { seedSchemes } from '../../workspace/seeds';
import { readSchemeFile, shareHash } from '../../workspace/share';
import * as store from '../../workspace/store';
import type { Notice } from '../../workspace/transitions';
import { readSample } from './useStartup';
import { useWorkspace, type Action } from '../../workspace/store';
import { forFile } from '../../workspace/transitions';

/** The id of the element the scheme tabs control: the editor and the results of the scheme chosen. */
export const SCHEME_PANEL = 'scheme-panel';
export const tabId = (id: string) => `scheme-tab-${id}`;

function actionText(a: Action | undefined | null, t: (k: string, o?: Record<string, unknown>) => string, lang: Lang): string {
  if (!a) return '';
  // An edit names what it changed: "修改“工会方案”的能力素质权重".
  if (a.kind === 'edit' && a.paths?.length) return t('history.editField', { subject: a.subject, field: a.paths.map((p) => paramLabel(p, lang)).join(t('history.sep')) });
  return t(`history.${a.kind}`, { subject: a.subject });
}

/** Undo and redo, with what they would undo or redo; Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) outside text fields. */
export function useHistory() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
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
    undoText: past > 0 ? actionText(present, t, lang) : '',
    redoText: actionText((future as { action?: Action } | undefined)?.action, t, lang),
    undo: store.undo,
    redo: store.redo,
  };
}

/** The header's actions: sample, share link, scheme files, start fresh, language. */
export function useHeaderActions(startFresh: () => Promise<void>) {
  const { t, i18n } = useTranslation();
  const client = useWorkerClient();
  const entries = useSchemeEntries(true);
  const { workforce, profile } = useDataset(true);
  const activeId = useWorkspace((s) => s.activeId);
  const active = entries.find((e) => e.id === activeId) ?? entries[0];
  const file = (e: SchemeEntry) => forFile(e.scheme, workforce, profile?.fingerprint);
  return {
    loadSample: async () => {
      const sample = await readSample(client);
      store.setWorkforce('sample', sample.workforce, sample.source, seedSchemes());
    },
    startFresh,
    share: async () => {
      // The link carries the schemes as they apply here (with the wage bill their amounts are set on, and every
      // craftsman package, set aside or not), never the workforce.
      const url = location.origin + location.pathname + shareHash(entries.map(file));
      try {
        await navigator.clipboard.writeText(url);
        store.notify([{ key: 'actions.shared' }]);
      } catch {
        store.notify([{ key: 'actions.shareManual', params: { url }, tone: 'warn' }]);
      }
    },
    saveScheme: active ? () => download(`${fileSafe(active.scheme.scenario.name)}.json`, JSON.stringify(file(active), null, 2), 'application/json') : null,
    openScheme: async (file: File) => {
      const r = readSchemeFile(new Uint8Array(await file.arrayBuffer()));
      if (r.scenarios.length) store.openScenarios(r.scenarios, 'add', file.name);
      if (r.problems.length) store.notify(r.problems.map((p): Notice => (p.code === 'duplicate-key' ? { key: 'share.duplicate-key', params: { detail: p.detail ?? '', line: p.line ?? 0 }, tone: 'warn' as const } : { key: 'notices.schemeFileInvalid', params: { file: file.name, issues: `${p.index ? `#${p.index} ` : ''}${p.detail ?? p.code}` }, tone: 'warn' as const })));
    },
    language: i18n.language === 'en' ? 'en' : 'zh',
    switchLanguage: () => void i18n.changeLanguage(i18n.language === 'en' ? 'zh' : 'en'),
    newScheme: () => store.addScheme(defaultScenario({ name: t('actions.newName') })),
  };
}

/** The tabs: one per scheme, with new, duplicate, delete and the sample schemes. */
export function useSchemeTabs() {
  const { t } = useTranslation();
  const entries = useSchemeEntries(true);
  const activeId = useWorkspace((s) => s.activeId);
  const active = entries.find((e) => e.id === activeId) ?? entries[0];
  return {
    tabs: entries.map((e) => ({ id: e.id, name: e.scheme.scenario.name, color: e.scheme.color, active: e.id === active?.id, setAside: e.setAside.length })),
    select: store.selectScheme,
    add: () => store.addScheme(defaultScenario({ name: t('actions.newName') })),
    duplicate: active ? () => store.duplicateScheme(active.id) : null,
    remove: active && entries.length > 1 ? () => store.removeScheme(active.id) : null,
    addSeeds: () => store.openScenarios(seedSchemes(), 'add', t('actions.seeds')),
  };
}

/** The tab panel the scheme tabs control (the editor and the results): its id, and the tab that names it. */
export function useSchemePanel(): { id: string; labelledBy: string | undefined } {
  const entries = useSchemeEntries(true);
  const activeId = useWorkspace((s) => s.activeId);
  const active = entries.find((e) => e.id === activeId) ?? entries[0];
  return { id: SCHEME_PANEL, labelledBy: active ? tabId(active.id) : undefined };
}
