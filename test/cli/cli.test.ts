import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, it } from 'vitest';
import { cli, cliHere } from '../cliRun';
import { parseWorkforceCsv } from '../../models/io/csv';
import { workforceFingerprint } from '../../models/fingerprint';
import { computePay } from '../../models/pay/pay';
import { parseScenarioJson } from '../../models/pay/scenario';
import { importAchievements } from '../../models/io/achievements';
import { achievementLines, innovationOf } from '../../models/innovation/innovation';
import { CLI_BUNDLE, testDir } from '../paths';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = (p: string) => join(root, 'seeds', p);
const run = promisify(execFile);

const WF = ['--workforce', seed('jiangsu-machinery.csv')];
const UNION = ['--scenario', seed('scenarios/union.json')];

// Every test is its own child processes: they run side by side.
describe.concurrent('CLI (real child process)', () => {
  it('runs as users start it, `npm run simulate -- …`, with the same output as the bundle the other tests run', async ({ expect }) => {
    const args = [...WF, ...UNION, '--json'];
    const npm = await run('npm', ['run', '--silent', 'simulate', '--', ...args], { cwd: root, maxBuffer: 64 << 20 });
    const bundled = await cli(...args);
    expect(bundled.code).toBe(0);
    expect(npm.stdout).toBe(bundled.stdout);
  });

  it('the bundle carries zod\'s English and none of its other languages (400 kB that every start parsed for nothing)', ({ expect }) => {
    const text = readdirSync(dirname(CLI_BUNDLE))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dirname(CLI_BUNDLE), f), 'utf8'))
      .join('\n');
    // zod's English message for a wrong type, and the same message in Dutch and in Indonesian (zod/v4/locales/nl.js,
    // id.js): texts in plain ASCII, as esbuild writes other letters escaped.
    expect(text).toContain('Invalid input: expected');
    expect(text).not.toContain('Ongeldige invoer');
    expect(text).not.toContain('Input tidak valid');
  });

  it('prints a readable Chinese report of the seeds and exits 0', async ({ expect }) => {
    const r = await cli(...WF, ...UNION, '--compare', seed('scenarios/management.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('方案: 工会方案');
    expect(r.stdout).toContain('能级工资表');
    expect(r.stdout).toContain('企业方案');
  });

  it('--json gives exactly the engine summary for the same inputs', async ({ expect }) => {
    const r = await cli(...WF, ...UNION, '--json', '--compare', seed('scenarios/compromise.json'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const wf = parseWorkforceCsv(readFileSync(seed('jiangsu-machinery.csv')), { file: 'x' }).workforce;
    const sc = parseScenarioJson(readFileSync(seed('scenarios/union.json'), 'utf8'));
    if (!sc.ok) throw new Error('seed invalid');
    const expected = computePay(wf, sc.scenario, { takeHome: true });
    expect(out.summary).toEqual(JSON.parse(JSON.stringify(expected.summary)));
    expect(out.craftsmen).toHaveLength(3);
    expect(out.craftsmen[0]).toHaveProperty('cashYear1');
    expect(out.craftsmen[0].equity).toHaveProperty('expenseByYear');
    expect(out.compare[0].name).toBe('折中方案');
  });

  it('--innovations and --ask innovation give the engine’s innovation answer for the same files; the solver keeps the enterprise its share', async ({ expect }) => {
    const dir = testDir('skillpay-');
    const q = join(dir, 'q.json');
    writeFileSync(q, JSON.stringify([{ ask: 'innovation' }, { ask: 'innovation', keptAtLeast: 0.9 }]));
    const r = await cli(...WF, ...UNION, '--innovations', seed('jiangsu-machinery-innovations.csv'), '--ask', q, '--json');
    expect(r.code).toBe(0);
    // The scheme has no rules of its own: the defaults, said.
    expect(r.stderr).toContain('方案中没有技术创新奖励规则,按默认规则计算');
    const out = JSON.parse(r.stdout);
    const wf = parseWorkforceCsv(readFileSync(seed('jiangsu-machinery.csv')), { file: 'x' }).workforce;
    const sc = parseScenarioJson(JSON.stringify({ ...JSON.parse(readFileSync(seed('scenarios/union.json'), 'utf8')), innovation: {} }));
    if (!sc.ok) throw new Error('seed invalid');
    const a = await importAchievements(new Uint8Array(readFileSync(seed('jiangsu-machinery-innovations.csv'))), { file: 'a.csv' });
    const expected = innovationOf(wf, a.achievements, sc.scenario)!.result;
    // The JSON gives each achievement as a line (the engine's answer carries them as columns).
    expect(out.innovation).toEqual(JSON.parse(JSON.stringify({ ...expected, achievements: achievementLines(a.achievements, expected.achievements) })));
    expect(out.answers[0]).toMatchObject({ ask: 'innovation', ok: true, value: expected.byYear[0]!.paid });
    const kept = out.answers[1];
    expect(kept).toMatchObject({ ask: 'innovation', ok: true, measure: 'keptShare', target: 0.9 });
    expect(kept.achieved.keptShare).toBeGreaterThanOrEqual(0.9);
    expect(kept.achieved.keptShare).toBeLessThan(0.9 + 1e-4);
    // The text report has the table by year.
    const text = await cli(...WF, ...UNION, '--innovations', seed('jiangsu-machinery-innovations.csv'));
    expect(text.stdout).toContain('技术创新奖励(--innovations;按年,万元)');
    expect(text.stdout).toContain(`${expected.planYear}`);
  });

  it('--paths --seed adds Monte Carlo blocks and is byte-identical run to run', async ({ expect }) => {
    const args = [...WF, ...UNION, '--json', '--paths', '300', '--seed', '11', '--years', '3'];
    const [a, b] = await Promise.all([cli(...args), cli(...args)]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const mc = JSON.parse(a.stdout).craftsmen[0].equity.monteCarlo;
    expect(Object.keys(mc)).toEqual(expect.arrayContaining(['mean', 'stderr', 'p5', 'p50', 'p95', 'probUnderwater']));
    expect(JSON.parse(a.stdout).projection).toHaveLength(3);
  });

  it('reports the equity rules a grant breaks and the managers benchmark, as the page does', async ({ expect }) => {
    const dir = testDir('skillpay-');
    const p = join(dir, 'rules.json');
    const union = JSON.parse(readFileSync(seed('scenarios/union.json'), 'utf8'));
    union.equityPlan = { sharesOutstanding: 1_000_000 };
    // 10,100 shares of 1,000,000 is 1.01 % for one person (limit 1 %); an option struck below the reference price.
    union.craftsmen[0].equity = { ...union.craftsmen[0].equity, kind: 'option', shares: 10100, strike: 15, referencePrice: 18.5 };
    union.craftsmen[1].agreement = { ...union.craftsmen[1].agreement, managerBenchmark: 10_000_000 };
    writeFileSync(p, JSON.stringify(union));
    const r = await cli(...WF, '--scenario', p, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.craftsmen[0].ruleWarnings.map((w: { rule: string }) => w.rule)).toEqual(['person-1pct', 'option-price-100pct']);
    expect(out.craftsmen[0].ruleWarnings[1].text).toContain('第二十九条');
    // JX0482 is a 首席技师 on an agreement wage below the benchmark given.
    expect(out.craftsmen[1].belowManagerBenchmark).toBe(true);
    const text = await cli(...WF, '--scenario', p);
    expect(text.stdout).toContain('股权激励规则提示');
  });

  it('--lang en prints English', async ({ expect }) => {
    const r = await cli('--workforce', seed('small-plant-en.csv'), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wage bill growth');
  });

  it('--out writes per-worker CSV with BOM, and XLSX with number cells', async ({ expect }) => {
    const dir = testDir('skillpay-');
    const csvPath = join(dir, 'out.csv');
    const xlsxPath = join(dir, 'out.xlsx');
    expect((await cli(...WF, ...UNION, '--out', csvPath)).code).toBe(0);
    const text = readFileSync(csvPath, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.trim().split('\r\n')).toHaveLength(1201);
    expect((await cli(...WF, ...UNION, '--compare', seed('scenarios/current.json'), '--out', xlsxPath)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['工会方案', '现行工资(基准)']);
    expect(typeof wb.worksheets[0]!.getRow(2).getCell(6).value).toBe('number');
    // The whole fingerprints close every row: the scheme's (as --json gives it) and the pay sheet's.
    const json = JSON.parse((await cli(...WF, ...UNION, '--compare', seed('scenarios/current.json'), '--json')).stdout);
    const w = parseWorkforceCsv(new Uint8Array(readFileSync(seed('jiangsu-machinery.csv'))), { file: 'x.csv' }).workforce;
    expect(json.fingerprint).toEqual({ scheme: expect.stringMatching(/^[0-9a-f]{64}$/), workforce: workforceFingerprint(w) });
    expect(json.compare[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const lines = text.trim().split('\r\n');
    expect(lines[0]!.split(',').slice(-2)).toEqual(['方案指纹(SHA-256)', '工资表指纹(SHA-256)']);
    for (const line of [lines[1]!, lines[1200]!]) expect(line.split(',').slice(-2)).toEqual([json.fingerprint.scheme, json.fingerprint.workforce]);
    const sheet = wb.worksheets[1]!;
    const last = sheet.getRow(1).cellCount;
    expect([sheet.getRow(2).getCell(last - 1).value, sheet.getRow(2).getCell(last).value]).toEqual([json.compare[0].fingerprint, json.fingerprint.workforce]);
  });

  it('bad workforce: exit 2, file/row/column on stderr, nothing on stdout', async ({ expect }) => {
    const r = await cli('--workforce', seed('broken-example.csv'), '--scenario', seed('scenarios/small-plant-raise.json'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('broken-example.csv, row 4, column "skill_level"');
    expect(r.stderr).toContain('row 11, column "years_of_service"');
  });

  it('bad scenario: exit 2 naming the key', async ({ expect }) => {
    const dir = testDir('skillpay-');
    const p = join(dir, 'bad.json');
    writeFileSync(p, JSON.stringify({ mode: 'pool', noLossGuarante: true }));
    const r = await cli(...WF, '--scenario', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('noLossGuarante');
  });

  it('craftsman not in the workforce, missing file, bad flags: exit 2', async ({ expect }) => {
    const wrong = await cli('--workforce', seed('small-plant-en.csv'), ...UNION);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/JX\d+.*not in the workforce/);
    expect((await cli('--workforce', 'nope.csv', ...UNION)).code).toBe(2);
    expect((await cli(...WF, ...UNION, '--paths', '0')).code).toBe(2);
    const tooMany = await cli(...WF, ...UNION, '--years', '5', '--paths', '5000000');
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain('projection.paths');
    expect((await cli(...WF)).code).toBe(2);
  });
});

// From here on the bundle's `main` runs in this process (`cliHere`): these tests check what a run writes and says, and
// the process itself (exit codes as the shell sees them, `npm run simulate`) is the describe above's.
describe('the CLI\'s papers carry the page\'s charts', () => {
  it('the costing note and the brief hold the charts the page puts in them: the same charts, from the same answer, at twice their size', async ({ expect }) => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const { paperCharts, typeset, DEFAULT_CONTRACT } = await import('../../models/documents');
    const { currentWageBill, onWorkforce } = await import('../../models/pay/scheme');
    const { defaultTypicalWorkers } = await import('../../models/pay/typical');
    const { inProcessSpawner } = await import('../../workers/client/inProcess');
    const { WorkerClient } = await import('../../workers/client/workerClient');
    const dir = testDir('charts-');
    const names = ['union', 'management', 'compromise'];
    // The charts the page's papers draw from the host's answer for this sheet and these schemes (the page asks the same host).
    const w = parseWorkforceCsv(readFileSync(seed('jiangsu-machinery.csv')), { file: 'x' }).workforce;
    const schemes = names.map((n) => { const r = parseScenarioJson(readFileSync(seed(`scenarios/${n}.json`), 'utf8')); if (!r.ok) throw new Error(n); return onWorkforce(r.scenario, currentWageBill(w)); });
    const client = new WorkerClient(inProcessSpawner, 1);
    const data = await client.ask({ kind: 'documentData', datasetId: client.dataset(w), scenario: schemes[0]!, schemes, typical: defaultTypicalWorkers('zh'), contract: DEFAULT_CONTRACT });
    client.dispose();
    for (const kind of ['costing', 'brief'] as const) {
      const out = join(dir, `${kind}.docx`);
      const r = await cliHere(...WF, ...UNION, ...names.slice(1).flatMap((n) => ['--compare', seed(`scenarios/${n}.json`)]), '--doc', kind, '--date', '2026-12-05', '--out', out);
      expect(r.code, r.stderr).toBe(0);
      const files = unzipSync(new Uint8Array(readFileSync(out)));
      const media = Object.keys(files).filter((f) => f.startsWith('word/media/')).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
      const expected = paperCharts(kind, data, 'zh', '2026-12-05');
      expect(media).toHaveLength(expected.length);
      expect(expected).toHaveLength(4);
      const xml = strFromU8(files['word/document.xml']!);
      // In order, each image is the chart of that title (its alt text), of the chart's size at 2×.
      expect([...xml.matchAll(/<wp:docPr [^>]*title="([^"]*)"/g)].map((m) => m[1])).toEqual(expected.map((c) => typeset(c.title, 'zh')));
      media.forEach((m, k) => {
        const png = files[m]!;
        const v = new DataView(png.buffer, png.byteOffset);
        expect([v.getUint32(16), v.getUint32(20)]).toEqual([2 * expected[k]!.width, 2 * expected[k]!.height]);
      });
    }
  }, 60_000);

  // 履约检查: the seed ledger against the union's scheme as signed (seeds/contract-2027.json).
  const LEDGER = ['--ledger', seed('jiangsu-machinery-ledger-2027.csv'), '--form', seed('contract-2027.json')];

  it('--ledger: the check of every worker-month, the same figures as the engine in-process, months written YYYY-MM, both fingerprints', async ({ expect }) => {
    const r = await cliHere(...WF, ...UNION, ...LEDGER, '--json');
    expect(r.stderr).toContain('身份证号');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout).compliance;
    const { checkLedger, DEFAULT_COMPLIANCE, ledgerFingerprint, monthText } = await import('../../models/compliance');
    const { importLedger } = await import('../../models/io/ledger');
    const { fingerprint } = await import('../../models/fingerprint');
    const w = parseWorkforceCsv(readFileSync(seed('jiangsu-machinery.csv')), { file: 'x' }).workforce;
    const p = parseScenarioJson(readFileSync(seed('scenarios/union.json'), 'utf8'));
    if (!p.ok) throw new Error('union.json');
    const L = (await importLedger(readFileSync(seed('jiangsu-machinery-ledger-2027.csv')), { file: 'jiangsu-machinery-ledger-2027.csv' })).ledger;
    const direct = checkLedger(L, { scheme: p.scenario, fingerprint: fingerprint(p.scenario), workforce: w, termStart: '2027-01-01', termYears: 2, tranches: [{ year: 1, month: 1, percent: 0.03 }, { year: 1, month: 7, percent: 0.02 }, { year: 2, month: 1, percent: 0.03 }], settings: DEFAULT_COMPLIANCE });
    expect(c.totals).toEqual(direct.totals);
    expect(c.byKind).toEqual(direct.byKind);
    expect(c.findings.map((f: { worker: string; month: string; kind: string; short: number }) => [f.worker, f.month, f.kind, f.short])).toEqual(direct.findings.map((f) => [f.worker, monthText(f.month), f.kind, f.short]));
    expect(c.months).toEqual({ from: '2027-01', to: '2027-12' });
    expect(c.fingerprint).toBe(JSON.parse(r.stdout).fingerprint.scheme);
    expect(c.ledgerFingerprint).toBe(await ledgerFingerprint(L));
    expect(c.workforceFingerprint).toBe(workforceFingerprint(w));
    expect(c.totals.workerMonths).toBe(14);
  });

  it('--ledger with --innovations: the innovation rewards are held to the ledger by the default rules, the one held back found as the engine finds it', async ({ expect }) => {
    const r = await cliHere(...WF, ...UNION, ...LEDGER, '--innovations', seed('jiangsu-machinery-innovations.csv'), '--json');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout).compliance;
    const { checkLedger, DEFAULT_COMPLIANCE, monthText } = await import('../../models/compliance');
    const { importLedger } = await import('../../models/io/ledger');
    const { fingerprint } = await import('../../models/fingerprint');
    const { tableToAchievements } = await import('../../models/io/achievements');
    const { csvRows } = await import('../../models/io/csv');
    const { signedWithInnovation, LEDGER_TERM } = await import('../../seeds/ledger');
    const w = parseWorkforceCsv(readFileSync(seed('jiangsu-machinery.csv')), { file: 'x' }).workforce;
    const p = parseScenarioJson(readFileSync(seed('scenarios/union.json'), 'utf8'));
    if (!p.ok) throw new Error('union.json');
    const scheme = signedWithInnovation(p.scenario);
    const achievements = tableToAchievements(csvRows(readFileSync(seed('jiangsu-machinery-innovations.csv'), 'utf8')).rows, 'x').achievements;
    const L = (await importLedger(readFileSync(seed('jiangsu-machinery-ledger-2027.csv')), { file: 'jiangsu-machinery-ledger-2027.csv' })).ledger;
    const direct = checkLedger(L, { scheme, fingerprint: fingerprint(scheme), workforce: w, termStart: LEDGER_TERM.termStart, termYears: LEDGER_TERM.years, tranches: LEDGER_TERM.tranches, settings: DEFAULT_COMPLIANCE, innovation: { achievements } });
    expect(c.fingerprint).toBe(fingerprint(scheme));
    expect(c.innovation).toEqual(direct.innovation);
    const inno = c.findings.filter((f: { kind: string }) => f.kind === 'innovation');
    expect(inno.map((f: { worker: string; month: string; short: number }) => [f.worker, f.month, f.short])).toEqual(direct.findings.filter((f) => f.kind === 'innovation').map((f) => [f.worker, monthText(f.month), f.short]));
    expect(inno).toHaveLength(1);
    expect(c.totals.workerMonths).toBe(15);
    // Without the achievements, a scheme with rules is said not to have had them checked.
    const plain = await cliHere(...WF, '--scenario', seed('scenarios/union.json'), ...LEDGER, '--json');
    expect(JSON.parse(plain.stdout).compliance.innovation).toBeNull();
  });

  it('--ledger --out writes every finding, one row each, and never over an input', async ({ expect }) => {
    const dir = testDir('skillpay-');
    const out = join(dir, 'findings.csv');
    const r = await cliHere(...WF, ...UNION, ...LEDGER, '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    const rows = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]!.split(',').slice(0, 6)).toEqual(['id', 'name', 'department', 'grade', 'month', 'finding']);
    expect(rows.length).toBe(1 + 15);
    expect(rows.filter((x) => x.includes('a tranche not applied from its date')).length).toBe(3);
    // The ledger itself as --out: refused before any work, the file as it was.
    const copy = join(dir, 'ledger.csv');
    writeFileSync(copy, readFileSync(seed('jiangsu-machinery-ledger-2027.csv')));
    const over = await cliHere(...WF, ...UNION, '--ledger', copy, '--form', seed('contract-2027.json'), '--out', copy);
    expect(over.code).toBe(2);
    expect(Buffer.compare(readFileSync(copy), readFileSync(seed('jiangsu-machinery-ledger-2027.csv')))).toBe(0);
  });

  it('--ask compliance: the minimum wage of the question (2,900 from January) finds the new worker short 400 a month; ok is false while anything is owed', async ({ expect }) => {
    const dir = testDir('skillpay-');
    const ask = join(dir, 'q.json');
    writeFileSync(ask, JSON.stringify([{ ask: 'compliance', minimumWage: [{ from: '2027-01', monthly: 2900 }], asOf: '2028-03' }]));
    const r = await cliHere(...WF, ...UNION, ...LEDGER, '--ask', ask, '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout).answers[0];
    expect(a.ok).toBe(false);
    const mine = a.achieved.byKind.minimumWage;
    expect(mine.findings).toBe(4);
    expect(a.settings.minimumWage).toEqual([{ from: '2027-01', monthly: 2900, source: '--ask', verified: false }]);
    expect(a.achieved.asOf).toBe('2028-03');
    expect(mine.owed).toBe(4 * (2900 - 2500));
    // The run's check (its --out and the JSON's compliance) is made with the first compliance question's settings, and says so.
    expect(JSON.parse(r.stdout).compliance.settings.minimumWage).toEqual(a.settings.minimumWage);
    expect(JSON.parse(r.stdout).compliance.byKind.minimumWage.owed).toBe(1600);
  });

  it('--ledger refuses, saying why: no --form, a form without the term’s first day, a cell it cannot read (file, row, column)', async ({ expect }) => {
    const noForm = await cliHere(...WF, ...UNION, '--ledger', seed('jiangsu-machinery-ledger-2027.csv'));
    expect(noForm.code).toBe(2);
    expect(noForm.stderr).toContain('--ledger needs --form');
    const dir = testDir('skillpay-');
    const form = join(dir, 'form.json');
    writeFileSync(form, JSON.stringify({ contract: { years: 2 } }));
    const noStart = await cliHere(...WF, ...UNION, '--ledger', seed('jiangsu-machinery-ledger-2027.csv'), '--form', form);
    expect(noStart.code).toBe(2);
    expect(noStart.stderr).toContain('termStart');
    const bad = join(dir, '2027-03.csv');
    writeFileSync(bad, '工号,岗位工资\nJX0001,5000\nJX0002,五千\n');
    const r = await cliHere(...WF, ...UNION, '--ledger', bad, '--form', seed('contract-2027.json'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2027-03.csv, row 3, column "岗位工资": "五千" is not a number');
  });

  it('--ledger-columns: a payroll\'s own header read as the item the map says (unknown without it, listed); a map naming no item refused', async ({ expect }) => {
    const dir = testDir('skillpay-');
    const file = join(dir, '2027-03.csv');
    // JX0001 in March: his contract pay as the sample ledger has it, and 300 元 in a column the reader does not know.
    const { default: iconv } = await import('iconv-lite');
    const year = iconv.decode(readFileSync(seed('jiangsu-machinery-ledger-2027.csv')), 'gbk').split('\r\n');
    const head = year[0]!.split(',');
    const row = year.find((l) => l.startsWith('2027-03,JX0001,'))!.split(',');
    const keep = head.map((h, i) => [h, row[i]!] as const).filter(([h]) => h !== '月份');
    writeFileSync(file, [[...keep.map(([h]) => h), '夜班补贴(元)'].join(','), [...keep.map(([, v]) => v), '300'].join(',')].join('\n') + '\n');
    const plain = JSON.parse((await cliHere(...WF, ...UNION, '--ledger', file, '--form', seed('contract-2027.json'), '--json')).stdout).compliance;
    expect(plain.ledger.ignoredColumns).toEqual([{ file: '2027-03.csv', column: '夜班补贴(元)' }]);
    const map = join(dir, 'columns.json');
    // Saved by WPS in GBK: read as GBK (it was decoded as UTF-8, the header turned to � and left unknown without a word).
    writeFileSync(map, iconv.encode(JSON.stringify({ '夜班补贴': 'special' }), 'gbk'));
    const mapped = await cliHere(...WF, ...UNION, '--ledger', file, '--form', seed('contract-2027.json'), '--ledger-columns', map, '--json');
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout).compliance.ledger.ignoredColumns).toEqual([]);
    writeFileSync(map, JSON.stringify({ '夜班补贴': 'night' }));
    const bad = await cliHere(...WF, ...UNION, '--ledger', file, '--form', seed('contract-2027.json'), '--ledger-columns', map);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"夜班补贴": the item must be one of contract, overtime, special');
    const alone = await cliHere(...WF, ...UNION, '--ledger-columns', map);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--ledger-columns goes with --ledger');
  });

  it('--doc rectification and compliance-report: the papers of 履约检查 carry the check’s figures, every amount still owed by worker, and both fingerprints', async ({ expect }) => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const dir = testDir('skillpay-');
    const text = (file: string) => [...strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const json = JSON.parse((await cliHere(...WF, ...UNION, ...LEDGER, '--json')).stdout).compliance;
    const rect = join(dir, 'rect.docx');
    const r1 = await cliHere(...WF, ...UNION, ...LEDGER, '--doc', 'rectification', '--out', rect, '--date', '2028-01-20');
    expect(r1.code).toBe(0);
    const t1 = text(rect);
    const money = (x: number) => x.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(t1).toContain(`尚欠 ${money(json.totals.outstanding)} 元`);
    expect(t1).toContain('2028年2月4日前如数补发');
    for (const f of json.findings.filter((x: { outstanding: number }) => x.outstanding > 0)) expect(t1).toContain(f.worker);
    // Made good: not asked for again.
    const settled = json.findings.find((x: { madeGood: number; outstanding: number }) => x.madeGood > 0 && x.outstanding === 0);
    expect(t1).not.toContain(settled.worker);
    expect(t1).toContain(json.fingerprint);
    expect(t1).toContain(json.ledgerFingerprint);
    const report = join(dir, 'report.docx');
    const r2 = await cliHere(...WF, ...UNION, ...LEDGER, '--doc', 'compliance-report', '--out', report, '--date', '2028-01-20');
    expect(r2.code).toBe(0);
    const t2 = text(report);
    expect(t2).toContain(`少发工资 ${money(json.totals.owed)} 元，涉及 ${json.totals.workers} 人、${json.totals.workerMonths} 人·月`);
    expect(t2).toContain(`于2028年2月4日前补足尚欠的 ${money(json.totals.outstanding)} 元`);
    expect(t2).toContain(`已补发 ${money(json.totals.madeGood)} 元`);
    expect(t2).toContain(json.ledgerFingerprint);
    // The letter to the inspectorate: each amount outstanding under its item of art. 85, with the ledger's row; the items add up to the total.
    const letter = join(dir, 'letter.docx');
    const r3 = await cliHere(...WF, ...UNION, ...LEDGER, '--doc', 'inspectorate', '--out', letter, '--date', '2028-01-20');
    expect(r3.code).toBe(0);
    const t3 = text(letter);
    const outstanding = json.findings.filter((x: { outstanding: number }) => x.outstanding > 0);
    // One ledger file: named once in the attachment's title, each amount with its row.
    expect(t3).toContain(`台账文件 ${outstanding[0].file}`);
    const rows = [...t3.matchAll(/第 (\d+) 行/g)].map((m) => Number(m[1]));
    expect(rows.sort((a, b) => a - b)).toEqual(outstanding.map((f: { row: number }) => f.row).sort((a: number, b: number) => a - b));
    const item = (kinds: string[]) => outstanding.filter((x: { kind: string }) => kinds.includes(x.kind)).reduce((a: number, x: { outstanding: number }) => a + x.outstanding, 0);
    const items = [item(['payRule', 'tranche', 'guarantee', 'skillFloor', 'deduction']), item(['minimumWage']), item(['overtime'])];
    expect(items[0]! + items[1]! + items[2]!).toBeCloseTo(json.totals.outstanding, 2);
    for (const [i, v] of items.entries()) if (v > 0) expect(t3).toContain(`第八十五条第（${'一二三'[i]}）项`);
    expect(t3).toContain(`仍尚欠 ${money(json.totals.outstanding)} 元`);
    expect(t3).toContain(json.ledgerFingerprint);
    const without = await cliHere(...WF, ...UNION, '--doc', 'rectification', '--out', join(dir, 'x.docx'));
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--ledger');
  }, 60_000);
});
