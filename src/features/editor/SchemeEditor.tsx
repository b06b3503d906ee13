/** The scheme editor: every field of the scheme being edited. Draws what useSchemeEditor gives; edits go back through it. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FACTORS, LEVELS, RATINGS } from '../../../models/types';
import { pct, wan, type Lang } from '../../lib/format';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';
import { useSchemeEditor, type SchemeEditorModel } from './useSchemeEditor';

export const SchemeEditor = memo(function SchemeEditor() {
  const m = useSchemeEditor();
  const { t } = useTranslation();
  if (!m) return null;
  const s = m.scenario;
  return (
    <section className="editor" aria-label={t('scheme.editor')}>
      <TextField label={t('scheme.name')} value={s.name} onCommit={m.rename} testId="scheme-name" className="wide" />
      <fieldset className="modes">
        <legend>{t('scheme.mode')}</legend>
        {(['pool', 'scale', 'raise'] as const).map((mode) => (
          <label key={mode} className="radio">
            <input type="radio" name="mode" checked={s.mode === mode} onChange={() => m.setMode(mode)} data-testid={`mode-${mode}`} />
            {t(`scheme.${mode}`)}
          </label>
        ))}
      </fieldset>
      {s.mode === 'pool' && <PoolFields m={m} />}
      {s.mode === 'scale' && (
        <fieldset className="grid8">
          <legend>{t('scheme.scale')}</legend>
          <NumberField label={t('scheme.positionRate')} value={s.scale.positionRate} step={0.5} min={0} unit={t('units.yuanPerPointMonth')} onCommit={(v) => m.setScale({ positionRate: v }, 'positionRate')} />
          <NumberField label={t('scheme.innovationRate')} value={s.scale.innovationRate} step={10} min={0} unit={t('units.yuanPerPointYear')} onCommit={(v) => m.setScale({ innovationRate: v }, 'innovationRate')} />
          {LEVELS.map((l) => (
            <NumberField key={l} label={`${t('scheme.skillRates')} ${t(`levels.${l}`)}`} value={s.scale.skillRates[l]} step={50} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setSkillRate(l, v)} />
          ))}
        </fieldset>
      )}
      {s.mode === 'raise' && (
        <fieldset className="grid8">
          <legend>{t('scheme.raise')}</legend>
          <NumberField label={t('scheme.raisePct')} value={s.raise.percent} scale={100} decimals={2} step={0.5} min={-100} max={1000} unit="%" onCommit={(v) => m.setRaise({ percent: v }, 'percent')} testId="raise-percent" />
          <NumberField label={t('scheme.raiseMin')} value={s.raise.minMonthly} step={50} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setRaise({ minMonthly: v }, 'minMonthly')} />
          {LEVELS.map((l) => (
            <NumberField key={l} label={`${t('scheme.gradeExtra')} ${t(`levels.${l}`)}`} value={s.raise.gradeExtra[l]} scale={100} decimals={2} step={0.5} min={-100} max={1000} unit="%" onCommit={(v) => m.setGradeExtra(l, v)} />
          ))}
        </fieldset>
      )}
      {s.mode !== 'raise' && (
        <fieldset className="grid8">
          <legend>{t('scheme.perfCoef')}</legend>
          {RATINGS.map((r) => (
            <NumberField key={r} label={t(`ratings.${r}`)} value={s.performanceCoefficients[r]} step={0.05} min={0} max={10} decimals={3} onCommit={(v) => m.setPerfCoef(r, v)} testId={`perf-${r}`} />
          ))}
          <NumberField label={t('scheme.seniority')} value={s.seniorityMonthlyPerYear} step={5} min={0} unit={t('units.yuanMonth')} onCommit={m.setSeniority} testId="seniority" />
          <NumberField label={t('scheme.seniorityCap')} value={s.seniorityCapYears} step={1} min={0} max={60} unit={t('units.years')} onCommit={m.setSeniorityCap} />
        </fieldset>
      )}
      <fieldset className="grid8">
        <legend>{t('scheme.minWage')}</legend>
        <NumberField label={t('scheme.minWage')} value={s.minimumMonthlyWage} step={10} min={0} unit={t('units.yuanMonth')} onCommit={m.setMinWage} testId="min-wage" />
        <label className="field">
          <span>{t('scheme.preset')}</span>
          <select value="" onChange={(e) => e.target.value && m.setMinWage(Number(e.target.value))} aria-label={t('scheme.preset')}>
            <option value="">…</option>
            {m.minWagePresets.map((p) => (
              <option key={p.label} value={p.value}>
                {p.label}
                {p.old ? ` · ${t('scheme.old')}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={s.noLossGuarantee} onChange={(e) => m.setNoLoss(e.target.checked)} data-testid="no-loss" />
          {t('scheme.noLoss')}
        </label>
        {m.notes.minimumMonthlyWage && (
          <small className="note">
            {t('scheme.source')}: {m.notes.minimumMonthlyWage.source} ({m.notes.minimumMonthlyWage.asOf})
          </small>
        )}
      </fieldset>
      <fieldset className="grid8">
        <legend>{t('scheme.guideline')}</legend>
        {(['lower', 'base', 'upper'] as const).map((k) => (
          <NumberField key={k} label={t(`compare.${k}`)} value={s.guideline[k]} scale={100} decimals={2} step={0.5} min={-100} max={100} unit="%" check={m.guidelineCheck(k)} onCommit={(v) => m.setGuideline(k, v)} testId={`guideline-${k}`} />
        ))}
        <small className="note">{m.notes.guideline?.source}</small>
      </fieldset>
      <Allowances m={m} />
      <TakeHome m={m} />
    </section>
  );
});

/** Allowances (津贴) on top of the scheme's pay: by grade, per apprentice, for team leaders, and a formula. */
function Allowances({ m }: { m: SchemeEditorModel }) {
  const { t } = useTranslation();
  const a = m.allowances;
  const problem = m.formulaProblem;
  return (
    <fieldset className="grid8" data-testid="allowances">
      <legend>{t('scheme.allowances')}</legend>
      {LEVELS.map((l) => (
        <NumberField key={l} label={t(`levels.${l}`)} value={a.byGrade[l]} step={50} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setAllowanceGrade(l, v)} testId={`allowance-${l}`} />
      ))}
      <NumberField label={t('scheme.perApprentice')} value={a.perApprentice} step={50} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setAllowance({ perApprentice: v }, 'perApprentice')} testId="allowance-apprentice" />
      <NumberField label={t('scheme.teamLeader')} value={a.teamLeader} step={50} min={0} unit={t('units.yuanMonth')} onCommit={(v) => m.setAllowance({ teamLeader: v }, 'teamLeader')} testId="allowance-leader" />
      <div className="formula">
        <TextField label={t('scheme.formula')} value={a.formula ?? ''} onCommit={(text) => (m.setFormula(text), null)} testId="allowance-formula" maxLength={500} />
        {problem && (
          <p className="field-error" role="alert" data-testid="allowance-formula-error">
            {problem.at !== null && (
              <code className="where" data-lang-exempt>
                {(a.formula ?? '').slice(0, problem.at)}
                <mark>{(a.formula ?? '').slice(problem.at, problem.at + 1) || ' '}</mark>
                {(a.formula ?? '').slice(problem.at + 1)}
              </code>
            )}
            {t('scheme.formulaError', { at: problem.at === null ? '—' : problem.at + 1, message: t(`scheme.formulaProblems.${problem.code}`, problem.params) })}
          </p>
        )}
        {!problem && m.formulaValue && (
          <p className="field-error" role="alert" data-testid="allowance-formula-error">
            {m.formulaValue}
          </p>
        )}
        <small className="note" data-lang-exempt>
          {t('scheme.formulaHelp')}
        </small>
      </div>
      <small className="note">{t('scheme.allowancesNote')}</small>
    </fieldset>
  );
}

