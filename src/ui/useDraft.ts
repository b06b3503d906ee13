/**
 * The typing state shared by NumberField and TextField: the user's text while
 * they type (null when the field shows the committed value), the reason a
 * value was refused, and the pause timer that commits it. A committed value
 * that changes from outside (undo, another field, a solver answer) is shown
 * unless the user is typing in this field.
 */
import { useEffect, useRef, useState } from 'react';

/** A pause this long after the last keystroke commits the value. */
export const COMMIT_PAUSE_MS = 700;

export function useDraft(committed: unknown) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!focused.current) {
      setDraft(null);
      setError(null);
    }
  }, [committed]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const stopPause = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  return {
    draft,
    setDraft,
    error,
    setError,
    focused,
    stopPause,
    /** Restart the pause after a keystroke; `commit` runs when it ends. */
    restartPause: (commit: () => void) => {
      stopPause();
      timer.current = setTimeout(commit, COMMIT_PAUSE_MS);
    },
  };
}
