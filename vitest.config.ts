import { defineConfig } from 'vitest/config';
import BrowsersFirst from './test/e2e/sequencer.ts';

/** Files run at once (every project the same: vitest runs projects of one group in one pool). */
const WORKERS = 3;

export default defineConfig({
  test: {
    environment: 'node',
    // The production build and the bundled CLI, made once for every test file.
    globalSetup: ['test/globalSetup.ts'],
    // Only there to stop a test that hangs: browser tests wait for conditions, and on a busy machine they take several
    // times as long as here (waits inside tests allow up to 60 s for one step). Speed is measured by `npm run bench`.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // The JSON report lets .ci/run print a one-line "N passed, N failed" summary.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Three files at a time, browser files and the rest together, in the order of test/e2e/sequencer.ts: the
    // slow-machine browser (a fifth of a core, for about three minutes), and beside it two more files. The browsers
    // draw without an emulated GPU (test/e2e/harness.ts), so two of them no longer starve each other's engine workers
    // as they did when each took a core for SwiftShader.
    sequence: { sequencer: BrowsersFirst },
    projects: [
      {
        extends: true,
        // isolate: false — a worker process keeps its modules from one file to the next (17 CPU-seconds and 9 s of the
        // unit files' 78 s: each file imported the engine again). They pass in any order of files (tried shuffled).
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['test/e2e/**'], maxWorkers: WORKERS, isolate: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], maxWorkers: WORKERS },
      },
    ],
  },
});
