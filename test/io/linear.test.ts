/**
 * No pattern that reads user text backtracks: each is fed a megabyte of its
 * worst case (test/io/linear.cases.ts) in a child process. A linear pattern
 * reads a megabyte in milliseconds; the backtracking ones this replaced took
 * 1.5–3 s on 32 KB and, growing with the square of the length, hours on a
 * megabyte — so the limit below is a thousand times what is needed, never
 * reached by a busy machine, and always by a backtracking pattern. The
 * 600,000-row innovations file takes about 10 s read in one pass and about
 * five minutes with a search of all rows for each achievement.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from '../paths';
import { CASES } from './linear.cases';

describe('patterns on user text are linear', () => {
  it('every pattern reads a megabyte of its worst case to the end, and the innovations reader 600,000 rows', async ({ expect }) => {
    const out = await new Promise<string>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'test/io/linear.cases.ts')], { cwd: ROOT, timeout: 200_000, maxBuffer: 1 << 20 }, (_e, stdout) => resolve(stdout));
    });
    const done = out.split('\n').filter((l) => l.startsWith('done ')).map((l) => l.slice(5).replace(/ \d+$/, ''));
    const stuck = out.split('\n').filter((l) => l.startsWith('start ')).map((l) => l.slice(6)).find((n) => !done.includes(n));
    expect(stuck, `stopped reading: ${stuck}`).toBeUndefined();
    expect(done).toEqual(Object.keys(CASES));
  }, 240_000);
});
