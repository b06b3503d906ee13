/**
 * Charts out of the page for bargaining documents: SVG, and PNG at 2× for
 * print, with title, units, scheme name, fingerprint and an assumptions
 * footnote on the image. Chinese renders everywhere because the Noto Sans SC
 * subsets the text actually uses are embedded in the SVG (an SVG drawn as an
 * image cannot reach the page's web fonts, and machines may have no CJK font).
 */
export interface ChartMeta {
  title: string;
  units: string;
  scheme: string;
  fingerprint: string;
  note: string;
}

const HEAD = 64;
const FOOT = 44;

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

function inRange(cp: number, range: string): boolean {
  return range.split(',').some((part) => {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m) return false;
    if (m[1]!.includes('?')) return cp >= parseInt(m[1]!.replace(/\?/g, '0'), 16) && cp <= parseInt(m[1]!.replace(/\?/g, 'F'), 16);
    const lo = parseInt(m[1]!, 16);
    const hi = m[2] ? parseInt(m[2], 16) : lo;
    return cp >= lo && cp <= hi;
  });
}

/** @font-face rules, as data URLs, for the Noto Sans SC subsets covering `text`. */
async function embeddedFonts(text: string): Promise<string> {
  const cps = new Set([...text].map((c) => c.codePointAt(0)!));
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
      if (url && [...cps].some((cp) => inRange(cp, range))) wanted.push({ url: new URL(url, sheet.href ?? location.href).href, range, weight: rule.style.getPropertyValue('font-weight') || '400' });
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

/** The chart in `figure` as a self-contained SVG document with its title, legend and footnote. */
export async function chartSvg(figure: Element, meta: ChartMeta): Promise<{ svg: string; width: number; height: number }> {
  const svg = mainSvg(figure);
  if (!svg) throw new Error('no chart to export');
  const w = svg.clientWidth || Number(svg.getAttribute('width'));
  const h = svg.clientHeight || Number(svg.getAttribute('height'));
  const legend = [...figure.querySelectorAll('.recharts-legend-item')].map((li) => ({
    text: li.textContent ?? '',
    color: li.querySelector('path, rect')?.getAttribute('fill') || li.querySelector('path, line')?.getAttribute('stroke') || '#000',
  }));
  let x = 0;
  const legendSvg = legend
    .map((l) => {
      const s = `<rect x="${x}" y="0" width="10" height="10" fill="${escapeXml(l.color)}"/><text x="${x + 14}" y="9" font-size="11">${escapeXml(l.text)}</text>`;
      x += 24 + l.text.length * 12;
      return s;
    })
    .join('');
  const foot1 = [meta.scheme, meta.units, `指纹 fingerprint ${meta.fingerprint}`, new Date().toISOString().slice(0, 10)].filter(Boolean).join(' · ');
  const inner = new XMLSerializer().serializeToString(svg).replace(/^<svg/, `<svg x="0" y="${HEAD}"`);
  const allText = meta.title + legend.map((l) => l.text).join('') + foot1 + meta.note + (svg.textContent ?? '') + '0123456789.,%-–·';
  const fonts = await embeddedFonts(allText);
  const H = h + HEAD + FOOT;
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${H}" viewBox="0 0 ${w} ${H}"><style>${fonts} text{font-family:'Noto Sans SC',sans-serif;fill:#1a1a1a}</style><rect width="100%" height="100%" fill="#fff"/><text x="8" y="24" font-size="16" font-weight="700">${escapeXml(meta.title)}</text><g transform="translate(8,40)">${legendSvg}</g>${inner}<text x="8" y="${h + HEAD + 18}" font-size="11">${escapeXml(foot1)}</text><text x="8" y="${h + HEAD + 34}" font-size="10" fill="#5a5a5a">${escapeXml(meta.note)}</text></svg>`;
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
