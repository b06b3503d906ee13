/**
 * The CLI built into a few files of plain JavaScript (esbuild, code split: exceljs, docx and the rest load only when
 * a run needs them), so that a run starts in a third of a second instead of transpiling ~150 TypeScript modules at
 * every start (tsx: 1.4 s; before the engine, the page's code and the caches were split apart: 8–9 s).
 * Used by the launcher (workers/skillpay.mjs), by `npm run build:cli` and by the tests' global setup: one build.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Where the built CLI lives: a cache inside the installation, rebuilt whenever a source is newer. */
export const CLI_DIR = `${ROOT}node_modules/.cache/skillpay-cli/`;
export const CLI_ENTRY = `${CLI_DIR}cli.js`;
const STAMP = `${CLI_DIR}built`;

/** The newest modification time among the files the CLI is built from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|js|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['models', 'workers', 'src/lib']) walk(`${ROOT}${d}`);
  for (const f of ['package-lock.json', 'package.json']) newest = Math.max(newest, statSync(`${ROOT}${f}`).mtimeMs);
  return newest;
}

/** True when there is no build, or a source changed after it was made. */
export function isStale() {
  try {
    return statSync(STAMP).mtimeMs < newestSource();
  } catch {
    return true;
  }
}

/**
 * zod's `locales` namespace (its messages in some fifty languages, 400 kB of the 1.2 MB every run loads) is never read:
 * the CLI says its own words, and zod's English is set up from its own module, not through this one. The page's build
 * (Rolldown) already leaves those languages out; esbuild keeps a namespace re-export whole, so here the namespace holds
 * English only. If zod moves the file, nothing matches and the build is as before.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) => (/[\\/]node_modules[\\/]zod[\\/]/.test(a.importer) ? { path: `${dirname(a.importer)}/../locales/index.js`, namespace: 'zod-english-only' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (a) => ({ contents: `export { default as en } from './en.js';`, loader: 'js', resolveDir: dirname(a.path) }));
  },
};

/** Build the CLI: into a new folder beside the old, renamed into place when whole (a run starting meanwhile sees one or the other). */
export async function buildCli() {
  const { build } = await import('esbuild');
  const parent = `${ROOT}node_modules/.cache/`;
  mkdirSync(parent, { recursive: true });
  const tmp = `${parent}skillpay-cli.${process.pid}.${Date.now()}/`;
  await build({
    entryPoints: { cli: `${ROOT}workers/cli.ts` },
    outdir: tmp,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Spaces and syntax made compact, names kept (they are what a stack trace shows): Node parses every file it loads at
    // each start. With the zod change above, the 1,200-worker sample to JSON took 454 ms (504 CPU-ms) against 483 (537),
    // twelve runs of each taken in turns on a slow afternoon (node -e 0: 100 ms); 3.8 MB of code instead of 6.1.
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [zodEnglishOnly],
    // Bundled CommonJS dependencies (exceljs, iconv-lite) still call require().
    banner: { js: "import { createRequire as __skillpayRequire } from 'node:module'; const require = __skillpayRequire(import.meta.url);" },
  });
  writeFileSync(`${tmp}built`, new Date().toISOString() + '\n');
  const old = `${parent}skillpay-cli.old.${process.pid}.${Date.now()}/`;
  try {
    renameSync(CLI_DIR, old);
  } catch {
    // No earlier build.
  }
  renameSync(tmp, CLI_DIR);
  rmSync(old, { recursive: true, force: true });
}

// `node workers/buildCli.mjs` (npm run build:cli, and after npm install): build now.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