/** What lands in the pocket: the contribution rules (a dated preset), the bonus regime, deductions, the tax law's source. */
function TakeHome({ m }: { m: SchemeEditorModel }) {
  const { t } = useTranslation();
  const p = m.preset;
  return (
    <fieldset className="grid8" data-testid="take-home-settings">
      <legend>{t('scheme.takeHome')}</legend>
      <label className="field">
        <span>{t('scheme.contributionPreset')}</span>
        <select value={p.id} onChange={(e) => m.setPreset(e.target.value)} data-testid="contribution-preset">
          {m.contributionPresets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
              {x.old ? ` · ${t('scheme.old')}` : ''}
            </option>
          ))}
        </select>
      </label>
      <NumberField label={t('scheme.deductions')} value={m.deductionsMonthly} step={500} min={0} max={20000} unit={t('units.yuanMonth')} onCommit={m.setDeductions} testId="deductions" />
      <label className="check">
        <input type="checkbox" checked={m.bonusApart} onChange={(e) => m.setBonusApart(e.target.checked)} data-testid="bonus-apart" />
        {t('scheme.bonusApart')}
      </label>
      <small className={`note${p.old ? ' warn-text' : ''}`}>
        {t('scheme.source')}: {p.source} ({p.asOf}
        {p.verified ? '' : `, ${t('scheme.unverified')}`}
        {p.old ? `, ${t('scheme.oldLong')}` : ''})
      </small>
      <small className="note">{m.taxSource}</small>
    </fieldset>
  );
}

