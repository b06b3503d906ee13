/**
 * The documents panel: the form (saved with the workspace, never in a share
 * link), the vote tally, and making each Word document — the figures asked of
 * the engine for the scheme being edited, the charts taken from the page.
 */
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDocument, CONTRACT_ARTICLES, DOCUMENT_KINDS, PLACEHOLDERS, defaultForm, tally, VOTE_RULES, type DocumentKind, type DocumentsForm } from '../../../models/documents';
import { buildDocx } from '../../../models/io/docx';
import type { Tranche } from '../../../models/bargaining';
import { defaultTypicalWorkers } from '../../../models/typical';
import { isAbort } from '../../client/workerClient';
import { download, fileSafe } from '../../lib/download';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { useActiveEntry, useDataset, useSchemeEntries } from '../../query/schemes';
import { chartSvg, svgToPng } from '../../ui/chartExport';
import { setDocuments, useWorkspace } from '../../workspace/store';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The charts put in the costing explanation. */
const COSTING_CHARTS = ['chart-paytable', 'compare-growth', 'chart-bygrade', 'chart-net'];

const today = () => new Date().toISOString().slice(0, 10);

export function useDocuments() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const entries = useSchemeEntries();
  const saved = useWorkspace((s) => s.documents);
  const typical = useWorkspace((s) => s.typical);
  const form: DocumentsForm = saved ?? defaultForm(lang, today());
  const set = (patch: Partial<DocumentsForm>, key: string) => setDocuments({ ...form, ...patch }, key);
  const abort = useRef<AbortController | null>(null);
  const [last, setLast] = useState<DocumentKind | null>(null);
  const job = useMutation({
    mutationFn: async (kind: DocumentKind) => {
      if (!ds || !active) return;
      const ac = new AbortController();
      abort.current = ac;
      const data = await client.ask({ kind: 'documentData', datasetId: ds, scenario: active.scenario, schemes: entries.map((e) => e.scenario), typical: typical ?? defaultTypicalWorkers(lang), contract: { tranches: form.tranches, termYears: form.termYears } }, { signal: ac.signal });
      const images = [];
      if (kind === 'costing') {
        for (const id of COSTING_CHARTS) {
          const fig = document.querySelector(`[data-testid=${id}]`);
          if (!fig?.querySelector('svg.recharts-surface')) continue;
          const title = fig.getAttribute('data-title') ?? id;
          const { svg, width, height } = await chartSvg(fig, { title, units: fig.getAttribute('data-units') ?? '', scheme: active.scheme.scenario.name, fingerprint: active.fp, note: '' });
          images.push({ title, png: await svgToPng(svg, width, height, 2), width, height, alt: `${title} · ${active.scheme.scenario.name}` });
        }
      }
      const doc = buildDocument(kind, data, form, lang, today(), images);
      const bytes = await buildDocx(doc, lang);
      download(`${fileSafe(t(`documents.files.${kind}`))}-${active.fp}${lang === 'en' ? '-en' : ''}.docx`, bytes, DOCX);
      setLast(kind);
    },
    onSettled: () => {
      abort.current = null;
    },
  });
  const vote = tally(form.members, form.present, form.yes);
  return {
    form,
    ready: ds !== null && active !== null,
    fingerprint: active?.fp ?? '',
    schemeName: active?.scheme.scenario.name ?? '',
    kinds: DOCUMENT_KINDS,
    make: (kind: DocumentKind) => job.mutate(kind),
    busy: job.isPending ? job.variables : null,
    cancel: () => abort.current?.abort(),
    done: last,
    error: job.error && !isAbort(job.error) ? describeError(job.error, t) : null,
    setText: (field: 'enterprise' | 'union' | 'enterpriseRep' | 'unionRep', v: string) => (set({ [field]: v }, field), null),
    setDate: (field: 'proposedDate' | 'signingDate' | 'termStart', v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && Number.isFinite(Date.parse(v)) ? (set({ [field]: v }, field), null) : t('documents.badDate')),
    setTermYears: (v: number) => set({ termYears: v }, 'termYears'),
    setVote: (field: 'members' | 'present' | 'yes', v: number) => set({ [field]: v }, field),
    vote,
    voteSource: VOTE_RULES.source[lang],
    tranches: form.tranches,
    setTranches: (tranches: Tranche[]) => set({ tranches }, 'tranches'),
    /** The placeholders an article may use, as written in it. */
    placeholders: PLACEHOLDERS.map((k) => `{{${k}}}`).join(lang === 'zh' ? '、' : ', '),
    articles: CONTRACT_ARTICLES.map((a) => ({ id: a.id, title: a.title[lang], text: form.articles[a.id] ?? a.text[lang], edited: a.id in form.articles })),
    setArticle: (id: string, text: string) => set({ articles: { ...form.articles, [id]: text } }, `article-${id}`),
    resetArticle: (id: string) => {
      const { [id]: _, ...rest } = form.articles;
      void _;
      set({ articles: rest }, `article-${id}`);
    },
  };
}
