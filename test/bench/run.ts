/**
 * `npm run bench` — prints a table; `npm run bench -- --json` prints one JSON
 * line per benchmark: {"name", "ms", "runs", "target"} with ms the median.
 * Timings belong here, not in tests: the machine's load varies.
 */
import { performance } from 'node:perf_hooks';
import { parseWorkforceCsv } from '../../models/io/csv';
import { computePay } from '../../models/pay';
import { defaultScenario } from '../../models/scenario';
import { workforceFromRecords } from '../../models/workforce';
import { generateWorkforce, plainCsv } from '../../seeds/generate';

export interface BenchResult {
  name: string;
  ms: number;
  runs: number;
  target?: number;
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function measure(name: string, runs: number, fn: () => unknown | Promise<unknown>, target?: number, warmup = 3): Promise<BenchResult> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { name, ms: Math.round(median(times) * 1000) / 1000, runs, ...(target ? { target } : {}) };
}

const records = generateWorkforce(100_000, 99, 'B');
const workforce = workforceFromRecords(records);
const scenario = defaultScenario({ mode: 'pool', annualPool: 9e9 });
const csvBytes = new TextEncoder().encode(plainCsv(records));

export const benches: (() => Promise<BenchResult>)[] = [
  () => measure('recompute-100k', 50, () => computePay(workforce, scenario), 10, 10),
  (() => {
    const reuse = computePay(workforce, scenario);
    return () => measure('recompute-100k-reuse', 50, () => computePay(workforce, scenario, { reuse }), 10, 10);
  })(),
  () => measure('recompute-100k-components', 30, () => computePay(workforce, scenario, { components: true }), undefined, 5),
  () => measure('import-100k-csv', 20, () => parseWorkforceCsv(csvBytes, { file: 'bench.csv' }), 2000, 2),
];

async function main() {
  const json = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const results: BenchResult[] = [];
  for (const b of benches) {
    const r = await b();
    if (only && !r.name.includes(only)) continue;
    results.push(r);
    if (json) console.log(JSON.stringify(r));
  }
  if (!json) {
    console.log('benchmark                   median ms   runs   target ms   ok');
    for (const r of results) {
      const ok = r.target === undefined ? '' : r.ms < r.target ? 'yes' : 'NO';
      console.log(`${r.name.padEnd(26)}${r.ms.toFixed(2).padStart(11)}${String(r.runs).padStart(7)}${(r.target?.toString() ?? '—').padStart(12)}   ${ok}`);
    }
  }
}

await main();
