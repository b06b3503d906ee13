/**
 * The papers as a bureau sees them: printed to PDF by LibreOffice and read back. Checks what a PDF can
 * show: the Chinese faces embedded (a Song-style face for the text, a sans face for the headings), the whole
 * fingerprint on one line, no page that ends with a heading, no page that holds only the signatures, and a
 * page count within bounds. Runs where LibreOffice and poppler-utils are installed (`npm run render:documents`
 * installs them where it can); skipped, and said so, where they are not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPLIANCE_DOCUMENT_KINDS, DOCUMENT_KINDS, INNOVATION_DOCUMENT_KINDS } from '../../models/documents';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import { main } from '../../workers/cli';
import { ROOT, testDir } from '../paths';
import { canRender, pdfFonts, pdfPages, toPdf } from './pdf';

const SEEDS_DIR = join(ROOT, 'seeds');
const ready = canRender();
if (!ready) console.warn('test/render/pdf.test.ts skipped: LibreOffice (soffice), poppler-utils (pdffonts, pdftotext) or the faces (fonts-noto-cjk, fonts-liberation) are not installed — `npm run render:documents` installs them where it can.');

interface Paper {
  name: string;
  docx: string;
  pdf: string;
  headings: Set<string>;
  maxPages: number;
}

/** The heading paragraphs of a Word file (Heading1/Heading2 styles), as their text. */
async function headingsOf(file: string): Promise<Set<string>> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
  const out = new Set<string>();
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    if (!/<w:pStyle w:val="Heading[12]"\/>/.test(p)) continue;
    out.add([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').trim());
  }
  return out;
}

describe.skipIf(!ready)('the papers printed to PDF', () => {
  const papers: Paper[] = [];
  beforeAll(async () => {
    const dir = testDir('skillpay-pdf-');
    const form = join(dir, 'form.json');
    writeFileSync(form, JSON.stringify({ enterprise: '江苏示例机械有限公司', union: '江苏示例机械有限公司工会委员会', enterpriseRep: '张建国', unionRep: '李秀英', docNumber: '苏机工〔2027〕1号', proposedDate: '2027-01-05', signingDate: '2027-02-10', termStart: '2027-04-01', members: 120 }));
    const big = join(dir, 'plant-5000.csv');
    writeFileSync(big, plainCsv(generateWorkforce(5000, 21)));
    const sample = join(SEEDS_DIR, 'jiangsu-machinery.csv');
    const union = join(SEEDS_DIR, 'scenarios/union.json');
    // The papers of 履约检查: the sample year's payroll, under the contract it was paid under.
    const signed = join(dir, 'form-2027.json');
    const parties = JSON.parse(readFileSync(form, 'utf8'));
    const contract2027 = JSON.parse(readFileSync(join(SEEDS_DIR, 'contract-2027.json'), 'utf8'));
    writeFileSync(signed, JSON.stringify({ ...parties, ...contract2027 }));
    const runs: { name: string; args: string[]; maxPages: number; form?: string }[] = [
      ...COMPLIANCE_DOCUMENT_KINDS.map((kind) => ({ name: `sample-${kind}`, args: ['--workforce', sample, '--scenario', union, '--ledger', join(SEEDS_DIR, 'jiangsu-machinery-ledger-2027.csv'), '--doc', kind], maxPages: 8, form: signed })),
      ...DOCUMENT_KINDS.map((kind) => ({ name: `sample-${kind}`, args: ['--workforce', sample, '--scenario', union, '--compare', join(SEEDS_DIR, 'scenarios/management.json'), '--doc', kind], maxPages: kind === 'contract' ? 24 : 12 })),
      ...INNOVATION_DOCUMENT_KINDS.map((kind) => ({ name: `sample-${kind}`, args: ['--workforce', sample, '--scenario', union, '--innovations', join(SEEDS_DIR, 'jiangsu-machinery-innovations.csv'), '--doc', kind], maxPages: 12 })),
      { name: '5000-contract', args: ['--workforce', big, '--scenario', join(SEEDS_DIR, 'scenarios/management.json'), '--doc', 'contract'], maxPages: 24 },
    ];
    for (const r of runs) {
      const docx = join(dir, `${r.name}.docx`);
      const res = await main([...r.args, '--form', r.form ?? form, '--out', docx, '--date', r.form ? '2028-01-20' : '2026-12-02']);
      if (res.code !== 0) throw new Error(`${r.name}: ${res.stderr}`);
      papers.push({ name: r.name, docx, pdf: '', headings: await headingsOf(docx), maxPages: r.maxPages });
    }
    toPdf(papers.map((p) => p.docx), dir).forEach((pdf, k) => (papers[k]!.pdf = pdf));
  }, 300_000);

  it('embed every face, with Chinese faces for the text (Song-style) and the headings (sans)', () => {
    for (const p of papers) {
      const fonts = pdfFonts(p.pdf);
      expect(fonts.filter((f) => !f.embedded), p.name).toEqual([]);
      expect(fonts.some((f) => /SerifCJK/i.test(f.name)), `${p.name}: ${fonts.map((f) => f.name).join(', ')}`).toBe(true);
      expect(fonts.some((f) => /SansCJK/i.test(f.name)), `${p.name}: ${fonts.map((f) => f.name).join(', ')}`).toBe(true);
    }
  });

  it('print the whole fingerprint on one line and number the pages 第 X 页 共 Y 页', () => {
    for (const p of papers) {
      const pages = pdfPages(p.pdf);
      expect(pages[0]!.some((l) => /\b[0-9a-f]{64}\b/.test(l)), p.name).toBe(true);
      pages.forEach((lines, k) => expect(lines.join(' ').replace(/\s+/g, ''), `${p.name} page ${k + 1}`).toContain(`第${k + 1}页共${pages.length}页`));
    }
  });

  it('never end a page with a heading, never leave the signatures alone on a page, and stay within their page counts', () => {
    for (const p of papers) {
      const pages = pdfPages(p.pdf);
      expect(pages.length, p.name).toBeGreaterThan(0);
      expect(pages.length, p.name).toBeLessThanOrEqual(p.maxPages);
      expect(p.headings.size, p.name).toBeGreaterThan(0);
      pages.forEach((lines, k) => {
        // The footer's two lines (page number, then title and fingerprint) are not the page's body.
        const body = lines.filter((l) => !/^第\s*\d+\s*页\s*共\s*\d+\s*页$/.test(l) && !/方案指纹\s*[0-9a-f]{16}$/.test(l));
        expect(body.length, `${p.name} page ${k + 1} is empty`).toBeGreaterThan(0);
        if (k < pages.length - 1) expect(p.headings.has(body[body.length - 1]!), `${p.name} page ${k + 1} ends with the heading “${body[body.length - 1]}”`).toBe(false);
        // The signature block with the place of signing and the addresses above it, and the lines that wrap from them.
        const signing = body.filter((l) => /[(（](盖章|签字)[)）]|日期[:：]|签订地点|地址[:：]|^[_\s；;。]+$|^有限公司|^\S{0,12}委员会$/.test(l));
        expect(signing.length > 0 && signing.length === body.length, `${p.name} page ${k + 1} holds only the signatures`).toBe(false);
      });
    }
  });
});
