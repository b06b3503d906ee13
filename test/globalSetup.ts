/**
 * Once per `npm test`, before any test file: the production build the browser
 * tests serve, and the CLI as one bundled file the CLI tests run. Every test
 * process used to build both itself (a Vite build is 8 s, and starting the CLI
 * through tsx costs 2–3 s a run): the same work, once, leaves room for tests.
 * Both are made from the sources as they are (the CLI where `npx skillpay` finds it);
 * each test project runs this setup, and the builds are made once for all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { build } from 'vite';
import { DIST_DIR, ROOT } from './paths';
import { buildCli } from '../workers/buildCli.mjs';

/** The builds of this run: every project (unit and browser files) runs this setup, in the one vitest process; the first starts them, the others wait for the same. */
const key = Symbol.for('skillpay.testBuilds');
type Held = { [key]?: Promise<void> };

/**
 * The run's own folder for the files tests write (test/paths.ts, testDir): the test processes are started after this
 * setup and inherit it from the environment; it is removed when the run ends, whatever the tests left in it.
 */
const folderKey = Symbol.for('skillpay.testFolder');
function runFolder(): string {
  const held = globalThis as { [folderKey]?: string };
  const dir = (held[folderKey] ??= mkdtempSync(join(tmpdir(), 'skillpay-run-')));
  process.env.SKILLPAY_TEST_TMP = dir;
  return dir;
}

export default async function setup(): Promise<() => void> {
  const held = globalThis as Held;
  const dir = runFolder();
  await (held[key] ??= buildAll());
  return () => rmSync(dir, { recursive: true, force: true });
}

async function buildAll(): Promise<void> {
  rmSync(DIST_DIR, { recursive: true, force: true });
  // The production build, as `npm run build` makes it. Vite takes NODE_ENV from the environment when it is set, and
  // vitest sets it to "test": the browser tests ran React's development build (its JSX checks, 1,025 jsxDEV calls in
  // the bundle), slower than what users get, so every page timing here was pessimistic.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // The CLI as `npx skillpay` runs it (workers/buildCli.mjs), rebuilt here whatever its stamp says.
    // The browser is unpacked here too, once, before any test file starts one. @sparticuz/chromium unpacks it to
    // /tmp/chromium on first use and takes the file being there as done: on a new machine two browser files starting
    // at once, one of them found the other's half-written binary and could not run it (spawn ETXTBSY, 2026-12-07).
    await Promise.all([build({ root: ROOT, mode: 'production', logLevel: 'error', build: { outDir: DIST_DIR } }), buildCli(), chromium.executablePath()]);
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
  }
}
