/** The same object as last time when the value has not changed (compared as JSON): lets a memoised chart skip a redraw. For small view data only. */
import { useRef } from 'react';

export function useStable<T>(value: T): T {
  const last = useRef<{ json: string; value: T } | null>(null);
  const json = JSON.stringify(value) ?? '';
  if (last.current && last.current.json === json) return last.current.value;
  last.current = { json, value };
  return value;
}
