/**
 * Word documents for the bargaining round, built in the browser (or the
 * CLI) with the docx library, typeset as papers that are handed across a
 * table and filed with the labour bureau: a title, the 文号 line, the
 * scheme's whole fingerprint and the date under it; headings that stay with
 * what follows, table rows that never split across pages, page numbers
 * (第 X 页 共 Y 页) in the footer with the fingerprint's first digits;
 * 宋体 titles and 仿宋 text in Chinese documents (Times New Roman for
 * Latin letters and digits); full-width punctuation in Chinese text; dates
 * written 2027年3月1日; a signature block per party, each with its own
 * date line. English documents keep English conventions.
 */
import { typeset, xmlSafe } from '../documents/text';
import type { Lang } from './messages';

export interface DocTable {
  title?: string;
  header: string[];
  rows: (string | number)[][];
  /** Column widths in percent of the text width (default: equal). */
  widths?: number[];
  /** Rows (by index) that are a part of the rows above ("其中…"): set in, not counted again. */
  sub?: number[];
  /** Rows (by index) that sum the table ("合计"): bold. */
  total?: number[];
}

export interface DocImage {
  title: string;
  png: Uint8Array;
  /** Size in pixels at 1×; the PNG itself may be 2× for print. */
  width: number;
  height: number;
  /** Text read out in place of the image (screen readers, and Word's alt text). */
  alt?: string;
}

/** A party that signs: its name with the seal, its representative's signature, and a date of its own. */
export interface Signer {
  /** 甲方 / 乙方 / 要约方 … */
  role: string;
  name: string;
  /** The representative's title (首席代表), signed by hand. */
  rep?: string;
}

export type Block =
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  /** `split`: the paragraph may run over a page break (its last lines still go with the next block when keepNext). */
  | { kind: 'paragraph'; text: string; bold?: boolean; size?: number; center?: boolean; right?: boolean; indent?: boolean; keepNext?: boolean; split?: boolean }
  | { kind: 'table'; table: DocTable }
  | { kind: 'image'; image: DocImage }
  /** Signature blocks, side by side: name and seal, representative, date — each party its own. */
  | { kind: 'signatures'; signers: Signer[] }
  /** Lines to sign or fill in by hand, each with a label (监票人, 计票人 …). */
  | { kind: 'fill'; labels: string[] }
  /** Items to tick off, each with a box. */
  | { kind: 'checklist'; items: string[] }
  | { kind: 'pageBreak' };

export interface Doc {
  title: string;
  subtitle?: string;
  /** 文号: printed under the title; an empty string leaves a line to fill in by hand; undefined prints none. */
  docNumber?: string;
  /** The scheme's whole fingerprint (64 hex digits), printed under the title; its first 16 digits go in the footer. */
  fingerprint: string;
  /** Other fingerprints the paper rests on (the payroll ledger's), each on its own line under the scheme's. */
  moreFingerprints?: { label: { zh: string; en: string }; value: string }[];
  /** The date the document was made, YYYY-MM-DD (printed as the language writes dates). */
  date: string;
  blocks: Block[];
  footnote?: string;
}

/** How a number is written in a document table: grouped, at most two decimals, with the minus sign (−). */
export function docNumber(v: number, lang: Lang = 'zh'): string {
  return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 }).replace(/^-/, '−');
}

const cellText = (v: string | number, lang: Lang) => (typeof v === 'number' ? docNumber(v, lang) : typeset(v, lang));

/** The words around the fingerprint and the date, in each language. */
const WORDS = {
  zh: { fingerprint: '方案指纹', docNumber: '文号', date: (d: string) => typeset(d, 'zh'), page: (cur: string, tot: string) => [`第 `, cur, ` 页 共 `, tot, ` 页`], seal: '(盖章)', sign: '(签字)', signLine: '_'.repeat(16), dateLine: '日期:____年__月__日' },
  en: { fingerprint: 'Scheme fingerprint', docNumber: 'Ref.', date: (d: string) => typeset(d, 'en'), page: (cur: string, tot: string) => ['Page ', cur, ' of ', tot, ''], seal: '(seal)', sign: '(signature)', signLine: '_'.repeat(12), dateLine: 'Date: ____________' },
};

