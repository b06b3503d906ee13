/**
 * The order in which `npm test` starts its files (vitest.config.ts: three at a time, browser files and the rest
 * together). First the slow-machine test, the longest, which takes only its CPU quota for the whole of its run
 * (test/e2e/harness.ts, SlowMachine). Then the other browser files, which mostly wait on the page, taken in turns with
 * the rest, which mostly compute: a browser file and a computing one side by side fill the cores better than two of a
 * kind. Within each kind, vitest's own order (longest first when it has timed them before, else largest first).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isSlow = (f: TestSpecification) => f.moduleId.endsWith('/test/e2e/slow.test.ts');
const isBrowser = (f: TestSpecification) => f.moduleId.includes('/test/e2e/');

export default class BrowsersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browsers = sorted.filter((f) => isBrowser(f) && !isSlow(f));
    const others = sorted.filter((f) => !isBrowser(f));
    const turns: TestSpecification[] = [];
    for (let k = 0; k < Math.max(browsers.length, others.length); k++) turns.push(...[browsers[k], others[k]].filter((f) => f !== undefined));
    return [...sorted.filter(isSlow), ...turns];
  }
}
