// Real tfjs: the composed wasm Conv2DBackpropFilter must give the cpu backend's filter gradient.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
// The node build of tfjs-core registers no gradients; tfjs-layers' node build registers them all.
import '@tensorflow/tfjs-layers';
import { registerWasmConv2DBackpropFilter } from '../../src/backends/kernels/wasm-conv2d-backprop-filter.js';
import { errorMessage } from '../../src/util/errors.js';

type Pad = 'valid' | 'same';
interface Case {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: number | [number, number];
  pad: Pad;
}

const cases: Case[] = [];
for (const strides of [1, 2] as const) {
  for (const pad of ['valid', 'same'] as const) {
    // The default model's two conv layers.
    cases.push({ x: [4, 28, 28, 1], filter: [3, 3, 1, 8], strides, pad });
    cases.push({ x: [4, 13, 13, 8], filter: [3, 3, 8, 8], strides, pad });
  }
}
// Non-square filter and strides, odd sizes: catches swapped H/W or wrong 'same' offsets.
cases.push({ x: [2, 9, 11, 3], filter: [3, 2, 3, 5], strides: [2, 1], pad: 'same' });
cases.push({ x: [2, 10, 7, 2], filter: [2, 3, 2, 4], strides: [1, 3], pad: 'valid' });
// Stride larger than the filter, and a 1x1 filter: dilated dy with gaps the filter never spans.
cases.push({ x: [1, 7, 9, 2], filter: [2, 2, 2, 3], strides: 3, pad: 'same' });
cases.push({ x: [2, 8, 8, 3], filter: [1, 1, 3, 4], strides: 2, pad: 'valid' });

/** Filter gradient of sum(conv2d(x, f) * w) on the current backend; w makes dy non-uniform. */
function filterGrad(c: Case, seed: number): Float32Array {
  return tf.tidy(() => {
    const x = tf.randomNormal(c.x, 0, 1, 'float32', seed);
    const f = tf.randomNormal(c.filter, 0, 1, 'float32', seed + 1);
    const outShape = tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, c.strides, c.pad).shape;
    const w = tf.randomNormal(outShape, 0, 1, 'float32', seed + 2);
    const g = tf.grad((ff: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x as tf.Tensor4D, ff as tf.Tensor4D, c.strides, c.pad), w)));
    const dw = g(f);
    assert.deepEqual(dw.shape, c.filter);
    return dw.dataSync() as Float32Array;
  });
}

let missingBefore: boolean;
let errorBefore: string;

before(async () => {
  assert.equal(await tf.setBackend('wasm'), true);
  // Record what wasm does on its own, so the test shows the registration is what fixes it.
  missingBefore = tf.getKernel('Conv2DBackpropFilter', 'wasm') == null;
  try {
    filterGrad(cases[0], 1);
    errorBefore = '';
  } catch (e) {
    errorBefore = errorMessage(e);
  }
  registerWasmConv2DBackpropFilter();
});

describe('wasm Conv2DBackpropFilter', () => {
  test('wasm has no kernel of its own, so the conv2d filter gradient throws without ours', () => {
    assert.equal(missingBefore, true);
    assert.match(errorBefore, /Conv2DBackpropFilter.*not registered.*wasm/);
  });

  test('registering twice is a no-op', () => {
    const k = tf.getKernel('Conv2DBackpropFilter', 'wasm');
    registerWasmConv2DBackpropFilter();
    assert.equal(tf.getKernel('Conv2DBackpropFilter', 'wasm'), k);
  });

  for (const [i, c] of cases.entries()) {
    const name = `x [${c.x}] filter [${c.filter}] strides ${JSON.stringify(c.strides)} pad ${c.pad}`;
    test(`matches cpu: ${name}`, async () => {
      const seed = 100 + 10 * i;
      assert.equal(await tf.setBackend('cpu'), true);
      const want = filterGrad(c, seed);
      assert.equal(await tf.setBackend('wasm'), true);
      const got = filterGrad(c, seed);
      assert.equal(got.length, want.length);
      let maxAbs = 0;
      let maxDiff = 0;
      for (let j = 0; j < want.length; j++) {
        maxAbs = Math.max(maxAbs, Math.abs(want[j]));
        maxDiff = Math.max(maxDiff, Math.abs(got[j] - want[j]));
      }
      assert.ok(maxAbs > 1, `gradient too small to compare (${maxAbs})`);
      assert.ok(maxDiff <= 1e-4 * maxAbs, `max abs diff ${maxDiff} vs magnitude ${maxAbs}`);
    });
  }

  // Both paths: stride 1 (reshape + 3D kernel) and stride 2 (pad, slice, dilate first).
  for (const c of [cases[1], cases[7]]) {
    test(`leaks no tensors or wasm buffers over many calls (strides ${c.strides})`, async () => {
      assert.equal(await tf.setBackend('wasm'), true);
      filterGrad(c, 7); // warm up anything allocated once
      const backend = tf.backend();
      const before = { ...tf.memory(), dataIds: backend.numDataIds() };
      for (let i = 0; i < 50; i++) filterGrad(c, 7);
      const after = { ...tf.memory(), dataIds: backend.numDataIds() };
      assert.equal(after.numTensors, before.numTensors);
      assert.equal(after.numBytes, before.numBytes);
      assert.equal(after.numDataBuffers, before.numDataBuffers);
      assert.equal(after.dataIds, before.dataIds);
    });
  }

  test('says what it cannot do instead of returning wrong numbers', async () => {
    assert.equal(await tf.setBackend('wasm'), true);
    const run = (attrs: Record<string, unknown>) =>
      tf.tidy(() => {
        const x = tf.zeros([1, 5, 5, 2]);
        const dy = tf.zeros([1, 3, 3, 4]);
        const base = { strides: 1, pad: 'valid', dataFormat: 'NHWC', filterShape: [3, 3, 2, 4] };
        tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { ...base, ...attrs } as never);
      });
    const memBefore = tf.memory().numTensors;
    assert.throws(() => run({ dataFormat: 'NCHW' }), /only dataFormat NHWC, got NCHW/);
    assert.throws(() => run({ pad: 1 }), /only pad 'valid' or 'same', got 1/);
    assert.throws(
      () =>
        run({
          pad: [
            [0, 0],
            [1, 1],
            [1, 1],
            [0, 0],
          ],
        }),
      /only pad 'valid' or 'same', got \[\[0,0\],\[1,1\],\[1,1\],\[0,0\]\]/,
    );
    assert.throws(() => run({ dimRoundingMode: 'floor' }), /does not support dimRoundingMode/);
    assert.equal(tf.memory().numTensors, memBefore);
  });
});
