// The default CNN's fused training step on wasm must give bitwise the weights and losses of the
// tfjs path (tape, gradients, one kernel per op), step after step: on real digits at the default
// batch, on shapes that reach every remainder of its loops, without seeds, and around evaluate
// (whose XNNPACK operators keep the weights packed under their buffers' ids). It must leave every
// other case to tfjs and leak nothing.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { selectBackend } from '../../src/backends/select-backend.js';
import { loadSettingsDataset } from '../../src/data/load.js';
import { permutation, seedMathRandom, seededRandom } from '../../src/determinism/seeding.js';
import { createDefaultModel } from '../../src/model/default-model.js';
import { fusedTrainStep } from '../../src/training/fused-step.js';
import { batchBuffer, batchTensors, tfjsTrainStep, trainStep } from '../../src/training/train.js';
import type { Dataset } from '../../src/contracts.js';

before(async () => {
  await selectBackend([{ backend: 'wasm' }], 1);
});

interface Trained {
  losses: number[];
  weights: number[][];
  evaluations: number[][];
}

/** `steps` steps of batch `batchSize` through one path; with `evaluateEvery`, model.evaluate in between. */
function train(
  path: 'fused' | 'tfjs',
  dataset: Dataset,
  options: { seed: number | null; classes: number; batchSize: number; steps: number; evaluateEvery?: number },
): Trained {
  const restore = seedMathRandom(11);
  const model = createDefaultModel({ seed: options.seed, rows: dataset.rows, cols: dataset.cols, classes: options.classes });
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const order = permutation(dataset.count, seededRandom(3));
  const buffer = batchBuffer(dataset, options.batchSize);
  const result: Trained = { losses: [], weights: [], evaluations: [] };
  try {
    for (let step = 0; step < options.steps; step++) {
      const from = (step * options.batchSize) % (dataset.count - options.batchSize);
      const [x, y] = batchTensors(dataset, order, from, from + options.batchSize, buffer);
      const loss = path === 'fused' ? fusedTrainStep(model, variables, x, y) : tfjsTrainStep(model, variables, x, y);
      assert.notEqual(loss, null, 'the fused step applies to the default CNN on wasm');
      result.losses.push(loss!);
      if (options.evaluateEvery && (step + 1) % options.evaluateEvery === 0) {
        const scores = [model.evaluate(x, y, { batchSize: options.batchSize })].flat() as tf.Scalar[];
        result.evaluations.push(scores.map((s) => s.dataSync()[0]));
        tf.dispose(scores);
      }
      tf.dispose([x, y]);
    }
    result.weights = model.getWeights().map((w) => Array.from(w.dataSync()));
    return result;
  } finally {
    const { optimizer } = model;
    model.dispose();
    optimizer.dispose();
    restore();
  }
}

/** Bitwise equality of every loss, score and weight (Object.is: -0 and 0 differ, NaN equals NaN). */
function assertSameBits(fused: Trained, tfjs: Trained): void {
  assert.equal(fused.losses.length, tfjs.losses.length);
  fused.losses.forEach((loss, i) => assert.ok(Object.is(loss, tfjs.losses[i]), `loss of step ${i + 1}: ${loss} vs ${tfjs.losses[i]}`));
  assert.deepEqual(fused.evaluations, tfjs.evaluations);
  fused.weights.forEach((weight, i) => {
    const differing = weight.filter((value, j) => !Object.is(value, tfjs.weights[i][j])).length;
    assert.equal(differing, 0, `weight ${i}: ${differing} of ${weight.length} values differ`);
  });
}

/** Images of any size and classes: smooth shapes with some black background, as photos have. */
function syntheticDataset(count: number, rows: number, cols: number, classes: number): Dataset {
  const images = new Uint8Array(count * rows * cols);
  for (let i = 0; i < images.length; i++) images[i] = Math.max(0, Math.round(255 * Math.sin(i * 0.37 + (i % 7)) ** 3));
  const labels = Uint8Array.from({ length: count }, (_, i) => (i * 7 + (i >> 3)) % classes);
  return { images, labels, count, rows, cols, source: 'synthetic' } as Dataset;
}

