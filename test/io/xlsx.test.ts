import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it, vi } from 'vitest';
import { xmlSafe } from '../../models/documents/text';
import { columnLetters, SHARED_MAX, writeXlsxStream, xlsxBytes, type EntryMaker } from '../../models/io/xlsxStream';
import { nativeEntry } from '../../workers/nativeZip';
import { browserEntry, gzipStreamEntry } from '../../models/io/gzipEntry';
import type { Cell, Column } from '../../models/io/export';
import { WORKER_COLUMNS, safeText, sheetNames, toCsv, workerRows } from '../../models/io/export';
import { importWorkforce } from '../../models/io/import';
import { describeIssue } from '../../models/io/table';
import { checkXlsx } from '../../models/io/zipcheck';
import { computePay } from '../../models/pay/pay';
import { FIVE, scenario, workers } from '../helpers';

async function book(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const HEADER = ['工号', '姓名', '部门', '岗位', '岗位价值点数', '技能等级', '绩效等级', '创新积分', '工龄(年)', '月工资(元)'];

describe('XLSX import', () => {
  it('reads number cells, text cells and formula results from the first sheet', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('工资表');
      ws.addRow(HEADER);
      ws.addRow(['A001', '张三', '机加工', '车工', 300, '中级工', '良好', 2, 5, 6000]);
      ws.addRow(['A002', '李四', '装配', '钳工', 350, 4, 'A', 0, 12, { formula: '7000+500', result: 7500 }]);
      wb.addWorksheet('说明').addRow(['这不是数据']);
    });
    const r = await importWorkforce(bytes, { file: 'hr.xlsx' });
    expect(r.errors).toEqual([]);
    expect(r.sheet).toBe('工资表');
    expect(r.validRows).toBe(2);
    expect(r.workforce.level[1]).toBe(3);
    expect(r.workforce.monthlyPay[1]).toBe(7500);
    expect(r.warnings.map((w) => [w.row, w.code, w.column])).toEqual([[3, 'formula-result', '月工资(元)']]);
  });

  it('reads the sheet the user picks, and names the sheets when it is missing', async () => {
    const bytes = await book((wb) => {
      wb.addWorksheet('封面').addRow(['2026 年工资表']);
      const ws = wb.addWorksheet('数据');
      ws.addRow(HEADER);
      ws.addRow(['A001', '张三', '机加工', '车工', 300, 'L3', 'B', 2, 5, 6000]);
    });
    expect((await importWorkforce(bytes, { file: 'hr.xlsx', sheet: '数据' })).validRows).toBe(1);
    const missing = await importWorkforce(bytes, { file: 'hr.xlsx', sheet: 'Sheet9' });
    expect(missing.errors[0]).toMatchObject({ code: 'sheet-not-found', params: { sheets: '封面, 数据' } });
  });

  it('reports errors with the spreadsheet row number and the column header', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(HEADER);
      ws.addRow(['A001', '张三', '机加工', '车工', 300, 'L3', 'B', 2, 5, 6000]);
      ws.addRow(['A002', '李四', '装配', '钳工', 350, 'L4', 'B', 0, 12, 'n/a']);
    });
    const r = await importWorkforce(bytes, { file: 'hr.xlsx' });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'hr.xlsx', row: 3, column: '月工资(元)', code: 'not-a-number' });
    expect(r.validRows).toBe(1);
  });

  it('refuses a file that is not a workbook, clearly', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const r = await importWorkforce(bytes, { file: 'broken.xlsx' });
    expect(r.errors[0]).toMatchObject({ file: 'broken.xlsx', code: 'xlsx-damaged' });
  });
});

describe('exports', () => {
  const w = workers(FIVE);
  const r = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.05, minMonthly: 300 } }), { components: true, takeHome: true });

  it('CSV starts with a BOM, has one row per worker and neutralises formulas', () => {
    expect(safeText('=1+1')).toBe("'=1+1");
    expect(safeText('+86')).toBe("'+86");
    expect(safeText('-x')).toBe("'-x");
    expect(safeText('@a')).toBe("'@a");
    expect(safeText('\tx')).toBe("'\tx");
    expect(safeText('张三')).toBe('张三');
    const rows = workerRows(w, r);
    rows[0]![1] = '=HYPERLINK("http://evil")';
    const text = toCsv(WORKER_COLUMNS, rows, 'zh');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('工号');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[1]).toContain('39600');
  });

  it('XLSX has real number cells equal to the engine and a number format', async () => {
    const bytes = await xlsxBytes([{ name: '方案', columns: WORKER_COLUMNS, rows: workerRows(w, r) }], 'zh');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.getWorksheet('方案')!;
    expect(ws.getRow(1).getCell(1).value).toBe('工号');
    for (let i = 0; i < 5; i++) {
      expect(ws.getRow(i + 2).getCell(6).value).toBe(r.annual[i]);
    }
    expect(ws.getRow(2).getCell(6).numFmt).toBe('#,##0.00');
  });
});

