// Our hand-assembled SIMD loops against plain float32 arithmetic, on a memory of their own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { simdKernels, simdModuleBytes } from '../../src/backends/kernels/wasm-simd.js';

const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer }; validate: (b: Uint8Array) => boolean };
};
const memory = new wasm.Memory({ initial: 64 });
const kernels = simdKernels(memory)!;
const f = new Float32Array(memory.buffer);
const f32 = Math.fround;
/** Deterministic values in [-1, 1), some exactly equal (ties matter for MaxPool). */
const value = (i: number, ties = false) => (ties ? Math.round(Math.sin(i * 12.9898) * 3) : f32((Math.sin(i * 12.9898) * 43758.5453) % 1));

test('the module is valid WebAssembly and binds to a memory', () => {
  assert.equal(wasm.validate(simdModuleBytes()), true);
  assert.ok(kernels);
});

test('addRows adds the bias to every row', () => {
  const [rows, channels, a, bias, out] = [37, 8, 0, 1000, 2000];
  for (let i = 0; i < rows * channels; i++) f[a + i] = value(i);
  for (let c = 0; c < channels; c++) f[bias + c] = value(500 + c);
  kernels.addRows(a * 4, bias * 4, out * 4, rows, channels);
  for (let i = 0; i < rows * channels; i++) assert.equal(f[out + i], f32(f[a + i] + f[bias + (i % channels)]));
});

test('sumRows adds the rows in order, per channel', () => {
  const [rows, channels, x, out] = [53, 12, 3000, 4000];
  for (let i = 0; i < rows * channels; i++) f[x + i] = value(i + 7);
  kernels.sumRows(x * 4, out * 4, rows, channels);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum = f32(sum + f[x + r * channels + c]);
    assert.equal(f[out + c], sum);
  }
});

test('maxPoolGrad2x2 gives each window gradient to its first largest input, and 0 elsewhere', () => {
  const [width, outWidth, channels, x, dy, dx] = [5, 2, 8, 5000, 6000, 7000];
  for (let i = 0; i < 2 * width * channels; i++) f[x + i] = value(i, true);
  for (let i = 0; i < outWidth * channels; i++) f[dy + i] = value(i + 99);
  f.fill(7, dx, dx + 2 * width * channels);
  kernels.maxPoolGrad2x2(x * 4, dy * 4, dx * 4, width, outWidth, channels);
  for (let ow = 0; ow < outWidth; ow++) {
    for (let c = 0; c < channels; c++) {
      const taps = [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ].map(([h, w]) => (h * width + 2 * ow + w) * channels + c);
      let at = taps[0];
      for (const i of taps) if (f[x + i] > f[x + at]) at = i;
      for (const i of taps) assert.equal(f[dx + i], i === at ? f[dy + ow * channels + c] : 0);
    }
  }
  // The last column belongs to no window: left as it was (the caller zeroes dx first).
  for (let h = 0; h < 2; h++) for (let c = 0; c < channels; c++) assert.equal(f[dx + (h * width + 4) * channels + c], 7);
});

test('filterGrad3x8 sums x × dy over images, rows and columns, in order', () => {
  const [images, height, width, outHeight, outWidth, x, dy, out] = [3, 7, 9, 5, 7, 10000, 11000, 13000];
  for (let i = 0; i < images * height * width; i++) f[x + i] = value(i + 3);
  for (let i = 0; i < images * outHeight * outWidth * 8; i++) f[dy + i] = value(i + 1000);
  for (let kh = 0; kh < 3; kh++)
    kernels.filterGrad3x8((x + kh * width) * 4, dy * 4, (out + kh * 24) * 4, images, outHeight, outWidth, width * 4, height * width * 4, 4, 32);
  for (let kh = 0; kh < 3; kh++) {
    for (let kw = 0; kw < 3; kw++) {
      for (let o = 0; o < 8; o++) {
        let sum = 0;
        for (let n = 0; n < images; n++)
          for (let i = 0; i < outHeight; i++)
            for (let j = 0; j < outWidth; j++)
              sum = f32(sum + f32(f[x + (n * height + i + kh) * width + j + kw] * f[dy + ((n * outHeight + i) * outWidth + j) * 8 + o]));
        assert.equal(f[out + (kh * 3 + kw) * 8 + o], sum);
      }
    }
  }
});

test('conv3x3x8 convolves a 1-channel image with 8 filters, taps in order', () => {
  const [images, height, width, outHeight, outWidth, x, w, out] = [2, 6, 9, 4, 7, 20000, 21000, 22000];
  for (let i = 0; i < images * height * width; i++) f[x + i] = value(i + 5);
  for (let i = 0; i < 72; i++) f[w + i] = value(i + 300);
  kernels.conv3x3x8(x * 4, w * 4, out * 4, images, outHeight, outWidth, width * 4, height * width * 4);
  for (let n = 0; n < images; n++) {
    for (let i = 0; i < outHeight; i++) {
      for (let j = 0; j < outWidth; j++) {
        for (let o = 0; o < 8; o++) {
          let sum = 0;
          for (let t = 0; t < 9; t++) {
            const product = f32(f[x + (n * height + i + Math.floor(t / 3)) * width + j + (t % 3)] * f[w + t * 8 + o]);
            sum = t === 0 ? product : f32(sum + product);
          }
          assert.equal(f[out + ((n * outHeight + i) * outWidth + j) * 8 + o], sum);
        }
      }
    }
  }
});