test('bitwise the tfjs path on the embedded digits at batch 100, the same again on a second run, and no tensor or buffer left behind', async () => {
  const digits = await loadSettingsDataset({ dataset: null, samples: 0, folds: 2, validationSplit: 0 });
  const backend = tf.backend() as BackendWasm;
  const [tensors, buffers] = [tf.memory().numTensors, backend.numDataIds()];
  const options = { seed: 1, classes: 10, batchSize: 100, steps: 8 };
  const fused = train('fused', digits, options);
  assert.equal(tf.memory().numTensors, tensors);
  assert.equal(backend.numDataIds(), buffers);
  assertSameBits(fused, train('tfjs', digits, options));
  // And the same again on a second run.
  assertSameBits(train('fused', digits, options), fused);
});

test('bitwise on odd image sizes, an odd batch and 3 classes (every remainder of the loops)', () => {
  // 29 rows: the first pooling drops a row; 28 columns: the second drops a column; 37 images: a
  // last block of 1 row in the products; 3 classes padded to 4.
  const dataset = syntheticDataset(200, 29, 28, 3);
  const options = { seed: 7, classes: 3, batchSize: 37, steps: 5 };
  assertSameBits(train('fused', dataset, options), train('tfjs', dataset, options));
});

test("bitwise without seeds (tfjs's own dropout, its masks seeded by Math.random)", () => {
  const dataset = syntheticDataset(300, 28, 28, 10);
  const options = { seed: null, classes: 10, batchSize: 50, steps: 4 };
  assertSameBits(train('fused', dataset, options), train('tfjs', dataset, options));
});

test('bitwise around evaluate, whose XNNPACK operators cache the weights by buffer', () => {
  const dataset = syntheticDataset(300, 28, 28, 10);
  const options = { seed: 3, classes: 10, batchSize: 40, steps: 6, evaluateEvery: 2 };
  const fused = train('fused', dataset, options);
  assert.equal(fused.evaluations.length, 3);
  assertSameBits(fused, train('tfjs', dataset, options));
});

test('every other case is left to tfjs: another backend, another model, another optimizer', async () => {
  const dataset = syntheticDataset(40, 28, 28, 10);
  const [x, y] = batchTensors(
    dataset,
    Uint32Array.from({ length: 40 }, (_, i) => i),
    0,
    20,
    batchBuffer(dataset, 20),
  );
  const input = tfl.input({ shape: [28, 28] });
  const flat = tfl.layers.flatten().apply(input) as tfl.SymbolicTensor;
  const other = tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 10, activation: 'softmax' }).apply(flat) as tfl.SymbolicTensor });
  other.compile({ optimizer: 'adam', loss: 'sparseCategoricalCrossentropy' });
  const variables = (model: tfl.LayersModel) => model.trainableWeights.map((w) => w.read() as tf.Variable);
  assert.equal(fusedTrainStep(other, variables(other), x, y), null);
  const recompiled = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10 });
  const fusedAdam = recompiled.optimizer;
  recompiled.compile({ optimizer: 'sgd', loss: 'sparseCategoricalCrossentropy' });
  assert.equal(fusedTrainStep(recompiled, variables(recompiled), x, y), null);
  // trainStep still trains them, through tfjs.
  assert.ok(Number.isFinite(trainStep(other, variables(other), x, y)));
  tf.dispose([x, y]);
  [other, recompiled].forEach((m) => m.dispose());
  fusedAdam.dispose();
  assert.equal(await tf.setBackend('cpu'), true);
  try {
    const model = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10 });
    const [cx, cy] = batchTensors(
      dataset,
      Uint32Array.from({ length: 40 }, (_, i) => i),
      0,
      4,
      batchBuffer(dataset, 4),
    );
    assert.equal(fusedTrainStep(model, variables(model), cx, cy), null);
    tf.dispose([cx, cy]);
    const { optimizer } = model;
    model.dispose();
    optimizer.dispose();
  } finally {
    assert.equal(await tf.setBackend('wasm'), true);
  }
});
