// The engine behind both the action and the CLI: produce the runs (train them, run the user's
// command, or read result files), then compare and report (conclude.ts). Nothing here knows
// about the runner or the terminal.
import type { CheckSettings, Report } from '../contracts.js';
import { produceCommandRuns } from './command-source.js';
import { concludeCheck } from './conclude.js';
import { produceRunsFromFiles } from './result-files.js';
import { produceTrainedRuns, type TrainingOptions } from './training-source.js';

export type CheckOptions = TrainingOptions;

/** Trains (or runs the command) `runs` times and compares. */
export async function runCheck(settings: CheckSettings, options: CheckOptions = {}): Promise<Report> {
  const produced = settings.command ? await produceCommandRuns({ ...settings, command: settings.command }, options.hooks) : await produceTrainedRuns(settings, options);
  return concludeCheck(produced);
}

/** Compares runs already written to result files (report.json, or the experiment's text format). */
export async function compareResultFiles(paths: string[], tolerance: number): Promise<Report> {
  return concludeCheck(await produceRunsFromFiles(paths, tolerance));
}
