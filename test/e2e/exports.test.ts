/** Exports read back: CSV (BOM, neutralised cells), XLSX (the engine's numbers), DOCX (tables, images, Chinese), PNG (2×, not blank), SVG (fonts embedded). */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, CHART_WORDS, PAPER_CHARTS, typeset, type DocumentKind, type PaperChartId } from '../../models/documents';
import { computePay } from '../../models/pay/pay';
import { seedScenario, seedWorkforce } from '../parity/describeEngine';
import { appPage } from './harness';

const w0 = CHART_WORDS.zh;
const CHART_TITLES: Record<PaperChartId, string> = { paytable: w0.payTable, distribution: w0.distribution, bygrade: w0.byGrade, net: w0.netRaise, overlay: w0.overlay, growth: w0.growthChart };

const app = appPage('[data-testid=chart-paytable] .recharts-bar-rectangle');

async function downloaded(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const page = app();
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }).catch(async (e: Error) => {
      // Say what the page said instead of a bare timeout.
      const said = await page.locator('.exports [role=alert], [data-testid=notice]').allInnerTexts().catch(() => []);
      throw new Error(`${e.message}; the page says: ${said.join(' | ') || '(nothing)'}`);
    }),
    click(),
  ]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

describe('exports for the bargaining documents', () => {
  const w = seedWorkforce();
  const union = computePay(w, seedScenario('union'), { components: true });

  // First export of the page: the embedded fonts are not yet warm.
  it('PNG at 2× with the Chinese title drawn, not blank; SVG with the fonts embedded', async () => {
    const page = app();
    const card = page.getByTestId('chart-paytable');
    const { bytes: png } = await downloaded(() => card.getByTestId('export-png').click());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const chartWidth = await card.evaluate((el) => Math.max(...[...el.querySelectorAll('svg.recharts-surface')].map((s) => s.clientWidth)));
    expect(width).toBe(chartWidth * 2);
    const ink = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, 60).data; // the title band: dark grey text, no coloured legend
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 60 && d[i + 2]! < 60) dark++;
      return dark;
    }, png.toString('base64'));
    expect(ink).toBeGreaterThan(500);
    const { bytes: svg } = await downloaded(() => card.getByTestId('export-svg').click());
    const text = svg.toString('utf8');
    expect(text).toContain('能级工资表');
    expect(text).toContain('@font-face');
    // The whole fingerprint, in the page's language (was: "指纹 fingerprint" and 11 characters).
    expect(text).toMatch(/方案指纹 [0-9a-f]{64}/);
    expect(text).not.toContain('fingerprint');
  });

  it('CSV: UTF-8 with BOM, one row per worker, the engine numbers', async () => {
    const page = app();
    const { name, bytes } = await downloaded(() => page.getByTestId('export-csv').click());
    expect(name).toMatch(/^工会方案-[0-9a-f]{16}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1201);
    expect(lines[0]).toContain('工号');
    expect(Number(lines[1]!.split(',')[5])).toBeCloseTo(union.annual[0]!, 2);
  });

  it('XLSX: a summary sheet and one sheet per scheme, with the engine numbers as number cells', async () => {
    const page = app();
    const { bytes } = await downloaded(() => page.getByTestId('export-xlsx').click());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '1 工会方案', '2 企业方案', '3 折中方案', '4 现行工资(基准)']);
    expect(wb.worksheets[0]!.getRow(2).getCell(3).value).toBeCloseTo(union.summary.wageBill, 4);
    const sheet = wb.worksheets[1]!;
    for (const row of [2, 500, 1201]) expect(sheet.getRow(row).getCell(6).value).toBe(union.annual[row - 2]);
  });

  it('DOCX: opens as a Word file with tables, chart images and Chinese text', async () => {
    const page = app();
    const { bytes } = await downloaded(() => page.getByTestId('export-docx').click());
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('能级工资表');
    expect(xml).toContain('首席技师');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThanOrEqual(3);
  });

  it('the numbers behind a chart: CSV headed by title, units and fingerprint, equal to the engine', async () => {
    const page = app();
    const fig = page.getByTestId('chart-paytable');
    const { bytes } = await downloaded(() => fig.getByTestId('export-data').click());
    const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('能级工资表(平均月工资)');
    // The whole fingerprint (64 hex digits) heads the numbers.
    expect(lines[2]).toContain(await page.getByTestId('fingerprint').getAttribute('data-fingerprint'));
    // Header, then the grades: L1's new mean monthly pay is the engine's.
    const l1 = lines[5]!.split(',');
    const r = computePay(w, seedScenario('union'));
    const l1Mean = r.summary.byLevel.find((x) => x.level === 'L1')!.meanAnnual / 12;
    expect(Number(l1[3])).toBeCloseTo(l1Mean, 1);
  });

  it('a scheme name Excel would refuse as a sheet name still exports (was: the button did nothing)', async () => {
    const page = app();
    const name = page.getByTestId('scheme-name');
    await name.fill("工会方案'");
    await name.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=scheme-tab]')].some((t) => t.textContent?.includes("工会方案'")));
    const { bytes } = await downloaded(() => page.getByTestId('export-xlsx').click());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '1 工会方案', '2 企业方案', '3 折中方案', '4 现行工资(基准)']);
  });

  it('an export clicked as soon as the key figures show a new pay sheet is of that sheet (was: the previous sheet\'s, the view a step behind)', async () => {
    const page = app();
    const { generateWorkforce, plainCsv } = await import('../../seeds/generate');
    const records = generateWorkforce(5_000, 5, 'F');
    await page.getByTestId('file-input').setInputFiles({ name: 'plant-5k.csv', mimeType: 'text/csv', buffer: Buffer.from(plainCsv(records)) });
    // What a user (or a script) sees: the new file named and its key figures no longer computing; then at once, export.
    await page.waitForFunction(() => document.querySelector('[data-testid=source-summary]')?.textContent?.includes('5,000') && document.querySelector('[data-testid=key-figures]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 60_000, polling: 20 });
    const { bytes } = await downloaded(() => page.getByTestId('export-xlsx').click());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    for (const sheet of wb.worksheets.slice(1)) {
      expect(sheet.rowCount).toBe(5_001);
      expect(sheet.getRow(2).getCell(1).value).toBe(records[0]!.id);
      expect(sheet.getRow(5_001).getCell(1).value).toBe(records[4_999]!.id);
    }
  }, 120_000);

  it('a big export shows its progress and can be cancelled; the next one still works', async () => {
    const page = app();
    const { generateWorkforce, plainCsv } = await import('../../seeds/generate');
    const csv = plainCsv(generateWorkforce(40_000, 11));
    await page.getByTestId('file-input').setInputFiles({ name: 'big-40k.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('source-summary').filter({ hasText: '40,000' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('export-xlsx').click();
    // The bar moves in percent; cancelling stops the job without an error, and the buttons come back.
    await page.waitForFunction(() => /\d+%/.test(document.querySelector('.exports [role=status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.getByTestId('cancel-export').click();
    await page.waitForFunction(() => !(document.querySelector('[data-testid=export-xlsx]') as HTMLButtonElement).disabled, undefined, { timeout: 30_000 });
    expect(await page.locator('.exports [role=alert]').count()).toBe(0);
    const { bytes } = await downloaded(() => page.getByTestId('export-csv').click());
    expect(bytes.toString('utf8').trim().split('\r\n').length).toBe(40_001);
  }, 180_000);

  it('makes each bargaining document in the page; the contract carries the page\'s fingerprint and follows the scheme', async () => {
    const page = app();
    const docs = page.getByTestId('documents');
    await docs.scrollIntoViewIfNeeded();
    const wordText = async (b: Buffer) => {
      const zip = await JSZip.loadAsync(b);
      const xml = await zip.file('word/document.xml')!.async('string');
      return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    };
    const fp = async () => (await page.getByTestId('fingerprint').getAttribute('data-fingerprint'))!;
    expect(await fp()).toMatch(/^[0-9a-f]{64}$/);
    for (const kind of ['offer', 'costing', 'contract', 'congress', 'filing', 'brief']) {
      const { name, bytes } = await downloaded(() => docs.getByTestId(`doc-${kind}`).click());
      expect(name).toMatch(/\.docx$/);
      expect(await wordText(bytes)).toContain(await fp());
      // The costing note and the brief carry their charts, drawn as the CLI draws them (models/documents/charts.ts): in order,
      // of the chart's title, at twice the paper chart's width, and drawn (not a blank image).
      const ids = PAPER_CHARTS[kind as DocumentKind] ?? [];
      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')!.async('string');
      expect([...xml.matchAll(/<wp:docPr [^>]*title="([^"]*)"/g)].map((m) => m[1]), kind).toEqual(ids.map((id) => typeset(CHART_TITLES[id], 'zh')));
      for (const f of Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))) {
        const png = await zip.file(f)!.async('uint8array');
        expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(2 * CHART_WIDTH);
        expect(png.length).toBeGreaterThan(20_000);
      }
    }
    const first = await wordText((await downloaded(() => docs.getByTestId('doc-contract').click())).bytes);
    // Another pool: the draft's wage bill and fingerprint change with it.
    const pool = page.getByTestId('pool-input');
    await pool.click();
    await pool.press('ControlOrMeta+a');
    await pool.pressSequentially('10900', { delay: 30 });
    await pool.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=results]')?.getAttribute('aria-busy') === 'false');
    const second = await wordText((await downloaded(() => docs.getByTestId('doc-contract').click())).bytes);
    expect(second).toContain(await fp());
    expect(second).not.toBe(first);
    expect(second).toContain((await page.getByTestId('fig-wagebill').innerText()).replace(/\s+/g, ' '));
    // The vote: of 120 representatives 80 present meet two thirds ("以上" counts the number itself); in favour 61 pass and 60 do
    // not — 60 is 半数以上 (集体合同规定 第三十六条) but not 过半数 (企业民主管理规定 第二十条), and the papers ask for both.
    const type = async (id: string, v: string) => {
      const f = page.getByTestId(id);
      await f.click();
      await f.press('ControlOrMeta+a');
      await f.pressSequentially(v, { delay: 20 });
      await f.press('Enter');
    };
    // A blank form (nobody present, no votes) says what is needed, not that the draft failed.
    expect(await page.getByTestId('tally').innerText()).toMatch(/^尚未表决/);
    await type('vote-members', '120');
    expect(await page.getByTestId('tally').innerText()).toMatch(/^尚未表决:需至少 80 人出席.*至少 61 票同意/);
    await type('vote-present', '80');
    await type('vote-yes', '61');
    await page.waitForFunction(() => document.querySelector('[data-testid=tally]')?.textContent?.startsWith('通过'));
    await type('vote-yes', '60');
    await page.waitForFunction(() => document.querySelector('[data-testid=tally]')?.textContent?.includes('同意票不足'));
    expect(await page.getByTestId('tally').innerText()).toContain('61');
    await type('vote-yes', '79');
    await type('vote-present', '79');
    await page.waitForFunction(() => document.querySelector('[data-testid=tally]')?.textContent?.includes('出席不足'));
    expect(await page.getByTestId('tally').innerText()).toContain('80');
  }, 120_000);
});
