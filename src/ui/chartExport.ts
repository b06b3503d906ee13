/**
 * Charts out of the page for bargaining documents: SVG, and PNG at 2× for
 * print, with title, units, scheme name, fingerprint and an assumptions
 * footnote on the image. Chinese renders everywhere because the Noto Sans SC
 * subsets the text actually uses are embedded in the SVG (an SVG drawn as an
 * image cannot reach the page's web fonts, and machines may have no CJK font).
 */
import { codePoints, inUnicodeRange } from '../../models/io/unicodeRange';

export interface ChartMeta {
  title: string;
  units: string;
  scheme: string;
  /** The whole SHA-256 (64 hex digits): an exported chart carries all of it. */
  fingerprint: string;
  /** "方案指纹" or "Scheme fingerprint", in the page's language. */
  fingerprintLabel: string;
  note: string;
}


function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function mainSvg(figure: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) {
    if (!best || svg.clientWidth * svg.clientHeight > best.clientWidth * best.clientHeight) best = svg;
  }
  return best;
}

/** @font-face rules, as data URLs, for the Noto Sans SC subsets covering `text`. */
export async function embeddedFonts(text: string): Promise<string> {
  const cps = codePoints(text);
  const wanted: { url: string; range: string; weight: string }[] = [];
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of [...rules]) {
      if (!(rule instanceof CSSFontFaceRule) || !rule.style.getPropertyValue('font-family').includes('Noto Sans SC')) continue;
      const range = rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF';
      const url = /url\("?([^")]+\.woff2)"?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (url && [...cps].some((cp) => inUnicodeRange(cp, range))) wanted.push({ url: new URL(url, sheet.href ?? location.href).href, range, weight: rule.style.getPropertyValue('font-weight') || '400' });
    }
  }
  const faces = await Promise.all(
    wanted.map(async (f) => {
      const bytes = new Uint8Array(await (await fetch(f.url)).arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:'Noto Sans SC';font-weight:${f.weight};unicode-range:${f.range};src:url(data:font/woff2;base64,${btoa(bin)}) format('woff2');}`;
    }),
  );
  return faces.join('');
}

/** The colour of a legend item's icon: its fill, or its stroke for line icons (filled with "none"). */
function iconColor(li: Element): string {
  for (const el of li.querySelectorAll('path, rect, line')) {
    const fill = el.getAttribute('fill');
    if (fill && fill !== 'none') return fill;
    const stroke = el.getAttribute('stroke');
    if (stroke && stroke !== 'none') return stroke;
  }
  return '#000';
}

/** Width of `text` in the bundled font, to wrap footnotes. */
function measurer(size: number): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = `${size}px 'Noto Sans SC', sans-serif`;
  return (text) => (ctx ? ctx.measureText(text).width : text.length * size);
}

/** `text` in lines no wider than `width` (breaking between any two characters: Chinese has no spaces). */
export function wrapText(text: string, width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && measure(line + ch) > width) {
      lines.push(line);
      line = ch.trimStart();
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart in `figure` as a self-contained SVG document: title above; the
 * legend drawn where it sits on screen (so it wraps exactly as on screen and
 * is never cut); scheme, units, fingerprint, date and the assumptions
 * footnote below, wrapped to the width.
 */
export async function chartSvg(figure: Element, meta: ChartMeta): Promise<{ svg: string; width: number; height: number }> {
  const svg = mainSvg(figure);
  if (!svg) throw new Error('no chart to export');
  const w = svg.clientWidth || Number(svg.getAttribute('width'));
  const h = svg.clientHeight || Number(svg.getAttribute('height'));
  const box = svg.getBoundingClientRect();
  const legend = [...figure.querySelectorAll('.recharts-legend-item')].map((li) => {
    const label = li.querySelector('.recharts-legend-item-text') ?? li;
    const icon = li.querySelector('svg')?.getBoundingClientRect() ?? li.getBoundingClientRect();
    const tr = label.getBoundingClientRect();
    return { text: label.textContent ?? '', color: iconColor(li), ix: icon.left - box.left, iy: icon.top - box.top + Math.max(0, (icon.height - 10) / 2), tx: tr.left - box.left, ty: tr.top - box.top + tr.height * 0.78 };
  });
  const legendSvg = legend.map((l) => `<rect x="${l.ix.toFixed(1)}" y="${l.iy.toFixed(1)}" width="10" height="10" fill="${escapeXml(l.color)}"/><text x="${l.tx.toFixed(1)}" y="${l.ty.toFixed(1)}" font-size="12">${escapeXml(l.text)}</text>`).join('');
  const foot1 = [meta.scheme, meta.units, new Date().toISOString().slice(0, 10)].filter(Boolean).join(' · ');
  // The whole fingerprint on a line of its own, never broken: its size is chosen so its 64 digits fit the width.
  const fpLine = `${meta.fingerprintLabel} ${meta.fingerprint}`;
  const fpSize = Math.max(6, Math.min(11, Math.floor((11 * (w - 16)) / Math.max(1, measurer(11)(fpLine)))));
  const foot = [...wrapText(foot1, w - 16, measurer(11)).map((t) => ({ t, size: 11, fill: '#1a1a1a' })), { t: fpLine, size: fpSize, fill: '#1a1a1a' }, ...wrapText(meta.note, w - 16, measurer(10)).map((t) => ({ t, size: 10, fill: '#5a5a5a' }))];
  const titleLines = wrapText(meta.title, w - 16, measurer(16));
  const head = 14 + titleLines.length * 22;
  const inner = new XMLSerializer().serializeToString(svg).replace(/^<svg/, `<svg x="0" y="${head}"`);
  const allText = meta.title + legend.map((l) => l.text).join('') + foot1 + fpLine + meta.note + (svg.textContent ?? '') + '0123456789.,%-–·';
  const fonts = await embeddedFonts(allText);
  const H = head + h + 8 + foot.length * 16;
  const title = titleLines.map((t, k) => `<text x="8" y="${24 + k * 22}" font-size="16" font-weight="700">${escapeXml(t)}</text>`).join('');
  const footSvg = foot.map((f, k) => `<text x="8" y="${head + h + 18 + k * 16}" font-size="${f.size}" fill="${f.fill}">${escapeXml(f.t)}</text>`).join('');
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${H}" viewBox="0 0 ${w} ${H}"><style>${fonts} text{font-family:'Noto Sans SC',sans-serif}</style><rect width="100%" height="100%" fill="#fff"/>${title}${inner}<g transform="translate(0,${head})">${legendSvg}</g>${footSvg}</svg>`;
  return { svg: doc, width: w, height: H };
}

/** Rasterise an SVG document at `scale`× (2 for print). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  // The fonts embedded in an SVG image load after the image decodes: the first
  // decode warms them, and the image drawn is decoded again once they are in.
  const warm = new Image();
  warm.src = src;
  await warm.decode();
  await new Promise((r) => setTimeout(r, 250));
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}
