// The report directory: made and checked before a check starts, so that no check runs for a report
// it cannot write, and written at the end with an error that says where and why. While a check
// runs, the directory holds a lock file naming its process, so that a second check given the same
// directory stops at once with an error rather than mixing its logs and report with the first's
// (the last writer used to win silently). The lock is removed when the process exits; one left by
// a check that was killed (SIGKILL) is taken over when its process is gone. Nothing else in the
// directory's layout changes: report-path, the baseline lookup and across's globs rely on it.
import { constants, lstatSync, unlinkSync } from 'node:fs';
import { link, lstat, mkdir, open, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { type Report } from '../contracts/report.js';
import { UserError } from '../util/user-error.js';
import { writeReportFiles } from '../report/files.js';
import { renderJunit, renderJunitError } from '../report/junit.js';
import { makeWritableDirectory } from '../util/directories.js';
import { excerpt } from '../util/text.js';
import { ioCause, readRegularFile, writeFilesReplacing } from '../util/user-files.js';

/** The lock file's name: hidden, and matched by no glob of report.json. */
export const LOCK_FILE = '.tf-repro.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** The lock files this process holds, by path, with their inode (removed at exit only while still ours). */
const held = new Map<string, bigint>();

function releaseAll(): void {
  for (const [path, ino] of held) {
    try {
      if (lstatSync(path, { bigint: true }).ino === ino) unlinkSync(path);
    } catch {
      // Gone already.
    }
  }
  held.clear();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds a lock file: null when it is not a lock tf-repro wrote whole (then nobody does). */
async function ownerOf(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse((await readRegularFile(path, 4096)).toString('utf8')) as Partial<LockOwner>;
    return Number.isSafeInteger(owner.pid) && typeof owner.host === 'string' && typeof owner.since === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/**
 * Takes the directory's lock for this process, or throws UserError naming the check that holds it.
 * The lock's content is written under a temporary name and linked into place, which fails where a
 * lock exists: a lock is never seen half written.
 */
async function lockReportDir(dir: string): Promise<void> {
  const path = join(dir, LOCK_FILE);
  if (held.has(path)) return;
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const temporary = join(dir, `${LOCK_FILE}.${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const file = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      await file.writeFile(`${JSON.stringify(me)}\n`);
    } finally {
      await file.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await link(temporary, path);
        if (held.size === 0) process.once('exit', releaseAll);
        held.set(path, (await lstat(path, { bigint: true })).ino);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = await ownerOf(path);
      // Our own pid in a lock we do not hold: a killed process's, whose pid was given to us since.
      const stale = owner === null || (owner.host === me.host && (owner.pid === me.pid || !isAlive(owner.pid)));
      if (stale && attempt === 0) {
        await rm(path, { force: true });
        continue;
      }
      const who = owner === null ? 'another check' : `another check (process ${owner.pid} on ${excerpt(owner.host)}, since ${excerpt(owner.since)})`;
      throw new UserError(
        `'report-dir': ${dir} is in use by ${who}; give each check a report-dir of its own, or wait for that one to end (remove ${path} if no check is running)`,
      );
    }
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Creates the directory (and its parents), checks that a file can be written in it, and takes its lock for this process. */
export async function prepareReportDir(dir: string | null): Promise<void> {
  if (dir === null) return;
  const problem = await makeWritableDirectory(dir);
  if (problem !== null) throw new UserError(`'report-dir': ${dir} cannot be used (${problem}); give a directory that can be created and written`);
  try {
    await lockReportDir(resolve(dir));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`'report-dir': ${dir} cannot be used (${ioCause(error)}); give a directory that can be created and written`);
  }
}

/**
 * writeReportFiles, with a failure (a full disk, the directory removed meanwhile) as one clear
 * error; the earlier report there, if any, is left whole. Returns report.json's path.
 */
export async function saveReport(report: Report, dir: string): Promise<string> {
  try {
    return await writeReportFiles(report, dir);
  } catch (error) {
    throw new UserError(
      `'report-dir': the report could not be written in ${dir} (${ioCause(error)}); the files an earlier check wrote there are left as they were`,
    );
  }
}

/**
 * Writes the verdict as JUnit XML to `path` (the junit-file input, --junit), replacing what was
 * there only once it is written whole. `report` null: the check stopped before it had one, and
 * `error` says why. Returns the absolute path.
 */
/** The JUnit file itself could not be written: there is then no writing the error into it either. */
export class JunitFileError extends UserError {}

export async function saveJunit(path: string, report: Report | null, error = ''): Promise<string> {
  const target = resolve(path);
  try {
    // A FIFO or link there is replaced, never written through; a directory there is an error (writeFilesReplacing).
    await mkdir(dirname(target), { recursive: true });
    await writeFilesReplacing(new Map([[target, report === null ? renderJunitError(error) : renderJunit(report)]]));
    return target;
  } catch (failure) {
    throw new JunitFileError(
      `'junit-file': the JUnit report could not be written to ${path} (${ioCause(failure)}); give a file path in a directory that can be written`,
    );
  }
}
