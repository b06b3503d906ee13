/**
 * Worker threads running workers/engine.node-worker.ts: the same protocol and
 * host as the browser worker. The entry is bundled once with esbuild (as Vite
 * bundles the browser worker), since a worker thread cannot load TypeScript.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { wrap, type Remote } from 'comlink';
import { aliveAt, lifeSigns, remoteHandle } from '../../workers/client/remoteHandle';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { buildSync } from 'esbuild';
import type { Spawner } from '../../workers/client/workerClient';
import type { EngineHost } from '../../workers/protocol';
import { testDir } from '../paths';

let bundle: string | null = null;

export function nodeWorkerBundle(): string {
  if (bundle) return bundle;
  // In a folder of this process's own, removed when it ends (each test process used to leave a 5.4 MB bundle in
  // node_modules/.cache). Under vitest the folder is inside the run's, which the run removes in any case.
  const outdir = testDir('engine-node-worker-');
  process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
  const outfile = join(outdir, 'engine.node-worker.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('../../workers/engine.node-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  bundle = outfile;
  return outfile;
}

export const nodeSpawner: Spawner = () => {
  const worker = new Worker(nodeWorkerBundle());
  const remote = wrap<EngineHost>(nodeEndpoint(worker)) as Remote<EngineHost>;
  const listeners: ((e: Error) => void)[] = [];
  const life = lifeSigns();
  let terminated = false;
  worker.on('error', (e) => listeners.forEach((l) => l(e)));
  worker.on('message', (data: unknown) => {
    const at = aliveAt(data);
    if (at !== undefined) life.heard(at);
  });
  // A thread that ends when nobody asked it to has died.
  worker.on('exit', (code) => terminated || listeners.forEach((l) => l(new Error(`the engine thread exited (${code})`))));
  return {
    handle: remoteHandle(remote, life.heard),
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    onCrash: (l) => listeners.push(l),
    lastHeard: life.last,
    isolated: true,
  };
};
