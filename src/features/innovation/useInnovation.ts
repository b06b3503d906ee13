/**
 * Technical-innovation bargaining (技术创新集体协商): the achievements file,
 * the scheme's reward rules and the engine's answer for them. The answer is
 * keyed by the dataset, the scheme's fingerprint and the file's contents, so
 * it never stands next to a scheme or a file it was not computed for.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyAchievements, GRADE_WORDS, KIND_WORDS, PAY_BY, payByOf, STATUTORY, TAX_RULE, WAGE_BILL_RULE, YIELD_WORDS, type InnovationRules, type SharedYield } from '../../../models/innovation/innovation';
import { describeIssue } from '../../../models/io/table';
import { validateScenario, type Scenario } from '../../../models/pay/scenario';
import type { Lang } from '../../lib/format';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { keys } from '../../query/keys';
import { useActiveEntry, useDataset, useSchemeSetting } from '../../query/schemes';
import { useQuestion } from '../../query/useQuestion';
import { useQuiet } from '../../query/useQuiet';
import { innovationsSampleBytes, INNOVATIONS_SAMPLE_FILE } from '../../workspace/seeds';
import { clearAchievements, loadStoredAchievements, setAchievements, useInnovations } from '../../workspace/innovations';
import { editScheme, notify, useWorkspace } from '../../workspace/store';
import { buildInnovationDocument, DEFAULT_CONTRACT, defaultForm, type InnovationDocumentKind } from '../../../models/documents';
import { buildDocx } from '../../../models/io/docx';
import { shortFp } from '../../../models/fingerprint';
import { download, fileSafe } from '../../lib/download';

/** How long the scheme must stay the same before its innovation figures are asked (the agreement zone waits as long). */
const INNOVATION_QUIET_MS = 400;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "12, 10, 8, 6, 2" (percent) → [0.12, 0.1, 0.08, 0.06, 0.02]; an empty text is no share. */
export function parseSchedule(text: string): { ok: true; value: number[] } | { ok: false; why: 'number' | 'range' | 'length' } {
  const parts = text
    .normalize('NFKC')
    .split(/[,、;\s/]+/)
    .map((x) => x.replace(/%$/, '').trim())
    .filter(Boolean);
  if (parts.length > 10) return { ok: false, why: 'length' };
  const value: number[] = [];
  for (const p of parts) {
    if (!/^\d+(\.\d+)?$/.test(p)) return { ok: false, why: 'number' };
    const v = Number(p);
    if (v > 100) return { ok: false, why: 'range' };
    value.push(Math.round(v * 1e6) / 1e8);
  }
  return { ok: true, value };
}

export const scheduleText = (xs: readonly number[]) => xs.map((x) => String(Math.round(x * 1e8) / 1e6)).join(', ');

/** The default rules (docs/model.md §12), as a scheme without any gets them. */
function defaultRules(s: Scenario): InnovationRules | null {
  const r = validateScenario({ ...s, innovation: {} });
  return r.ok ? r.scenario.innovation! : null;
}

/**
 * The engine's innovation answer for the scheme being edited and the achievements loaded: one query, shared by the panel
 * and the key figures (which give the wage bill with the rewards where the scheme counts them in it). Asked once the
 * scheme has stayed the same for a moment (see INNOVATION_QUIET_MS).
 */
export function useInnovationAnswer() {
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const store = useInnovations();
  const a = store.achievements;
  const [on, waiting] = useQuiet(active, `${ds}|${active?.fp}|${store.id}`, `${ds}|${active?.id}|${store.id}`, INNOVATION_QUIET_MS);
  const asked = ds !== null && on !== null && a !== null && Boolean(on.scenario.innovation);
  const answer = useQuery({
    queryKey: keys.innovation(ds ?? '', on?.fp ?? '', store.id ?? '', on?.id ?? ''),
    enabled: asked,
    queryFn: () => client.ask({ kind: 'innovation', datasetId: ds!, scenario: on!.scenario, achievements: copyAchievements(a!), achievementsId: store.id! }, { lane: 'innovation' }),
    // While a rule is being typed, the scheme's previous answer stays up, dimmed; never another scheme's or file's.
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[3] === store.id && prevQuery?.queryKey[4] === on?.id ? prev : undefined),
  });
  // The plan year's rewards the scheme being edited counts in its wage bill (its rules say so, the answer is its own and
  // pays some): the key figures and the comparison add them to its pay. `current`: the answer is for the scheme as it is
  // now (while it moves, the last rewards of this scheme and file stand: they do not depend on the weights).
  const r = answer.data?.result;
  const rewardsInBill =
    active?.scenario.innovation?.inWageBill && r && r.wageBill.included && r.wageBill.rewards > 0 && on?.id === active.id
      ? { planYear: r.planYear, amount: r.wageBill.rewards, current: !answer.isPlaceholderData && !waiting && on.fp === active.fp }
      : null;
  return { on, waiting, asked, answer, rewardsInBill };
}

