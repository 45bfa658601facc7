// The engine behind both the action and the CLI: validate, train every run in a fresh process,
// compare, report. Nothing here knows about the runner or the terminal.
import { join, resolve } from 'node:path';
import type { CheckSettings, Report, TrainingSettings } from './contracts.js';
import { compareRuns } from './comparison/compare.js';
import { entryScript } from './paths.js';
import { buildReport } from './report/build.js';
import { trainRuns, workerCount, type RunHooks } from './runs/training-processes.js';
import { idxDatasetLooksFine, prepareInflatedImages } from './workload/idx-files.js';
import { CLASSES, loadSettingsDataset } from './workload/load.js';
import { runCommandCheck } from './command-check.js';
import { provisionBackends } from './provision/provision.js';

export interface CheckOptions {
  hooks?: RunHooks;
  /** Progress lines of the preparation (provisioning the native backend). */
  log?: (line: string) => void;
  /** Defaults to this program's own entry script. */
  entryScript?: string;
}

export function trainingSettings(settings: CheckSettings): TrainingSettings {
  const { tolerance: _tolerance, failOnMismatch: _fail, reportDir: _dir, parallel: _parallel, command: _command, ...training } = settings;
  return training;
}

export async function runCheck(settings: CheckSettings, options: CheckOptions = {}): Promise<Report> {
  if (settings.command) return runCommandCheck({ ...settings, command: settings.command }, options.hooks);
  const started = performance.now();
  // The training processes may start elsewhere; they get the model file by its absolute path.
  if (settings.model) settings = { ...settings, model: resolve(settings.model) };
  // A bad dataset (or a model that does not fit it) is one clear error here, not the same crash in every training process.
  // For the default model the headers usually suffice (idx-files.ts): no 60,000 images loaded here.
  const quick = !settings.model && (await idxDatasetLooksFine(settings, CLASSES));
  // Inflated once here while the training processes start, then read by each (idx-files.ts).
  const inflated = prepareInflatedImages(settings);
  const dataset = quick ? null : await loadSettingsDataset(settings);
  const model = settings.model ? await (await import('./workload/user-preflight.js')).preflightUserModel({ ...settings, model: settings.model }, dataset!) : null;
  // The native backend is installed (once per runner) and the GPUs found before any process starts.
  const provisioned = await provisionBackends(settings.backend, options.log);
  const first = provisioned.candidates[0];
  const gpus = first?.backend === 'tensorflow' && first.flavor === 'gpu' ? provisioned.machine.gpus : [];
  const runs = await trainRuns(trainingSettings(settings), {
    entryScript: options.entryScript ?? entryScript,
    logDir: settings.reportDir === null ? null : join(settings.reportDir, 'logs'),
    hooks: options.hooks,
    workers: workerCount(settings.parallel, settings, gpus.length),
    ready: inflated,
    backends: provisioned.candidates,
    gpus,
  });
  for (const run of runs) if (run.environment && provisioned.machine.gpus.length > 0) Object.assign(run.environment, provisioned.machine);
  const comparison = compareRuns(runs, settings.tolerance);
  const data = settings.dataset === null ? 'the embedded MNIST digits' : settings.dataset;
  const report = buildReport({
    settings,
    source: model ? `model ${settings.model} (${model.description}) on ${data}` : `default workload on ${data}`,
    runs,
    comparison,
    durationSeconds: (performance.now() - started) / 1000,
    warnings: [...provisioned.warnings, ...(model?.warnings ?? [])],
  });
  if (model) report.suppliedSeeds = model.seeds;
  return report;
}
