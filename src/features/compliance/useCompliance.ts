/**
 * 履约检查 in the page: the payroll ledgers (read in the engine's worker), the
 * contract's terms (the documents' first day, the 合同成本 panel's years and
 * tranches: what the papers commit to) and the engine's check of the scheme
 * being edited, as signed, against them. The answer is keyed by the dataset,
 * the scheme's fingerprint, the ledger's contents and the terms, so it never
 * stands next to a scheme, a ledger or terms it was not made for.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_COMPLIANCE, FINDING_CITES, ITEM_CLASSES, ITEM_WORDS, type ComplianceSettings, type ItemClass, FINDING_COLUMNS, FINDING_KINDS, FINDING_WORDS, detailWords, findingRows, monthText, type Finding, type FindingKind } from '../../../models/compliance';
import { buildComplianceDocument, DEFAULT_CONTRACT, defaultForm, isPaperDate, type ComplianceDocumentKind } from '../../../models/documents';
import { buildDocx } from '../../../models/io/docx';
import { csvChunks } from '../../../models/io/export';
import { describeIssue } from '../../../models/io/table';
import { shortFp } from '../../../models/fingerprint';
import type { Lang } from '../../lib/format';
import { download, fileSafe } from '../../lib/download';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { keys } from '../../query/keys';
import { useActiveEntry, useDataset } from '../../query/schemes';
import { addLedgerFiles, clearLedger, joins, keptIds, newKeptId, useLedger, type LedgerState } from '../../workspace/ledger';
import type { WorkerClient } from '../../../workers/client/workerClient';
import { useInnovations } from '../../workspace/innovations';
import { copyAchievements } from '../../../models/innovation/innovation';
import { indexOfId } from '../../../models/pay/workforce';
import { LEDGER_SAMPLE_CONTRACT, LEDGER_SAMPLE_FILE, ledgerSampleBytes } from '../../workspace/seeds';
import { notify, setComplianceSettings, setContract, setDocuments, useWorkspace } from '../../workspace/store';

const today = () => new Date().toISOString().slice(0, 10);
/** Findings listed on the page (all of them go into the CSV). */
export const FINDINGS_SHOWN = 200;

/**
 * A question about the loaded ledgers, which the engine keeps: if the engine was started again meanwhile (after a
 * crash) and no longer has them, each file is read into it again under its id, and the question asked once more.
 */
async function withKeptLedgers<T>(client: WorkerClient, store: LedgerState, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (e) {
    if (!(e instanceof Error && e.message.includes('no ledger kept'))) throw e;
    const columns = useWorkspace.getState().compliance?.ledgerColumns ?? {};
    for (const f of store.files) await readKept(client, f, f.kept, columns);
    return ask();
  }
}

/** A file read into the engine and kept there under `kept`, with the column map; refused there when a worker's month is already in one of `against`. */
async function readKept(client: WorkerClient, f: { file: string; reread: () => Promise<Uint8Array> }, kept: string, columns: Record<string, ItemClass>, against?: string[]) {
  return client.ask({ kind: 'importLedger', bytes: await f.reread(), file: f.file, keep: kept, ...(against ? { against } : {}), ...(Object.keys(columns).length ? { columns } : {}) });
}

/** The check of the scheme being edited against the loaded ledger: one query, shared by the panel and the worker drawer. */
export function useComplianceAnswer() {
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const store = useLedger();
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const documents = useWorkspace((s) => s.documents);
  const contract = useWorkspace((s) => s.contract) ?? DEFAULT_CONTRACT;
  const termStart = (documents ?? defaultForm(lang, today())).termStart;
  const terms = { termStart, years: contract.years, tranches: contract.tranches };
  const settings = useWorkspace((s) => s.compliance) ?? DEFAULT_COMPLIANCE;
  // The achievements loaded in the innovation panel: a scheme with innovation rules has its rewards held to the ledger.
  const innovations = useInnovations();
  const withAchievements = Boolean(active?.scenario.innovation) && innovations.achievements !== null && innovations.id !== null;
  const asked = ds !== null && active !== null && store.id !== null;
  const answer = useQuery({
    queryKey: keys.compliance(ds ?? '', active?.fp ?? '', store.id ?? '', { ...terms, settings, achievements: withAchievements ? innovations.id : null }),
    enabled: asked,
    queryFn: () =>
      withKeptLedgers(client, store, () =>
        client.ask(
          { kind: 'compliance', datasetId: ds!, scenario: active!.scenario, ledger: { kept: keptIds(store) }, termStart, termYears: terms.years, tranches: terms.tranches, settings, ...(withAchievements ? { innovation: { achievements: copyAchievements(innovations.achievements!), achievementsId: innovations.id! } } : {}) },
          { lane: 'compliance' },
        ),
      ),
  });
  return { asked, answer, terms, active };
}

