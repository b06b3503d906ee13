/**
 * Real Chromium (from @sparticuz/chromium: a browser binary inside an npm
 * package, so `npm install && npm test` needs nothing else) against the
 * production build served by `vite preview`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import chromium from '@sparticuz/chromium';
import { chromium as pw, type Browser, type BrowserContext, type FileChooser, type Locator, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { DIST_DIR, testDir } from '../paths';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const shots = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  origin: string;
  /** Requests that tried to leave the origin. */
  outside: string[];
  /**
   * `bypassCSP`: for test harness pages that inject their own script (never for the app's own tests).
   * `serviceWorker`: let the app's service worker run (the offline tests); other tests block it,
   * so what they intercept or time is the page's own traffic, not the worker precaching 10 MB.
   */
  newPage(opts?: { bypassCSP?: boolean; serviceWorker?: boolean }): Promise<{ page: Page; context: BrowserContext }>;
  /** The slow machine the browser runs on (`startHarness({ slow })`), or null. */
  slow: SlowMachine | null;
  close(): Promise<void>;
}

/**
 * The production build, made once per run by test/globalSetup.ts and only
 * read here (every test process building its own took 8 s each). Outside
 * vitest (the benchmarks) it is built on first use.
 */
const outDir = DIST_DIR;

/** Where the production build the tests serve is. */
export const builtDir = () => outDir;

/**
 * The flags with which @sparticuz/chromium emulates a GPU in software (SwiftShader, in the browser process). The page
 * draws HTML and SVG only, and under vitest the browser is started with --disable-gpu instead: the same pixels in the
 * screenshots, and a third of the CPU (app.test.ts: 48 → 18 CPU-seconds for the same 15 tests). The benchmarks keep the
 * emulated GPU, so their figures compare with those measured before.
 */
const EMULATED_GPU = /^--(use-gl|use-angle|enable-unsafe-swiftshader|in-process-gpu|ignore-gpu-blocklist)\b/;

/**
 * Under vitest, V8 in the browser does its garbage collection and compiling on the thread that runs the script, without
 * helper threads. `npm test` runs three files at once on two cores: the helpers' work (about 0.4 CPU-seconds of every
 * page load, concurrent marking and optimising compiles) competed with the other files and was partly wasted.
 * Measured on this machine, the browser files' CPU over the whole machine: 341 and 360 CPU-seconds with the helpers,
 * 324 and 338 without (2026-12-07); the same tests pass. What the page computes is the same either way. The benchmarks
 * keep V8's defaults, as users' browsers have them.
 */
const TEST_V8 = '--js-flags=--single-threaded';

/**
 * A machine several times slower than this one, for the slow-machine test (issue 27): the whole browser, its engine
 * workers included, in a CPU control group of its own whose quota is, once `throttle` is called, `share` of one core.
 * Chromium's own CPU throttling (Emulation.setCPUThrottlingRate) slows only the page's main thread: sent to a worker
 * it answers "Operation is only supported for pages, not workers", and the engine's work is all in workers.
 *
 * The quota is the same whatever else the machine runs, so the slowdown is steady (a quota of 0.2 core makes a worker
 * about 5× slower), and the browser takes no more than its quota: the other tests run beside it. Where control groups
 * cannot be written (not root, or no CPU controller), the browser is started at niceness 9 in a session of that
 * niceness, and one busy process per core is started beside it at `throttle`: slower, but by how much depends on what
 * else runs (1.7–13× measured), and the busy processes take the whole machine.
 */
export interface SlowMachine {
  /** How the machine is made slow, for the test's printout. */
  how: string;
  throttle(): Promise<void>;
  /** How many times the kernel has held the browser back for its quota so far (null: no control group). */
  heldBack(): number | null;
  close(): void;
}

const QUOTA_PERIOD_US = 100_000;
/** Slow browsers started by this process so far: each has a control group of its own, named by it. */
let slowCount = 0;
/** Without a control group: the busy processes beside the slow browsers, and how many throttled browsers use them. */
const burners: ChildProcess[] = [];
let busyUsers = 0;

