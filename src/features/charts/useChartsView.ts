/** What the charts of the scheme being edited draw: aggregates built in the worker, labelled here. */
import { useActiveCharts, useActiveEntry } from '../../query/schemes';

export function useChartsView() {
  const active = useActiveEntry();
  const { charts, current, error } = useActiveCharts();
  return { charts, current, error, scheme: active?.scheme.scenario.name ?? '', color: active?.scheme.color };
}
