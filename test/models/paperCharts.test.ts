/**
 * The papers' charts (models/documents/charts.ts): each bar measures its figure (read back from the SVG against the
 * paper's own numbers), the words are the page's, the whole fingerprint is on the image, and in Node every character
 * has a font and the PNG is drawn (workers/chartRaster.ts).
 */
import { readFileSync } from 'node:fs';
import { unzlibSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_WORDS, DEFAULT_CONTRACT, niceTicks, paperCharts, type DocumentData, type PaperChart } from '../../models/documents';
import { COLORS, schemeColor } from '../../models/colors';
import { parseWorkforceCsv } from '../../models/io/csv';
import { parseScenarioJson, type Scenario } from '../../models/pay/scenario';
import { currentWageBill, onWorkforce } from '../../models/pay/scheme';
import { defaultTypicalWorkers } from '../../models/pay/typical';
import { resources } from '../../src/i18n';
import { chartPng, uncovered } from '../../workers/chartRaster';
import { inProcessSpawner } from '../../workers/client/inProcess';
import { WorkerClient } from '../../workers/client/workerClient';

const seed = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};
const sample = parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
const client = new WorkerClient(inProcessSpawner, 1);
afterAll(() => client.dispose());

let cached: DocumentData | null = null;
async function data(): Promise<DocumentData> {
  if (cached) return cached;
  const schemes = ['union', 'management', 'compromise'].map((n) => onWorkforce(seed(n), currentWageBill(sample)));
  cached = await client.ask({ kind: 'documentData', datasetId: client.dataset(sample), scenario: schemes[0]!, schemes, typical: defaultTypicalWorkers('zh'), contract: DEFAULT_CONTRACT });
  return cached;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}
const rects = (svg: string): Rect[] =>
  [...svg.matchAll(/<rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)" fill="([^"]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]), fill: m[5]! }));
/** Bars of one colour, legend swatches (10 × 10) left out. */
const bars = (c: PaperChart, fill: string) => rects(c.svg).filter((r) => r.fill === fill && !(r.width === 10 && r.height === 10));
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** Every bar's length divided by its figure is one scale (to the 0.1 px the SVG is written in). */
function proportional(lengths: number[], values: number[]): void {
  expect(lengths.length).toBe(values.length);
  const k = Math.max(...lengths) / Math.max(...values.map(Math.abs));
  lengths.forEach((len, i) => expect(Math.abs(len - Math.abs(values[i]!) * k)).toBeLessThan(0.15));
}

/** An 8-bit RGB or RGBA PNG decoded (as RGB): the IDAT stream inflated and each scanline's filter undone (PNG spec §9). */
function decodePng(png: Uint8Array): { rgb: Uint8Array; width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = v.getUint32(16);
  const height = v.getUint32(20);
  expect(png[24]).toBe(8);
  expect([2, 6]).toContain(png[25]);
  const bpp = png[25] === 6 ? 4 : 3;
  const parts: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const len = v.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const z = new Uint8Array(parts.reduce((s, x) => s + x.length, 0));
  parts.reduce((o, x) => (z.set(x, o), o + x.length), 0);
  const raw = unzlibSync(z);
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const c = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const d = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - d;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - d);
      const pred = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : pa <= pb && pa <= pc ? a : pb <= pc ? b : d;
      out[y * stride + x] = (c + pred) & 0xff;
    }
  }
  const rgb = bpp === 3 ? out : out.filter((_, i) => i % 4 !== 3);
  return { rgb, width, height };
}

