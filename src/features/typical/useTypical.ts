/**
 * Typical workers (典型职工): the list (saved with the workspace; the default
 * one until it is edited), and each of them under every scheme, asked of the
 * engine for all schemes at once and keyed to their fingerprints.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NO_DEDUCTIONS } from '../../../models/takehome/takehome';
import { defaultTypicalWorkers, type TypicalWorker } from '../../../models/pay/typical';
import type { Level } from '../../../models/types';
import { useWorkerClient } from '../../query/EngineProvider';
import { describeError } from '../../query/errors';
import { useDataset, useSchemeEntries } from '../../query/schemes';
import { setTypical, useWorkspace } from '../../workspace/store';

export function useTypical() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const client = useWorkerClient();
  const { ds } = useDataset();
  const entries = useSchemeEntries();
  const saved = useWorkspace((s) => s.typical);
  const list = saved ?? defaultTypicalWorkers(lang);
  const q = useQuery({
    queryKey: ['typical', ds, entries.map((e) => e.fp), list],
    enabled: ds !== null && entries.length > 0,
    queryFn: () => client.ask({ kind: 'typical', datasetId: ds!, scenarios: entries.map((e) => e.scenario), typical: list }, { lane: 'typical' }),
    placeholderData: (prev) => prev,
  });
  // Each edit is built on the list as the workspace holds it when it lands (two fields committed at once both stay).
  const update = (k: number, patch: (x: TypicalWorker) => Partial<TypicalWorker>, key: string) =>
    setTypical((useWorkspace.getState().typical ?? list).map((x, j) => (j === k ? { ...x, ...patch(x) } : x)), `typical-${k}-${key}`);
  return {
    list,
    rows: q.data ?? null,
    current: !q.isPlaceholderData,
    error: q.error ? describeError(q.error, t) : null,
    rename: (k: number, label: string) => (label.trim() ? (update(k, () => ({ label: label.trim() }), 'label'), null) : t('field.nameEmpty')),
    setPick: (k: number, value: string) => update(k, () => ({ pick: value === 'craftsman' ? { kind: 'craftsman' } : value.startsWith('id:') ? { kind: 'id', id: value.slice(3) } : { kind: 'grade', level: value as Level } }), 'pick'),
    setDeduction: (k: number, field: keyof TypicalWorker['deductions'], v: number) => update(k, (x) => ({ deductions: { ...x.deductions, [field]: v } }), field),
    add: () => setTypical([...list, { label: t('typical.newLabel'), pick: { kind: 'grade', level: 'L3' }, deductions: NO_DEDUCTIONS }]),
    remove: (k: number) => setTypical(list.filter((_, j) => j !== k)),
    reset: () => setTypical(defaultTypicalWorkers(lang)),
    edited: saved !== undefined,
  };
}
