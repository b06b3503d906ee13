/**
 * At the table: rounds of offers, the solver, the skill-talent floors, the
 * agreement zone, contract costing and sensitivity. Every answer is keyed by
 * the scheme it was computed for; "use it" shows exactly what it will change
 * and is one undo step.
 */
import { hashKey, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitTheDifference, type Limits, type SolveResult, type Tranche } from '../../../models/bargaining/bargaining';
import { CONTRIBUTION_PRESETS, policyProblems, type ContributionPolicy } from '../../../models/takehome/contributions';
import { offerTimeline } from '../../../models/charts';
import type { Scenario } from '../../../models/pay/scenario';
import { describeChange, setWeight, type Change } from '../../../models/pay/scheme';
import { changeLine, paramLabel } from '../../../models/pay/paramNames';
import { shortFp } from '../../../models/fingerprint';
import type { SolverQuestion } from '../../../workers/protocol';
import { num, pct, signed, wan, type Lang } from '../../lib/format';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { keys } from '../../query/keys';
import { useActiveCharts, useActiveEntry, useDataset, useSchemeEntries, useSchemeResults, useSchemeSetting } from '../../query/schemes';
import { useQuestion, type Answer } from '../../query/useQuestion';
import { useQuiet } from '../../query/useQuiet';
import { useStable } from '../../query/useStable';
import { applyToScheme, editScheme, setContract, setRounds, useWorkspace } from '../../workspace/store';
import { DEFAULT_CONTRACT, type ContractSettings } from '../../../models/documents';
import type { Round } from '../../workspace/transitions';

function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

// ------------------------------------------------------------------ rounds

export function useRounds() {
  const { t } = useTranslation();
  const rounds = useWorkspace((s) => s.rounds);
  const { profile } = useDataset();
  const { results } = useSchemeResults();
  const byId = new Map(results.map((r) => [r.entry.id, r]));
  const options = results.map((r) => ({ id: r.entry.id, name: r.entry.scheme.scenario.name }));
  const offer = (id: string) => {
    const r = byId.get(id)?.result;
    return r ? { name: r.name, summary: r.summary, medianRaise: r.medianRaiseMonthly } : null;
  };
  const rows = rounds.map((round, k) => {
    const u = offer(round.union);
    const m = offer(round.management);
    const points = u && m && profile ? offerTimeline(profile.baseline, [{ union: u, management: m }]) : null;
    return { k, round, union: points?.[0] ?? null, management: points?.[1] ?? null };
  });
  const chart = rows
    .filter((r) => r.union && r.management)
    .map((r) => ({ round: t('bargain.round', { n: r.k + 1 }), uGrowth: r.union!.growth * 100, mGrowth: r.management!.growth * 100, uRaise: r.union!.medianRaise, mRaise: r.management!.medianRaise }));
  return {
    options,
    rows,
    chart: useStable(chart),
    add: () => options.length && setRounds([...rounds, { union: options[0]!.id, management: options[Math.min(1, options.length - 1)]!.id }]),
    set: (k: number, side: keyof Round, id: string) => setRounds(rounds.map((r, j) => (j === k ? { ...r, [side]: id } : r))),
    remove: (k: number) => setRounds(rounds.filter((_, j) => j !== k)),
  };
}

// ------------------------------------------------------------------ solver

type SolverKey = 'growth' | 'noLoss' | 'p9010' | 'l1';

