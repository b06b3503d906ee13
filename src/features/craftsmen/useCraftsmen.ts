/**
 * Master craftsmen: the candidates and the package cards of the scheme being
 * edited, answered by the engine (cash, equity value, rules, sensitivity),
 * and the edits. Packages of workers absent from the workforce are kept in
 * the scheme and listed as set aside.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromTemplate, packageByYear, PACKAGE_TEMPLATES, type CraftsmanDetail, type PackageTemplate } from '../../../models/craftsmen';
import { RULE_TEXT } from '../../../models/equityRules';
import type { CraftsmanPackage, EquityGrant } from '../../../models/scenario';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { keys } from '../../query/keys';
import { useActiveEntry, useDataset } from '../../query/schemes';
import { useQuestion } from '../../query/useQuestion';
import { editScheme } from '../../workspace/store';

const SIMULATION_PATHS = 20_000;
const SIMULATION_SEED = 1;

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
  const report = useQuery({
    queryKey: keys.craftsmen(ds ?? '', active?.fp ?? ''),
    enabled: ds !== null && active !== null,
    queryFn: () => client.ask({ kind: 'craftsmen', datasetId: ds!, scenario: active!.scenario }, { lane: 'craftsmen' }),
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[1] === ds ? prev : undefined),
  });
  const candidates = useQuery({
    queryKey: keys.candidates(ds ?? '', minLevel, query, taken),
    enabled: ds !== null,
    queryFn: () => client.ask({ kind: 'candidates', datasetId: ds!, minLevel, query, taken, limit: 8 }, { lane: 'candidates' }),
    placeholderData: (prev) => prev,
  });
  if (!active || !s) return null;
  const setPackages = (craftsmen: CraftsmanPackage[], key: string) => editScheme(active.id, { ...s, craftsmen }, { key });
  const details = new Map((report.data?.packages ?? []).map((d) => [d.id, d]));
  return {
    scenario: s,
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
    cards: s.craftsmen
      .filter((c) => !active.setAside.includes(c))
      .map((pkg) => ({ pkg, detail: details.get(pkg.id) ?? null })),
    sharesOutstanding: s.equityPlan?.sharesOutstanding ?? null,
    setSharesOutstanding: (v: number) => editScheme(active.id, { ...s, equityPlan: { sharesOutstanding: v, existingPlanShares: s.equityPlan?.existingPlanShares ?? 0 } }, { key: 'sharesOutstanding' }),
    add: (c: { id: string; monthlyPay: number }) => setPackages([...s.craftsmen, fromTemplate(template, c.id, 12 * c.monthlyPay)], `add-${c.id}`),
    update: (id: string, next: CraftsmanPackage, field: string) => setPackages(s.craftsmen.map((c) => (c.id === id ? next : c)), `pkg-${id}-${field}`),
    remove: (id: string) => setPackages(s.craftsmen.filter((c) => c.id !== id), `remove-${id}`),
  };
}

export type CraftsmenPanelModel = NonNullable<ReturnType<typeof useCraftsmenPanel>>;

/** One card: its simulation (run on request, kept for exactly this grant) and cash or equity by year. */
export function usePackageCard(pkg: CraftsmanPackage, detail: CraftsmanDetail | null) {
  const client = useWorkerClient();
  const active = useActiveEntry();
  const grant: EquityGrant | undefined = pkg.equity;
  // The simulation belongs to the grant it was run on: change the grant and it is another question.
  const sim = useQuestion(grant ? keys.equity(grant, SIMULATION_PATHS, SIMULATION_SEED) : null, ({ signal, onProgress }) => client.equityMonteCarlo(grant!, SIMULATION_PATHS, SIMULATION_SEED, { signal, onProgress }));
  const mc = sim.result;
  const years = detail && active ? packageByYear(pkg, detail.rating, active.scenario, 5, mc?.atVesting ?? []) : [];
  return {
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
  };
}