describe('XLSX files that would cost too much, or are damaged', () => {
  const rowXml = (k: number) => `<row r="${k}"><c r="A${k}" t="inlineStr"><is><t>W${k}</t></is></c></row>`;
  /** A workbook whose one sheet holds `rows` rows padded with `pad` bytes of spaces each: small on disk, large expanded. */
  function bomb(rows: number, pad: number): Uint8Array {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: rows }, (_, k) => rowXml(k + 1) + ' '.repeat(pad)).join('')}</sheetData></worksheet>`;
    return zipSync(
      {
        '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook/>'),
        'xl/worksheets/sheet1.xml': strToU8(sheet),
      },
      { level: 9 },
    );
  }

  it('refuses a workbook that expands past the budget, before opening it (was: 10 minutes to a heap abort)', async () => {
    const b = bomb(100, 200_000); // 20 MB of XML in ≈ 40 kB
    expect(b.length).toBeLessThan(200_000);
    const r = await importWorkforce(b, { file: 'bomb.xlsx', budget: { maxExpanded: 5 * 2 ** 20, maxRows: 1000 } });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'xlsx-too-large', file: 'bomb.xlsx' });
    expect(describeIssue(r.errors[0]!, 'zh')).toContain('超过 5 MB 的上限');
  });

  it('refuses one whose directory lies about its sizes: the bytes are counted as they expand', async () => {
    const b = bomb(100, 200_000);
    // Write a size of 100 bytes over every declared uncompressed size (local headers and central directory).
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i + 4 <= b.length; i++) {
      const sig = v.getUint32(i, true);
      if (sig === 0x04034b50) v.setUint32(i + 22, 100, true);
      if (sig === 0x02014b50) v.setUint32(i + 24, 100, true);
    }
    expect(checkXlsx(b, { maxExpanded: 5 * 2 ** 20, maxRows: 1000 })).toMatchObject({ ok: false, code: 'xlsx-too-large' });
  });

  it('refuses one with too many rows, and counts rows exactly', async () => {
    expect(checkXlsx(bomb(2500, 0), { maxExpanded: 2 ** 30, maxRows: 10_000 })).toMatchObject({ ok: true, rows: 2500 });
    expect(checkXlsx(bomb(2500, 0), { maxExpanded: 2 ** 30, maxRows: 2000 })).toMatchObject({ ok: false, code: 'xlsx-too-many-rows' });
  });

  /** A real workbook (what Excel needs to open it) whose sheet is `sheetXml`. */
  function workbook(sheetXml: string): Uint8Array {
    const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    return zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
      '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`),
      'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}</Relationships>`),
      'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`),
    });
  }
  const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const headerRow = `<row r="1">${HEADER.map((h, k) => text(`${columnLetters(k)}1`, h)).join('')}</row>`;
  const payRow = (k: number, extra = '') => `<row r="${k}">${['A' + k, '张三', '机加工', '车工', '300', 'L3', 'B', '2', '5', '6000'].map((v, j) => text(`${columnLetters(j)}${k}`, v)).join('')}${extra}</row>`;

  it('a value at column XFD is named with its row and nothing is read (was: 4,000 such rows ran out of memory at 1 GB; innovations: 285 s, 3.8 GB)', async () => {
    const far = (k: number) => `<c r="XFD${k}"><v>1</v></c>`;
    const rows = [headerRow, ...Array.from({ length: 3999 }, (_, i) => payRow(i + 2, far(i + 2)))];
    const b = workbook(rows.join(''));
    const r = await importWorkforce(b, { file: 'far.xlsx' });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'xlsx-far-column', row: 2, params: { row: 2, column: 'XFD', limit: 'AMJ' } });
    expect(describeIssue(r.errors[0]!, 'zh')).toContain('第 2 行在第 XFD 列有内容,远在表格之外(最多读到第 AMJ 列)');
    const { importAchievements } = await import('../../models/io/achievements');
    const achievements = ['<row r="1">' + ['成果编号', '成果名称', '类别', '等级', '日期', '节约额', '完成人'].map((h, k) => text(`${columnLetters(k)}1`, h)).join('') + '</row>'];
    for (let k = 2; k <= 20_000; k++) achievements.push(`<row r="${k}">${text(`A${k}`, `C${k}`)}${far(k)}</row>`);
    const a = await importAchievements(workbook(achievements.join('')), { file: 'far.xlsx' });
    expect(a.errors.map((e) => [e.code, e.row])).toEqual([['xlsx-far-column', 2]]);
  });

  it('a value beyond the header in a workbook names its column (was: "an unquoted comma in a number?")', async () => {
    const r = await importWorkforce(workbook(headerRow + payRow(2, text('L2', '备注'))), { file: 'x.xlsx' });
    expect(r.errors.map((e) => [e.code, e.row, e.columnIndex])).toEqual([['cell-beyond-header', 2, 12]]);
    expect(describeIssue(r.errors[0]!, 'en')).toContain('column L holds "备注" but the header has 10 columns');
    expect(describeIssue(r.errors[0]!, 'en')).not.toContain('comma');
  });

  it('counts cells before opening, empty formatted ones too, against the budget', async () => {
    const b = workbook(headerRow + Array.from({ length: 50 }, (_, i) => payRow(i + 2, `<c r="K${i + 2}" s="0"/>`)).join(''));
    expect(checkXlsx(b, { maxExpanded: 2 ** 30, maxRows: 1000, maxCells: 10_000 })).toMatchObject({ ok: true, rows: 51, cells: 10 + 50 * 11 });
    const r = await importWorkforce(b, { file: 'wide.xlsx', budget: { maxExpanded: 2 ** 30, maxRows: 1000, maxCells: 500 } });
    expect(r.errors.map((e) => e.code)).toEqual(['xlsx-too-many-cells']);
    expect(describeIssue(r.errors[0]!, 'zh')).toContain('超过 500 个的上限');
  });

  it('a directory that gives the zip64 marker as a size is not said to be 4,096 MB', () => {
    const b = bomb(100, 200_000);
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i + 4 <= b.length; i++) if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, 0xffffffff, true);
    const c = checkXlsx(b, { maxExpanded: 5 * 2 ** 20, maxRows: 1000 });
    expect(c).toMatchObject({ ok: false });
    expect(JSON.stringify(c)).not.toContain('4096');
  });

  it('a damaged shared-text table is a message with the row, not "Cannot read properties of undefined"', async () => {
    const good = await book((wb) => {
      const ws = wb.addWorksheet('工资表');
      ws.addRow(HEADER);
      ws.addRow(['A001', '张三', '机加工', '车工', 300, 'L3', 'B', 2, 5, 6000]);
    });
    const files = unzipSync(good);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    // Point the second row's first text cell at a shared string that does not exist.
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(/(<c r="A2"[^>]*t="s"[^>]*><v>)\d+(<\/v>)/, '$19999$2'));
    const r = await importWorkforce(zipSync(files), { file: 'damaged.xlsx' });
    expect(r.errors.length).toBeGreaterThan(0);
    const text = r.errors.map((e) => describeIssue(e, 'en')).join('\n');
    expect(text).not.toContain('Cannot read properties');
    expect(text).toContain('damaged');
  });
});

