/**
 * The papers' charts as PNG outside the browser (the CLI's `--doc`): the SVG
 * that models/documents/charts.ts draws for the page's papers, rasterised by
 * resvg (Rust, as WebAssembly: one build for every machine, no native
 * binary) with the same Noto Sans SC the page bundles (@fontsource). resvg
 * reads TrueType/OpenType only; @fontsource ships the font as WOFF subsets,
 * so the subsets that hold the chart's characters are unwrapped to OpenType
 * (`woffToSfnt`, WOFF 1.0: each table zlib-compressed). Loaded only when a
 * paper with charts is asked for: the CLI's start does not pay for it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { codePoints, inRanges, parseUnicodeRange } from '../models/io/unicodeRange';
import type { PaperChart } from '../models/documents/charts';
import type { DocImage } from '../models/io/docx';

const resolveHere = createRequire(import.meta.url);

/** The OpenType font inside a WOFF 1.0 file (the WOFF specification, §4–5): the table directory rebuilt, each table inflated. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || v.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = v.getUint32(4);
  const n = v.getUint16(12);
  const tables = Array.from({ length: n }, (_, i) => {
    const o = 44 + i * 20;
    return { tag: v.getUint32(o), offset: v.getUint32(o + 4), compLength: v.getUint32(o + 8), origLength: v.getUint32(o + 12), checksum: v.getUint32(o + 16) };
  });
  const padded = (x: number) => (x + 3) & ~3;
  const out = new Uint8Array(12 + 16 * n + tables.reduce((s, t) => s + padded(t.origLength), 0));
  const o = new DataView(out.buffer);
  let log2 = 0;
  while (2 << log2 <= n) log2++;
  o.setUint32(0, flavor);
  o.setUint16(4, n);
  o.setUint16(6, 16 << log2);
  o.setUint16(8, log2);
  o.setUint16(10, n * 16 - (16 << log2));
  let at = 12 + 16 * n;
  tables.forEach((t, i) => {
    const data = woff.subarray(t.offset, t.offset + t.compLength);
    const raw = t.compLength < t.origLength ? inflateSync(data) : data;
    if (raw.byteLength !== t.origLength) throw new Error('WOFF table of the wrong length');
    const r = 12 + i * 16;
    o.setUint32(r, t.tag);
    o.setUint32(r + 4, t.checksum);
    o.setUint32(r + 8, at);
    o.setUint32(r + 12, t.origLength);
    out.set(raw, at);
    at += padded(t.origLength);
  });
  return out;
}

interface Face {
  file: string;
  ranges: [number, number][];
}

let faces: Face[] | null = null;
const sfnt = new Map<string, Uint8Array>();
let ready: Promise<typeof import('@resvg/resvg-wasm')> | null = null;

/** The regular and bold faces of Noto Sans SC as @fontsource lists them: each WOFF subset and the characters it holds. */
function fontFaces(): Face[] {
  if (faces) return faces;
  const dir = dirname(resolveHere.resolve('@fontsource/noto-sans-sc/400.css'));
  faces = ['400.css', '700.css'].flatMap((css) =>
    [...readFileSync(join(dir, css), 'utf8').matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map((m) => ({ file: join(dir, 'files', m[1]!), ranges: parseUnicodeRange(m[2]!) })),
  );
  return faces;
}

/** The characters of `text` (as code points) that no face holds: drawn as nothing (the tests keep this empty). */
export function uncovered(text: string): number[] {
  return [...codePoints(text)].filter((cp) => cp > 0x20 && !fontFaces().some((f) => inRanges(cp, f.ranges)));
}

/** The OpenType fonts holding every character of `text`, regular and bold. */
function fontsFor(text: string): Uint8Array[] {
  const cps = [...codePoints(text)];
  return fontFaces()
    .filter((f) => cps.some((cp) => inRanges(cp, f.ranges)))
    .map((f) => {
      let font = sfnt.get(f.file);
      if (!font) sfnt.set(f.file, (font = woffToSfnt(readFileSync(f.file))));
      return font;
    });
}

async function resvg(): Promise<typeof import('@resvg/resvg-wasm')> {
  ready ??= (async () => {
    const m = await import('@resvg/resvg-wasm');
    await m.initWasm(readFileSync(resolveHere.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return m;
  })();
  return ready;
}

/**
 * Opaque RGBA pixels as an RGB PNG file (PNG specification §11: IHDR, IDAT, IEND; no alpha channel, so Word and
 * LibreOffice add no soft mask), compressed by Node's zlib: resvg's own PNG encoder, run as WebAssembly, took
 * 25–60 ms a chart where zlib takes 7 (a batch of 100 costing notes writes 400).
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  // Filter type 0 (none) on each scanline; the alpha byte of each pixel left out.
  for (let y = 0, o = 0, i = 0; y < height; y++) {
    raw[o++] = 0;
    for (let x = 0; x < width; x++, i += 4) {
      raw[o++] = rgba[i]!;
      raw[o++] = rgba[i + 1]!;
      raw[o++] = rgba[i + 2]!;
    }
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    out.set(data, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0))]);
}

/** A chart as PNG at `scale`× (2 for print). The chart is drawn on white, so its pixels are opaque (premultiplied alpha is alpha). */
export async function chartPng(chart: PaperChart, scale = 2): Promise<Uint8Array> {
  const { Resvg } = await resvg();
  const r = new Resvg(chart.svg, { background: '#ffffff', fitTo: { mode: 'zoom', value: scale }, font: { fontBuffers: fontsFor(chart.text), defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' } });
  try {
    const img = r.render();
    try {
      return encodePng(img.pixels, img.width, img.height);
    } finally {
      img.free();
    }
  } finally {
    r.free();
  }
}

/** The paper's charts as the images a Word file holds. */
export async function chartImages(charts: PaperChart[], scheme: string): Promise<DocImage[]> {
  const out: DocImage[] = [];
  for (const c of charts) out.push({ title: c.title, png: await chartPng(c), width: c.width, height: c.height, alt: `${c.title} · ${scheme}` });
  return out;
}
