import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseLevelCell, parseNumberCell, parseRatingCell } from '../../models/io/cells';
import { parseWorkforceCsv } from '../../models/io/csv';
import { decodeBytes, utf8Valid } from '../../models/io/decode';
import fc from 'fast-check';
import { normalizeHeader } from '../../models/io/headers';
import { describeIssue, describeIssues, type ImportResult } from '../../models/io/table';
import { computePay } from '../../models/pay/pay';
import { defaultScenario } from '../../models/pay/scenario';
import { workforceToRecords } from '../../models/pay/workforce';

const utf8 = (s: string) => new TextEncoder().encode(s);
const csv = (text: string, file = 'test.csv') => parseWorkforceCsv(utf8(text), { file, minimumMonthlyWage: 2280 });
const HEADER = '工号,姓名,部门,岗位,岗位价值点数,技能等级,绩效等级,创新积分,工龄,月工资';
const GOOD = 'A001,张三,机加工,车工,300,L3,B,2,5,6000';

/** The single error of a one-problem file, checked for file, row and column. */
function only(r: ImportResult) {
  expect(r.errors, JSON.stringify(r.errors)).toHaveLength(1);
  return r.errors[0]!;
}

describe('cells', () => {
  it('read numbers as people type them', () => {
    expect(parseNumberCell('3,500.00')).toBe(3500);
    expect(parseNumberCell('¥3500')).toBe(3500);
    expect(parseNumberCell('￥3,500')).toBe(3500);
    expect(parseNumberCell('３５００．５')).toBe(3500.5);
    expect(parseNumberCell('  3500  ')).toBe(3500);
    expect(parseNumberCell('3500元')).toBe(3500);
    expect(parseNumberCell('1,234,567.8')).toBe(1234567.8);
    expect(parseNumberCell('-12')).toBe(-12);
    expect(parseNumberCell('3,50')).toBeNull();
    expect(parseNumberCell('3500 yuan')).toBeNull();
    expect(parseNumberCell('abc')).toBeNull();
    expect(parseNumberCell('')).toBeNull();
  });

  it('read grades and ratings in every accepted form', () => {
    expect(['学徒工', '初级工', '中级工', '高级工', '技师', '高级技师', '特级技师', '首席技师'].map(parseLevelCell)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8']);
    expect(['五级', '四级', '三级', '二级', '一级'].map(parseLevelCell)).toEqual(['L2', 'L3', 'L4', 'L5', 'L6']);
    expect(['1', '8', 'l3', 'Ｌ５', ' L2 '].map(parseLevelCell)).toEqual(['L1', 'L8', 'L3', 'L5', 'L2']);
    expect(parseLevelCell('L9')).toBeNull();
    expect(parseLevelCell('0')).toBeNull();
    expect(['优秀', '良好', '合格', '基本合格', '不合格', '称职', '基本称职', '不称职', 'a', 'Ｅ'].map(parseRatingCell)).toEqual(['A', 'B', 'C', 'D', 'E', 'C', 'D', 'E', 'A', 'E']);
    expect(parseRatingCell('S')).toBeNull();
  });

  it('match headers whatever the case, width, spacing or unit', () => {
    expect(normalizeHeader('月工资(元)')).toBe(normalizeHeader('月工资'));
    expect(normalizeHeader('月工资（元）')).toBe(normalizeHeader('月工资'));
    expect(normalizeHeader('Monthly Pay (CNY)')).toBe(normalizeHeader('monthly_pay'));
    expect(normalizeHeader(' Years of Service ')).toBe(normalizeHeader('years_of_service'));
  });
});

describe('CSV import', () => {
  it('reads a clean file completely', () => {
    const r = csv(`${HEADER}\n${GOOD}\nA002,李四,装配,钳工,350,高级技师,优秀,0,12,"9,800.00"\n`);
    expect(r.errors).toEqual([]);
    expect(r.validRows).toBe(2);
    expect(workforceToRecords(r.workforce)[1]).toEqual({
      id: 'A002', name: '李四', department: '装配', position: '钳工', positionValue: 350, skillLevel: 'L6', performance: 'A', innovation: 0, yearsOfService: 12, monthlyPay: 9800,
    });
  });

  it('handles CRLF, BOM, blank lines and quoted fields with commas, quotes and line breaks', () => {
    const text = `\uFEFF${HEADER}\r\n\r\nA001,"张,三","机加""一""车间","车工\r\n夜班",300,L3,B,2,5,6000\r\n,,,,,,,,,\r\nA002,李四,装配,钳工,350,L4,C,0,12,7000\r\n`;
    const r = csv(text);
    expect(r.errors).toEqual([]);
    expect(r.validRows).toBe(2);
    expect(r.totalRows).toBe(2);
    expect(r.workforce.name[0]).toBe('张,三');
    expect(r.workforce.department[0]).toBe('机加"一"车间');
    expect(r.workforce.position[0]).toBe('车工\r\n夜班');
  });

  it('keeps text verbatim: a formula-looking name is a name', () => {
    const r = csv(`${HEADER}\nA001,=HYPERLINK("http://x"),机加,车工,300,L3,B,2,5,6000\n`);
    expect(r.errors).toEqual([]);
    expect(r.workforce.name[0]).toBe('=HYPERLINK("http://x")');
  });

  it('ignores extra columns and says which', () => {
    const r = csv(`${HEADER},身份证号\n${GOOD},320102199001011234\n`);
    expect(r.errors).toEqual([]);
    expect(r.ignoredColumns).toEqual(['身份证号']);
    expect(JSON.stringify(r.workforce)).not.toContain('320102199001011234');
  });

  it('accepts English headers with spaces and units', () => {
    const r = csv('Employee ID,Name,Dept,Job,Job Points,Grade,Rating,Innovation,Tenure,Monthly Pay (CNY)\nE1,Ann,QA,Inspector,320,2,b,0,3,"4,900"\n');
    expect(r.errors).toEqual([]);
    expect(r.workforce.monthlyPay[0]).toBe(4900);
  });
});

describe('bad input: every error names file, row and column', () => {
  it('missing required column', () => {
    const e = only(csv('工号,岗位,岗位价值点数,技能等级,绩效等级,创新积分,工龄\nA1,车工,300,L3,B,0,5\n', 'hr.csv'));
    expect(e).toMatchObject({ file: 'hr.csv', row: 1, code: 'missing-column', column: '月工资' });
  });

  it('duplicate id', () => {
    const e = only(csv(`${HEADER}\n${GOOD}\n${GOOD}\n`));
    expect(e).toMatchObject({ row: 3, column: '工号', code: 'duplicate-id', params: { first: 2 } });
  });

  it('empty required cell', () => {
    const e = only(csv(`${HEADER}\nA001,张三,机加工,,300,L3,B,2,5,6000\n`));
    expect(e).toMatchObject({ row: 2, column: '岗位', columnIndex: 4, code: 'empty-required' });
  });

  it('unknown grade and unknown rating', () => {
    expect(only(csv(`${HEADER}\nA001,张三,机加工,车工,300,L9,B,2,5,6000\n`))).toMatchObject({ row: 2, column: '技能等级', columnIndex: 6, code: 'unknown-grade', value: 'L9' });
    expect(only(csv(`${HEADER}\nA001,张三,机加工,车工,300,L3,S,2,5,6000\n`))).toMatchObject({ row: 2, column: '绩效等级', code: 'unknown-rating', value: 'S' });
  });

  it('a number that is not a number', () => {
    expect(only(csv(`${HEADER}\nA001,张三,机加工,车工,300,L3,B,2,5,六千\n`))).toMatchObject({ row: 2, column: '月工资', columnIndex: 10, code: 'not-a-number', value: '六千' });
  });

  it('negative pay, points or years; position value of 0', () => {
    expect(only(csv(`${HEADER}\nA001,张三,机加工,车工,300,L3,B,2,5,-6000\n`))).toMatchObject({ column: '月工资', code: 'negative' });
    expect(only(csv(`${HEADER}\nA001,张三,机加工,车工,300,L3,B,-2,5,6000\n`))).toMatchObject({ column: '创新积分', code: 'negative' });
    expect(only(csv(`${HEADER}\nA001,张三,机加工,车工,300,L3,B,2,-5,6000\n`))).toMatchObject({ column: '工龄', code: 'negative' });
    expect(only(csv(`${HEADER}\nA001,张三,机加工,车工,0,L3,B,2,5,6000\n`))).toMatchObject({ column: '岗位价值点数', code: 'not-positive' });
  });

  it('a row with more cells than the header (an unquoted thousands separator)', () => {
    expect(only(csv(`${HEADER}\nA001,张三,机加工,车工,300,L3,B,2,5,6,000.00\n`))).toMatchObject({ row: 2, code: 'too-many-cells' });
  });

  it('counts rows as the spreadsheet does, blank lines included', () => {
    const e = only(csv(`${HEADER}\n${GOOD}\n\n\nA002,李四,装配,钳工,350,L9,C,0,12,7000\n`));
    expect(e.row).toBe(5);
  });

  it('collects all errors, keeps the valid rows and says how many were left out', () => {
    const r = parseWorkforceCsv(readFileSync(new URL('../../seeds/broken-example.csv', import.meta.url)), { file: 'broken-example.csv' });
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'unknown-grade'],
      [6, 'unknown-rating'],
      [8, 'not-a-number'],
      [9, 'duplicate-id'],
      [11, 'negative'],
    ]);
    expect(r.totalRows).toBe(12);
    expect(r.validRows).toBe(7);
    expect(describeIssue(r.errors[0]!, 'zh')).toMatch(/^broken-example\.csv 第 4 行,"skill_level"列/);
    expect(describeIssue(r.errors[0]!, 'en')).toMatch(/^broken-example\.csv, row 4, column "skill_level": unknown skill grade "L9"/);
  });
});

