/**
 * The typing state shared by NumberField and TextField: the user's text while
 * they type (null when the field shows the committed value), the reason a
 * value was refused, and the pause timer that commits it.
 *
 * A committed value that changes from outside (undo, another field, a solver
 * answer, another tab's save) is shown at once unless the user has typed in
 * this field since it last committed — with the cursor left in a field after
 * Enter, the field follows; it never writes its old text back when the
 * cursor leaves. Text typed and not yet committed counts as unsaved work of
 * the tab (`hasPendingDraft`): another tab's save then asks instead of
 * replacing the workspace under it.
 */
import { useEffect, useRef, useState } from 'react';

/** A pause this long after the last keystroke commits the value. */
export const COMMIT_PAUSE_MS = 700;

/** Fields with typed text not yet committed, and how to drop each one's text. */
const pending = new Map<symbol, () => void>();

/** Whether some field of the page holds typed text that is not in the workspace yet. */
export const hasPendingDraft = () => pending.size > 0;

/** Drop every field's uncommitted text (the user chose another tab's version of the workspace). */
export function discardDrafts(): void {
  for (const drop of [...pending.values()]) drop();
}

export function useDraft(committed: unknown) {
  const [draft, setDraftState] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const me = useRef(Symbol('field'));
  /** Typed since the last commit: the text is the user's, and nothing from outside replaces it. */
  const typing = useRef(false);
  const stopPause = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const reset = () => {
    stopPause();
    typing.current = false;
    pending.delete(me.current);
    setDraftState(null);
    setError(null);
  };
  useEffect(() => {
    if (!focused.current || !typing.current) reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [committed]);
  useEffect(
    () => () => {
      stopPause();
      pending.delete(me.current);
    },
    [],
  );
  return {
    draft,
    /** The user typed `text`: theirs until it is committed or dropped. */
    setDraft: (text: string) => {
      typing.current = true;
      pending.set(me.current, reset);
      setDraftState(text);
    },
    /** The text was committed (or need not be): the field follows its value again. */
    committedDraft: () => {
      typing.current = false;
      pending.delete(me.current);
    },
    /** Whether there is typed text that has not been committed. */
    typing,
    reset,
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
