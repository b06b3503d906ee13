/**
 * Open it anywhere: the production build served as static files with the
 * headers of the documented server configuration (deploy/security-headers.conf,
 * read from the file), the app used offline after the first visit, a newer
 * build announced and taken only when the user says so, and no CSP violation
 * in a full round of use.
 */
import { cpSync, readFileSync, appendFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/security-headers.js';
import { builtDir, root, shots, startHarness, type Harness } from './harness';
import { testDir } from '../paths';

/** The headers nginx sends, as written in the configuration the README tells a deployer to use. */
function nginxHeaders(): Record<string, string> {
  const conf = readFileSync(join(root, 'deploy/security-headers.conf'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)) out[m[1]!] = m[2]!;
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** A static server like the nginx configuration: the files of `folder()`, the SPA fallback, the configured headers. */
function staticServer(folder: () => string, headers: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(folder(), path));
    if (!file.startsWith(folder())) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(folder(), 'index.html');
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404, headers).end();
      return;
    }
    const noCache = /(index\.html|sw\.js|manifest\.webmanifest)$/.test(file);
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': noCache ? 'no-cache' : 'public, max-age=31536000, immutable' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

let h: Harness;
let site: { server: Server; origin: string };
let folder: string;
let context: BrowserContext;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  folder = builtDir().replace(/\/$/, '');
  site = await staticServer(() => folder, nginxHeaders());
  const opened = await h.newPage({ serviceWorker: true });
  context = opened.context;
  page = opened.page;
  // Every CSP violation, in the page (the event) and in its workers (their console comes to the page's).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|CSP violation|Refused to (load|execute|connect|create|evaluate)/i.test(text)) violations.push(text);
  });
}, 180_000);

afterAll(async () => {
  await h?.close();
  await new Promise<void>((r) => site?.server.close(() => r()));
});

