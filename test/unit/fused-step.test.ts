// The default CNN's fused training step on wasm must give bitwise the weights and losses of the
// tfjs path (tape, gradients, one kernel per op), step after step: on real digits at the default
// batch, on shapes that reach every remainder of its loops, without seeds, and around evaluate
// (whose XNNPACK operators keep the weights packed under their buffers' ids). It must leave every
// other case to tfjs and leak nothing, and it checks the network it is given against the default
// CNN's one spec (DEFAULT_CNN): a changed dropout rate stays bitwise, a changed activation falls back
// with a warning.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { selectBackend } from '../../src/backends/select-backend.js';
import { loadSettingsDataset } from '../../src/data/load.js';
import { permutation, seedMathRandom, seededRandom } from '../../src/determinism/seeding.js';
import { createDefaultModel, DEFAULT_CNN, describeCnn, type CnnSpec } from '../../src/model/default-model.js';
import { FUSED_STEP_VARIABLE, fusedTrainStep } from '../../src/training/fused-step.js';
import { batchBuffer, batchTensors, newStepTally, tfjsTrainStep, trainStep } from '../../src/training/train.js';
import type { Dataset } from '../../src/contracts/dataset.js';

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
  options: { seed: number | null; classes: number; batchSize: number; steps: number; evaluateEvery?: number; spec?: CnnSpec },
): Trained {
  const restore = seedMathRandom(11);
  const model = createDefaultModel({ seed: options.seed, rows: dataset.rows, cols: dataset.cols, classes: options.classes, spec: options.spec });
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const order = permutation(dataset.count, seededRandom(3));
  const buffer = batchBuffer(dataset, options.batchSize);
  const result: Trained = { losses: [], weights: [], evaluations: [] };
  try {
    for (let step = 0; step < options.steps; step++) {
      const from = (step * options.batchSize) % (dataset.count - options.batchSize);
      const [x, y] = batchTensors(dataset, order, from, from + options.batchSize, buffer);
      const loss = path === 'fused' ? fusedTrainStep(model, variables, x, y) : tfjsTrainStep(model, variables, x, y);
      assert.equal(typeof loss, 'number', `the fused step applies to the default CNN on wasm: ${JSON.stringify(loss)}`);
      result.losses.push(loss as number);
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

/** Images from..to of `dataset` in their own order, as one batch. */
function batchOf(dataset: Dataset, from: number, to: number): [tf.Tensor, tf.Tensor] {
  return batchTensors(
    dataset,
    Uint32Array.from({ length: dataset.count }, (_, i) => i),
    from,
    to,
    batchBuffer(dataset, to - from),
  );
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
  const [x, y] = batchOf(dataset, 0, 20);
  const input = tfl.input({ shape: [28, 28] });
  const flat = tfl.layers.flatten().apply(input) as tfl.SymbolicTensor;
  const other = tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 10, activation: 'softmax' }).apply(flat) as tfl.SymbolicTensor });
  other.compile({ optimizer: 'adam', loss: 'sparseCategoricalCrossentropy' });
  const variables = (model: tfl.LayersModel) => model.trainableWeights.map((w) => w.read() as tf.Variable);
  assert.deepEqual(fusedTrainStep(other, variables(other), x, y), { reason: 'not the default model', warn: false });
  const recompiled = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10 });
  const fusedAdam = recompiled.optimizer;
  recompiled.compile({ optimizer: 'sgd', loss: 'sparseCategoricalCrossentropy' });
  assert.deepEqual(fusedTrainStep(recompiled, variables(recompiled), x, y), {
    reason: "it was compiled with another optimizer or loss than createDefaultModel's",
    warn: true,
  });
  // trainStep still trains them, through tfjs.
  assert.ok(Number.isFinite(trainStep(other, variables(other), x, y)));
  tf.dispose([x, y]);
  [other, recompiled].forEach((m) => m.dispose());
  fusedAdam.dispose();
  assert.equal(await tf.setBackend('cpu'), true);
  try {
    const model = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10 });
    const [cx, cy] = batchOf(dataset, 0, 4);
    assert.deepEqual(fusedTrainStep(model, variables(model), cx, cy), { reason: 'not the wasm backend', warn: false });
    tf.dispose([cx, cy]);
    const { optimizer } = model;
    model.dispose();
    optimizer.dispose();
  } finally {
    assert.equal(await tf.setBackend('wasm'), true);
  }
});

