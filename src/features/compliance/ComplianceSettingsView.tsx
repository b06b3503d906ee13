/** What 履约检查 holds the payroll to beyond the scheme: the minimum wage by month and the law's other figures, each with its source. Draws only. */
import { useTranslation } from 'react-i18next';
import { num } from '../../lib/format';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';
import { useComplianceSettings } from './useComplianceSettings';

export function ComplianceSettingsView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const m = useComplianceSettings();
  const s = m.settings;
  const b = m.bounds;
  const source = (k: keyof typeof m.rules) => {
    const r = m.rules[k];
    return r.cite.verified ? r.cite[lang] : t('compliance.settings.unverifiedMark', { text: r.cite[lang] });
  };
  const mw = [...m.steps].sort((x, y) => (x.from < y.from ? -1 : 1)).map((x) => t('compliance.settings.step', { from: x.from, monthly: num(x.monthly) })).join(t('compliance.listSep'));
  return (
    <details className="compliance-settings" data-testid="compliance-settings">
      <summary data-testid="compliance-settings-summary">
        {t('compliance.settings.summary', { mw, payDay: s.payDay })}
        {!m.isDefault && ` ${t('compliance.settings.changed')}`}
      </summary>
      <p className="note">{t('compliance.settings.mwNote')}</p>
      <div className="mw-steps" role="group" aria-label={t('compliance.settings.mwTitle')}>
        {m.steps.map((x, i) => (
          <div className="row mw-step" key={i} data-testid={`compliance-mw-${i}`}>
            <TextField label={t('compliance.settings.from')} value={x.from} onCommit={(v) => m.setFrom(i, v)} maxLength={7} testId={`compliance-mw-from-${i}`} className="month" />
            <NumberField label={t('compliance.settings.monthly')} value={x.monthly} min={b.monthly[0]} minExclusive max={b.monthly[1]} step={10} decimals={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setMonthly(i, v)} testId={`compliance-mw-monthly-${i}`} />
            <TextField label={x.verified ? t('compliance.settings.source') : t('compliance.settings.unverifiedMark', { text: t('compliance.settings.source') })} value={x.source} onCommit={(v) => m.setSource(i, v)} maxLength={200} testId={`compliance-mw-source-${i}`} className="source" />
            <button className="secondary" disabled={m.steps.length <= 1} onClick={() => m.removeStep(i)} aria-label={t('compliance.settings.removeStep', { from: x.from })} data-testid={`compliance-mw-remove-${i}`}>
              {t('compliance.settings.remove')}
            </button>
          </div>
        ))}
        <button className="secondary" onClick={m.addStep} data-testid="compliance-mw-add">
          {t('compliance.settings.addStep')}
        </button>
      </div>
      <div className="settings-grid">
        <NumberField label={t('compliance.settings.payDay')} value={s.payDay} integer min={b.payDay[0]} max={b.payDay[1]} step={1} decimals={0} onCommit={(v) => m.setNumber('payDay', v)} testId="compliance-pay-day" />
        <NumberField label={t('compliance.settings.paidDays')} value={s.paidDaysPerMonth} min={b.paidDaysPerMonth[0]} max={b.paidDaysPerMonth[1]} step={0.25} decimals={2} onCommit={(v) => m.setNumber('paidDaysPerMonth', v)} testId="compliance-paid-days" />
        <NumberField label={t('compliance.settings.hours')} value={s.hoursPerDay} min={b.hoursPerDay[0]} max={b.hoursPerDay[1]} step={0.5} decimals={1} onCommit={(v) => m.setNumber('hoursPerDay', v)} testId="compliance-hours" />
        {([0, 1, 2] as const).map((i) => (
          <NumberField key={i} label={t(`compliance.settings.overtime${i}`)} value={s.overtimeRates[i]} scale={100} min={b.overtimeRate[0] * 100} max={b.overtimeRate[1] * 100} step={10} decimals={0} unit="%" onCommit={(v) => m.setOvertime(i, v)} testId={`compliance-overtime-${i}`} />
        ))}
        <NumberField label={t('compliance.settings.deduction')} value={s.deductionShare} scale={100} min={b.deductionShare[0] * 100} max={b.deductionShare[1] * 100} step={1} decimals={0} unit="%" onCommit={(v) => m.setNumber('deductionShare', v)} testId="compliance-deduction-share" />
        <NumberField label={t('compliance.settings.tolerance')} value={s.tolerance} min={b.tolerance[0]} max={b.tolerance[1]} step={1} decimals={2} unit={t('units.yuan')} onCommit={(v) => m.setNumber('tolerance', v)} testId="compliance-tolerance" />
      </div>
      <ul className="note sources">
        <li>{t('compliance.settings.payDaySource', { source: source('payDay') })}</li>
        <li>{t('compliance.settings.paidDaysSource', { source: source('paidDaysPerMonth') })}</li>
        <li>{t('compliance.settings.overtimeSource', { source: source('overtimeRates') })}</li>
        <li>{t('compliance.settings.deductionSource', { source: source('deductionShare') })}</li>
      </ul>
      <button className="secondary" disabled={m.isDefault} onClick={m.reset} data-testid="compliance-settings-reset">
        {t('compliance.settings.reset')}
      </button>
    </details>
  );
}
