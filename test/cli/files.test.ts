/**
 * Nothing lost: the CLI's output is written whole or not at all, never over
 * one of its inputs, and an oversized input is refused before it is read.
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { cli, cliHere } from '../cliRun';
import { CLI_BUNDLE, ROOT, testDir } from '../paths';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import { openOut, writeProblem } from '../../workers/outFile';
import { readLimited } from '../../workers/inFile';
import { InputError } from '../../models/errors';

const seed = (p: string) => join(ROOT, 'seeds', p);
const tmp = () => testDir('skillpay-files-');
const RAISE = seed('scenarios/small-plant-raise.json');
const SCALE = seed('scenarios/small-plant-scale.json');

describe.concurrent('--out never replaces an input', () => {
  it('refuses an --out that is the pay sheet, by its own name, another name, a symbolic link or a hard link, and leaves it as it was', async ({ expect }) => {
    const dir = tmp();
    const pay = join(dir, 'pay.csv');
    writeFileSync(pay, readFileSync(seed('small-plant-en.csv')));
    const before = readFileSync(pay);
    symlinkSync(pay, join(dir, 'link.csv'));
    linkSync(pay, join(dir, 'hard.csv'));
    for (const out of [pay, join(dir, '.', 'pay.csv'), join(dir, 'link.csv'), join(dir, 'hard.csv')]) {
      const r = await cliHere('--workforce', pay, '--scenario', RAISE, '--out', out);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain(`this is the same file as the input ${pay}`);
      expect(r.stdout).toBe('');
      expect(readFileSync(pay).equals(before)).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['hard.csv', 'link.csv', 'pay.csv']);
  });

  it('refuses an --out that is the innovations file or the scheme', async ({ expect }) => {
    const dir = tmp();
    const inno = join(dir, 'inno.csv');
    writeFileSync(inno, readFileSync(seed('jiangsu-machinery-innovations.csv')));
    const r = await cliHere('--workforce', seed('jiangsu-machinery.csv'), '--scenario', seed('scenarios/union.json'), '--innovations', inno, '--out', inno);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`this is the same file as the input ${inno}`);
    expect(readFileSync(inno).equals(readFileSync(seed('jiangsu-machinery-innovations.csv')))).toBe(true);
  });

  it('refuses a target that is not an ordinary file', async ({ expect }) => {
    const dir = tmp();
    symlinkSync('/dev/null', join(dir, 'null.csv'));
    const r = await cliHere('--workforce', seed('small-plant-en.csv'), '--scenario', RAISE, '--out', join(dir, 'null.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('this is not an ordinary file');
  });

  it('a run that fails after --out was checked leaves the old file and no temporary file', async ({ expect }) => {
    const dir = tmp();
    const out = join(dir, 'out.csv');
    writeFileSync(out, 'old results\n');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"name": 1}');
    const r = await cliHere('--workforce', seed('small-plant-en.csv'), '--scenario', bad, '--out', out);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old results\n');
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'out.csv']);
  });
});

describe('--out written whole', () => {
  it('two runs writing the same --out at once, 5 times: always one whole file, byte-identical to one of the two runs', async ({ expect }) => {
    const dir = tmp();
    const pay = join(dir, 'plant.csv');
    writeFileSync(pay, plainCsv(generateWorkforce(20_000, 7)));
    const ref = { raise: join(dir, 'raise.csv'), scale: join(dir, 'scale.csv') };
    // The two files each run writes alone (made in this process: the same code, no Node to start).
    expect((await cliHere('--workforce', pay, '--scenario', RAISE, '--out', ref.raise)).code).toBe(0);
    expect((await cliHere('--workforce', pay, '--scenario', SCALE, '--out', ref.scale)).code).toBe(0);
    const a = readFileSync(ref.raise);
    const b = readFileSync(ref.scale);
    expect(a.equals(b)).toBe(false);
    const out = join(dir, 'shared.csv');
    // Five rounds of two child processes (it was twenty, then ten: each round is about 2.5 CPU-seconds of the suite's).
    // Both write a 5.6 MB file at about the same moment: with the file written in place instead (tried again with five
    // rounds), the first round already left a mixed file.
    for (let k = 0; k < 5; k++) {
      const [x, y] = await Promise.all([cli('--workforce', pay, '--scenario', RAISE, '--out', out), cli('--workforce', pay, '--scenario', SCALE, '--out', out)]);
      expect([x.code, y.code]).toEqual([0, 0]);
      const got = readFileSync(out);
      expect(got.equals(a) || got.equals(b), `round ${k}: ${got.length} bytes, neither run's file`).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 300_000);

  it('Ctrl-C while the file is written leaves the old file and removes the temporary one', async ({ expect }) => {
    const dir = tmp();
    const pay = join(dir, 'plant.csv');
    writeFileSync(pay, plainCsv(generateWorkforce(100_000, 8)));
    const out = join(dir, 'out.xlsx');
    // Wait until the temporary file holds bytes (the run is writing), then interrupt. On a starved machine the poll can
    // miss the whole write (the file is renamed into place between two looks, or before a look): the run then simply
    // finished, which proves nothing here, so it is tried again (at most three times).
    const sizeOf = (f: string) => {
      try {
        return statSync(join(dir, f)).size;
      } catch {
        return 0; // renamed into place or removed between the listing and the look
      }
    };
    let interrupted = false;
    for (let attempt = 0; attempt < 3 && !interrupted; attempt++) {
      writeFileSync(out, 'old');
      const child = spawn(process.execPath, [CLI_BUNDLE, '--workforce', pay, '--scenario', RAISE, '--compare', SCALE, '--out', out], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      let seen = false;
      for (let k = 0; k < 6000 && !seen && child.exitCode === null; k++) {
        await new Promise((r) => setTimeout(r, 20));
        seen = readdirSync(dir).some((f) => f.endsWith('.tmp') && sizeOf(f) > 0);
      }
      if (!seen || child.exitCode !== null) {
        expect(await exited).toBe(0);
        continue;
      }
      child.kill('SIGINT');
      const code = await exited;
      // 0: the run finished between the last look and the signal (the same case as above); otherwise it was interrupted.
      if (code === 0) continue;
      expect(code).toBe(130);
      interrupted = true;
    }
    expect(interrupted, 'the run was never caught writing').toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['out.xlsx', 'plant.csv']);
  }, 300_000);

  it('a write that fails (the disk full) says so in a sentence, removes the temporary file and leaves the target as it was', async ({ expect }) => {
    const dir = tmp();
    const target = join(dir, 'out.csv');
    writeFileSync(target, 'old');
    const f = openOut(target, []);
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const e = await f.stream(async (write) => {
      await write('id,pay\n');
      throw full;
    }).catch((x: unknown) => x);
    f.discard();
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe(`--out ${target}: the file cannot be written: the disk is full (ENOSPC). Nothing was written; ${target} is as it was.`);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(writeProblem('x.csv', Object.assign(new Error('x'), { code: 'EROFS' })).message).toContain('the disk is read-only (EROFS)');
  });

  it('a folder where no file can be made is said before any work', ({ expect }) => {
    // The folder is a file: making the temporary file fails as a read-only folder would, and before computing.
    const dir = tmp();
    writeFileSync(join(dir, 'file'), '');
    expect(() => openOut(join(dir, 'file', 'out.csv'), [])).toThrow(/the file cannot be written: a part of the path is a file, not a folder \(ENOTDIR\)/);
  });

  it('keeps the mode of the file it replaces', async ({ expect }) => {
    const dir = tmp();
    const target = join(dir, 'out.csv');
    writeFileSync(target, 'old', { mode: 0o640 });
    const f = openOut(target, []);
    await f.write(new TextEncoder().encode('new'));
    f.commit();
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });
});

describe('inputs are measured before they are read', () => {
  it('a 2 GB sparse file as --scenario is refused by its size, unread; /dev/zero after one byte past the limit', async ({ expect }) => {
    const dir = tmp();
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(huge, 2 * 2 ** 30);
    const r = await cliHere('--workforce', seed('small-plant-en.csv'), '--scenario', huge);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${huge}: a file of 2 GB is too large for a scheme file (at most 1 MB)`);
    const z = await cliHere('--workforce', seed('small-plant-en.csv'), '--scenario', '/dev/zero');
    expect(z.code).toBe(2);
    expect(z.stderr).toContain('/dev/zero: more than 1 MB is too large for a scheme file (at most 1 MB)');
    const f = await cliHere('--workforce', seed('small-plant-en.csv'), '--scenario', RAISE, '--doc', 'offer', '--form', '/dev/zero', '--out', join(dir, 'x.docx'));
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('/dev/zero: more than 1 MB is too large for a documents form');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('readLimited reads a file at the limit whole and one byte more not at all', ({ expect }) => {
    const dir = tmp();
    writeFileSync(join(dir, 'a'), 'x'.repeat(10));
    expect(readLimited(join(dir, 'a'), 10, 'a test').length).toBe(10);
    expect(() => readLimited(join(dir, 'a'), 9, 'a test')).toThrow('a file of 10 bytes is too large for a test (at most 9 bytes)');
    expect(() => readLimited(dir, 9, 'a test')).toThrow('this is a folder, not a file');
  });
});
