/**
 * Real Chromium (from @sparticuz/chromium: a browser binary inside an npm
 * package, so `npm install && npm test` needs nothing else) against the
 * production build served by `vite preview`.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import chromium from '@sparticuz/chromium';
import { chromium as pw, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { DIST_DIR } from '../paths';

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
 * `nice`: start the browser (and so every process and thread it makes) at this niceness, and its session's share of
 * the CPU at the same, for the slow-machine tests: beside busy processes at niceness 0 it gets a fraction of the CPU,
 * its workers included. (Chromium's own CPU
 * throttling, Emulation.setCPUThrottlingRate, slows the page's main thread only: sent to a worker it answers
 * "Operation is only supported for pages, not workers".)
 */
export async function startHarness(opts: { nice?: number } = {}): Promise<Harness> {
  if (!existsSync(`${outDir}index.html`)) await build({ root, logLevel: 'error', build: { outDir } });
  let executablePath = await chromium.executablePath();
  if (opts.nice) {
    const wrapper = join(mkdtempSync(join(tmpdir(), 'skillpay-nice-')), 'chromium');
    // The kernel shares the CPU between sessions first (autogroups) and by niceness only within one. Playwright starts
    // the browser in a session of its own: that session's share is lowered (only when it is the browser's own).
    const script = [
      '#!/bin/sh',
      `if [ "$(ps -o sid= -p $$ | tr -d ' ')" = "$$" ] && [ -w /proc/self/autogroup ]; then echo ${opts.nice} > /proc/self/autogroup 2>/dev/null; fi`,
      `exec nice -n ${opts.nice} '${executablePath}' "$@"`,
      '',
    ].join('\n');
    writeFileSync(wrapper, script, { mode: 0o755 });
    executablePath = wrapper;
  }
  const server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await pw.launch({
    executablePath,
    // --single-process (meant for serverless hosts) makes all contexts share storage and dies with the first closed context.
    args: [...chromium.args.filter((a) => a !== '--single-process'), '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
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
      const page = await context.newPage();
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
      });
      page.on('pageerror', (e) => console.error('page error:', e.message));
      return { page, context };
    },
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    },
  };
}

/**
 * For a test file: one browser, one page opened on the app and waited for
 * (`ready`: a selector), closed after the file. Returns a getter for the page.
 */
export function appPage(ready = '[data-testid=key-figures]'): () => Page {
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
  return () => page!;
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
