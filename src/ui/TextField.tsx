/**
 * A text field with the same promise as NumberField: the text is the user's
 * while typing; it is committed on Enter, on leaving the field or after a
 * pause, and a refused text (a blank scheme name) keeps the reason beside it.
 */
import { useId, useRef, type ReactNode } from 'react';
import { useDraft } from './useDraft';

export function TextField({ label, value, onCommit, testId, className, maxLength = 120 }: { label: ReactNode; value: string; onCommit: (text: string) => string | null; testId?: string; className?: string; maxLength?: number }) {
  const id = useId();
  const { draft, setDraft, committedDraft, typing, reset, error, setError, focused, stopPause, restartPause } = useDraft(value);
  /** The text last committed from this draft: committing it again (Enter or blur after the pause already did) must not
   * act twice — a taken name would be suffixed a second time, with a second notice. */
  const committed = useRef<string | null>(null);
  const commit = (text: string) => {
    stopPause();
    if (text === value || text === committed.current) {
      setError(null);
      committedDraft();
      return true;
    }
    const why = onCommit(text);
    setError(why);
    if (why === null) {
      committed.current = text;
      committedDraft();
    }
    return why === null;
  };
  const latest = useRef(commit);
  latest.current = commit;
  return (
    <label className={`field${error ? ' invalid' : ''}${className ? ` ${className}` : ''}`}>
      <span>{label}</span>
      <input
        type="text"
        value={draft ?? value}
        maxLength={maxLength}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={() => {
          focused.current = true;
        }}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          setError(null);
          committed.current = null;
          restartPause(() => latest.current(next));
        }}
        onBlur={(e) => {
          focused.current = false;
          if (draft === null) return;
          // Text left from a commit is not written again: the name may have moved on since (another tab, an undo).
          if (!typing.current || commit(e.target.value)) reset();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (draft !== null && (!typing.current || commit(draft))) reset();
          } else if (e.key === 'Escape') {
            reset();
          }
        }}
      />
      {error && (
        <small className="field-error" id={`${id}-error`} role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </small>
      )}
    </label>
  );
}
