/** A notice in the page's language: its key translated, money and shares formatted. */
import { useTranslation } from 'react-i18next';
import { list, pct, signed, wan, type Lang } from '../../lib/format';
import { useEffect, useState } from 'react';
import { download } from '../../lib/download';
import { dismiss, dismissAll, undo, useNotices } from '../../workspace/store';
import { useSchemeEntries } from '../../query/schemes';
import { compareIncoming, setAsideNotices, type Notice, type SchemeDiff } from '../../workspace/transitions';
import type { Scenario } from '../../../models/pay/scenario';
import { useWorkspace } from '../../workspace/store';
import { changeLine } from '../../../models/pay/paramNames';

export function useNoticeText(): (n: Notice) => string {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  return (n) => {
    const p: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(n.params ?? {})) p[k] = Array.isArray(v) ? list(v, lang) : v;
    if (typeof p.from === 'number') p.from = wan(p.from, lang);
    if (typeof p.to === 'number') p.to = wan(p.to, lang);
    if (typeof p.ratio === 'number') p.ratio = signed(p.ratio, (x) => pct(x, 1));
    if (typeof p.bill === 'number') p.bill = wan(p.bill, lang);
    if (n.setAside) p.list = n.setAside.map((x) => t('notices.setAsideItem', { ids: x.ids, scheme: list(x.schemes, lang) })).join(lang === 'zh' ? ';' : '; ');
    if (n.pools) p.list = n.pools.map((x) => t('notices.poolItem', { scheme: x.scheme, from: wan(x.from, lang), to: wan(x.to, lang), ratio: signed(x.ratio, (r) => pct(r, 1)) })).join(lang === 'zh' ? ';' : '; ');
    return t(n.key, p);
  };
}

/** Plain information goes after this long; warnings and undoable changes stay until dismissed. */
const INFO_MS = 12_000;
/** Newest notices shown; the rest behind "more", collapsed. */
const SHOWN = 2;

export interface NoticeLine {
  id: string;
  text: string;
  tone?: 'info' | 'warn';
  undoable: boolean;
  file: { name: string; text: string; type: string } | null;
}

/**
 * The notices on screen, with their words, and what their buttons do. One per
 * cause: a newer notice of a cause replaces the older in place (store), and a
 * notice about the state of the workspace — craftsmen set aside — is derived
 * from it, so it is there exactly while it holds and goes when resolved.
 */
export function useNoticeList() {
  const list = useNotices((s) => s.list);
  const text = useNoticeText();
  const entries = useSchemeEntries(true);
  const workforce = useWorkspace((s) => s.workforce);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    const timers = list.filter((n) => n.tone !== 'warn' && !n.undoable).map((n) => setTimeout(() => dismiss(n.id), INFO_MS));
    return () => timers.forEach(clearTimeout);
  }, [list]);
  const derived = setAsideNotices(
    entries.map((e) => e.scheme),
    workforce,
  ).filter((n) => !dismissed.has(n.cause!));
  // The newest first (what the user just did); then what needs the user (warnings, changes that can be undone), then
  // what still holds in the workspace, then plain information — the first to wait in the collapsed list.
  const events = list.map((n) => ({ id: String(n.id), text: text(n), tone: n.tone, undoable: Boolean(n.undoable), file: n.file ?? null })).reverse();
  const needsUser = (n: NoticeLine) => n.tone === 'warn' || n.undoable || n.file !== null;
  const older = events.slice(1);
  const held = derived.map((n) => ({ id: n.cause!, text: text(n), tone: n.tone, undoable: false, file: null }));
  const all: NoticeLine[] = [...events.slice(0, 1), ...older.filter(needsUser), ...held, ...older.filter((n) => !needsUser(n))];
  return {
    shown: all.slice(0, SHOWN),
    more: all.slice(SHOWN),
    save: (f: { name: string; text: string; type: string }) => download(f.name, f.text, f.type),
    dismissAll: () => {
      setDismissed(new Set([...dismissed, ...derived.map((n) => n.cause!)]));
      dismissAll();
    },
    undo: (id: string) => {
      undo();
      dismiss(Number(id));
    },
    dismiss: (id: string) => (/^\d+$/.test(id) ? dismiss(Number(id)) : setDismissed(new Set([...dismissed, id]))),
  };
}

/** Save a file the page made (a part of the workspace) to the user's disk. */
export function useDownload() {
  return (f: { name: string; text: string; type: string }) => download(f.name, f.text, f.type);
}

/** How two versions of the workspace differ, a line per scheme: "工会方案:分配总额 12,222.0 万元 → 13,333.0 万元;…". */
export function useDiffLines(diff: SchemeDiff[] | null): string[] | null {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  if (!diff) return null;
  return diff.map((d) => {
    if (d.kind !== 'changed') return t(`storage.${d.kind}`, { scheme: d.scheme });
    const parts = d.changes.slice(0, 8).map((c) => {
      const x = changeLine(c, lang);
      return `${x.field} ${x.from} → ${x.to}`;
    });
    if (d.changes.length > 8) parts.push(t('storage.moreChanges', { n: d.changes.length - 8 }));
    return `${d.scheme}${lang === 'zh' ? ':' : ': '}${parts.join(lang === 'zh' ? ';' : '; ')}`;
  });
}

/** The share dialog's list: each scheme of the link, and what adding it would do here (new, already here, or how it differs from the scheme of that name). */
export function useIncoming(scenarios: Scenario[]): { name: string; text: string }[] {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const ws = useWorkspace();
  return compareIncoming(ws, scenarios).map((x) => {
    if (x.kind === 'new') return { name: x.scheme, text: t('share.isNew') };
    if (x.kind === 'same') return { name: x.scheme, text: t('share.isSame', { as: x.as }) };
    const parts = x.changes.slice(0, 8).map((c) => {
      const l = changeLine(c, lang);
      return `${l.field} ${l.from} → ${l.to}`;
    });
    if (x.changes.length > 8) parts.push(t('storage.moreChanges', { n: x.changes.length - 8 }));
    return { name: x.scheme, text: t('share.isChanged', { list: parts.join(lang === 'zh' ? ';' : '; ') }) };
  });
}
