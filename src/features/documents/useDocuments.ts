/**
 * The documents panel: the form (saved with the workspace, never in a share
 * link), the vote tally, the contract's terms (the very ones the 合同成本
 * panel costs), and making each Word document: the figures are the engine
 * host's answers for the scheme being edited, the charts taken from the page.
 * The brief of the export bar is made the same way.
 */
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDocument, paperCharts, CONTRACT_ARTICLES, DEFAULT_CONTRACT, DOCUMENT_KINDS, PLACEHOLDERS, defaultForm, isPaperDate, tally, timeline, VOTE, xmlSafe, dateText, pct, type DocumentKind, type DocumentsForm, type FilingKind } from '../../../models/documents';
import { buildDocx, docReplaced, type DocImage } from '../../../models/io/docx';
import { copyAchievements } from '../../../models/innovation/innovation';
import { useInnovations } from '../../workspace/innovations';
import { shortFp } from '../../../models/fingerprint';
import { defaultTypicalWorkers } from '../../../models/pay/typical';
import { isAbort } from '../../../workers/client/workerClient';
import { download, fileSafe } from '../../lib/download';
import { retryOnceIfCrashed, useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { schemesNow, useActiveEntry, useDataset } from '../../query/schemes';
import { embeddedFonts, svgToPng } from '../../ui/chartExport';
import { notify, setDocuments, useWorkspace } from '../../workspace/store';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The charts put in a document, by kind. */
const today = () => new Date().toISOString().slice(0, 10);

/** Make a document of the scheme being edited: ask the host for its answers, take the charts from the page, write the Word file. */
export function useMakeDocument() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const abort = useRef<AbortController | null>(null);
  const [last, setLast] = useState<DocumentKind | null>(null);
  const job = useMutation({
    retry: retryOnceIfCrashed,
    mutationFn: async (kind: DocumentKind) => {
      // Of the pay sheet and the schemes as they are now, not as the deferred view last drew them (see useExports).
      const now = schemesNow();
      if (!now?.ds || !now.active) return;
      const { ds, active, entries, results } = now;
      const ws = useWorkspace.getState();
      const inno = useInnovations.getState();
      const form = ws.documents ?? defaultForm(lang, today());
      const ac = new AbortController();
      abort.current = ac;
      const data = await client.ask(
        {
          kind: 'documentData',
          datasetId: ds,
          scenario: active.scenario,
          schemes: entries.map((e) => e.scenario),
          typical: ws.typical ?? defaultTypicalWorkers(lang),
          contract: ws.contract ?? DEFAULT_CONTRACT,
          // The achievements loaded: where the scheme counts its innovation rewards in the wage bill, the papers give that bill.
          ...(inno.achievements && inno.id ? { innovation: { achievements: copyAchievements(inno.achievements), achievementsId: inno.id } } : {}),
        },
        { signal: ac.signal },
      );
      // The paper's charts, drawn from the paper's own figures (the CLI draws the same), in the schemes' colours on the page:
      // the host lists the edited scheme first, then the others in their order.
      const colors = [active.scheme.color, ...entries.filter((e) => e.fp !== active.fp).map((e) => e.scheme.color)];
      const images: DocImage[] = [];
      for (const chart of paperCharts(kind, data, lang, today(), colors)) {
        const svg = chart.svg.replace(/^(<svg[^>]*>)/, `$1<style>${await embeddedFonts(chart.text)}</style>`);
        images.push({ title: chart.title, png: await svgToPng(svg, chart.width, chart.height, 2), width: chart.width, height: chart.height, alt: `${chart.title} · ${active.scheme.scenario.name}` });
      }
      // The rounds of offers recorded at the table (the brief lists them).
      const byId = new Map(results.map((r) => [r.entry.id, r.otherSheet ? undefined : r.result]));
      const rounds = ws.rounds.flatMap((r) => {
        const u = byId.get(r.union);
        const m = byId.get(r.management);
        return u && m ? [{ union: { ...u, medianRaise: u.medianRaiseMonthly, costPerNetYuan: u.takeHome.costPerNetYuan }, management: { ...m, medianRaise: m.medianRaiseMonthly, costPerNetYuan: m.takeHome.costPerNetYuan } }] : [];
      });
      const doc = buildDocument(kind, data, form, lang, today(), images, { rounds });
      // Characters a Word file cannot hold (in a scheme's name, say) are replaced, and said.
      const replaced = docReplaced(doc);
      if (replaced) notify([{ key: 'documents.replaced', cause: 'documents.replaced', params: { n: replaced }, tone: 'warn' }]);
      const bytes = await buildDocx(doc, lang);
      download(`${fileSafe(t(`documents.files.${kind}`))}-${fileSafe(active.scheme.scenario.name)}-${shortFp(active.fp)}${lang === 'en' ? '-en' : ''}.docx`, bytes, DOCX);
      setLast(kind);
    },
    onSettled: () => {
      abort.current = null;
    },
  });
  return {
    ready: ds !== null && active !== null,
    make: (kind: DocumentKind) => job.mutate(kind),
    busy: job.isPending ? job.variables : null,
    cancel: () => abort.current?.abort(),
    done: last,
    error: job.error && !isAbort(job.error) ? describeError(job.error, t) : null,
  };
}

