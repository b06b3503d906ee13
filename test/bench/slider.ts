/**
 * Main-thread long tasks while a weight slider is dragged with 100,000
 * workers loaded, measured in real Chromium with PerformanceObserver.
 */
import { startHarness } from '../e2e/harness';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import type { BenchResult } from './run';

/** Time from navigation to the first chart drawn, fresh browser storage each run (the sample enterprise loads). */
export async function firstChart(runs = 7): Promise<BenchResult> {
  const h = await startHarness();
  try {
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      const { page, context } = await h.newPage();
      await page.goto(h.origin);
      await page.locator('[data-testid=chart-paytable] .recharts-bar-rectangle').first().waitFor({ timeout: 60_000 });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    return { name: 'ui-first-chart', ms: Math.round(times[times.length >> 1]!), runs, target: 1500, note: 'navigation to the first bar of the pay table, production build, Chromium' };
  } finally {
    await h.close();
  }
}

export async function sliderLongTasks(): Promise<BenchResult> {
  const h = await startHarness();
  try {
    const { page } = await h.newPage();
    await page.goto(h.origin);
    await page.getByTestId('key-figures').waitFor({ timeout: 60_000 });
    const csv = plainCsv(generateWorkforce(100_000, 99, 'B'));
    const chooser = page.waitForEvent('filechooser');
    await page.locator('.dropzone').click();
    await (await chooser).setFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForFunction(() => document.querySelector('[data-testid=source-summary]')?.textContent?.includes('100,000'), undefined, { timeout: 120_000 });
    await page.waitForTimeout(3000);
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
    });
    const versionBefore = Number(await page.getByTestId('results').getAttribute('data-version'));
    const slider = page.getByTestId('weight-skill');
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + box.height / 2);
    await page.mouse.down();
    for (let k = 0; k <= 40; k++) {
      await page.mouse.move(box.x + 5 + ((box.width - 10) * k) / 40, box.y + box.height / 2);
      await page.waitForTimeout(30);
    }
    await page.mouse.up();
    await page.waitForTimeout(2000);
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    const longest = long.length ? Math.max(...long) : 0;
    const recomputes = Number(await page.getByTestId('results').getAttribute('data-version')) - versionBefore;
    if (recomputes < 2) throw new Error('the drag did not recompute: the measurement would be meaningless');
    return { name: 'ui-longest-task-100k', ms: Math.round(longest), runs: 1, target: 50, note: `${long.length} long tasks (> 50 ms) during a 41-step drag, ${recomputes} results drawn` };
  } finally {
    await h.close();
  }
}
