// Runs produced by reading result files already written: our report.json, or the published
// experiment's text format. Runs are renumbered in the order given, across files.
import { readFile } from 'node:fs/promises';
import { REPORT_SCHEMA_VERSION, UserError, type Report, type RunResult } from '../contracts.js';
import { experimentRunsToRunResults, experimentTotalSeconds, parseExperimentText } from '../comparison/experiment-format.js';
import type { ProducedRuns } from './conclude.js';
import { errorMessage } from '../util/errors.js';

async function readResultFile(path: string): Promise<{ runs: RunResult[]; seconds: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read result file '${path}': ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`);
  }
  if (text.trimStart().startsWith('{')) {
    let report: Partial<Report>;
    try {
      report = JSON.parse(text) as Partial<Report>;
    } catch (error) {
      throw new UserError(`${path}: not valid JSON (${errorMessage(error)})`);
    }
    if (report.schemaVersion !== REPORT_SCHEMA_VERSION || !Array.isArray(report.runs)) {
      throw new UserError(`${path}: not a tf-repro report (expected schemaVersion ${REPORT_SCHEMA_VERSION} and a runs list)`);
    }
    return { runs: report.runs, seconds: report.durationSeconds ?? 0 };
  }
  const parsed = parseExperimentText(text, path);
  if (!parsed.ok) throw new UserError(parsed.error);
  return { runs: experimentRunsToRunResults(parsed.value, path), seconds: experimentTotalSeconds(parsed.value.runs.map((run) => run.timestamp)) };
}

export async function produceRunsFromFiles(paths: string[], tolerance: number): Promise<ProducedRuns> {
  const files = await Promise.all(paths.map(readResultFile));
  return {
    settings: { tolerance },
    tolerance,
    source: paths.join(', '),
    runs: files.flatMap((file) => file.runs).map((run, index) => ({ ...run, run: index + 1 })),
    durationSeconds: files.reduce((sum, file) => sum + file.seconds, 0),
    warnings: [],
  };
}
