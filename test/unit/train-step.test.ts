// Our training step (trainStep with FusedAdam) must give bitwise the weights and losses of
// tfjs-layers' own model.trainOnBatch with the 'adam' it compiles by name, on each backend.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { createDefaultModel } from '../../src/model/default-model.js';
import { seedMathRandom } from '../../src/determinism/seeding.js';
import { trainStep, weightsDigest } from '../../src/training/train.js';
import { registerFastWasmKernels } from '../../src/backends/kernels/wasm-kernels.js';
import { registerWasmConv2DBackpropFilter } from '../../src/backends/kernels/wasm-conv2d-backprop-filter.js';

registerWasmConv2DBackpropFilter();
registerFastWasmKernels();

const pixels = Float32Array.from({ length: 32 * 784 }, (_, i) => ((i * 7919) % 256) / 255);
const labels = Float32Array.from({ length: 32 }, (_, i) => (i * 7) % 10);

async function train(ours: boolean): Promise<{ digest: string; losses: number[] }> {
  const restore = seedMathRandom(5);
  const model = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10 });
  if (!ours) model.compile({ optimizer: 'adam', loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const losses: number[] = [];
  try {
    for (let step = 0; step < 6; step++) {
      const x = tf.tensor3d(pixels, [32, 28, 28]);
      const y = tf.tensor2d(labels, [32, 1]);
      losses.push(ours ? trainStep(model, variables, x, y) : ((await model.trainOnBatch(x, y)) as number[])[0]);
      tf.dispose([x, y]);
    }
    return { digest: weightsDigest(model), losses };
  } finally {
    const { optimizer } = model;
    model.dispose();
    if (ours) optimizer.dispose();
    restore();
  }
}

for (const backend of ['wasm', 'cpu']) {
  test(`trainStep is bitwise model.trainOnBatch with 'adam' on ${backend}, and leaks nothing`, async () => {
    assert.equal(await tf.setBackend(backend), true);
    const theirs = await train(false);
    const before = tf.memory().numTensors;
    const ours = await train(true);
    assert.deepEqual(ours, theirs);
    assert.equal(tf.memory().numTensors, before);
  });
}
