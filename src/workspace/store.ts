/**
 * The workspace store: the workforce, the schemes, the rounds, and their
 * history. Every change goes through `change()` with a label saying what it
 * was, so it can be undone and redone (zundo keeps the past and future
 * states; the workforce is shared by reference, never copied). Keystrokes in
 * one field and a slider drag are one step: consecutive changes with the
 * same key within 1.5 s are merged. Picking a tab is not a step.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Scenario } from '../../models/pay/scenario';
import type { Workforce } from '../../models/types';
import type { TypicalWorker } from '../../models/pay/typical';
import type { ContractSettings, DocumentsForm } from '../../models/documents';
import type { ComplianceSettings } from '../../models/compliance/rules';
import * as T from './transitions';
import { describeChange } from '../../models/pay/scheme';
import type { Notice, Round, Scheme, Source, WorkspaceData } from './transitions';

export type ActionKind = 'edit' | 'rename' | 'add' | 'duplicate' | 'remove' | 'import' | 'sample' | 'fresh' | 'open' | 'apply' | 'rounds' | 'typical' | 'documents' | 'contract' | 'compliance' | 'follow';

export interface Action {
  kind: ActionKind;
  /** What the action was about (a scheme's or a file's name), for "undo: delete 工会方案". */
  subject: string;
  at: number;
  /** Changes with the same key in quick succession merge into one undo step. */
  key?: string;
  /** For an edit: the settings it changed (scheme paths, at most three), so "undo" can name the field. */
  paths?: string[];
}

export interface WorkspaceState extends WorkspaceData {
  action: Action | null;
}

const MERGE_MS = 1500;

function sameStep(past: WorkspaceState, current: WorkspaceState): boolean {
  if (past.schemes === current.schemes && past.rounds === current.rounds && past.typical === current.typical && past.documents === current.documents && past.contract === current.contract && past.compliance === current.compliance && past.workforce === current.workforce && past.source === current.source) return true;
  const a = past.action,
    b = current.action;
  return Boolean(a && b && b.key && a.key === b.key && b.at - a.at < MERGE_MS);
}

export const useWorkspace = create<WorkspaceState>()(
  temporal((): WorkspaceState => ({ ...T.emptyWorkspace(), action: null }), {
    limit: 100,
    equality: sameStep,
  }),
);

// ------------------------------------------------------------------ notices

export interface ShownNotice extends Notice {
  id: number;
}

interface NoticeState {
  list: ShownNotice[];
}
let noticeId = 0;
export const useNotices = create<NoticeState>()(() => ({ list: [] }));

/** A notice's cause: the one it names, or else its message (the same message twice is one notice). */
const causeOf = (n: Notice) => n.cause ?? n.key;

/** Show notices. One per cause: a notice whose cause is already on screen replaces that one, in its place. */
export function notify(notices: Notice[]): void {
  if (!notices.length) return;
  useNotices.setState((s) => {
    let list = s.list;
    for (const n of notices) {
      const shown = { ...n, id: ++noticeId };
      const cause = causeOf(n);
      const k = list.findIndex((x) => causeOf(x) === cause);
      list = k < 0 ? [...list, shown] : list.map((x, j) => (j === k ? shown : x));
    }
    return { list: list.slice(-8) };
  });
}
/** Take away the notice of a cause, when what it said no longer holds. */
export function resolveNotice(cause: string): void {
  useNotices.setState((s) => (s.list.some((n) => causeOf(n) === cause) ? { list: s.list.filter((n) => causeOf(n) !== cause) } : s));
}
export function dismiss(id: number): void {
  useNotices.setState((s) => ({ list: s.list.filter((n) => n.id !== id) }));
}
export function dismissAll(): void {
  useNotices.setState({ list: [] });
}

// ------------------------------------------------------------------ changes

const get = () => useWorkspace.getState();

function change(kind: ActionKind, subject: string, next: WorkspaceData, key?: string, paths?: string[]): void {
  useWorkspace.setState({ ...next, action: { kind, subject, at: Date.now(), key, ...(paths?.length ? { paths } : {}) } });
}

const schemeName = (id: string) => get().schemes.find((s) => s.id === id)?.scenario.name ?? '';

/**
 * Edit a scheme. `scenario` may be a function of the scheme as it is in the
 * store at this moment: a panel drawn from a slightly older state then never
 * undoes an edit made meanwhile. `key` merges a run of edits of one field
 * into one undo step; `setNow`: the pool was just set on the workforce loaded.
 */
export function editScheme(id: string, scenario: Scenario | ((current: Scenario) => Scenario), opts: { key?: string; setNow?: boolean } = {}): void {
  const current = get().schemes.find((s) => s.id === id)?.scenario;
  if (!current) return;
  const next = typeof scenario === 'function' ? scenario(current) : scenario;
  const paths = [...new Set(describeChange(current, next).map((c) => c.path))].slice(0, 3);
  change('edit', next.name, T.editScheme(get(), id, next, opts.setNow), opts.key ? `${id}:${opts.key}` : undefined, paths);
}

