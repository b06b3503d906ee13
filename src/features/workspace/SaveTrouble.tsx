/** When the workspace cannot be saved: another tab changed it (choose whose version), or the browser's storage is full (take the schemes away as a file). */
import { useTranslation } from 'react-i18next';
import { useDiffLines, useDownload } from './useNoticeText';
import type { SaveTrouble } from './useStartup';

export function SaveTroubleBanner({ trouble, onResolve, file }: { trouble: SaveTrouble; onResolve: (mode: 'theirs' | 'mine') => void; file: () => { name: string; text: string; type: string } }) {
  const { t } = useTranslation();
  const save = useDownload();
  const lines = useDiffLines(trouble?.kind === 'conflict' ? trouble.diff : null);
  if (!trouble) return null;
  return (
    <div className="errors" role="alert" data-testid="save-trouble">
      {trouble.kind === 'conflict' ? (
        <>
          <p>{t('storage.conflict')}</p>
          {lines && (
            <>
              <p>{lines.length ? t('storage.differences') : t('storage.noDifference')}</p>
              <ul className="diff" data-testid="conflict-diff">
                {lines.map((l, k) => (
                  <li key={k}>{l}</li>
                ))}
              </ul>
            </>
          )}
          <div className="row">
            <button onClick={() => onResolve('theirs')} data-testid="take-theirs">
              {t('storage.takeTheirs')}
            </button>
            <button className="secondary" onClick={() => onResolve('mine')} data-testid="keep-mine">
              {t('storage.keepMine')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t(trouble.part === 'workforce' ? 'storage.fullWorkforce' : 'storage.fullSchemes')}</p>
          <button onClick={() => save(file())} data-testid="download-workspace">
            {t('storage.downloadSchemes')}
          </button>
        </>
      )}
    </div>
  );
}