export function useSolver() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const client = useWorkerClient();
  // The scheme as it is now (not the deferred view): a question clicked just after an edit is asked of the edited
  // scheme at once. Waiting for the view to catch up could take a minute on a starved machine.
  const { ds } = useDataset(true);
  const active = useActiveEntry(true);
  const [p9010, setP9010] = useState(3);
  const [l1Share, setL1Share] = useState(1.05);
  const changeText = (c: Change) => changeLine(c, lang);
  const s = active?.scenario;
  const growth = s?.guideline.base ?? 0.05;
  const questions: Record<SolverQuestion['q'], SolverQuestion> = {
    'pool-for-growth': { q: 'pool-for-growth', growth },
    'smallest-pool-nobody-loses': { q: 'smallest-pool-nobody-loses' },
    'skill-weight-p90p10': { q: 'skill-weight-p90p10', limit: p9010 },
    'min-raise-l1': { q: 'min-raise-l1', share: l1Share },
  };
  const question = (q: SolverQuestion) =>
    [ds && active ? keys.solve(ds, active.fp, q) : null, ({ signal }: { signal: AbortSignal }) => client.ask({ kind: 'solve', datasetId: ds!, scenario: active!.scenario, question: q }, { signal }), { asOfNow: true }] as const;
  const answers: Record<SolverKey, Answer<SolveResult>> = {
    growth: useQuestion(...question(questions['pool-for-growth'])),
    noLoss: useQuestion(...question(questions['smallest-pool-nobody-loses'])),
    p9010: useQuestion(...question(questions['skill-weight-p90p10'])),
    l1: useQuestion(...question(questions['min-raise-l1'])),
  };
  if (!active || !s) return null;
  // The answer is a change to the scheme: shown against the scheme as it applies here, made to the scheme as written.
  const written = active.scheme.scenario;
  const shown: Scenario = { ...s, craftsmen: written.craftsmen };
  const patch: Record<SolverKey, (v: number, base: Scenario) => Partial<Scenario>> = {
    growth: (v) => ({ mode: 'pool', annualPool: Math.round(v) }),
    noLoss: (v) => ({ mode: 'pool', annualPool: Math.ceil(v) }),
    p9010: (v, base) => ({ mode: 'pool', weights: setWeight(base.weights, 'skill', v) }),
    l1: (v, base) => ({ mode: 'raise', raise: { ...base.raise, minMonthly: Math.ceil(v * 100) / 100 } }),
  };
  /** Whether the answer sets the pool on this workforce (then the scheme notes this workforce's wage bill). */
  const setsPool: Record<SolverKey, boolean> = { growth: true, noLoss: true, p9010: false, l1: false };
  const show: Record<SolverKey, (r: Extract<SolveResult, { ok: true }>) => string> = {
    growth: (r) => `${wan(r.value, lang)} (±${num(r.tolerance)} ${t('units.yuan')})`,
    noLoss: (r) => `${wan(r.value, lang)} (±${num(r.tolerance)} ${t('units.yuan')})`,
    p9010: (r) => `${pct(r.value, 2)} (±${pct(r.tolerance, 2)}) · P90/P10 = ${r.achieved.toFixed(3)}${r.value >= 1 ? ` · ${t('bargain.notBinding')}` : ''}`,
    l1: (r) => `${num(Math.ceil(r.value * 100) / 100)} ${t('charts.monthly')}`,
  };
  /** No answer: said from what can be reached, in the page's words and units. */
  const failText = (key: SolverKey, r: Extract<SolveResult, { ok: false }>) => {
    const k = `bargain.fail.${key}.${r.code}`;
    if (!i18n.exists(k) || !r.reachable) return i18n.exists(k) ? t(k) : t('bargain.noSolution', { reason: r.reason });
    const { from, to, over } = r.reachable;
    const measure = key === 'growth' ? (x: number) => signed(x, (v) => pct(v, 2)) : key === 'p9010' ? (x: number) => x.toFixed(3) : num;
    return t(k, { from: measure(from), to: measure(to), hi: wan(over[1], lang), n: num(-to) });
  };
  /** Beside an answer that changes the kind: the nearest answer within the scheme's own kind (the 学徒工 question), to use instead. */
  const withinKind = (r: (SolveResult & { withinKind?: { mode: 'pool' | 'scale'; result: SolveResult } }) | undefined) => {
    const wk = r?.withinKind;
    if (!wk) return null;
    const kind = t(`scheme.${wk.mode}`);
    if (!wk.result.ok) return { kind, text: t('bargain.withinKindNone', { kind }), changes: [], alreadyApplied: false, apply: null };
    const v = wk.result.value;
    const patchKind = (base: Scenario): Partial<Scenario> => (wk.mode === 'pool' ? { annualPool: Math.ceil(v) } : { scale: { ...base.scale, skillRates: { ...base.scale.skillRates, L1: Math.ceil(v * 100) / 100 } } });
    const changes = describeChange(shown, { ...shown, ...patchKind(shown) }).map(changeText);
    return {
      kind,
      text: t('bargain.withinKind', { kind, answer: wk.mode === 'pool' ? wan(Math.ceil(v), lang) : `${num(Math.ceil(v * 100) / 100)} ${t('charts.monthly')}` }),
      changes,
      alreadyApplied: changes.length === 0,
      apply: () => applyToScheme(active.id, { ...written, ...patchKind(written) }, wk.mode === 'pool'),
    };
  };
  const rows = (Object.keys(answers) as SolverKey[]).map((key) => {
    const a = answers[key];
    const r = a.result;
    const after = r?.ok ? { ...shown, ...patch[key](r.value, shown) } : null;
    const changes = after ? describeChange(shown, after).map(changeText) : [];
    return {
      key,
      label: t(`bargain.q.${key}`, { growth: pct(growth), limit: p9010, share: pct(l1Share, 0) }),
      answer: a,
      text: r ? (r.ok ? show[key](r) : failText(key, r)) : '',
      changes,
      /** Nothing to change: the scheme already is the answer. */
      alreadyApplied: Boolean(after) && changes.length === 0,
      /** The answer changes the kind of scheme (the 学徒工 floor is a general raise's): said before it is used. */
      kindChange: after && after.mode !== shown.mode ? { from: t(`scheme.${shown.mode}`), to: t(`scheme.${after.mode}`) } : null,
      apply: r?.ok ? () => applyToScheme(active.id, { ...written, ...patch[key](r.value, written) }, setsPool[key]) : null,
      withinKind: withinKind(r),
    };
  });
  return { rows, p9010, setP9010, l1Share, setL1Share };
}

