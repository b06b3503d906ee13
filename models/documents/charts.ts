/**
 * The charts of the papers, drawn as SVG from the same answers the papers'
 * tables print (`DocumentData`), so that the page and the CLI put the same
 * charts into the same papers: the page rasterises them in the browser, the
 * CLI with resvg (workers/chartRaster.ts). They draw what the page's charts
 * of the same name draw — the 能级工资表, the pay distribution, gainers and
 * losers by grade, gross and take-home raise by grade, the schemes' pay by
 * grade overlaid and the bill's growth against the guideline — in the same
 * colours and words, at a fixed width for A4. Nothing here computes pay.
 */
import { COLORS, outlineFor, schemeColor } from '../colors';
import { LEVEL_WORDS } from '../pay/paramNames';
import type { Level } from '../types';
import type { DocumentKind } from './build';
import { billOf } from './build';
import type { DocumentData } from './data';
import { num, xmlSafe, type Lang } from './text';

export type PaperChartId = 'paytable' | 'distribution' | 'bygrade' | 'net' | 'overlay' | 'growth';

/** Which charts each paper carries, in order (the page's testids in brackets: chart-paytable, compare-growth, …). */
export const PAPER_CHARTS: Partial<Record<DocumentKind, PaperChartId[]>> = {
  costing: ['paytable', 'growth', 'bygrade', 'net'],
  brief: ['paytable', 'distribution', 'bygrade', 'overlay'],
};

export interface PaperChart {
  id: PaperChartId;
  title: string;
  units: string;
  /** A self-contained SVG document; its text is in `font-family="Noto Sans SC"`. */
  svg: string;
  width: number;
  height: number;
  /** Every character drawn, for choosing the font subsets to embed. */
  text: string;
}

/** The page's words for these charts (a test holds them equal to src/i18n.ts). */
export const CHART_WORDS = {
  zh: {
    payTable: '能级工资表(平均月工资)', distribution: '月工资分布:现行 vs 方案', byGrade: '按等级的增减资人数', netRaise: '应发与实发增资(按等级平均,元/月)',
    overlay: '能级工资表:各方案对照(平均月工资)', growthChart: '工资总额增长与指导线',
    current: '现行', proposed: '方案', baseline: '现行工资', winners: '增资', unchanged: '不变', losers: '减资',
    grossRaise: '应发增资', takeHomeRaise: '实发增资', employerRaise: '企业多付(含单位缴费)',
    monthlyAxis: '月工资(元)', workersAxis: '人数', raiseAxis: '月增资(元)', growthAxis: '工资总额比现行增长(%)',
    monthly: '元/月', unitsDistribution: '人数 / 元/月', workers: '人数', lower: '下线', base: '基准线', upper: '上线', fingerprint: '方案指纹',
  },
  en: {
    payTable: 'Pay by grade (mean monthly)', distribution: 'Monthly pay: today vs scheme', byGrade: 'Gainers and losers by grade', netRaise: 'Gross and take-home raise (mean by grade, CNY/month)',
    overlay: 'Pay by grade, every scheme (mean monthly)', growthChart: 'Wage bill growth against the guideline',
    current: 'Today', proposed: 'Scheme', baseline: 'Today', winners: 'Gain', unchanged: 'Same', losers: 'Lose',
    grossRaise: 'Gross raise', takeHomeRaise: 'Take-home raise', employerRaise: 'Employer pays more (with its contributions)',
    monthlyAxis: 'Monthly pay (CNY)', workersAxis: 'Workers', raiseAxis: 'Raise a month (CNY)', growthAxis: 'Wage bill growth on today (%)',
    monthly: 'CNY/month', unitsDistribution: 'workers / CNY per month', workers: 'Workers', lower: 'lower', base: 'base', upper: 'upper', fingerprint: 'Scheme fingerprint',
  },
} as const;

/** Width of the papers' charts in CSS pixels: the text width of an A4 page after GB/T 9704 (156 mm) at 96 dpi is 590. */
export const CHART_WIDTH = 580;
const FONT = 'Noto Sans SC';
const INK = '#1a1a1a';
const GREY = '#5a5a5a';
const GRID = '#cccccc';

/** Text as SVG holds it: XML's five characters escaped, and characters XML 1.0 cannot hold (in a scheme's name, say) as U+FFFD, as the Word file has them. */
const esc = (s: string) => xmlSafe(s).text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const f1 = (x: number) => (Math.round(x * 10) / 10).toString();

