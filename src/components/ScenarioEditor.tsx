import { useTranslation } from 'react-i18next';
import { MINIMUM_WAGE_PRESETS, SETTING_NOTES } from '../../models/defaults';
import type { Scenario } from '../../models/scenario';
import { FACTORS, LEVELS, RATINGS } from '../../models/types';
import { pct, wan } from '../lib/format';
import { setWeight } from '../lib/viewModels';
import { NumberField } from './NumberField';

interface Props {
  scenario: Scenario;
  currentBill: number;
  /** The pool in use (the automatic one when the scenario leaves it empty). */
  effectivePool: number | null;
  onChange: (s: Scenario) => void;
}

const note = (path: string) => SETTING_NOTES.find((n) => n.path === path);

export function ScenarioEditor({ scenario: s, currentBill, effectivePool, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Scenario>) => onChange({ ...s, ...patch });
  const poolWan = (effectivePool ?? 0) / 1e4;
  const minWageNote = note('minimumMonthlyWage');
  return (
    <section className="editor" aria-label={t('scheme.mode')}>
      <label className="field wide">
        <span>{t('scheme.name')}</span>
        <input type="text" value={s.name} onChange={(e) => set({ name: e.target.value })} data-testid="scheme-name" />
      </label>
      <fieldset className="modes">
        <legend>{t('scheme.mode')}</legend>
        {(['pool', 'scale', 'raise'] as const).map((m) => (
          <label key={m} className="radio">
            <input type="radio" name="mode" checked={s.mode === m} onChange={() => set({ mode: m })} data-testid={`mode-${m}`} />
            {t(`scheme.${m}`)}
          </label>
        ))}
      </fieldset>

      {s.mode === 'pool' && (
        <>
          <fieldset>
            <legend>{t('scheme.annualPool')}</legend>
            <div className="pool">
              <input
                type="range"
                aria-label={t('scheme.annualPool')}
                min={Math.round((currentBill * 0.85) / 1e4)}
                max={Math.round((currentBill * 1.25) / 1e4)}
                step={1}
                value={Math.round(poolWan)}
                list="pool-marks"
                data-testid="pool-slider"
                onChange={(e) => set({ annualPool: e.target.valueAsNumber * 1e4 })}
              />
              <datalist id="pool-marks">
                {[0, s.guideline.lower, s.guideline.base, s.guideline.upper].map((g) => (
                  <option key={g} value={Math.round((currentBill * (1 + g)) / 1e4)} label={g === 0 ? t('scheme.currentBill') : pct(g)} />
                ))}
              </datalist>
              <NumberField label="" value={Math.round(poolWan * 10) / 10} step={10} min={0} onChange={(v) => set({ annualPool: v * 1e4 })} testId="pool-input" />
            </div>
            <small>
              {t('scheme.currentBill')} {wan(currentBill)} · {t('scheme.guideline')} {pct(s.guideline.lower)} / {pct(s.guideline.base)} / {pct(s.guideline.upper)} → {[s.guideline.lower, s.guideline.base, s.guideline.upper].map((g) => wan(currentBill * (1 + g))).join(' / ')} · {t('scheme.marks')}
              {s.annualPool === null && ` · ${t('scheme.poolAuto')}`}
            </small>
          </fieldset>
          <fieldset>
            <legend>{t('scheme.weights')}</legend>
            {FACTORS.map((f) => (
              <div className="weight" key={f}>
                <label htmlFor={`w-${f}`}>{t(`scheme.${f}`)}</label>
                <input
                  id={`w-${f}`}
                  type="range"
                  min={0}
                  max={100}
                  step={1}
                  value={Math.round(s.weights[f] * 100)}
                  data-testid={`weight-${f}`}
                  onChange={(e) => set({ weights: setWeight(s.weights, f, e.target.valueAsNumber / 100) })}
                />
                <input
                  type="number"
                  min={0}
                  max={100}
                  aria-label={`${t(`scheme.${f}`)} %`}
                  value={Math.round(s.weights[f] * 1000) / 10}
                  onChange={(e) => Number.isFinite(e.target.valueAsNumber) && set({ weights: setWeight(s.weights, f, e.target.valueAsNumber / 100) })}
                />
                <span>%</span>
              </div>
            ))}
          </fieldset>
          <fieldset className="grid8">
            <legend>{t('scheme.skillCoef')}</legend>
            {LEVELS.map((l) => (
              <NumberField key={l} label={t(`levels.${l}`)} value={s.skillCoefficients[l]} step={0.05} min={0.01} onChange={(v) => set({ skillCoefficients: { ...s.skillCoefficients, [l]: v } })} />
            ))}
          </fieldset>
        </>
      )}

      {s.mode === 'scale' && (
        <fieldset className="grid8">
          <legend>{t('scheme.scale')}</legend>
          <NumberField label={t('scheme.positionRate')} value={s.scale.positionRate} step={0.5} min={0} onChange={(v) => set({ scale: { ...s.scale, positionRate: v } })} />
          <NumberField label={t('scheme.innovationRate')} value={s.scale.innovationRate} step={10} min={0} onChange={(v) => set({ scale: { ...s.scale, innovationRate: v } })} />
          {LEVELS.map((l) => (
            <NumberField key={l} label={`${t('scheme.skillRates')} ${t(`levels.${l}`)}`} value={s.scale.skillRates[l]} step={50} min={0} onChange={(v) => set({ scale: { ...s.scale, skillRates: { ...s.scale.skillRates, [l]: v } } })} />
          ))}
        </fieldset>
      )}

      {s.mode === 'raise' && (
        <fieldset className="grid8">
          <legend>{t('scheme.raise')}</legend>
          <NumberField label={t('scheme.raisePct')} value={s.raise.percent * 100} step={0.5} onChange={(v) => set({ raise: { ...s.raise, percent: v / 100 } })} testId="raise-percent" />
          <NumberField label={t('scheme.raiseMin')} value={s.raise.minMonthly} step={50} min={0} onChange={(v) => set({ raise: { ...s.raise, minMonthly: v } })} />
          {LEVELS.map((l) => (
            <NumberField key={l} label={`${t('scheme.gradeExtra')} ${t(`levels.${l}`)}`} value={s.raise.gradeExtra[l] * 100} step={0.5} onChange={(v) => set({ raise: { ...s.raise, gradeExtra: { ...s.raise.gradeExtra, [l]: v / 100 } } })} />
          ))}
        </fieldset>
      )}

      {s.mode !== 'raise' && (
        <fieldset className="grid8">
          <legend>{t('scheme.perfCoef')}</legend>
          {RATINGS.map((r) => (
            <NumberField key={r} label={r} value={s.performanceCoefficients[r]} step={0.05} min={0} onChange={(v) => set({ performanceCoefficients: { ...s.performanceCoefficients, [r]: v } })} />
          ))}
          <NumberField label={t('scheme.seniority')} value={s.seniorityMonthlyPerYear} step={5} min={0} onChange={(v) => set({ seniorityMonthlyPerYear: v })} />
          <NumberField label={t('scheme.seniorityCap')} value={s.seniorityCapYears} step={1} min={0} onChange={(v) => set({ seniorityCapYears: v })} />
        </fieldset>
      )}

      <fieldset className="grid8">
        <legend>{t('scheme.minWage')}</legend>
        <NumberField label={t('scheme.minWage')} value={s.minimumMonthlyWage} step={10} min={0} onChange={(v) => set({ minimumMonthlyWage: v })} testId="min-wage" />
        <label className="field">
          <span>&nbsp;</span>
          <select value="" onChange={(e) => e.target.value && set({ minimumMonthlyWage: Number(e.target.value) })} aria-label={t('scheme.minWage')}>
            <option value="">…</option>
            {MINIMUM_WAGE_PRESETS.map((p) => (
              <option key={p.label} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={s.noLossGuarantee} onChange={(e) => set({ noLossGuarantee: e.target.checked })} data-testid="no-loss" />
          {t('scheme.noLoss')}
        </label>
        {minWageNote && (
          <small className="note">
            {t('scheme.source')}: {minWageNote.source} ({minWageNote.asOf})
          </small>
        )}
      </fieldset>
      <fieldset className="grid8">
        <legend>{t('scheme.guideline')}</legend>
        {(['lower', 'base', 'upper'] as const).map((k) => (
          <NumberField key={k} label={k} value={s.guideline[k] * 100} step={0.5} onChange={(v) => {
            const g = { ...s.guideline, [k]: v / 100 };
            if (g.lower <= g.base && g.base <= g.upper) set({ guideline: g });
          }} suffix="%" />
        ))}
        <small className="note">{note('guideline')?.source}</small>
      </fieldset>
    </section>
  );
}
