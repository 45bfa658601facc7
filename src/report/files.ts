// Writes a report where the user asked: JSON (versioned), the experiment's text format, markdown.
// Each file goes to a temporary name first and all are renamed into place once all are written
// (util/user-files.ts writeFilesReplacing): a full disk leaves the earlier report as it was.
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Report } from '../contracts/report.js';
import { formatExperimentRun } from '../comparison/experiment-format.js';
import { renderSummaryMarkdown } from './render.js';
import { reportJson } from './report-json.js';
import { writeFilesReplacing } from '../util/user-files.js';

export const REPORT_FILE = 'report.json';
export const RESULTS_FILE = 'results.txt';
export const SUMMARY_FILE = 'summary.md';

/** Returns the JSON report's absolute path. */
export async function writeReportFiles(report: Report, directory: string): Promise<string> {
  const dir = resolve(directory);
  await mkdir(dir, { recursive: true });
  const withFolds = report.runs.filter((run) => run.folds.length > 0);
  // The experiment's format has loss and accuracy only: a command's other metrics have no place in it.
  const fits = withFolds.every((run) => run.folds.every((fold) => fold.metrics.loss !== undefined && fold.metrics.accuracy !== undefined));
  // An across report's runs are the legs' first runs: each leg's own results.txt has its runs.
  const results = fits && !report.across ? withFolds.map((run) => formatExperimentRun(new Date(run.startedAt), run.folds)).join('') : null;
  const reportPath = join(dir, REPORT_FILE);
  const files = new Map([
    [reportPath, reportJson(report)],
    [join(dir, SUMMARY_FILE), renderSummaryMarkdown(report)],
  ]);
  if (results !== null) files.set(join(dir, RESULTS_FILE), results);
  await writeFilesReplacing(files);
  // An earlier check's results.txt would not be this report's.
  if (results === null) await rm(join(dir, RESULTS_FILE), { force: true });
  return reportPath;
}
