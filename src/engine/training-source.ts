// Runs produced by training here: the default workload or the user's model file, every run's
// folds in fresh processes (runs/training-processes.ts), after the dataset and the backend were
// checked once in this process, and the model once in a fresh process (runs/model-preflight.ts).
// The same preparation serves every training a check does: the runs, the narrowing re-train, the
// runs without the settings (compare-nondeterministic) and the diagnosis's trials.
import { join, resolve } from 'node:path';
import type { RunResult } from '../contracts/run-result.js';
import type { CheckSettings, TrainingSettings } from '../contracts/settings.js';
import { idxDatasetLooksFine, prepareInflatedImages, removeInflatedImages } from '../data/idx-files.js';
import { CLASSES, loadSettingsDataset } from '../data/load.js';
import { entryScript } from '../paths.js';
import { provisionBackends, resolveLibtensorflowInput } from '../provision/provision.js';
import { preflightModel } from '../runs/model-preflight.js';
import { trainRuns, workerCount, type RunHooks } from '../runs/training-processes.js';
import type { ProducedRuns } from './conclude.js';
import { explainRuns } from './explain.js';
import type { Trainer } from './trainer.js';
import type { LibtensorflowSource } from '../provision/libtensorflow-source.js';
import { shardFolds } from '../comparison/shards.js';
import { shardHeader } from './shards.js';

export interface TrainingOptions {
  hooks?: RunHooks;
  /** Progress lines of the preparation (provisioning the native backend). */
  log?: (line: string) => void;
  /** Defaults to this program's own entry script. */
  entryScript?: string;
}

export function trainingSettings(settings: CheckSettings): TrainingSettings {
  const {
    tolerance: _tolerance,
    failOnMismatch: _fail,
    reportDir: _dir,
    parallel: _parallel,
    command: _command,
    failFast: _failFast,
    compareNondeterministic: _compare,
    diagnose: _diagnose,
    diagnoseBudgetMinutes: _budget,
    diagnoseVariables: _diagnoseVariables,
    libtensorflow: _libtensorflow,
    shard: _shard,
    label: _label,
    across: _across,
    failOnCrossRunnerDifference: _failAcross,
    baseline: _baseline,
    baselineArtifact: _baselineArtifact,
    failOnDrift: _failOnDrift,
    vary: _vary,
    failOnVariation: _failOnVariation,
    ...training
  } = settings;
  return training;
}

export async function produceTrainedRuns(settings: CheckSettings, options: TrainingOptions & { signal?: AbortSignal }): Promise<ProducedRuns> {
  const started = performance.now();
  // The training processes may start elsewhere; they get the model file by its absolute path.
  if (settings.model) settings = { ...settings, model: resolve(settings.model) };
  // A shard leg trains its share of the folds, every run of each (comparison/shards.ts).
  if (settings.shard) settings = { ...settings, onlyFolds: shardFolds(settings.shard, settings.folds) };
  // A wrong libtensorflow is said before anything slower runs (python3 asked, the folder or wheel read).
  const library = settings.libtensorflow ? await resolveLibtensorflowInput(settings.libtensorflow) : null;
  try {
    return await trainPrepared(settings, options, started, library);
  } finally {
    await library?.close();
  }
}

async function trainPrepared(
  settings: CheckSettings,
  options: TrainingOptions & { signal?: AbortSignal },
  started: number,
  library: LibtensorflowSource | null,
): Promise<ProducedRuns> {
  // A bad dataset (or a model that does not fit it) is one clear error here, not the same crash in every training process.
  // For the default model the headers usually suffice (data/idx-files.ts): no 60,000 images loaded here.
  const quick = !settings.model && (await idxDatasetLooksFine(settings, CLASSES));
  // Inflated once here while the training processes start, then read by each (data/idx-files.ts).
  const inflated = prepareInflatedImages(settings);
  const entry = options.entryScript ?? entryScript;
  try {
    // A model is user code: it is checked, with the dataset, in a process of its own, never in this one.
    if (!settings.model && !quick) await loadSettingsDataset(settings);
    const model = settings.model ? await preflightModel({ ...trainingSettings(settings), model: settings.model }, entry) : null;
    // What merge checks of a shard's report: the digests of its settings and of the data as trained.
    const shard = settings.shard ? await shardHeader({ ...settings, shard: settings.shard }, await inflated) : null;
    // The native backend is installed (once per runner) and the GPUs found before any process starts.
    const provisioned = await provisionBackends(settings.backend, options.log, process.env, library);
    const first = provisioned.candidates[0];
    const gpus = first?.backend === 'tensorflow' && first.flavor === 'gpu' ? provisioned.machine.gpus : [];
    const base = trainingSettings(settings);
    const logDir = settings.reportDir === null ? null : join(settings.reportDir, 'logs');
    const trainer: Trainer = {
      kind: 'training',
      train: async (changes, run) => {
        // A varied run's processes may start in another directory: the dataset goes by its absolute path.
        const training = { ...base, ...changes, ...(run.variation && base.dataset !== null ? { dataset: resolve(base.dataset) } : {}) };
        const runs: RunResult[] = await trainRuns(training, {
          entryScript: entry,
          // Only the check's own runs write run-N.log; a re-train or a trial would overwrite them.
          logDir: run.purpose === 'check' ? logDir : null,
          hooks: run.hooks,
          workers: workerCount(settings.parallel, training, gpus.length),
          ready: inflated,
          backends: provisioned.candidates,
          gpus,
          stop: run.stop,
          sideBySide: run.sideBySide,
          variation: run.variation,
        });
        for (const result of runs) if (result.environment && provisioned.machine.gpus.length > 0) Object.assign(result.environment, provisioned.machine);
        return runs;
      },
    };
    const explained = await explainRuns(settings, trainer, { hooks: options.hooks, signal: options.signal, log: options.log });
    const data = settings.dataset === null ? 'the embedded MNIST digits' : settings.dataset;
    return {
      settings,
      tolerance: settings.tolerance,
      source: model ? `model ${settings.model} (${model.description}) on ${data}` : `default workload on ${data}`,
      durationSeconds: (performance.now() - started) / 1000,
      ...explained,
      warnings: [...provisioned.warnings, ...(model?.warnings ?? []), ...explained.warnings],
      ...(model ? { suppliedSeeds: model.seeds } : {}),
      ...(shard ? { shard } : {}),
    };
  } finally {
    // The copy was for this check's processes alone.
    await removeInflatedImages(await inflated);
  }
}