/** The width of `s` at `size` px in Noto Sans SC, closely enough to lay out labels (CJK full width, Latin about half). */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80) w += 1;
    else if (ch === ' ') w += 0.26;
    else if (/[0-9]/.test(ch)) w += 0.56;
    else if (/[A-Z]/.test(ch)) w += 0.64;
    else if (/[a-z]/.test(ch)) w += 0.52;
    else w += 0.4;
  }
  return w * size;
}

/** `text` in lines no wider than `width` (breaking between any two characters: Chinese has no spaces). */
function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, size) > width) {
      lines.push(line);
      line = ch.trimStart();
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** Round ticks from `lo` to `hi` (1, 2 or 5 × a power of ten), holding both; zero always among them when in range. */
export function niceTicks(lo: number, hi: number, target = 5): number[] {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / target;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * p).find((x) => x >= raw) ?? 10 * p;
  const a = Math.floor(lo / step + 1e-9) * step;
  const b = Math.ceil(hi / step - 1e-9) * step;
  const out: number[] = [];
  for (let k = 0; a + k * step <= b + step * 1e-9; k++) out.push(Number((a + k * step).toPrecision(12)));
  return out;
}

interface Series {
  name: string;
  color: string;
  values: number[];
  /** Drawn as a line with a mark per category (the overlay beyond four schemes). */
  line?: boolean;
}

interface Legend {
  svg: string;
  height: number;
}

/** The legend, centred in rows under the plot; a swatch of each series' colour and its name. */
function legend(series: { name: string; color: string }[], width: number, y: number): Legend {
  const items = series.map((s) => ({ ...s, w: 14 + textWidth(s.name, 12) }));
  const rows: (typeof items)[] = [[]];
  let used = 0;
  for (const it of items) {
    if (rows.at(-1)!.length && used + it.w + 16 > width - 16) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(it);
    used += it.w + 16;
  }
  let svg = '';
  rows.forEach((row, r) => {
    const total = row.reduce((s, it) => s + it.w + 16, -16);
    let x = (width - total) / 2;
    const yy = y + 4 + r * 18;
    for (const it of row) {
      svg += `<rect x="${f1(x)}" y="${yy}" width="10" height="10" fill="${it.color}"${outlineFor(it.color) ? ` stroke="${outlineFor(it.color)}"` : ''}/><text x="${f1(x + 14)}" y="${yy + 9.5}" font-size="12" fill="${INK}">${esc(it.name)}</text>`;
      x += it.w + 16;
    }
  });
  return { svg, height: 8 + rows.length * 18 };
}