function slowMachine(share: number): { wrapper: (exe: string) => string; machine: SlowMachine } {
  const name = `skillpay-slow-${process.pid}-${Date.now()}-${++slowCount}`;
  // cgroup v1's cpu controller, or cgroup v2 with the cpu controller given to children.
  const v1 = '/sys/fs/cgroup/cpu/';
  const v2 = '/sys/fs/cgroup/';
  let group: { dir: string; quota: () => void } | null = null;
  try {
    if (existsSync(`${v1}cpu.cfs_quota_us`)) {
      const dir = `${v1}${name}/`;
      mkdirSync(dir);
      writeFileSync(`${dir}cpu.cfs_period_us`, String(QUOTA_PERIOD_US));
      group = { dir, quota: () => writeFileSync(`${dir}cpu.cfs_quota_us`, String(Math.round(QUOTA_PERIOD_US * share))) };
    } else if (readFileSync(`${v2}cgroup.subtree_control`, 'utf8').split(/\s+/).includes('cpu')) {
      const dir = `${v2}${name}/`;
      mkdirSync(dir);
      writeFileSync(`${dir}cpu.max`, `max ${QUOTA_PERIOD_US}`);
      group = { dir, quota: () => writeFileSync(`${dir}cpu.max`, `${Math.round(QUOTA_PERIOD_US * share)} ${QUOTA_PERIOD_US}`) };
    }
  } catch {
    group = null;
  }
  // The script Chromium is started through: `setup`, then `run` (the browser and how) in the shell's place.
  const wrapperPath = join(testDir('skillpay-slow-'), 'chromium');
  const wrap = (setup: string, run: string) => {
    writeFileSync(wrapperPath, ['#!/bin/sh', setup, `exec ${run} "$@"`, ''].join('\n'), { mode: 0o755 });
    return wrapperPath;
  };
  if (group) {
    const g = group;
    return {
      wrapper: (exe) => wrap(`echo $$ > '${g.dir}cgroup.procs'`, `'${exe}'`),
      machine: {
        how: `the browser in a CPU control group, its quota ${Math.round(QUOTA_PERIOD_US * share / 1000)} ms of CPU in every ${QUOTA_PERIOD_US / 1000} ms`,
        throttle: async () => g.quota(),
        heldBack: () => Number(/^nr_throttled (\d+)$/m.exec(readFileSync(`${g.dir}cpu.stat`, 'utf8'))?.[1] ?? Number.NaN),
        close: () => {
          // The group can be removed once the browser's processes have left it (they have exited).
          for (let k = 0; k < 50; k++) {
            try {
              rmdirSync(g.dir);
              return;
            } catch {
              Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
            }
          }
        },
      },
    };
  }
  const nice = 9;
  let throttled = false;
  return {
    // The kernel shares the CPU between sessions first (autogroups) and by niceness only within one. Playwright starts
    // the browser in a session of its own: that session's share is lowered (only when it is the browser's own).
    wrapper: (exe) =>
      wrap(`if [ "$(ps -o sid= -p $$ | tr -d ' ')" = "$$" ] && [ -w /proc/self/autogroup ]; then echo ${nice} > /proc/self/autogroup 2>/dev/null; fi`, `nice -n ${nice} '${exe}'`),
    machine: {
      how: `no CPU control group could be made: the browser at niceness ${nice}, beside one busy process per core`,
      // One set of busy processes for all the slow browsers of this process (slow.test.ts starts three): each browser
      // adding its own would make the machine slower with every browser, the other test files with it.
      throttle: async () => {
        if (throttled) return;
        throttled = true;
        if (busyUsers++ === 0) for (let k = 0; k < availableParallelism(); k++) burners.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
      },
      heldBack: () => null,
      close: () => {
        if (!throttled) return;
        throttled = false;
        if (--busyUsers === 0) for (const b of burners.splice(0)) b.kill('SIGKILL');
      },
    },
  };
}

/** `slow`: start the browser on a slow machine (see SlowMachine), with this share of one core once throttled. */
export async function startHarness(opts: { slow?: number } = {}): Promise<Harness> {
  if (!existsSync(`${outDir}index.html`)) await build({ root, logLevel: 'error', build: { outDir } });
  let executablePath = await chromium.executablePath();
  const slow = opts.slow ? slowMachine(opts.slow) : null;
  if (slow) executablePath = slow.wrapper(executablePath);
  const server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const underVitest = Boolean(process.env.VITEST);
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await pw.launch({
    executablePath,
    // --single-process (meant for serverless hosts) makes all contexts share storage and dies with the first closed context.
    // The tests draw without an emulated GPU (see EMULATED_GPU) and run V8 without helper threads (TEST_V8); the
    // benchmarks keep both as they were, so their figures compare with those measured before.
    args: [...chromium.args.filter((a) => a !== '--single-process' && !(underVitest && EMULATED_GPU.test(a))), ...(underVitest ? ['--disable-gpu', TEST_V8] : []), '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    headless: true,
  });
  mkdirSync(shots, { recursive: true });
  const outside: string[] = [];
  return {
    browser,
    server,
    origin,
    outside,
    async newPage(opts = {}) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true, bypassCSP: opts.bypassCSP ?? false, serviceWorkers: opts.serviceWorker ? 'allow' : 'block' });
      if (underVitest) context.on('page', pollByTimer);
      const page = await context.newPage();
      if (underVitest) pollByTimer(page);
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
      });
      page.on('pageerror', (e) => console.error('page error:', e.message));
      return { page, context };
    },
    slow: slow?.machine ?? null,
    async close() {
      try {
        await browser.close();
        await new Promise<void>((r) => server.httpServer.close(() => r()));
      } finally {
        slow?.machine.close();
      }
    },
  };
}

