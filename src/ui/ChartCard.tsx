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
 * Redraws its chart at most every 250 ms, each chart at its own offset, so a
 * slider drag never commits all the SVG at once (one long main-thread task).
 * Returning the same element lets React skip the subtree between redraws.
 */
export function Staggered({ render, delay }: { render: () => ReactNode; delay: number }) {
  const [current, setCurrent] = useState(() => render);
  const latest = useRef(render);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastAt = useRef(0);
  latest.current = render;
  useEffect(() => {
    if (pending.current !== null || current === render) return;
    const wait = Math.max(delay, 250 - (performance.now() - lastAt.current));
    pending.current = setTimeout(() => {
      pending.current = null;
      lastAt.current = performance.now();
      setCurrent(() => latest.current);
    }, wait);
  });
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
  return useMemo(() => current(), [current]);
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