/** Categories along the bottom, bars (grouped or stacked) or lines up the left axis. */
function columnChart(o: { categories: string[]; series: Series[]; stacked?: boolean; yTitle: string; xTitle?: string; plotHeight: number; rotate?: boolean; integer?: boolean }): { svg: string; height: number; text: string } {
  const W = CHART_WIDTH;
  const left = 72;
  const right = 12;
  const top = 10;
  // Labels slanted at 20° reach down by their length × sin 20° (long English grade names more than Chinese ones).
  const slant = Math.max(0, ...o.categories.map((c) => textWidth(c, 12))) * Math.sin((20 * Math.PI) / 180);
  const labelBand = (o.rotate === false ? 24 : Math.max(50, Math.ceil(slant) + 24)) + (o.xTitle ? 16 : 0);
  const n = o.categories.length;
  const values = o.stacked ? o.categories.map((_, k) => o.series.reduce((s, x) => s + Math.max(0, x.values[k] ?? 0), 0)) : o.series.flatMap((s) => s.values);
  const finite = values.filter(Number.isFinite);
  let ticks = niceTicks(Math.min(0, ...finite), Math.max(0, ...finite));
  if (o.integer) ticks = ticks.filter((t) => Number.isInteger(t));
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const ph = o.plotHeight;
  const pw = W - left - right;
  const y = (v: number) => top + ph - ((v - lo) / (hi - lo || 1)) * ph;
  const band = pw / Math.max(1, n);
  let svg = '';
  for (const t of ticks) {
    svg += `<line x1="${left}" x2="${W - right}" y1="${f1(y(t))}" y2="${f1(y(t))}" stroke="${GRID}" stroke-dasharray="3 3"/>`;
    svg += `<text x="${left - 6}" y="${f1(y(t) + 4)}" font-size="12" text-anchor="end" fill="${GREY}">${esc(num(t, 'en'))}</text>`;
  }
  svg += `<line x1="${left}" x2="${left}" y1="${top}" y2="${top + ph}" stroke="${GREY}"/>`;
  svg += `<line x1="${left}" x2="${W - right}" y1="${f1(y(Math.max(lo, Math.min(hi, 0))))}" y2="${f1(y(Math.max(lo, Math.min(hi, 0))))}" stroke="${lo < 0 ? '#000' : GREY}"/>`;
  const bars = o.series.filter((s) => !s.line);
  const groupW = band * 0.8;
  const barW = o.stacked ? groupW : Math.max(1, (groupW - 4 * (bars.length - 1)) / Math.max(1, bars.length));
  // Level labels read along the axis: where they would touch, every second (or third…) one is written.
  const every = o.rotate === false ? Math.max(1, Math.ceil((Math.max(0, ...o.categories.map((c) => textWidth(c, 12))) + 6) / band)) : 1;
  o.categories.forEach((cat, k) => {
    const x0 = left + k * band + (band - groupW) / 2;
    let base = 0;
    bars.forEach((s, j) => {
      const v = s.values[k];
      if (v === undefined || !Number.isFinite(v)) return;
      const from = o.stacked ? base : 0;
      const to = from + v;
      if (o.stacked) base = to;
      const x = o.stacked ? x0 : x0 + j * (barW + 4);
      const ya = y(Math.max(from, to));
      const h = Math.abs(y(from) - y(to));
      if (h > 0) svg += `<rect x="${f1(x)}" y="${f1(ya)}" width="${f1(barW)}" height="${f1(h)}" fill="${s.color}"${outlineFor(s.color) ? ` stroke="${outlineFor(s.color)}"` : ''}/>`;
    });
    const cx = left + k * band + band / 2;
    const ly = top + ph + 14;
    if (k % every) return;
    svg += o.rotate === false ? `<text x="${f1(cx)}" y="${ly}" font-size="12" text-anchor="middle" fill="${INK}">${esc(cat)}</text>` : `<text x="${f1(cx)}" y="${ly}" font-size="12" text-anchor="end" fill="${INK}" transform="rotate(-20 ${f1(cx)} ${ly})">${esc(cat)}</text>`;
  });
  for (const s of o.series.filter((x) => x.line)) {
    const pts = s.values.map((v, k) => (Number.isFinite(v) ? `${f1(left + k * band + band / 2)},${f1(y(v))}` : '')).filter(Boolean);
    svg += `<polyline points="${pts.join(' ')}" fill="none" stroke="${outlineFor(s.color) ?? s.color}" stroke-width="${s.name === o.series[0]?.name ? 3 : 1.5}"/>`;
    svg += pts.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${s.color}"/>`).join('');
  }
  if (o.xTitle) svg += `<text x="${f1(left + pw / 2)}" y="${top + ph + labelBand - 6}" font-size="11" text-anchor="middle" fill="${GREY}">${esc(o.xTitle)}</text>`;
  const yt = top + ph / 2;
  svg += `<text x="14" y="${f1(yt)}" font-size="11" fill="${GREY}" text-anchor="middle" transform="rotate(-90 14 ${f1(yt)})">${esc(o.yTitle)}</text>`;
  const lg = legend(o.series, W, top + ph + labelBand);
  const text = o.categories.join('') + o.series.map((s) => s.name).join('') + o.yTitle + (o.xTitle ?? '') + ticks.map((t) => num(t, 'en')).join('');
  return { svg: svg + lg.svg, height: top + ph + labelBand + lg.height, text };
}

