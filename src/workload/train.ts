// One fold of the experiment: fit(epochs, batch_size, validation_split) then evaluate on the
// held-out fold. Our own loop instead of model.fit, so that every epoch's shuffle is ours
// (model.fit shuffles with Math.random) and pixels stay uint8 until a batch is built.
import { createHash } from 'node:crypto';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { FoldResult } from '../contracts.js';
import type { Dataset } from './dataset.js';
import { createDefaultModel } from './model.js';
import { deriveSeed, permutation, seedMathRandom, seededRandom, type FoldSplit } from './seeding.js';

export interface FoldTrainingOptions {
  epochs: number;
  batchSize: number;
  validationSplit: number;
  /** null: the non-deterministic baseline (no seeds anywhere). */
  seed: number | null;
  classes: number;
  onEpoch?: (progress: EpochProgress) => void;
}

export interface EpochProgress {
  fold: number;
  epoch: number;
  epochs: number;
  loss: number;
  valLoss: number | null;
  valAccuracy: number | null;
}

const PIXEL_SCALE = 1 / 255;

/** Scales the chosen images to [0, 1] floats only for the batch in hand. */
function batchTensors(dataset: Dataset, indices: ArrayLike<number>, from: number, to: number): [tf.Tensor, tf.Tensor] {
  const size = dataset.rows * dataset.cols;
  const count = to - from;
  const pixels = new Float32Array(count * size);
  const labels = new Float32Array(count);
  for (let b = 0; b < count; b++) {
    const image = indices[from + b];
    const offset = image * size;
    for (let p = 0; p < size; p++) pixels[b * size + p] = dataset.images[offset + p] * PIXEL_SCALE;
    labels[b] = dataset.labels[image];
  }
  return [tf.tensor3d(pixels, [count, dataset.rows, dataset.cols]), tf.tensor2d(labels, [count, 1])];
}

/** Mean loss and accuracy over `indices`, in batches, weighted by batch size like Keras' evaluate. */
export async function evaluate(model: tfl.LayersModel, dataset: Dataset, indices: ArrayLike<number>, batchSize: number): Promise<{ loss: number; accuracy: number }> {
  let lossSum = 0;
  let accuracySum = 0;
  for (let from = 0; from < indices.length; from += batchSize) {
    const to = Math.min(from + batchSize, indices.length);
    const [x, y] = batchTensors(dataset, indices, from, to);
    const scores = model.evaluate(x, y, { batchSize: to - from }) as tf.Scalar[];
    const [loss, accuracy] = await Promise.all(scores.map((s) => s.data()));
    lossSum += loss[0] * (to - from);
    accuracySum += accuracy[0] * (to - from);
    tf.dispose([x, y, ...scores]);
  }
  return { loss: lossSum / indices.length, accuracy: accuracySum / indices.length };
}

/** SHA-256 of every weight's float32 bytes, in layer order, shapes included. */
export function weightsDigest(model: tfl.LayersModel): string {
  const hash = createHash('sha256');
  for (const weight of model.getWeights()) {
    const values = weight.dataSync() as Float32Array;
    hash.update(`${weight.shape.join('x')}:`);
    hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }
  return hash.digest('hex');
}

export async function trainFold(dataset: Dataset, split: FoldSplit, options: FoldTrainingOptions): Promise<FoldResult> {
  const started = performance.now();
  const { seed } = options;
  const restoreMathRandom = seed === null ? () => {} : seedMathRandom(deriveSeed(seed, 'fold', split.fold, 'math-random'));
  const model = createDefaultModel({ seed: seed === null ? null : deriveSeed(seed, 'fold', split.fold), rows: dataset.rows, cols: dataset.cols, classes: options.classes });
  try {
    // Keras' validation_split holds out the last part of the training data, before shuffling.
    const fitCount = Math.floor(split.train.length * (1 - options.validationSplit));
    const fitIndices = split.train.subarray(0, fitCount);
    const validationIndices = split.train.subarray(fitCount);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const random = seed === null ? Math.random : seededRandom(deriveSeed(seed, 'fold', split.fold, 'epoch', epoch));
      const order = permutation(fitCount, random);
      const shuffled = new Uint32Array(fitCount);
      for (let i = 0; i < fitCount; i++) shuffled[i] = fitIndices[order[i]];
      let lossSum = 0;
      for (let from = 0; from < fitCount; from += options.batchSize) {
        const to = Math.min(from + options.batchSize, fitCount);
        const [x, y] = batchTensors(dataset, shuffled, from, to);
        const [loss] = (await model.trainOnBatch(x, y)) as number[];
        lossSum += loss * (to - from);
        tf.dispose([x, y]);
      }
      const validation = validationIndices.length > 0 ? await evaluate(model, dataset, validationIndices, options.batchSize) : null;
      options.onEpoch?.({
        fold: split.fold,
        epoch: epoch + 1,
        epochs: options.epochs,
        loss: lossSum / fitCount,
        valLoss: validation?.loss ?? null,
        valAccuracy: validation?.accuracy ?? null,
      });
    }
    const metrics = await evaluate(model, dataset, split.test, options.batchSize);
    return { fold: split.fold, metrics, weightsSha256: weightsDigest(model), trainSeconds: (performance.now() - started) / 1000 };
  } finally {
    model.dispose();
    restoreMathRandom();
  }
}
