/** The documents of the bargaining round, filled from the model: who and when, the vote, the wording of the contract, and a button per document. */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';
import { useDocuments } from './useDocuments';

export const DocumentsView = memo(function DocumentsView() {
  const { t } = useTranslation();
  const m = useDocuments();
  const [articles, setArticles] = useState(false);
  const f = m.form;
  return (
    <section className="card wide documents" aria-label={t('documents.title')} data-testid="documents">
      <h2>{t('documents.title')}</h2>
      <p className="note">
        {t('documents.intro', { scheme: m.schemeName })}{' '}
        <span className="fingerprint" data-lang-exempt>
          {t('bargain.fingerprint')} <code className="hash">{m.fingerprint}</code>
        </span>
      </p>
      <div className="grid8 wide-grid">
        <TextField label={t('documents.enterprise')} value={f.enterprise} onCommit={(v) => m.setText('enterprise', v)} testId="doc-enterprise" maxLength={200} />
        <TextField label={t('documents.union')} value={f.union} onCommit={(v) => m.setText('union', v)} testId="doc-union" maxLength={200} />
        <TextField label={t('documents.enterpriseRep')} value={f.enterpriseRep} onCommit={(v) => m.setText('enterpriseRep', v)} maxLength={100} />
        <TextField label={t('documents.unionRep')} value={f.unionRep} onCommit={(v) => m.setText('unionRep', v)} maxLength={100} />
        <TextField label={t('documents.proposedDate')} value={f.proposedDate} onCommit={(v) => m.setDate('proposedDate', v)} maxLength={10} />
        <TextField label={t('documents.signingDate')} value={f.signingDate} onCommit={(v) => m.setDate('signingDate', v)} maxLength={10} testId="doc-signing" />
        <TextField label={t('documents.termStart')} value={f.termStart} onCommit={(v) => m.setDate('termStart', v)} maxLength={10} testId="doc-term-start" />
        <TextField label={t('documents.docNumber')} value={f.docNumber} onCommit={(v) => m.setText('docNumber', v)} maxLength={60} testId="doc-number" />
        <TextField label={t('documents.meetingPlace')} value={f.meetingPlace} onCommit={(v) => m.setText('meetingPlace', v)} maxLength={200} testId="doc-meeting-place" />
        <TextField label={t('documents.signingPlace')} value={f.signingPlace} onCommit={(v) => m.setText('signingPlace', v)} maxLength={200} testId="doc-signing-place" />
        <TextField label={t('documents.enterpriseAddress')} value={f.enterpriseAddress} onCommit={(v) => m.setText('enterpriseAddress', v)} maxLength={200} testId="doc-enterprise-address" />
        <TextField label={t('documents.unionAddress')} value={f.unionAddress} onCommit={(v) => m.setText('unionAddress', v)} maxLength={200} testId="doc-union-address" />
        <TextField label={t('documents.unionNegotiators')} value={f.unionNegotiators} onCommit={(v) => m.setText('unionNegotiators', v)} maxLength={500} testId="doc-union-negotiators" />
      </div>
      <p className="note" data-testid="doc-contract-terms">
        {m.contractText}
      </p>
      {m.retroactive && (
        <p className="warn-text" role="status" data-testid="doc-retroactive">
          {m.retroactive}
        </p>
      )}
      <div className="grid8 wide-grid">
        <label className="field">
          <span>{t('documents.filingKind')}</span>
          <select value={f.filingKind} onChange={(e) => m.setFilingKind(e.target.value as typeof f.filingKind)} data-testid="doc-filing-kind">
            {(['wage-agreement', 'collective-contract'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`documents.filingKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <NumberField label={t('documents.regionalFile')} value={f.regional.fileWithinDays ?? null} step={1} min={1} max={60} integer unit={t('units.days')} onCommit={(v) => m.setRegional({ fileWithinDays: v })} onClear={() => m.setRegional({ fileWithinDays: undefined })} testId="doc-regional-file" />
        <NumberField label={t('documents.regionalRenegotiate')} value={f.regional.renegotiateDays ?? null} step={1} min={1} max={366} integer unit={t('units.days')} onCommit={(v) => m.setRegional({ renegotiateDays: v })} onClear={() => m.setRegional({ renegotiateDays: undefined })} testId="doc-regional-renegotiate" />
        <TextField label={t('documents.regionalNote')} value={f.regional.note ?? ''} onCommit={(v) => (m.setRegional({ note: v }), null)} maxLength={300} />
      </div>
      <h3>{t('documents.vote')}</h3>
      <div className="row">
        <NumberField label={t('documents.members')} value={f.members} step={1} min={1} max={100000} integer onCommit={(v) => m.setVote('members', v)} testId="vote-members" />
        <NumberField label={t('documents.present')} value={f.present} step={1} min={0} max={100000} integer onCommit={(v) => m.setVote('present', v)} testId="vote-present" />
        <NumberField label={t('documents.yes')} value={f.yes} step={1} min={0} max={100000} integer onCommit={(v) => m.setVote('yes', v)} testId="vote-yes" />
      </div>
      {/* Before the vote (nobody present, no votes yet) the tally says what is needed, not that the draft failed. */}
      <p className={!f.present && !f.yes ? 'note' : m.vote.passes ? 'status-within' : 'status-above-upper'} data-testid="tally" role="status">
        {t(!f.present && !f.yes ? 'documents.notYet' : m.vote.passes ? 'documents.passes' : m.vote.quorum ? 'documents.failsVotes' : 'documents.failsQuorum', { present: m.vote.presentNeeded, yes: m.vote.yesNeeded })}
      </p>
      <small className="note">{m.voteSource}</small>
      <h3>{t('documents.make')}</h3>
      <div className="row">
        {m.kinds.map((k) => (
          <button key={k} className="secondary" disabled={!m.ready || m.busy !== null} onClick={() => m.make(k)} data-testid={`doc-${k}`}>
            {t(`documents.kinds.${k}`)}
          </button>
        ))}
        {m.busy && (
          <span role="status">
            {t('exports.working')}{' '}
            <button className="link" onClick={m.cancel}>
              {t('actions.cancel')}
            </button>
          </span>
        )}
        {m.error && (
          <span className="warn-text" role="alert">
            {m.error}
          </span>
        )}
      </div>
      <ul className="note doc-list">
        {m.kinds.map((k) => (
          <li key={k}>
            <strong>{t(`documents.kinds.${k}`)}</strong>: {t(`documents.what.${k}`)}
          </li>
        ))}
      </ul>
      <button className="secondary" onClick={() => setArticles(!articles)} aria-expanded={articles} data-testid="doc-articles">
        {t(articles ? 'documents.hideArticles' : 'documents.editArticles')}
      </button>
      {articles && (
        <div className="articles">
          <p className="note" data-lang-exempt>
            {t('documents.placeholders', { list: m.placeholders })}
          </p>
          {m.articles.map((a) => (
            <ArticleField key={a.id} id={a.id} title={a.title} text={a.text} edited={a.edited} onCommit={(v) => m.setArticle(a.id, v)} onReset={() => m.resetArticle(a.id)} />
          ))}
        </div>
      )}
    </section>
  );
});

/** One article's wording: a text area committed when the cursor leaves it. */
function ArticleField({ id, title, text, edited, onCommit, onReset }: { id: string; title: string; text: string; edited: boolean; onCommit: (v: string) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="field article">
      <span>
        {title}{' '}
        {edited && (
          <button className="link" type="button" onClick={onReset}>
            {t('documents.resetArticle')}
          </button>
        )}
      </span>
      <textarea
        rows={3}
        value={draft ?? text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== text) onCommit(draft);
          setDraft(null);
        }}
        data-testid={`article-${id}`}
      />
    </label>
  );
}
