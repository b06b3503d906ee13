/**
 * A value as it was when it last stayed the same for a while: for the
 * questions asked without a click that are too heavy to ask on every step of
 * a slider (the agreement zone works the scheme out 225 times). While `id`
 * keeps changing inside one `group` (one scheme being edited), the value
 * from before the changes is returned; once `id` has not changed for `ms`,
 * the new one (and `waiting` says which). A change of group (another scheme, another file) is taken at
 * once: an answer never shows under a scheme it was not asked of.
 */
import { useEffect, useState } from 'react';

export function useQuiet<T>(value: T, id: string, group: string, ms: number): [value: T, waiting: boolean] {
  const [quiet, setQuiet] = useState({ id, group, value });
  const waiting = quiet.id !== id && quiet.group === group;
  useEffect(() => {
    if (quiet.id === id) return;
    if (quiet.group !== group) {
      setQuiet({ id, group, value });
      return;
    }
    const h = setTimeout(() => setQuiet({ id, group, value }), ms);
    return () => clearTimeout(h);
    // The value belongs to its id: a new id brings a new value, and the same id the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, group, quiet, ms]);
  return waiting ? [quiet.value, true] : [value, false];
}