/** A party's signature lines as printed (and as docText reads them): name and seal, the representative's signature, its own date. */
function signerLines(s: Signer, lang: Lang): string[] {
  const w = WORDS[lang];
  return [`${s.role}${w.seal}:${s.name}`, ...(s.rep ? [`${s.rep}${w.sign}:${w.signLine}`] : []), w.dateLine];
}

/** How many characters of a document XML cannot hold (replaced by U+FFFD in the file): the caller says so. */
export function docReplaced(doc: Doc): number {
  let n = 0;
  const count = (t: string | number | undefined) => {
    if (typeof t === 'string') n += xmlSafe(t).replaced;
  };
  [doc.title, doc.subtitle, doc.docNumber, doc.footnote].forEach(count);
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') count(b.text);
    else if (b.kind === 'table') [b.table.title, ...b.table.header, ...b.table.rows.flat()].forEach(count);
    else if (b.kind === 'signatures') b.signers.forEach((x) => [x.role, x.name, x.rep].forEach(count));
    else if (b.kind === 'fill' || b.kind === 'checklist') (b.kind === 'fill' ? b.labels : b.items).forEach(count);
    else if (b.kind === 'image') [b.image.title, b.image.alt].forEach(count);
  }
  return n;
}

/** The fingerprints under the title, label and value: the scheme's, then any other the paper rests on. */
function fingerprintLines(doc: Doc, lang: Lang): [string, string][] {
  return [[WORDS[lang].fingerprint, doc.fingerprint], ...(doc.moreFingerprints ?? []).map((f): [string, string] => [f.label[lang], f.value])];
}

/** What a reader of the Word file sees, in order (tests and previews read this; the file says the same). */
export function docText(doc: Doc, lang: Lang = 'zh'): string {
  const w = WORDS[lang];
  const t = (s: string) => typeset(s, lang);
  const out = [t(doc.title), t(doc.subtitle ?? '')];
  if (doc.docNumber !== undefined) out.push(t(`${w.docNumber}:${doc.docNumber}`));
  out.push(...fingerprintLines(doc, lang).map(([label, value]) => `${t(`${label}:`)}${value}`), w.date(doc.date));
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') out.push(t(b.text));
    else if (b.kind === 'table') out.push(...(b.table.title ? [t(b.table.title)] : []), b.table.header.map(t).join(' '), ...b.table.rows.map((r) => r.map((v) => cellText(v, lang)).join(' ')));
    else if (b.kind === 'signatures') for (const s of b.signers) out.push(...signerLines(s, lang).map(t));
    else if (b.kind === 'fill') out.push(...b.labels.map((l) => t(`${l}:`)));
    else if (b.kind === 'checklist') out.push(...b.items.map(t));
    else if (b.kind === 'image') out.push(t(b.image.title));
  }
  if (doc.footnote) out.push(t(doc.footnote));
  return out.filter(Boolean).join('\n');
}

/** A cell that holds a number, written as a number or as text (12,018.1 · −3.5% · +1,234 · 1,234 → 1,300): set right. */
const NUMERIC = /^[+\u2212-]?[\d,]+(\.\d+)?%?( \u2192 [+\u2212-]?[\d,]+(\.\d+)?%?)?$/;
export function isNumeric(v: string | number): boolean {
  return typeof v === 'number' || NUMERIC.test(v.trim());
}

/**
 * The page. Chinese papers follow GB/T 9704—2012 (党政机关公文格式) where it fits a contract: A4, 天头 37 mm,
 * 订口 28 mm, a type area of 156 × 225 mm, 3号 (16 pt) 仿宋 text on a fixed 28.95 pt line (22 lines a page),
 * a 2号 (22 pt) title, article headings in 3号 黑体, tables in 五号 (10.5 pt). Two departures, both for a paper
 * that is signed page by page: the footer carries 第 X 页 共 Y 页 (not "— X —"), so a missing page shows, and
 * the scheme's fingerprint; the title is set in 宋体 bold, as 方正小标宋 is not on every machine.
 * English papers keep A4 with 2.54 cm margins. Lengths in twentieths of a point (1 mm = 56.69).
 */
