/**
 * `--batch JOBS.json`: many runs of the CLI in one process, for a union federation costing and writing the papers of
 * many enterprises. Each job is the arguments of one run; paths in them are read from the JOBS file's folder. Each
 * job's report (what a single run prints) goes to a file of its own in the reports folder, its output files where
 * its `--out` says; a job that fails is said, with its reasons, and the others are done. A summary table ends the run
 * (and is written beside the reports as summary.csv).
 *
 * Before any job runs, the whole file is checked: its shape, its names, and that no job's `--out` is another job's
 * output or input (one job would overwrite what another reads or writes).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../models/errors';
import type { Lang } from '../models/io/messages';
import type { SimulationOutput } from '../models/pay/simulate';
import { readJsonFile } from './inFile';
import { openOut } from './outFile';

/** A thousand enterprises' jobs are a few hundred kilobytes. */
const MAX_BATCH_BYTES = 8 * 2 ** 20;

/** The options whose value is a file. */
const PATH_OPTIONS = new Set(['workforce', 'scenario', 'compare', 'ask', 'form', 'innovations', 'ledger', 'ledger-columns', 'out']);
const INPUT_OPTIONS = new Set(['workforce', 'scenario', 'compare', 'ask', 'form', 'innovations', 'ledger', 'ledger-columns']);

const jobSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(80)
    .refine((s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32) && s.trim() === s && s !== '.' && s !== '..', 'a name is used as a file name: no \\ / : * ? " < > |, no spaces at either end'),
  args: z.array(z.string().max(4096)).min(1).max(200),
});
const batchSchema = z.strictObject({
  /** The folder for the reports (relative to the JOBS file); by default "reports" beside it. */
  reports: z.string().min(1).max(4096).optional(),
  jobs: z.array(jobSchema).min(1).max(10_000),
});

export interface JobRun {
  code: number;
  stdout: string;
  stderr: string;
  result?: SimulationOutput;
  /** Why the run failed, in one line (its first): the summary's note. */
  error?: string;
}

interface Job {
  name: string;
  args: string[];
  inputs: string[];
  outs: string[];
}

/** A job's arguments with its paths read from `base`; its inputs and outputs named. */
function resolveJob(name: string, args: string[], base: string): Job {
  const out: string[] = [];
  const inputs: string[] = [];
  const outs: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    const m = /^--([a-z]+)(=(.*))?$/s.exec(a);
    if (!m) {
      out.push(a);
      continue;
    }
    const opt = m[1]!;
    if (opt === 'batch') throw new InputError(`job "${name}": a job cannot hold --batch`);
    if (!PATH_OPTIONS.has(opt)) {
      out.push(a);
      continue;
    }
    const inline = m[2] !== undefined;
    const value = inline ? m[3]! : args[k + 1];
    if (value === undefined) {
      out.push(a);
      continue;
    }
    if (!inline) k++;
    const path = isAbsolute(value) ? value : join(base, value);
    (INPUT_OPTIONS.has(opt) ? inputs : outs).push(resolve(path));
    out.push(`--${opt}`, path);
  }
  return { name, args: out, inputs, outs };
}

