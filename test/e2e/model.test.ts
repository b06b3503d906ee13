/**
 * One model on every desk, in Chromium on the production build: a scheme
 * made for a 5,000-worker GBK pay sheet gives the same figures and the same
 * fingerprint whatever the order of importing the sheet, opening the scheme
 * file and opening its share link (was: +5.16 %, +295.42 % or +646.70 % by
 * order); a link opened twice adds nothing the second time; the page's
 * fingerprint is Web Crypto's SHA-256; and the Word files say what the page
 * shows — and what the CLI writes for the same inputs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, sha256Hex } from '../../models/fingerprint';
import { importWorkforce } from '../../models/io/import';
import { parseScenarioJson, type Scenario } from '../../models/pay/scenario';
import { currentWageBill, effectiveScenario } from '../../models/pay/scheme';
import type { Workforce } from '../../models/types';
import { workforceFingerprint } from '../../models/fingerprint';
import { generateWorkforce, hrStyleCsv, plainCsv } from '../../seeds/generate';
import { shareHash } from '../../src/workspace/share';
import { cli } from '../cliRun';
import { chooseFiles, root, shots, startHarness, waitForSaved, type Harness } from './harness';
import { testDir } from '../paths';

let h: Harness;
let page: Page;
const dir = testDir('skillpay-model-');

const seed = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(join(root, 'seeds/scenarios', `${name}.json`), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};

interface Sheet {
  file: string;
  bytes: Buffer;
  workforce: Workforce;
}
async function sheet(file: string, bytes: Buffer): Promise<Sheet> {
  writeFileSync(join(dir, file), bytes);
  return { file, bytes, workforce: (await importWorkforce(new Uint8Array(bytes), { file })).workforce };
}
let big: Sheet, small: Sheet, sample: Sheet;
/** The management scheme as the page saves it from the 5,000-worker sheet (its pool carried there, the sheet's bill and fingerprint noted). */
let S: Scenario;
const schemeFile = join(dir, 'management-5000.json');

beforeAll(async () => {
  big = await sheet('plant-5000-gbk.csv', iconv.encode(hrStyleCsv(generateWorkforce(5000, 31, 'GW'), 31), 'gbk'));
  small = await sheet('plant-800.csv', Buffer.from(plainCsv(generateWorkforce(800, 8, 'EW'))));
  sample = await sheet('jiangsu-machinery.csv', readFileSync(join(root, 'seeds/jiangsu-machinery.csv')));
  // Its own pool, set on the big sheet (4 % over its bill): a model of its own, not the sample's management scheme carried over.
  const bill = currentWageBill(big.workforce);
  S = { ...seed('management'), craftsmen: [], name: '企业方案(5000人)', annualPool: Math.round(bill * 1.04), basis: { wageBill: bill, workforce: workforceFingerprint(big.workforce) } };
  writeFileSync(schemeFile, JSON.stringify(S, null, 2));
  h = await startHarness();
  page = (await h.newPage()).page;
  await page.goto(h.origin);
  await page.getByTestId('key-figures').waitFor({ timeout: 30_000 });
}, 180_000);

afterAll(async () => {
  await h?.close();
});

const settled = () => page.waitForFunction(() => document.querySelector('[data-testid=results]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 30_000 });

async function importSheet(s: Sheet) {
  await chooseFiles(page.locator('.dropzone'), { name: s.file, mimeType: 'text/csv', buffer: s.bytes });
  await page.waitForFunction(([file, n]) => {
    const t = document.querySelector('[data-testid=source-summary]')?.textContent ?? '';
    return t.includes(file) && t.includes(n) && !t.includes('示例数据');
  }, [s.file, s.workforce.size.toLocaleString('en-US')] as const, { timeout: 60_000 });
}

/** Open the scheme file and wait until it is taken in: its tab, or (already here) the notice that it was not added twice. */
async function openFile(path: string, name: string, alreadyHere: boolean) {
  const before = await page.getByTestId('notice').filter({ hasText: '没有重复添加' }).count();
  await chooseFiles(page.getByTestId('open-scheme'), path);
  if (alreadyHere) await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid=notice]')].filter((x) => x.textContent?.includes('没有重复添加')).length > n, before, { timeout: 20_000 });
  else await page.getByTestId('scheme-tab').filter({ hasText: name }).first().waitFor({ timeout: 20_000 });
}

async function openLink(schemes: Scenario[]) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, shareHash(schemes));
  await page.getByTestId('share-dialog').waitFor({ timeout: 20_000 });
  await page.getByTestId('share-add').click();
  await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
}

