/**
 * The Word brief of a scheme or a comparison, for a 工资专项集体合同 draft:
 * parameters, key figures, the pay table by grade, winners and losers,
 * the comparison, the charts as images, and the scheme fingerprint on every
 * page. docx (≈ 400 kB) is loaded only when a brief is made.
 */
import { buildDocx, type Block } from './docx';
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
  const blocks: Block[] = [
    ...input.intro.map((text): Block => ({ kind: 'paragraph', text })),
    ...input.tables.map((table): Block => ({ kind: 'table', table })),
    ...input.images.map((image): Block => ({ kind: 'image', image })),
  ];
  return buildDocx({ title: input.title, subtitle: input.subtitle, fingerprint: input.fingerprint, date: input.date, blocks, footnote: input.footnote }, lang);
}
