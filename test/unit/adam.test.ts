// Our fused Adam must give bitwise the weights of tf.train.adam, step after step, on every backend.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { ADAM_KERNEL, FusedAdam, registerAdamKernels } from '../../src/backends/kernels/adam.js';

registerAdamKernels();

/** The weights after `steps` updates with seeded gradients, as bytes. */
function train(optimizer: tf.Optimizer, steps: number): number[][] {
  const weights = tf.tidy(() => [
    tf.variable(tf.randomNormal([7, 5], 0, 1, 'float32', 1), true, 'w'),
    tf.variable(tf.randomNormal([5], 0, 1, 'float32', 2), true, 'b'),
  ]);
  for (let step = 0; step < steps; step++) {
    tf.tidy(() => {
      // Seeds never 0, which tfjs takes as "no seed". Gradients of all sizes, zeros and a huge one included, to reach every rounding case.
      const grads = weights.map((w, i) => ({
        name: w.name,
        tensor: tf.mul(tf.randomNormal(w.shape, 0, 1, 'float32', 100 + 10 * step + i), step % 3 === 0 ? 1e-3 : step % 3 === 1 ? 30 : 0),
      }));
      optimizer.applyGradients(grads);
    });
  }
  const bytes = weights.map((w) => Array.from(new Uint8Array((w.dataSync() as Float32Array).slice().buffer)));
  tf.dispose(weights);
  optimizer.dispose();
  return bytes;
}

for (const backend of ['wasm', 'cpu']) {
  test(`fused Adam is bitwise tf.train.adam on ${backend}`, async () => {
    assert.equal(await tf.setBackend(backend), true);
    assert.ok(tf.getKernel(ADAM_KERNEL, backend));
    const theirs = train(tf.train.adam(0.001, 0.9, 0.999, 1e-7), 12);
    const before = tf.memory().numTensors;
    const ours = train(new FusedAdam(0.001, 0.9, 0.999, 1e-7), 12);
    assert.deepEqual(ours, theirs);
    assert.equal(tf.memory().numTensors, before, 'no tensor left behind');
  });
}

test('without the kernel (another backend) the same ops run one by one, with the same result', async () => {
  assert.equal(await tf.setBackend('cpu'), true);
  const theirs = train(tf.train.adam(0.001, 0.9, 0.999, 1e-7), 5);
  tf.unregisterKernel(ADAM_KERNEL, 'cpu');
  try {
    assert.deepEqual(train(new FusedAdam(0.001, 0.9, 0.999, 1e-7), 5), theirs);
  } finally {
    registerAdamKernels();
  }
});
