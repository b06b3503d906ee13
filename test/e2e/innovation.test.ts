/**
 * 技术创新集体协商 in Chromium on the production build: import the sample
 * achievements as a user does (a GBK file), give the scheme its rules, edit a
 * schedule by typing, and read the figures and the per-worker rewards back
 * against the engine run here on the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { innovationOf } from '../../models/innovation/innovation';
import { importAchievements } from '../../models/io/achievements';
import { validateScenario, type Scenario } from '../../models/pay/scenario';
import { seedScenario, seedWorkforce } from '../parity/describeEngine';
import { appPage, focusField, root, shots } from './harness';

const app = appPage('[data-testid=key-figures]');
const num = (x: number) => Math.round(x).toLocaleString('zh-CN');
const wan = (x: number) => `${(x / 1e4).toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} 万元`;

describe('technical-innovation rewards in the page', () => {
  const w = seedWorkforce();
  const csv = readFileSync(join(root, 'seeds/jiangsu-machinery-innovations.csv'), 'utf8');
  const withRules = (patch: object): Scenario => {
    const r = validateScenario({ ...seedScenario('union'), innovation: patch });
    if (!r.ok) throw new Error('rules');
    return r.scenario;
  };

  it('imports the sample achievements (GBK), adds the default rules, edits a schedule by typing; the figures and the per-worker rewards are the engine\u2019s', async () => {
    const page = app();
    const panel = page.getByTestId('innovation');
    await panel.waitFor({ timeout: 60_000 });
    await panel.scrollIntoViewIfNeeded();
    await page.getByTestId('innovations-file').setInputFiles({ name: '创新成果.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
    await page.getByTestId('innovations-summary').filter({ hasText: '29 项成果' }).waitFor();
    expect(await page.getByTestId('innovations-warnings').innerText()).toContain('2 条提示');
    await page.getByTestId('innovation-add-rules').click();
    await page.getByTestId('innovation-results').waitFor({ timeout: 60_000 });

    const a = (await importAchievements(new Uint8Array(iconv.encode(csv, 'gbk')), { file: 'x.csv' })).achievements;
    const expectFigures = async (s: Scenario) => {
      const e = innovationOf(w, a, s)!;
      const r = e.result;
      await page.getByTestId('innovation-plan-paid').filter({ hasText: wan(r.byYear[0]!.paid) }).waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('innovation-total-paid').innerText()).toBe(wan(r.totalPaid));
      // The first rows of the per-worker table: the largest rewards this year, as the engine ranks them.
      const order = [...Array(w.size).keys()].filter((i) => e.perWorker.total[i]! > 0).sort((x, y) => e.perWorker.planYear[y]! - e.perWorker.planYear[x]! || e.perWorker.total[y]! - e.perWorker.total[x]! || x - y);
      const rows = page.getByTestId('innovation-worker');
      for (let k = 0; k < 3; k++) {
        const cells = await rows.nth(k).locator('td').allInnerTexts();
        const i = order[k]!;
        expect([cells[0], cells[4], cells[5]]).toEqual([w.id[i], num(e.perWorker.planYear[i]!), num(e.perWorker.total[i]!)]);
      }
      return r;
    };
    const before = await expectFigures(withRules({}));

    // 20, 15, 10 % of the added profit instead of 12/10/8/6/2, typed at a brisk pace.
    const field = page.getByTestId('innovation-schedule-profit');
    await focusField(field);
    await field.press('ControlOrMeta+a');
    await field.pressSequentially('20, 15, 10', { delay: 40 });
    await field.press('Enter');
    const after = await expectFigures(withRules({ schedules: { profit: [0.2, 0.15, 0.1] } }));
    expect(after.byYear[0]!.paid).toBeGreaterThan(before.byYear[0]!.paid);
    // One wage bill: the key figures count the plan year's rewards in the bill as the panel and its papers do.
    expect(after.wageBill.included).toBe(true);
    await page.getByTestId('fig-wagebill').filter({ hasText: wan(after.wageBill.bill) }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('fig-rewards').innerText()).toContain(wan(after.wageBill.rewards));
    expect(await page.getByTestId('innovation-bill').innerText()).toContain(wan(after.wageBill.bill));
    // … and the comparison's line of the scheme being edited, marked and said.
    await page.getByTestId('compare-rewards').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('compare-table').innerText()).toContain(wan(after.wageBill.bill));

    // The top worker's drawer: his reward under the scheme, and his payslip taxing it as a bonus.
    const e = innovationOf(w, a, withRules({ schedules: { profit: [0.2, 0.15, 0.1] } }))!;
    const top = [...Array(w.size).keys()].sort((x, y) => e.perWorker.planYear[y]! - e.perWorker.planYear[x]! || x - y)[0]!;
    await page.getByTestId('worker-search').fill(w.id[top]!);
    await page.getByTestId('worker-match').first().click();
    const row = page.getByTestId('worker-innovation');
    await row.waitFor({ timeout: 30_000 });
    // The union's scheme is the first column; the others have no rules.
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[1]).toBe(`${num(e.perWorker.planYear[top]!)}(共 ${num(e.perWorker.total[top]!)})`);
    expect(cells.slice(2).every((c) => c === '—')).toBe(true);
    // Why: the parts under the first scheme add up to his monthly pay in the table (to the fen, as printed).
    const why = page.getByTestId('worker-why').first();
    await why.locator('summary').click();
    const amounts = (await why.getByTestId('worker-why-part').locator('strong').allInnerTexts()).map((x) => Number(x.split(' ').pop()));
    expect(amounts.length).toBeGreaterThan(3);
    const monthly = Number((await page.getByTestId('worker-monthly').first().innerText()).split(' ')[0]!.replace(/,/g, ''));
    expect(Math.abs(amounts.reduce((a, b) => a + b, 0) - monthly)).toBeLessThanOrEqual(0.5 + amounts.length * 0.005);
    await page.keyboard.press('Escape');

    // A schedule that cannot be used is refused at the field, and the figures stay.
    await focusField(field);
    await field.press('ControlOrMeta+a');
    await field.pressSequentially('20, 150', { delay: 40 });
    await field.press('Enter');
    expect(await page.getByTestId('innovation-schedule-profit-error').innerText()).toBe('每年的比例不能超过 100%');
    await field.press('Escape');

    // The draft contract, made in the page from this answer: its figures are the engine's and it carries the scheme's fingerprint.
    const [doc] = await Promise.all([page.waitForEvent('download'), page.getByTestId('make-innovation-contract').click()]);
    expect(doc.suggestedFilename()).toMatch(/^职工技术创新专项集体合同草案-工会方案-[0-9a-f]+\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await doc.path())!)))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('职工技术创新专项集体合同');
    expect(text).toContain(`${after.planYear} 年奖励 ${wan(after.byYear[0]!.paid)}`);
    expect(text).toContain('第九十二条至第九十四条');
    // The page's fingerprint of the scheme being edited (the bargaining table shows it) is printed under the title.
    const fp = await page.getByTestId('fingerprint').first().getAttribute('data-fingerprint');
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toContain(fp!);

    // The rules are part of the scheme: in its file, and in its fingerprint.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-scheme').click()]);
    const saved = JSON.parse(readFileSync((await dl.path())!, 'utf8'));
    expect(saved.innovation.schedules.profit).toEqual([0.2, 0.15, 0.1]);
    // Charts redraw once the page is still: the screenshot shows them drawn (it showed two empty frames).
    await panel.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=innovation] .recharts-wrapper').length >= 2 && [...document.querySelectorAll('[data-testid=innovation] .recharts-wrapper')].every((w) => w.querySelector('.recharts-bar-rectangle')), undefined, { timeout: 30_000 });
    await panel.screenshot({ path: join(shots, '40-innovation.png') });
  });
});