/** Apply an answer of the solver: one undo step, with a notice that can undo it. */
export function applyToScheme(id: string, scenario: Scenario, setNow = false): void {
  change('apply', scenario.name, T.editScheme(get(), id, scenario, setNow));
  notify([{ key: 'notices.applied', cause: `applied:${id}`, params: { scheme: scenario.name }, undoable: true }]);
}

/** Rename; false (and nothing changed) for a blank name. A taken name gets a suffix, and the user is told. */
export function renameScheme(id: string, name: string): string | null {
  const r = T.renameScheme(get(), id, name);
  if (!r) return null;
  change('rename', r.name, r.ws, `${id}:name`);
  if (r.name !== name) notify([{ key: 'notices.renamed', cause: `renamed:${id}`, params: { from: name, to: r.name } }]);
  return r.name;
}

export function selectScheme(id: string): void {
  useWorkspace.setState({ activeId: id });
}

export function addScheme(scenario: Scenario): void {
  change('add', scenario.name, T.addScheme(get(), scenario));
}

export function duplicateScheme(id: string): void {
  const s = get().schemes.find((x) => x.id === id);
  if (s) change('duplicate', s.scenario.name, T.addScheme(get(), s.scenario));
}

export function removeScheme(id: string): void {
  const name = schemeName(id);
  change('remove', name, T.removeScheme(get(), id));
  notify([{ key: 'notices.removed', cause: 'removed', params: { scheme: name }, undoable: true }]);
}

/** A new workforce. `schemes` replaces the schemes (the sample's); null keeps the user's, their pools carried over. */
export function setWorkforce(kind: 'import' | 'sample' | 'fresh', workforce: Workforce, source: Source, schemes: Scenario[] | null, opts: { initial?: boolean } = {}): void {
  const base = kind === 'fresh' ? { ...T.emptyWorkspace() } : get();
  const list: Scheme[] | null = schemes ? schemes.map((scenario) => ({ id: T.newSchemeId(), scenario })) : null;
  const r = T.withWorkforce(base, workforce, source, list);
  change(kind, source.file, r.ws);
  // The workspace a page opens with is not a step that can be undone.
  if (opts.initial) useWorkspace.temporal.getState().clear();
  const undoable: T.Notice[] = kind === 'import' || opts.initial ? [] : [{ key: kind === 'sample' ? 'notices.sampleLoaded' : 'notices.freshStart', cause: 'workforce', undoable: true }];
  notify([...undoable, ...r.notices]);
}

/** Schemes from a file or a share link, added or replacing the current ones. */
export function openScenarios(scenarios: Scenario[], mode: 'add' | 'replace', subject: string): number {
  const r = T.addScenarios(get(), scenarios, mode);
  if (r.added || mode === 'replace') change('open', subject, r.ws);
  notify(r.notices);
  return r.added;
}

export function setRounds(rounds: Round[]): void {
  change('rounds', '', { ...get(), rounds });
}

/** The documents' form; a run of typing in one field (`key`) is one undo step. */
export function setDocuments(documents: DocumentsForm, key?: string): void {
  change('documents', '', { ...get(), documents }, key ? `documents:${key}` : undefined);
}

/** The contract's terms (the 合同成本 panel and the documents); a run of edits to one field (`key`) is one undo step. */
export function setContract(contract: ContractSettings, key?: string): void {
  change('contract', '', { ...get(), contract }, key ? `contract:${key}` : undefined);
}

/** What 履约检查 holds the payroll to (the minimum wage by month, the pay day, …); a run of edits to one field (`key`) is one undo step. */
export function setComplianceSettings(compliance: ComplianceSettings, key?: string): void {
  change('compliance', '', { ...get(), compliance }, key ? `compliance:${key}` : undefined);
}

/** The typical workers' list; a run of edits to one field (`key`) is one undo step. */
export function setTypical(typical: TypicalWorker[], key?: string): void {
  change('typical', '', { ...get(), typical }, key);
}

/** Put a saved workspace in place, with no history before it. */
export function restore(data: WorkspaceData): void {
  useWorkspace.setState({ ...data, action: null });
  useWorkspace.temporal.getState().clear();
}

/**
 * Take another tab's version of the workspace as a step of this tab's history: undo gives back this tab's version (as
 * it stood before), and the steps before it stay (they were emptied when a tab followed another).
 */
export function follow(data: WorkspaceData): void {
  useWorkspace.setState({ ...data, action: { kind: 'follow', subject: '', at: Date.now() } });
}

export function undo(): void {
  useWorkspace.temporal.getState().undo();
}
export function redo(): void {
  useWorkspace.temporal.getState().redo();
}
