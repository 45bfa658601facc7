// One fold of the experiment: fit(epochs, batch_size, validation_split) then evaluate on the
// held-out fold. Our own loop instead of model.fit, so that every epoch's shuffle is ours
// (model.fit shuffles with Math.random) and pixels stay uint8 until a batch is built.
import { createHash } from 'node:crypto';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Dataset } from '../contracts/dataset.js';
import type { EpochProgress, FoldResult, TraceCheckpoint } from '../contracts/run-result.js';
import type { SeedingPart, TraceDetail } from '../contracts/settings.js';
import { createDefaultModel } from '../model/default-model.js';
import type { FoldModel } from '../model/fold-model.js';
import { freshSeed } from '../model/fresh-seed.js';
import { deriveSeed, permutation, seedMathRandom, seededRandom, type FoldSplit } from '../determinism/seeding.js';
import { variableDigester } from './variable-digests.js';
import { fusedTrainStep } from './fused-step.js';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { simdFor } from '../backends/kernels/wasm-simd.js';

export interface FoldTrainingOptions {
  epochs: number;
  batchSize: number;
  validationSplit: number;
  /** null: unpinned runs, `deterministic: false` (no seeds anywhere). */
  seed: number | null;
  /**
   * With a seed: the seedings left off (diagnose). Each draws from the system's entropy as it
   * would without tf-repro, never from Math.random, which is seeded per fold.
   */
  unseeded?: readonly SeedingPart[];
  classes: number;
  onEpoch?: (progress: EpochProgress) => void;
  /** Checkpoints of the variables' digests, as each is recorded; none without it. */
  onTrace?: (checkpoint: TraceCheckpoint) => void;
  /** How often onTrace is called; 'epochs' when absent. */
  trace?: TraceDetail;
  /** A user's model in place of the default CNN (model/user-model.ts): how to build it and feed it. */
  model?: FoldModel;
  /** Which path the fold's training steps took (trainStep's tally), when the fold is trained. */
  onSteps?: (tally: StepTally) => void;
}

/** Each uint8 pixel value as the float32 that value / 255 gives, looked up instead of divided. */
const PIXEL_VALUES = Float32Array.from({ length: 256 }, (_, v) => v * (1 / 255));

/** Float32 room for one batch, filled again for every batch (tfjs copies or forgets it once x is disposed). */
export interface BatchBuffer {
  pixels: Float32Array;
  labels: Float32Array;
}

export function batchBuffer(dataset: Dataset, batchSize: number, layout?: FoldModel): BatchBuffer {
  const labelSize = layout?.labels === 'one-hot' ? layout.units : 1;
  return { pixels: new Float32Array(batchSize * dataset.rows * dataset.cols), labels: new Float32Array(batchSize * labelSize) };
}

/** Scales the chosen images to [0, 1] floats only for the batch in hand (float32 data is taken as it is). */
export function batchTensors(
  dataset: Dataset,
  indices: ArrayLike<number>,
  from: number,
  to: number,
  buffer: BatchBuffer,
  layout?: FoldModel,
): [tf.Tensor, tf.Tensor] {
  const size = dataset.rows * dataset.cols;
  const count = to - from;
  const shape = layout ? [count, ...layout.inputShape] : [count, dataset.rows, dataset.cols];
  const oneHot = layout?.labels === 'one-hot' ? layout.units : 0;
  const labels = buffer.labels.subarray(0, count * Math.max(1, oneHot));
  if (oneHot) labels.fill(0);
  for (let b = 0; b < count; b++) {
    const label = dataset.labels[indices[from + b]];
    if (oneHot) labels[b * oneHot + label] = 1;
    else labels[b] = label;
  }
  const { images } = dataset;
  let x = images instanceof Uint8Array ? wasmPixels(images, indices, from, count, size, shape) : null;
  if (x === null) {
    const pixels = buffer.pixels.subarray(0, count * size);
    for (let b = 0; b < count; b++) {
      const offset = indices[from + b] * size;
      if (images instanceof Uint8Array) for (let p = 0; p < size; p++) pixels[b * size + p] = PIXEL_VALUES[images[offset + p]];
      else pixels.set(images.subarray(offset, offset + size), b * size);
    }
    x = tf.tensor(pixels, shape);
  }
  return [x, tf.tensor2d(labels, [count, oneHot || 1])];
}

/**
 * On wasm, the batch's pixels scaled in wasm memory, straight into x's buffer: the images' bytes
 * copied in, then scaled by our SIMD loop (the same float32 values as PIXEL_VALUES), the last
 * few here. Null elsewhere.
 */