/** Schemes down the left, growth in % along the bottom, the guideline's three lines labelled above at three heights. */
function growthChart(rows: { name: string; value: number; color: string }[], lines: { label: string; x: number; color: string }[], xTitle: string): { svg: string; height: number; text: string } {
  const W = CHART_WIDTH;
  const left = Math.min(180, Math.max(60, 12 + Math.max(...rows.map((r) => textWidth(r.name, 12)))));
  // Room on the right for the figure at the end of the longest bar.
  const right = 44;
  const top = 44;
  const rowH = 30;
  const ph = Math.max(120, rows.length * rowH);
  const all = [0, ...rows.map((r) => r.value), ...lines.map((l) => l.x)].filter(Number.isFinite);
  const span = Math.max(...all) - Math.min(...all) || 1;
  const ticks = niceTicks(Math.min(...all) - span * 0.06, Math.max(...all) + span * 0.06, 6);
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const pw = W - left - right;
  const x = (v: number) => left + ((v - lo) / (hi - lo || 1)) * pw;
  let svg = '';
  for (const t of ticks) {
    svg += `<line x1="${f1(x(t))}" x2="${f1(x(t))}" y1="${top}" y2="${top + ph}" stroke="${GRID}" stroke-dasharray="3 3"/>`;
    svg += `<text x="${f1(x(t))}" y="${top + ph + 16}" font-size="12" text-anchor="middle" fill="${GREY}">${esc(`${num(t, 'en', Number.isInteger(t) ? 0 : 1)}%`)}</text>`;
  }
  svg += `<line x1="${left}" x2="${W - right}" y1="${top + ph}" y2="${top + ph}" stroke="${GREY}"/><line x1="${f1(x(0))}" x2="${f1(x(0))}" y1="${top}" y2="${top + ph}" stroke="${GREY}"/>`;
  const band = ph / Math.max(1, rows.length);
  rows.forEach((r, k) => {
    const cy = top + k * band + band / 2;
    const h = Math.min(22, band * 0.7);
    const a = x(Math.min(0, r.value));
    const b = x(Math.max(0, r.value));
    svg += `<rect x="${f1(a)}" y="${f1(cy - h / 2)}" width="${f1(b - a)}" height="${f1(h)}" fill="${r.color}"${outlineFor(r.color) ? ` stroke="${outlineFor(r.color)}"` : ''}/>`;
    svg += `<text x="${left - 6}" y="${f1(cy + 4)}" font-size="12" text-anchor="end" fill="${INK}">${esc(r.name)}</text>`;
    // The figure at the bar's end (outside it), so that a bar of 0 % still says so.
    const label = `${r.value >= 0 ? '' : '−'}${Math.abs(r.value).toFixed(2)}%`;
    svg += r.value >= 0 ? `<text x="${f1(b + 4)}" y="${f1(cy + 4)}" font-size="11" fill="${INK}">${label}</text>` : `<text x="${f1(a - 4)}" y="${f1(cy + 4)}" font-size="11" text-anchor="end" fill="${INK}">${label}</text>`;
  });
  lines.forEach((l, k) => {
    svg += `<line x1="${f1(x(l.x))}" x2="${f1(x(l.x))}" y1="${top}" y2="${top + ph}" stroke="${l.color}" stroke-dasharray="4 4"/>`;
    svg += `<text x="${f1(x(l.x))}" y="${top - 4 - 13 * k}" font-size="11" text-anchor="middle" fill="${l.color}">${esc(`${l.label} ${l.x.toFixed(1)}%`)}</text>`;
  });
  svg += `<text x="${f1(left + pw / 2)}" y="${top + ph + 34}" font-size="11" text-anchor="middle" fill="${GREY}">${esc(xTitle)}</text>`;
  const text = rows.map((r) => r.name).join('') + '−' + lines.map((l) => `${l.label} ${l.x.toFixed(1)}%`).join('') + xTitle + ticks.map((t) => `${num(t, 'en', 1)}%`).join('');
  return { svg, height: top + ph + 42, text };
}

