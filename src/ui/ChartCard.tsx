/**
 * A chart in a card: its title, the PNG and SVG buttons that export it with
 * title, units, scheme, fingerprint and footnote on the image, and a redraw
 * that is staggered so a slider drag never commits every chart at once.
 */
import { createContext, startTransition, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { download, fileSafe } from '../lib/download';
import { chartSvg, svgToPng } from './chartExport';

export interface ExportMeta {
  scheme: string;
  /** The whole SHA-256; file names take its first 16 digits. */
  fingerprint: string;
  fingerprintLabel: string;
  /** What file names carry of the fingerprint (its first 16 digits). */
  fileTag: string;
  note: string;
}

const ExportContext = createContext<ExportMeta | null>(null);
export const ExportMetaProvider = ExportContext.Provider;

/**
 * Redraws its chart only once what it shows has stopped changing for a
 * moment (QUIET_MS), each chart at its own offset after that: while a slider
 * moves, no chart is redrawn at all (a recharts redraw can take tens of
 * milliseconds), and when it stops they are redrawn one after another rather
 * than in one long task. The first drawing is immediate. Returning the same
 * element lets React skip the subtree between redraws.
 */
export const QUIET_MS = 350;

/*
 * One chart drawn per task. Timers of several charts can fire before React
 * renders, and React would then draw them all in one commit (one long task);
 * so redraws wait in a queue, and the next starts only after the previous one
 * was committed (or could not be, after a short wait).
 */
const queue: { run: () => boolean; token: object }[] = [];
let drawing: object | null = null;

/*
 * While the scheme is being edited (a slider dragged, a number typed) no chart is drawn: an answer that arrives in the
 * middle of a drag (the agreement zone asked before it, a chart whose own figures paused for a moment because the
 * engine was busy) waits until the edits have paused for QUIET_MS. Each drawing is a task of 50–150 ms on a two-core
 * machine, and during a drag every frame counts.
 */
let editedAt = -Infinity;
let gate: ReturnType<typeof setTimeout> | null = null;

/** The scheme was just edited: charts wait until edits pause. */
export function noteEdit(): void {
  editedAt = performance.now();
}

/** Start the next redraw; jobs that have nothing to draw (the chart unmounted or is already up to date) are skipped at once. */
function startNext(): void {
  const wait = editedAt + QUIET_MS - performance.now();
  if (wait > 0 && queue.length) {
    gate ??= setTimeout(() => {
      gate = null;
      if (drawing === null) startNext();
    }, wait);
    return;
  }
  for (;;) {
    const job = queue.shift();
    drawing = job?.token ?? null;
    if (!job) return;
    if (!job.run()) continue;
    // A redraw that React never commits must not hold the queue for long.
    const token = job.token;
    setTimeout(() => drawing === token && finished(token), 250);
    return;
  }
}

/** Queue a chart's redraw; a chart waits in the queue once, with its latest drawing. */
function enqueue(run: () => boolean, token: object): void {
  const k = queue.findIndex((j) => j.token === token);
  if (k >= 0) queue[k] = { run, token };
  else queue.push({ run, token });
  if (drawing === null) startNext();
}

function forget(token: object): void {
  const k = queue.findIndex((j) => j.token === token);
  if (k >= 0) queue.splice(k, 1);
  finished(token);
}

function finished(token: object): void {
  if (drawing !== token) return;
  drawing = null;
  setTimeout(startNext, 0);
}

export function Staggered({ render, delay, height = 240 }: { render: () => ReactNode; delay: number; height?: number }) {
  // The first chart draws at once; the others each in a task of their own just after (a page of charts drawn in one go is a long task).
  const [current, setCurrent] = useState<(() => ReactNode) | null>(() => (delay === 0 ? render : null));
  const latest = useRef(render);
  const shown = useRef(current);
  const mounted = useRef(true);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const token = useRef({});
  latest.current = render;
  useEffect(() => {
    shown.current = current;
    // Committed: the queue may draw the next chart.
    finished(token.current);
  }, [current]);
  useEffect(() => {
    if (current !== null && current === render) return;
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = setTimeout(
      () => {
        pending.current = null;
        enqueue(() => {
          const next = latest.current;
          if (!mounted.current || next === shown.current) return false;
          startTransition(() => setCurrent(() => next));
          return true;
        }, token.current);
      },
      current === null ? delay : QUIET_MS + delay,
    );
  });
  useEffect(() => {
    mounted.current = true;
    const t = token.current;
    return () => {
      mounted.current = false;
      if (pending.current !== null) clearTimeout(pending.current);
      forget(t);
    };
  }, []);
  return useMemo(() => (current ? current() : <div className="chart-placeholder" style={{ height }} />), [current, height]);
}

/** The numbers behind a chart, as a table: a header row and the rows. */
export interface ChartTable {
  header: string[];
  rows: (string | number)[][];
}

/** The table as CSV (with BOM, for Excel) or tab-separated text (for pasting into WPS/Excel), headed by the chart's title, units, scheme and fingerprint. */
export function chartTableText(table: ChartTable, meta: { title: string; units: string; scheme: string; fingerprint: string; fingerprintLabel: string }, sep: ',' | '\t'): string {
  const field = (v: string | number) => {
    const s = typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
    return sep === ',' && /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s.replace(/[\t\r\n]/g, ' ');
  };
  const lines = [[meta.title], [meta.units], [`${meta.scheme} · ${meta.fingerprintLabel} ${meta.fingerprint} · ${new Date().toISOString().slice(0, 10)}`], [], table.header, ...table.rows].map((r) => r.map(field).join(sep));
  return (sep === ',' ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/** PNG (2×) and SVG of the chart in `figure`, with title, units, scheme, fingerprint and footnote on the image; and the numbers behind it (CSV, or copied as a table). */
export function ExportButtons({ figure, title, units, data }: { figure: RefObject<HTMLElement | null>; title: string; units: string; data?: () => ChartTable }) {
  const { t } = useTranslation();
  const meta = useContext(ExportContext);
  const [copied, setCopied] = useState(false);
  if (!meta) return null;
  const save = async (kind: 'png' | 'svg') => {
    if (!figure.current) return;
    const { svg, width, height } = await chartSvg(figure.current, { title, units, ...meta });
    const name = `${fileSafe(title)}-${meta.fileTag}.${kind}`;
    if (kind === 'svg') download(name, svg, 'image/svg+xml');
    else download(name, await svgToPng(svg, width, height, 2), 'image/png');
  };
  const info = { title, units, scheme: meta.scheme, fingerprint: meta.fingerprint, fingerprintLabel: meta.fingerprintLabel };
  const copy = async () => {
    if (!data) return;
    try {
      await navigator.clipboard.writeText(chartTableText(data(), info, '\t'));
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (permissions): the CSV download is the way.
      download(`${fileSafe(title)}-${meta.fileTag}.csv`, chartTableText(data(), info, ','), 'text/csv;charset=utf-8');
    }
  };
  return (
    <span className="chart-exports">
      <button className="link" onClick={() => void save('png')} data-testid="export-png">
        PNG
      </button>
      <button className="link" onClick={() => void save('svg')} data-testid="export-svg">
        SVG
      </button>
      {data && (
        <>
          <button className="link" onClick={() => download(`${fileSafe(title)}-${meta.fileTag}.csv`, chartTableText(data(), info, ','), 'text/csv;charset=utf-8')} data-testid="export-data">
            {t('charts.data')}
          </button>
          <button className="link" onClick={() => void copy()} data-testid="copy-data">
            {copied ? t('charts.copied') : t('charts.copy')}
          </button>
        </>
      )}
    </span>
  );
}

export function ChartCard({ title, units, render, index = 0, testId, className = 'card', children, data }: { title: string; units: string; render: () => ReactNode; index?: number; testId?: string; className?: string; children?: ReactNode; data?: () => ChartTable }) {
  const ref = useRef<HTMLElement>(null);
  return (
    <figure className={className} data-testid={testId} data-title={title} data-units={units} ref={ref}>
      <figcaption>
        {title}
        <ExportButtons figure={ref} title={title} units={units} data={data} />
      </figcaption>
      <Staggered render={render} delay={index * 35} />
      {children}
    </figure>
  );
}
