/**
 * At the table: rounds of offers, the solver, the skill-talent floors, the
 * agreement zone, contract costing and sensitivity. Every answer is keyed by
 * the scheme it was computed for; "use it" shows exactly what it will change
 * and is one undo step.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitTheDifference, type Limits, type OnCosts, type SolveResult, type Tranche } from '../../../models/bargaining';
import { CONTRIBUTION_PRESETS, policyProblems, type ContributionPolicy } from '../../../models/contributions';
import { offerTimeline } from '../../../models/charts';
import type { Scenario } from '../../../models/scenario';
import { describeChange, setWeight, type Change } from '../../../models/scheme';
import type { SolverQuestion } from '../../../workers/protocol';
import { num, pct, signed, wan, type Lang } from '../../lib/format';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { keys } from '../../query/keys';
import { useActiveCharts, useActiveEntry, useDataset, useSchemeEntries, useSchemeResults } from '../../query/schemes';
import { useQuestion, type Answer } from '../../query/useQuestion';
import { useStable } from '../../query/useStable';
import { applyToScheme, editScheme, setRounds, useWorkspace } from '../../workspace/store';
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

/** How a change reads in the page: the field's name, and its old and new values in the field's unit. */
function useChangeText() {
  const { t } = useTranslation();
  const lang = useLang();
  const value = (path: string, v: unknown): string => {
    if (v === null || v === undefined) return t('bargain.auto');
    if (path === 'mode') return t(`scheme.${String(v)}`);
    if (path === 'annualPool' && typeof v === 'number') return wan(v, lang);
    if (path.startsWith('weights.') && typeof v === 'number') return pct(v, 1);
    if (typeof v === 'number') return num(v);
    return String(v);
  };
  return (c: Change) => ({ field: t(`paths.${c.path}`, { defaultValue: c.path }), from: value(c.path, c.from), to: value(c.path, c.to) });
}

export function useSolver() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const [p9010, setP9010] = useState(3);
  const [l1Share, setL1Share] = useState(1.05);
  const changeText = useChangeText();
  const s = active?.scenario;
  const growth = s?.guideline.base ?? 0.05;
  const questions: Record<SolverQuestion['q'], SolverQuestion> = {
    'pool-for-growth': { q: 'pool-for-growth', growth },
    'smallest-pool-nobody-loses': { q: 'smallest-pool-nobody-loses' },
    'skill-weight-p90p10': { q: 'skill-weight-p90p10', limit: p9010 },
    'min-raise-l1': { q: 'min-raise-l1', share: l1Share },
  };
  const question = (q: SolverQuestion) =>
    [ds && active ? keys.solve(ds, active.fp, q) : null, ({ signal }: { signal: AbortSignal }) => client.ask({ kind: 'solve', datasetId: ds!, scenario: active!.scenario, question: q }, { signal })] as const;
  const answers: Record<SolverKey, Answer<SolveResult>> = {
    growth: useQuestion(...question(questions['pool-for-growth'])),
    noLoss: useQuestion(...question(questions['smallest-pool-nobody-loses'])),
    p9010: useQuestion(...question(questions['skill-weight-p90p10'])),
    l1: useQuestion(...question(questions['min-raise-l1'])),
  };
  if (!active || !s) return null;
  const full = active.scheme.scenario;
  /** The scheme as it would be with the answer used (set-aside packages kept). */
  const applied: Record<SolverKey, (v: number) => Scenario> = {
    growth: (v) => ({ ...full, mode: 'pool', annualPool: Math.round(v) }),
    noLoss: (v) => ({ ...full, mode: 'pool', annualPool: Math.ceil(v) }),
    p9010: (v) => ({ ...full, mode: 'pool', weights: setWeight(full.weights, 'skill', v) }),
    l1: (v) => ({ ...full, mode: 'raise', raise: { ...full.raise, minMonthly: Math.ceil(v * 100) / 100 } }),
  };
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
  const rows = (Object.keys(answers) as SolverKey[]).map((key) => {
    const a = answers[key];
    const r = a.result;
    const after = r?.ok ? applied[key](r.value) : null;
    const changes = after ? describeChange(full, after).map(changeText) : [];
    return {
      key,
      label: t(`bargain.q.${key}`, { growth: pct(growth), limit: p9010, share: pct(l1Share, 0) }),
      answer: a,
      text: r ? (r.ok ? show[key](r) : failText(key, r)) : '',
      changes,
      /** Nothing to change: the scheme already is the answer. */
      alreadyApplied: Boolean(after) && changes.length === 0,
      apply: after ? () => applyToScheme(active.id, after, key === 'growth' || key === 'noLoss' ? 'amount' : undefined) : null,
    };
  });
  return { rows, p9010, setP9010, l1Share, setL1Share };
}

// ------------------------------------------------------------------ floors

export function useFloors() {
  const active = useActiveEntry();
  const { charts } = useActiveCharts();
  const { profile } = useDataset();
  if (!active) return null;
  const s = active.scheme.scenario;
  const sf = s.skillFloors;
  const set = (patch: Partial<Scenario['skillFloors']>, key: string) => editScheme(active.id, (cur) => ({ ...cur, skillFloors: { ...cur.skillFloors, ...patch } }), { key });
  return {
    floors: charts?.floors ?? null,
    hasCategories: (profile?.categorised ?? 0) > 0,
    settings: sf,
    setShare: (category: keyof Scenario['skillFloors']['shares'], v: number) => set({ shares: { ...sf.shares, [category]: v } }, `floor-${category}`),
    setStepKind: (kind: 'ratio' | 'amount') => set({ stepKind: kind, step: kind === 'ratio' ? 0.05 : 100 }, 'floor-kind'),
    setStep: (v: number) => set({ step: v }, 'floor-step'),
  };
}