/** The frame around a chart: a white page, the plot, then scheme · units · date and the whole fingerprint on a line of its own. */
function framed(id: PaperChartId, title: string, units: string, body: { svg: string; height: number; text: string }, scheme: string, fingerprint: string, date: string, lang: Lang): PaperChart {
  const W = CHART_WIDTH;
  const w = CHART_WORDS[lang];
  const foot1 = wrap([scheme, units, date].filter(Boolean).join(' · '), W - 16, 11);
  const fpLine = `${w.fingerprint} ${fingerprint}`;
  // The 64 digits never break: the line's size is chosen so that it fits the width.
  const fpSize = Math.max(6, Math.min(11, Math.floor((11 * (W - 16)) / textWidth(fpLine, 11))));
  const foot = [...foot1.map((t) => ({ t, size: 11 })), { t: fpLine, size: fpSize }];
  const top = 8;
  const H = top + body.height + 8 + foot.length * 16;
  const footSvg = foot.map((f, k) => `<text x="8" y="${top + body.height + 18 + k * 16}" font-size="${f.size}" fill="${INK}">${esc(f.t)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="100%" height="100%" fill="#fff"/><g font-family="${FONT}, sans-serif"><g transform="translate(0,${top})">${body.svg}</g>${footSvg}</g></svg>`;
  return { id, title, units, svg, width: W, height: H, text: title + body.text + foot.map((f) => f.t).join('') + '0123456789.,%-−–·' };
}

/** The level's name as the page shows it. */
const levelName = (level: string, lang: Lang) => LEVEL_WORDS[level as Level]?.[lang] ?? level;

/**
 * The charts `kind` carries, drawn from the paper's own figures. `colors` are the schemes' colour indices in the order of
 * `d.compare` (the page passes the colours its schemes were given; the CLI, their order).
 */
export function paperCharts(kind: DocumentKind, d: DocumentData, lang: Lang, date: string, colors?: (number | undefined)[]): PaperChart[] {
  const w = CHART_WORDS[lang];
  const ids = PAPER_CHARTS[kind] ?? [];
  const mine = Math.max(0, d.compare.findIndex((s) => s.fingerprint === d.answer.fingerprint));
  const colorAt = (k: number) => schemeColor(colors ? colors[k] : k);
  const proposed = colorAt(mine);
  const scheme = d.scheme.name;
  const fp = d.answer.fingerprint;
  const frame = (id: PaperChartId, title: string, units: string, body: { svg: string; height: number; text: string }) => framed(id, title, units, body, scheme, fp, date, lang);
  return ids.flatMap((id): PaperChart[] => {
    if (id === 'paytable') {
      const rows = d.payTable;
      return [frame(id, w.payTable, w.monthly, columnChart({ categories: rows.map((r) => levelName(r.level, lang)), series: [{ name: w.current, color: COLORS.current, values: rows.map((r) => r.nowMonthly) }, { name: w.proposed, color: proposed, values: rows.map((r) => r.newMonthly) }], yTitle: w.monthlyAxis, plotHeight: 180 }))];
    }
    if (id === 'distribution') {
      const bins = d.histogram;
      if (!bins.length) return [];
      return [frame(id, w.distribution, w.unitsDistribution, columnChart({ categories: bins.map((b) => (Math.abs(b.from) >= 1000 ? `${num(b.from / 1000, 'en', b.from % 1000 ? 1 : 0)}k` : num(b.from, 'en'))), series: [{ name: w.current, color: COLORS.current, values: bins.map((b) => b.current) }, { name: w.proposed, color: proposed, values: bins.map((b) => b.proposed) }], yTitle: w.workersAxis, xTitle: w.monthlyAxis, plotHeight: 190, rotate: false, integer: true }))];
    }
    if (id === 'bygrade') {
      const rows = d.byLevel;
      return [frame(id, w.byGrade, w.workers, columnChart({ categories: rows.map((r) => levelName(r.group, lang)), series: [{ name: w.winners, color: COLORS.gain, values: rows.map((r) => r.winners) }, { name: w.unchanged, color: COLORS.same, values: rows.map((r) => r.unchanged) }, { name: w.losers, color: COLORS.lose, values: rows.map((r) => r.losers) }], stacked: true, yTitle: w.workersAxis, plotHeight: 180, integer: true }))];
    }
    if (id === 'net') {
      const rows = d.takeHomeByLevel;
      if (!rows.length) return [];
      return [frame(id, w.netRaise, w.monthly, columnChart({ categories: rows.map((r) => levelName(r.level, lang)), series: [{ name: w.grossRaise, color: COLORS.current, values: rows.map((r) => r.grossRaise) }, { name: w.takeHomeRaise, color: proposed, values: rows.map((r) => r.netRaise) }, { name: w.employerRaise, color: COLORS.accent, values: rows.map((r) => r.employerRaise) }], yTitle: w.raiseAxis, plotHeight: 190 }))];
    }
    if (id === 'overlay') {
      const lines = d.compare.length > 4;
      const series: Series[] = [{ name: w.baseline, color: COLORS.current, values: d.baseline.byLevel.map((r) => r.meanAnnual / 12), line: lines }];
      d.compare.forEach((s, k) => series.push({ name: s.name, color: colorAt(k), line: lines, values: d.baseline.byLevel.map((b) => (s.summary.byLevel.find((x) => x.level === b.level)?.meanAnnual ?? NaN) / 12) }));
      return [frame(id, w.overlay, w.monthly, columnChart({ categories: d.baseline.byLevel.map((r) => levelName(r.level, lang)), series, yTitle: w.monthlyAxis, plotHeight: 200 }))];
    }
    // growth: every scheme's bill against today, the edited one with the innovation rewards its rules count in its bill (marked *).
    const b = billOf(d);
    const rows = d.compare.map((s, k) => (k === mine && b.rewards ? { name: `${s.name}*`, value: b.growth * 100, color: colorAt(k) } : { name: s.name, value: s.summary.wageBillGrowth * 100, color: colorAt(k) }));
    const g = d.scheme.guideline;
    const guide = [
      { label: w.lower, x: g.lower * 100, color: '#a66f00' },
      { label: w.base, x: g.base * 100, color: '#000000' },
      { label: w.upper, x: g.upper * 100, color: COLORS.lose },
    ];
    return [frame(id, w.growthChart, '%', growthChart(rows, guide, w.growthAxis))];
  });
}