test("the default CNN's structure is read back from its layers' configs as DEFAULT_CNN, field for field", () => {
  const model = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10 });
  assert.deepEqual(describeCnn(model), DEFAULT_CNN);
  const variant: CnnSpec = { ...DEFAULT_CNN, activation: 'tanh', dropoutRate: 0.5, units: 64, hiddenActivation: 'sigmoid' };
  const changed = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10, spec: variant });
  assert.deepEqual(describeCnn(changed), variant);
  for (const m of [model, changed]) {
    m.optimizer.dispose();
    m.dispose();
  }
});

test('with another dropout rate in the spec the fused step takes it from the model: bitwise the tfjs path still', () => {
  const dataset = syntheticDataset(300, 28, 28, 10);
  for (const dropoutRate of [0.35, 0]) {
    const options = { seed: 5, classes: 10, batchSize: 40, steps: 4, spec: { ...DEFAULT_CNN, dropoutRate } };
    const fused = train('fused', dataset, options);
    assertSameBits(fused, train('tfjs', dataset, options));
    // And the rate matters: the default's gives other weights.
    if (dropoutRate > 0) assert.notDeepEqual(fused.weights, train('fused', dataset, { ...options, spec: DEFAULT_CNN }).weights);
  }
});

test('with another activation in the spec the fused step falls back with a warning, and tfjs trains it', () => {
  const dataset = syntheticDataset(80, 28, 28, 10);
  const model = createDefaultModel({ seed: 2, rows: 28, cols: 28, classes: 10, spec: { ...DEFAULT_CNN, activation: 'tanh' } });
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const tally = newStepTally();
  try {
    for (const from of [0, 40]) {
      const [x, y] = batchOf(dataset, from, from + 40);
      assert.ok(Number.isFinite(trainStep(model, variables, x, y, tally)));
      tf.dispose([x, y]);
    }
  } finally {
    model.optimizer.dispose();
    model.dispose();
  }
  assert.deepEqual(tally, {
    fused: 0,
    tfjs: 2,
    warnings: [
      "the default CNN's fused training step did not apply (its activation is tanh, and the fused step computes relu): trained through tfjs's ops instead, slower",
    ],
  });
});

test(`${FUSED_STEP_VARIABLE}=off leaves every step to tfjs without a warning; another value is an error that names it`, () => {
  const [x, y] = batchOf(syntheticDataset(40, 28, 28, 10), 0, 40);
  const model = createDefaultModel({ seed: 2, rows: 28, cols: 28, classes: 10 });
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const tally = newStepTally();
  try {
    process.env[FUSED_STEP_VARIABLE] = 'off';
    assert.ok(Number.isFinite(trainStep(model, variables, x, y, tally)));
    assert.deepEqual(tally, { fused: 0, tfjs: 1, warnings: [] });
    process.env[FUSED_STEP_VARIABLE] = 'of';
    assert.throws(() => fusedTrainStep(model, variables, x, y), {
      name: 'UserError',
      message: "TF_REPRO_FUSED_STEP must be 'off' (train through tfjs's ops) or 'on', or be unset; found 'of'",
    });
    process.env[FUSED_STEP_VARIABLE] = 'on';
    assert.ok(Number.isFinite(trainStep(model, variables, x, y, tally)));
    assert.deepEqual(tally, { fused: 1, tfjs: 1, warnings: [] });
  } finally {
    delete process.env[FUSED_STEP_VARIABLE];
    tf.dispose([x, y]);
    model.optimizer.dispose();
    model.dispose();
  }
});
