import { startHarness } from '../e2e/harness';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import { mkdirSync, writeFileSync } from 'node:fs';
const h = await startHarness();
const { page } = await h.newPage();
await page.goto(h.origin);
await page.getByTestId('key-figures').waitFor({ timeout: 60_000 });
const dir = '/tmp/profdrag/'; mkdirSync(dir, { recursive: true });
writeFileSync(dir + 'big.csv', plainCsv(generateWorkforce(100_000, 99, 'B')));
const chooser = page.waitForEvent('filechooser');
await page.locator('.dropzone').click();
await (await chooser).setFiles(dir + 'big.csv');
await page.waitForFunction(() => document.querySelector('[data-testid=source-summary]')?.textContent?.includes('100,000'), undefined, { timeout: 120_000 });
await page.waitForFunction(() => document.querySelector('[data-testid=results]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 60_000 });
await page.waitForTimeout(3000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.evaluate(`(() => { window.__long = []; new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask' }); })()`);
await cdp.send('Profiler.start');
const slider = page.getByTestId('weight-skill');
const box = (await slider.boundingBox())!;
await page.mouse.move(box.x + 5, box.y + box.height / 2);
await page.mouse.down();
for (let k = 0; k <= 60; k++) { await page.mouse.move(box.x + 5 + ((box.width - 10) * k) / 60, box.y + box.height / 2); await page.waitForTimeout(30); }
await page.mouse.up();
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const long = await page.evaluate('window.__long') as [number, number][];
console.log('long tasks', JSON.stringify(long.map(([s, d]) => [Math.round(s), Math.round(d)])));
writeFileSync(dir + 'drag.cpuprofile', JSON.stringify(profile));
// Self time by function within long tasks windows.
const nodes = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>(); for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime; const incl = new Map<string, number>(); const self = new Map<string, number>();
const t0 = await page.evaluate('performance.timeOrigin') as number;
profile.samples!.forEach((s: number, i: number) => {
  t += profile.timeDeltas![i]!;
  const ms = t / 1000; // profile clock in µs (monotonic)
  void ms;
  const n: any = nodes.get(s); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + profile.timeDeltas![i]! / 1000);
  let x: number | undefined = s; const seen = new Set<string>();
  while (x !== undefined) { const m: any = nodes.get(x); const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + profile.timeDeltas![i]! / 1000); } x = parent.get(x); }
});
void t0;
console.log('SELF'); [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(v.toFixed(0), k));
console.log('INCL'); [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60).forEach(([k, v]) => console.log(v.toFixed(0), k));
await h.close();
