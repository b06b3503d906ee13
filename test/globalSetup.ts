/**
 * Once per `npm test`, before any test file: the production build the browser
 * tests serve, and the CLI as one bundled file the CLI tests run. Every test
 * process used to build both itself (a Vite build is 8 s, and starting the CLI
 * through tsx costs 2–3 s a run): the same work, once, leaves room for tests.
 * Both are made from the sources as they are, in folders only tests read;
 * each test project runs this setup, and the builds are made once for all.
 */
import { rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { CLI_BUNDLE, DIST_DIR, ROOT } from './paths';

/** The builds of this run: every project (unit and browser files) runs this setup, in the one vitest process; the first starts them, the others wait for the same. */
const key = Symbol.for('skillpay.testBuilds');
type Held = { [key]?: Promise<void> };

export default function setup(): Promise<void> {
  const held = globalThis as Held;
  return (held[key] ??= buildAll());
}

async function buildAll(): Promise<void> {
  rmSync(DIST_DIR, { recursive: true, force: true });
  await Promise.all([
    build({ root: ROOT, logLevel: 'error', build: { outDir: DIST_DIR } }),
    esbuild({
      entryPoints: [`${ROOT}workers/cli.ts`],
      outfile: CLI_BUNDLE,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      // Bundled CommonJS dependencies (exceljs, iconv-lite) still call require().
      banner: { js: "import { createRequire as __skillpayRequire } from 'node:module'; const require = __skillpayRequire(import.meta.url);" },
    }),
  ]);
}
