// The report directory: made and checked before a check starts, so that no check runs for a report
// it cannot write, and written at the end with an error that says where and why.
import { UserError, type Report } from '../contracts.js';
import { writeReportFiles } from '../report/files.js';
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