/** Same file: the same resolved path, or (both existing) the same device and inode. */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Columns a text takes in a terminal: Chinese characters and full-width forms take two. */
function shown(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return n;
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) || /^[=+\-@\t\r]/.test(s) ? `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;
};

/** A text file written whole (a temporary file renamed into place), never over an input. */
async function writeWhole(path: string, inputs: readonly string[], text: string): Promise<void> {
  const f = openOut(path, inputs);
  try {
    await f.write(new TextEncoder().encode(text));
    f.commit();
  } finally {
    f.discard();
  }
}

/** Read, check and run a JOBS file; `run` is the CLI's main (one job). */
export async function runBatch(file: string, lang: Lang, json: boolean, run: (argv: string[]) => Promise<JobRun>): Promise<JobRun> {
  const parsed = batchSchema.safeParse(readJsonFile(file, MAX_BATCH_BYTES, 'a list of jobs'));
  if (!parsed.success) throw new InputError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  const base = dirname(resolve(file));
  const reports = resolve(base, parsed.data.reports ?? 'reports');
  if (!existsSync(reports) || !statSync(reports).isDirectory()) throw new InputError(`${file}: the reports folder ${reports} does not exist; make it, or name another with "reports"`);

  const seen = new Map<string, number>();
  const jobs = parsed.data.jobs.map((j, k) => {
    const key = j.name.toLowerCase();
    if (seen.has(key)) throw new InputError(`${file}: jobs ${seen.get(key)! + 1} and ${k + 1} are both named "${j.name}": each job's report is a file named after it`);
    seen.set(key, k);
    return resolveJob(j.name, j.args, base);
  });
  const ext = json ? '.json' : '.txt';
  const reportOf = (j: Job) => join(reports, `${j.name}${ext}`);
  const notesOf = (j: Job) => join(reports, `${j.name}.notes.txt`);
  // No job writes what another job writes or reads, and no report lands on a job's file.
  const written: { path: string; job: string }[] = [];
  for (const j of jobs) for (const p of [...j.outs, reportOf(j), notesOf(j)]) written.push({ path: p, job: j.name });
  written.push({ path: join(reports, 'summary.csv'), job: '(summary)' });
  for (let a = 0; a < written.length; a++) {
    for (let b = a + 1; b < written.length; b++) {
      if (sameFile(written[a]!.path, written[b]!.path)) throw new InputError(`${file}: "${written[a]!.job}" and "${written[b]!.job}" would both write ${written[a]!.path}`);
    }
  }
  for (const w of written) {
    for (const j of jobs) {
      const hit = j.inputs.find((i) => sameFile(i, w.path));
      if (hit) throw new InputError(`${file}: "${w.job}" would write ${w.path}, which job "${j.name}" reads`);
    }
  }

  const zh = lang === 'zh';
  const rows: { name: string; code: number; result?: SimulationOutput; said: string }[] = [];
  const errors: string[] = [];
  for (const j of jobs) {
    let r: JobRun;
    try {
      r = await run([...j.args, ...(json ? ['--json'] : []), '--lang', lang]);
    } catch (e) {
      const error = `internal error: ${e instanceof Error ? e.message : String(e)}`;
      r = { code: 1, stdout: '', stderr: error + '\n', error };
    }
    let notes = 0;
    if (r.code === 0) {
      await writeWhole(reportOf(j), j.inputs, r.stdout);
      // What a single run says on the side (a pool carried over, rows read with a warning) is kept beside the report.
      const said = r.stderr.trimEnd();
      if (said) {
        notes = said.split('\n').length;
        await writeWhole(notesOf(j), j.inputs, said + '\n');
      }
    } else errors.push(...r.stderr.trimEnd().split('\n').map((l) => `[${j.name}] ${l}`));
    rows.push({ name: j.name, code: r.code, result: r.result, said: r.code !== 0 ? ((r.error ?? r.stderr.trim()).split('\n')[0] ?? '') : notes ? (zh ? `${notes} 条提示,见 ${basename(notesOf(j))}` : `${notes} note(s) in ${basename(notesOf(j))}`) : '' });
  }

  const status = (c: number) => (c === 0 ? (zh ? '完成' : 'done') : c === 2 ? (zh ? '输入有误' : 'bad input') : zh ? '内部错误' : 'internal error');
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(2)}%`;
  const wan = (x: number) => (x / 1e4).toLocaleString(zh ? 'zh-CN' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const head = zh ? ['作业', '结果', '工资总额(万元)', '增长', '减资人数', '说明'] : ['job', 'result', 'wage bill (10k CNY)', 'growth', 'losers', 'note'];
  const table = rows.map((r) => {
    const s = r.result?.summary;
    return [r.name, status(r.code), s ? wan(s.wageBill) : '', s ? pct(s.wageBillGrowth) : '', s ? String(s.losers) : '', r.said];
  });
  // The file for a spreadsheet: numbers as numbers (the bill in 10k CNY, the growth in per cent).
  const csvHead = zh ? ['作业', '结果', '工资总额(万元)', '增长(%)', '减资人数', '说明'] : ['job', 'result', 'wage bill (10k CNY)', 'growth (%)', 'losers', 'note'];
  const csvRows = rows.map((r) => {
    const s = r.result?.summary;
    return [r.name, status(r.code), s ? (s.wageBill / 1e4).toFixed(1) : '', s ? (100 * s.wageBillGrowth).toFixed(2) : '', s ? s.losers : '', r.said];
  });
  await writeWhole(join(reports, 'summary.csv'), jobs.flatMap((j) => j.inputs), '\ufeff' + [csvHead, ...csvRows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n');
  const failed = rows.filter((r) => r.code !== 0).length;
  const widths = head.map((h, k) => Math.max(shown(h), ...table.map((r) => shown(r[k]!))));
  const pad = (c: string, k: number) => ' '.repeat(widths[k]! - shown(c));
  const line = (r: string[]) => r.map((c, k) => (k >= 2 && k <= 4 ? pad(c, k) + c : c + pad(c, k))).join('  ').trimEnd();
  const text = [
    line(head),
    ...table.map(line),
    '',
    zh ? `${rows.length} 项作业:${rows.length - failed} 项完成,${failed} 项未完成。报告在 ${reports}` : `${rows.length} jobs: ${rows.length - failed} done, ${failed} not done. Reports in ${reports}`,
  ].join('\n');
  const code = rows.some((r) => r.code === 1) ? 1 : failed ? 2 : 0;
  return { code, stdout: text + '\n', stderr: errors.length ? errors.join('\n') + '\n' : '' };
}
