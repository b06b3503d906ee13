/**
 * `--batch JOBS.json`: many runs in one process. Each job's report equals what the same run prints alone; a job that
 * fails is said with its reason and the others are done; the whole file is checked before any job runs.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../workers/cli';
import { ROOT, testDir } from '../paths';
import { cli } from '../cliRun';

const seed = (p: string) => join(ROOT, 'seeds', p);

/** A federation's folder: two pay sheets, two schemes, a reports folder and an out folder. */
function federation(): string {
  const dir = testDir('skillpay-batch-');
  copyFileSync(seed('jiangsu-machinery.csv'), join(dir, 'jx.csv'));
  copyFileSync(seed('small-plant-en.csv'), join(dir, 'small.csv'));
  copyFileSync(seed('scenarios/union.json'), join(dir, 'union.json'));
  copyFileSync(seed('scenarios/management.json'), join(dir, 'management.json'));
  copyFileSync(seed('scenarios/current.json'), join(dir, 'current.json'));
  mkdirSync(join(dir, 'reports'));
  mkdirSync(join(dir, 'out'));
  return dir;
}

const jobsFile = (dir: string, jobs: unknown, name = 'jobs.json') => {
  writeFileSync(join(dir, name), typeof jobs === 'string' ? jobs : JSON.stringify(jobs));
  return join(dir, name);
};

describe('--batch', () => {
  it('runs every job, paths read from the file\u2019s folder; each report equals the run alone; the failed job is said and the others done', async () => {
    const dir = federation();
    const file = jobsFile(dir, {
      jobs: [
        { name: '江苏机械', args: ['--workforce', 'jx.csv', '--scenario', 'union.json', '--compare', 'management.json', '--doc', 'costing', '--out', 'out/jx-costing.docx'] },
        { name: 'missing', args: ['--workforce', 'nope.csv', '--scenario', 'current.json'] },
        { name: 'small', args: ['--workforce=small.csv', '--scenario', 'current.json', '--out', 'out/small.xlsx'] },
      ],
    });
    const r = await main(['--batch', file]);
    expect(r.code).toBe(2);
    const alone = await main(['--workforce', join(dir, 'jx.csv'), '--scenario', join(dir, 'union.json'), '--compare', join(dir, 'management.json'), '--lang', 'zh']);
    expect(readFileSync(join(dir, 'reports/江苏机械.txt'), 'utf8')).toBe(alone.stdout);
    const small = await main(['--workforce', join(dir, 'small.csv'), '--scenario', join(dir, 'current.json')]);
    expect(readFileSync(join(dir, 'reports/small.txt'), 'utf8')).toBe(small.stdout);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['jx-costing.docx', 'small.xlsx']);
    expect(readFileSync(join(dir, 'out/jx-costing.docx')).subarray(0, 2).toString()).toBe('PK');
    // The summary: one line per job, in order; the failure names its file and reason.
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^江苏机械\s+完成\s+[\d,.]+\s+\+\d+\.\d\d%\s+0/);
    expect(lines[2]).toMatch(/^missing\s+输入有误\s+.*nope\.csv: cannot read the file/);
    expect(lines[3]).toMatch(/^small\s+完成/);
    expect(lines.at(-1)).toContain('3 项作业:2 项完成,1 项未完成');
    expect(r.stderr).toContain('[missing]');
    // The same figures in summary.csv, as numbers: the bill in 10k CNY, the growth in per cent.
    const csv = readFileSync(join(dir, 'reports/summary.csv'), 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
    const s = alone.result!.summary;
    expect(csv[1]).toBe(`江苏机械,完成,${(s.wageBill / 1e4).toFixed(1)},${(100 * s.wageBillGrowth).toFixed(2)},${s.losers},`);
    expect(csv[2]!.startsWith('missing,输入有误,,,,')).toBe(true);
  });

  it('as a child process, in English with --json: reports are JSON, equal to the runs alone; exit 0 when every job is done', async () => {
    const dir = federation();
    const file = jobsFile(dir, { reports: 'reports', jobs: [{ name: 'a', args: ['--workforce', 'jx.csv', '--scenario', 'management.json'] }, { name: 'b', args: ['--workforce', 'small.csv', '--scenario', 'current.json'] }] });
    const r = await cli('--batch', file, '--lang', 'en', '--json');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 jobs: 2 done, 0 not done');
    const alone = await main(['--workforce', join(dir, 'jx.csv'), '--scenario', join(dir, 'management.json'), '--json', '--lang', 'en']);
    expect(readFileSync(join(dir, 'reports/a.json'), 'utf8')).toBe(alone.stdout);
  });

  it('refuses, before any job runs, a file whose jobs would overwrite each other\u2019s files or inputs, or that names two jobs alike', async () => {
    const cases: [string, (dir: string) => unknown, RegExp][] = [
      ['the same --out twice', () => ({ jobs: [{ name: 'a', args: ['--workforce', 'jx.csv', '--scenario', 'union.json', '--out', 'out/x.csv'] }, { name: 'b', args: ['--workforce', 'small.csv', '--scenario', 'current.json', '--out', './out/x.csv'] }] }), /"a" and "b" would both write .*x\.csv/],
      ['an --out that is another job\u2019s pay sheet', () => ({ jobs: [{ name: 'a', args: ['--workforce', 'jx.csv', '--scenario', 'union.json', '--out', 'small.csv'] }, { name: 'b', args: ['--workforce', 'small.csv', '--scenario', 'current.json'] }] }), /"a" would write .*small\.csv, which job "b" reads/],
      ['two names alike', () => ({ jobs: [{ name: 'Plant', args: ['--workforce', 'jx.csv', '--scenario', 'union.json'] }, { name: 'plant', args: ['--workforce', 'small.csv', '--scenario', 'current.json'] }] }), /jobs 1 and 2 are both named "plant"/],
      ['a name that is not a file name', () => ({ jobs: [{ name: '../x', args: ['--workforce', 'jx.csv', '--scenario', 'union.json'] }] }), /jobs\.0\.name: a name is used as a file name/],
      ['a key written twice', () => '{"jobs": [], "jobs": [{"name": "a", "args": ["--help"]}]}', /"jobs" is written twice/],
      ['an unknown key', () => ({ job: [] }), /Unrecognized key/],
      ['a job holding --batch', () => ({ jobs: [{ name: 'a', args: ['--batch', 'jobs.json'] }] }), /a job cannot hold --batch/],
      ['no reports folder', () => ({ reports: 'nowhere', jobs: [{ name: 'a', args: ['--workforce', 'jx.csv', '--scenario', 'union.json'] }] }), /reports folder .*nowhere does not exist/],
    ];
    for (const [what, jobs, said] of cases) {
      const dir = federation();
      const r = await main(['--batch', jobsFile(dir, jobs(dir))]);
      expect({ what, code: r.code }).toEqual({ what, code: 2 });
      expect(r.stderr, what).toMatch(said);
      expect(readdirSync(join(dir, 'reports')), what).toEqual([]);
      expect(readdirSync(join(dir, 'out')), what).toEqual([]);
      expect(existsSync(join(dir, 'small.csv')) && readFileSync(join(dir, 'small.csv')).equals(readFileSync(seed('small-plant-en.csv'))), what).toBe(true);
    }
    const dir = federation();
    const alongside = await main(['--batch', jobsFile(dir, { jobs: [{ name: 'a', args: ['--help'] }] }), '--workforce', 'x.csv']);
    expect(alongside.code).toBe(2);
    expect(alongside.stderr).toContain('--batch goes alone');
  });
});
