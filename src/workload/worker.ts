// The training process: one fresh process per job, so that "reproducible" means a new process
// gives the same numbers. It trains the folds it is given and reports each over IPC.
import { cpus } from 'node:os';
import * as tf from '@tensorflow/tfjs-core';
import { UserError, type EnvironmentFingerprint } from '../contracts.js';
import { observedDeterminismVariables } from '../runs/determinism.js';
import type { WorkerJob, WorkerMessage } from '../runs/protocol.js';
import { selectBackend } from './backend.js';
import { CLASSES, loadSettingsDataset } from './load.js';
import { kFoldSplits } from './seeding.js';
import { trainFold } from './train.js';

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));
}

async function train(job: WorkerJob): Promise<void> {
  const { settings } = job;
  const backend = await selectBackend(settings.backend, settings.threads);
  const environment: EnvironmentFingerprint = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus().length,
    tfjsVersion: tf.version_core,
    backend: backend.name,
    backendVersion: backend.version,
    backendDetail: backend.detail,
    threads: settings.threads,
    determinismVariables: observedDeterminismVariables(process.env),
  };
  await send({ type: 'started', environment, warnings: backend.warnings });
  const dataset = await loadSettingsDataset(settings);
  const splits = kFoldSplits(dataset.count, settings.folds, settings.seed);
  for (const fold of job.folds) {
    const result = await trainFold(dataset, splits[fold], {
      epochs: settings.epochs,
      batchSize: settings.batchSize,
      validationSplit: settings.validationSplit,
      seed: settings.deterministic ? settings.seed : null,
      classes: CLASSES,
      onEpoch: (progress) => void send({ type: 'epoch', progress }),
    });
    await send({ type: 'fold', result });
  }
  await send({ type: 'done' });
}

export function runWorker(): void {
  if (!process.send) {
    console.error('tf-repro: the training worker must be started by tf-repro, with an IPC channel');
    process.exit(2);
  }
  process.once('message', (job: WorkerJob) => {
    train(job)
      .catch(async (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!(error instanceof UserError)) console.error(error);
        await send({ type: 'error', message, userError: error instanceof UserError }).catch(() => {});
        process.exitCode = 2;
      })
      .finally(() => process.disconnect());
  });
}