describe('warnings', () => {
  it('flag pay that looks annual and pay under the minimum wage, without refusing them', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `A${i},n,d,p,300,L3,B,0,5,6000`);
    rows.push('B1,n,d,p,300,L3,B,0,5,72000', 'B2,n,d,p,300,L3,B,0,5,2000');
    const r = csv(`${HEADER}\n${rows.join('\n')}\n`);
    expect(r.errors).toEqual([]);
    expect(r.validRows).toBe(12);
    expect(r.warnings.map((w) => [w.row, w.code])).toEqual([
      [12, 'looks-annual'],
      [13, 'below-minimum'],
    ]);
  });
});

describe('encodings', () => {
  it('detects GBK and gives the same workforce and results as UTF-8', () => {
    const gbk = readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url));
    const decoded = decodeBytes(gbk);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.encoding).toBe('gb18030');
    const a = parseWorkforceCsv(gbk, { file: 'gbk.csv' });
    const b = parseWorkforceCsv(utf8(decoded.text), { file: 'utf8.csv' });
    const c = parseWorkforceCsv(utf8('\uFEFF' + decoded.text), { file: 'bom.csv' });
    expect(b.encoding).toBe('utf-8');
    expect(a.errors).toEqual([]);
    expect(a.validRows).toBe(1200);
    expect(a.ignoredColumns).toEqual(['手机号']);
    expect(workforceToRecords(a.workforce)).toEqual(workforceToRecords(b.workforce));
    expect(workforceToRecords(c.workforce)).toEqual(workforceToRecords(b.workforce));
    expect(a.workforce.name.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    const s = defaultScenario({ annualPool: 1e8 });
    expect(computePay(a.workforce, s).summary).toEqual(computePay(b.workforce, s).summary);
  });

  it('reads a GBK file written by iconv with ￥ and full-width digits', () => {
    const text = `${HEADER}\r\nA001,王五,热处理,热处理工,340,技师,良好,3,8,￥７,２００\r\n`;
    const r = parseWorkforceCsv(iconv.encode(text.replace('￥７,２００', '"￥７,２００"'), 'gbk'), { file: 'w.csv' });
    expect(r.errors).toEqual([]);
    expect(r.workforce.monthlyPay[0]).toBe(7200);
    expect(r.workforce.name[0]).toBe('王五');
  });
});

