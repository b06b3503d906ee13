/** A share link opened on a workspace that already has schemes: replace them, add these, or leave things as they are. */
import { useTranslation } from 'react-i18next';
import type { PendingShare } from './useStartup';
import { useIncoming } from './useNoticeText';

export function ShareDialog({ share, onResolve }: { share: PendingShare; onResolve: (mode: 'add' | 'replace' | 'cancel') => void }) {
  const { t } = useTranslation();
  const incoming = useIncoming(share.scenarios);
  return (
    <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="share-title" data-testid="share-dialog">
      <h2 id="share-title">{t('share.title', { n: share.scenarios.length })}</h2>
      <ul>
        {incoming.map((s, k) => (
          <li key={k} data-testid="share-item">
            <strong>{s.name}</strong> — {s.text}
          </li>
        ))}
      </ul>
      <p>{t('share.question')}</p>
      <div className="row">
        <button onClick={() => onResolve('add')} data-testid="share-add">
          {t('share.add')}
        </button>
        <button className="secondary" onClick={() => onResolve('replace')} data-testid="share-replace">
          {t('share.replace')}
        </button>
        <button className="secondary" onClick={() => onResolve('cancel')} data-testid="share-cancel">
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
