/**
 * Runs one heavy job in its own process so its peak memory can be read
 * (process.resourceUsage().maxRSS), and prints {"ms", "maxRssMb", "result"}.
 * Jobs: `export-xlsx FILE.csv` and `export-csv FILE.csv` (the CLI writing a
 * per-worker XLSX or CSV: the two are compared),
 * `import FILE.xlsx` (opening a workbook: a zip bomb must be refused fast),
 * `import-innovations FILE.csv` (the achievements reader).
 */
import { readFileSync } from 'node:fs';
import { importWorkforce } from '../../models/io/import';

const [job, file, out] = process.argv.slice(2);
const t0 = performance.now();
let result: unknown;
if (job === 'export-xlsx' || job === 'export-csv') {
  // Loaded only here: bundled, the CLI's module would otherwise share this file and take it for its own entry.
  const { main } = await import('../../workers/cli');
  // The repository's folder from the parent: this file runs bundled, from a folder of its own, so a path relative to it
  // would not reach the seeds (it failed so).
  const root = process.env.SKILLPAY_ROOT;
  if (!root) throw new Error('SKILLPAY_ROOT is not set: run this through `npm run bench`');
  const r = await main(['--workforce', file!, '--scenario', `${root}seeds/scenarios/current.json`, '--out', out!]);
  if (r.code !== 0) throw new Error(r.stderr);
  result = 'written';
} else if (job === 'import') {
  const r = await importWorkforce(new Uint8Array(readFileSync(file!)), { file: file! });
  result = r.errors[0]?.code ?? `read ${r.validRows} rows`;
} else if (job === 'import-innovations') {
  const { importAchievements } = await import('../../models/io/achievements');
  // The file's bytes as read (a Buffer is a Uint8Array): copying them added 21 MB to the peak.
  const r = await importAchievements(readFileSync(file!), { file: file!, today: '2026-12-05' });
  result = r.errors.length ? `${r.errors.length} errors` : `read ${r.valid} achievements`;
} else throw new Error(`unknown job ${job}`);
console.log(JSON.stringify({ ms: Math.round(performance.now() - t0), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), result }));