// ------------------------------------------------------------------ floors

export function useFloors() {
  const active = useActiveEntry();
  const { charts } = useActiveCharts();
  const { profile } = useDataset();
  // The table holds fields being typed in: it stays up with this scheme's last answer while a new one is missing (an
  // engine restart), so a field is never taken away under the user's cursor.
  const last = useRef<{ id: string; floors: NonNullable<typeof charts>['floors'] } | null>(null);
  if (active && charts?.floors) last.current = { id: active.id, floors: charts.floors };
  // The shares and step in the fields: the scheme as it is now (the table's figures are the deferred answer's).
  const now = useSchemeSetting(active?.id, (x) => x.skillFloors);
  if (!active) return null;
  const sf = now ?? active.scheme.scenario.skillFloors;
  const set = (patch: (cur: Scenario['skillFloors']) => Partial<Scenario['skillFloors']>, key: string) => editScheme(active.id, (cur) => ({ ...cur, skillFloors: { ...cur.skillFloors, ...patch(cur.skillFloors) } }), { key });
  return {
    floors: charts?.floors ?? (last.current?.id === active.id ? last.current.floors : null),
    hasCategories: (profile?.categorised ?? 0) > 0,
    settings: sf,
    setShare: (category: keyof Scenario['skillFloors']['shares'], v: number) => set((cur) => ({ shares: { ...cur.shares, [category]: v } }), `floor-${category}`),
    setStepKind: (kind: 'ratio' | 'amount') => set(() => ({ stepKind: kind, step: kind === 'ratio' ? 0.05 : 100 }), 'floor-kind'),
    setStep: (v: number) => set(() => ({ step: v }), 'floor-step'),
  };
}

// ------------------------------------------------------------------ agreement zone

/** How long the scheme and the limits stay the same before the zone is asked again. */
const ZONE_QUIET_MS = 400;

/** A number for each version of a stored scenario (each edit makes a new object). */
const versions = new WeakMap<object, number>();
let nextVersion = 1;
function versionOf(x: object | undefined): number {
  if (!x) return 0;
  let v = versions.get(x);
  if (v === undefined) versions.set(x, (v = nextVersion++));
  return v;
}

