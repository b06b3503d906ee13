/** Engine errors in the page's language: the kind of error decides the words, the engine's own text is the detail. */
import type { TFunction } from 'i18next';
import { formulaValueShown, readFormulaValue } from '../../models/errors';
import { num } from '../lib/format';

/** A formula's value for a worker that cannot be used, in the page's words (null for any other error). */
export function formulaValueText(e: unknown, t: TFunction): string | null {
  const p = e instanceof Error ? readFormulaValue(e.message) : null;
  if (!p) return null;
  const value = formulaValueShown(p.value, num);
  return t('errors.formulaValue', { id: p.id, value, why: t(`errors.formulaWhy.${p.kind}`, { bound: p.bound === null ? '' : num(Math.round(p.bound)) }) });
}

export function describeError(e: unknown, t: TFunction): string {
  const err = e instanceof Error ? e : new Error(String(e));
  switch (err.name) {
    case 'EngineCrashedError':
      return t('errors.crashed');
    case 'AbortError':
      return t('errors.cancelled');
    case 'FormulaValueError':
      return formulaValueText(err, t) ?? t('errors.formula');
    case 'InputError':
      // A formula the engine cannot use is explained, in the page's words, under the formula field.
      if (err.message.startsWith('allowances.formula')) return t('errors.formula');
      return t('errors.input', { detail: err.message });
    default:
      return t('errors.engine', { detail: err.message });
  }
}
