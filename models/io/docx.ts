/**
 * Word documents for the bargaining round, built in the browser (or the
 * CLI) with the docx library: a document is a title, the scheme's
 * fingerprint and date, and a list of blocks — headings, paragraphs, tables,
 * charts, signature lines, checklists, page breaks. Every document carries
 * the fingerprint in its footer, so a printed page can be matched to the
 * model it came from.
 */
import type { Lang } from './messages';

export interface DocTable {
  title?: string;
  header: string[];
  rows: (string | number)[][];
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

export type Block =
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  | { kind: 'paragraph'; text: string; bold?: boolean; size?: number; center?: boolean }
  | { kind: 'table'; table: DocTable }
  | { kind: 'image'; image: DocImage }
  /** Lines to sign on: a label each (甲方(盖章), 首席代表(签字), 日期…). */
  | { kind: 'signatures'; labels: string[] }
  /** Items to tick off, each with a box. */
  | { kind: 'checklist'; items: string[] }
  | { kind: 'pageBreak' };

export interface Doc {
  title: string;
  subtitle?: string;
  fingerprint: string;
  date: string;
  blocks: Block[];
  footnote?: string;
}

/** How a number is written in a document table: grouped, at most two decimals. */
export const docNumber = (v: number) => v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** The text of a document's blocks, for tests and previews (what a reader of the Word file sees, in order). */
export function docText(doc: Doc): string {
  const out = [doc.title, doc.subtitle ?? '', doc.fingerprint, doc.date];
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'table') out.push(...(b.table.title ? [b.table.title] : []), b.table.header.join(' '), ...b.table.rows.map((r) => r.map((v) => (typeof v === 'number' ? docNumber(v) : v)).join(' ')));
    else if (b.kind === 'signatures') out.push(...b.labels);
    else if (b.kind === 'checklist') out.push(...b.items);
    else if (b.kind === 'image') out.push(b.image.title);
  }
  if (doc.footnote) out.push(doc.footnote);
  return out.join('\n');
}

export async function buildDocx(doc: Doc, lang: Lang): Promise<Uint8Array> {
  const d = await import('docx');
  const font = lang === 'zh' ? { ascii: 'Arial', eastAsia: 'Microsoft YaHei', hAnsi: 'Arial' } : 'Arial';
  const run = (t: string, opts: { bold?: boolean; size?: number } = {}) => new d.TextRun({ text: t, bold: opts.bold, size: opts.size, font });
  const para = (t: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}) => new d.Paragraph({ children: [run(t, opts)], spacing: { after: 120 }, alignment: opts.center ? d.AlignmentType.CENTER : undefined });
  const cell = (v: string | number, header = false) =>
    new d.TableCell({
      children: [new d.Paragraph({ alignment: typeof v === 'number' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT, children: [run(typeof v === 'number' ? docNumber(v) : v, { bold: header, size: 18 })] })],
      shading: header ? { fill: 'E8EEF4', type: d.ShadingType.CLEAR, color: 'auto' } : undefined,
    });
  const heading = (t: string, level: 1 | 2 = 2) => new d.Paragraph({ heading: level === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2, children: [run(t, { bold: true, size: level === 1 ? 30 : 26 })], spacing: { before: 240, after: 120 } });
  const children: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, children: [run(doc.title, { bold: true, size: 36 })] }),
    ...(doc.subtitle ? [para(doc.subtitle, { center: true })] : []),
    para(`${lang === 'zh' ? '方案指纹' : 'Fingerprint'}: ${doc.fingerprint} · ${doc.date}`, { size: 18, center: true }),
  ];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') children.push(heading(b.text, b.level));
    else if (b.kind === 'paragraph') children.push(para(b.text, b));
    else if (b.kind === 'table') {
      if (b.table.title) children.push(heading(b.table.title));
      children.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [new d.TableRow({ tableHeader: true, children: b.table.header.map((h) => cell(h, true)) }), ...b.table.rows.map((r) => new d.TableRow({ children: r.map((v) => cell(v)) }))] }));
    } else if (b.kind === 'image') {
      const img = b.image;
      const scale = Math.min(1, 600 / img.width);
      children.push(heading(img.title));
      children.push(new d.Paragraph({ children: [new d.ImageRun({ type: 'png', data: img.png, transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) }, altText: { name: img.title, title: img.title, description: img.alt ?? img.title } })] }));
    } else if (b.kind === 'signatures') {
      for (const label of b.labels) children.push(new d.Paragraph({ children: [run(`${label}:`), run('\u00a0'.repeat(4)), run('_'.repeat(28))], spacing: { before: 240, after: 120 } }));
    } else if (b.kind === 'checklist') {
      for (const item of b.items) children.push(para(`☐ ${item}`));
    } else children.push(new d.Paragraph({ children: [new d.PageBreak()] }));
  }
  if (doc.footnote) children.push(para(doc.footnote, { size: 16 }));
  const out = new d.Document({
    creator: 'skillpay-bargaining',
    title: doc.title,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: new d.Footer({ children: [new d.Paragraph({ children: [run(`${doc.title} · ${lang === 'zh' ? '方案指纹' : 'fingerprint'} ${doc.fingerprint} · ${doc.date}`, { size: 16 })] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(out));
}
