/** Master-craftsman packages in the browser: the seeds' craftsmen, a new option package, the simulation and the rules. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePay } from '../../models/pay/pay';
import { seedScenario, seedWorkforce } from '../parity/describeEngine';
import { appPage, shots } from './harness';

const app = appPage();

describe('craftsmen in the browser', () => {
  it("shows the seeds' three craftsmen with the CLI's numbers", async () => {
    const page = app();
    const cards = page.getByTestId('package-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(3);
    const expected = computePay(seedWorkforce(), seedScenario('union')).craftsmen;
    const shown = await page.getByTestId('cash-year1').allInnerTexts();
    expect(shown).toEqual(expected.map((c) => Math.round(c.cashYear1).toLocaleString('zh-CN')));
    expect(await page.getByTestId('fair-value').first().innerText()).toBe(Math.round(expected[0]!.equity!.fairValue).toLocaleString('zh-CN'));
    // Their own row in the pay table, and a column in the comparison.
    expect(await page.getByTestId('craftsmen-row').innerText()).toMatch(/工匠薪酬包\s+3/);
    expect(await page.getByTestId('compare-table').innerText()).toContain('股权');
  });

  it('makes a craftsman with an option package and simulates it', async () => {
    const page = app();
    await page.getByTestId('craft-template').selectOption('annual-option');
    await page.getByTestId('craft-candidate').first().click();
    const card = page.getByTestId('package-card').nth(3);
    await card.getByTestId('fair-value').waitFor();
    expect(await card.getByTestId('vesting-table').locator('tbody tr').count()).toBe(3);
    await card.getByTestId('run-equity-mc').click();
    await card.getByTestId('equity-mc').waitFor({ timeout: 30_000 });
    expect(await card.getByTestId('equity-mc').innerText()).toMatch(/P5 .* P50 .* P95/);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, '07-craftsman-option.png') });
  });

  it('warns, naming the rule, when the grant breaks the listed-company limits', async () => {
    const page = app();
    const card = page.getByTestId('package-card').nth(3);
    await page.getByTestId('shares-outstanding').fill('1000000');
    await card.getByTestId('equity-shares').fill('10000');
    await card.getByTestId('equity-shares').press('Enter');
    // Exactly 1 % of the share capital: within the limit (the typed numbers are used on Enter; wait for the page to answer).
    await page.waitForFunction(() => {
      const c = [...document.querySelectorAll('[data-testid=package-card]')][3];
      return c?.querySelector('[data-testid=equity-shares]') && c.querySelectorAll('[data-testid=rule-warning]').length === 0 && !document.querySelector('[data-testid=results][aria-busy=true]');
    });
    expect(await card.getByTestId('rule-warning').count()).toBe(0);
    await card.getByTestId('equity-shares').fill('10100');
    await card.getByTestId('rule-warning').first().waitFor();
    expect(await card.getByTestId('rule-warning').first().innerText()).toContain('1%');
    expect(await card.getByTestId('equity-mc').count()).toBe(0); // the simulation was of another grant: not shown stale
    await card.getByTestId('equity-strike').fill('18');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=package-card]')][3]?.querySelectorAll('[data-testid=rule-warning]').length === 2);
    expect(await card.innerText()).toContain('第二十九条');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, '08-craftsman-rules.png') });
  });

  it('moving a weight draws no craftsman card again: what a card shows does not depend on it (was: all eight of their charts redrawn at every edit)', async () => {
    // A page of its own, with React's developer-tools hook counting what each commit draws: a component that did work is
    // counted under the data-testid of the first element it puts on the page, or of the nearest one around that.
    const { page, context } = await app.harness().newPage();
    await page.addInitScript({
      content: `
        window.__drawn = {}; window.__lastCommit = 0;
        function where(f) {
          var c = f;
          while (c && c.tag !== 5) c = c.child;
          var el = c && c.stateNode;
          var box = el && el.closest ? el.closest('[data-testid=package-card], [data-testid^=chart-]') : null;
          return box ? box.getAttribute('data-testid') : null;
        }
        function walk(f) {
          for (var c = f; c; c = c.sibling) {
            if ((c.tag === 0 || c.tag === 11 || c.tag === 15) && c.alternate && (c.flags & 1)) {
              var k = where(c);
              if (k) window.__drawn[k] = (window.__drawn[k] || 0) + 1;
            }
            if (c.child && !(c.alternate && c.alternate.child === c.child)) walk(c.child);
          }
        }
        window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
          supportsFiber: true, renderers: new Map(), inject: function () { return 1; }, checkDCE: function () {},
          onScheduleFiberRoot: function () {}, onCommitFiberUnmount: function () {}, onPostCommitFiberRoot: function () {},
          onCommitFiberRoot: function (_id, root) { window.__lastCommit = performance.now(); walk(root.current.child); },
        };`,
    });
    try {
      await page.goto(app.harness().origin);
      await page.getByTestId('package-card').first().waitFor();
      // Quiet: every answer in, every chart drawn, nothing committed for two seconds.
      const quiet = () => page.waitForFunction(() => !document.querySelector('[aria-busy=true]') && performance.now() - (window as unknown as { __lastCommit: number }).__lastCommit > 2000, undefined, { timeout: 60_000 });
      await quiet();
      expect(await page.getByTestId('package-card').count()).toBe(3);
      await page.evaluate(() => ((window as unknown as { __drawn: object }).__drawn = {}));
      await page.getByTestId('weight-skill-input').fill('30');
      await page.getByTestId('weight-skill-input').press('Tab');
      // The pay table's chart is drawn again for the new weight (so the counting works), and then the page is quiet.
      await page.waitForFunction(() => ((window as unknown as { __drawn: Record<string, number> }).__drawn['chart-paytable'] ?? 0) > 0, undefined, { timeout: 60_000 });
      await quiet();
      const drawn = await page.evaluate(() => (window as unknown as { __drawn: Record<string, number> }).__drawn);
      expect(drawn['chart-paytable']).toBeGreaterThan(0);
      expect(drawn['package-card'] ?? 0).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('flags an agreement wage below the managers benchmark for a 特级技师/首席技师', async () => {
    const page = app();
    const agreement = page.getByTestId('package-card').nth(1);
    expect(await agreement.getByTestId('below-manager').count()).toBe(0);
    await agreement.getByTestId('manager-benchmark').fill('300000');
    await agreement.getByTestId('below-manager').waitFor();
  });
});
