/**
 * The one number field of the app. While the user types, the text is theirs:
 * empty, "0.", "-" or a value below the minimum are all allowed as text, and
 * nothing the program does overwrites it. The value is committed on Enter, on
 * leaving the field, or after a short pause in typing; a value that cannot be
 * used is refused with the reason next to the field and the text kept.
 * Arrow keys (and the wheel, while the field has focus) step it; Shift steps
 * ten times as far; Escape puts back the committed value.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { editable, parseTyped } from '../lib/format';
import { useDraft } from './useDraft';

export { COMMIT_PAUSE_MS } from './useDraft';

export interface NumberFieldProps {
  label: ReactNode;
  /** The committed value, in the model's unit. */
  value: number | null | undefined;
  onCommit: (value: number) => void;
  /** Shown value = value × scale (100 for a share shown in %, 1e-4 for CNY shown in 万元). */
  scale?: number;
  /** Limits and step in the shown unit. */
  min?: number;
  max?: number;
  /** Refuse the minimum itself (e.g. shares > 0). */
  minExclusive?: boolean;
  step?: number;
  integer?: boolean;
  /** Decimal places shown when not editing. */
  decimals?: number;
  unit?: string;
  testId?: string;
  /** A label that is read out but not shown (tables with a header). */
  hideLabel?: boolean;
  className?: string;
  disabled?: boolean;
  /** Extra rule in the shown unit: a message when the value cannot be used, else null. */
  check?: (shown: number) => string | null;
  /** An empty field is a value too ("none", e.g. no local rule): it commits through `onClear`. */
  onClear?: () => void;
  /** Where the value usually lies, in the shown unit: outside it, the value is used and the field says it looks unusual. */
  plausible?: [number, number];
}

export function NumberField({ label, value, onCommit, scale = 1, min, max, minExclusive, step = 1, integer, decimals = 6, unit, testId, hideLabel, className, disabled, check, onClear, plausible }: NumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const shown = value === null || value === undefined ? null : value * scale;
  const { draft, setDraft, committedDraft, typing, reset, error, setError, focused, stopPause, restartPause } = useDraft(shown);

  const validate = (text: string): { ok: true; v: number } | { ok: false; why: string } => {
    const v = parseTyped(text);
    if (v === null) return { ok: false, why: text.trim() === '' ? t('field.empty') : t('field.notNumber') };
    if (integer && !Number.isInteger(v)) return { ok: false, why: t('field.integer') };
    if (min !== undefined && (minExclusive ? v <= min : v < min)) return { ok: false, why: t(minExclusive ? 'field.above' : 'field.min', { min: editable(min) }) };
    if (max !== undefined && v > max) return { ok: false, why: t('field.max', { max: editable(max) }) };
    const extra = check?.(v);
    if (extra) return { ok: false, why: extra };
    return { ok: true, v };
  };

  const commit = (text: string) => {
    stopPause();
    if (onClear && text.trim() === '') {
      setError(null);
      committedDraft();
      if (value !== null && value !== undefined) onClear();
      return true;
    }
    const r = validate(text);
    if (!r.ok) {
      setError(r.why);
      return false;
    }
    setError(null);
    committedDraft();
    const next = r.v / scale;
    if (value === null || value === undefined || Math.abs(next - value) > 1e-12 * Math.max(1, Math.abs(value))) onCommit(next);
    return true;
  };

  // The pause timer commits with the props of the latest render, not those of the keystroke that set it.
  const commitLatest = useRef(commit);
  commitLatest.current = commit;

  const stepBy = (dir: number, big: boolean) => {
    const base = parseTyped(draft ?? '') ?? shown ?? min ?? 0;
    let v = base + dir * step * (big ? 10 : 1);
    v = Math.round(v / step) * step;
    if (min !== undefined && v < min && !minExclusive) v = min;
    if (max !== undefined && v > max) v = max;
    const text = editable(v, Math.max(decimals, 6));
    setDraft(text);
    commit(text);
  };

  // The wheel steps the value only while the field has focus, so scrolling the page never changes a number.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (document.activeElement !== el || disabled) return;
      e.preventDefault();
      stepBy(e.deltaY < 0 ? 1 : -1, e.shiftKey);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  });

  const text = draft ?? (shown === null ? '' : editable(shown, decimals));
  const errorId = `${id}-error`;
  const unusual = !error && plausible && shown !== null && (shown < plausible[0] || shown > plausible[1]) ? t('field.unusual', { lo: editable(plausible[0]), hi: editable(plausible[1]), unit: unit ?? '' }) : null;
  return (
    <label className={`field${error ? ' invalid' : ''}${className ? ` ${className}` : ''}`}>
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
      <span className="input-unit">
        <input
          ref={input}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          disabled={disabled}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onFocus={() => {
            focused.current = true;
          }}
          onChange={(e) => {
            const next = e.target.value;
            setDraft(next);
            setError(null);
            restartPause(() => commitLatest.current(next));
          }}
          onBlur={(e) => {
            focused.current = false;
            if (draft === null) return;
            // Text left from a commit (Enter, the pause) is not written again: the value may have moved on since
            // (another tab's save, an undo), and the field now shows that.
            if (!typing.current) return reset();
            // A refused value keeps its text (and the reason) until the user fixes it. A value that
            // was used keeps showing as typed until the new value arrives (the effect in useDraft then
            // shows it), so the old number never flashes back in between.
            const typed = parseTyped(e.target.value);
            if (commit(e.target.value) && (typed === null || shown === null || Math.abs(typed - shown) <= 1e-12 * Math.max(1, Math.abs(shown)))) reset();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (draft !== null && typing.current) commit(draft);
            } else if (e.key === 'Escape') {
              reset();
            } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              stepBy(e.key === 'ArrowUp' ? 1 : -1, e.shiftKey);
            }
          }}
        />
        {unit && <small className="unit">{unit}</small>}
      </span>
      {error && (
        <small className="field-error" id={errorId} role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </small>
      )}
      {unusual && (
        <small className="field-warn" role="status" data-testid={testId ? `${testId}-unusual` : undefined}>
          {unusual}
        </small>
      )}
    </label>
  );
}
