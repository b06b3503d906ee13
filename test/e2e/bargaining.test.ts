/** At the table, in the browser: solve for a pool and use it, the agreement zone, costing, sensitivity. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPage, shots } from './harness';
import { contractCost } from '../../models/bargaining/bargaining';
import { computePay } from '../../models/pay/pay';
import { DEFAULT_CONTRACT } from '../../models/documents';
import { seedScenario, seedWorkforce } from '../parity/describeEngine';

const wanText = (x: number) => `${(x / 1e4).toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} 万元`;
const signedWan = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${wanText(Math.abs(x))}`;

const app = appPage();

describe('the bargaining table in the browser', () => {
  it('costs the contract on today\'s pay and on the scheme shown (what the papers commit to), each year, and says which is which', async () => {
    const page = app();
    const box = page.getByTestId('costing-on-scheme');
    await box.scrollIntoViewIfNeeded({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid=costing-on-scheme]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 30_000 });
    const w = seedWorkforce();
    const union = seedScenario('union');
    const c = DEFAULT_CONTRACT;
    const today = contractCost(w.monthlyPay, c.tranches, c.years, c.onCosts);
    const onScheme = contractCost(Float64Array.from(computePay(w, union).annual, (a) => a / 12), c.tranches, c.years, c.onCosts);
    expect(await box.innerText()).toContain('工会方案');
    const rows = box.locator('tbody tr');
    expect(await rows.count()).toBe(c.years);
    for (let y = 0; y < c.years; y++) {
      const cells = await rows.nth(y).locator('td').allInnerTexts();
      expect(cells.slice(1)).toEqual([wanText(today.byYear[y]!.total), wanText(onScheme.byYear[y]!.total), signedWan(onScheme.byYear[y]!.total - today.byYear[y]!.total)]);
    }
    // The key figures say what the bill holds beside the pool handed out, adding up to the bill (the craftsmen's cash is the rest).
    const r = computePay(w, union);
    const m = r.summary;
    const parts: [string, number][] = [['工龄工资', m.seniority], ['津贴', m.allowances], ['最低工资补足', m.floorTopUp], ['保底补足', m.guaranteeTopUp], ['工匠薪酬包(分配总额之外)', r.craftsmen.reduce((a, x) => a + x.cashYear1, 0)]];
    expect(await page.getByTestId('fig-growth-parts').innerText()).toBe(`总额 = 分配出去的 ${wanText(r.pool! - m.unallocated)} + ${parts.filter(([, v]) => Math.abs(v) >= 0.5).map(([k, v]) => `${k} ${wanText(v)}`).join(' + ')}`);
    // Each card's 为什么: the growth taken apart in points of today's bill, each part the engine's money over today's bill, adding
    // up to the card's growth; the bill's parts ending in the card's bill.
    const today0 = m.currentWageBill;
    await page.getByTestId('fig-why-growth').click();
    const why = page.getByTestId('fig-why');
    await why.filter({ hasText: '个百分点' }).waitFor({ timeout: 30_000 });
    const text = await why.innerText();
    const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)}`;
    expect(text).toContain(`分配总额比现工资总额 ${pts((r.pool! - today0) / today0)},工龄工资 ${pts(m.seniority / today0)},保底补足 ${pts(m.guaranteeTopUp / today0)}`);
    expect(text).toContain(`= ${await page.getByTestId('fig-growth').innerText()}`);
    expect(await page.getByTestId('fig-why-growth').getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('fig-why-bill').click();
    await why.filter({ hasText: '新工资总额' }).waitFor();
    expect(await why.innerText()).toContain(`= ${(await page.getByTestId('fig-wagebill').innerText()).replace(/\s+/g, ' ')}`);
    await page.getByTestId('fig-why-bill').click();
    await why.waitFor({ state: 'detached' });
    // The first table is the costing on today's pay, as before.
    expect((await page.getByTestId('costing').locator('tbody tr').first().locator('td').allInnerTexts()).at(-1)).toBe(wanText(today.byYear[0]!.total));
  });

  it('shows the scheme fingerprint, and it changes with the scheme', async () => {
    const page = app();
    const before = await page.getByTestId('fingerprint').innerText();
    // 16 hex digits to compare by eye (SHA-256; all 64 in the attribute and every export).
    expect(before).toMatch(/方案指纹 [0-9a-f]{16}$/);
    expect(await page.getByTestId('fingerprint').getAttribute('data-fingerprint')).toMatch(/^[0-9a-f]{64}$/);
    await page.getByTestId('weight-skill').fill('45');
    await page.waitForFunction((b) => document.querySelector('[data-testid=fingerprint]')?.textContent !== b, before);
  });

  it('records two rounds of offers and draws them converging (or not)', async () => {
    const page = app();
    await page.getByTestId('add-round').click();
    await page.getByTestId('add-round').click();
    const rounds = page.getByTestId('rounds');
    expect(await rounds.locator('tbody tr').count()).toBe(2);
    // Round 2: management moves to the compromise scheme.
    await rounds.getByTestId('round-management').nth(1).selectOption({ label: '折中方案' });
    await page.waitForFunction(() => document.querySelectorAll('.rounds .recharts-line').length === 4);
    expect(await rounds.locator('tbody tr').nth(1).innerText()).toMatch(/%.*%/);
  });

  it('shows the skill-talent floors by post category, from the file\'s 岗位类别 column', async () => {
    const page = app();
    const floors = page.getByTestId('floors');
    await floors.waitFor();
    expect(await floors.locator('tbody tr').count()).toBe(4);
    expect(await floors.innerText()).toContain('核心类');
    expect(await page.getByTestId('floors-total').innerText()).toMatch(/技能人才最低工资/);
  });

  it('an answer that changes the kind of scheme says so before it is used (the 学徒工 floor is a general raise\'s)', async () => {
    const page = app();
    await page.getByTestId('solve-l1').click();
    await page.getByTestId('apply-l1').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('kind-change-l1').innerText()).toContain('由“总额分配(按要素)”改为“普调(百分比+保底额)”');
    expect(await page.getByTestId('apply-l1').innerText()).toBe('改为“普调(百分比+保底额)”并采用');
    // … and offers the nearest answer within the scheme's own kind: a pool, kept a pool when used.
    expect(await page.getByTestId('within-kind-l1').innerText()).toMatch(/不改方案类型的最近答案\(“总额分配\(按要素\)”内\):[\d,.]+ 万元/);
    // The pool answers keep the kind: nothing to warn about.
    await page.getByTestId('solve-growth').click();
    await page.getByTestId('apply-growth').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('kind-change-growth').count()).toBe(0);
  }, 90_000);

  it('solves for the pool that grows the bill at the base line, and uses it', async () => {
    const page = app();
    await page.getByTestId('no-loss').uncheck();
    await page.getByTestId('solve-growth').click();
    await page.getByTestId('apply-growth').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('answer-growth').innerText()).toContain('万元');
    await page.getByTestId('apply-growth').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=fig-growth]')?.textContent?.startsWith('+5.00%'), undefined, { timeout: 20_000 });
  }, 90_000);

  it('the agreement zone follows the scheme without a click once a slider stops, and says when it is not current', async () => {
    const page = app();
    const zone = page.getByTestId('zone-answer');
    // The zone on screen answers the scheme as it is, once the page has caught up with the last edit.
    const zoneAnswersScheme = () =>
      page.waitForFunction(() => {
        const z = document.querySelector('[data-testid=zone-answer]');
        const fp = document.querySelector('[data-testid=fingerprint]')?.getAttribute('data-fingerprint');
        return document.querySelector('[data-testid=results]')?.getAttribute('aria-busy') === 'false' && z?.getAttribute('data-fingerprint') === fp;
      }, undefined, { timeout: 60_000 });
    await zone.waitFor({ timeout: 60_000 });
    await zoneAnswersScheme();
    const before = await zone.getAttribute('data-fingerprint');
    // Steps of a slider in quick succession: while they come the zone on screen is the last one, marked as not current.
    const slider = page.getByTestId('weight-skill');
    await slider.focus();
    let sawStale = false;
    for (let k = 0; k < 8; k++) {
      await slider.press('ArrowRight');
      if ((await zone.getAttribute('aria-busy')) === 'true' && (await zone.getAttribute('data-fingerprint')) === '') sawStale = true;
    }
    expect(sawStale).toBe(true);
    // Once they stop, the zone is asked of the scheme as it is now.
    await zoneAnswersScheme();
    expect(await zone.getAttribute('data-fingerprint')).not.toBe(before);
    expect(await zone.getAttribute('aria-busy')).toBe('false');
  });

  it('finds the agreement zone and the Nash point', async () => {
    const page = app();
    await page.getByTestId('run-zone').click();
    await page.getByTestId('nash').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('nash').innerText()).toMatch(/纳什解|没有同时满足/);
    await page.getByTestId('costing').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('costing').locator('tbody tr').count()).toBe(2);
    await page.getByTestId('run-tornado').click();
    await page.getByTestId('tornado').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('tornado').locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    await page.getByTestId('bargaining').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, '09-bargaining.png'), fullPage: false });
  });
});