export function useCompliancePanel() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const client = useWorkerClient();
  const { ds, workforce } = useDataset();
  const store = useLedger();
  const { answer, terms, active } = useComplianceAnswer();
  const [reading, setReading] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const r = answer.data ?? null;

  // The column map the files are read with (saved with the standards): the payroll's own headers, each with its item.
  const settings = useWorkspace((s) => s.compliance) ?? DEFAULT_COMPLIANCE;
  const columnMap = settings.ledgerColumns ?? {};
  type Source = { file: string; reread: () => Promise<Uint8Array> };
  const read = async (files: Source[], opts: { replace: boolean; sample: boolean }, columns: Record<string, ItemClass> = columnMap) => {
    setReadError(null);
    const out = [];
    try {
      // Each file's rows are kept in the engine; a worker's month already loaded (or in a file before it) is refused.
      const against = opts.replace ? [] : keptIds(useLedger.getState());
      for (const f of files) {
        setReading(f.file);
        const kept = newKeptId();
        const x = await readKept(client, f, kept, columns, [...against]);
        if (joins(x)) against.push(kept);
        out.push({ info: { file: f.file, total: x.total, valid: x.valid, personalColumns: x.personalColumns, ignoredColumns: x.ignoredColumns, kept, reread: f.reread }, errors: x.errors, warnings: x.warnings, repeats: x.repeats ?? [] });
      }
      addLedgerFiles(out, opts);
      // The engine lets go of every file's rows no longer loaded.
      void client.ask({ kind: 'keepLedgers', keep: keptIds(useLedger.getState()) }).catch(() => undefined);
    } catch (e) {
      setReadError(describeError(e, t));
    } finally {
      setReading(null);
    }
  };

  // A worker's name by id, through the workforce's own index (built once per workforce, on the first name asked): a map
  // of every name made here at each import was 25 ms of the page's main thread for 100,000 workers, ledger or not.
  const nameOf = useCallback((id: string) => {
    if (!workforce) return '';
    const i = indexOfId(workforce, id);
    return i < 0 ? '' : (workforce.name[i] ?? '');
  }, [workforce]);
  const kindWords = (k: FindingKind) => FINDING_WORDS[k][lang];
  const cites = (k: FindingKind) => FINDING_CITES[k].map((c) => c[lang]).join(lang === 'zh' ? ';' : '; ');
  const line = (f: Finding) => ({
    worker: f.worker,
    name: nameOf(f.worker),
    month: monthText(f.month),
    kind: kindWords(f.kind),
    also: f.also.map(kindWords).join(lang === 'zh' ? '、' : ', '),
    cite: cites(f.kind),
    agreed: f.agreed,
    paid: f.paid,
    short: f.short,
    madeGood: f.madeGood,
    outstanding: f.outstanding,
    age: f.ageMonths,
    detail: detailWords(f, lang),
    where: lang === 'zh' ? `${f.file} 第 ${f.row} 行` : `${f.file}, row ${f.row}`,
  });

  // The papers (履行情况报告, 整改意见书): from this answer and the documents' form, as the CLI makes them.
  const [docBusy, setDocBusy] = useState<ComplianceDocumentKind | null>(null);
  const [docError, setDocError] = useState<string | null>(null);
  const makeDocument = async (kind: ComplianceDocumentKind) => {
    if (!r || !active || answer.isFetching) return;
    setDocBusy(kind);
    setDocError(null);
    try {
      const date = today();
      const form = useWorkspace.getState().documents ?? defaultForm(lang, date);
      const paper = buildComplianceDocument(kind, { scheme: active.scheme.scenario.name, result: r, termStart: terms.termStart, termYears: terms.years, tranches: terms.tranches, name: nameOf }, form, lang, date);
      const bytes = await buildDocx(paper, lang);
      download(`${fileSafe(t(`compliance.files.${kind}`))}-${fileSafe(active.scheme.scenario.name)}-${shortFp(r.fingerprint)}${lang === 'en' ? '-en' : ''}.docx`, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    } catch (e) {
      setDocError(describeError(e, t));
    } finally {
      setDocBusy(null);
    }
  };

  const setTermStart = (v: string) => {
    if (!isPaperDate(v)) return t('documents.badDate');
    const form = useWorkspace.getState().documents ?? defaultForm(lang, today());
    setDocuments({ ...form, termStart: v }, 'termStart');
    return null;
  };

  return {
    lang,
    ready: ds !== null && active !== null,
    schemeName: active?.scheme.scenario.name ?? '',
    fingerprint: shortFp(r?.fingerprint ?? active?.fp ?? ''),
    ledgerFingerprint: r ? shortFp(r.ledgerFingerprint) : '',
    terms,
    setTermStart,
    files: store.files,
    sample: store.sample,
    loaded: store.id !== null,
    rows: store.rows,
    reading,
    readError,
    errors: store.errors.slice(0, 200).map((e) => ({ file: e.file, row: e.row, column: e.column, problem: describeIssue(e, lang) })),
    errorCount: store.errors.length,
    warnings: store.warnings.slice(0, 20).map((e) => describeIssue(e, lang)),
    warningCount: store.warnings.length,
    repeats: store.repeats,
    personal: store.files.reduce((n, f) => n + f.personalColumns, 0),
    ignored: store.files.flatMap((f) => f.ignoredColumns.map((c) => ({ file: f.file, column: c }))),
    busy: answer.isFetching,
    error: answer.error ? describeError(answer.error, t) : null,
    result: r
      ? {
          months: r.months ? { from: monthText(r.months.from), to: monthText(r.months.to) } : null,
          checked: r.checked,
          outsideTerm: r.outsideTerm,
          lawOnly: r.lawOnly,
          noPayDate: r.noPayDate,
          totals: r.totals,
          raise: r.raise,
          innovation: r.innovation,
          byKind: FINDING_KINDS.filter((k) => r.byKind[k].findings > 0).map((k) => ({ key: k, kind: kindWords(k), cite: cites(k), ...r.byKind[k] })),
          byMonth: r.byMonth.map((m) => ({ month: monthText(m.month), workers: m.workers, owed: m.owed, agreed: m.agreed, paid: m.paid })),
          byGrade: r.byGrade,
          byDepartment: r.byDepartment,
          top: r.top.map((x) => ({ ...x, name: nameOf(x.worker) })),
          findings: r.findings.slice(0, FINDINGS_SHOWN).map(line),
          findingCount: r.findings.length,
        }
      : null,
    onFiles: async (list: FileList, replace: boolean) => read(Array.from(list, (f) => ({ file: f.name, reread: async () => new Uint8Array(await f.arrayBuffer()) })), { replace, sample: false }),
    /** The column map: every header the map names and every header not recognised, with the item each is read as ('' : as the reader knows it, or not counted). */
    columns: [...new Set([...Object.keys(columnMap), ...store.files.flatMap((f) => f.ignoredColumns)])].map((header): { header: string; item: ItemClass | '' } => ({ header, item: columnMap[header] ?? '' })),
    itemWords: ITEM_CLASSES.map((k) => ({ key: k, words: ITEM_WORDS[k][lang] })),
    /** Read a header as an item (or as the reader knows it: ''), saved with the standards, and the files loaded read again with it. */
    setColumn: async (header: string, item: ItemClass | '') => {
      const next: Record<string, ItemClass> = { ...columnMap };
      if (item) next[header] = item;
      else delete next[header];
      const rest: ComplianceSettings = { ...(useWorkspace.getState().compliance ?? DEFAULT_COMPLIANCE) };
      delete rest.ledgerColumns;
      setComplianceSettings(Object.keys(next).length ? { ...rest, ledgerColumns: next } : rest, `column-${header}`);
      const files = useLedger.getState().files;
      if (files.length) await read(files, { replace: true, sample: useLedger.getState().sample }, next);
    },
    /** The sample plant's 2027 payroll, and the contract it was paid under (its first day, years and tranches), said. */
    loadSample: async () => {
      await read([{ file: LEDGER_SAMPLE_FILE, reread: ledgerSampleBytes }], { replace: true, sample: true });
      const ws = useWorkspace.getState();
      const form = ws.documents ?? defaultForm(lang, today());
      const c = ws.contract ?? DEFAULT_CONTRACT;
      const same = form.termStart === LEDGER_SAMPLE_CONTRACT.termStart && c.years === LEDGER_SAMPLE_CONTRACT.years && JSON.stringify(c.tranches) === JSON.stringify(LEDGER_SAMPLE_CONTRACT.tranches);
      if (!same) {
        setDocuments({ ...form, termStart: LEDGER_SAMPLE_CONTRACT.termStart }, 'termStart');
        setContract({ ...c, years: LEDGER_SAMPLE_CONTRACT.years, tranches: LEDGER_SAMPLE_CONTRACT.tranches }, 'sample-ledger');
        notify([{ key: 'compliance.sampleTerms', cause: 'compliance.sampleTerms', params: { start: LEDGER_SAMPLE_CONTRACT.termStart, years: LEDGER_SAMPLE_CONTRACT.years } }]);
      }
    },
    clear: () => {
      clearLedger();
      void client.ask({ kind: 'keepLedgers', keep: [] }).catch(() => undefined);
    },
    docBusy,
    docError,
    makeDocument: (kind: ComplianceDocumentKind) => void makeDocument(kind),
    /** Every finding as a CSV (Excel reads it: UTF-8 with BOM), with the worker's name from the pay sheet and both fingerprints. */
    downloadFindings: () => {
      if (!r || !workforce) return;
      const text = [...csvChunks(FINDING_COLUMNS, r.findings.length, findingRows(r, workforce, lang), lang)].join('');
      download(`${fileSafe(t('compliance.file'))}-${fileSafe(active?.scheme.scenario.name ?? '')}-${shortFp(r.fingerprint)}${lang === 'en' ? '-en' : ''}.csv`, text, 'text/csv;charset=utf-8');
    },
  };
}

