// The engine behind both the action and the CLI: validate, train every run in a fresh process,
// compare, report. Nothing here knows about the runner or the terminal.
import { join } from 'node:path';
import type { CheckSettings, Report, TrainingSettings } from './contracts.js';
import { compareRuns } from './comparison/compare.js';
import { entryScript } from './paths.js';
import { buildReport } from './report/build.js';
import { trainRuns, type RunHooks } from './runs/training-processes.js';
import { loadSettingsDataset } from './workload/load.js';

export interface CheckOptions {
  hooks?: RunHooks;
  /** Defaults to this program's own entry script. */
  entryScript?: string;
}

export function trainingSettings(settings: CheckSettings): TrainingSettings {
  const { tolerance: _tolerance, failOnMismatch: _fail, reportDir: _dir, ...training } = settings;
  return training;
}

export async function runCheck(settings: CheckSettings, options: CheckOptions = {}): Promise<Report> {
  const started = performance.now();
  // A bad dataset is one clear error here, not the same crash in every training process.
  await loadSettingsDataset(settings);
  const runs = await trainRuns(trainingSettings(settings), {
    entryScript: options.entryScript ?? entryScript,
    logDir: settings.reportDir === null ? null : join(settings.reportDir, 'logs'),
    hooks: options.hooks,
  });
  const comparison = compareRuns(runs, settings.tolerance);
  return buildReport({
    settings,
    source: settings.dataset === null ? 'default workload on the embedded MNIST digits' : `default workload on ${settings.dataset}`,
    runs,
    comparison,
    durationSeconds: (performance.now() - started) / 1000,
  });
}