describe('sheet names for any scheme names', () => {
  it('are legal and unique: 31 characters, no reserved characters or name, no apostrophes at either end (was: exceljs stack trace)', async () => {
    const names = sheetNames(['工会方案 第一轮 报价 '.repeat(3), '工会方案 第一轮 报价 '.repeat(3), '', "'引号'", 'History', 'a/b:c?d*e[f]', 'HISTORY', '工会方案']);
    expect(names.every((n) => n.length > 0 && n.length <= 31 && !/[\\/?*[\]:]/.test(n) && !/^'|'$/.test(n) && n.toLowerCase() !== 'history')).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const bytes = await xlsxBytes(names.map((n) => ({ name: n, columns: WORKER_COLUMNS.slice(0, 1), rows: [['x']] })), 'zh');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(names.length);
  });
});

describe('the streaming workbook writer (the CLI\'s per-worker XLSX of any size)', () => {
  const columns = [
    { key: 'id', zh: '工号', en: 'id' },
    { key: 'name', zh: '姓名', en: 'name' },
    { key: 'pay', zh: '年收入(元)', en: 'annual (CNY)', numFmt: '#,##0.00' },
    { key: 'share', zh: '占比', en: 'share', numFmt: '0.00%' },
    { key: 'n', zh: '人数', en: 'count' },
  ];
  const hostile = ['=1+1', '<b>&"\'', ' 前后有空格 ', '甲\uFFFE乙\u0001', '@SUM(A1)', '-2', '\t制表'];

  async function written(rows: Cell[][], names: string[], batch: number, entry?: EntryMaker, cols: Column[] = columns): Promise<{ bytes: Uint8Array; chunks: number }> {
    const parts: Uint8Array[] = [];
    await writeXlsxStream(
      async (b) => {
        parts.push(b);
        await new Promise((r) => setTimeout(r, 0));
      },
      names.map((name) => ({ name, columns: cols, rows: rows.length, rowAt: (i: number) => rows[i]! })),
      'zh',
      { batch, entry },
    );
    const bytes = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return { bytes, chunks: parts.length };
  }

  it('reads back in exceljs cell for cell: numbers exact with their format, text made safe, a bold frozen header, legal sheet names', async () => {
    // Property: random numbers over many magnitudes come back exactly (the shortest text that reads back as the same double).
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const rows: Cell[][] = Array.from({ length: 23 }, (_, i) => [`W${i}`, hostile[i % hostile.length]!, (rnd() - 0.3) * 10 ** Math.floor(rnd() * 12), rnd(), i]);
    rows[5]![2] = Number.NaN;
    rows[6]![1] = '';
    const { bytes, chunks } = await written(rows, ['工会方案', 'History', "企业方案'"], 4);
    expect(chunks).toBeGreaterThan(6 * 3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheetNames(['工会方案', 'History', "企业方案'"]));
    for (const ws of wb.worksheets) {
      expect(ws.getRow(1).values).toEqual([undefined, '工号', '姓名', '年收入(元)', '占比', '人数']);
      expect(ws.getCell('A1').font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.rowCount).toBe(rows.length + 1);
      for (const [i, r] of rows.entries()) {
        const row = ws.getRow(i + 2);
        expect(row.getCell(1).value).toBe(r[0]);
        expect(row.getCell(2).value ?? '').toBe(r[1] === '' ? '' : xmlSafe(safeText(r[1] as string)).text);
        expect(row.getCell(3).value).toBe(Number.isFinite(r[2]) ? r[2] : null);
        expect(row.getCell(3).numFmt).toBe(Number.isFinite(r[2]) ? '#,##0.00' : undefined);
        expect(row.getCell(4).value).toBe(r[3]);
        expect(row.getCell(4).numFmt).toBe('0.00%');
        expect(row.getCell(5).value).toBe(r[4]);
      }
    }
  });

  it('every part is well-formed XML 1.0 (saxes), whatever the text', async () => {
    const { bytes } = await written(hostile.map((h, i) => [h, h, i, 0.5, i]), ['甲\uFFFF'], 3);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    for (const [name, data] of Object.entries(files)) {
      const parser = new SaxesParser();
      expect(() => parser.write(strFromU8(data)).close(), name).not.toThrow();
    }
  });

  describe('columns marked shared (fingerprints, departments, grades): each value once in the shared strings', () => {
    const cols: Column[] = [
      { key: 'id', zh: '工号', en: 'id' },
      { key: 'dept', zh: '部门', en: 'department', shared: true },
      { key: 'pay', zh: '年收入(元)', en: 'annual (CNY)', numFmt: '#,##0.00' },
      { key: 'fp', zh: '方案指纹', en: 'fingerprint', shared: true },
    ];
    const fp = '57c0461f9f914b38f5d4f63a420d1b555c86da918bc21f600595201dfc5bb06f';
    const parts = (bytes: Uint8Array) => unzipSync(bytes);
    /** uniqueCount and count of the shared strings part, and its items' text as written. */
    const sst = (xml: string) => ({ unique: Number(/uniqueCount="(\d+)"/.exec(xml)![1]), count: Number(/ count="(\d+)"/.exec(xml)![1]), items: [...xml.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]) });

    it('reads back in exceljs as the text written (made safe), across sheets and batches; every part well-formed; no inline string left in a shared column', async () => {
      // 7 hostile texts × 3 = 21 departments, some cells empty, one fingerprint on every row; two sheets share the table.
      const rows: Cell[][] = Array.from({ length: 2000 }, (_, i) => [`W${i}`, i % 11 === 0 ? '' : `${hostile[i % hostile.length]}${i % 3}`, i * 1.5, fp]);
      const { bytes } = await written(rows, ['工会方案', '企业方案'], 300, undefined, cols);
      const files = parts(bytes);
      expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
      for (const [name, data] of Object.entries(files)) expect(() => new SaxesParser().write(strFromU8(data)).close(), name).not.toThrow();
      // Excel and LibreOffice find the part by the workbook's relationship and its content type (exceljs by its name).
      expect(strFromU8(files['xl/_rels/workbook.xml.rels']!)).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>');
      expect(strFromU8(files['[Content_Types].xml']!)).toContain('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
      const table = sst(strFromU8(files['xl/sharedStrings.xml']!));
      const nonEmpty = rows.filter((r) => r[1] !== '').length;
      expect(table.unique).toBe(22);
      expect(table.count).toBe(2 * (nonEmpty + rows.length));
      expect(new Set(table.items).size).toBe(22);
      for (const k of [1, 2]) {
        const sheet = strFromU8(files[`xl/worksheets/sheet${k}.xml`]!);
        // The header (row 1) is written in its cells, in bold; below it, no shared column's cell is.
        expect(sheet).not.toMatch(/<c r="[BD](?!1")\d+"[^>]*t="inlineStr"/);
        expect(sheet).toMatch(/<c r="B1" s="1" t="inlineStr">/);
        expect(sheet).toMatch(/<c r="A2" t="inlineStr">/);
      }
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as never);
      for (const ws of wb.worksheets) {
        expect(ws.getRow(1).values).toEqual([undefined, '工号', '部门', '年收入(元)', '方案指纹']);
        for (const [i, r] of rows.entries()) {
          const row = ws.getRow(i + 2);
          expect(row.getCell(1).value).toBe(r[0]);
          expect(row.getCell(2).value ?? '').toBe(r[1] === '' ? '' : xmlSafe(safeText(r[1] as string)).text);
          expect(row.getCell(3).value).toBe(r[2]);
          expect(row.getCell(4).value).toBe(fp);
        }
      }
    });

    it(`is bounded: past ${SHARED_MAX.toLocaleString('en')} distinct values the rest are written in their cells, and read back the same`, async () => {
      const n = SHARED_MAX + 500;
      const rows: Cell[][] = Array.from({ length: n }, (_, i) => [`W${i}`, ` 车间${i} `, i, fp]);
      const { bytes } = await written(rows, ['方案'], 5000, undefined, cols);
      const files = parts(bytes);
      const table = sst(strFromU8(files['xl/sharedStrings.xml']!));
      // The fingerprint came first (row 2's department is its first value, then the fingerprint), then departments until full.
      expect(table.unique).toBe(SHARED_MAX);
      expect(table.items.slice(0, 2)).toEqual([' 车间0 ', fp]);
      const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
      expect(sheet.match(/<c r="B\d+" t="inlineStr"><is><t xml:space="preserve">/g)).toHaveLength(n - (SHARED_MAX - 1));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as never);
      const ws = wb.worksheets[0]!;
      for (const i of [0, 1, SHARED_MAX - 2, SHARED_MAX - 1, SHARED_MAX, n - 1]) {
        expect(ws.getRow(i + 2).getCell(2).value).toBe(` 车间${i} `);
        expect(ws.getRow(i + 2).getCell(4).value).toBe(fp);
      }
    });
  });

  /** Each entry of the central directory: its name, CRC-32 and sizes (APPNOTE 4.3.12). */
  function directory(zip: Uint8Array): { name: string; crc: number; compressed: number; size: number; method: number }[] {
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let end = zip.length - 22;
    while (v.getUint32(end, true) !== 0x06054b50) end--;
    const out = [];
    for (let at = v.getUint32(end + 16, true), k = v.getUint16(end + 10, true); k > 0; k--) {
      const n = v.getUint16(at + 28, true);
      out.push({ name: strFromU8(zip.subarray(at + 46, at + 46 + n)), method: v.getUint16(at + 10, true), crc: v.getUint32(at + 16, true), compressed: v.getUint32(at + 20, true), size: v.getUint32(at + 24, true) });
      at += 46 + n + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    }
    return out;
  }

  it.each([
    ["the CLI's sheets deflated by Node's zlib", nativeEntry],
    ["the page's sheets deflated by the browser's CompressionStream (gzip: the CRC-32 is its trailer's)", gzipStreamEntry],
  ] as const)("%s: the same sheet text as fflate's, each entry's CRC-32 and sizes true, and exceljs reads it", async (_, entry) => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Enough rows for several batches and for zlib to hand back its output in more than one piece.
    const rows: Cell[][] = Array.from({ length: 3000 }, (_, i) => [`W${i}`, `${hostile[i % hostile.length]}张${i % 97}`, rnd() * 1e6, rnd(), i]);
    const js = await written(rows, ['工会方案', '企业方案'], 700);
    const native = await written(rows, ['工会方案', '企业方案'], 700, entry);
    const a = unzipSync(js.bytes);
    const b = unzipSync(native.bytes);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!)), name).toBe(true);
    const entries = directory(native.bytes);
    expect(entries.filter((e) => e.name.startsWith('xl/worksheets/')).map((e) => e.method)).toEqual([8, 8]);
    for (const e of entries) {
      expect(e.crc, e.name).toBe(crc32(b[e.name]!) >>> 0);
      expect(e.size, e.name).toBe(b[e.name]!.length);
    }
    // The sheets are compressed, not stored: the sizes add up to the file.
    expect(entries.reduce((s, e) => s + e.compressed, 0)).toBeLessThan(native.bytes.length);
    expect(entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.compressed).toBeLessThan(b['xl/worksheets/sheet1.xml']!.length / 3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(native.bytes as never);
    expect(wb.worksheets[1]!.getRow(2999).getCell(3).value).toBe(rows[2997]![2]);
  });

  it('a browser gzip stream handed back a few bytes at a time (the header and trailer split across chunks) gives the same workbook', async () => {
    const Real = globalThis.CompressionStream;
    // The real compressor, its output cut into pieces of 1 to 5 bytes.
    vi.stubGlobal(
      'CompressionStream',
      class {
        readonly readable: ReadableStream<Uint8Array>;
        readonly writable: WritableStream<Uint8Array>;
        constructor(format: CompressionFormat) {
          const real = new Real(format);
          let k = 0;
          this.writable = real.writable as WritableStream<Uint8Array>;
          this.readable = real.readable.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform: (c, out) => {
                for (let at = 0; at < c.length; ) {
                  const n = 1 + (k++ % 5);
                  out.enqueue(c.slice(at, at + n));
                  at += n;
                }
              },
            }),
          );
        }
      },
    );
    try {
      const rows: Cell[][] = Array.from({ length: 400 }, (_, i) => [`W${i}`, `张${i % 13}`, i * 1.25, i / 400, i]);
      const split = await written(rows, ['工会方案'], 50, gzipStreamEntry);
      const js = await written(rows, ['工会方案'], 50);
      const a = unzipSync(js.bytes);
      const b = unzipSync(split.bytes);
      for (const name of Object.keys(a)) expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!)), name).toBe(true);
      for (const e of directory(split.bytes)) {
        expect(e.crc, e.name).toBe(crc32(b[e.name]!) >>> 0);
        expect(e.size, e.name).toBe(b[e.name]!.length);
      }
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("a browser gzip stream that is not what it should be fails the export with its reason, and does not hang (was: a write waiting for ever)", async () => {
    // A compressor whose output has no gzip header: the entry stops reading at its first bytes, so later writes would
    // wait for room that never comes unless the stream is aborted.
    vi.stubGlobal(
      'CompressionStream',
      class {
        readonly readable: ReadableStream<Uint8Array>;
        readonly writable: WritableStream<Uint8Array>;
        constructor() {
          const t = new TransformStream<Uint8Array, Uint8Array>({ transform: (c, out) => out.enqueue(new Uint8Array(c.length).fill(7)) }, undefined, { highWaterMark: 1 });
          this.readable = t.readable;
          this.writable = t.writable;
        }
      },
    );
    try {
      const rows: Cell[][] = Array.from({ length: 3000 }, (_, i) => [`W${i}`, `张${i}`, i, 0.5, i]);
      await expect(written(rows, ['方案'], 100, gzipStreamEntry)).rejects.toThrow("the browser's gzip stream begins 07 07 07 07 07 07 07 07 07 07, not a plain gzip header");
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a browser without CompressionStream gets fflate\'s deflate (the writer\'s own): the page\'s export still works there', async () => {
    expect(browserEntry()).toBe(gzipStreamEntry);
    vi.stubGlobal('CompressionStream', undefined);
    try {
      expect(browserEntry()).toBeUndefined();
      const { bytes } = await written([['W1', '张三', 1, 0.5, 1]], ['方案'], 10, browserEntry());
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as never);
      expect(wb.worksheets[0]!.getRow(2).getCell(2).value).toBe('张三');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('column letters run A…Z, AA…AZ, BA…', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
