/**
 * Axis titles (what is measured, in which unit) in one style for every chart,
 * on screen and in exported images. Drawn as plain SVG text: recharts' own
 * label measures its text in the page, which cost a quarter of a second on
 * the first screen.
 */
import type { ReactElement } from 'react';

const style = { fontSize: 11, fill: '#5a5a5a' };

type Box = { x?: number; y?: number; width?: number; height?: number };
const boxOf = (props: unknown): Required<Box> => {
  const b = ((props as { viewBox?: Box }).viewBox ?? {}) as Box;
  return { x: b.x ?? 0, y: b.y ?? 0, width: b.width ?? 0, height: b.height ?? 0 };
};

/** A title along the left axis, read bottom to top. */
export const yTitle = (value: string) => ({
  content: (props: unknown): ReactElement => {
    const b = boxOf(props);
    const x = b.x + 10;
    const y = b.y + b.height / 2;
    return (
      <text x={x} y={y} transform={`rotate(-90 ${x} ${y})`} textAnchor="middle" {...style}>
        {value}
      </text>
    );
  },
});

/** A title under the bottom axis (give the axis a height of about 40). */
export const xTitle = (value: string) => ({
  content: (props: unknown): ReactElement => {
    const b = boxOf(props);
    return (
      <text x={b.x + b.width / 2} y={b.y + b.height - 4} textAnchor="middle" {...style}>
        {value}
      </text>
    );
  },
});

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

/** About how wide a label is at `size` px, without measuring in the page: a CJK or full-width character one em, others 0.6 em. */
export function labelWidth(s: string, size = 12): number {
  let w = 0;
  for (const c of s) w += (c.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * 0.6;
  return w;
}

/**
 * A category axis as wide as its longest label (was: a fixed 120 px that cut
 * "工龄工资(每年工龄每月)" at the left edge), up to `max` px; a label longer
 * than that is shortened with "…" (the tooltip and the table beside the chart
 * keep it whole).
 */
export function categoryAxis(labels: readonly string[], size = 12, max = 180): { width: number; tickFormatter: (v: unknown) => string } {
  const pad = 10;
  const width = Math.min(max, Math.ceil(Math.max(0, ...labels.map((l) => labelWidth(l, size)))) + pad);
  const fit = (s: string) => {
    if (labelWidth(s, size) + pad <= width) return s;
    let out = '';
    for (const c of s) {
      if (labelWidth(`${out}${c}…`, size) + pad > width) break;
      out += c;
    }
    return `${out}…`;
  };
  return { width, tickFormatter: (v) => fit(String(v)) };
}
