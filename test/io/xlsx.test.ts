import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { WORKER_COLUMNS, safeText, toCsv, toXlsx, workerRows } from '../../models/io/export';
import { importWorkforce } from '../../models/io/import';
import { computePay } from '../../models/pay';
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
    expect(r.errors[0]).toMatchObject({ file: 'broken.xlsx', code: 'unreadable' });
  });
});

describe('exports', () => {
  const w = workers(FIVE);
  const r = computePay(w, scenario({ mode: 'raise', raise: { percent: 0.05, minMonthly: 300 } }), { components: true });

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
    const bytes = await toXlsx([{ name: '方案', columns: WORKER_COLUMNS, rows: workerRows(w, r) }], 'zh');
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
