/** Where the test run keeps what globalSetup made: the production build and the bundled CLI. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../node_modules/.cache/skillpay/dist/', import.meta.url));
/** The built CLI (workers/buildCli.mjs), run directly. */
export const CLI_BUNDLE = fileURLToPath(new URL('../node_modules/.cache/skillpay-cli/cli.js', import.meta.url));
