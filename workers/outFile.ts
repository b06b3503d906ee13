/**
 * The CLI's output files, written whole or not at all.
 *
 * - An `--out` that is the same file as one of the run's inputs (by device and
 *   inode, so another name, a symbolic or a hard link counts too) is refused
 *   before any work: the pay sheet is never replaced by the results.
 * - The file is written to a temporary file beside the target and renamed
 *   into place only when it is whole. Whether one can be made there is tried
 *   before the computation (so a folder that cannot be written is said at
 *   once, not after minutes of work); it is made when the bytes are ready. Two
 *   runs writing the same target leave one of their files, whole; a run that
 *   fails, is interrupted (Ctrl-C) or finds the disk full removes its
 *   temporary file and leaves the target as it was.
 * - A symbolic link as the target is written through (the file it points to
 *   is replaced); a target that is not an ordinary file (a device, a pipe) is
 *   refused.
 */
import { closeSync, constants, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, chmodSync, createWriteStream, type Stats } from 'node:fs';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../models/errors';

/**
 * Temporary files being written: removed when the process ends in a way it
 * can see. While one is written, Ctrl-C (and a polite kill) removes it and
 * ends the run as the signal would; outside of writing the signals keep their
 * usual effect, so a long computation stops at once when asked.
 */
const pending = new Set<string>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
const onSignal = {} as Record<keyof typeof SIGNALS, () => void>;
for (const [sig, code] of Object.entries(SIGNALS) as [keyof typeof SIGNALS, number][]) {
  onSignal[sig] = () => {
    for (const t of [...pending]) removeQuietly(t);
    process.exit(code);
  };
}
const onExit = () => {
  for (const t of [...pending]) removeQuietly(t);
};

function track(temp: string): void {
  if (pending.size === 0) {
    process.once('exit', onExit);
    for (const sig of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(sig, onSignal[sig]);
  }
  pending.add(temp);
}

function untrack(temp: string): void {
  if (!pending.delete(temp) || pending.size > 0) return;
  process.off('exit', onExit);
  for (const sig of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.off(sig, onSignal[sig]);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
  untrack(path);
}

const WHY: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'there is no permission to write there',
  EPERM: 'there is no permission to write there',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
  ENAMETOOLONG: 'the name is too long',
};

/** A failed write said in one sentence, with the system's code for whoever helps the user; never a stack. */
export function writeProblem(target: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why = (code && WHY[code]) ?? (e instanceof Error ? e.message : String(e));
  return new InputError(`--out ${target}: the file cannot be written: ${why}${code ? ` (${code})` : ''}. Nothing was written; ${target} is as it was.`);
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

export interface OutFile {
  /** The file the user named (through a link, the file it points to). */
  readonly target: string;
  /** Where the bytes go until they are whole. */
  readonly temp: string;
  /** Lets `produce` write chunks to the temporary file (each write waits on a full pipe); a system error is said as a write problem. */
  stream(produce: (write: (chunk: Uint8Array | string) => Promise<void>) => Promise<void>): Promise<void>;
  /** Writes the bytes to the temporary file. */
  write(bytes: Uint8Array): Promise<void>;
  /** Renames the whole file into place. */
  commit(): void;
  /** Removes the temporary file (nothing to do after commit). */
  discard(): void;
}

/**
 * Checks `--out` against the inputs and makes its temporary file; call before
 * the work. Inputs that do not exist are skipped (their own reader says so).
 */
export function openOut(out: string, inputs: readonly string[]): OutFile {
  const named = resolve(out);
  let target = named;
  let existing: Stats | null = null;
  try {
    if (lstatSync(named).isSymbolicLink()) target = realpathSync(named);
    existing = statSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw writeProblem(out, e);
  }
  if (existing && !existing.isFile()) throw new InputError(`--out ${out}: this is not an ordinary file (a device, a pipe or the like); give a file name to write`);
  if (existing) {
    for (const input of inputs) {
      const s = statOrNull(input);
      if (s && s.dev === existing.dev && s.ino === existing.ino) {
        throw new InputError(`--out ${out}: this is the same file as the input ${input}; writing the results there would replace it. Give another file name for --out`);
      }
    }
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  // Can a file be made there? Tried now, before the work; the file itself is made when the bytes are ready.
  const create = () => closeSync(openSync(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o666));
  try {
    create();
    unlinkSync(temp);
  } catch (e) {
    throw writeProblem(out, e);
  }
  let done = false;
  const fail = (e: unknown): never => {
    throw writeProblem(out, e);
  };
  const stream = async (produce: (write: (chunk: Uint8Array | string) => Promise<void>) => Promise<void>) => {
    try {
      create();
    } catch (e) {
      fail(e);
    }
    track(temp);
    const s = createWriteStream(temp);
    const failed = new Promise<never>((_, reject) => s.once('error', reject));
    failed.catch(() => undefined);
    try {
      await produce(async (chunk) => {
        if (!s.write(chunk)) await Promise.race([once(s, 'drain'), failed]);
      });
      s.end();
      await Promise.race([once(s, 'finish'), failed]);
    } catch (e) {
      s.destroy();
      // A system error (one with an errno code: ENOSPC, EIO …) is the disk's; anything else is the program's own and stays as it is.
      if ((e as NodeJS.ErrnoException)?.code) fail(e);
      throw e;
    }
  };
  return {
    target,
    temp,
    stream,
    write: (bytes) => stream((w) => w(bytes)),
    commit() {
      if (done) return;
      try {
        // On the disk before it has the user's name: a crash just after the rename leaves the whole file.
        const fd = openSync(temp, 'r+');
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        if (existing) chmodSync(temp, existing.mode & 0o7777);
        renameSync(temp, target);
      } catch (e) {
        removeQuietly(temp);
        fail(e);
      }
      untrack(temp);
      done = true;
    },
    discard() {
      if (done) return;
      removeQuietly(temp);
      done = true;
    },
  };
}
