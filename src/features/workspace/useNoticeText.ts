/** A notice in the page's language: its key translated, money and shares formatted. */
import { useTranslation } from 'react-i18next';
import { pct, wan, type Lang } from '../../lib/format';
import type { Notice } from '../../workspace/transitions';

export function useNoticeText(): (n: Notice) => string {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  return (n) => {
    const p = { ...n.params };
    if (typeof p.from === 'number') p.from = wan(p.from, lang);
    if (typeof p.to === 'number') p.to = wan(p.to, lang);
    if (typeof p.ratio === 'number') p.ratio = pct(p.ratio, 1);
    return t(n.key, p);
  };
}