function wasmPixels(images: Uint8Array, indices: ArrayLike<number>, from: number, count: number, size: number, shape: number[]): tf.Tensor | null {
  if (tf.getBackend() !== 'wasm') return null;
  const backend = tf.backend() as BackendWasm;
  const simd = simdFor(backend);
  if (simd === null) return null;
  const total = count * size;
  const out = backend.makeOutput(shape, 'float32');
  const staging = backend.makeOutput([Math.ceil(total / 4)], 'float32');
  try {
    const [outAt, stagingAt] = [out, staging].map((t) => backend.getMemoryOffset(t.dataId));
    const heapBytes = (backend.wasm as unknown as { HEAPU8: Uint8Array }).HEAPU8;
    for (let b = 0; b < count; b++) {
      const offset = indices[from + b] * size;
      heapBytes.set(images.subarray(offset, offset + size), stagingAt + b * size);
    }
    const vectored = total - (total % 16);
    if (vectored > 0) simd.unitFloats(stagingAt, outAt, vectored);
    const floats = new Float32Array(heapBytes.buffer, outAt, total);
    for (let i = vectored; i < total; i++) floats[i] = PIXEL_VALUES[heapBytes[stagingAt + i]];
  } catch (error) {
    backend.disposeData(out.dataId);
    throw error;
  } finally {
    backend.disposeData(staging.dataId);
  }
  return tf.engine().makeTensorFromTensorInfo(out);
}

/** Which path a fold's steps took: how many were fused, how many went through tfjs, and the warnings of the fallbacks. */
export interface StepTally {
  fused: number;
  tfjs: number;
  warnings: string[];
}

export const newStepTally = (): StepTally => ({ fused: 0, tfjs: 0, warnings: [] });

/**
 * One step of model.trainOnBatch(x, y), without what it adds to it: the same forward pass in
 * training mode, the compiled loss's batch mean and the compiled optimizer's update of the same
 * variables (so the same weights, bit for bit), minus the batch's accuracy, which tfjs-layers
 * computes on every step and we never read. Returns the batch's mean loss. The default CNN on
 * wasm takes the fused step (fused-step.ts), which gives the same numbers; `tally` counts which.
 */
export function trainStep(model: tfl.LayersModel, variables: tf.Variable[], x: tf.Tensor, y: tf.Tensor, tally?: StepTally): number {
  const fused = fusedTrainStep(model, variables, x, y);
  if (typeof fused === 'number') {
    if (tally) tally.fused++;
    return fused;
  }
  if (tally) {
    tally.tfjs++;
    const warning = `the default CNN's fused training step did not apply (${fused.reason}): trained through tfjs's ops instead, slower`;
    if (fused.warn && !tally.warnings.includes(warning)) tally.warnings.push(warning);
  }
  return tfjsTrainStep(model, variables, x, y);
}

/** trainStep through tfjs's ops, tape and gradients: every model, every backend. */
export function tfjsTrainStep(model: tfl.LayersModel, variables: tf.Variable[], x: tf.Tensor, y: tf.Tensor): number {
  const [lossFunction] = model.lossFunctions;
  const loss = model.optimizer.minimize(() => tf.mean(lossFunction(y, model.apply(x, { training: true }) as tf.Tensor)) as tf.Scalar, true, variables)!;
  const value = loss.dataSync()[0];
  loss.dispose();
  return value;
}

/**
 * Mean loss and metrics (the default model's: loss, accuracy) over `indices`, in batches, weighted
 * by batch size like Keras' evaluate.
 */
export async function evaluate(
  model: tfl.LayersModel,
  dataset: Dataset,
  indices: ArrayLike<number>,
  batchSize: number,
  layout?: FoldModel,
): Promise<Record<string, number>> {
  const names = layout?.metricNames ?? ['loss', 'accuracy'];
  const sums = names.map(() => 0);
  const buffer = batchBuffer(dataset, batchSize, layout);
  for (let from = 0; from < indices.length; from += batchSize) {
    const to = Math.min(from + batchSize, indices.length);
    const [x, y] = batchTensors(dataset, indices, from, to, buffer, layout);
    // A model compiled without metrics gives one scalar, not a list.
    const scores = [model.evaluate(x, y, { batchSize: to - from })].flat() as tf.Scalar[];
    const values = await Promise.all(scores.map((s) => s.data()));
    values.forEach((value, k) => (sums[k] += value[0] * (to - from)));
    tf.dispose([x, y, ...scores]);
  }
  return Object.fromEntries(names.map((name, k) => [name, sums[k] / indices.length]));
}