function PoolFields({ m }: { m: SchemeEditorModel }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const s = m.scenario;
  return (
    <>
      <fieldset>
        <legend>{t('scheme.annualPool')}</legend>
        <div className="pool">
          <input
            type="range"
            aria-label={t('scheme.annualPool')}
            min={m.slider.min}
            max={m.slider.max}
            step={1}
            value={Math.round((m.pool ?? 0) / 1e4)}
            list="pool-marks"
            data-testid="pool-slider"
            onChange={(e) => m.setPool(e.target.valueAsNumber * 1e4)}
          />
          <datalist id="pool-marks">
            {m.slider.marks.map((mark) => (
              <option key={mark.growth} value={mark.wan} label={mark.growth === 0 ? t('scheme.currentBill') : pct(mark.growth)} />
            ))}
          </datalist>
          <NumberField label={t('scheme.poolAmount')} value={m.pool} scale={1e-4} decimals={1} step={10} min={0} unit={t('units.wan')} onCommit={m.setPool} testId="pool-input" />
          <NumberField label={t('scheme.poolGrowth')} value={m.poolGrowth} scale={100} decimals={2} step={0.5} min={-100} max={1000} unit="%" onCommit={(v) => m.setPoolGrowth(v)} testId="pool-growth" />
        </div>
        <small>
          {t('scheme.currentBill')} {wan(m.currentBill, lang)} · {t('scheme.guideline')} {[s.guideline.lower, s.guideline.base, s.guideline.upper].map((g) => `${pct(g)} → ${wan(m.currentBill * (1 + g), lang)}`).join(' / ')} · {t('scheme.marks')}
          {m.poolAuto && ` · ${t('scheme.poolAuto')}`}
          {m.poolCarried && ` · ${t('scheme.poolCarried', { written: wan(m.poolCarried.written, lang), bill: wan(m.poolCarried.bill, lang) })}`}
        </small>
      </fieldset>
      <fieldset>
        <legend>{t('scheme.weights')}</legend>
        {FACTORS.map((f) => (
          <div className="weight" key={f}>
            <label htmlFor={`w-${f}`}>{t(`scheme.${f}`)}</label>
            <input id={`w-${f}`} type="range" min={0} max={100} step={1} value={Math.round(s.weights[f] * 100)} data-testid={`weight-${f}`} onChange={(e) => m.setWeight(f, e.target.valueAsNumber / 100)} />
            <NumberField label={t(`scheme.${f}`)} hideLabel value={m.weightsShown[f] / 100} scale={100} decimals={1} step={1} min={0} max={100} unit="%" onCommit={(v) => m.setWeight(f, v)} testId={`weight-${f}-input`} />
          </div>
        ))}
      </fieldset>
      <fieldset className="grid8">
        <legend>{t('scheme.skillCoef')}</legend>
        {LEVELS.map((l) => (
          <NumberField key={l} label={t(`levels.${l}`)} value={s.skillCoefficients[l]} step={0.05} min={0} minExclusive max={100} decimals={3} onCommit={(v) => m.setSkillCoef(l, v)} testId={`skill-${l}`} />
        ))}
      </fieldset>
    </>
  );
}
