/**
 * The scheme editor's data and actions: the scheme being edited, the numbers
 * the editor shows (pool in 万元 and as growth over today's bill, weights
 * that add up to exactly 100 %), and one action per field. Every edit goes to
 * the workspace store with a key, so a run of keystrokes or a slider drag is
 * one undo step.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { CONTRIBUTION_PRESETS, isOld } from '../../../models/takehome/contributions';
import { MINIMUM_WAGE_PRESETS, SETTING_NOTES } from '../../../models/defaults';
import { TAX_LAW } from '../../../models/takehome/takehome';
import { useWorkerClient } from '../../query/EngineProvider';
import type { Scenario } from '../../../models/pay/scenario';
import { displayPercents, setWeight } from '../../../models/pay/scheme';
import type { Factor, Level, Rating } from '../../../models/types';

const NO_ALLOWANCES: NonNullable<Scenario['allowances']> = { byGrade: { L1: 0, L2: 0, L3: 0, L4: 0, L5: 0, L6: 0, L7: 0, L8: 0 }, perApprentice: 0, teamLeader: 0, formula: null };
import { useActiveEntry, useDataset, useSchemeResults } from '../../query/schemes';
import { editScheme, renameScheme } from '../../workspace/store';

export type GuidelineKey = 'lower' | 'base' | 'upper';

export function useSchemeEditor() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  // The editor follows every keystroke: the state as of now, not the deferred one the panels draw.
  const active = useActiveEntry(true);
  const { profile } = useDataset(true);
  const { results } = useSchemeResults(true);
  const client = useWorkerClient();
  // The allowance formula is checked by the engine (its parser lives in the worker): what is wrong and where.
  const formula = active?.scheme.scenario.allowances?.formula ?? null;
  const formulaCheck = useQuery({
    queryKey: ['formula', formula],
    enabled: formula !== null,
    queryFn: () => client.ask({ kind: 'formula', text: formula! }),
    staleTime: Infinity,
  });
  if (!active) return null;
  // The scheme as it applies on this workforce (its pool carried over), with every craftsman package it names.
  const written = active.scheme.scenario;
  const s: Scenario = { ...active.scenario, craftsmen: written.craftsmen };
  const id = active.id;
  const bill = profile?.currentBill ?? 0;
  const result = results.find((r) => r.entry.id === id)?.result;
  // An automatic pool (none set) is the one the engine works out; a pool set is known at once.
  const effectivePool = s.annualPool !== null ? s.annualPool : result?.mode === 'pool' ? (result.pool ?? null) : null;
  // Every edit is applied to the scheme as it is in the store when the edit lands (not as this render saw it), so two quick edits never undo each other.
  const edit = (patch: Partial<Scenario> | ((cur: Scenario) => Partial<Scenario>), key: string, setNow = false) =>
    editScheme(id, (cur) => ({ ...cur, ...(typeof patch === 'function' ? patch(cur) : patch) }), { key, setNow });
  const guideline = s.guideline;
  return {
    id,
    scenario: s,
    setAside: active.setAside,
    currentBill: bill,
    /** The pool in use: the scheme's, or the automatic one (guideline base line) when it leaves it empty. */
    pool: effectivePool,
    poolAuto: s.annualPool === null,
    /** The pool as written on another workforce's wage bill, when it was carried to this one. */
    poolCarried: written.annualPool !== null && s.annualPool !== written.annualPool && written.basis ? { written: written.annualPool, bill: written.basis.wageBill } : null,
    poolGrowth: effectivePool !== null && bill > 0 ? effectivePool / bill - 1 : null,
    /** Slider range and marks (today's bill and the three guideline lines), in 万元. */
    slider: { min: Math.round((bill * 0.85) / 1e4), max: Math.round((bill * 1.25) / 1e4), marks: [0, guideline.lower, guideline.base, guideline.upper].map((g) => ({ growth: g, wan: Math.round((bill * (1 + g)) / 1e4) })) },
    weightsShown: displayPercents(s.weights, 1),
    /** Where each default comes from, in the page's language. */
    notes: Object.fromEntries(SETTING_NOTES.map((n) => [n.path, { ...n, source: n.source[lang] }])),
    minWagePresets: MINIMUM_WAGE_PRESETS.map((p) => ({ ...p, label: p.label[lang], old: isOld(p.asOf) })),
    rename: (name: string) => (renameScheme(id, name) === null ? t('field.nameEmpty') : null),
    setMode: (mode: Scenario['mode']) => edit({ mode }, 'mode'),
    setPool: (yuan: number) => edit({ annualPool: Math.round(yuan) }, 'pool', true),
    setPoolGrowth: (growth: number) => edit({ annualPool: Math.round(bill * (1 + growth)) }, 'pool', true),
    setWeight: (f: Factor, share: number) => edit((c) => ({ weights: setWeight(c.weights, f, share) }), `weight-${f}`),
    setSkillCoef: (l: Level, v: number) => edit((c) => ({ skillCoefficients: { ...c.skillCoefficients, [l]: v } }), `skill-${l}`),
    setPerfCoef: (r: Rating, v: number) => edit((c) => ({ performanceCoefficients: { ...c.performanceCoefficients, [r]: v } }), `perf-${r}`),
    setScale: (patch: Partial<Scenario['scale']>, key: string) => edit((c) => ({ scale: { ...c.scale, ...patch } }), key),
    setSkillRate: (l: Level, v: number) => edit((c) => ({ scale: { ...c.scale, skillRates: { ...c.scale.skillRates, [l]: v } } }), `rate-${l}`),
    setRaise: (patch: Partial<Scenario['raise']>, key: string) => edit((c) => ({ raise: { ...c.raise, ...patch } }), key),
    setGradeExtra: (l: Level, v: number) => edit((c) => ({ raise: { ...c.raise, gradeExtra: { ...c.raise.gradeExtra, [l]: v } } }), `extra-${l}`),
    /** Allowances (津贴), 元 a month: the scheme's, or none. */
    allowances: s.allowances ?? NO_ALLOWANCES,
    setAllowanceGrade: (l: Level, v: number) => {
      edit((c) => {
        const a = c.allowances ?? NO_ALLOWANCES;
        return { allowances: { ...a, byGrade: { ...a.byGrade, [l]: v } } };
      }, `allow-${l}`);
    },
    setAllowance: (patch: Partial<Omit<NonNullable<Scenario['allowances']>, 'byGrade'>>, key: string) => edit((c) => ({ allowances: { ...(c.allowances ?? NO_ALLOWANCES), ...patch } }), key),
    setFormula: (text: string) => edit((c) => ({ allowances: { ...(c.allowances ?? NO_ALLOWANCES), formula: text.trim() === '' ? null : text.trim() } }), 'formula'),
    formulaProblem: formula !== null && formulaCheck.data && !formulaCheck.data.ok ? formulaCheck.data : null,
    /** The formula reads, but its value for a worker cannot be used (not a finite number, out of bounds): said at the field. */
    formulaValue: result === undefined ? (results.find((r) => r.entry.id === id)?.formulaValue ?? null) : null,
    /** Take-home settings: the contribution preset (and how old it is), the bonus regime, deductions. */
    contributionPresets: CONTRIBUTION_PRESETS.map((p) => ({ id: p.id, label: p.label[lang], old: isOld(p.asOf), asOf: p.asOf, verified: p.verified })),
    preset: (() => {
      const p = CONTRIBUTION_PRESETS.find((x) => x.id === s.takeHome?.contributions?.preset) ?? CONTRIBUTION_PRESETS[0]!;
      return { id: p.id, source: p.source[lang], asOf: p.asOf, old: isOld(p.asOf), verified: p.verified, edited: Boolean(s.takeHome?.contributions && Object.keys(s.takeHome.contributions).some((k) => k !== 'preset')) };
    })(),
    bonusApart: s.takeHome?.bonusApart ?? true,
    deductionsMonthly: s.takeHome?.deductionsMonthly ?? 0,
    setPreset: (id: string) => edit((c) => ({ takeHome: { bonusApart: true, deductionsMonthly: 0, ...c.takeHome, contributions: { preset: id } } }), 'preset'),
    setBonusApart: (v: boolean) => edit((c) => ({ takeHome: { deductionsMonthly: 0, ...c.takeHome, bonusApart: v } }), 'bonusApart'),
    setDeductions: (v: number) => edit((c) => ({ takeHome: { bonusApart: true, ...c.takeHome, deductionsMonthly: v } }), 'deductions'),
    taxSource: `${TAX_LAW.source[lang]} (${TAX_LAW.asOf})`,
    setSeniority: (v: number) => edit({ seniorityMonthlyPerYear: v }, 'seniority'),
    setSeniorityCap: (v: number) => edit({ seniorityCapYears: v }, 'seniorityCap'),
    setMinWage: (v: number) => edit({ minimumMonthlyWage: v }, 'minWage'),
    setNoLoss: (v: boolean) => edit({ noLossGuarantee: v }, 'noLoss'),
    setGuideline: (k: GuidelineKey, v: number) => edit((c) => ({ guideline: { ...c.guideline, [k]: v } }), `guideline-${k}`),
    /** Why a guideline value (in %) cannot be used: the three lines must stay in order. */
    guidelineCheck: (k: GuidelineKey) => (pct: number) => {
      const g = { ...guideline, [k]: pct / 100 };
      return g.lower <= g.base && g.base <= g.upper ? null : t('field.guidelineOrder');
    },
  };
}

export type SchemeEditorModel = NonNullable<ReturnType<typeof useSchemeEditor>>;
