/**
 * Slow is not dead (issue 27, item 10): every long job of the page on a machine several times slower than this one
 * ends in its result, never in "计算引擎意外停止".
 *
 * How the machine is made slow (test/e2e/harness.ts, SlowMachine): the whole browser, its engine workers included, runs
 * in a CPU control group whose quota is a fifth of one core, so a worker is about 5× slower than here whatever else
 * the machine runs, and the other browser files run beside this one. (Chromium's own CPU throttling slows only the
 * page's main thread; the engine's work is all in workers.) Where no control group can be made, the browser is started
 * at niceness 9 beside one busy process per core. The slowdown reached is measured in the run (a fixed loop in an
 * engine worker, before and after the quota is set) and printed.
 *
 * The jobs are shared out over three such slow browsers, each in a control group of its own, that run at the same
 * time: the sample's jobs and the 5,000-worker sheet on the first; a 100,000-row import and its agreement zone on the
 * second; a 100,000-row import and its Excel export on the third. One after the other on one browser they took about
 * 270 s on a slow day, longer than the rest of `npm test` needs beside them; side by side the file takes 145–206 s.
 * Each browser is as slow as before (its own fifth of a core), and every job still runs on one.
 *
 * The user of this test always answers "继续等待" when the page asks (a MutationObserver clicks it), and the test
 * counts how often that was; what it requires is that every job ends in its answer and the page never says that the
 * engine stopped.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import { chooseFiles, root, startHarness, type Harness } from './harness';

/** The share of one core each browser gets: about 5× slower than this machine. */
const SHARE = 0.2;

/** One slow browser with the app open, and what it printed. */
interface Slow {
  name: string;
  h: Harness;
  page: Page;
  log: string[];
}
const machines: Slow[] = [];

