/** The schemes side by side: a row per scheme against today's pay, the pay table of every scheme overlaid, growth against the guideline. */
import { useMemo, useRef } from 'react';
import { compareRows, overlayByGrade, type CompareRow } from '../../../models/charts';
import { useActiveEntry, useDataset, useSchemeResults } from '../../query/schemes';
import { selectScheme } from '../../workspace/store';
import { billWithRewards, guidelineStatus } from '../../../models/pay/summary';
import { useInnovationAnswer } from '../innovation/useInnovation';

export interface CompareLine {
  id: string;
  name: string;
  /** The scheme's colour index. */
  color: number | undefined;
  /** null until the scheme's first result arrives. */
  row: CompareRow | null;
  current: boolean;
  error: string | null;
  /** The innovation rewards counted in this line's wage bill. */
  rewards?: { planYear: number; amount: number };
}

export function useCompare() {
  const { profile, error: profileError } = useDataset();
  const { results } = useSchemeResults();
  const active = useActiveEntry();
  const baseline = profile?.baseline;
  // Rows are rebuilt only when a shown result changes (its fingerprint), not on every render of the page.
  const shownKey = results.map((r) => `${r.entry.id}:${r.entry.scheme.color}:${r.entry.scheme.scenario.name}:${r.result?.fingerprint ?? ''}:${r.current}:${r.error ?? ''}`).join('|');
  const lines: CompareLine[] = useMemo(() => {
    if (!baseline) return [];
    return results.map((r) => {
      const row = r.result ? compareRows(baseline, [{ name: r.entry.scheme.scenario.name, summary: r.result.summary, medianRaise: r.result.medianRaiseMonthly, craftsmen: r.result.craftsmen }])[0]! : null;
      return { id: r.entry.id, name: r.entry.scheme.scenario.name, color: r.entry.scheme.color, row, current: r.current, error: r.error };
    });
  }, [baseline, shownKey]); // eslint-disable-line react-hooks/exhaustive-deps
  // The scheme being edited gives its one wage bill: with its innovation rewards where its rules count them in it (as the
  // key figures and the papers do). Only its answer is at hand; the line says so (marked *, with a note).
  const { rewardsInBill: rewards } = useInnovationAnswer();
  const shownLines = useMemo(
    () =>
      lines.map((l) => {
        if (!rewards || !baseline || !l.row || l.id !== active?.id) return l;
        const b = billWithRewards(l.row.wageBill, baseline.wageBill, rewards.amount);
        return { ...l, name: `${l.name}*`, rewards, row: { ...l.row, wageBill: b.bill, deltaBill: l.row.deltaBill + rewards.amount, growth: b.growth, status: guidelineStatus(b.growth, active.scenario.guideline) } };
      }),
    [lines, rewards?.amount, rewards?.planYear, baseline, active?.id, active?.scenario.guideline], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const shown = results.filter((r) => r.result);
  const overlay = useMemo(() => (baseline ? overlayByGrade(baseline, shown.map((r) => ({ summary: r.result!.summary }))) : []), [baseline, shownKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const view = {
    baseline,
    /** The previous sheet's comparison, kept while a new sheet's head counts are computed (dimmed, not to be used). */
    stale: false,
    lines: shownLines,
    /** The plan year's rewards in the edited scheme's line (null: none counted). */
    rewards,
    /** Bars of the overlay: `s0`, `s1`, … in the order of `overlaySeries`. */
    overlay,
    overlaySeries: shown.map((r) => ({ name: r.entry.scheme.scenario.name, color: r.entry.scheme.color })),
    guideline: active?.scheme.scenario.guideline ?? { lower: 0.02, base: 0.05, upper: 0.08 },
    activeId: active?.id ?? null,
    /** Today's employer cost (the same under every scheme's contribution rules only when they share them: taken from the first result). */
    employerCostToday: results.find((r) => r.result)?.result?.summary.employerCostCurrent ?? null,
    pick: selectScheme,
    /** What the printed comparison carries: the date, each scheme's whole fingerprint, and the workforce's. */
    stamp: { date: new Date().toISOString().slice(0, 10), schemes: results.map((r) => ({ name: r.entry.scheme.scenario.name, fingerprint: r.entry.fp })), workforce: profile?.fingerprint ?? '' },
  };
  // A new pay sheet has no head counts for a moment: the comparison stays as it was, whole and marked stale, rather than
  // leaving the page (its charts taken down and built again a second later, the page below jumping up and back).
  const last = useRef<typeof view | null>(null);
  if (baseline) last.current = view;
  // Not when the head counts failed: then there is no comparison to show.
  return !baseline && !profileError && last.current ? { ...last.current, stale: true } : view;
}
