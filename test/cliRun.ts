/**
 * The CLI as a user runs it: a child process, its exit code, stdout and
 * stderr. It runs the bundle globalSetup made from workers/cli.ts (starting
 * through tsx costs 2–3 s a run); one test in test/cli/cli.test.ts runs
 * `npm run simulate` itself, so the script users type is covered too.
 * `cliHere` runs the same bundle's `main` without a process, for tests that
 * check only what a run says and writes. (Some tests import `main` from
 * workers/cli.ts itself, to reach the source's own functions; `cliHere` runs
 * what is shipped: the bundle, its lazy parts and what it leaves out.)
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { CLI_BUNDLE, ROOT } from './paths';

const run = promisify(execFile);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The bundled CLI, which globalSetup makes for the run. */
function bundle(): string {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run the tests through vitest (its globalSetup bundles the CLI)`);
  return CLI_BUNDLE;
}

export async function cli(...args: string[]): Promise<CliRun> {
  const file = bundle();
  try {
    const r = await run(process.execPath, [file, ...args], { cwd: ROOT, maxBuffer: 256 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

/**
 * The same bundle's `main` called in this process: what the launcher (workers/skillpay.mjs) runs after Node has
 * started, without starting Node. For the many cases that check only the words and the exit code of a run; what only a
 * process shows (its exit code as the shell sees it, signals, two processes at once) stays with `cli`.
 */
export async function cliHere(...args: string[]): Promise<CliRun> {
  const { main } = (await import(/* @vite-ignore */ pathToFileURL(bundle()).href)) as { main: (argv: string[]) => Promise<CliRun> };
  return main(args);
}
