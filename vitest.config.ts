import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The production build and the bundled CLI, made once for every test file.
    globalSetup: ['test/globalSetup.ts'],
    // Only there to stop a test that hangs: browser tests wait for conditions, and on a busy machine they take several
    // times as long as here (waits inside tests allow up to 60 s for one step). Speed is measured by `npm run bench`.
    testTimeout: 90_000,
    // Two test files at a time (vitest's default on 2 cores is one): the browser files spend much of their time
    // waiting on the page, so two side by side take the whole suite from 11 to 8–9 minutes here.
    maxWorkers: 2,
    hookTimeout: 60_000,
    // The JSON report lets .ci/run print a one-line "N passed, N failed" summary.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
