/**
 * Trust at the table, in real Chromium on the production build: typed
 * numbers are kept keystroke by keystroke, answers stay with the scheme they
 * were computed for, a share link never blanks the page or doubles the tabs,
 * pools follow an imported workforce, and deletes and loads can be undone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import { chooseFiles, focusField, root, shots, startHarness, type Harness } from './harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  const opened = await h.newPage();
  page = opened.page;
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(h.origin);
  await page.getByTestId('key-figures').waitFor({ timeout: 30_000 });
}, 180_000);

afterAll(async () => {
  await h?.close();
});

/** The scheme being edited, as its "save scheme file" download holds it. */
async function savedScheme(p: Page = page): Promise<Record<string, unknown> & { name: string; annualPool: number; craftsmen: { id: string }[] }> {
  const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('save-scheme').click()]);
  return JSON.parse(readFileSync((await dl.path())!, 'utf8'));
}

/** Select a field's text and type a value at a brisk pace (40 ms a key), then leave the field. */
async function typeInto(testId: string, text: string) {
  const field = page.getByTestId(testId);
  await focusField(field);
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text, { delay: 40 });
  await field.press('Tab');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scheme file read back: its shape is what the test checks
type Scheme = Record<string, any>;

const tabs = () => page.getByTestId('scheme-tab').allInnerTexts();
const growthOf = async (name: string) => (await page.getByTestId('compare-table').locator('tbody tr', { hasText: name }).first().locator('td').nth(3).innerText()).replace(/\s+/g, ' ');

