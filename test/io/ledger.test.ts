import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { ROOT } from '../paths';
import { importLedger, monthOfFileName, parseMonthCell, parsePayDateCell, tableToLedger } from '../../models/io/ledger';
import { describeIssues } from '../../models/io/table';
import { csvRows } from '../../models/io/csv';
import { dayNumber, joinLedgers, ledgerFingerprint, monthIndex } from '../../models/compliance';

const bytes = (t: string) => new TextEncoder().encode(t);

describe('the payroll ledger reader', () => {
  it('reads months and pay dates as people write them, and Excel day numbers', () => {
    for (const t of ['2027-03', '2027/3', '2027年3月', '202703', '2027.03', '2027-03-31', '46477']) expect([t, parseMonthCell(t)]).toEqual([t, monthIndex('2027-03')]);
    for (const t of ['2027-13', '27-03', 'March', '', '2027']) expect([t, parseMonthCell(t)]).toEqual([t, null]);
    expect(parsePayDateCell('2027-04-15')).toBe(dayNumber('2027-04-15'));
    expect(parsePayDateCell('2027年4月15日')).toBe(dayNumber('2027-04-15'));
    expect(parsePayDateCell('2027/4/15')).toBe(dayNumber('2027-04-15'));
    expect(parsePayDateCell('2027-04')).toBeNull();
    expect(monthOfFileName('工资台账2027-03.csv')).toBe(monthIndex('2027-03'));
    expect(monthOfFileName('ledger_202703.xlsx')).toBe(monthIndex('2027-03'));
    expect(monthOfFileName('2027年3月工资.csv')).toBe(monthIndex('2027-03'));
    expect(monthOfFileName('ledger.csv')).toBeNull();
  });

  it('a GBK file per month, the month from its name; items summed by class; ID, phone and bank columns counted and never read', async () => {
    const text = ['工号,姓名,身份证号码,手机号,银行卡号,岗位工资,技能工资,工龄工资,加班工资,夜班津贴,个人所得税,实发工资,车间补贴', 'A1,张三,320000199001011234,13800000000,6222000000000000,"2,000.00",1500,300,450.5,200,35,4000,99'].join('\r\n');
    const r = await importLedger(new Uint8Array(iconv.encode(text, 'gbk')), { file: '台账2027年3月.csv' });
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe('gb18030');
    expect(r.personalColumns).toBe(3);
    expect(r.ignoredColumns).toEqual(['车间补贴']);
    const L = r.ledger;
    expect(L.size).toBe(1);
    expect(L.month[0]).toBe(monthIndex('2027-03'));
    expect(L.items.contract[0]).toBe(3800);
    expect(L.items.overtime[0]).toBe(450.5);
    expect(L.items.special[0]).toBe(200);
    expect(L.items.tax[0]).toBe(35);
    expect(L.net[0]).toBe(4000);
    const all = JSON.stringify({ ...L, items: Object.fromEntries(Object.entries(L.items).map(([k, v]) => [k, Array.from(v)])) });
    for (const secret of ['320000199001011234', '13800000000', '6222000000000000']) expect(all).not.toContain(secret);
    // A column the reader does not know can be said to be pay under the contract.
    const mapped = await importLedger(new Uint8Array(iconv.encode(text, 'gbk')), { file: '台账2027年3月.csv', columns: { 车间补贴: 'contract' } });
    expect(mapped.ledger.items.contract[0]).toBe(3899);
    expect(mapped.ignoredColumns).toEqual([]);
    // The map wins over a header the reader knows: this plant's 技能工资 is said to be a special allowance.
    const over = await importLedger(new Uint8Array(iconv.encode(text, 'gbk')), { file: '台账2027年3月.csv', columns: { 技能工资: 'special' } });
    expect(over.ledger.items.contract[0]).toBe(3800 - 1500);
    expect(over.ledger.items.special[0]).toBe(L.items.special[0]! + 1500);
  });

  it('every problem at its file, row and column; rows with errors left out and counted', async () => {
    const text = ['月份,工号,岗位工资,技能等级,发放日期,应发工资', '2027-01,A1,3000,L3,2027-02-10,3000', '2027-13,A2,3000,L3,2027-02-10,3000', '2027-01,A3,abc,L3,2027-02-10,', '2027-01,A1,3000,L9,2027-02-31,3000', '2027-01,A4,-5,,,', '2027-01,A5,3000,,,2900', '2027-01,A1,3100,L3,2027-02-10,'].join('\n');
    const r = await importLedger(bytes(text), { file: 'l.csv' });
    expect(r.total).toBe(7);
    expect(r.valid).toBe(2);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '月份', 'bad-month'],
      [4, '岗位工资', 'not-a-number'],
      [5, '技能等级', 'unknown-grade'],
      [5, '发放日期', 'bad-date'],
      [6, '岗位工资', 'negative'],
      [8, '工号', 'ledger-twice'],
    ]);
    expect(r.errors.at(-1)!.params.first).toBe(2);
    expect(r.warnings.map((e) => [e.row, e.column, e.code])).toEqual([[7, '应发工资', 'ledger-gross-differs']]);
    expect(describeIssues(r.errors, 'zh')[0]).toBe('l.csv 第 3 行,"月份"列: "2027-13"不是有效月份,请填如 2027-03、2027/3、2027年3月 或 202703');
  });

  it('refuses a ledger with no month anywhere, no id, or no pay column, saying which', async () => {
    const noMonth = await importLedger(bytes('工号,岗位工资\nA1,3000'), { file: 'ledger.csv' });
    expect(noMonth.errors.map((e) => e.code)).toEqual(['ledger-no-month']);
    const given = await importLedger(bytes('工号,岗位工资\nA1,3000'), { file: 'ledger.csv', month: '2027-05' });
    expect(given.ledger.month[0]).toBe(monthIndex('2027-05'));
    const noPay = await importLedger(bytes('月份,工号,加班工资\n2027-01,A1,300'), { file: 'l.csv' });
    expect(noPay.errors.map((e) => e.code)).toEqual(['ledger-no-pay']);
    const noId = await importLedger(bytes('月份,姓名,岗位工资\n2027-01,张三,300'), { file: 'l.csv' });
    expect(noId.errors.map((e) => e.code)).toEqual(['missing-column']);
  });

  it('months in several files join into one ledger, named by the files’ SHA-256 and how each was read, not by their names', async () => {
    const jan = bytes('工号,岗位工资\nA1,3000');
    const feb = bytes('工号,岗位工资\nA1,3100');
    const a = await importLedger(jan, { file: '2027-01.csv' });
    const b = await importLedger(feb, { file: '2027-02.csv' });
    const j = joinLedgers([a.ledger, b.ledger]);
    expect(Array.from(j.month)).toEqual([monthIndex('2027-01'), monthIndex('2027-02')]);
    expect(j.files).toEqual(['2027-01.csv', '2027-02.csv']);
    expect(j.fileOf[1]).toBe(1);
    // Worked out apart, with node:crypto: each file's SHA-256 as sha256sum gives it, one line each, hashed.
    const { createHash } = await import('node:crypto');
    const sha = (x: Uint8Array | string) => createHash('sha256').update(x).digest('hex');
    expect(j.sources).toEqual([sha(jan), sha(feb)]);
    expect(await ledgerFingerprint(j)).toBe(sha(`${sha(jan)}\n${sha(feb)}\n`));
    // The same bytes under another name: the same fingerprint; the other order, or a month chosen by hand: another.
    const renamed = await importLedger(jan, { file: '一月.csv', month: '2027-01' });
    expect(renamed.ledger.sources).toEqual([`${sha(jan)} {"month":"2027-01"}`]);
    expect(await ledgerFingerprint((await importLedger(jan, { file: 'x-2027-01.csv' })).ledger)).toBe(await ledgerFingerprint(a.ledger));
    expect(await ledgerFingerprint(joinLedgers([b.ledger, a.ledger]))).not.toBe(await ledgerFingerprint(j));
    expect(await ledgerFingerprint(renamed.ledger)).not.toBe(await ledgerFingerprint(a.ledger));
    // Columns named by hand are in it, in one order whatever order they were given in.
    const text = bytes('月份,工号,车间补贴,夜班费\n2027-01,A1,100,50');
    const m1 = await importLedger(text, { file: 'm.csv', columns: { 车间补贴: 'contract', 夜班费: 'special' } });
    const m2 = await importLedger(text, { file: 'm.csv', columns: { 夜班费: 'special', 车间补贴: 'contract' } });
    expect(m1.ledger.sources).toEqual([`${sha(text)} {"columns":{"夜班费":"special","车间补贴":"contract"}}`]);
    expect(m2.ledger.sources).toEqual(m1.ledger.sources);
    // The sample's year, as docs/model.md gives it for a shell to check (sha256sum of the file, then of that line).
    const seedFile = new Uint8Array(readFileSync(`${ROOT}seeds/jiangsu-machinery-ledger-2027.csv`));
    const told = /the sample's year: `([0-9a-f]+)…([0-9a-f]+)`/.exec(readFileSync(`${ROOT}docs/model.md`, 'utf8'))!;
    const seedFp = await ledgerFingerprint((await importLedger(seedFile, { file: 'jiangsu-machinery-ledger-2027.csv' })).ledger);
    expect([seedFp.startsWith(told[1]!), seedFp.endsWith(told[2]!), seedFp]).toEqual([true, true, sha(`${sha(seedFile)}\n`)]);
    // Rows not read from a file have no fingerprint, rather than a wrong one.
    await expect(ledgerFingerprint(tableToLedger(csvRows('月份,工号,岗位工资\n2027-01,A1,3000').rows, { file: 'cells' }).ledger)).rejects.toThrow(/not read from files/);
  });
});

describe('the ledger reader reads amounts exactly as Number() does', () => {
  it('random amounts of up to 15 characters, plain and with grouping commas: the same doubles', async () => {
    const { Rng } = await import('../../models/rng');
    const rng = new Rng(15);
    const texts: string[] = [];
    for (let k = 0; k < 2000; k++) {
      const int = String(Math.floor(rng.next() * 10 ** (1 + Math.floor(rng.next() * 7))));
      const frac = rng.next() < 0.7 ? '.' + String(Math.floor(rng.next() * 10 ** (1 + Math.floor(rng.next() * 5)))).padStart(2, '0') : '';
      texts.push((int + frac).slice(0, 15));
    }
    const csv = ['月份,工号,岗位工资', ...texts.map((t, k) => `2027-01,A${k},"${rng.next() < 0.2 ? Number(t.split('.')[0]).toLocaleString('en-US') + (t.includes('.') ? '.' + t.split('.')[1] : '') : t}"`)].join('\n');
    const r = await importLedger(bytes(csv), { file: 'n.csv' });
    expect(r.errors).toEqual([]);
    expect(Array.from(r.ledger.items.contract)).toEqual(texts.map(Number));
  });
});