describe('deployed as static files', () => {
  it('the documented nginx headers are exactly the app\'s security headers', () => {
    expect(nginxHeaders()).toEqual(SECURITY_HEADERS);
    // Every location of the server block takes them (nginx drops outer add_header lines in a location with its own).
    const conf = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
    const locations = conf.match(/location [^{]+\{[^}]*\}/g) ?? [];
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const l of locations) expect(l).toContain('include /etc/nginx/snippets/security-headers.conf;');
    // A server-level `types` block without mime.types first would serve scripts as octet-stream (refused under nosniff).
    const types = conf.indexOf('types {');
    expect(types).toBeGreaterThan(conf.indexOf('include /etc/nginx/mime.types;'));
    expect(conf.indexOf('include /etc/nginx/mime.types;')).toBeGreaterThan(-1);
    // A missing asset is never cached as immutable (was: a 404 for /assets/missing.js cached for a year): the header is
    // sent without `always`, so only with a file found.
    const assets = locations.find((l) => l.startsWith('location /assets/'))!;
    expect(assets).toMatch(/add_header Cache-Control "public, max-age=31536000, immutable";/);
    expect(assets).not.toMatch(/immutable"\s+always/);
    // /favicon.ico is a file of its own, or a 404 — never the page (was: the page).
    const favicon = locations.find((l) => l.startsWith('location = /favicon.ico'))!;
    expect(favicon).toContain('try_files $uri =404;');
    const ico = readFileSync(join(folder, 'favicon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon resource
    expect(ico.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
  });

  it('after the first visit it works offline: reload, import a GBK file, change a weight, export a PNG and the Word brief', async () => {
    await page.goto(site.origin);
    await page.getByTestId('key-figures').waitFor({ timeout: 60_000 });
    // The build is cached once the service worker says so.
    await page.getByTestId('offline-ready').waitFor({ timeout: 90_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true))).toBeTruthy();

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('key-figures').waitFor({ timeout: 60_000 });
    // Chinese drawn in the bundled font, from the cache.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '工资'))).toBe(true);

    await page.getByTestId('file-input').setInputFiles(join(root, 'seeds/jiangsu-machinery.csv'));
    // The sample is this same file: wait for the import's own summary (GBK read, not marked as sample data).
    await page.waitForFunction(() => {
      const t = document.querySelector('[data-testid=source-summary]')?.textContent ?? '';
      return t.includes('jiangsu-machinery.csv') && t.includes('GB18030') && !t.includes('示例数据');
    }, undefined, { timeout: 30_000 });

    await page.waitForFunction(() => document.querySelector('[data-testid=results]')?.getAttribute('aria-busy') === 'false');
    const before = await page.getByTestId('fig-wagebill').innerText();
    const weight = page.getByTestId('weight-skill-input');
    await weight.click();
    await weight.press('ControlOrMeta+a');
    await weight.pressSequentially('45', { delay: 40 });
    await weight.press('Enter');
    await page.waitForFunction((b) => document.querySelector('[data-testid=fig-wagebill]')?.textContent !== b && document.querySelector('[data-testid=results]')?.getAttribute('aria-busy') === 'false', before);
    expect(await weight.inputValue()).toBe('45');

    const png = page.getByTestId('chart-paytable').getByTestId('export-png');
    await png.scrollIntoViewIfNeeded();
    const [image] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), png.click()]);
    const bytes = readFileSync((await image.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [brief] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-docx').click()]);
    expect(readFileSync((await brief.path())!).subarray(0, 2).toString()).toBe('PK');
    await page.screenshot({ path: join(shots, '20-offline.png') });
    await context.setOffline(false);
  }, 240_000);

  it('a newer build is announced and taken only when the user says so', async () => {
    // The next deployment: the same files with a changed service worker (as a rebuild gives).
    const next = testDir('skillpay-next-');
    cpSync(folder, next, { recursive: true });
    appendFileSync(join(next, 'sw.js'), '\n// the next build\n');
    const previous = folder;
    folder = next;
    try {
      await page.reload();
      await page.getByTestId('update-notice').waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(shots, '21-update-notice.png') });
      // Still the page in use until the user chooses; an edit made just before updating is saved first.
      await page.getByTestId('key-figures').waitFor();
      const pool = page.getByTestId('pool-input');
      await pool.click();
      await pool.press('ControlOrMeta+a');
      await pool.pressSequentially('10987', { delay: 30 });
      await pool.press('Enter');
      await page.getByTestId('update-now').click();
      // The reload comes after the edit is saved: wait until the old page (with its notice) is gone, not for a load event it may precede.
      await page.getByTestId('update-notice').waitFor({ state: 'detached', timeout: 60_000 });
      await page.waitForLoadState('load');
      await page.getByTestId('key-figures').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('pool-input').inputValue()).toBe('10987');
      await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js'));
      expect(await page.getByTestId('update-notice').count()).toBe(0);
    } finally {
      folder = previous;
      rmSync(next, { recursive: true, force: true });
    }
  }, 180_000);

  it('a full round of use under the configured headers shows no CSP violation', async () => {
    // The update just taken may still be reloading the page (the new service worker taking control): navigate after it.
    await page.goto(site.origin).catch(async (e: Error) => {
      if (!/interrupted by another navigation/.test(e.message)) throw e;
      await page.waitForLoadState('load');
      await page.goto(site.origin);
    });
    await page.getByTestId('key-figures').waitFor({ timeout: 60_000 });
    await page.getByTestId('add-scheme').click();
    await page.getByTestId('compare-table').locator('tbody tr').nth(4).waitFor({ timeout: 30_000 });
    const [csv] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-csv').click()]);
    expect(readFileSync((await csv.path())!).length).toBeGreaterThan(1000);
    const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-xlsx').click()]);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe('PK');
    const contract = page.getByTestId('documents').getByTestId('doc-contract');
    await contract.scrollIntoViewIfNeeded();
    const [word] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), contract.click()]);
    expect(readFileSync((await word.path())!).subarray(0, 2).toString()).toBe('PK');
    await page.getByTestId('run-zone').click();
    await page.getByTestId('nash').waitFor({ timeout: 60_000 });
    // Collected since the first visit: the import, the edit and the PNG and Word exports of the offline round count too.
    expect(violations).toEqual([]);
  }, 180_000);
});
