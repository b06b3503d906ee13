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
      return t('errors.input', { detail: err.message });
    default:
      return t('errors.engine', { detail: err.message });
  }
}
