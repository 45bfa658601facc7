// A batch scaled in wasm memory by our SIMD loop must hold exactly the floats of the JavaScript
// path (v * (1 / 255), rounded to float32), whatever the image size (the loop's remainder too),
// with the labels and shapes a layout asks for.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { selectBackend } from '../../src/backends/select-backend.js';
import type { Dataset } from '../../src/contracts/dataset.js';
import type { FoldModel } from '../../src/model/fold-model.js';
import { batchBuffer, batchTensors } from '../../src/training/train.js';

before(async () => {
  await selectBackend([{ backend: 'wasm' }], 1);
});

function dataset(count: number, rows: number, cols: number): Dataset {
  const images = Uint8Array.from({ length: count * rows * cols }, (_, i) => (i * 37 + (i >> 5)) % 256);
  const labels = Uint8Array.from({ length: count }, (_, i) => (i * 3) % 10);
  return { images, labels, count, rows, cols, source: 'test' } as Dataset;
}

/** x and y of the same batch on wasm and on cpu (the JavaScript path). */
async function bothBackends(data: Dataset, indices: Uint32Array, from: number, to: number, layout?: FoldModel) {
  const result: { shape: number[]; x: Float32Array; y: Float32Array }[] = [];
  for (const backend of ['wasm', 'cpu']) {
    assert.equal(await tf.setBackend(backend), true);
    const [x, y] = batchTensors(data, indices, from, to, batchBuffer(data, to - from, layout), layout);
    result.push({ shape: x.shape, x: x.dataSync() as Float32Array, y: y.dataSync() as Float32Array });
    tf.dispose([x, y]);
  }
  assert.equal(await tf.setBackend('wasm'), true);
  return result;
}

for (const [rows, cols, count] of [
  [28, 28, 100],
  [5, 7, 3],
] as const) {
  test(`${count} images of ${rows}×${cols}: the same floats on wasm as in JavaScript, each v * (1 / 255) in float32`, async () => {
    const data = dataset(count + 10, rows, cols);
    const indices = Uint32Array.from({ length: count + 10 }, (_, i) => (i * 7) % (count + 10));
    const [wasm, cpu] = await bothBackends(data, indices, 5, 5 + count);
    assert.deepEqual(wasm.shape, [count, rows, cols]);
    assert.deepEqual(wasm.shape, cpu.shape);
    assert.deepEqual(wasm.y, cpu.y);
    for (let i = 0; i < wasm.x.length; i++) {
      const image = indices[5 + Math.floor(i / (rows * cols))];
      const byte = data.images[image * rows * cols + (i % (rows * cols))];
      assert.ok(Object.is(wasm.x[i], Math.fround(byte * (1 / 255))), `pixel ${i}`);
      assert.ok(Object.is(wasm.x[i], cpu.x[i]), `pixel ${i} on cpu`);
    }
  });
}

test("a layout's input shape and one-hot labels", async () => {
  const data = dataset(20, 6, 6);
  const layout: FoldModel = { create: () => Promise.reject(new Error('unused')), inputShape: [36], labels: 'one-hot', units: 10, metricNames: ['loss'] };
  const indices = Uint32Array.from({ length: 20 }, (_, i) => 19 - i);
  const [wasm, cpu] = await bothBackends(data, indices, 2, 9, layout);
  assert.deepEqual(wasm.shape, [7, 36]);
  assert.deepEqual(wasm, cpu);
  assert.equal(
    wasm.y.reduce((sum, v) => sum + v, 0),
    7,
  );
});
