/** Axis titles (what is measured, in which unit) in one style for every chart, on screen and in exported images. */
const style = { fontSize: 11, fill: '#5a5a5a' };

/** A title along the left axis, read bottom to top. */
export const yTitle = (value: string) => ({ value, angle: -90, position: 'insideLeft' as const, offset: 4, style: { ...style, textAnchor: 'middle' as const } });

/** A title under the bottom axis (give the axis a height of about 40). */
export const xTitle = (value: string) => ({ value, position: 'insideBottom' as const, offset: 0, style });

/**
 * A domain that holds every value and the marks that must stay visible
 * (guideline lines, zero), padded a little and rounded to `step`.
 */
export function domainFor(values: number[], pad = 0.06): { domain: [number, number]; ticks: number[] } {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return { domain: [0, 1], ticks: [0, 1] };
  let lo = Math.min(...finite),
    hi = Math.max(...finite);
  const span0 = hi - lo || Math.abs(hi) || 1;
  lo -= span0 * pad;
  hi += span0 * pad;
  // A round step giving 4–10 ticks: 1, 2 or 5 × a power of ten.
  const raw = (hi - lo) / 6;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * p).find((x) => x >= raw) ?? 10 * p;
  const a = Math.floor(lo / step) * step,
    b = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let x = a; x <= b + step / 2; x += step) ticks.push(Math.round(x / step) * step);
  return { domain: [a, b], ticks };
}

/** Legend items in the order the series were drawn (recharts sorts them by name otherwise). */
export const inOrder = (keys: string[]) => (item: { dataKey?: unknown }) => {
  const k = keys.indexOf(String(item.dataKey));
  return k < 0 ? keys.length : k;
};