// ------------------------------------------------------------------ agreement zone

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
  const question = { limits, range, n };
  const zone = useQuestion(ds && active && bill > 0 ? keys.zone(ds, active.fp, question) : null, ({ signal }) => client.ask({ kind: 'zone', datasetId: ds!, scenario: { ...active!.scenario, mode: 'pool' }, limits, poolRange: range, n }, { signal }));
  const pick = (k: 0 | 1) => entries.find((e) => e.id === offers[k]) ?? entries[k === 0 ? 0 : Math.min(1, entries.length - 1)] ?? null;
  const point = (e: ReturnType<typeof pick>) => (e && e.scenario.mode === 'pool' && e.scenario.annualPool !== null ? { pool: e.scenario.annualPool, skill: e.scenario.weights.skill, name: e.scheme.scenario.name } : null);
  const a = point(pick(0));
  const b = point(pick(1));
  const marks = useStable({ range, union: a, management: b, split: a && b ? splitTheDifference(a, b) : null });
  return {
    zone,
    marks,
    limits,
    setLimits,
    /** What the L1–L3 demand starts at when switched on: nobody in the low grades loses. */
    lowGradeDefault: 0,
    range,
    options: entries.map((e) => ({ id: e.id, name: e.scheme.scenario.name })),
    offers: [pick(0)?.id ?? '', pick(1)?.id ?? ''] as [string, string],
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
  const [years, setYears] = useState(2);
  const [onCost, setOnCost] = useState(0.33);
  // On-costs: one rate on the bill, or each worker's contributions on a clamped base (a preset the user can edit).
  const [mode, setMode] = useState<'flat' | 'contributions'>('contributions');
  const [policy, setPolicy] = useState<ContributionPolicy>(CONTRIBUTION_PRESETS[0]!);
  const [tranches, setTranches] = useState<Tranche[]>([
    { year: 1, month: 1, percent: 0.03 },
    { year: 1, month: 7, percent: 0.02 },
    { year: 2, month: 1, percent: 0.03 },
  ]);
  const onCosts: OnCosts = mode === 'flat' ? { kind: 'flat', rate: onCost } : { kind: 'contributions', policy };
  const problems = mode === 'contributions' ? policyProblems(policy) : [];
  // The engine leaves out tranches dated outside the contract and says which; the page greys them.
  const question = { tranches, years, onCosts };
  const q = useQuery({
    queryKey: keys.contract(ds ?? '', question),
    enabled: ds !== null && problems.length === 0,
    queryFn: () => client.ask({ kind: 'contract', datasetId: ds!, tranches, years, onCosts }, { lane: 'contract' }),
    placeholderData: (prev) => prev,
  });
  const setBase = (which: 'socialBase' | 'housingBase', patch: Partial<ContributionPolicy['socialBase']>) => setPolicy({ ...policy, [which]: { ...policy[which], ...patch } });
  const setRate = (side: 'employer' | 'employee', key: keyof ContributionPolicy['employer'], v: number) => setPolicy({ ...policy, [side]: { ...policy[side], [key]: v } });
  return {
    years,
    setYears,
    onCost,
    setOnCost,
    mode,
    setMode,
    policy,
    policyLabel: policy.label[lang],
    policySource: `${policy.source[lang]} (${policy.asOf})`,
    setBase,
    setRate,
    resetPolicy: () => setPolicy(CONTRIBUTION_PRESETS.find((p) => p.id === policy.id) ?? CONTRIBUTION_PRESETS[0]!),
    problems,
    tranches,
    outside: q.data?.dropped.length ?? tranches.filter((x) => x.year > years).length,
    setTranche: (k: number, patch: Partial<Tranche>) => setTranches(tranches.map((x, j) => (j === k ? { ...x, ...patch } : x))),
    addTranche: () => setTranches([...tranches, { year: Math.min(years, 1), month: 1, percent: 0.01 }]),
    removeTranche: (k: number) => setTranches(tranches.filter((_, j) => j !== k)),
    cost: q.data,
    error: q.error ? describeError(q.error, t) : null,
  };
}

// ------------------------------------------------------------------ sensitivity

export function useSensitivity() {
  const { t } = useTranslation();
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const { results } = useSchemeResults();
  const pool = results.find((r) => r.entry.id === active?.id)?.result?.pool ?? null;
  const tornado = useQuestion(ds && active ? keys.tornado(ds, active.fp) : null, ({ signal }) => {
    const s = active!.scenario;
    // An automatic pool is varied around the amount it works out at.
    return client.ask({ kind: 'tornado', datasetId: ds!, scenario: pool !== null && s.annualPool === null ? { ...s, annualPool: pool } : s }, { signal });
  });
  const data = tornado.result;
  const rows = data?.bars.map((b) => ({
    name: t(`bargain.params.${b.param}`, { defaultValue: b.param }),
    low: (b.low.wageBill - data.base.wageBill) / 1e4,
    high: (b.high.wageBill - data.base.wageBill) / 1e4,
    lowRaise: b.low.medianRaise,
    highRaise: b.high.medianRaise,
  }));
  return { tornado, rows: useStable(rows ?? null), baseRaise: data?.base.medianRaise ?? null };
}

/** The fingerprint of the scheme being edited, shown so both sides can check they look at the same model. */
export function useFingerprint(): string {
  return useActiveEntry()?.fp ?? '';
}
