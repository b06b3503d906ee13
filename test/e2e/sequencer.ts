/**
 * The order in which `npm test` starts its files (vitest.config.ts: three at a time, browser files and the rest
 * together). First the slow-machine test, the longest, which takes only its CPU quota for the whole of its run
 * (test/e2e/harness.ts, SlowMachine). Then the other browser files, which mostly wait on the page, taken in turns with
 * the rest, which mostly compute: a browser file and a computing one side by side fill the cores better than two of a
 * kind. Within each kind the longest first, by the seconds below, so that a fresh clone (no timings of an earlier run)
 * runs in the same order as a developer's checkout: with vitest's own order there (largest file first), the CLI's
 * 24-second file started last of all, 206 s into a 235-second run, and the run waited for it.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds each file took in a whole run on this machine (2026-12-07), for the longer ones; the rest take a few seconds or less. */
const SECONDS: Record<string, number> = {
  'e2e/hostile.test.ts': 93,
  'e2e/exports.test.ts': 35,
  'e2e/a11y.test.ts': 32,
  'e2e/app.test.ts': 32,
  'e2e/trust.test.ts': 31,
  'e2e/compliance.test.ts': 31,
  'e2e/offline.test.ts': 27,
  'e2e/model.test.ts': 26,
  'e2e/innovation.test.ts': 10,
  'e2e/bargaining.test.ts': 9,
  'e2e/craftsmen.test.ts': 8,
  'cli/cli.test.ts': 26,
  'cli/files.test.ts': 24,
  'cli/fixtures.test.ts': 19,
  'io/linear.test.ts': 12,
  'parity/hosts.test.ts': 9,
  'models/explainFigures.test.ts': 6,
  'parity/browser.test.ts': 6,
  'models/documents.test.ts': 6,
  'cli/batch.test.ts': 5,
  'io/xlsx.test.ts': 4,
};
const seconds = (f: TestSpecification) => SECONDS[f.moduleId.slice(f.moduleId.lastIndexOf('/test/') + 6)] ?? 0;

const isSlow = (f: TestSpecification) => f.moduleId.endsWith('/test/e2e/slow.test.ts');
const isBrowser = (f: TestSpecification) => f.moduleId.includes('/test/e2e/');

export default class BrowsersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Longest first by SECONDS; the files not listed keep vitest's order after them (Array.prototype.sort is stable).
    const sorted = (await super.sort(files)).sort((a, b) => seconds(b) - seconds(a));
    const browsers = sorted.filter((f) => isBrowser(f) && !isSlow(f));
    const others = sorted.filter((f) => !isBrowser(f));
    const turns: TestSpecification[] = [];
    for (let k = 0; k < Math.max(browsers.length, others.length); k++) turns.push(...[browsers[k], others[k]].filter((f) => f !== undefined));
    return [...sorted.filter(isSlow), ...turns];
  }
}
