/**
 * 履约检查 in Chromium on the production build: import two months of the
 * sample plant's payroll as a union officer would (a GBK file a month, the
 * month in the file's name), type the contract's first day, then load the
 * whole year; the panel's figures, the worker drawer's months and the CSV of
 * findings are read back against the engine run here on the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkLedger, DEFAULT_COMPLIANCE, monthText, type ComplianceResult } from '../../models/compliance';
import { importLedger } from '../../models/io/ledger';
import { fingerprint } from '../../models/fingerprint';
import { seedScenario, seedWorkforce } from '../parity/describeEngine';
import { appPage, focusField, root, shots } from './harness';

const app = appPage('[data-testid=key-figures]');
const TERM = { termStart: '2027-01-01', termYears: 2, tranches: [{ year: 1, month: 1, percent: 0.03 }, { year: 1, month: 7, percent: 0.02 }, { year: 2, month: 1, percent: 0.03 }] };

describe('履约检查 in the page', () => {
  const w = seedWorkforce();
  const scheme = seedScenario('union');
  const gbk = readFileSync(join(root, 'seeds/jiangsu-machinery-ledger-2027.csv'));
  const text = iconv.decode(gbk, 'gbk');
  const lines = text.trimEnd().split('\r\n');
  /** One month of the sample, its 月份 column taken out: the month is in the file's name. */
  const monthFile = (month: string) => {
    const keep = (l: string) => l.split(',').slice(1).join(',');
    return iconv.encode([keep(lines[0]!), ...lines.slice(1).filter((l) => l.startsWith(`${month},`)).map(keep)].join('\r\n') + '\r\n', 'gbk');
  };
  const engine = async (files: { name: string; bytes: Uint8Array }[]): Promise<ComplianceResult> => {
    const { joinLedgers } = await import('../../models/compliance');
    const parts = [];
    for (const f of files) parts.push((await importLedger(f.bytes, { file: f.name })).ledger);
    return checkLedger(joinLedgers(parts), { scheme, fingerprint: fingerprint(scheme), workforce: w, termStart: TERM.termStart, termYears: TERM.termYears, tranches: TERM.tranches, settings: DEFAULT_COMPLIANCE });
  };
  /** Type into a field at a brisk pace, as a user does, and leave it with `key` (Enter, Tab). */
  const typeBriskly = async (field: Locator, text: string, key: string, delay = 40) => {
    await focusField(field);
    await field.fill('');
    await field.pressSequentially(text, { delay });
    await field.press(key);
  };
  /** The standards as the workspace saved them in IndexedDB (autosave waits for a pause in typing). */
  const savedStandards = (page: ReturnType<typeof app>) =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            const req = open.result.transaction('keyval').objectStore('keyval').get('skillpay-workspace');
            req.onsuccess = () => resolve(JSON.stringify(req.result?.compliance ?? null));
            req.onerror = () => resolve('');
          };
          open.onerror = () => resolve('');
        }),
    );
  const totals = async (page: ReturnType<typeof app>) => {
    const el = page.getByTestId('compliance-totals');
    return { owed: Number(await el.getAttribute('data-owed')), outstanding: Number(await el.getAttribute('data-outstanding')), workers: Number(await el.getAttribute('data-workers')), late: Number(await el.getAttribute('data-late')) };
  };

  it('two monthly files (GBK, the month in the name), the first day typed: the figures are the engine’s; then the sample year, the drawer’s months and every finding in the CSV', async () => {
    const page = app();
    const panel = page.getByTestId('compliance');
    await panel.waitFor({ timeout: 60_000 });
    await panel.scrollIntoViewIfNeeded();

    // The contract's first day, typed at a brisk pace (the page's default is a date to come).
    const start = page.getByTestId('compliance-term-start');
    await typeBriskly(start, TERM.termStart, 'Enter');
    const files = [
      { name: '工资台账2027年2月.csv', bytes: monthFile('2027-02') },
      { name: '工资台账2027年3月.csv', bytes: monthFile('2027-03') },
    ];
    await page.getByTestId('compliance-file').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })));
    await page.getByTestId('compliance-summary').filter({ hasText: '2,400 行' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('compliance-summary').innerText()).toContain('2 列身份证号');
    const two = await engine(files);
    await page.getByTestId('compliance-totals').waitFor({ timeout: 30_000 });
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, two.totals.owed, { timeout: 30_000 });
    expect(await totals(page)).toEqual({ owed: two.totals.owed, outstanding: two.totals.outstanding, workers: two.totals.workers, late: two.totals.late });
    // February's 500 short, its back pay in April not in these files: still owed.
    expect(two.totals.outstanding).toBeGreaterThan(0);

    // The sample year: its contract's terms are taken, and said.
    await page.getByTestId('compliance-sample').click();
    await page.getByTestId('compliance-summary').filter({ hasText: '示例台账' }).waitFor({ timeout: 30_000 });
    const year = await engine([{ name: 'jiangsu-machinery-ledger-2027.csv', bytes: gbk }]);
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, year.totals.owed, { timeout: 30_000 });
    expect(await totals(page)).toEqual({ owed: year.totals.owed, outstanding: year.totals.outstanding, workers: year.totals.workers, late: year.totals.late });
    const kinds = await page.getByTestId('compliance-by-kind').locator('tbody tr').allInnerTexts();
    expect(kinds.length).toBe(Object.values(year.byKind).filter((k) => k.findings > 0).length);
    expect(kinds.join('\n')).toContain('未按期执行增资批次');
    expect(Number(await page.getByTestId('compliance-raise').getAttribute('data-share'))).toBe(year.raise.share);
    await page.getByTestId('chart-compliance-months').locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });

    // Every finding in the CSV, one row each, with the fingerprints.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compliance-download').click()]);
    const csv = readFileSync((await dl.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv.length).toBe(1 + year.findings.length);
    for (const l of csv.slice(1)) {
      const cells = l.split(',');
      expect([cells.at(-2), /^[0-9a-f]{64}$/.test(cells.at(-1)!)]).toEqual([year.fingerprint, true]);
    }
    expect(csv.slice(1).map((l) => l.split(',').slice(0, 5).join(',')).sort()).toEqual(year.findings.map((f) => [f.worker, w.name[w.id.indexOf(f.worker)] ?? '', f.department, f.level >= 0 ? `L${f.level + 1}` : '', monthText(f.month)].join(',')).sort());
    await panel.screenshot({ path: join(shots, 'compliance.png') });

    // The papers, made in the page from the same answer: the notice asks for every amount outstanding, with both fingerprints.
    const { unzipSync, strFromU8 } = await import('fflate');
    const docText = (file: string) => [...strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');
    const [notice] = await Promise.all([page.waitForEvent('download'), page.getByTestId('make-rectification').click()]);
    const nt = docText((await notice.path())!);
    const money = (x: number) => x.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(nt).toContain(`尚欠 ${money(year.totals.outstanding)} 元`);
    expect(nt).toContain(year.fingerprint);
    for (const f of year.findings.filter((x) => x.outstanding > 0)) expect(nt).toContain(f.worker);
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('make-compliance-report').click()]);
    expect(docText((await report.path())!)).toContain(`少发工资 ${money(year.totals.owed)} 元`);
    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByTestId('make-inspectorate').click()]);
    const lt = docText((await letter.path())!);
    expect(lt).toContain('《劳动合同法》第八十五条');
    for (const f of year.findings.filter((x) => x.outstanding > 0)) expect(lt).toContain(`第 ${f.row} 行`);

    // The worker owed most, in the drawer: his months, as the engine finds them.
    const who = year.top[0]!.worker;
    const search = page.getByTestId('worker-search');
    await search.scrollIntoViewIfNeeded();
    await search.fill(who);
    await page.getByTestId('worker-match').filter({ hasText: who }).first().click();
    const mine = page.getByTestId('worker-compliance');
    await mine.waitFor({ timeout: 30_000 });
    const his = year.findings.filter((f) => f.worker === who);
    expect(Number(await mine.getAttribute('data-owed'))).toBeCloseTo(his.reduce((s, f) => s + f.short, 0), 6);
    expect(await page.getByTestId('worker-compliance-months').locator('tbody tr').count()).toBe(his.length);
    // His months in the ledger, counted where the ledger is kept (the engine's worker).
    const { importLedger: readAgain } = await import('../../models/io/ledger');
    const L = (await readAgain(gbk, { file: 'x.csv' })).ledger;
    expect(await mine.innerText()).toContain(`台账中 ${L.id.filter((x) => x === who).length} 个月`);
    await page.getByTestId('worker-drawer').screenshot({ path: join(shots, 'compliance-drawer.png') });
    await page.keyboard.press('Escape');

    // On a phone, in English.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('compliance').getByText('Compliance: the wage contract as paid').waitFor();
    // The chart is drawn again in English (its legend and axis), not left in Chinese.
    await page.getByTestId('chart-compliance-months').locator('.recharts-legend-item-text').filter({ hasText: 'Workers short' }).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('chart-compliance-months').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(shots, 'compliance-390-en.png') });
    // The standards, opened on the phone: every field within the screen's width.
    await page.getByTestId('compliance-settings-summary').click();
    const settings = page.getByTestId('compliance-settings');
    await page.getByTestId('compliance-mw-add').waitFor();
    const wide = await settings.evaluate((el) => [...el.querySelectorAll('input, button')].filter((x) => x.getBoundingClientRect().right > window.innerWidth + 1).length);
    expect(wide).toBe(0);
    await settings.screenshot({ path: join(shots, 'compliance-settings-390-en.png') });
    await page.getByTestId('compliance-settings-summary').click();
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 180_000);

  it('the standards held to, typed for this city: the figures follow, the papers say them, and they are saved with the workspace', async () => {
    const page = app();
    const panel = page.getByTestId('compliance');
    await panel.waitFor({ timeout: 60_000 });
    // The page the case before left in English: back to Chinese.
    if ((await page.evaluate(() => document.documentElement.lang)) === 'en') await page.getByTestId('lang-switch').click();
    await panel.getByText('履约检查(工资专项集体合同执行情况)').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await page.getByTestId('compliance-sample').click();
    await page.getByTestId('compliance-summary').filter({ hasText: '示例台账' }).waitFor({ timeout: 30_000 });
    const gbkYear = [{ name: 'jiangsu-machinery-ledger-2027.csv', bytes: gbk }];
    const year = await engine(gbkYear);
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, year.totals.owed, { timeout: 30_000 });

    // A new figure from January 2027 (added, typed with its notice), and pay due by the 10th.
    await page.getByTestId('compliance-settings-summary').click();
    await page.getByTestId('compliance-mw-add').click();
    const from = page.getByTestId('compliance-mw-from-3');
    expect(await from.inputValue()).toBe('2027-01');
    const monthly = page.getByTestId('compliance-mw-monthly-3');
    await typeBriskly(monthly, '3000', 'Tab');
    const source = page.getByTestId('compliance-mw-source-3');
    await typeBriskly(source, '本市2027年1月起最低工资', 'Enter', 30);
    // A month that is not one is refused beside the field, and nothing changes.
    await typeBriskly(from, '2027-13', 'Enter');
    await page.getByTestId('compliance-mw-from-3-error').waitFor();
    await from.press('Escape');
    const payDay = page.getByTestId('compliance-pay-day');
    await typeBriskly(payDay, '10', 'Enter');

    const settings = { ...DEFAULT_COMPLIANCE, payDay: 10, minimumWage: [...DEFAULT_COMPLIANCE.minimumWage, { from: '2027-01', monthly: 3000, source: '本市2027年1月起最低工资', verified: false }] };
    const joined = (await import('../../models/compliance')).joinLedgers([(await importLedger(gbk, { file: gbkYear[0]!.name })).ledger]);
    const held = checkLedger(joined, { scheme, fingerprint: fingerprint(scheme), workforce: w, termStart: TERM.termStart, termYears: TERM.termYears, tranches: TERM.tranches, settings });
    // By hand: the new worker (JX9001) is paid 2,500 a month from September; at 3,000 he is 500 short in each of 4 months, and nobody else is near it.
    expect(held.byKind.minimumWage.owed).toBe(2000);
    expect(held.byKind.minimumWage.findings).toBe(4);
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, held.totals.owed, { timeout: 30_000 });
    expect(await totals(page)).toEqual({ owed: held.totals.owed, outstanding: held.totals.outstanding, workers: held.totals.workers, late: held.totals.late });
    expect(await page.getByTestId('compliance-settings-summary').innerText()).toContain('2027-01 起 3,000 元');

    // The report prints the standards it held the payroll to.
    const { unzipSync, strFromU8 } = await import('fflate');
    const docText = (file: string) => [...strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('make-compliance-report').click()]);
    const rt = docText((await report.path())!);
    expect(rt).toContain('2027年1月起 3,000 元');
    expect(rt).toContain('工资应于次月 10 日前发放');

    // Saved with the workspace: after a reload (the ledger is read again: it is not kept), the same standards and figures.
    const tolerance = page.getByTestId('compliance-tolerance');
    await typeBriskly(tolerance, '2', 'Enter');
    // Autosave waits for a pause in typing (a reload within it can lose the last change: the README says so).
    const saved = () => savedStandards(page);
    for (let k = 0; k < 100 && !(await saved()).includes('"tolerance":2'); k++) await page.waitForTimeout(200);
    expect(await saved()).toContain('"payDay":10');
    await page.reload();
    await page.getByTestId('compliance').waitFor({ timeout: 60_000 });
    await page.getByTestId('compliance-sample').click();
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, held.totals.owed, { timeout: 30_000 });
    expect(await page.getByTestId('compliance-settings-summary').innerText()).toContain('次月 10 日');
    await page.getByTestId('compliance-settings-summary').click();
    expect(Number(await page.getByTestId('compliance-tolerance').inputValue())).toBe(2);
    await page.getByTestId('compliance-settings').screenshot({ path: join(shots, 'compliance-settings.png') });
    await page.getByTestId('compliance-settings-reset').click();
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, year.totals.owed, { timeout: 30_000 });
  }, 180_000);

  it('the innovation rewards: not held without the rules; with them and the sample achievements the share held back is found, and typed a month later it falls due a month later', async () => {
    const page = app();
    const panel = page.getByTestId('compliance');
    await panel.waitFor({ timeout: 60_000 });
    if ((await page.evaluate(() => document.documentElement.lang)) === 'en') await page.getByTestId('lang-switch').click();
    await panel.scrollIntoViewIfNeeded();
    await page.getByTestId('compliance-sample').click();
    await page.getByTestId('compliance-summary').filter({ hasText: '示例台账' }).waitFor({ timeout: 30_000 });
    // The union's scheme has no innovation rules: the ledger's rewards are not held to any.
    await page.getByTestId('compliance-innovation').filter({ hasText: '本方案未设技术创新奖励规则' }).waitFor({ timeout: 30_000 });

    const { importAchievements } = await import('../../models/io/achievements');
    const { signedWithInnovation } = await import('../../seeds/ledger');
    const { validateScenario } = await import('../../models/pay/scenario');
    const achievementsBytes = readFileSync(join(root, 'seeds/jiangsu-machinery-innovations.csv'));
    const achievements = (await importAchievements(new Uint8Array(achievementsBytes), { file: 'jiangsu-machinery-innovations.csv' })).achievements;
    const joined = (await import('../../models/compliance')).joinLedgers([(await importLedger(gbk, { file: 'jiangsu-machinery-ledger-2027.csv' })).ledger]);
    const held = (s: typeof scheme) => checkLedger(joined, { scheme: s, fingerprint: fingerprint(s), workforce: w, termStart: TERM.termStart, termYears: TERM.termYears, tranches: TERM.tranches, settings: DEFAULT_COMPLIANCE, innovation: { achievements } });

    // The rules added and the sample achievements loaded in the innovation panel, as a user does.
    const inno = page.getByTestId('innovation');
    await inno.scrollIntoViewIfNeeded();
    await page.getByTestId('innovations-sample').click();
    await page.getByTestId('innovations-summary').filter({ hasText: `${achievements.size} 项成果` }).waitFor({ timeout: 30_000 });
    await page.getByTestId('innovation-add-rules').click();
    const withRules = signedWithInnovation(scheme);
    const march = held(withRules);
    const marchFinding = march.findings.find((f) => f.kind === 'innovation')!;
    expect(monthText(marchFinding.month)).toBe('2027-03');
    await page.waitForFunction((due) => Number(document.querySelector('[data-testid=compliance-innovation]')?.getAttribute('data-due')) === due, march.innovation!.due, { timeout: 30_000 });
    expect(Number(await page.getByTestId('compliance-innovation').getAttribute('data-paid'))).toBe(march.innovation!.paidOnTime);
    expect(await totals(page)).toEqual({ owed: march.totals.owed, outstanding: march.totals.outstanding, workers: march.totals.workers, late: march.totals.late });

    // A year's shares due with April's pay, typed at a brisk pace: March's payments were early, the one held back is now April's.
    await page.getByTestId('innovation-pay-by-share').scrollIntoViewIfNeeded();
    await typeBriskly(page.getByTestId('innovation-pay-by-share'), '4', 'Enter');
    // The two fields on a phone: within the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('innovation-pay-by-one-off').scrollIntoViewIfNeeded();
    const rules = page.getByTestId('innovation-rules');
    // (A table in a scrolling box scrolls sideways by design: the box itself is what must fit.)
    expect(await rules.evaluate((el) => [...el.querySelectorAll('input, select, .scroll')].filter((x) => (x.classList.contains('scroll') || !x.closest('.scroll')) && x.getBoundingClientRect().right > window.innerWidth + 1).map((x) => x.getAttribute('data-testid') ?? x.className))).toEqual([]);
    await page.getByTestId('innovation-pay-by-one-off').locator('xpath=ancestor::div[contains(@class,"row")][1]').screenshot({ path: join(shots, 'innovation-pay-by-390.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    const v = validateScenario({ ...withRules, innovation: { ...withRules.innovation!, payBy: { oneOffMonths: 3, shareMonth: 4 } } });
    if (!v.ok) throw new Error(v.issues[0]!.message);
    const april = held(v.scenario);
    const aprilFinding = april.findings.find((f) => f.kind === 'innovation')!;
    expect([monthText(aprilFinding.month), aprilFinding.worker, aprilFinding.short]).toEqual(['2027-04', marchFinding.worker, marchFinding.short]);
    await panel.scrollIntoViewIfNeeded();
    await page.getByTestId('compliance-innovation').filter({ hasText: '次年 4 月' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('compliance-findings-details').locator('summary').click();
    const row = page.getByTestId('compliance-findings').locator('tbody tr').filter({ hasText: '创新奖励到期未足额发放' });
    await row.filter({ hasText: '2027-04' }).waitFor({ timeout: 30_000 });
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain(marchFinding.worker);
    await panel.screenshot({ path: join(shots, 'compliance-innovation.png') });
    // Back as the user found it: no rules on the union's scheme, no achievements.
    await inno.scrollIntoViewIfNeeded();
    await page.getByTestId('innovation-remove-rules').click();
    await page.getByTestId('innovations-clear').click();
  }, 180_000);

  it('a column the reader does not know, named in the page: the ledger is read again with it, the map is saved, and a phone shows it whole', async () => {
    const page = app();
    const panel = page.getByTestId('compliance');
    await panel.waitFor({ timeout: 60_000 });
    if ((await page.evaluate(() => document.documentElement.lang)) === 'en') await page.getByTestId('lang-switch').click();
    await panel.scrollIntoViewIfNeeded();
    // February as a plant's own payroll: its position pay headed 岗位薪资, which the reader does not know.
    const feb = iconv.decode(Buffer.from(monthFile('2027-02')), 'gbk').replace('岗位工资', '岗位薪资');
    const file = { name: '工资台账2027年2月.csv', mimeType: 'text/csv', buffer: iconv.encode(feb, 'gbk') };
    await typeBriskly(page.getByTestId('compliance-term-start'), TERM.termStart, 'Enter');
    // The year the case before loaded is put away first (February is in it: the same months twice would be refused).
    if (await page.getByTestId('compliance-clear').count()) await page.getByTestId('compliance-clear').click();
    await page.getByTestId('compliance-file').setInputFiles(file);
    await page.getByTestId('compliance-ignored').filter({ hasText: '岗位薪资' }).waitFor({ timeout: 30_000 });
    const right = await engine([{ name: file.name, bytes: monthFile('2027-02') }]);
    // Unread, the position pay is missing from every month: far more looks short than is.
    await page.getByTestId('compliance-totals').waitFor({ timeout: 30_000 });
    expect((await totals(page)).owed).toBeGreaterThan(right.totals.owed + 1_000_000);
    const select = page.locator('[data-testid^=compliance-column-][data-header=岗位薪资]');
    await select.selectOption('contract');
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, right.totals.owed, { timeout: 30_000 });
    expect(await totals(page)).toEqual({ owed: right.totals.owed, outstanding: right.totals.outstanding, workers: right.totals.workers, late: right.totals.late });
    expect(await page.getByTestId('compliance-ignored').count()).toBe(0);
    expect(await select.inputValue()).toBe('contract');

    // On a phone: the map's fields within the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('compliance-columns').scrollIntoViewIfNeeded();
    const wide = await page.getByTestId('compliance-columns').evaluate((el) => [...el.querySelectorAll('select, span')].filter((x) => x.getBoundingClientRect().right > window.innerWidth + 1).length);
    expect(wide).toBe(0);
    await page.getByTestId('compliance-columns').screenshot({ path: join(shots, 'compliance-columns-390.png') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Saved with the standards: after a reload, the same file is read with the map at once.
    for (let k = 0; k < 100 && !(await savedStandards(page)).includes('岗位薪资'); k++) await page.waitForTimeout(200);
    await page.reload();
    await page.getByTestId('compliance').waitFor({ timeout: 60_000 });
    await page.getByTestId('compliance-file').setInputFiles(file);
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, right.totals.owed, { timeout: 30_000 });
    // Back to reading it as the reader knows it (not counted): the map is emptied.
    await page.locator('[data-testid^=compliance-column-][data-header=岗位薪资]').selectOption('');
    await page.getByTestId('compliance-ignored').filter({ hasText: '岗位薪资' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('compliance-clear').click();
  }, 180_000);

  it('an engine that stops: the ledgers it kept are read into the new one from their files, and the check answers as before', async () => {
    const page = app();
    const panel = page.getByTestId('compliance');
    await panel.waitFor({ timeout: 60_000 });
    await panel.scrollIntoViewIfNeeded();
    await page.getByTestId('compliance-sample').click();
    await page.getByTestId('compliance-summary').filter({ hasText: '示例台账' }).waitFor({ timeout: 30_000 });
    const year = await engine([{ name: 'jiangsu-machinery-ledger-2027.csv', bytes: gbk }]);
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, year.totals.owed, { timeout: 30_000 });
    // Every engine worker closes itself (as a crashed one stops); then a standard changes, and the check is asked again.
    for (const w of page.workers()) await w.evaluate(() => self.close()).catch(() => undefined);
    const joined = (await import('../../models/compliance')).joinLedgers([(await importLedger(gbk, { file: 'jiangsu-machinery-ledger-2027.csv' })).ledger]);
    const settings = { ...DEFAULT_COMPLIANCE, tolerance: 500 };
    const held = checkLedger(joined, { scheme, fingerprint: fingerprint(scheme), workforce: w, termStart: TERM.termStart, termYears: TERM.termYears, tranches: TERM.tranches, settings });
    expect(held.totals.owed).toBeLessThan(year.totals.owed);
    if (!(await page.getByTestId('compliance-tolerance').isVisible())) await page.getByTestId('compliance-settings-summary').click();
    await typeBriskly(page.getByTestId('compliance-tolerance'), '500', 'Enter');
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, held.totals.owed, { timeout: 60_000 });
    expect(await totals(page)).toEqual({ owed: held.totals.owed, outstanding: held.totals.outstanding, workers: held.totals.workers, late: held.totals.late });
    expect(await page.getByTestId('compliance-summary').innerText()).toContain('14,404');
    await page.getByTestId('compliance-settings-reset').click();
    await page.waitForFunction((owed) => Number(document.querySelector('[data-testid=compliance-totals]')?.getAttribute('data-owed')) === owed, year.totals.owed, { timeout: 30_000 });
  }, 180_000);
});
