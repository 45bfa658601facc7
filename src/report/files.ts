// Writes a report where the user asked: JSON (versioned), the experiment's text format, markdown.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Report } from '../contracts.js';
import { formatExperimentRun } from '../comparison/experiment-format.js';
import { renderSummaryMarkdown } from './markdown.js';

export const REPORT_FILE = 'report.json';
export const RESULTS_FILE = 'results.txt';
export const SUMMARY_FILE = 'summary.md';

/** Returns the JSON report's absolute path. */
export async function writeReportFiles(report: Report, directory: string): Promise<string> {
  const dir = resolve(directory);
  await mkdir(dir, { recursive: true });
  const results = report.runs
    .filter((run) => run.folds.length > 0)
    .map((run) => formatExperimentRun(new Date(run.startedAt), run.folds))
    .join('');
  const reportPath = join(dir, REPORT_FILE);
  await Promise.all([
    writeFile(reportPath, JSON.stringify(report, null, 2) + '\n'),
    writeFile(join(dir, RESULTS_FILE), results),
    writeFile(join(dir, SUMMARY_FILE), renderSummaryMarkdown(report)),
  ]);
  return reportPath;
}