export function useDocuments() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const active = useActiveEntry();
  const saved = useWorkspace((s) => s.documents);
  const contract = useWorkspace((s) => s.contract) ?? DEFAULT_CONTRACT;
  const form: DocumentsForm = saved ?? defaultForm(lang, today());
  const set = (patch: Partial<DocumentsForm>, key: string) => setDocuments({ ...(useWorkspace.getState().documents ?? form), ...patch }, key);
  const maker = useMakeDocument();
  /** Text as it can go into a Word file: characters XML does not allow are replaced, and the user is told. */
  const clean = (v: string) => {
    const r = xmlSafe(v);
    if (r.replaced) notify([{ key: 'documents.replaced', cause: 'documents.replaced', params: { n: r.replaced }, tone: 'warn' }]);
    return r.text;
  };
  const vote = tally(form.members, form.present, form.yes);
  const tl = timeline({ signingDate: form.signingDate, termStart: form.termStart, termYears: contract.years, filingKind: form.filingKind, regional: form.regional });
  const tranches = contract.tranches.map((x) => (lang === 'zh' ? `第 ${x.year} 年 ${x.month} 月起 ${pct(x.percent)}` : `${pct(x.percent)} from month ${x.month} of year ${x.year}`)).join(lang === 'zh' ? ';' : '; ');
  return {
    form,
    ready: maker.ready,
    fingerprint: shortFp(active?.fp ?? ''),
    schemeName: active?.scheme.scenario.name ?? '',
    kinds: DOCUMENT_KINDS,
    make: maker.make,
    busy: maker.busy,
    cancel: maker.cancel,
    done: maker.done,
    error: maker.error,
    setText: (field: 'enterprise' | 'union' | 'enterpriseRep' | 'unionRep' | 'docNumber' | 'meetingPlace' | 'signingPlace' | 'enterpriseAddress' | 'unionAddress' | 'unionNegotiators', v: string) => (set({ [field]: clean(v) }, field), null),
    setDate: (field: 'proposedDate' | 'signingDate' | 'termStart', v: string) => (isPaperDate(v) ? (set({ [field]: v }, field), null) : t('documents.badDate')),
    setFilingKind: (k: FilingKind) => set({ filingKind: k }, 'filingKind'),
    setRegional: (patch: Partial<DocumentsForm['regional']>) => set({ regional: { ...(useWorkspace.getState().documents ?? form).regional, ...patch } }, 'regional'),
    setVote: (field: 'members' | 'present' | 'yes', v: number) => set({ [field]: v }, field),
    vote,
    voteSource: `${VOTE.presentShare.cite[lang]};${VOTE.majorityOfAll.cite[lang]};${VOTE.inclusive.cite[lang]}`,
    /** The contract's terms, as the 合同成本 panel sets them. */
    contractText: t('documents.contractTerms', { years: contract.years, tranches: tranches || t('documents.noTranches') }),
    retroactive: tl.retroactive ? t('documents.retroactive', { start: dateText(tl.termStart, lang), inForce: dateText(tl.inForceBy, lang) }) : null,
    /** The placeholders an article may use, as written in it. */
    placeholders: PLACEHOLDERS.map((k) => `{{${k}}}`).join(lang === 'zh' ? '、' : ', '),
    articles: CONTRACT_ARTICLES.map((a) => ({ id: a.id, title: a.title[lang], text: Object.prototype.hasOwnProperty.call(form.articles, a.id) ? form.articles[a.id]! : a.text[lang], edited: Object.prototype.hasOwnProperty.call(form.articles, a.id) })),
    setArticle: (id: string, text: string) => set({ articles: { ...form.articles, [id]: clean(text) } }, `article-${id}`),
    resetArticle: (id: string) => {
      const rest = Object.fromEntries(Object.entries(form.articles).filter(([k]) => k !== id));
      set({ articles: rest }, `article-${id}`);
    },
  };
}