describe('the papers\' charts', () => {
  it('speak the page\'s words', () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = resources[lang].translation as unknown as { charts: Record<string, string>; compare: Record<string, string>; bargain: Record<string, string> };
      const w = CHART_WORDS[lang];
      for (const k of ['payTable', 'distribution', 'byGrade', 'netRaise', 'current', 'proposed', 'winners', 'unchanged', 'losers', 'grossRaise', 'takeHomeRaise', 'employerRaise', 'monthlyAxis', 'workersAxis', 'raiseAxis', 'monthly', 'unitsDistribution', 'workers'] as const) expect(w[k]).toBe(t.charts[k]);
      expect([w.overlay, w.growthChart, w.baseline, w.growthAxis, w.lower, w.base, w.upper]).toEqual([t.compare.byGrade, t.compare.growthChart, t.compare.baseline, t.compare.growthAxis, t.compare.lower, t.compare.base, t.compare.upper]);
      expect(w.fingerprint).toBe(t.bargain.fingerprint);
    }
  });

  it('the costing note carries the pay table, the growth, gainers and losers and the take-home raise; the brief the distribution and the overlay', async () => {
    const d = await data();
    expect(paperCharts('costing', d, 'zh', '2026-12-05').map((c) => c.id)).toEqual(['paytable', 'growth', 'bygrade', 'net']);
    expect(paperCharts('brief', d, 'zh', '2026-12-05').map((c) => c.id)).toEqual(['paytable', 'distribution', 'bygrade', 'overlay']);
    expect(paperCharts('contract', d, 'zh', '2026-12-05')).toEqual([]);
  });

  it('each bar measures its figure', async () => {
    const d = await data();
    const [pay, growth, byGrade, net] = paperCharts('costing', d, 'zh', '2026-12-05');
    const mine = schemeColor(0);
    proportional(bars(pay!, COLORS.current).map((r) => r.height), d.payTable.map((r) => r.nowMonthly));
    proportional(bars(pay!, mine).map((r) => r.height), d.payTable.map((r) => r.newMonthly));
    // One scale for both series: today's L1 bar over the scheme's is their ratio.
    expect(bars(pay!, COLORS.current)[0]!.height / bars(pay!, mine)[0]!.height).toBeCloseTo(d.payTable[0]!.nowMonthly / d.payTable[0]!.newMonthly, 2);
    // Stacked: each grade's three parts end where its head count does.
    const g = bars(byGrade!, COLORS.gain);
    const same = bars(byGrade!, COLORS.same);
    proportional(g.map((r, k) => r.height + (same[k]?.height ?? 0)), d.byLevel.map((r) => r.winners + r.unchanged));
    for (const [k, r] of g.entries()) expect(Math.abs(same[k]!.y + same[k]!.height - r.y)).toBeLessThan(0.15);
    proportional(bars(net!, COLORS.accent).map((r) => r.height), d.takeHomeByLevel.map((r) => r.employerRaise));
    // Growth: bars from zero, one per scheme, long as its growth; the guideline's lines at their values on the same scale.
    const gBars = d.compare.map((_, k) => bars(growth!, schemeColor(k))[0]!);
    proportional(gBars.map((r) => r.width), d.compare.map((s) => s.summary.wageBillGrowth));
    const zero = gBars[0]!.x;
    const perPct = gBars[0]!.width / (d.compare[0]!.summary.wageBillGrowth * 100);
    const upper = [...growth!.svg.matchAll(/<line x1="([\d.]+)"[^>]*stroke="#D55E00" stroke-dasharray="4 4"/g)].map((m) => Number(m[1]));
    expect(upper).toHaveLength(1);
    expect(Math.abs(upper[0]! - (zero + d.scheme.guideline.upper * 100 * perPct))).toBeLessThan(0.3);
    expect(texts(growth!.svg)).toContain(`上线 ${(d.scheme.guideline.upper * 100).toFixed(1)}%`);
  });

  it('the distribution counts every worker twice (today and the scheme), and the overlay gives each scheme its bars', async () => {
    const d = await data();
    const [, dist, , overlay] = paperCharts('brief', d, 'zh', '2026-12-05');
    proportional(bars(dist!, COLORS.current).map((r) => r.height), d.histogram.filter((b) => b.current > 0).map((b) => b.current));
    expect(d.histogram.reduce((s, b) => s + b.current, 0)).toBe(sample.size);
    expect(d.histogram.reduce((s, b) => s + b.proposed, 0)).toBe(sample.size);
    d.compare.forEach((s, k) => proportional(bars(overlay!, schemeColor(k)).map((r) => r.height), s.summary.byLevel.map((r) => r.meanAnnual / 12)));
    for (const s of d.compare) expect(texts(overlay!.svg)).toContain(s.name);
  });

  it('the whole fingerprint, the scheme and the date under each chart, on a line of its own; English in English', async () => {
    const d = await data();
    for (const lang of ['zh', 'en'] as const) {
      for (const c of paperCharts('brief', d, lang, '2026-12-05')) {
        expect(texts(c.svg)).toContain(`${CHART_WORDS[lang].fingerprint} ${d.answer.fingerprint}`);
        expect(texts(c.svg).some((t) => t.includes(d.scheme.name) && t.includes('2026-12-05'))).toBe(true);
      }
    }
    const en = paperCharts('costing', d, 'en', '2026-12-05');
    expect(texts(en[0]!.svg)).toContain('Chief technician');
    expect(en.map((c) => c.title)).toEqual(['Pay by grade (mean monthly)', 'Wage bill growth against the guideline', 'Gainers and losers by grade', 'Gross and take-home raise (mean by grade, CNY/month)']);
  });

  it('colours are the schemes\' own where the page gives them', async () => {
    const d = await data();
    const [pay] = paperCharts('costing', d, 'zh', '2026-12-05', [3, 0, 1]);
    expect(bars(pay!, schemeColor(3))).toHaveLength(d.payTable.length);
  });

  it('ticks are round and hold the range', () => {
    expect(niceTicks(0, 19_432)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(niceTicks(-0.63, 11.2, 6)).toEqual([-2, 0, 2, 4, 6, 8, 10, 12]);
    expect(niceTicks(-1.2, 11.3, 6)).toEqual([-5, 0, 5, 10, 15]);
    expect(niceTicks(0, 352)).toEqual([0, 100, 200, 300, 400]);
  });

  it('in Node, every character drawn has a font, and the PNG is drawn at twice the size', async () => {
    const d = await data();
    for (const lang of ['zh', 'en'] as const) {
      for (const c of [...paperCharts('costing', d, lang, '2026-12-05'), ...paperCharts('brief', d, lang, '2026-12-05')]) {
        expect(uncovered(c.text + texts(c.svg).join(''))).toEqual([]);
      }
    }
    const chart = paperCharts('costing', d, 'zh', '2026-12-05')[0]!;
    const png = await chartPng(chart);
    const v = new DataView(png.buffer, png.byteOffset);
    expect([v.getUint32(16), v.getUint32(20)]).toEqual([2 * chart.width, 2 * chart.height]);
    // Not blank: the decoded pixels hold ink (not white) — the bars and the text — and the background is white.
    const { rgb, width } = decodePng(png);
    let ink = 0;
    for (let i = 0; i < rgb.length; i += 3) if (rgb[i]! < 200 || rgb[i + 1]! < 200 || rgb[i + 2]! < 200) ink++;
    expect([...rgb.subarray(0, 3)]).toEqual([255, 255, 255]);
    expect(width).toBe(2 * chart.width);
    const raw = { length: rgb.length / 3 };
    expect(ink).toBeGreaterThan(raw.length / 50);
    expect(ink).toBeLessThan(raw.length / 2);
  });
});