export function useZone() {
  const client = useWorkerClient();
  const { ds, profile } = useDataset();
  const active = useActiveEntry();
  const entries = useSchemeEntries();
  const [limits, setLimits] = useState<Limits>(() => ({ maxGrowth: active?.scenario.guideline.upper ?? 0.08, minMedianRaise: 100, nobodyLoses: false, minLowGradeRaise: null, floorsMet: false }));
  const [offers, setOffers] = useState<[string | null, string | null]>([null, null]);
  const bill = profile?.currentBill ?? 0;
  const range: [number, number] = [Math.round(bill * 0.9), Math.round(bill * 1.12)];
  const n = 15;
  const pick = (k: 0 | 1) => entries.find((e) => e.id === offers[k]) ?? entries[k === 0 ? 0 : Math.min(1, entries.length - 1)] ?? null;
  const picked = [pick(0), pick(1)] as const;
  // The zone of the scheme shown is there without a click: asked on a background worker, the newest question replacing
  // one still waiting (lane), once the scheme, the offers and the limits have stayed the same for a moment. A slider
  // being dragged neither asks it 60 times nor moves the offers' marks on its chart at every step (each redraw of the
  // chart was a long task: 20–30 of them on the page during one drag); meanwhile the chart stays up, marked as not
  // current. Another scheme's zone is never shown.
  // "The same" counts the scheme as edited (the store), not only as the deferred view has drawn it so far: on a busy
  // machine that view may lag a slider by more than the pause, and the zone would be asked in the middle of a drag.
  const edited = useSchemeSetting(active?.id, (x) => x);
  const [asked, waiting] = useQuiet({ active, limits, range, picked }, `${ds}|${active?.fp}|${versionOf(edited)}|${picked.map((e) => e?.fp).join(',')}|${hashKey([limits, range])}`, `${ds}|${active?.id}`, ZONE_QUIET_MS);
  const question = { limits: asked.limits, range: asked.range, n };
  const on = asked.active;
  const answer = useQuestion(
    ds && on && bill > 0 ? keys.zone(ds, on.fp, question, on.id) : null,
    ({ signal, onProgress }) => client.ask({ kind: 'zone', datasetId: ds!, scenario: { ...on!.scenario, mode: 'pool' }, limits: question.limits, poolRange: question.range, n }, { signal, onProgress, lane: 'zone' }),
    { auto: true, keep: (prev) => prev[0] === 'zone' && prev[1] === ds && prev[4] === on?.id },
  );
  const zone = { ...answer, current: answer.current && !waiting };
  const point = (e: (typeof picked)[number]) => (e && e.scenario.mode === 'pool' && e.scenario.annualPool !== null ? { pool: e.scenario.annualPool, skill: e.scenario.weights.skill, name: e.scheme.scenario.name } : null);
  const a = point(asked.picked[0]);
  const b = point(asked.picked[1]);
  const marks = useStable({ range: asked.range, union: a, management: b, split: a && b ? splitTheDifference(a, b) : null });
  return {
    zone,
    /** The fingerprint of the scheme the zone on screen answers, when it answers the scheme as it is now. */
    zoneFingerprint: zone.current && zone.result && on ? on.fp : null,
    marks,
    limits,
    setLimits,
    /** What the L1–L3 demand starts at when switched on: nobody in the low grades loses. */
    lowGradeDefault: 0,
    range,
    options: entries.map((e) => ({ id: e.id, name: e.scheme.scenario.name })),
    offers: [picked[0]?.id ?? '', picked[1]?.id ?? ''] as [string, string],
    setOffer: (k: 0 | 1, id: string) => setOffers(k === 0 ? [id, offers[1]] : [offers[0], id]),
    union: a,
    management: b,
    split: a && b ? splitTheDifference(a, b) : null,
  };
}

// ------------------------------------------------------------------ contract costing

