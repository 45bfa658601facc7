// The report directory: made and checked before a check starts, so that no check runs for a report
// it cannot write, and written at the end with an error that says where and why.
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError, type Report } from '../contracts.js';
import { writeReportFiles } from '../report/files.js';
import { renderJunit, renderJunitError } from '../report/junit.js';
import { makeWritableDirectory } from '../util/directories.js';
import { errorMessage } from '../util/errors.js';

/** Creates the directory (and its parents) and checks that a file can be written in it. */
export async function prepareReportDir(dir: string | null): Promise<void> {
  if (dir === null) return;
  const problem = await makeWritableDirectory(dir);
  if (problem !== null) throw new UserError(`'report-dir': ${dir} cannot be used (${problem}); give a directory that can be created and written`);
}

/** writeReportFiles, with a failure (a full disk, the directory removed meanwhile) as one clear error. Returns report.json's path. */
export async function saveReport(report: Report, dir: string): Promise<string> {
  try {
    return await writeReportFiles(report, dir);
  } catch (error) {
    throw new UserError(`'report-dir': the report could not be written in ${dir} (${errorMessage(error)})`);
  }
}

/**
 * Writes the verdict as JUnit XML to `path` (the junit-file input, --junit): under a temporary name
 * beside it, then renamed, so a reader never sees half a file. `report` null: the check stopped
 * before it had one, and `error` says why. Returns the absolute path.
 */
export async function saveJunit(path: string, report: Report | null, error = ''): Promise<string> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const existing = await lstat(target).catch(() => null);
    if (existing !== null && !existing.isFile()) throw new Error('it exists and is not a regular file');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, report === null ? renderJunitError(error) : renderJunit(report), { flag: 'wx' });
    await rename(temporary, target);
    return target;
  } catch (failure) {
    await rm(temporary, { force: true });
    throw new UserError(
      `'junit-file': the JUnit report could not be written to ${path} (${errorMessage(failure)}); give a file path in a directory that can be written`,
    );
  }
}