/** One worker's months that fell short (the worker drawer's "我的工资合同执行情况"). */
export function useWorkerCompliance(workerId: string | null) {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const { answer } = useComplianceAnswer();
  const store = useLedger();
  const client = useWorkerClient();
  // His months in the ledgers, counted where they are kept (the engine).
  const rows = useQuery({
    queryKey: keys.ledgerRows(store.id ?? '', workerId ?? ''),
    enabled: workerId !== null && store.id !== null,
    queryFn: async () => (await withKeptLedgers(client, store, () => client.ask({ kind: 'ledgerRows', kept: keptIds(store), id: workerId! }))).rows,
  });
  const r = answer.data;
  if (!workerId || !r || store.id === null || rows.data === undefined) return null;
  const mine = r.findings.filter((f) => f.worker === workerId);
  return {
    months: rows.data,
    owed: mine.reduce((s, f) => s + f.short, 0),
    outstanding: mine.reduce((s, f) => s + f.outstanding, 0),
    findings: mine.map((f) => ({ month: monthText(f.month), kind: FINDING_WORDS[f.kind][lang], cite: FINDING_CITES[f.kind].map((c) => c[lang]).join(lang === 'zh' ? ';' : '; '), agreed: f.agreed, paid: f.paid, short: f.short, madeGood: f.madeGood, outstanding: f.outstanding, detail: detailWords(f, lang) })),
  };
}
