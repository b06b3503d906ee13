/** Where the test run keeps what globalSetup made: the production build and the bundled CLI. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../node_modules/.cache/skillpay/dist/', import.meta.url));
/** The built CLI (workers/buildCli.mjs), run directly. */
export const CLI_BUNDLE = fileURLToPath(new URL('../node_modules/.cache/skillpay-cli/cli.js', import.meta.url));

/**
 * A new folder for a test's files. Under vitest it is inside the run's own folder, which test/globalSetup.ts makes and
 * removes when the run ends (each run used to leave about forty folders, 35 MB, in /tmp); outside vitest, in the system's.
 */
export function testDir(prefix: string): string {
  return mkdtempSync(join(process.env.SKILLPAY_TEST_TMP ?? tmpdir(), prefix));
}
