/**
 * "Still working…": shown when a busy engine has said nothing for a while. On a slow or busy computer long work can
 * be quiet for many seconds; the page does not take that for a crash. The user chooses: keep waiting (asked again
 * only after twice as long) or cancel the calculation. It sits in the page's flow and sticks to the top while
 * scrolling, so it covers nothing and is seen from every panel.
 */
import { useTranslation } from 'react-i18next';
import { useEngineQuiet } from '../../query/useEngineQuiet';

export function EngineQuiet() {
  const { t } = useTranslation();
  const { quiet, wait, cancel } = useEngineQuiet();
  if (!quiet) return null;
  const what = [...new Set(quiet.kinds)].map((k) => t(`engineQuiet.kinds.${k}`, { defaultValue: t('engineQuiet.kinds.other') })).join('、');
  return (
    <div className="engine-quiet" role="status" data-testid="engine-quiet">
      <span>{t('engineQuiet.text', { s: Math.round(quiet.silentMs / 1000), what })}</span>
      <span className="row">
        <button onClick={wait} data-testid="engine-wait">
          {t('engineQuiet.wait')}
        </button>
        <button className="secondary" onClick={cancel} data-testid="engine-cancel">
          {t('engineQuiet.cancel')}
        </button>
      </span>
    </div>
  );
}