describe('trust at the table', () => {
  it('keeps every keystroke: the pool, a coefficient and a floor share typed at 40 ms a key land exactly in the scheme', async () => {
    await typeInto('pool-input', '11000');
    expect(await page.getByTestId('pool-input').inputValue()).toBe('11000');
    await page.waitForFunction(() => document.querySelector('[data-testid=fig-wagebill]')?.closest('[aria-busy=false]') !== null);
    let s = await savedScheme();
    expect(s.annualPool).toBe(110_000_000);

    // Backspace empties the field; the empty text is kept with its reason, nothing snaps back.
    const pool = page.getByTestId('pool-input');
    await pool.click();
    await pool.press('ControlOrMeta+a');
    await pool.press('Backspace');
    await page.waitForTimeout(900);
    expect(await pool.inputValue()).toBe('');
    expect(await page.getByTestId('pool-input-error').innerText()).toBe('请填写一个数');
    await pool.pressSequentially('10800', { delay: 40 });
    await pool.press('Enter');
    expect(await pool.inputValue()).toBe('10800');

    await typeInto('skill-L1', '0.95');
    expect(await page.getByTestId('skill-L1').inputValue()).toBe('0.95');
    await typeInto('floor-share-basic', '130');
    expect(await page.getByTestId('floor-share-basic').inputValue()).toBe('130');
    s = await savedScheme();
    expect(s.annualPool).toBe(108_000_000);
    expect((s.skillCoefficients as Record<string, number>).L1).toBe(0.95);
    expect((s.skillFloors as { shares: Record<string, number> }).shares.basic).toBeCloseTo(1.3, 12);
  });

  it('fields committed at the same moment all land: an edit is built on the scheme as it is, not on the copy the panel last drew', async () => {
    // Text typed into several fields of the panels below the first screen, then all of them left within one task: the
    // second commit runs before the page has redrawn after the first. Each edit must be built on the workspace as it
    // is at that moment; one built on the panel's last drawing undoes the edit before it (this is what a busy machine
    // did to a floor share typed just after a coefficient: the value typed was shown, then the old one).
    const card = page.getByTestId('package-card').first();
    await card.waitFor({ timeout: 60_000 });
    const fields = [
      page.getByTestId('floor-share-basic'),
      page.getByTestId('floor-share-important'),
      card.locator('.grid8 input').nth(0),
      card.locator('.grid8 input').nth(1),
      card.getByTestId('equity-shares'),
    ];
    const values = ['135', '155', '123456', '45678', '25000'];
    const handles = await Promise.all(fields.map((f) => f.elementHandle()));
    await page.evaluate(
      async ([els, vs]) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        (els as HTMLInputElement[]).forEach((el, k) => {
          el.focus();
          setter.call(el, (vs as string[])[k]);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        });
        // Let the page draw the typed text, then leave every field in one go.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        for (const el of els as HTMLInputElement[]) el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      },
      [handles, values] as const,
    );
    const s = await savedScheme();
    const floors = (s.skillFloors as { shares: Record<string, number> }).shares;
    expect(floors.basic).toBeCloseTo(1.35, 12);
    expect(floors.important).toBeCloseTo(1.55, 12);
    const pkg = (s.craftsmen as unknown as { annualSalary: { base: number; performanceTarget: number }; equity: { shares: number } }[])[0]!;
    expect([pkg.annualSalary.base, pkg.annualSalary.performanceTarget, pkg.equity.shares]).toEqual([123456, 45678, 25000]);
    for (const [k, f] of fields.entries()) expect(await f.inputValue()).toBe(values[k]);
  });

  it('refuses a value out of range with the reason beside the field, and keeps the text', async () => {
    await typeInto('skill-L2', '-1');
    expect(await page.getByTestId('skill-L2').inputValue()).toBe('-1');
    expect(await page.getByTestId('skill-L2-error').innerText()).toContain('0');
    await page.locator('aside').screenshot({ path: join(shots, '14-field-refused.png') });
    const s = await savedScheme();
    expect((s.skillCoefficients as Record<string, number>).L2).toBeGreaterThan(0);
    await typeInto('skill-L2', '1.2');
    expect(await page.getByTestId('skill-L2-error').count()).toBe(0);
  });

  it('random values typed into every numeric field of the editor end up exactly in the scheme (property-style, fixed seed)', async () => {
    const fields: { testId: string; path: (s: Scheme) => number; scale: number; arb: fc.Arbitrary<number> }[] = [
      { testId: 'pool-input', path: (s) => s.annualPool, scale: 1e4, arb: fc.integer({ min: 50_000, max: 200_000 }).map((x) => x / 10) },
      ...['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8'].map((l) => ({ testId: `skill-${l}`, path: (s: Scheme) => s.skillCoefficients[l], scale: 1, arb: fc.integer({ min: 50, max: 4000 }).map((x) => x / 1000) })),
      ...['A', 'B', 'C', 'D', 'E'].map((r) => ({ testId: `perf-${r}`, path: (s: Scheme) => s.performanceCoefficients[r], scale: 1, arb: fc.integer({ min: 0, max: 2000 }).map((x) => x / 1000) })),
      { testId: 'seniority', path: (s) => s.seniorityMonthlyPerYear, scale: 1, arb: fc.integer({ min: 0, max: 200 }) },
      { testId: 'min-wage', path: (s) => s.minimumMonthlyWage, scale: 1, arb: fc.integer({ min: 1500, max: 4000 }) },
    ];
    const samples = fc.sample(fc.tuple(...fields.map((f) => f.arb)), { numRuns: 1, seed: 20261126 });
    for (const values of samples) {
      for (const [k, f] of fields.entries()) await typeInto(f.testId, String(values[k]));
      const s = await savedScheme();
      for (const [k, f] of fields.entries()) expect({ field: f.testId, value: f.path(s) }).toEqual({ field: f.testId, value: Math.round(values[k]! * f.scale * 1e6) / 1e6 });
    }
  }, 180_000);

  it('an answer stays with the scheme it was computed for: switching scheme shows none, switching back shows it', async () => {
    await page.getByTestId('scheme-tab').nth(0).click();
    await page.getByTestId('solve-growth').click();
    await page.getByTestId('apply-growth').waitFor({ timeout: 30_000 });
    // "Use it" says what it will change before it does.
    expect(await page.getByTestId('changes-growth').innerText()).toContain('分配总额');
    await page.locator('.solver').screenshot({ path: join(shots, '15-use-it-says-what-changes.png') });
    const answer = await page.getByTestId('answer-growth').innerText();
    await page.getByTestId('scheme-tab').nth(1).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=answer-growth]')?.textContent === '');
    expect(await page.getByTestId('apply-growth').count()).toBe(0);
    await page.getByTestId('scheme-tab').nth(0).click();
    await page.waitForFunction((a) => document.querySelector('[data-testid=answer-growth]')?.textContent === a, answer);
    // Editing the scheme makes it another question: the answer goes.
    await typeInto('seniority', '41');
    await page.waitForFunction(() => document.querySelector('[data-testid=answer-growth]')?.textContent === '');
  });

  it('a scheme file naming absent craftsmen opens with a notice naming them, never a blank page', async () => {
    const scheme = JSON.parse(readFileSync(join(root, 'seeds/scenarios/union.json'), 'utf8'));
    scheme.name = '外厂方案';
    scheme.craftsmen = [{ ...scheme.craftsmen[0], id: 'ZZ9999' }];
    await chooseFiles(page.getByTestId('open-scheme'), { name: 'other-plant.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scheme)) });
    await page.getByTestId('notice').filter({ hasText: 'ZZ9999' }).waitFor();
    expect((await tabs()).at(-1)).toContain('外厂方案');
    await page.getByTestId('set-aside').waitFor();
    expect(await page.getByTestId('fig-wagebill').innerText()).toContain('万元');
    // The package is kept in the scheme, not deleted.
    expect((await savedScheme()).craftsmen.map((c) => c.id)).toEqual(['ZZ9999']);
  });

  it('its share link opens in a fresh browser with the same tabs once each, and on top of a workspace asks before adding', async () => {
    const before = await tabs();
    await page.getByTestId('share').click();
    await page.getByTestId('notice').filter({ hasText: '已复制分享链接' }).waitFor();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain('#s=');
    const fresh = await h.newPage();
    await fresh.page.goto(url);
    await fresh.page.getByTestId('key-figures').waitFor({ timeout: 30_000 });
    expect((await fresh.page.getByTestId('scheme-tab').allInnerTexts()).map((x) => x.replace(' ⚠', ''))).toEqual(before.map((x) => x.replace(' ⚠', '')));
    await fresh.page.getByTestId('notice').filter({ hasText: 'ZZ9999' }).waitFor();
    await fresh.page.screenshot({ path: join(shots, '12-share-fresh-browser.png') });
    await fresh.context.close();

    await page.goto(url);
    await page.getByTestId('share-dialog').waitFor({ timeout: 30_000 });
    await page.getByTestId('share-add').click();
    // Every scheme of the link is already here: nothing is added twice.
    await page.getByTestId('notice').filter({ hasText: '没有重复添加' }).first().waitFor();
    expect(await tabs()).toEqual(before);
  }, 90_000);

  it('importing a larger plant carries each pool over at the same ratio to today\'s bill, and says so', async () => {
    const growthBefore = await growthOf('企业方案');
    const csv = plainCsv(generateWorkforce(5000, 7, 'BG'));
    await chooseFiles(page.locator('.dropzone'), { name: 'big-plant.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const carried = page.getByTestId('notice').filter({ hasText: '分配总额按新工资表换算' });
    await carried.waitFor({ timeout: 30_000 });
    // In the page's flow, one line; the rest on demand (this one lists four schemes: it does not fit).
    const line = carried.locator('.notice-text');
    expect(await line.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await carried.getByTestId('notice-more-text').click();
    expect(await carried.getByTestId('notice-more-text').getAttribute('aria-expanded')).toBe('true');
    expect(await line.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await page.waitForFunction(() => document.querySelector('[data-testid=source-summary]')?.textContent?.includes('5,000'));
    await page.waitForFunction(() => document.querySelector('[data-testid=results]')?.getAttribute('aria-busy') === 'false');
    const after = await growthOf('企业方案');
    if (!/([+−-][\d.]+)%/.test(after)) throw new Error(`growth cell reads "${after}"`);
    // Before: the sample's 10,330 万元 pool on a plant with a bill four times as large gave −63.82 %.
    expect(Number(/([+−-][\d.]+)%/.exec(after)![1]!.replace('−', '-'))).toBeGreaterThan(-10);
    expect(growthBefore).toMatch(/%/);
    await page.screenshot({ path: join(shots, '13-import-pools-carried.png') });
  });

  it('undoes a delete and a load; names are never blank or repeated', async () => {
    // "Undo" names the field an edit changed, not only the scheme.
    const seniority = page.getByTestId('seniority');
    await seniority.fill('33');
    await seniority.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=undo]')?.getAttribute('title')?.includes('工龄'), undefined, { timeout: 10_000 });
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/^修改“.+”的工龄/);
    await page.getByTestId('undo').click();
    const start = await tabs();
    await page.getByTestId('scheme-tab').nth(1).click();
    await page.getByTestId('delete-scheme').click();
    expect(await tabs()).toHaveLength(start.length - 1);
    await page.getByTestId('undo').click();
    expect(await tabs()).toEqual(start);

    await page.getByTestId('load-sample').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=source-summary]')?.textContent?.includes('1,200'));
    expect(await tabs()).toHaveLength(4);
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=source-summary]')?.textContent?.includes('5,000'));
    expect(await tabs()).toEqual(start);
    await page.getByTestId('redo').click();
    expect(await tabs()).toHaveLength(4);

    const name = page.getByTestId('scheme-name');
    await name.fill('');
    await name.press('Tab');
    expect(await page.locator('[role=alert]', { hasText: '方案名称不能为空' }).count()).toBe(1);
    expect((await tabs()).every((t) => t.trim() !== '')).toBe(true);
    await name.fill('企业方案');
    // The pause commits the name (taken: suffixed, with a notice); Enter after it must not commit it a second time.
    await page.getByTestId('notice').filter({ hasText: '企业方案 (2)' }).waitFor();
    await name.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-testid=scheme-name]') as HTMLInputElement).value === '企业方案 (2)');
    expect(await page.getByTestId('notice').filter({ hasText: '企业方案 (2)' }).count()).toBe(1);
    expect(await page.getByTestId('notice').filter({ hasText: '企业方案 (3)' }).count()).toBe(0);
    expect(new Set(await tabs()).size).toBe((await tabs()).length);
  });

  it('remembers the language on reload', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByText('Skill-based pay negotiation simulator').waitFor();
    await page.reload();
    await page.getByTestId('key-figures').waitFor({ timeout: 30_000 });
    expect(await page.locator('h1').innerText()).toBe('Skill-based pay negotiation simulator');
    await page.getByTestId('lang-switch').click();
    await page.reload();
    await page.getByTestId('key-figures').waitFor({ timeout: 30_000 });
    expect(await page.locator('h1').innerText()).toBe('技能工资协商模拟器');
  });
});