describe('UTF-8 checked in parts (the ledger reads a file cell by cell)', () => {
  it('property: utf8Valid says what the strict decoder says, on any bytes and any range of them', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const accepts = (b: Uint8Array) => {
      try {
        strict.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    // Bytes near the edges of UTF-8's ranges (lead bytes, continuation bytes, surrogates, overlong forms, beyond U+10FFFF) and whole characters.
    const edge = fc.constantFrom(0x00, 0x2c, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe5, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
    const chars = fc.string({ unit: 'binary', maxLength: 4 }).map((t) => [...new TextEncoder().encode(t)]);
    const bytes = fc.array(fc.oneof(edge.map((x) => [x]), chars), { maxLength: 12 }).map((parts) => new Uint8Array(parts.flat()));
    fc.assert(
      fc.property(bytes, fc.nat(), fc.nat(), (b, x, y) => {
        const from = b.length ? x % (b.length + 1) : 0;
        const to = from + (b.length + 1 - from ? y % (b.length + 1 - from) : 0);
        expect(utf8Valid(b, from, to)).toBe(accepts(b.subarray(from, to)));
      }),
      { numRuns: 5000, seed: 20261206 },
    );
    // By hand: 张 (E5 BC A0), cut; an overlong slash; a surrogate; U+10FFFF and one past it.
    for (const [hex, ok] of [['E5 BC A0', true], ['E5 BC', false], ['C0 AF', false], ['ED A0 80', false], ['F4 8F BF BF', true], ['F4 90 80 80', false]] as const) {
      const b = Uint8Array.from(hex.split(' ').map((h) => parseInt(h, 16)));
      expect([hex, utf8Valid(b, 0, b.length)]).toEqual([hex, ok]);
    }
  });
});

describe('files altered in transit are refused, never read as mojibake', () => {
  const english = 'id,name,department,position,position_value,skill_level,performance,innovation,years_of_service,monthly_pay';
  const rows = ['A001,张三,机加工车间,车工,300,L3,B,2,5,6000', 'A002,李四,装配车间,钳工,350,L4,C,0,12,7000', 'A003,王五,热处理车间,热处理工,340,L5,A,3,8,7200'];
  const body = `${english}\n${rows.join('\n')}\n`;
  const bytes = (...parts: (string | Uint8Array)[]) => {
    const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : p));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };

  it('a UTF-8 file cut off mid-character at the end: refused, naming the line and character (was: decoded as GB18030, every name mojibake)', () => {
    const whole = utf8(body.trimEnd() + ',李');
    const cut = whole.subarray(0, whole.length - 1);
    const r = parseWorkforceCsv(cut, { file: 'cut.csv' });
    expect(r.validRows).toBe(0);
    const e = only(r);
    expect(e.code).toBe('mixed-encoding');
    expect(e.row).toBe(4);
    expect(describeIssue(e, 'zh')).toContain('cut.csv 第 4 行');
    expect(describeIssue(e, 'zh')).toContain('不是有效的 UTF-8');
    expect(describeIssue(e, 'en')).toContain('line 4, character');
  });

  it('one truncated character in the middle, and one GBK name in a UTF-8 file: refused at that byte', () => {
    const good = utf8(body);
    const mid = bytes(good.subarray(0, good.indexOf(0x0a, 80) + 1), utf8('A004,'), new Uint8Array([0xe5, 0xbc]), utf8(',机加工车间,车工,300,L3,B,2,5,6000\n'), good.subarray(good.indexOf(0x0a, 80) + 1));
    const r1 = parseWorkforceCsv(mid, { file: 'mid.csv' });
    expect(only(r1)).toMatchObject({ code: 'mixed-encoding', row: 2, params: { char: 6 } });
    const gbkName = bytes(utf8(`${body}A005,`), iconv.encode('赵六', 'gbk'), utf8(',装配车间,钳工,350,L4,C,0,12,7000\n'));
    const r2 = parseWorkforceCsv(gbkName, { file: 'gbkname.csv' });
    expect(only(r2)).toMatchObject({ code: 'mixed-encoding', row: 5, params: { char: 6 } });
  });

  it('invalid bytes in a GBK file: refused with their position (was: silently U+FFFD)', () => {
    const gbk = iconv.encode(`${HEADER}\r\n${GOOD}\r\n`, 'gbk');
    const broken = bytes(gbk, iconv.encode('A002,', 'gbk'), new Uint8Array([0xb0, 0x0a]));
    const r = parseWorkforceCsv(broken, { file: 'broken-gbk.csv' });
    const e = only(r);
    expect(e.code).toBe('bad-gb18030');
    expect(e.row).toBe(3);
    expect(e.params.char).toBe(6);
  });

  it('UTF-16 without a BOM is recognised (was: eight "missing column" errors)', () => {
    const text = `${HEADER}\r\n${GOOD}\r\n`;
    for (const [enc, buf] of [['utf-16le', Buffer.from(text, 'utf16le')], ['utf-16be', Buffer.from(text, 'utf16le').swap16()]] as const) {
      const r = parseWorkforceCsv(new Uint8Array(buf), { file: `${enc}.csv` });
      expect(r.errors).toEqual([]);
      expect(r.encoding).toBe(enc);
      expect(r.workforce.name[0]).toBe('张三');
    }
  });

  it('clean files decode exactly: UTF-8 with and without BOM, GB18030, UTF-16 with BOM', () => {
    expect(decodeBytes(utf8(body))).toMatchObject({ ok: true, encoding: 'utf-8', text: body });
    expect(decodeBytes(utf8('\uFEFF' + body))).toMatchObject({ ok: true, encoding: 'utf-8', bom: true, text: body });
    expect(decodeBytes(new Uint8Array(iconv.encode(body, 'gb18030')))).toMatchObject({ ok: true, encoding: 'gb18030', text: body });
    expect(decodeBytes(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])))).toMatchObject({ ok: true, encoding: 'utf-16le', text: body });
  });
});

