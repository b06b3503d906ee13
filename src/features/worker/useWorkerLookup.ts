/** "What happens to me?": find a worker by id or name (in the worker, not on the page), then their pay by component under every scheme. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { keys } from '../../query/keys';
import { useDataset, useSchemeEntries } from '../../query/schemes';
import type { WorkerMatch } from '../../../models/pay/profile';
import { copyAchievements } from '../../../models/innovation/innovation';
import { useInnovations } from '../../workspace/innovations';
import { useWorkerCompliance } from '../compliance/useCompliance';

export const COMPONENT_ROWS = ['current', 'position', 'skill', 'innovation', 'performance', 'raise', 'seniority', 'allowance', 'gross', 'floorTopUp', 'guaranteeTopUp'] as const;

export function useWorkerLookup() {
  const { t } = useTranslation();
  const client = useWorkerClient();
  const { ds } = useDataset();
  const entries = useSchemeEntries();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<WorkerMatch | null>(null);
  const q = query.trim();
  const matches = useQuery({
    queryKey: keys.search(ds ?? '', q),
    enabled: ds !== null && q !== '',
    queryFn: () => client.ask({ kind: 'search', datasetId: ds!, query: q, limit: 8 }, { lane: 'search' }),
    placeholderData: (prev) => prev,
  });
  // Esc closes the worker's drawer (a dialog), as it closes any dialog.
  useEffect(() => {
    if (!picked) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPicked(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picked]);
  const fps = entries.map((e) => e.fp);
  const innovations = useInnovations();
  const detail = useQuery({
    queryKey: [...keys.worker(ds ?? '', picked?.index ?? -1, fps), innovations.id],
    enabled: ds !== null && picked !== null,
    // With the achievements, each scheme's innovation rewards for this worker, and his payslip with them.
    queryFn: () => client.ask({ kind: 'worker', datasetId: ds!, scenarios: entries.map((e) => e.scenario), index: picked!.index, innovation: innovations.achievements && innovations.id ? { achievements: copyAchievements(innovations.achievements), achievementsId: innovations.id } : undefined }, { lane: 'worker' }),
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[2] === picked?.index ? prev : undefined),
  });
  const compliance = useWorkerCompliance(picked?.id ?? null);
  return {
    query,
    setQuery,
    matches: q ? (matches.data ?? []) : [],
    searched: q !== '' && matches.data !== undefined,
    picked: ds ? picked : null,
    pick: setPicked,
    close: () => setPicked(null),
    detail: detail.data ?? null,
    /** His months in the payroll ledger, under the scheme being edited as signed (履约检查), when a ledger is loaded. */
    compliance,
    error: detail.error ? describeError(detail.error, t) : null,
  };
}
