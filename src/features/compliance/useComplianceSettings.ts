/**
 * What 履约检查 holds the payroll to beyond the scheme: the minimum wage by month at the enterprise's location (dated
 * steps, each with its source), the pay day, paid days in a month, hours in a day, the overtime rates, the most that
 * may be deducted for a loss, and the rounding not reported. Saved with the workspace; every field refused with its
 * reason when it cannot be used (the bounds are the CLI's, models/compliance/rules.ts).
 */
import { useTranslation } from 'react-i18next';
import { COMPLIANCE_BOUNDS, COMPLIANCE_RULES, DEFAULT_COMPLIANCE, MONTH_TEXT, monthIndex, monthText, type ComplianceSettings, type MinimumWageStep } from '../../../models/compliance';
import { setComplianceSettings, useWorkspace } from '../../workspace/store';

export type NumberSetting = 'payDay' | 'paidDaysPerMonth' | 'hoursPerDay' | 'deductionShare' | 'tolerance';

export function useComplianceSettings() {
  const { t, i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  const settings = useWorkspace((s) => s.compliance) ?? DEFAULT_COMPLIANCE;
  const put = (next: ComplianceSettings, key: string) => setComplianceSettings(next, key);
  const steps = settings.minimumWage;
  const setStep = (i: number, patch: Partial<MinimumWageStep>, key: string) => {
    // A figure the user changes is his, not the one the source note vouched for.
    const next = steps.map((s, j) => (j === i ? { ...s, ...patch, ...(patch.from !== undefined || patch.monthly !== undefined ? { verified: false } : {}) } : s));
    put({ ...settings, minimumWage: next }, `mw-${i}-${key}`);
  };
  return {
    settings,
    // The column map is how the files are read, not a standard: the reset keeps it, and it does not count here.
    isDefault: settings === DEFAULT_COMPLIANCE || JSON.stringify({ ...settings, ledgerColumns: undefined }) === JSON.stringify(DEFAULT_COMPLIANCE),
    steps,
    /** The months the steps take effect, as typed: refused when not YYYY-MM or already another step's. */
    setFrom: (i: number, text: string): string | null => {
      const v = text.trim();
      if (!MONTH_TEXT.safeParse(v).success) return t('compliance.settings.badMonth');
      if (steps.some((s, j) => j !== i && s.from === v)) return t('compliance.settings.sameMonth', { month: v });
      setStep(i, { from: v }, 'from');
      return null;
    },
    setMonthly: (i: number, v: number) => setStep(i, { monthly: v }, 'monthly'),
    setSource: (i: number, text: string): string | null => {
      if (text.length > 200) return t('compliance.settings.tooLong');
      setStep(i, { source: text.trim() }, 'source');
      return null;
    },
    /** A new step a year after the latest, at its amount: the user types the new figure and its notice. */
    addStep: () => {
      const last = steps.reduce((a, s) => Math.max(a, monthIndex(s.from)), -Infinity);
      const at = steps.find((s) => monthIndex(s.from) === last)!;
      let from = last + 12;
      while (steps.some((s) => monthIndex(s.from) === from)) from++;
      put({ ...settings, minimumWage: [...steps, { from: monthText(from), monthly: at.monthly, source: zh ? '(请填写文件名称和文号)' : '(the notice and its number)', verified: false }] }, 'mw-add');
    },
    removeStep: (i: number) => {
      if (steps.length <= 1) return;
      put({ ...settings, minimumWage: steps.filter((_, j) => j !== i) }, 'mw-remove');
    },
    setNumber: (key: NumberSetting, v: number) => put({ ...settings, [key]: v }, key),
    setOvertime: (i: 0 | 1 | 2, v: number) => {
      const rates = [...settings.overtimeRates] as ComplianceSettings['overtimeRates'];
      rates[i] = v;
      put({ ...settings, overtimeRates: rates }, `overtime-${i}`);
    },
    reset: () => put(settings.ledgerColumns ? { ...DEFAULT_COMPLIANCE, ledgerColumns: settings.ledgerColumns } : DEFAULT_COMPLIANCE, 'reset'),
    bounds: COMPLIANCE_BOUNDS,
    rules: COMPLIANCE_RULES,
  };
}
