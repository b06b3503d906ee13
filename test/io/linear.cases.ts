/**
 * Every pattern that reads text a user wrote, fed a megabyte of its worst
 * case, and the innovations reader fed 600,000 rows (run by test/io/linear.test.ts in a child process it can stop: a
 * pattern that backtracks would run for hours, and no test could stop it in
 * its own thread). Prints "start NAME" before and "done NAME MS" after each.
 */
import { importAchievements, parseDateCell, parseTeamCell } from '../../models/io/achievements';
import { parseLevelCell, parseNumberCell } from '../../models/io/cells';
import { headerUnit, normalizeHeader } from '../../models/io/headers';
import { sheetNames } from '../../models/io/export';
import { isNumeric } from '../../models/io/docx';
import { uniqueName } from '../../models/pay/scheme';
import { typeset } from '../../models/documents/text';
import { paperLabel } from '../../models/documents/build';
import { parseTyped } from '../../src/lib/format';
import { importWorkforce } from '../../models/io/import';
import { importLedger, monthOfFileName, parseMonthCell, parsePayDateCell } from '../../models/io/ledger';

const MB = 2 ** 20;
const spaces = ' '.repeat(MB);
const digits = '1'.repeat(MB);
const csv = (text: string) => new TextEncoder().encode(text);

export const CASES: Record<string, () => unknown> = {
  'team cell: id, spaces, x': () => parseTeamCell(`JX0003${spaces}x`),
  'team cell: id:, spaces, x': () => parseTeamCell(`JX0003:${spaces}x`),
  'team cell: id(, spaces, x)': () => parseTeamCell(`JX0003(${spaces}x)`),
  'team cell: colons': () => parseTeamCell(':'.repeat(MB)),
  'team cell in a file': () => importAchievements(csv(`成果编号,成果名称,类别,等级,日期,节约额,完成人\nA1,t,合理化建议,,2025-01-01,0,JX0003${spaces}x\n`), { file: 'a.csv' }),
  'number: digits then x': () => parseNumberCell(`${digits}x`),
  'number: digits.digits then x': () => parseNumberCell(`${digits}.${digits}x`),
  'number: spaces then 元 missing': () => parseNumberCell(`1${spaces}x`),
  'number: grouped then x': () => parseNumberCell(`${'1,000'.repeat(MB / 5)}x`),
  'typed number: digits then x': () => parseTyped(`${digits}x`),
  'level: L1 and zeros': () => parseLevelCell(`L1.${'0'.repeat(MB)}x`),
  'date: digits': () => parseDateCell(`${digits}`),
  'header: spaces before x': () => normalizeHeader(`a${spaces}x`),
  'header: open brackets': () => normalizeHeader('('.repeat(MB)),
  'header unit: open bracket and text': () => headerUnit(`(${'a'.repeat(MB)}`),
  'header unit: brackets and spaces': () => headerUnit(`(a)${spaces}x`),
  'pay sheet with a megabyte header': () => importWorkforce(csv(`工号,姓名,等级,月工资,工龄,岗位价值,绩效,创新,a${spaces}x\nJX1,张,L1,5000,1,100,B,0,\n`), { file: 'p.csv' }),
  'sheet name: apostrophes then x': () => sheetNames([`${"'".repeat(MB)}x`]),
  'scheme name: spaces then x': () => uniqueName(`a${spaces}x`, [`a${spaces}x`]),
  'scheme name: spaces then (2)x': () => uniqueName(`a${spaces}(2)x`, [`a${spaces}(2)x`]),
  'paper text: spaces then x': () => typeset(`a${spaces}x`, 'zh'),
  'paper label: spaces then x': () => paperLabel(`a${spaces}x`),
  'number in a paper: digits then x': () => isNumeric(`${'1'.repeat(MB)}x`),
  // Not a pattern but the same kind of trap: the innovations reader searched all rows for each achievement
  // (200,000 rows: 49 s; this file: about five minutes). Linear, it takes seconds.
  'innovations file of 600,000 achievements': () => {
    const lines = ['成果编号,成果名称,类别,等级,日期,节约额,完成人'];
    for (let k = 0; k < 600_000; k++) lines.push(`A${k},t,合理化建议,,2025-01-01,0,JX${k % 1000}:60;JX${(k + 1) % 1000}:40`);
    return importAchievements(csv(lines.join('\n')), { file: 'a.csv' }).then((r) => {
      if (r.valid !== 600_000) throw new Error(`read ${r.valid} of 600,000`);
    });
  },
  // The payroll ledger: month and date cells of a megabyte, a file name of a megabyte, and one worker's 100,000 rows
  // (a repeated month is searched among his rows alone).
  'ledger: month cell, digits then x': () => parseMonthCell(`${digits}x`),
  'ledger: pay date, digits then x': () => parsePayDateCell(`${digits}x`),
  'ledger: file name of digits': () => monthOfFileName(`${digits}.csv`),
  'ledger: a megabyte cell in a file': () => importLedger(csv(`月份,工号,岗位工资\n2027-01,A1,1${spaces}x\n`), { file: 'l.csv' }),
  'ledger of 600,000 rows, 100,000 of one worker': () => {
    const lines = ['月份,工号,岗位工资,发放日期'];
    for (let k = 0; k < 600_000; k++) lines.push(`${2000 + Math.floor(k / 12) % 100}-${String((k % 12) + 1).padStart(2, '0')},${k < 100_000 ? 'ONE' : `W${k}`},5000.5,2027-02-10`);
    return importLedger(csv(lines.join('\n')), { file: 'l.csv' }).then((r) => {
      if (r.total !== 600_000) throw new Error(`read ${r.total} of 600,000`);
    });
  },
};

if (process.argv[1]?.endsWith('linear.cases.ts')) {
  for (const [name, run] of Object.entries(CASES)) {
    process.stdout.write(`start ${name}\n`);
    const t = performance.now();
    await run();
    process.stdout.write(`done ${name} ${Math.round(performance.now() - t)}\n`);
  }
}
