/** Engine errors in the page's language: the kind of error decides the words, the engine's own text is the detail. */
import type { TFunction } from 'i18next';

export function describeError(e: unknown, t: TFunction): string {
  const err = e instanceof Error ? e : new Error(String(e));
  switch (err.name) {
    case 'EngineCrashedError':
      return t('errors.crashed');
    case 'AbortError':
      return t('errors.cancelled');
    case 'InputError':
      // A formula the engine cannot use is explained, in the page's words, under the formula field.
      if (err.message.startsWith('allowances.formula')) return t('errors.formula');
      return t('errors.input', { detail: err.message });
    default:
      return t('errors.engine', { detail: err.message });
  }
}
