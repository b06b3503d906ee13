/**
 * Master craftsmen: the candidates and the package cards of the scheme being
 * edited, answered by the engine (cash, equity value, rules, sensitivity),
 * and the edits. Packages of workers absent from the workforce are kept in
 * the scheme and listed as set aside.
 *
 * The cards depend only on the packages, the rating coefficients and the
 * share capital: the engine's answer is keyed by those, so moving the pool or
 * a weight redraws no card.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalJson, sha256Hex } from '../../../models/fingerprint';
import { fromTemplate, packageByYear, PACKAGE_TEMPLATES, type CraftsmanDetail, type PackageTemplate } from '../../../models/craftsmen/craftsmen';
import { RULE_TEXT } from '../../../models/craftsmen/equityRules';
import type { CraftsmanPackage, EquityGrant, Scenario } from '../../../models/pay/scenario';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { keys } from '../../query/keys';
import { useActiveEntry, useDataset, useSchemeSetting } from '../../query/schemes';
import { useQuestion } from '../../query/useQuestion';
import { editScheme, useWorkspace } from '../../workspace/store';

const SIMULATION_PATHS = 20_000;
const SIMULATION_SEED = 1;

/** Change the scheme being edited as it is when the action runs (so the actions never change, and cards need not redraw). */
function changeActive(key: string, next: (s: Scenario) => Scenario): void {
  const st = useWorkspace.getState();
  const scheme = st.schemes.find((x) => x.id === st.activeId) ?? st.schemes[0];
  if (scheme) editScheme(scheme.id, next(scheme.scenario), { key });
}

export const craftsmanActions = {
  /** Change one package: `next` is given the package as the workspace holds it at that moment. */
  update: (id: string, next: (pkg: CraftsmanPackage) => CraftsmanPackage, field: string) => changeActive(`pkg-${id}-${field}`, (s) => ({ ...s, craftsmen: s.craftsmen.map((c) => (c.id === id ? next(c) : c)) })),
  remove: (id: string) => changeActive(`remove-${id}`, (s) => ({ ...s, craftsmen: s.craftsmen.filter((c) => c.id !== id) })),
};

export function useCraftsmenPanel() {
  const { t } = useTranslation();
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const [minLevel, setMinLevel] = useState(5);
  const [query, setQuery] = useState('');
  const [template, setTemplate] = useState<PackageTemplate>('chief-annual');
  const s = active?.scheme.scenario;
  const taken = s?.craftsmen.map((c) => c.id) ?? [];
  const sc = active?.scenario;
  // What the cards depend on, and nothing else.
  const cardsKey = sc ? sha256Hex(canonicalJson({ craftsmen: sc.craftsmen, performance: sc.performanceCoefficients, plan: sc.equityPlan ?? null })) : '';
  const report = useQuery({
    queryKey: keys.craftsmen(ds ?? '', cardsKey),
    enabled: ds !== null && active !== null,
    queryFn: () => client.ask({ kind: 'craftsmen', datasetId: ds!, scenario: sc! }, { lane: 'craftsmen' }),
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[1] === ds ? prev : undefined),
  });
  const candidates = useQuery({
    queryKey: keys.candidates(ds ?? '', minLevel, query, taken),
    enabled: ds !== null,
    queryFn: () => client.ask({ kind: 'candidates', datasetId: ds!, minLevel, query, taken, limit: 8 }, { lane: 'candidates' }),
    placeholderData: (prev) => prev,
  });
  // The packages in the cards' fields and the shares outstanding: the scheme as it is now (the engine's answers about
  // them are the deferred view's), so a field never shows an older value after its own commit.
  const packagesNow = useSchemeSetting(active?.id, (x) => x.craftsmen);
  const planNow = useSchemeSetting(active?.id, (x) => x.equityPlan ?? null);
  if (!active || !s) return null;
  const details = new Map((report.data?.packages ?? []).map((d) => [d.id, d]));
  const setAside = new Set(active.setAside.map((c) => c.id));
  return {
    scenario: s,
    performance: s.performanceCoefficients,
    setAside: active.setAside,
    minLevel,
    setMinLevel,
    query,
    setQuery,
    template,
    setTemplate,
    templates: PACKAGE_TEMPLATES,
    candidates: candidates.data ?? [],
    planWarnings: (report.data?.planWarnings ?? []).map((w) => ({ ...w, text: RULE_TEXT[w.rule] })),
    error: report.error ? describeError(report.error, t) : null,
    /** The cards, in the scheme's order; `detail` is the engine's answer (absent until it arrives). */
    cards: (packagesNow ?? s.craftsmen).filter((c) => !setAside.has(c.id)).map((pkg) => ({ pkg, detail: details.get(pkg.id) ?? null })),
    sharesOutstanding: (planNow === undefined ? s.equityPlan : planNow)?.sharesOutstanding ?? null,
    setSharesOutstanding: (v: number) => changeActive('sharesOutstanding', (x) => ({ ...x, equityPlan: { sharesOutstanding: v, existingPlanShares: x.equityPlan?.existingPlanShares ?? 0 } })),
    add: (c: { id: string; monthlyPay: number }) => changeActive(`add-${c.id}`, (x) => ({ ...x, craftsmen: [...x.craftsmen, fromTemplate(template, c.id, 12 * c.monthlyPay)] })),
  };
}

export type CraftsmenPanelModel = NonNullable<ReturnType<typeof useCraftsmenPanel>>;

/** One card: its simulation (run on request, kept for exactly this grant) and cash or equity by year. */
export function usePackageCard(pkg: CraftsmanPackage, detail: CraftsmanDetail | null, performance: Scenario['performanceCoefficients']) {
  const client = useWorkerClient();
  const grant: EquityGrant | undefined = pkg.equity;
  // The simulation belongs to the grant it was run on: change the grant and it is another question.
  const sim = useQuestion(grant ? keys.equity(grant, SIMULATION_PATHS, SIMULATION_SEED) : null, ({ signal, onProgress }) => client.equityMonteCarlo(grant!, SIMULATION_PATHS, SIMULATION_SEED, { signal, onProgress }));
  const mc = sim.result;
  const years = detail ? packageByYear(pkg, detail.rating, { performanceCoefficients: performance } as Scenario, 5, mc?.atVesting ?? []) : [];
  return {
    /** Where a craftsman's annual pay usually lies (元 a year): below two thousand a month or above ten million, the field asks to check. */
    plausibleAnnual: [24_000, 10_000_000] as [number, number],
    sim,
    mc,
    paths: SIMULATION_PATHS,
    years,
    warnings: (detail?.warnings ?? []).map((w) => ({ ...w, text: RULE_TEXT[w.rule] })),
    vesting: (detail?.result.equity?.expenseByYear ?? []).map((expense, y) => ({
      year: y + 1,
      fraction: grant ? grant.vesting.filter((v) => v.years === y + 1).reduce((a, v) => a + v.fraction, 0) : 0,
      expense,
      atVest: mc?.atVesting.find((v) => v.years === y + 1) ?? null,
    })),
    update: craftsmanActions.update,
    remove: craftsmanActions.remove,
  };
}
