// Our cpu filter and MaxPool gradients must give tfjs-backend-cpu's own numbers (up to the order
// of additions), for every stride and padding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// The node build of tfjs-core registers no gradients; tfjs-layers' node build registers them all.
import '@tensorflow/tfjs-layers';
import { registerFastCpuKernels } from '../../src/backends/kernels/cpu-kernels.js';

type Pad = 'valid' | 'same';
const convCases: { x: number[]; filter: number[]; strides: number | [number, number]; pad: Pad }[] = [
  { x: [4, 28, 28, 1], filter: [3, 3, 1, 8], strides: 1, pad: 'valid' },
  { x: [4, 13, 13, 8], filter: [3, 3, 8, 8], strides: 1, pad: 'same' },
  { x: [2, 9, 11, 3], filter: [3, 2, 3, 5], strides: [2, 1], pad: 'same' },
  { x: [1, 7, 9, 2], filter: [2, 2, 2, 3], strides: 3, pad: 'same' },
];
const poolCases: { x: number[]; size: number; strides: number; pad: Pad }[] = [
  { x: [4, 26, 26, 8], size: 2, strides: 2, pad: 'valid' },
  { x: [2, 7, 9, 3], size: 2, strides: 2, pad: 'same' },
  { x: [2, 8, 8, 3], size: 3, strides: 1, pad: 'same' },
];
const normal = (shape: number[], seed: number) => tf.randomNormal(shape, 0, 1, 'float32', seed);

function gradients(): Float32Array[] {
  return tf.tidy(() => [
    ...convCases.map((c, i) => {
      const x = normal(c.x, 10 + i);
      const f = normal(c.filter, 20 + i);
      const w = normal(tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, c.strides, c.pad).shape, 30 + i);
      return tf
        .grad((ff: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x as tf.Tensor4D, ff as tf.Tensor4D, c.strides, c.pad), w)))(f)
        .dataSync() as Float32Array;
    }),
    ...poolCases.map((c, i) => {
      const x = normal(c.x, 40 + i);
      const w = normal(tf.maxPool(x as tf.Tensor4D, c.size, c.strides, c.pad).shape, 50 + i);
      return tf
        .grad((xx: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(xx as tf.Tensor4D, c.size, c.strides, c.pad), w)))(x)
        .dataSync() as Float32Array;
    }),
  ]);
}

test('cpu Conv2DBackpropFilter and MaxPoolGrad match tfjs-backend-cpu', async () => {
  assert.equal(await tf.setBackend('cpu'), true);
  const want = gradients();
  registerFastCpuKernels();
  registerFastCpuKernels();
  const got = gradients();
  got.forEach((g, i) => {
    let maxAbs = 0;
    let maxDiff = 0;
    for (let j = 0; j < g.length; j++) {
      maxAbs = Math.max(maxAbs, Math.abs(want[i][j]));
      maxDiff = Math.max(maxDiff, Math.abs(g[j] - want[i][j]));
    }
    assert.ok(maxAbs > 0.5, `case ${i}: too small to compare`);
    assert.ok(maxDiff <= 1e-5 * maxAbs, `case ${i}: max abs diff ${maxDiff} vs magnitude ${maxAbs}`);
  });
});
