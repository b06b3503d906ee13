/** The key figures of the scheme being edited: its result (the last one while a new version computes) and today's pay. */
import { billWithRewards, guidelineStatus } from '../../../models/pay/summary';
import type { GuidelineStatus } from '../../../models/types';
import { useActiveCharts, useActiveEntry, useDataset, useSchemeResults } from '../../query/schemes';
import { useInnovationAnswer } from '../innovation/useInnovation';
import { useQuery } from '@tanstack/react-query';
import { copyAchievements } from '../../../models/innovation/innovation';
import { useWorkerClient } from '../../query/EngineProvider';
import { keys } from '../../query/keys';
import { useInnovations } from '../../workspace/innovations';

/** The scheme's one wage bill: its pay, and the plan year's innovation rewards where its rules count them in the bill. */
export interface OneBill {
  bill: number;
  growth: number;
  status: GuidelineStatus;
  /** The rewards counted in the bill (null: none counted, no achievements, or the scheme's rules keep them beside it). */
  rewards: { planYear: number; amount: number; current: boolean } | null;
}

export function useKeyFigures() {
  // The key figures follow a slider as it moves: the state as of now.
  const active = useActiveEntry(true);
  const { profile, error: profileError } = useDataset(true);
  const { results } = useSchemeResults(true);
  // The key figures never show the figures of the pay sheet read before this one (the panels below keep theirs up, dimmed):
  // until the new sheet's come, they say they are being computed.
  const found = results.find((r) => r.entry.id === active?.id);
  const mine = found?.otherSheet ? undefined : found;
  const { charts, current: chartsCurrent } = useActiveCharts(true);
  // The innovation answer the panel asks (one query): the rewards the scheme counts in its bill join the bill the engine
  // gives for the pay.
  const { rewardsInBill } = useInnovationAnswer();
  // Pay cuts without a guarantee, said plainly with what the guarantee would cost (the charts answer of this scheme).
  const losses = charts && chartsCurrent && active && !active.scenario.noLossGuarantee && charts.losses.count > 0 ? charts.losses : null;
  const s = mine?.result?.summary;
  const baseline = profile?.baseline;
  let bill: OneBill | null = null;
  if (s && baseline && active) {
    if (rewardsInBill) {
      const b = billWithRewards(s.wageBill, baseline.wageBill, rewardsInBill.amount);
      bill = { ...b, status: guidelineStatus(b.growth, active.scenario.guideline), rewards: rewardsInBill };
    } else bill = { bill: s.wageBill, growth: s.wageBillGrowth, status: s.guidelineStatus, rewards: null };
  }
  return {
    losses,
    result: mine?.result,
    bill,
    current: (mine?.current ?? false) && (bill?.rewards?.current ?? true),
    error: mine?.error ?? profileError,
    baseline,
    setAside: active?.setAside ?? [],
    schemeName: active?.scheme.scenario.name ?? '',
  };
}

/**
 * Why the key figures are what they are (the host's `explainFigures`: each card's rule, numbers and parts), asked only
 * while a 为什么 is open, for the scheme as it is and the achievements whose rewards it counts in its bill. While a new
 * version computes, the last answer of this scheme stays up, marked not current.
 */
export function useFigureExplanations(enabled: boolean) {
  const client = useWorkerClient();
  const { ds } = useDataset();
  const active = useActiveEntry();
  const store = useInnovations();
  const counts = Boolean(active?.scenario.innovation?.inWageBill && store.achievements && store.id);
  const file = counts ? store.id! : '';
  const q = useQuery({
    queryKey: keys.explainFigures(ds ?? '', active?.fp ?? '', file, active?.id ?? ''),
    enabled: enabled && ds !== null && active !== null,
    queryFn: () => client.ask({ kind: 'explainFigures', datasetId: ds!, scenario: active!.scenario, ...(counts ? { innovation: { achievements: copyAchievements(store.achievements!), achievementsId: file } } : {}) }),
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[4] === active?.id ? prev : undefined),
  });
  return { figures: q.data?.figures ?? null, current: !q.isPlaceholderData && q.data?.fingerprint !== undefined, error: q.error };
}
