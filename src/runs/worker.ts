// The training process: one fresh process per job, so that "reproducible" means a new process
// gives the same numbers. It trains the folds it is given and reports each over IPC.
//
// Start-up is part of every process's cost, so tfjs (and all that needs it) starts loading as the
// process starts, before the job arrives; the dataset loads when the job comes (the parent sends
// it once the shared inflated copy of the images is ready: data/idx-files.ts), beside tfjs.
import { availableParallelism } from 'node:os';
import { type EnvironmentFingerprint } from '../contracts/run-result.js';
import { UserError } from '../util/user-error.js';
import { observedDeterminismVariables, oneDnnEnabled, tensorflowThreadPools } from '../determinism/environment.js';
import { machineFingerprint, readCpuHost } from '../util/cpu-host.js';
import { sendToParent, type FoldSteps, type WorkerJob } from './protocol.js';
import { CLASSES, loadSettingsDataset } from '../data/load.js';
import { kFoldSplits } from '../determinism/seeding.js';
import { errorMessage } from '../util/errors.js';

/** What every job needs; a user's model's loader (and the .keras archive reader it brings) only comes with a `model` (runs/worker.ts train). */
function importTraining() {
  return Promise.all([import('@tensorflow/tfjs-core'), import('../backends/select-backend.js'), import('../training/train.js')]);
}

async function train(job: WorkerJob, training: ReturnType<typeof importTraining>): Promise<void> {
  const { settings } = job;
  const userModelLoader = settings.model ? import('../model/user-model.js') : null;
  userModelLoader?.catch(() => {});
  const loading = performance.now();
  let datasetSeconds = 0;
  const datasetLoad = loadSettingsDataset(settings, job.inflatedImages).then((dataset) => {
    datasetSeconds = (performance.now() - loading) / 1000;
    return dataset;
  });
  // Awaited below, after the backend, whose errors come first as they always did.
  datasetLoad.catch(() => {});
  const [tf, { libtensorflowVersion, nativeGpuDevice, selectBackend }, { trainFold }] = await training;
  const backend = await selectBackend(job.backends, settings.threads);
  const native = backend.name === 'tensorflow';
  const nativePackage = backend.candidate?.backend === 'tensorflow' ? (backend.candidate.native ?? null) : null;
  const environment: EnvironmentFingerprint = {
    node: process.version,
    ...machineFingerprint(),
    tfjsVersion: tf.version_core,
    backend: backend.name,
    backendVersion: backend.version,
    backendDetail: backend.detail,
    threads: settings.threads,
    determinismVariables: observedDeterminismVariables(process.env),
    libtensorflowVersion: native ? libtensorflowVersion() : null,
    oneDnn: native ? oneDnnEnabled(process.env, readCpuHost(), nativePackage?.oneDnnBuiltIn ?? (process.platform === 'linux' && process.arch === 'x64')) : null,
    cudaVisibleDevices: process.env.CUDA_VISIBLE_DEVICES ?? null,
    nativePackage,
    tensorflowThreads: native ? tensorflowThreadPools(process.env, availableParallelism()) : null,
    gpuDevice: native ? nativeGpuDevice() : null,
  };
  const startupSeconds = performance.now() / 1000;
  await sendToParent({ type: 'started', environment, warnings: backend.warnings });
  const dataset = await datasetLoad;
  const { asFoldModel, loadUserModel } = (await userModelLoader) ?? {};
  const userModel =
    settings.model && asFoldModel && loadUserModel
      ? asFoldModel(
          await loadUserModel(settings.model, {
            seed: settings.deterministic ? settings.seed : null,
            dataset,
            unseeded: settings.unseeded,
            maxParameters: settings.maxModelParameters,
          }),
        )
      : undefined;
  const trace = settings.trace ?? 'epochs';
  const splits = kFoldSplits(dataset.count, settings.folds, settings.seed);
  let trainSeconds = 0;
  const tensorsAfterFold: number[] = [];
  for (const fold of job.folds) {
    let steps: FoldSteps = { fused: false, warnings: [] };
    const result = await trainFold(dataset, splits[fold], {
      epochs: settings.epochs,
      batchSize: settings.batchSize,
      validationSplit: settings.validationSplit,
      seed: settings.deterministic ? settings.seed : null,
      unseeded: settings.unseeded,
      classes: CLASSES,
      model: userModel,
      onEpoch: (progress) => void sendToParent({ type: 'epoch', progress }),
      trace,
      onTrace: trace === 'off' ? undefined : (checkpoint) => void sendToParent({ type: 'trace', checkpoint }),
      onSteps: (tally) => (steps = { fused: tally.fused > 0 && tally.tfjs === 0, warnings: tally.warnings }),
    });
    trainSeconds += result.trainSeconds ?? 0;
    tensorsAfterFold.push(tf.memory().numTensors);
    await sendToParent({ type: 'fold', result, steps });
  }
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  await sendToParent({ type: 'done', stats: { startupSeconds, datasetSeconds, trainSeconds, peakRssBytes, tensorsAfterFold } });
}

export function runWorker(): void {
  if (!process.send) {
    console.error('tf-repro: the training worker must be started by tf-repro, with an IPC channel');
    process.exit(2);
  }
  const training = importTraining();
  // A failed import is reported with the job, below.
  training.catch(() => {});
  process.once('message', (job: WorkerJob) => {
    train(job, training)
      .catch(async (error: unknown) => {
        const message = errorMessage(error);
        if (!(error instanceof UserError)) console.error(error);
        await sendToParent({ type: 'error', message }).catch(() => {});
        process.exitCode = 2;
      })
      .finally(() => process.disconnect());
  });
}
