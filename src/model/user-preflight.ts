// Reads and checks a user's model once, before any training process starts: a model that does not
// fit the dataset is one clear error, not the same crash in every run. It also gives the report
// the seeds that every training process supplies (the same ones: they come from `seed` and the
// file alone). Runs in a process of its own (runs/model-preflight.ts), never in the check's.
import * as tf from '@tensorflow/tfjs-core';
// A named import, used below: the bundler drops a bare import of a package it takes as free of side effects.
import { version_cpu } from '@tensorflow/tfjs-backend-cpu';
import type { Dataset } from '../contracts/dataset.js';
import type { TrainingSettings } from '../contracts/settings.js';
import { loadUserModel, type UserModel } from './user-model.js';

export async function preflightUserModel(
  settings: Pick<TrainingSettings, 'deterministic' | 'seed' | 'maxModelParameters'> & { model: string },
  dataset: Dataset,
): Promise<UserModel> {
  // No "use tfjs-node" banner and no debug checks in this process: it only builds the model once.
  tf.enableProdMode();
  if (!(await tf.setBackend('cpu'))) throw new Error(`the cpu backend (tfjs-backend-cpu ${version_cpu}) did not start`);
  return loadUserModel(settings.model, { seed: settings.deterministic ? settings.seed : null, dataset, maxParameters: settings.maxModelParameters });
}
