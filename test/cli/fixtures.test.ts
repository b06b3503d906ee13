/**
 * Hostile inputs to the CLI, one fixture each, with the exit code and the
 * words the user gets. Every case was found altering data or crashing before
 * (the "was" in each name); none may reach "internal error" or a stack trace.
 * Each runs the bundled CLI's `main` in this process (test/cliRun.ts, `cliHere`):
 * what a case checks is the run's words and exit code, and starting Node for
 * each of 42 cases cost about 32 of this file's 43 CPU-seconds (measured alone).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliHere } from '../cliRun';
import { testDir } from '../paths';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = testDir('skillpay-fixtures-');
const seed = (p: string) => join(root, 'seeds', p);


const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const HEADER = 'id,name,department,position,position_value,skill_level,performance,innovation,years_of_service,monthly_pay';
const ROWS = ['A1,张三,机加工车间,车工,300,L3,B,2,5,6000', 'A2,李四,装配车间,钳工,350,L4,C,0,12,7000', 'A3,王五,热处理车间,热处理工,340,L5,A,3,8,7200'];
const union = JSON.parse(readFileSync(seed('scenarios/union.json'), 'utf8'));
const raise = JSON.parse(readFileSync(seed('scenarios/small-plant-raise.json'), 'utf8'));
// Written once: the cases run side by side, and rewriting a file one of them is reading would truncate it under it.
const plainPath = file('plain.csv', `${HEADER}\n${ROWS.join('\n')}\n`);
const plain = () => plainPath;
const scheme = (name: string, s: unknown) => file(name, JSON.stringify(s));
const withFormula = (formula: string) => ({ ...raise, allowances: { formula } });

/** A workbook of a few hundred kB whose sheet expands past the 100 MB budget, its directory lying about the sizes. */
function zipBomb(): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8('<?xml version="1.0"?><worksheet><sheetData>'));
  const chunk = strToU8(' '.repeat(1 << 20));
  for (let k = 0; k < 220; k++) sheet.push(chunk);
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  const out = Buffer.concat(parts);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt32LE(100, i + 22);
    if (sig === 0x02014b50) out.writeUInt32LE(100, i + 24);
  }
  return out;
}

async function brokenSharedStrings(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工资表');
  ws.addRow(HEADER.split(','));
  for (const r of ROWS) ws.addRow(r.split(',').map((x, k) => (k >= 4 && k !== 5 && k !== 6 ? Number(x) : x)));
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(/(<c r="B2"[^>]*t="s"[^>]*><v>)\d+(<\/v>)/, '$19999$2'));
  return zipSync(files);
}

interface Case {
  name: string;
  args: () => string[];
  code: 0 | 2;
  /** Words that must be on stderr (exit 2) or stdout (exit 0). */
  says: (string | RegExp)[];
}

let broken: Uint8Array;