export function useInnovationPanel() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const client = useWorkerClient();
  const { ds, workforce } = useDataset();
  const active = useActiveEntry();
  const store = useInnovations();
  const [reading, setReading] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [keep, setKeep] = useState(0.8);

  useEffect(() => {
    void loadStoredAchievements((reason) => notify([{ key: 'innovation.damaged', cause: 'innovations-stored', params: { reason }, tone: 'warn' }]));
  }, []);

  const a = store.achievements;
  // The rules the answer is for (the deferred view's), and the rules in the fields: the scheme as it is now, so a field
  // never shows an older value after its own commit.
  // Asked once the scheme has stayed the same for a moment: a weight being dragged does not ask (and redraw) the
  // innovation figures at every step (8–9 main-thread tasks over 50 ms during one drag of the sample); meanwhile the
  // figures stay up, dimmed. Another scheme or another file is taken at once.
  const { on, waiting, asked, answer } = useInnovationAnswer();
  const rulesNow = useSchemeSetting(active?.id, (x) => x.innovation ?? null);
  const rules = (rulesNow === undefined ? active?.scenario.innovation : rulesNow) ?? null;
  const kept = useQuestion(asked ? keys.innovationKept(ds!, on!.fp, store.id!, keep) : null, ({ signal }) => client.ask({ kind: 'innovation', datasetId: ds!, scenario: on!.scenario, achievements: copyAchievements(a!), achievementsId: store.id!, keptAtLeast: keep }, { signal, lane: 'innovation-kept' }));
  const current = Boolean(answer.data) && !answer.isPlaceholderData && !waiting;

  const result = answer.data?.result ?? null;
  const perWorker = answer.data?.perWorker ?? null;
  // The workers with the largest rewards this year, with their names (the drawer shows anyone's): the engine names them.
  const recipients = useMemo(() => {
    if (!perWorker || !workforce || perWorker.planYear.length !== workforce.size) return [];
    return perWorker.top.map((i) => ({ index: i, id: workforce.id[i]!, name: workforce.name[i]!, department: workforce.department[i]!, level: workforce.level[i]!, planYear: perWorker.planYear[i]!, total: perWorker.total[i]! }));
  }, [perWorker, workforce]);

  const edit = (key: string, next: (r: InnovationRules) => InnovationRules) => {
    if (!active) return;
    editScheme(active.id, (cur) => (cur.innovation ? { ...cur, innovation: next(cur.innovation) } : cur), { key: `innovation-${key}` });
  };

  const importBytes = async (bytes: Uint8Array, file: string, sample: boolean) => {
    setReading(file);
    setReadError(null);
    try {
      const r = await client.ask({ kind: 'importAchievements', bytes, file });
      setAchievements(r.valid > 0 ? r.achievements : null, { file, sample, errors: r.errors, warnings: r.warnings, total: r.total });
    } catch (e) {
      setReadError(describeError(e, t));
    } finally {
      setReading(null);
    }
  };

  // The papers (合同草案, 测算说明): from this answer, the documents' form and the contract's term, as the CLI makes them.
  const [docBusy, setDocBusy] = useState<InnovationDocumentKind | null>(null);
  const [docError, setDocError] = useState<string | null>(null);
  const makeDocument = async (kind: InnovationDocumentKind) => {
    const data = answer.data;
    const answered = active?.scenario.innovation;
    if (!active || !answered || !data?.result || !current) return;
    setDocBusy(kind);
    setDocError(null);
    try {
      const ws = useWorkspace.getState();
      const date = new Date().toISOString().slice(0, 10);
      const form = ws.documents ?? defaultForm(lang, date);
      const paper = buildInnovationDocument(kind, { scheme: active.scheme.scenario.name, fingerprint: data.fingerprint, rules: answered, result: data.result, termYears: ws.contract?.years ?? DEFAULT_CONTRACT.years }, form, lang, date);
      const bytes = await buildDocx(paper, lang);
      download(`${fileSafe(t(`innovation.files.${kind}`))}-${fileSafe(active.scheme.scenario.name)}-${shortFp(data.fingerprint)}${lang === 'en' ? '-en' : ''}.docx`, bytes, DOCX);
    } catch (e) {
      setDocError(describeError(e, t));
    } finally {
      setDocBusy(null);
    }
  };

  const statutory = Object.entries(STATUTORY).map(([k, r]) => ({ key: k, cite: r.cite[lang], verified: r.cite.verified, asOf: r.asOf }));

  return {
    lang,
    ready: ds !== null && active !== null,
    file: store.file,
    sample: store.sample,
    size: a?.size ?? 0,
    total: store.total,
    members: a?.memberId.length ?? 0,
    reading,
    readError,
    errors: store.errors.slice(0, 200).map((e) => ({ row: e.row, column: e.column, value: e.value, problem: describeIssue(e, lang) })),
    errorCount: store.errors.length,
    warnings: store.warnings.slice(0, 20).map((e) => describeIssue(e, lang)),
    warningCount: store.warnings.length,
    rules,
    schemeName: active?.scheme.scenario.name ?? '',
    result,
    current,
    error: answer.error ? describeError(answer.error, t) : null,
    recipients,
    kept: { target: keep, setTarget: setKeep, answer: kept },
    words: { kind: KIND_WORDS, grade: GRADE_WORDS, yield: YIELD_WORDS },
    sources: { statutory, wageBill: WAGE_BILL_RULE.cite[lang], wageBillVerified: WAGE_BILL_RULE.cite.verified, tax: TAX_RULE.cite[lang] },
    docBusy,
    docError,
    makeDocument: (kind: InnovationDocumentKind) => void makeDocument(kind),
    onFile: async (f: File) => importBytes(new Uint8Array(await f.arrayBuffer()), f.name, false),
    loadSample: async () => importBytes(await innovationsSampleBytes(), INNOVATIONS_SAMPLE_FILE, true),
    clear: clearAchievements,
    addRules: () => {
      if (!active) return;
      const r = defaultRules(active.scheme.scenario);
      if (r) editScheme(active.id, (cur) => ({ ...cur, innovation: r }), { key: 'innovation-add' });
    },
    removeRules: () => active && editScheme(active.id, (cur) => ({ ...cur, innovation: undefined }), { key: 'innovation-remove' }),
    setSchedule: (k: SharedYield, v: number[]) => edit(`schedule-${k}`, (r) => ({ ...r, schedules: { ...r.schedules, [k]: v } })),
    setYears: (v: number) => edit('years', (r) => ({ ...r, years: v })),
    /** When rewards are paid (the innovation contract's words; 履约检查 holds the payroll to them). */
    payBy: rules ? payByOf(rules) : null,
    payBySource: { oneOff: PAY_BY.oneOffMonths.cite[lang], share: PAY_BY.shareMonth.cite[lang] },
    setPayBy: (k: 'oneOffMonths' | 'shareMonth', v: number) => edit(`pay-by-${k}`, (r) => ({ ...r, payBy: { ...payByOf(r), [k]: v } })),
    setPlanYear: (v: number | null) => edit('plan-year', (r) => ({ ...r, planYear: v })),
    setFloors: (on: boolean) => edit('floors', (r) => ({ ...r, statutoryFloors: on })),
    setInWageBill: (on: boolean) => edit('wage-bill', (r) => ({ ...r, inWageBill: on })),
    setCapKind: (kind: InnovationRules['cap']['kind']) => edit('cap-kind', (r) => ({ ...r, cap: { kind, value: kind === 'amount' ? (result?.capForFloors ?? 0) : kind === 'none' ? 0 : 0.01 } })),
    setCapValue: (v: number) => edit('cap-value', (r) => ({ ...r, cap: { ...r.cap, value: v } })),
    setOneOff: (kind: keyof InnovationRules['oneOff'], grade: keyof InnovationRules['oneOff']['suggestion'], v: number) => edit(`one-off-${kind}-${grade}`, (r) => ({ ...r, oneOff: { ...r.oneOff, [kind]: { ...r.oneOff[kind], [grade]: v } } })),
    /** Use the solver's schedule: every yield share × its multiplier (none above the whole yield). */
    applyKept: (m: number) => {
      // Rounded down to 0.0001 %: the enterprise keeps at least what was asked.
      const scale = (xs: number[]) => xs.map((x) => Math.min(1, Math.floor(x * m * 1e6) / 1e6));
      edit('kept', (r) => ({ ...r, schedules: { saving: scale(r.schedules.saving), profit: scale(r.schedules.profit), licence: scale(r.schedules.licence) } }));
    },
  };
}
