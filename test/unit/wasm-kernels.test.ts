// Real tfjs: our wasm kernels must give the cpu backend's numbers, leak nothing, and leave the
// cases they do not handle to tfjs-wasm's own kernels.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
// The node build of tfjs-core registers no gradients; tfjs-layers' node build registers them all.
import '@tensorflow/tfjs-layers';
import { registerFastWasmKernels } from '../../src/backends/kernels/wasm-kernels.js';

before(async () => {
  registerFastWasmKernels();
  assert.equal(await tf.setBackend('wasm'), true);
});

/** Runs f on cpu, then on wasm, and compares the outputs relative to their size. */
async function matchesCpu(f: () => tf.Tensor[], tolerance = 1e-5): Promise<void> {
  assert.equal(await tf.setBackend('cpu'), true);
  const want = tf.tidy(() => f().map((t) => ({ shape: t.shape, values: t.dataSync() as Float32Array })));
  assert.equal(await tf.setBackend('wasm'), true);
  const got = tf.tidy(() => f().map((t) => ({ shape: t.shape, values: t.dataSync() as Float32Array })));
  assert.equal(got.length, want.length);
  got.forEach((g, i) => {
    assert.deepEqual(g.shape, want[i].shape);
    let maxAbs = 0;
    let maxDiff = 0;
    for (let j = 0; j < g.values.length; j++) {
      maxAbs = Math.max(maxAbs, Math.abs(want[i].values[j]));
      maxDiff = Math.max(maxDiff, Math.abs(g.values[j] - want[i].values[j]));
    }
    assert.ok(maxAbs > 0.5, `output ${i} too small to compare (${maxAbs})`);
    assert.ok(maxDiff <= tolerance * maxAbs, `output ${i}: max abs diff ${maxDiff} vs magnitude ${maxAbs}`);
  });
}

const normal = (shape: number[], seed: number) => tf.randomNormal(shape, 0, 1, 'float32', seed);

describe('wasm BatchMatMul with transposes', () => {
  for (const [ta, tb] of [
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    for (const batched of [false, true]) {
      test(`transposeA ${ta} transposeB ${tb}${batched ? ', rank 3' : ''}`, () =>
        matchesCpu(() => {
          const lead = batched ? [1] : [];
          const a = normal([...lead, ...(ta ? [37, 20] : [20, 37])], 1);
          const b = normal([...lead, ...(tb ? [11, 37] : [37, 11])], 2);
          return [tf.matMul(a, b, ta, tb)];
        }));
    }
  }
  test('a real batch of matrices still works (left to tfjs-wasm)', () =>
    matchesCpu(() => [tf.matMul(normal([3, 20, 37], 3), normal([3, 11, 37], 4), false, true)]));
});

describe('wasm Conv2DBackpropInput', () => {
  const cases: { x: number[]; filter: number[]; strides: number | [number, number]; pad: 'valid' | 'same' }[] = [
    { x: [4, 13, 13, 8], filter: [3, 3, 8, 8], strides: 1, pad: 'valid' },
    { x: [4, 13, 13, 8], filter: [3, 3, 8, 8], strides: 1, pad: 'same' },
    { x: [2, 9, 11, 3], filter: [3, 2, 3, 5], strides: 1, pad: 'same' },
    { x: [2, 10, 7, 2], filter: [2, 4, 2, 4], strides: 1, pad: 'valid' },
    { x: [2, 9, 11, 3], filter: [3, 3, 3, 5], strides: 2, pad: 'same' },
  ];
  for (const c of cases) {
    test(`x [${c.x}] filter [${c.filter}] strides ${c.strides} pad ${c.pad}`, () =>
      matchesCpu(() => {
        const x = normal(c.x, 5);
        const f = normal(c.filter, 6);
        const w = normal(tf.conv2d(x as tf.Tensor4D, f as tf.Tensor4D, c.strides, c.pad).shape, 7);
        return [tf.grad((xx: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(xx as tf.Tensor4D, f as tf.Tensor4D, c.strides, c.pad), w)))(x)];
      }));
  }
});

describe('wasm MaxPoolGrad', () => {
  const cases: { x: number[]; size: number; strides: number; pad: 'valid' | 'same' }[] = [
    { x: [4, 26, 26, 8], size: 2, strides: 2, pad: 'valid' },
    { x: [4, 11, 11, 8], size: 2, strides: 2, pad: 'valid' },
    { x: [2, 7, 9, 3], size: 2, strides: 2, pad: 'same' },
    { x: [2, 8, 8, 3], size: 3, strides: 1, pad: 'same' },
    { x: [2, 9, 9, 2], size: 3, strides: 2, pad: 'valid' },
  ];
  for (const c of cases) {
    test(`x [${c.x}] pool ${c.size} strides ${c.strides} pad ${c.pad}`, () =>
      matchesCpu(
        () => {
          const x = normal(c.x, 8);
          const w = normal(tf.maxPool(x as tf.Tensor4D, c.size, c.strides, c.pad).shape, 9);
          return [tf.grad((xx: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(xx as tf.Tensor4D, c.size, c.strides, c.pad), w)))(x)];
          // Windows that overlap add in another order than the cpu backend's; apart they are exact.
        },
        c.size > c.strides ? 1e-6 : 0,
      ));
  }
});

test('Identity and Cast share data without leaking it', async () => {
  assert.equal(await tf.setBackend('wasm'), true);
  const x = tf.tensor1d([1, 2, 3]);
  const before = { ...tf.memory(), dataIds: tf.backend().numDataIds() };
  for (let i = 0; i < 20; i++) {
    const y = tf.clone(x);
    const z = tf.cast(x, 'float32');
    assert.deepEqual([...y.dataSync(), ...z.dataSync()], [1, 2, 3, 1, 2, 3]);
    tf.dispose([y, z]);
  }
  assert.deepEqual([...x.dataSync()], [1, 2, 3]);
  assert.deepEqual([...tf.cast(x, 'int32').dataSync()], [1, 2, 3]);
  const after = { ...tf.memory(), dataIds: tf.backend().numDataIds() };
  assert.equal(after.numTensors, before.numTensors + 1);
  assert.equal(after.dataIds, before.dataIds + 1);
  x.dispose();
});

test('registering twice is a no-op', () => {
  const k = tf.getKernel('MaxPoolGrad', 'wasm');
  registerFastWasmKernels();
  assert.equal(tf.getKernel('MaxPoolGrad', 'wasm'), k);
});

describe('wasm Conv2D', () => {
  // The first: our SIMD loop; the others leave it to XNNPACK.
  for (const c of [
    { x: [4, 28, 28, 1], filter: [3, 3, 1, 8], pad: 'valid' as const },
    { x: [4, 28, 28, 1], filter: [3, 3, 1, 8], pad: 'same' as const },
    { x: [2, 13, 13, 8], filter: [3, 3, 8, 8], pad: 'valid' as const },
  ]) {
    test(`x [${c.x}] filter [${c.filter}] pad ${c.pad}`, () =>
      matchesCpu(() => [tf.conv2d(normal(c.x, 11) as tf.Tensor4D, normal(c.filter, 12) as tf.Tensor4D, 1, c.pad)]));
  }
});
