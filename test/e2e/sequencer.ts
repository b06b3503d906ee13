/**
 * The order in which `npm test` starts its files (vitest.config.ts: three at a time, browser files and the rest
 * together). First the slow-machine test, the longest, which takes only its CPU quota for the whole of its run
 * (test/e2e/harness.ts, SlowMachine). Then the other browser files, which mostly wait on the page, taken in turns with
 * the rest, which mostly compute: a browser file and a computing one side by side fill the cores better than two of a
 * kind. Within each kind, vitest's own order (longest first when it has timed them before, else largest first), except
 * that the computing files known to be long though small go first: on a fresh clone vitest has no times, and these
 * ran last, one of them alone for the run's final 20 s (measured 2026-12-07: test/io/linear.test.ts, one test of
 * 23 s, started at 405 s of a 428 s run).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isSlow = (f: TestSpecification) => f.moduleId.endsWith('/test/e2e/slow.test.ts');
const isBrowser = (f: TestSpecification) => f.moduleId.includes('/test/e2e/');
/** Small files that take long (a child process reading megabytes; worker threads started over and over). */
const LONG = ['/test/io/linear.test.ts', '/test/parity/hosts.test.ts'];
const isLong = (f: TestSpecification) => LONG.some((l) => f.moduleId.endsWith(l));

export default class BrowsersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browsers = sorted.filter((f) => isBrowser(f) && !isSlow(f));
    const computing = sorted.filter((f) => !isBrowser(f));
    const others = [...computing.filter(isLong), ...computing.filter((f) => !isLong(f))];
    const turns: TestSpecification[] = [];
    for (let k = 0; k < Math.max(browsers.length, others.length); k++) turns.push(...[browsers[k], others[k]].filter((f) => f !== undefined));
    return [...sorted.filter(isSlow), ...turns];
  }
}