describe('numbers that cannot be right, units, empty tables, text as written', () => {
  it('refuses implausible numbers with the row (was: 1e308 accepted, wage bill Infinity)', () => {
    const r = csv(`${HEADER}\n${GOOD}\nA002,李四,装配,钳工,350,L4,C,0,12,1e308\nA003,王五,装配,钳工,1e308,L4,C,0,12,7000\nA004,赵六,装配,钳工,350,L4,C,1e308,12,7000\nA005,钱七,装配,钳工,350,L4,C,0,1e999,7000\n`);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '月工资', 'too-large'],
      [4, '岗位价值点数', 'too-large'],
      [5, '创新积分', 'too-large'],
      [6, '工龄', 'not-a-number'],
    ]);
    expect(describeIssue(r.errors[0]!, 'zh')).toContain('上限 1,000,000');
    expect(r.validRows).toBe(1);
    // The ceilings are settings: a plant paying more can say so.
    expect(parseWorkforceCsv(utf8(`${HEADER}\nA001,张三,机加工,车工,300,L3,B,2,5,1200000\n`), { file: 'x.csv', ceilings: { monthlyPay: 2e6 } }).errors).toEqual([]);
  });

  it('refuses a header-only file (was: exit 0 with "Workers 0, growth NaN %")', () => {
    const e = only(csv(`${HEADER}\n\n`));
    expect(e.code).toBe('no-rows');
    expect(describeIssue(e, 'zh')).toContain('没有职工数据');
  });

  it('honours a unit in a header (万元 × 10,000, 元/年 ÷ 12, 月 ÷ 12) and refuses one it does not know', () => {
    const wan = csv(`工号,姓名,部门,岗位,岗位价值点数,技能等级,绩效等级,创新积分,工龄(月),月工资(万元)\nA001,张三,机加工,车工,300,L3,B,2,60,0.5\n`);
    expect(wan.errors).toEqual([]);
    expect(wan.workforce.monthlyPay[0]).toBe(5000);
    expect(wan.workforce.yearsOfService[0]).toBe(5);
    expect(wan.units).toEqual([
      { column: '工龄(月)', unit: '月', factor: 1 / 12 },
      { column: '月工资(万元)', unit: '万元', factor: 10000 },
    ]);
    const annual = csv(`${HEADER.replace('月工资', '年工资(元/年)')}\nA001,张三,机加工,车工,300,L3,B,2,5,72000\n`);
    // 年工资 is not a monthly-pay header: refused as a missing column, not silently read.
    expect(annual.errors.some((e) => e.code === 'missing-column')).toBe(true);
    const perYear = csv(`${HEADER.replace('月工资', '月工资(元/年)')}\nA001,张三,机加工,车工,300,L3,B,2,5,72000\n`);
    expect(perYear.workforce.monthlyPay[0]).toBe(6000);
    const dollars = only(csv(`${HEADER.replace('月工资', '月工资(美元)')}\nA001,张三,机加工,车工,300,L3,B,2,5,800\n`));
    expect(dollars).toMatchObject({ code: 'unknown-unit', row: 1, columnIndex: 10 });
    expect(describeIssue(dollars, 'zh')).toContain('万元');
  });

  it('keeps names, departments and posts exactly as written; trims ids and says so', () => {
    const r = csv(`${HEADER}\n" A001 ",\t张三\u3000,机加工 ,车工,300,L3,B,2,5,6000\n`);
    expect(r.errors).toEqual([]);
    expect(r.workforce.id[0]).toBe('A001');
    expect(r.workforce.name[0]).toBe('\t张三\u3000');
    expect(r.workforce.department[0]).toBe('机加工 ');
    expect(r.warnings.map((w) => [w.row, w.column, w.code])).toEqual([[2, '工号', 'id-trimmed']]);
  });

  it('never echoes a huge cell, and summarises thousands of the same problem (was: 52 MB on stderr, 10,000 lines)', () => {
    const big = 'x'.repeat(5_000_000);
    const r = csv(`${HEADER}\nA001,张三,机加工,车工,${big},L3,B,2,5,6000\n`);
    const line = describeIssue(only(r), 'zh');
    expect(line.length).toBeLessThan(400);
    expect(line).toContain('…(5000000)');
    const header = ['工号', ...Array.from({ length: 10_000 }, () => '姓名'), '部门', '岗位', '岗位价值点数', '技能等级', '绩效等级', '创新积分', '工龄', '月工资'].join(',');
    const dup = csv(`${header}\n`);
    expect(dup.errors).toHaveLength(9_999);
    const lines = describeIssues(dup.errors, 'en');
    expect(lines.length).toBe(21);
    expect(lines[0]).toContain('column 3 "姓名" and column 2 "姓名"');
    expect(lines.at(-1)).toMatch(/and 9979 more of the same kind \(duplicate-column\), at 1:23, 1:24/);
  });
});
