/**
 * The one place zod is imported from. Zod 4 compiles fast validators with
 * `new Function` and probes for it at first use; under the deployed
 * Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
 * violation even though zod falls back. Validation here is of files and saved
 * state, not a hot loop, so the interpreter is used everywhere (page, workers,
 * CLI) and the policy stays strict.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
