/**
 * The Word brief of a scheme or a comparison, for a 工资专项集体合同 draft:
 * parameters, key figures, the pay table by grade, winners and losers,
 * the comparison, the charts as images, and the scheme fingerprint on every
 * page. docx (≈ 400 kB) is loaded only when a brief is made.
 */
import type { Lang } from './messages';

export interface BriefTable {
  title: string;
  header: string[];
  rows: (string | number)[][];
}

export interface BriefImage {
  title: string;
  png: Uint8Array;
  /** Size in pixels at 1×; the PNG itself may be 2× for print. */
  width: number;
  height: number;
  /** Text read out in place of the image (screen readers, and Word's alt text). */
  alt?: string;
}

export interface BriefInput {
  title: string;
  subtitle: string;
  fingerprint: string;
  date: string;
  intro: string[];
  tables: BriefTable[];
  images: BriefImage[];
  footnote: string;
}

export async function buildBrief(input: BriefInput, lang: Lang): Promise<Uint8Array> {
  const d = await import('docx');
  const font = lang === 'zh' ? { ascii: 'Arial', eastAsia: 'Microsoft YaHei', hAnsi: 'Arial' } : 'Arial';
  const text = (t: string, opts: { bold?: boolean; size?: number } = {}) => new d.TextRun({ text: t, bold: opts.bold, size: opts.size, font });
  const para = (t: string, opts: { bold?: boolean; size?: number } = {}) => new d.Paragraph({ children: [text(t, opts)], spacing: { after: 120 } });
  const cell = (v: string | number, header = false) =>
    new d.TableCell({
      children: [new d.Paragraph({ alignment: typeof v === 'number' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT, children: [text(typeof v === 'number' ? v.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : v, { bold: header, size: 18 })] })],
      shading: header ? { fill: 'E8EEF4', type: d.ShadingType.CLEAR, color: 'auto' } : undefined,
    });
  const children: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [text(input.title, { bold: true, size: 36 })] }),
    para(input.subtitle),
    para(`${lang === 'zh' ? '方案指纹' : 'Fingerprint'}: ${input.fingerprint} · ${input.date}`, { size: 18 }),
    ...input.intro.map((p) => para(p)),
  ];
  for (const t of input.tables) {
    children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [text(t.title, { bold: true, size: 26 })], spacing: { before: 240, after: 120 } }));
    children.push(
      new d.Table({
        width: { size: 100, type: d.WidthType.PERCENTAGE },
        rows: [new d.TableRow({ tableHeader: true, children: t.header.map((h) => cell(h, true)) }), ...t.rows.map((r) => new d.TableRow({ children: r.map((v) => cell(v)) }))],
      }),
    );
  }
  for (const img of input.images) {
    const scale = Math.min(1, 600 / img.width);
    children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [text(img.title, { bold: true, size: 26 })], spacing: { before: 240, after: 120 } }));
    children.push(new d.Paragraph({ children: [new d.ImageRun({ type: 'png', data: img.png, transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) }, altText: { name: img.title, title: img.title, description: img.alt ?? img.title } })] }));
  }
  children.push(para(input.footnote, { size: 16 }));
  const doc = new d.Document({
    creator: 'skillpay-bargaining',
    title: input.title,
    sections: [
      {
        footers: { default: new d.Footer({ children: [new d.Paragraph({ children: [text(`${input.title} · ${input.fingerprint}`, { size: 16 })] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(doc));
}
