/**
 * The CSV rows of the pay sheet, the ledger and the innovations, one at a time: a file with no quote is split without
 * papaparse's step mode (its fast mode's own rule, faster); every row, cell and row number equals papaparse's step mode
 * on the same text, whatever the line breaks, the delimiter, blank lines and a last line with or without its break.
 * Each reader read that way gives what it gives from all the file's rows at once.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvEachRow } from '../../models/io/csv';

const papaRows = (text: string) => {
  const rows: string[][] = [];
  Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'], step: (r) => void rows.push(r.data) });
  return rows;
};
const ours = (text: string) => {
  const rows: { row: number; cells: readonly string[] }[] = [];
  csvEachRow(text, (r) => void rows.push(r));
  return rows;
};

describe('csvEachRow without quotes', () => {
  it('gives papaparse step mode’s rows, by hand', () => {
    for (const text of ['a,b\r\n1,2\r\n', 'a;b\n1;2', 'a\tb\n\n1\t2\n', '工号,月份\r\nJX1,2027-01\r\n\r\n', 'x', '', 'a,b\r1,2\r', 'a,b\r\n1,2\n3,4\r\n'])
      expect([text, ours(text).map((r) => r.cells)]).toEqual([text, papaRows(text)]);
  });

  it('property: any quote-free text splits as papaparse splits it, rows numbered from 1', () => {
    const cell = fc.stringMatching(/^[a-z0-9 .\-工号月份元]{0,6}$/);
    const line = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 6 }), fc.constantFrom(',', '\t', ';')).map(([cs, d]) => cs.join(d));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (lines, br, last) => {
        const text = lines.join(br) + (last ? br : '');
        const got = ours(text);
        expect(got.map((r) => r.cells)).toEqual(papaRows(text));
        expect(got.map((r) => r.row)).toEqual(got.map((_, i) => i + 1));
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});

describe('the ledger read from its lines (no quote) and from its cells', () => {
  it('property: the same ledger, problems and notes either way, on messy payrolls', async () => {
    const { importLedger, tableToLedger } = await import('../../models/io/ledger');
    const { csvRows } = await import('../../models/io/csv');
    const header = '月份,工号,姓名,身份证号,技能等级,计薪天数,岗位工资,技能工资,加班工资,延时加班小时,赔偿扣款,补发工资,补发所属月份,创新奖励,应发合计,实发工资,发放日期,备注';
    const amount = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 9000 }).map(String), fc.constantFrom('3500.5', '-12', '1e3', '￥3500', '３５００', ' 3500 ', '12.', '.5', '99999999999999999', 'abc', '\u3000', '1.2.3', '\r'));
    const rowArb = fc.record({
      month: fc.constantFrom('2027-01', '2027-02', '2027/3', '2027年4月', '', 'x'),
      id: fc.constantFrom('JX1', 'JX2', 'JX3', ' JX4', 'ＪＸ5', ''),
      level: fc.constantFrom('', 'L3', '高级工', 'L9'),
      days: fc.constantFrom('', '21.75', '12', '40'),
      a: amount, b: amount, c: amount, h: fc.constantFrom('', '10', '-1', '500'), loss: amount, back: amount,
      backFor: fc.constantFrom('', '2027-01', 'bad'), inno: amount, gross: amount, net: amount,
      paidOn: fc.constantFrom('', '2027-02-10', '2027/3/15', 'never'),
      extra: fc.constantFrom('', '', ',多出来', ',,'),
      blank: fc.constantFrom(false, false, false, true),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 25 }), fc.constantFrom('\r\n', '\n', '\r'), fc.constantFrom('utf-8', 'utf-8 BOM', 'gb18030', 'utf-16le BOM'), fc.nat(40), fc.constantFrom(',', ',', '\t', ';'), async (rows, br, encoding, quote, d) => {
        // Now and then a quoted amount in one row: a file with a quote anywhere is read by papaparse instead, to the same ledger.
        if (quote < rows.length) rows[quote] = { ...rows[quote]!, b: '"3,500.00"' };
        // The delimiter as exports write it: a comma, a tab or a semicolon (each file one of them, as papaparse guesses).
        const lines = rows.map((x) => (x.blank ? (x.extra ? d.repeat(3) : '\u3000') : [x.month, x.id, '张三', '320000199001011234', x.level, x.days, x.a, x.b, x.c, x.h, x.loss, x.back, x.backFor, x.inno, x.gross, x.net, x.paidOn, '备注'].join(d) + x.extra.replaceAll(',', d)));
        const text = [header.replaceAll(',', d), ...lines].join(br) + br;
        // The file as each kind of payroll export saves it: read from its bytes (UTF-8) or decoded and read the same way.
        const file = new Uint8Array(encoding === 'utf-8' ? new TextEncoder().encode(text) : encoding === 'utf-8 BOM' ? iconv.encode(text, 'utf-8', { addBOM: true }) : encoding === 'gb18030' ? iconv.encode(text, 'gbk') : iconv.encode(text, 'utf-16le', { addBOM: true }));
        const byLine = await importLedger(file, { file: 'l.csv' });
        const byCells = tableToLedger(csvRows(text).rows, { file: 'l.csv' });
        const plain = (r: typeof byCells) => JSON.parse(JSON.stringify({ ...r, ledger: Object.fromEntries(Object.entries(r.ledger).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Float64Array, (x) => (Number.isNaN(x) ? 'NaN' : x)) : k === 'items' ? Object.fromEntries(Object.entries(v as Record<string, Float64Array>).map(([c, a]) => [c, Array.from(a)])) : k === 'hours' ? (v as Float64Array[]).map((a) => Array.from(a, (x) => (Number.isNaN(x) ? 'NaN' : x))) : v])) }));
        expect(byLine.encoding).toBe(encoding.split(' ')[0]);
        // Only the file's SHA-256 differs: cells come from no file.
        expect([byLine.ledger.sources, byCells.ledger.sources]).toEqual([[createHash('sha256').update(file).digest('hex')], ['']]);
        expect(plain({ ...byLine, encoding: undefined, ledger: { ...byLine.ledger, sources: [''] } } as typeof byCells)).toEqual(plain(byCells));
      }),
      { numRuns: 200, seed: 20261206 },
    );
  });

  it('a file that is not UTF-8 after all is refused as decoding it whole refuses it, wherever the bad byte is', async () => {
    const { importLedger } = await import('../../models/io/ledger');
    const { decodeBytes } = await import('../../models/io/decode');
    const header = '月份,工号,姓名,岗位工资,实发工资\n';
    const rows = Array.from({ length: 3000 }, (_, i) => `2027-01,A${i},张三,3000,3000\n`);
    // A name cut in the middle of its character (0xE5 0xBC without its last byte), at row 2,500: the byte path has read
    // 2,498 rows when it meets it, and must not keep them.
    const utf8 = new TextEncoder();
    const cut = (at: number, head = header) => {
      const before = utf8.encode(head + rows.slice(0, at).join('') + '2027-01,B1,');
      return new Uint8Array([...before, 0xe5, 0xbc, ...utf8.encode(',3000,3000\n' + rows.slice(at).join(''))]);
    };
    for (const [what, b] of [
      ['a row', cut(2500)],
      ['the first row', cut(0)],
      // A header the reader refuses (no id column): the rest is still checked before the header is said.
      ['a file whose header is refused', cut(2500, '月份,姓名,岗位工资,实发工资\n')],
    ] as const) {
      const d = decodeBytes(b);
      if (d.ok) throw new Error('the bytes were meant to be bad');
      const r = await importLedger(b, { file: 'l.csv' });
      expect([what, r.ledger.size, r.errors.map((e) => [e.row, e.code, e.params])]).toEqual([what, 0, [[d.line, d.problem, { line: d.line, char: d.column, bytes: d.bytes }]]]);
    }
    // A GBK file (its header is not UTF-8): decoded as GB18030 and read.
    const gbk = new Uint8Array(iconv.encode(header + rows.join(''), 'gbk'));
    const g = await importLedger(gbk, { file: 'l.csv' });
    expect([g.encoding, g.ledger.size, g.errors]).toEqual(['gb18030', 3000, []]);
  });
});

describe('the pay sheet read row by row as it is split (parseWorkforceCsv) and from all its cells at once', () => {
  it('property: the same workforce, errors, warnings and counts either way, on messy pay sheets; the progress only goes forward', async () => {
    const { parseWorkforceCsv, csvRows } = await import('../../models/io/csv');
    const { tableToWorkforce, workforceTableReader } = await import('../../models/io/table');
    const stats = { valid: 0, refused: 0 };
    const headers = [
      '工号,姓名,部门,岗位名称,岗位价值点数,技能等级,考核等级,创新积分,工龄(年),月工资(元),岗位类别,带徒人数,班组长,手机号',
      // No pay column: the header is refused, and the rows after it are counted.
      '工号,姓名,部门,岗位名称,岗位价值点数,技能等级,考核等级,创新积分,工龄(年),岗位类别',
      // One column twice: refused too.
      '工号,姓名,姓名,岗位名称,岗位价值点数,技能等级,考核等级,创新积分,工龄(年),月工资(元)',
      // Without the optional columns.
      '工号,姓名,部门,岗位名称,岗位价值点数,技能等级,考核等级,创新积分,工龄(年),月工资(元)',
    ];
    // Mostly cells a reader takes, now and then one it refuses or warns about.
    const mostly = (good: fc.Arbitrary<string>, odd: string[]) => fc.oneof({ weight: 20, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
    const rowArb = fc.record({
      id: mostly(fc.integer({ min: 1, max: 100_000 }).map((n) => `JX${n}`), [' JX4', 'JX5 ', '', '"JX,6"', 'JX1']),
      name: mostly(fc.constantFrom('张三', '李四'), ['', '"李,四"', "O'Neil"]),
      points: mostly(fc.constantFrom('500', '350', '420.5'), ['0', '-1', 'x', '200000', '']),
      level: mostly(fc.constantFrom('L3', '高级工', 'L5'), ['L9', '', '五级']),
      rating: mostly(fc.constantFrom('良好', '合格'), ['A', '', '很差']),
      years: mostly(fc.constantFrom('9', '3.5', '0'), ['55', '81', '']),
      pay: mostly(fc.integer({ min: 2000, max: 30000 }).map(String), ['', '"7,590.00"', '3500.5', '-12', '1e3', '￥3500', '３５００', ' 3500 ', 'abc', '0', '2000000', '"3,500"', '90000']),
      category: mostly(fc.constantFrom('', '核心类', '关键类'), ['其他']),
      extra: mostly(fc.constant(''), [',多出来', ',,']),
      blank: fc.constantFrom(false, false, false, false, true),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 0, maxLength: 30 }), fc.constantFrom('\r\n', '\n', '\r'), fc.constantFrom(',', ',', '\t', ';'), fc.constantFrom(0, 0, 0, 1, 2, 3, 3, 3), fc.nat(2), fc.boolean(), fc.nat(8), async (rows, br, d, h, blankBefore, last, room) => {
        const header = headers[h]!;
        const cells = header.split(',').length;
        const lines = rows.map((x) => (x.blank ? (x.extra ? d.repeat(3) : '') : [x.id, x.name, '装配车间', '钳工', x.points, x.level, x.rating, '0', x.years, x.pay, x.category, '2', '是', '133****9331'].slice(0, cells).join(d) + x.extra.replaceAll(',', d)));
        const text = [...Array<string>(blankBefore).fill(''), header.replaceAll(',', d), ...lines].join(br) + (last ? br : '');
        const seen: [number, number][] = [];
        const streamed = parseWorkforceCsv(iconv.encode(text, 'gbk'), { file: 'p.csv', minimumMonthlyWage: 2490, onProgress: (done, total) => void seen.push([done, total]) });
        const all = csvRows(text);
        const whole = tableToWorkforce(all.rows, { file: 'p.csv', minimumMonthlyWage: 2490 });
        for (const p of all.problems) whole.errors.push({ file: 'p.csv', row: p.row, column: '', columnIndex: 0, value: '', code: 'bad-quotes', params: { reason: p.reason } });
        whole.errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
        const plain = (r: typeof whole) => JSON.parse(JSON.stringify({ ...r, encoding: undefined, workforce: Object.fromEntries(Object.entries(r.workforce).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v])) }));
        expect(plain(streamed)).toEqual(plain(whole));
        stats.valid += whole.validRows;
        stats.refused += whole.errors.length > 0 && whole.validRows === 0 ? 1 : 0;
        // Fed with less room than it needs (or none), the reader makes room as the rows come: the same answer.
        const small = workforceTableReader({ file: 'p.csv', minimumMonthlyWage: 2490 }, Math.min(room, all.rows.length));
        for (const r of all.rows) small.row(r);
        const grown = small.end();
        for (const p of all.problems) grown.errors.push({ file: 'p.csv', row: p.row, column: '', columnIndex: 0, value: '', code: 'bad-quotes', params: { reason: p.reason } });
        grown.errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
        expect(plain(grown)).toEqual(plain(whole));
        // Progress: never backwards, never past its total.
        for (let k = 1; k < seen.length; k++) expect(seen[k]![0]).toBeGreaterThanOrEqual(seen[k - 1]![0]);
        for (const [done, total] of seen) expect(done).toBeLessThanOrEqual(total);
      }),
      { numRuns: 300, seed: 20261208 },
    );
    // The cases were of both kinds: many rows read, and files refused whole.
    expect(stats.valid).toBeGreaterThan(400);
    expect(stats.refused).toBeGreaterThan(30);
  });

  it('a sheet of 25,000 rows: progress every 10,000 rows out of the rows the file has, and the workforce sized to its rows, whatever its line breaks', async () => {
    const { parseWorkforceCsv } = await import('../../models/io/csv');
    const lines = Array.from({ length: 25_000 }, (_, i) => `W${i},张三,装配车间,钳工,500,L3,良好,0,9,6000,核心类`);
    for (const br of ['\r\n', '\n', '\r']) {
      const text = ['工号,姓名,部门,岗位名称,岗位价值点数,技能等级,考核等级,创新积分,工龄(年),月工资(元),岗位类别', ...lines].join(br) + br;
      const seen: [number, number][] = [];
      const r = parseWorkforceCsv(new TextEncoder().encode(text), { file: 'p.csv', onProgress: (done, total) => void seen.push([done, total]) });
      // The file's 25,002 lines (the last one empty, after the final break): 25,001 after the header's.
      expect([JSON.stringify(br), seen]).toEqual([JSON.stringify(br), [[0, 1], [10_000, 25_001], [20_000, 25_001]]]);
      expect([r.validRows, r.totalRows, r.workforce.size, r.workforce.id.length, r.workforce.monthlyPay.length, r.workforce.id[24_999], r.errors]).toEqual([25_000, 25_000, 25_000, 25_000, 25_000, 'W24999', []]);
    }
  });
});