async function startOver() {
  await page.getByTestId('start-over').click();
  await page.waitForFunction(() => (document.querySelector('[data-testid=source-summary]')?.textContent ?? '').includes('1,200'), undefined, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=scheme-tab]').length === 4);
}

/** The scheme named, selected: its fingerprint (full) and key figures as the page shows them. */
async function figuresOf(name: string): Promise<{ fp: string; bill: string; growth: string; tabs: string[] }> {
  const tabs = await page.getByTestId('scheme-tab').allInnerTexts();
  await page.getByTestId('scheme-tab').filter({ hasText: name }).first().click();
  await settled();
  await page.waitForFunction((n) => document.querySelector('[data-testid=scheme-tab][aria-selected=true]')?.textContent?.includes(n), name);
  await settled();
  const figs = page.getByTestId('key-figures');
  return { fp: (await figs.getAttribute('data-fingerprint'))!, bill: await page.getByTestId('fig-wagebill').innerText(), growth: await page.getByTestId('fig-growth').innerText(), tabs };
}

const expectedFp = (s: Scenario, w: Workforce) => fingerprint(effectiveScenario(s, (id) => w.id.includes(id), currentWageBill(w)).scenario);

describe('one model on every desk', () => {
  it('the page\'s fingerprint is Web Crypto\'s SHA-256 of the model, as node:crypto computes it', async () => {
    const texts = ['', 'abc', canonicalJson(seed('union')), '工资集体协商 ✓'];
    const inPage = await page.evaluate(async (list) => {
      const out: string[] = [];
      for (const t of list) {
        const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(t)));
        out.push([...d].map((b) => b.toString(16).padStart(2, '0')).join(''));
      }
      return out;
    }, texts);
    expect(inPage).toEqual(texts.map(sha256Hex));
    // The union scheme on the sample, as the page shows it.
    const { fp } = await figuresOf('工会方案');
    expect(fp).toBe(expectedFp(seed('union'), sample.workforce));
  });

  it('every order of {import the sheet, open the scheme file, open its link} ends in the same model (was: +5.16 %, +295.42 %, +646.70 % by order)', async () => {
    const runs: { before?: Sheet; steps: ('import' | 'file' | 'link')[] }[] = [
      { steps: ['import', 'file'] },
      { steps: ['file', 'import'] },
      { before: small, steps: ['file', 'import'] },
      { steps: ['link', 'file', 'import'] },
    ];
    const seen: { fp: string; bill: string; growth: string }[] = [];
    for (const run of runs) {
      await startOver();
      if (run.before) await importSheet(run.before);
      for (const [k, step] of run.steps.entries()) {
        if (step === 'import') await importSheet(big);
        else if (step === 'file') await openFile(schemeFile, S.name, run.steps.slice(0, k).some((x) => x !== 'import'));
        else await openLink([S]);
        await settled();
      }
      const f = await figuresOf(S.name);
      // The scheme is there once, whatever came twice.
      expect(f.tabs.filter((x) => x.includes(S.name)), run.steps.join(' → ')).toHaveLength(1);
      expect(f.fp, run.steps.join(' → ')).toBe(expectedFp(S, big.workforce));
      seen.push(f);
    }
    await page.screenshot({ path: join(shots, '30-order-5000.png') });
    // One figure for every order; the scheme made on this sheet gives back its own pool exactly.
    expect(new Set(seen.map((x) => `${x.fp}|${x.bill}|${x.growth}`)).size).toBe(1);
    const growth = Number(seen[0]!.growth.replace('−', '-').replace(/[+%]/g, ''));
    expect(Math.abs(growth)).toBeLessThan(20);
  }, 400_000);

  it('a share link made on the sample, opened twice on an 800-worker sheet: the pool is carried to that sheet, and the second time nothing is added', async () => {
    await startOver();
    await importSheet(small);
    const link = [seed('management')];
    await openLink(link);
    await settled();
    const tabs = await page.getByTestId('scheme-tab').allInnerTexts();
    // The sample's management scheme was already here (carried to this sheet): the link's copy is the same model.
    expect(tabs.filter((x) => x.includes('企业方案'))).toHaveLength(1);
    await openLink(link);
    expect(await page.getByTestId('scheme-tab').allInnerTexts()).toEqual(tabs);
    const f = await figuresOf('企业方案');
    expect(f.fp).toBe(expectedFp(seed('management'), small.workforce));
    // Was: 10,330 万元 kept on a 5,505 万元 bill ("比现工资总额 87.64 %").
    const growth = Number(f.growth.replace('−', '-').replace(/[+%]/g, ''));
    expect(growth).toBeLessThan(20);
  }, 120_000);
});