/** Milliseconds a fixed loop takes in one of the page's engine workers (the page's policy forbids making workers from anything but its own scripts). */
async function loopMs(p: Page): Promise<number> {
  await p.waitForFunction(() => document.querySelector('[data-testid=results]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 120_000 });
  const w = p.workers()[0];
  if (!w) throw new Error('the page has no engine worker yet');
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    times.push(
      await w.evaluate(() => {
        const t = performance.now();
        let x = 0;
        for (let i = 0; i < 1e8; i++) x += i % 7;
        return x < 0 ? -1 : performance.now() - t;
      }),
    );
  }
  return Math.min(...times);
}

const dir = join(root, 'node_modules/.cache/skillpay/slow/');
/** Written whole (a temporary file renamed into place): two browsers may read it while another run writes it. */
const onDisk = (name: string, bytes: string | Uint8Array) => {
  mkdirSync(dir, { recursive: true });
  const tmp = `${dir}${name}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, dir + name);
  return dir + name;
};

async function importSheet(page: Page, path: string, rows: string) {
  await chooseFiles(page.locator('.dropzone'), path);
  await page.waitForFunction((n) => document.querySelector('[data-testid=source-summary]')?.textContent?.includes(n) && document.querySelector('[data-testid=key-figures]')?.getAttribute('aria-busy') === 'false', rows, { timeout: 600_000, polling: 250 });
}

async function exportXlsx(page: Page): Promise<number> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByTestId('export-xlsx').click()]);
  return statSync(await dl.path()).size;
}

/** What the page said about the engine, seen from inside it: how often it asked, and whether it ever said it stopped. */
const said = (page: Page) => page.evaluate(() => (window as unknown as { __engine: { asked: number; what: string[]; stopped: string[] } }).__engine);

/** A browser held to SHARE of a core, the app open on the sample, the slowdown measured and printed. */
async function slowBrowser(name: string): Promise<Slow> {
  const h = await startHarness({ slow: SHARE });
  const page = (await h.newPage()).page;
  const m: Slow = { name, h, page, log: [] };
  machines.push(m);
  await page.addInitScript(() => {
    const seen = { asked: 0, what: [] as string[], stopped: [] as string[] };
    (window as unknown as { __engine: typeof seen }).__engine = seen;
    new MutationObserver(() => {
      const wait = document.querySelector<HTMLButtonElement>('[data-testid=engine-wait]');
      if (wait) {
        seen.asked++;
        seen.what.push(document.querySelector('[data-testid=engine-quiet]')?.textContent ?? '');
        wait.click();
      }
      const text = document.body?.textContent ?? '';
      if (text.includes('意外停止') && !seen.stopped.includes(text.slice(0, 40))) seen.stopped.push(text.slice(text.indexOf('意外停止') - 20, text.indexOf('意外停止') + 40));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(h.origin);
  await page.getByTestId('key-figures').waitFor({ timeout: 120_000 });
  const fast = await loopMs(page);
  await h.slow!.throttle();
  const slow = await loopMs(page);
  // The loop before the quota is measured while the other test files (and the other slow browsers starting) run beside
  // this one, so it is this machine as busy as it is then, sometimes as slow as the quota (on an idle machine of this
  // kind the loop is about 110 ms, and about 590 ms under the quota).
  console.log(`slow machine ${name} (${h.slow!.how}): a worker's loop ${Math.round(fast)} ms before it is slowed (beside the other tests), ${Math.round(slow)} ms after (about 110 ms on this machine idle)`);
  return m;
}

/** Run `jobs` one after the other on `m`, each timed into its log. */
async function chain(m: Slow, jobs: [string, (page: Page) => Promise<unknown>][]): Promise<void> {
  for (const [name, run] of jobs) {
    const t0 = Date.now();
    const r = await run(m.page);
    m.log.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s${r === undefined ? '' : ` (${String(r)})`}`);
  }
}

let sheet100k = '';

beforeAll(async () => {
  // The 100,000-row sheet is made once, before the browsers start: making it holds this process for a second or two.
  sheet100k = onDisk('plant-100k.csv', plainCsv(generateWorkforce(100_000, 99, 'H')));
  await Promise.all(['A', 'B', 'C'].map(slowBrowser));
  // In the order of their names (they are kept as each starts, so that a browser that started is closed if another fails).
  machines.sort((x, y) => x.name.localeCompare(y.name));
}, 240_000);

afterAll(async () => {
  await Promise.all(machines.map((m) => m.h.close()));
});

describe('on a machine several times slower, every long job ends in its answer', () => {
  it('projection and innovation figures on the sample; a 5,000-worker Excel export; a 100,000-row import, its agreement zone and its Excel export', async () => {
    const [a, b, c] = machines as [Slow, Slow, Slow];
    await Promise.all([
      chain(a, [
        [
          'projection (sample)',
          async (page) => {
            const run = page.getByTestId('run-projection');
            await run.scrollIntoViewIfNeeded();
            await run.click({ timeout: 120_000 });
            await page.locator('[data-testid=projection] table').waitFor({ timeout: 600_000 });
          },
        ],
        [
          'innovation figures (sample)',
          async (page) => {
            await page.getByTestId('innovations-file').setInputFiles({ name: '创新成果.csv', mimeType: 'text/csv', buffer: iconv.encode(readFileSync(join(root, 'seeds/jiangsu-machinery-innovations.csv'), 'utf8'), 'gbk') });
            await page.getByTestId('innovations-summary').filter({ hasText: '29 项成果' }).waitFor({ timeout: 600_000 });
            await page.getByTestId('innovation-add-rules').click();
            await page.getByTestId('innovation-plan-paid').waitFor({ timeout: 600_000 });
          },
        ],
        ['import 5,000', (page) => importSheet(page, onDisk('plant-5k.csv', plainCsv(generateWorkforce(5_000, 5, 'F'))), '5,000')],
        ['Excel export, 5,000 workers', async (page) => `${await exportXlsx(page)} bytes`],
      ]),
      chain(b, [
        ['import 100,000', (page) => importSheet(page, sheet100k, '100,000')],
        // The zone of the scheme shown is asked without a click once the sheet is in (its button stays disabled while
        // it runs: waiting for the button to click timed out in a CI run where the 100,000-worker zone took over
        // 120 s). This browser never had another sheet, so an answer on screen is the 100,000-worker one.
        [
          'agreement zone, 100,000 workers',
          async (page) => {
            await page.getByTestId('run-zone').scrollIntoViewIfNeeded();
            await page.waitForFunction(
              () => {
                const answer = document.querySelector('[data-testid=zone-answer]');
                return answer?.getAttribute('aria-busy') === 'false' && answer.getAttribute('data-fingerprint') !== '' && !document.querySelector('[data-testid=cancel-zone]');
              },
              undefined,
              { timeout: 600_000, polling: 250 },
            );
            return (await page.getByTestId('nash').textContent())?.slice(0, 24);
          },
        ],
      ]),
      chain(c, [
        ['import 100,000', (page) => importSheet(page, sheet100k, '100,000')],
        ['Excel export, 100,000 workers', async (page) => `${await exportXlsx(page)} bytes`],
      ]),
    ]);

    for (const m of machines) {
      const engine = await said(m.page);
      const held = m.h.slow!.heldBack();
      console.log(`slow machine ${m.name}, each job: ${m.log.join('; ')}; the page asked "still working" ${engine.asked} times${engine.what.map((x) => `\n  ${x}`).join('')}; the kernel held the browser back ${held ?? '(no control group)'} times`);
      // The machine was slow: the kernel held the browser back for its quota (no control group: the printout says so).
      if (held !== null) expect(held, m.name).toBeGreaterThan(0);
      expect(engine.stopped, m.name).toEqual([]);
      expect(await m.page.getByText('意外停止').count(), m.name).toBe(0);
    }
  }, 1_800_000);
});