const cases: Case[] = [
  {
    name: 'an XLSX whose sheet expands past the 100 MB budget, directory lying (was: 10 minutes to a heap abort)',
    args: () => ['--workforce', file('bomb.xlsx', zipBomb()), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en'],
    code: 2,
    says: ['bomb.xlsx, row 1', 'over the 100 MB limit'],
  },
  {
    name: 'an XLSX with a broken shared-text index (was: "Cannot read properties of undefined (reading \'richText\')")',
    args: () => ['--workforce', file('broken-strings.xlsx', broken), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en'],
    code: 2,
    says: ['broken-strings.xlsx', 'damaged'],
  },
  {
    name: 'a UTF-8 file cut off mid-character (was: every name mojibake, exit 0)',
    args: () => {
      const bytes = new TextEncoder().encode(`${HEADER}\n${ROWS.join('\n')},李`);
      return ['--workforce', file('cut.csv', bytes.subarray(0, bytes.length - 1)), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en'];
    },
    code: 2,
    says: ['cut.csv, row 4', 'not valid UTF-8', 'CSV UTF-8'],
  },
  {
    name: 'one GBK name in a UTF-8 file (was: the whole file read as GB18030)',
    args: () => {
      const good = new TextEncoder().encode(`${HEADER}\n${ROWS.join('\n')}\nA4,`);
      const tail = new TextEncoder().encode(',装配车间,钳工,350,L4,C,0,12,7000\n');
      return ['--workforce', file('gbkname.csv', Buffer.concat([good, iconv.encode('赵六', 'gbk'), tail])), '--scenario', seed('scenarios/small-plant-raise.json')];
    },
    code: 2,
    says: ['gbkname.csv 第 5 行', '不是有效的 UTF-8'],
  },
  {
    name: 'monthly pay of 1e308 (was: wage bill Infinity, "within the guideline", exit 0)',
    args: () => ['--workforce', file('huge.csv', `${HEADER}\n${ROWS[0]}\nA2,李四,装配车间,钳工,350,L4,C,0,12,1e308\n`), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en'],
    code: 2,
    says: ['huge.csv, row 3, column "monthly_pay"', 'implausibly large', '1,000,000'],
  },
  {
    name: 'job points of 1e308 (was: one worker takes the whole pot)',
    args: () => ['--workforce', file('points.csv', `${HEADER}\nA1,张三,机加工车间,车工,1e308,L3,B,2,5,6000\n${ROWS[1]}\n`), '--scenario', seed('scenarios/small-plant-raise.json')],
    code: 2,
    says: ['第 2 行,"position_value"列', '大得不合常理'],
  },
  {
    name: 'a header-only file (was: "Workers 0, growth NaN %", exit 0)',
    args: () => ['--workforce', file('header-only.csv', `${HEADER}\n`), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en'],
    code: 2,
    says: ['header-only.csv, row 2', 'no workers'],
  },
  {
    name: 'monthly pay headed 月工资(万元): read in 万元 (was: 0.5 元 a month, growth 5,245,733 %)',
    args: () => ['--workforce', file('wan.csv', `工号,姓名,部门,岗位,岗位价值点数,技能等级,绩效等级,创新积分,工龄,月工资(万元)\nA1,张三,机加工,车工,300,L3,B,2,5,0.6\nA2,李四,装配,钳工,350,L4,C,0,12,0.7\n`), '--scenario', seed('scenarios/small-plant-raise.json'), '--json'],
    code: 0,
    says: ['"currentWageBill": 156000'],
  },
  {
    name: 'a unit the program does not know (was: stripped and ignored)',
    args: () => ['--workforce', file('usd.csv', `${HEADER.replace('monthly_pay', 'monthly_pay (USD)')}\n${ROWS.join('\n')}\n`), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en'],
    code: 2,
    says: ['unit "usd"', 'Known units'],
  },
  {
    name: 'a 5 MB bad cell is not echoed whole (was: 52 MB on stderr)',
    args: () => ['--workforce', file('bigcell.csv', `${HEADER}\nA1,张三,机加工车间,车工,${'9x'.repeat(2_500_000)},L3,B,2,5,6000\n`), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en'],
    code: 2,
    says: ['…(5000000)'],
  },
  {
    name: '10,000 duplicate headers: a bounded summary with column numbers (was: 10,000 identical lines)',
    args: () => ['--workforce', file('dup.csv', `${['id', ...Array.from({ length: 10_000 }, () => 'name'), 'department', 'position', 'position_value', 'skill_level', 'performance', 'innovation', 'years_of_service', 'monthly_pay'].join(',')}\n`), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en'],
    code: 2,
    says: ['column 3 "name" and column 2 "name"', /and 9979 more of the same kind/],
  },
  {
    name: 'a scheme file saved in GBK (was: its name replaced by U+FFFD)',
    args: () => ['--workforce', plain(), '--scenario', file('gbk-scheme.json', iconv.encode(JSON.stringify({ ...raise, name: '工会普调方案' }), 'gbk')), '--json'],
    code: 0,
    says: [],
  },
  {
    name: 'version 1.5 (was: "newer than this program understands")',
    args: () => ['--workforce', plain(), '--scenario', scheme('v15.json', { ...raise, version: 1.5 })],
    code: 2,
    says: ['version must be a whole number'],
  },
  {
    name: 'seniority pay of 1e308 in a scheme (was: wage bill Infinity)',
    args: () => ['--workforce', plain(), '--scenario', scheme('sen.json', { ...raise, seniorityMonthlyPerYear: 1e308 })],
    code: 2,
    says: ['seniorityMonthlyPerYear'],
  },
  {
    name: 'a raise of 1e308 (was: wage bill Infinity)',
    args: () => ['--workforce', plain(), '--scenario', scheme('raise.json', { ...raise, raise: { ...raise.raise, percent: 1e308 } })],
    code: 2,
    says: ['raise.percent'],
  },
  {
    name: '--paths 0x10 (was: accepted as 16)',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--paths', '0x10'],
    code: 2,
    says: ['--paths must be a whole number', 'digits'],
  },
  {
    name: '--seed without --paths (was: silently ignored)',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--seed', '7'],
    code: 2,
    says: ['--seed needs --paths'],
  },
  {
    name: '--out into a folder that does not exist (was: "internal error" with a stack trace)',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--out', join(dir, 'no-such-folder', 'out.xlsx')],
    code: 2,
    says: ['does not exist'],
  },
  {
    name: 'XLSX out with names sharing 31 characters, an apostrophe, "History", an empty name, and --compare repeating the scheme (was: exceljs stack trace, exit 1)',
    args: () => {
      const long = '工会方案 第一轮 报价 (含技能津贴与工龄工资调整) '.repeat(2);
      return [
        '--workforce', plain(), '--scenario', scheme('a.json', { ...raise, name: long }), '--compare', scheme('b.json', { ...raise, name: `${long}乙` }), '--compare', scheme('c.json', { ...raise, name: "企业方案'" }),
        '--compare', scheme('d.json', { ...raise, name: 'History' }), '--compare', scheme('e.json', { ...raise, name: '' }), '--compare', scheme('a2.json', { ...raise, name: long }), '--out', join(dir, 'names.xlsx'),
      ];
    },
    code: 0,
    says: [],
  },
  // The allowance formula (issue 21): one meaning, no prototype reach, a bounded finite value per worker.
  {
    name: 'formula constructor(level)*100 (was: accepted, +5,026,800 元 a year of allowances)',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-ctor.json', withFormula('constructor(level)*100')), '--lang', 'en'],
    code: 2,
    says: ['f-ctor.json: allowances.formula', 'the function "constructor" is not allowed', 'at character 1'],
  },
  {
    name: 'formula __proto__ (was: exit 1 "fill is not a function")',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-proto.json', withFormula('pay + __proto__')), '--lang', 'en'],
    code: 2,
    says: ['unknown name "__proto__"', 'at character 7'],
  },
  {
    name: 'formula hasOwnProperty(1) (was: exit 1 "r is not a function")',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-own.json', withFormula('hasOwnProperty(1)')), '--lang', 'en'],
    code: 2,
    says: ['the function "hasOwnProperty" is not allowed'],
  },
  {
    name: 'formula toString (was: a silent 0)',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-tostr.json', withFormula('toString')), '--lang', 'en'],
    code: 2,
    says: ['unknown name "toString"'],
  },
  {
    name: 'formula pay*1e303 (was: exit 0 with the wage bill, Gini and take-home all null)',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-huge.json', withFormula('pay * 1e303')), '--lang', 'en'],
    code: 2,
    // A1 earns 6,000 a month: at most 10 × 6,000.
    says: ['worker A1 gets CNY 6.00E+306 a month', 'above the bound of CNY 60,000', 'No figure is computed from it'],
  },
  {
    name: 'formula 1e12 (was: exit 0, wage bill growth +13,748,427,897 %)',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-1e12.json', withFormula('1e12'))],
    code: 2,
    says: ['职工 A1 得到 1.00E+12 元/月', '超过上限 60,000 元/月'],
  },
  {
    name: 'formula -100000 (was: accepted, −1.44e9 元 of allowances hidden by the minimum-wage top-up)',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-neg.json', withFormula('-100000')), '--lang', 'en'],
    code: 2,
    says: ['worker A1 gets CNY -100,000 a month', 'below the bound of CNY 0'],
  },
  {
    name: 'formula 1/(level-3) in a --compare scheme (was: exit 1 with a stack trace, naming the first scheme)',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--compare', scheme('f-div.json', withFormula('1/(level-3)')), '--lang', 'en'],
    code: 2,
    // A1 is L3: 1/0.
    says: [/^.*f-div\.json: allowances\.formula/m, 'worker A1 gets CNY Infinity a month', 'not a finite number'],
  },
  {
    name: 'formula 0/0 with --ask (was: exit 1 with a stack trace)',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-nan.json', withFormula('0/0')), '--ask', file('floors.json', '[{"ask":"floors"}]'), '--lang', 'en'],
    code: 2,
    says: ['worker A1 gets CNY NaN a month', 'not a finite number'],
  },
  {
    name: 'formula with 240 nested brackets (was: the CLI accepted what the page called 语法错误)',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-deep.json', withFormula(`${'('.repeat(240)}1${')'.repeat(240)}`)), '--lang', 'en'],
    code: 2,
    says: ['brackets nested more than 40 deep', 'at character 41'],
  },
  {
    name: 'formula round(-2.5) + round(2.345, 2) + log(8, 2): mathjs\'s meanings, −3 + 2.35 + 3 (was: −2 + 2 + 2.08)',
    args: () => ['--workforce', plain(), '--scenario', scheme('f-math.json', withFormula('100 * (round(-2.5) + round(2.345, 2) + log(8, 2))')), '--json'],
    code: 0,
    // 100 × 2.35 = 235 元 a month for each of the 3 workers: 8,460 元 a year.
    says: ['"allowances": 8460'],
  },
  // Questions and paths at their edges.
  {
    name: '--ask zone with poolRange [0, 1e308] (was: exit 0 with 225 null cells)',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--ask', file('zone.json', '[{"ask":"zone","poolRange":[0,1e308]}]')],
    code: 2,
    says: ['question 1 ("zone"): field "poolRange.1"', "at most 10,000 × today's bill"],
  },
  {
    name: '--ask contract with a tranche in month 13 (was: accepted, listed as dropped)',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--ask', file('m13.json', '[{"ask":"contract","years":2,"tranches":[{"year":1,"month":13,"percent":0.03}],"onCosts":{"rate":0.3}}]')],
    code: 2,
    says: ['question 1 ("contract"): field "tranches.0.month"', 'months run to 12'],
  },
  {
    name: '--ask contract with a tranche in year −1 (was: accepted, listed as dropped)',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--ask', file('y-1.json', '[{"ask":"contract","years":2,"tranches":[{"year":-1,"month":3,"percent":0.03}],"onCosts":{"rate":0.3}}]')],
    code: 2,
    says: ['field "tranches.0.year"', 'contract years count from 1'],
  },
  {
    name: '--ask contract with nothing to cost: lifeCost exactly 0 (was: −1.49e-8)',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--json', '--ask', file('zero.json', '[{"ask":"contract","years":3,"tranches":[{"year":1,"month":1,"percent":0},{"year":2,"month":7,"percent":0}],"onCosts":{"rate":0.3}}]')],
    code: 0,
    says: ['"lifeCost": 0,', '"lifeCostIfAllFromStart": 0,'],
  },
  {
    name: '--out out.csv/ (was: exit 1 "EISDIR")',
    args: () => ['--workforce', plain(), '--scenario', seed('scenarios/small-plant-raise.json'), '--out', `${join(dir, 'out.csv')}/`, '--lang', 'en'],
    code: 2,
    says: ['out.csv/: this is a folder', 'give a file name ending in .csv or .xlsx'],
  },
  // Innovations (issue 22): the file read as strictly as the pay sheet, the question needs the file.
  {
    name: 'an innovations file with a share sum of 90 and a date that does not exist: exit 2 naming the file, the rows and the columns',
    args: () => ['--workforce', plain(), '--scenario', scheme('i1.json', raise), '--innovations', file('inno-bad.csv', '成果编号,类别,日期,完成人\nA,技术革新,2025-02-30,A1\nB,技术攻关,2025-01-01,A1:60;A2:30\n')],
    code: 2,
    says: ['inno-bad.csv: 2 problem(s)', 'inno-bad.csv 第 2 行,"日期"列', 'inno-bad.csv 第 3 行,"完成人"列: 成果 B 的份额合计 90'],
  },
  {
    name: '--ask innovation without --innovations: exit 2 saying what is missing',
    args: () => ['--workforce', plain(), '--scenario', scheme('i2.json', raise), '--ask', file('q-inno.json', '[{"ask":"innovation"}]')],
    code: 2,
    says: ['q-inno.json: question 1 ("innovation"): needs the achievements: add --innovations FILE'],
  },
  {
    name: '--doc innovation-contract without --innovations: exit 2 saying what is missing',
    args: () => ['--workforce', plain(), '--scenario', scheme('i3.json', raise), '--doc', 'innovation-contract', '--out', join(dir, 'i.docx')],
    code: 2,
    says: ['--doc innovation-contract needs the achievements: add --innovations FILE'],
  },
  {
    name: 'a scheme whose craftsman is not in the file: exit 2 naming the worker',
    args: () => ['--workforce', plain(), '--scenario', scheme('u.json', union)],
    code: 2,
    says: [/JX\d+.*not in the workforce/],
  },
];

describe('CLI fixtures: exit code and the words the user gets', () => {
  beforeAll(async () => {
    broken = await brokenSharedStrings();
  });
  // The cases run side by side, each a run of the CLI's `main` (the last test below reads what one of them wrote, after).
  for (const c of cases) {
    it.concurrent(c.name, async ({ expect }) => {
      const r = await cliHere(...c.args());
      expect({ code: r.code, stderr: r.stderr.slice(0, 2000) }).toMatchObject({ code: c.code });
      expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+|TypeError|Error: /);
      if (c.code === 2) expect(r.stdout).toBe('');
      for (const w of c.says) expect(c.code === 2 ? r.stderr : r.stdout).toMatch(w instanceof RegExp ? w : new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      // Messages stay readable in size whatever the input.
      expect(r.stderr.length).toBeLessThan(20_000);
    }, 60_000);
  }

  it('documents with U+FFFE, U+FFFF and a control character in every field of the form and in the scheme name open in any XML reader, and the CLI says what it replaced; {{constructor}} stays as written (was: a document.xml no parser reads; "function Object() { [native code] }" in the contract)', async () => {
    const bad = '\uFFFE\uFFFF\u0001';
    const form = {
      enterprise: `江苏某机械${bad}有限公司`, union: `工会${bad}`, enterpriseRep: `张${bad}`, unionRep: `李${bad}`, docNumber: `苏工协${bad}〔2027〕1号`,
      regional: { note: `地方规定${bad}` }, members: 120, present: 100, yes: 80,
      articles: { parties: `甲方{{enterprise}}与乙方{{union}}订立本合同。{{constructor}}{{__proto__}}${bad}` },
    };
    const formPath = file('bad-form.json', JSON.stringify(form));
    const scenario = scheme('bad-name.json', { ...raise, name: `工会方案${bad}` });
    const runs = await Promise.all((['offer', 'contract', 'congress', 'filing', 'costing'] as const).map(async (kind) => {
      const out = join(dir, `bad-${kind}.docx`);
      return { kind, out, r: await cliHere('--workforce', plain(), '--scenario', scenario, '--doc', kind, '--form', formPath, '--date', '2027-03-01', '--out', out) };
    }));
    for (const { kind, out, r } of runs) {
      expect({ kind, code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
      expect(r.stderr).toMatch(/bad-form\.json: 2[1-9] 个不能写入 Word 文件的字符已换成 �/);
      // The scheme's name is in the offer (the contract names the scheme by its fingerprint only).
      if (kind === 'offer') expect(r.stderr).toMatch(/3 个不能写入 Word 文件的字符\(在方案名称等处\)已换成 �/);
      const files = unzipSync(new Uint8Array(readFileSync(out)));
      for (const [name, bytes] of Object.entries(files)) {
        if (!name.endsWith('.xml')) continue;
        const xml = strFromU8(bytes);
        const parser = new SaxesParser();
        let texts = '';
        parser.on('text', (t) => (texts += t));
        // saxes throws at the first character XML 1.0 does not allow.
        expect(() => parser.write(xml).close(), `${kind}: ${name}`).not.toThrow();
        expect([...texts].filter((c) => c === '\uFFFE' || c === '\uFFFF' || c === '\u0001')).toEqual([]);
        if (name === 'word/document.xml') {
          expect(texts).not.toContain('native code');
          if (kind === 'offer') expect(texts).toContain('江苏某机械\uFFFD\uFFFD\uFFFD有限公司');
          if (kind === 'contract') expect(texts).toContain('{{constructor}}{{__proto__}}');
        }
      }
    }
  });

  it('the GBK scheme file keeps its Chinese name', async () => {
    const r = await cliHere('--workforce', plain(), '--scenario', file('gbk-scheme2.json', iconv.encode(JSON.stringify({ ...raise, name: '工会普调方案' }), 'gbk')));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('方案: 工会普调方案');
  });

  it('the sheet names written are legal and unique, one per scheme', async () => {
    mkdirSync(dir, { recursive: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'names.xlsx'));
    const names = wb.worksheets.map((s) => s.name);
    expect(names).toHaveLength(6);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(6);
    expect(names.every((n) => n.length <= 31 && !/^'|'$/.test(n) && n.toLowerCase() !== 'history' && n !== '')).toBe(true);
  });
});
