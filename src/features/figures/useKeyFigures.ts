/** The key figures of the scheme being edited: its result (the last one while a new version computes) and today's pay. */
import { useActiveCharts, useActiveEntry, useDataset, useSchemeResults } from '../../query/schemes';

export function useKeyFigures() {
  // The key figures follow a slider as it moves: the state as of now.
  const active = useActiveEntry(true);
  const { profile, error: profileError } = useDataset(true);
  const { results } = useSchemeResults(true);
  const mine = results.find((r) => r.entry.id === active?.id);
  const { charts, current: chartsCurrent } = useActiveCharts(true);
  // Pay cuts without a guarantee, said plainly with what the guarantee would cost (the charts answer of this scheme).
  const losses = charts && chartsCurrent && active && !active.scenario.noLossGuarantee && charts.losses.count > 0 ? charts.losses : null;
  return {
    losses,
    result: mine?.result,
    current: mine?.current ?? false,
    error: mine?.error ?? profileError,
    baseline: profile?.baseline,
    setAside: active?.setAside ?? [],
    schemeName: active?.scheme.scenario.name ?? '',
  };
}