/**
 * SHA-256 of one batch's inputs and labels as the dataset holds them (uint8 pixels or float32
 * values, then one byte per label), in batch order: the bytes are read once, where the batch is
 * built from them anyway, and never converted.
 */
export function batchInputDigest(dataset: Dataset, indices: ArrayLike<number>, from: number, to: number): string {
  const hash = createHash('sha256');
  const size = dataset.rows * dataset.cols;
  const { images } = dataset;
  for (let b = from; b < to; b++) {
    const image = images.subarray(indices[b] * size, (indices[b] + 1) * size);
    hash.update(new Uint8Array(image.buffer, image.byteOffset, image.byteLength));
  }
  const labels = new Uint8Array(to - from);
  for (let b = from; b < to; b++) labels[b - from] = dataset.labels[indices[b]];
  return hash.update(labels).digest('hex');
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
  const unseeded = options.unseeded ?? [];
  const restoreMathRandom = seed === null || unseeded.includes('math-random') ? () => {} : seedMathRandom(deriveSeed(seed, 'fold', split.fold, 'math-random'));
  const layout = options.model;
  const model = layout
    ? await layout.create()
    : createDefaultModel({
        seed: seed === null ? null : deriveSeed(seed, 'fold', split.fold),
        unseeded,
        rows: dataset.rows,
        cols: dataset.cols,
        classes: options.classes,
      });
  try {
    const { onTrace } = options;
    const digests = onTrace ? variableDigester(model) : null;
    const everyBatch = options.trace === 'batches';
    const checkpoint = (epoch: number, batch: number | null, valLoss?: number | null, inputSha256?: string): void => {
      if (!onTrace || !digests) return;
      onTrace({ fold: split.fold, epoch, batch, digests: digests(), ...(valLoss === undefined ? {} : { valLoss }), ...(inputSha256 ? { inputSha256 } : {}) });
    };
    checkpoint(0, null);
    // Keras' validation_split holds out the last part of the training data, before shuffling.
    const fitCount = Math.floor(split.train.length * (1 - options.validationSplit));
    const fitIndices = split.train.subarray(0, fitCount);
    const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
    const buffer = batchBuffer(dataset, options.batchSize, layout);
    const validationIndices = split.train.subarray(fitCount);
    const tally = newStepTally();
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const random =
        seed === null ? Math.random : seededRandom(unseeded.includes('shuffle') ? freshSeed() : deriveSeed(seed, 'fold', split.fold, 'epoch', epoch));
      const order = permutation(fitCount, random);
      const shuffled = new Uint32Array(fitCount);
      for (let i = 0; i < fitCount; i++) shuffled[i] = fitIndices[order[i]];
      let lossSum = 0;
      // Traced runs digest each batch's inputs: where runs part, were they fed the same data?
      const epochInputs = onTrace ? createHash('sha256') : null;
      for (let from = 0; from < fitCount; from += options.batchSize) {
        const to = Math.min(from + options.batchSize, fitCount);
        const inputs = epochInputs ? batchInputDigest(dataset, shuffled, from, to) : undefined;
        epochInputs?.update(inputs ?? '');
        const [x, y] = batchTensors(dataset, shuffled, from, to, buffer, layout);
        lossSum += trainStep(model, variables, x, y, tally) * (to - from);
        tf.dispose([x, y]);
        if (everyBatch) checkpoint(epoch + 1, from / options.batchSize + 1, undefined, inputs);
      }
      const validation = validationIndices.length > 0 ? await evaluate(model, dataset, validationIndices, options.batchSize, layout) : null;
      checkpoint(epoch + 1, null, validation?.['loss'] ?? null, epochInputs?.digest('hex'));
      options.onEpoch?.({
        fold: split.fold,
        epoch: epoch + 1,
        epochs: options.epochs,
        loss: lossSum / fitCount,
        valLoss: validation?.['loss'] ?? null,
        valAccuracy: validation?.['accuracy'] ?? null,
      });
    }
    const metrics = await evaluate(model, dataset, split.test, options.batchSize, layout);
    options.onSteps?.(tally);
    return { fold: split.fold, metrics, weightsSha256: weightsDigest(model), trainSeconds: (performance.now() - started) / 1000 };
  } finally {
    // A model disposes only an optimizer it made from a name; one it was given (the default
    // model's FusedAdam) goes here.
    const { optimizer } = model;
    const owned = (model as unknown as { isOptimizerOwned?: boolean }).isOptimizerOwned === true;
    model.dispose();
    if (!owned) optimizer?.dispose();
    restoreMathRandom();
  }
}
