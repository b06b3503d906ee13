/** The multi-year projection of the scheme being edited: run on request in the worker pool, with progress and cancel. */
import { DEFAULTS } from '../../../models/defaults';
import { projectionSettings } from '../../../models/pay/projection';
import { useWorkerClient } from '../../query/EngineProvider';
import { keys } from '../../query/keys';
import { useActiveEntry, useDataset } from '../../query/schemes';
import { useQuestion } from '../../query/useQuestion';

export function useProjection() {
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const settings = active ? projectionSettings(active.scenario) : null;
  const answer = useQuestion(ds && active && settings ? keys.projection(ds, active.fp, settings) : null, ({ signal, onProgress }) => client.project(ds!, active!.scenario, settings!, { signal, onProgress }));
  // The years the title names: the scheme's (its answer has one row a year), or the default before there is a scheme.
  const span = settings?.years ?? DEFAULTS.projection.years;
  return { answer, settings, span, scheme: active?.scheme.scenario.name ?? '' };
}