/** Every text run of a Word file's body. */
async function docText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return [...(await zip.file('word/document.xml')!.async('string')).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('paper = screen', () => {
  it('the costing note prints the page\'s own contract costing, key figures and pay table; the CLI writes the same file from the same inputs', async () => {
    await startOver();
    await importSheet(big);
    await openFile(schemeFile, S.name, false);
    await settled();
    await figuresOf(S.name);
    // What the page shows: the contract costing panel (its default terms), the key figures, the pay table.
    const costing = page.getByTestId('costing');
    await costing.waitFor({ timeout: 60_000 });
    const yearTotals = (await costing.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').at(-1)!.trim());
    const bill = await page.getByTestId('fig-wagebill').innerText();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('doc-costing').click()]);
    const text = await docText(readFileSync((await dl.path())!));
    expect(text).toContain(bill.replace(/\s+/g, ' '));
    for (const total of yearTotals) expect(text, `contract year total ${total}`).toContain(total.replace(/\s+万元/, ''));
    expect(text).toContain(await page.getByTestId('key-figures').getAttribute('data-fingerprint'));

    // The same document from the command line: the scheme file, the sheet, the form and schemes as saved in the page.
    await waitForSaved(page, (names) => names.includes(S.name) && names.length === 5);
    const form = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            const req = open.result.transaction('keyval').objectStore('keyval').get('skillpay-workspace');
            req.onsuccess = () => resolve(req.result?.documents ?? {});
          };
        }),
    );
    const formFile = join(dir, 'form.json');
    writeFileSync(formFile, JSON.stringify(form));
    const out = join(dir, 'costing-cli.docx');
    const today = new Date().toISOString().slice(0, 10);
    const r = await cli('--workforce', join(dir, big.file), '--scenario', schemeFile, '--doc', 'costing', '--form', formFile, '--out', out, '--date', today, ...(await comparedFiles()));
    expect(r.code, r.stderr).toBe(0);
    const fromCli = await docText(readFileSync(out));
    // The same text, figure for figure, and the same charts under the same captions (the CLI draws the page's charts now).
    const text2 = text;
    expect(fromCli).toContain('能级工资表（平均月工资）');
    if (fromCli !== text2) {
      let k = 0;
      while (k < text2.length && fromCli[k] === text2[k]) k++;
      throw new Error(`the CLI's file differs from the page's at ${k}:\n page: …${text2.slice(Math.max(0, k - 80), k + 120)}\n CLI:  …${fromCli.slice(Math.max(0, k - 80), k + 120)}`);
    }
  }, 180_000);
});

/** The other schemes of the page's workspace, as files for the CLI's --compare (the costing note compares them all). */
async function comparedFiles(): Promise<string[]> {
  const others = await page.evaluate(
    () =>
      new Promise<{ scenario: Record<string, unknown> }[]>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const req = open.result.transaction('keyval').objectStore('keyval').get('skillpay-workspace');
          req.onsuccess = () => resolve(req.result?.schemes ?? []);
        };
      }),
  );
  // As the page computes them on this sheet: the sample's craftsmen are not in it, so their packages are set aside (the CLI
  // refuses a package naming an absent worker, as the model's rules say).
  const ids = new Set(big.workforce.id);
  return others
    .filter((s) => s.scenario.name !== S.name)
    .flatMap((s, k) => {
      const p = join(dir, `other-${k}.json`);
      writeFileSync(p, JSON.stringify({ ...s.scenario, craftsmen: (s.scenario.craftsmen as { id: string }[]).filter((c) => ids.has(c.id)) }));
      return ['--compare', p];
    });
}
