/** A notice in the page's language: its key translated, money and shares formatted. */
import { useTranslation } from 'react-i18next';
import { list, pct, signed, wan, type Lang } from '../../lib/format';
import { useEffect, useState } from 'react';
import { download } from '../../lib/download';
import { dismiss, dismissAll, undo, useNotices } from '../../workspace/store';
import type { Notice } from '../../workspace/transitions';

export function useNoticeText(): (n: Notice) => string {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  return (n) => {
    const p: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(n.params ?? {})) p[k] = Array.isArray(v) ? list(v, lang) : v;
    if (typeof p.from === 'number') p.from = wan(p.from, lang);
    if (typeof p.to === 'number') p.to = wan(p.to, lang);
    if (typeof p.ratio === 'number') p.ratio = signed(p.ratio, (x) => pct(x, 1));
    if (n.pools) p.list = n.pools.map((x) => t(x.growth ? 'notices.poolGrowthItem' : 'notices.poolItem', { scheme: x.scheme, from: wan(x.from, lang), to: wan(x.to, lang), ratio: signed(x.ratio, (r) => pct(r, 1)) })).join(lang === 'zh' ? ';' : '; ');
    return t(n.key, p);
  };
}

/** Plain information goes after this long; warnings and undoable changes stay until dismissed. */
const INFO_MS = 12_000;
/** Newest notices shown; the rest behind "more". */
const SHOWN = 3;

/** The notices on screen, with their words, and what their buttons do. */
export function useNoticeList() {
  const list = useNotices((s) => s.list);
  const text = useNoticeText();
  const [all, setAll] = useState(false);
  useEffect(() => {
    const timers = list.filter((n) => n.tone !== 'warn' && !n.undoable).map((n) => setTimeout(() => dismiss(n.id), INFO_MS));
    return () => timers.forEach(clearTimeout);
  }, [list]);
  const shown = all ? list : list.slice(-SHOWN);
  return {
    list: shown.map((n) => ({ id: n.id, text: text(n), tone: n.tone, undoable: Boolean(n.undoable), file: n.file ?? null })),
    save: (f: { name: string; text: string; type: string }) => download(f.name, f.text, f.type),
    hidden: list.length - shown.length,
    showAll: () => setAll(true),
    dismissAll: () => {
      setAll(false);
      dismissAll();
    },
    undo: (id: number) => {
      undo();
      dismiss(id);
    },
    dismiss,
  };
}

/** Save a file the page made (a part of the workspace) to the user's disk. */
export function useDownload() {
  return (f: { name: string; text: string; type: string }) => download(f.name, f.text, f.type);
}
