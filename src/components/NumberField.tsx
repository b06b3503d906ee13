/** A labelled number input that only reports finite values (at least `min` when given); empty when the value is unset. */
export function NumberField({ label, value, step = 1, min, onChange, testId, suffix }: { label: string; value: number | undefined; step?: number; min?: number; onChange: (v: number) => void; testId?: string; suffix?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        value={value !== undefined && Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : ''}
        step={step}
        min={min}
        data-testid={testId}
        onChange={(e) => {
          const v = e.target.valueAsNumber;
          if (Number.isFinite(v) && (min === undefined || v >= min)) onChange(v);
        }}
      />
      {suffix && <small>{suffix}</small>}
    </label>
  );
}