export function useCosting() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const client = useWorkerClient();
  const { ds } = useDataset();
  // The contract's terms are the workspace's (saved, undoable): the documents print exactly what this panel costs.
  const settings = useWorkspace((s) => s.contract) ?? DEFAULT_CONTRACT;
  const { years, tranches, onCosts } = settings;
  // Every edit is built on the terms as the workspace holds them when it lands (two fields committed at once both stay).
  const now = () => useWorkspace.getState().contract ?? DEFAULT_CONTRACT;
  const set = (patch: Partial<ContractSettings>, key: string) => setContract({ ...now(), ...patch }, key);
  const policyNow = (): ContributionPolicy => {
    const c = now().onCosts;
    return c.kind === 'contributions' ? c.policy : lastPolicy ?? CONTRIBUTION_PRESETS[0]!;
  };
  const mode = onCosts.kind;
  // The policy shown while the flat rate is in use: the last one edited, or the default preset.
  const policy: ContributionPolicy = onCosts.kind === 'contributions' ? onCosts.policy : lastPolicy ?? CONTRIBUTION_PRESETS[0]!;
  const onCost = onCosts.kind === 'flat' ? onCosts.rate : lastRate;
  const problems = mode === 'contributions' ? policyProblems(policy) : [];
  // The engine leaves out tranches dated outside the contract and says which; the page greys them.
  const question = { tranches, years, onCosts };
  const q = useQuery({
    queryKey: keys.contract(ds ?? '', question),
    enabled: ds !== null && problems.length === 0,
    queryFn: () => client.ask({ kind: 'contract', datasetId: ds!, tranches, years, onCosts }, { lane: 'contract' }),
    placeholderData: (prev) => prev,
  });
  // The same tranches on the pay of the scheme shown: what the signed papers commit to (their contractOnScheme).
  // Asked once the scheme has stayed the same for a moment (a dragged weight does not ask it at every step).
  const active = useActiveEntry();
  const [on, waiting] = useQuiet(active, `${ds}|${active?.fp}`, `${ds}|${active?.id}`, ZONE_QUIET_MS);
  const qs = useQuery({
    queryKey: keys.contractOnScheme(ds ?? '', on?.fp ?? '', question),
    enabled: ds !== null && on !== null && problems.length === 0,
    queryFn: () => client.ask({ kind: 'contractOnScheme', datasetId: ds!, scenario: on!.scenario, tranches, years, onCosts }, { lane: 'contractOnScheme' }),
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[1] === ds ? prev : undefined),
  });
  const setPolicy = (p: ContributionPolicy, key: string) => {
    lastPolicy = p;
    set({ onCosts: { kind: 'contributions', policy: p } }, key);
  };
  const setBase = (which: 'socialBase' | 'housingBase', patch: Partial<ContributionPolicy['socialBase']>) => {
    const p = policyNow();
    setPolicy({ ...p, [which]: { ...p[which], ...patch } }, `${which}`);
  };
  const setRate = (side: 'employer' | 'employee', key: keyof ContributionPolicy['employer'], v: number) => {
    const p = policyNow();
    setPolicy({ ...p, [side]: { ...p[side], [key]: v } }, `${side}-${key}`);
  };
  return {
    years,
    setYears: (v: number) => set({ years: v }, 'years'),
    onCost,
    setOnCost: (v: number) => {
      lastRate = v;
      set({ onCosts: { kind: 'flat', rate: v } }, 'rate');
    },
    mode,
    setMode: (m: 'flat' | 'contributions') => set({ onCosts: m === 'flat' ? { kind: 'flat', rate: lastRate } : { kind: 'contributions', policy } }, 'mode'),
    policy,
    policyLabel: policy.label[lang],
    policySource: `${policy.source[lang]} (${policy.asOf})`,
    setBase,
    setRate,
    resetPolicy: () => setPolicy(CONTRIBUTION_PRESETS.find((p) => p.id === policy.id) ?? CONTRIBUTION_PRESETS[0]!, 'preset'),
    problems,
    tranches,
    outside: q.data?.dropped.length ?? tranches.filter((x) => x.year > years).length,
    setTranche: (k: number, patch: Partial<Tranche>) => set({ tranches: now().tranches.map((x, j) => (j === k ? { ...x, ...patch } : x)) }, `tranche-${k}`),
    addTranche: () => set({ tranches: [...now().tranches, { year: Math.min(now().years, 1), month: 1, percent: 0.01 }] }, 'add-tranche'),
    removeTranche: (k: number) => set({ tranches: now().tranches.filter((_, j) => j !== k) }, 'remove-tranche'),
    cost: q.data,
    /** The costing on the scheme shown, its name, and whether it answers the scheme as it is now. */
    onScheme: qs.data ? { cost: qs.data, scheme: active?.scheme.scenario.name ?? '', current: !waiting && !qs.isPlaceholderData && qs.data.fingerprint === active?.fp } : null,
    error: q.error ? describeError(q.error, t) : qs.error ? describeError(qs.error, t) : null,
  };
}

/** What the on-cost fields show when the other way of counting is in use (not part of the workspace). */
let lastPolicy: ContributionPolicy | null = null;
let lastRate = 0.33;

// ------------------------------------------------------------------ sensitivity

export function useSensitivity() {
  const lang = useLang();
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  // An automatic pool is varied around the amount it works out at (the host does that, for the page and the documents alike).
  const tornado = useQuestion(ds && active ? keys.tornado(ds, active.fp) : null, ({ signal, onProgress }) => client.ask({ kind: 'tornado', datasetId: ds!, scenario: active!.scenario }, { signal, onProgress }));
  const data = tornado.result;
  const rows = data?.bars.map((b) => ({
    name: paramLabel(b.param, lang),
    low: (b.low.wageBill - data.base.wageBill) / 1e4,
    high: (b.high.wageBill - data.base.wageBill) / 1e4,
    lowRaise: b.low.medianRaise,
    highRaise: b.high.medianRaise,
  }));
  return { tornado, rows: useStable(rows ?? null), baseRaise: data?.base.medianRaise ?? null };
}

/** The fingerprint of the scheme being edited, shown so both sides can check they look at the same model: its first 16 digits, and all 64. */
export function useFingerprint(): { full: string; short: string } {
  const full = useActiveEntry()?.fp ?? '';
  return { full, short: shortFp(full) };
}