/**
 * `page.waitForFunction` checks its condition on every animation frame unless told otherwise, and asking for frames
 * keeps the page drawing them: a page that waits 15 s so took 1.1 CPU-seconds of the browser, against 0.06 with the
 * condition checked every 100 ms (measured 2026-12-07). The tests' conditions are states that last (a figure
 * answered, a file read, a count reached), so for every page of the tests' contexts a condition is checked every
 * 100 ms unless the call asks for other polling. Under vitest only: the benchmarks time some answers by such a wait.
 */
const polled = new WeakSet<Page>();
function pollByTimer(page: Page): void {
  if (polled.has(page)) return;
  polled.add(page);
  const wait = page.waitForFunction.bind(page);
  page.waitForFunction = ((fn: Parameters<Page['waitForFunction']>[0], arg?: unknown, opts?: Parameters<Page['waitForFunction']>[2]) => wait(fn, arg, { polling: 100, ...opts })) as Page['waitForFunction'];
}

/**
 * For a test file: one browser, one page opened on the app and waited for
 * (`ready`: a selector), closed after the file. Returns a getter for the page,
 * and `harness()` for a test that needs a page of its own in the same browser.
 */
export function appPage(ready = '[data-testid=key-figures]'): (() => Page) & { harness: () => Harness } {
  let h: Harness | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    h = await startHarness();
    page = (await h.newPage()).page;
    await page.goto(h.origin);
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });
  return Object.assign(() => page!, { harness: () => h! });
}

/**
 * Wait until the workspace saved in the page's IndexedDB has schemes whose names pass `ok` (autosave is debounced),
 * saved whole: the pay sheet the schemes' record names is written too (it is written after the record).
 */
export async function waitForSaved(page: Page, ok: (names: string[]) => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const names = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            try {
              // The save is whole when the pay sheet it names is written too (the schemes' record is written first).
              const store = open.result.transaction('keyval').objectStore('keyval');
              const req = store.get('skillpay-workspace');
              const wf = store.get('skillpay-workforce');
              wf.onsuccess = () => {
                const meta = req.result as { schemes?: { scenario: { name: string } }[]; workforceId?: string | null } | undefined;
                const whole = !meta?.workforceId || (wf.result as { id?: string } | undefined)?.id === meta.workforceId;
                resolve(whole ? (meta?.schemes ?? []).map((s) => s.scenario.name) : []);
              };
              wf.onerror = () => resolve([]);
            } catch {
              resolve([]);
            }
          };
          open.onerror = () => resolve([]);
        }),
    );
    if (ok(names)) return;
    if (Date.now() > deadline) throw new Error(`the workspace was not saved as expected (saved: ${names.join(', ')})`);
    await page.waitForTimeout(100);
  }
}

/**
 * Click a field until it has the cursor. A click made while the page still moves (an answer arriving redraws the
 * panels above) can land beside the field, and keys typed then go elsewhere: what a user would see and click again.
 */
export async function focusField(field: Locator): Promise<void> {
  for (let k = 0; k < 5; k++) {
    await field.click();
    if (await field.evaluate((el) => el === document.activeElement)) return;
    await field.page().waitForTimeout(200);
  }
  throw new Error('the field never took the cursor');
}

/**
 * Click `target` and give the file chooser it opens `files`. A click made while the page still moves (an answer
 * arriving redraws the panels above) can land beside the button, and no chooser opens: as a user would, click again.
 */
export async function chooseFiles(target: Locator, files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  for (let k = 0; k < 6; k++) {
    const chooser = target.page().waitForEvent('filechooser', { timeout: 10_000 }).catch(() => null);
    await target.click();
    const opened = await chooser;
    if (opened) return opened.setFiles(files);
  }
  throw new Error('clicking never opened the file chooser');
}
