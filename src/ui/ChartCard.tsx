/**
 * A chart in a card: its title, the PNG and SVG buttons that export it with
 * title, units, scheme, fingerprint and footnote on the image, and a redraw
 * that is staggered so a slider drag never commits every chart at once.
 */
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { download, fileSafe } from '../lib/download';
import { chartSvg, svgToPng } from './chartExport';

export interface ExportMeta {
  scheme: string;
  fingerprint: string;
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

/** Start the next redraw; jobs that have nothing to draw (the chart unmounted or is already up to date) are skipped at once. */
function startNext(): void {
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
          setCurrent(() => next);
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

/** PNG (2×) and SVG of the chart in `figure`, with title, units, scheme, fingerprint and footnote on the image. */
export function ExportButtons({ figure, title, units }: { figure: RefObject<HTMLElement | null>; title: string; units: string }) {
  const meta = useContext(ExportContext);
  if (!meta) return null;
  const save = async (kind: 'png' | 'svg') => {
    if (!figure.current) return;
    const { svg, width, height } = await chartSvg(figure.current, { title, units, ...meta });
    const name = `${fileSafe(title)}-${meta.fingerprint}.${kind}`;
    if (kind === 'svg') download(name, svg, 'image/svg+xml');
    else download(name, await svgToPng(svg, width, height, 2), 'image/png');
  };
  return (
    <span className="chart-exports">
      <button className="link" onClick={() => void save('png')} data-testid="export-png">
        PNG
      </button>
      <button className="link" onClick={() => void save('svg')} data-testid="export-svg">
        SVG
      </button>
    </span>
  );
}

export function ChartCard({ title, units, render, index = 0, testId, className = 'card', children }: { title: string; units: string; render: () => ReactNode; index?: number; testId?: string; className?: string; children?: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  return (
    <figure className={className} data-testid={testId} data-title={title} data-units={units} ref={ref}>
      <figcaption>
        {title}
        <ExportButtons figure={ref} title={title} units={units} />
      </figcaption>
      <Staggered render={render} delay={index * 35} />
      {children}
    </figure>
  );
}