const MM = 56.6929;
export const PAGE = {
  zh: { width: 11906, height: 16838, top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(21 * MM) },
  en: { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1440, right: 1440, footer: 708 },
};
/** Type sizes in half-points: body, small print (sources, notes), the fingerprint lines, tables, table and figure titles, headings, the title. */
export const TYPE = {
  zh: { body: 32, small: 24, tiny: 18, table: 21, caption: 28, heading: 32, title: 44, line: 579 },
  en: { body: 24, small: 18, tiny: 16, table: 20, caption: 22, heading: 26, title: 36, line: 360 },
};

/**
 * The faces a Chinese paper names, with what Word and WPS put in their place where a face is missing
 * (w:altName, the GB2312 character set and the PANOSE class in the document's font table); LibreOffice
 * resolves the names through fontconfig (npm run render:documents maps them to the Noto CJK SC faces).
 */
const FACES: { name: string; alt: string; panose: string; charset: string; family: string; pitch: string }[] = [
  { name: '仿宋', alt: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', alt: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  { name: '黑体', alt: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: 'Times New Roman', alt: 'Liberation Serif', panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
  { name: 'Courier New', alt: 'Liberation Mono', panose: '02070309020205020404', charset: '00', family: 'modern', pitch: 'fixed' },
];
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${FACES.map(
  (f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
).join('')}</w:fonts>`;

export async function buildDocx(doc: Doc, lang: Lang): Promise<Uint8Array> {
  const d = await import('docx');
  const w = WORDS[lang];
  const t = (s: string) => typeset(s, lang);
  const zh = lang === 'zh';
  const page = PAGE[lang];
  const type = TYPE[lang];
  const TEXT_WIDTH = page.width - page.left - page.right;
  // 仿宋 for Chinese text, 黑体 for headings, 宋体 for the title (the faces a bureau expects); Latin letters and digits in Times New Roman.
  const body = zh ? { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' } : { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'Times New Roman' };
  const head = zh ? { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' } : body;
  const titleFace = zh ? { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' } : body;
  const mono = { ascii: 'Courier New', hAnsi: 'Courier New', eastAsia: zh ? '仿宋' : 'Courier New', cs: 'Courier New' };
  type RunOpts = { bold?: boolean; size?: number; font?: typeof body };
  /** A block's own size (given in the English half-points) in this language's scale. */
  const sized = (size: number | undefined) => (size === undefined ? type.body : size <= 16 ? type.tiny : size <= 18 ? type.small : size <= 21 ? type.table : type.body);
  // Black throughout: a paper for a bureau, not a styled page (Word's heading styles would colour the headings).
  // Every run says its languages: Chinese (zh-CN) for its Chinese characters — without it LibreOffice and WPS take them for
  // Japanese and draw 仿宋 and 黑体 alike with a Japanese sans face — and English for its Latin letters and digits, so that
  // a number or a fingerprint is one word that never breaks across lines (with zh-CN on the Latin part LibreOffice breaks
  // "10,447.7" after any digit).
  const language = { value: 'en-US', eastAsia: 'zh-CN' };
  const run = (text: string, o: RunOpts = {}) => new d.TextRun({ text, bold: o.bold, size: o.size ?? type.body, font: o.font ?? body, color: '000000', language });
  const para = (children: InstanceType<typeof d.TextRun>[], o: { center?: boolean; right?: boolean; after?: number; before?: number; keepNext?: boolean; indent?: boolean; pageBreakBefore?: boolean; split?: boolean } = {}) =>
    new d.Paragraph({
      children,
      // Text paragraphs on the fixed line of the type area; small print and fingerprint lines at their own height.
      spacing: { after: o.after ?? (zh ? 0 : 120), before: o.before ?? 0, line: type.line, lineRule: zh ? d.LineRuleType.EXACT : d.LineRuleType.AUTO },
      alignment: o.center ? d.AlignmentType.CENTER : o.right ? d.AlignmentType.RIGHT : zh ? d.AlignmentType.JUSTIFIED : d.AlignmentType.LEFT,
      keepNext: o.keepNext,
      keepLines: !o.split,
      pageBreakBefore: o.pageBreakBefore,
      // Chinese paragraphs start two characters in.
      indent: o.indent && zh ? { firstLine: type.body * 20 } : undefined,
    });
  const heading = (text: string, level: 1 | 2 = 2, pageBreakBefore = false) =>
    new d.Paragraph({
      pageBreakBefore,
      heading: level === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2,
      alignment: level === 1 ? d.AlignmentType.CENTER : undefined,
      children: [run(t(text), { bold: !zh, size: type.heading, font: head })],
      spacing: zh ? { before: 0, after: 0, line: type.line, lineRule: d.LineRuleType.EXACT } : { before: 240, after: 120 },
      // A heading never stands alone at the foot of a page: it goes with what follows.
      keepNext: true,
      keepLines: true,
    });

  const table = (tb: DocTable) => {
    const n = tb.header.length;
    const widths = tb.widths ?? new Array<number>(n).fill(100 / n);
    const twips = widths.map((p) => Math.round((TEXT_WIDTH * p) / 100));
    const sub = new Set(tb.sub ?? []);
    const total = new Set(tb.total ?? []);
    const cell = (v: string | number, k: number, o: { header?: boolean; bold?: boolean; sub?: boolean; last: boolean }) =>
      new d.TableCell({
        width: { size: twips[k]!, type: d.WidthType.DXA },
        margins: { left: 80, right: 80, top: 40, bottom: 40 },
        verticalAlign: d.VerticalAlign.CENTER,
        shading: o.header ? { fill: 'E8EEF4', type: d.ShadingType.CLEAR, color: 'auto' } : undefined,
        children: [
          new d.Paragraph({
            alignment: o.header ? d.AlignmentType.CENTER : isNumeric(v) ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
            // Every row but the last keeps with the next paragraph, so a short table (and its title) is never split from its head.
            keepNext: !o.last,
            keepLines: true,
            indent: o.sub && k === 0 ? { left: 240 } : undefined,
            children: [run(cellText(v, lang), { bold: o.header || o.bold, size: type.table })],
          }),
        ],
      });
    const rows = [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: tb.header.map((h, k) => cell(h, k, { header: true, last: false })) }),
      ...tb.rows.map(
        (r, i) =>
          new d.TableRow({
            // A row is never split across two pages.
            cantSplit: true,
            children: r.map((v, k) => cell(v, k, { bold: total.has(i), sub: sub.has(i), last: i === tb.rows.length - 1 || tb.rows.length > 12 })),
          }),
      ),
    ];
    return new d.Table({ width: { size: TEXT_WIDTH, type: d.WidthType.DXA }, columnWidths: twips, layout: d.TableLayoutType.FIXED, rows });
  };

  const children: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: zh ? 240 : 120 }, keepNext: true, children: [run(t(doc.title), { bold: true, size: type.title, font: titleFace })] }),
    ...(doc.subtitle ? [para([run(t(doc.subtitle), { size: type.body })], { center: true, keepNext: true })] : []),
    ...(doc.docNumber !== undefined ? [para([run(t(`${w.docNumber}:`), { size: type.body }), run(doc.docNumber ? t(doc.docNumber) : '\u3000'.repeat(12), { size: type.body })], { center: true })] : []),
    // Each whole fingerprint on one line: a small monospace face keeps all 64 digits within the text width.
    ...fingerprintLines(doc, lang).map(([label, value]) => para([run(t(`${label}:`), { size: type.small }), run(value, { size: type.tiny, font: mono })], { center: true, after: 0 })),
    para([run(w.date(doc.date), { size: type.small })], { center: true, after: 240 }),
  ];
  let breakNext = false;
  // The space after a table is only put in when something follows on the same page (alone it could spill onto a page of its own).
  let spaceAfterTable = false;
  for (const b of doc.blocks) {
    if (b.kind === 'pageBreak') {
      breakNext = true;
      continue;
    }
    const pageBreakBefore = breakNext;
    breakNext = false;
    if (spaceAfterTable && !pageBreakBefore) children.push(para([], { after: 60 }));
    spaceAfterTable = false;
    // A new page starts with the block itself (a page break of its own would leave an empty page where the page before is full).
    if (pageBreakBefore && b.kind !== 'heading' && b.kind !== 'paragraph') children.push(new d.Paragraph({ pageBreakBefore: true, keepNext: true, spacing: { line: 20, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 }, children: [] }));
    if (b.kind === 'heading') children.push(heading(b.text, b.level, pageBreakBefore));
    else if (b.kind === 'paragraph') children.push(para([run(t(b.text), { bold: b.bold, size: sized(b.size) })], { center: b.center, right: b.right, indent: b.indent, keepNext: b.keepNext, pageBreakBefore, split: b.split }));
    else if (b.kind === 'table') {
      if (b.table.title) children.push(para([run(t(b.table.title), { bold: !zh, size: type.caption, font: head })], { keepNext: true, before: 120 }));
      children.push(table(b.table));
      spaceAfterTable = true;
    } else if (b.kind === 'image') {
      const img = b.image;
      const scale = Math.min(1, 600 / img.width);
      children.push(para([run(t(img.title), { bold: !zh, size: type.caption, font: head })], { keepNext: true, before: 120 }));
      children.push(new d.Paragraph({ keepLines: true, children: [new d.ImageRun({ type: 'png', data: img.png, transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) }, altText: { name: t(img.title), title: t(img.title), description: t(img.alt ?? img.title) } })] }));
    } else if (b.kind === 'signatures') {
      // Each party in turn — name and seal, the representative's signature, a date line of its own — as paragraphs that
      // keep with one another and with what comes before (a table beside it was moved to a page of its own by
      // LibreOffice when the article before it filled the page: keep-with-next does not reach into a table there).
      b.signers.forEach((sg, k) => {
        const lines = signerLines(sg, lang);
        lines.forEach((text, j) => children.push(para([run(t(text))], { keepNext: !(k === b.signers.length - 1 && j === lines.length - 1), before: j === 0 ? 240 : 0 })));
      });
    } else if (b.kind === 'fill') {
      for (const label of b.labels) children.push(para([run(t(`${label}:`)), run('\u00a0'.repeat(2)), run('_'.repeat(24))], { before: 160, after: 160 }));
    } else if (b.kind === 'checklist') {
      // A list to tick stays on one page.
      b.items.forEach((item, k) => children.push(para([run(`☐ ${t(item)}`)], { keepNext: k < b.items.length - 1 })));
    }
  }
  if (doc.footnote) children.push(para([run(t(doc.footnote), { size: type.small })], { before: 240 }));
  const [before, , middle, , after] = w.page('', '');
  const footer = new d.Footer({
    children: [
      // The page number first (4号 宋体 in a Chinese paper), then the title and the fingerprint's first digits in small print.
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [new d.TextRun({ children: [before!, d.PageNumber.CURRENT, middle!, d.PageNumber.TOTAL_PAGES, after!], size: zh ? 28 : 16, font: titleFace, language })],
      }),
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [new d.TextRun({ text: `${t(doc.title)} · ${t(`${w.fingerprint} `)}${doc.fingerprint.slice(0, 16)}`, size: 16, font: body, language })],
      }),
    ],
  });
  const out = new d.Document({
    creator: zh ? '工资集体协商测算' : 'Collective wage bargaining calculator',
    title: t(doc.title),
    styles: { default: { document: { run: { font: body, size: type.body, language } } } },
    sections: [{ properties: { page: { size: { width: page.width, height: page.height }, margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, footer: page.footer } } }, footers: { default: footer }, children }],
  });
  // The font table names each face with the one to use where it is missing (see FACES).
  return new Uint8Array(await d.Packer.toArrayBuffer(out, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]));
}
