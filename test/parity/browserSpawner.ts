/**
 * The engine suite against the Web Worker the app ships: the production build
 * is made and served as for the end-to-end tests, a Chromium page starts its
 * worker bundle (dist/assets/engine.worker-*.js) by URL, and every request
 * crosses Node → page → worker and back.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Spawner } from '../../workers/client/workerClient';
import type { EngineRequest, ProgressFn } from '../../workers/protocol';
import { builtDir, startHarness, type Harness } from '../e2e/harness';

interface PageEngine {
  spawn(url: string): number;
  handle(id: number, request: EngineRequest, withProgress: boolean): Promise<unknown>;
  terminate(id: number): void;
}
declare const __engine: PageEngine;

export async function shippedWorker(): Promise<{ spawner: Spawner; close: () => Promise<void> }> {
  const h: Harness = await startHarness();
  const file = readdirSync(`${builtDir()}/assets`).find((f) => /^engine\.worker-.*\.js$/.test(f));
  if (!file) throw new Error('the build has no engine worker bundle');
  const workerUrl = `${h.origin}/assets/${file}`;
  // The bridge script is injected into the page: the page's policy is bypassed for it (the worker keeps its own).
  const { page }: { page: Page } = await h.newPage({ bypassCSP: true });
  const crashed = new Map<number, (e: Error) => void>();
  const progress = new Map<number, ProgressFn>();
  const heard = new Map<number, number>();
  await page.exposeFunction('__engineCrashed', (id: number, message: string) => crashed.get(id)?.(new Error(message)));
  await page.exposeFunction('__engineProgress', (id: number, done: number, total?: number) => {
    heard.set(id, performance.now());
    progress.get(id)?.(done, total);
  });
  await page.exposeFunction('__engineAlive', (id: number) => heard.set(id, performance.now()));
  // A document of the app's origin (the worker file itself), so the worker may be started from it.
  await page.goto(workerUrl);
  const bundle = buildSync({ entryPoints: [fileURLToPath(new URL('./browserHost.page.ts', import.meta.url))], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, logLevel: 'error' });
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });

  const spawner: Spawner = () => {
    const id = page.evaluate((url) => __engine.spawn(url), workerUrl);
    const listeners: ((e: Error) => void)[] = [];
    const born = performance.now();
    let n: number | null = null;
    void id.then((x) => {
      n = x;
      crashed.set(x, (e) => listeners.forEach((l) => l(e)));
    });
    return {
      async handle(request, onProgress) {
        const x = await id;
        if (onProgress) progress.set(x, onProgress);
        try {
          const answer = (await page.evaluate(([k, req, p]) => __engine.handle(k, req, p), [x, request, Boolean(onProgress)] as const)) as never;
          heard.set(x, performance.now());
          return answer;
        } finally {
          progress.delete(x);
        }
      },
      terminate() {
        void id.then((n) => page.evaluate((x) => __engine.terminate(x), n)).catch(() => undefined);
      },
      onCrash: (l) => listeners.push(l),
      lastHeard: () => (n === null ? born : (heard.get(n) ?? born)),
      isolated: true,
    };
  };
  return { spawner, close: () => h.close() };
}
