// The fused training step's SIMD loops against plain float32 arithmetic in the order tfjs-wasm
// sums (every sum from 0, products added in order), bit for bit, on a memory of their own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import seedrandom from 'seedrandom';
import { simdKernels } from '../../src/backends/kernels/wasm-simd.js';

const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer } } };
const memory = new wasm.Memory({ initial: 160 });
const kernels = simdKernels(memory)!;
const f = new Float32Array(memory.buffer);
const f32 = Math.fround;
/** Deterministic values in [-1, 1); with `ties`, small integers, many equal (ties matter for MaxPool). */
const value = (i: number, ties = false) => (ties ? Math.round(Math.sin(i * 12.9898) * 3) : f32((Math.sin(i * 12.9898) * 43758.5453) % 1));
const fill = (at: number, count: number, seed: number, ties = false) => {
  for (let i = 0; i < count; i++) f[at + i] = value(seed + i, ties);
};
/** Bitwise, so that -0 and 0 differ and NaN equals itself. */
const sameBits = (got: number, want: number, what: string) => assert.ok(Object.is(got, want), `${what}: got ${got}, want ${want}`);

for (const [rows, vectors] of [
  [4, 2],
  [4, 1],
  [1, 2],
  [1, 1],
] as const) {
  test(`gemm${rows}x${4 * vectors} sums a[m, k] × b[k, n] over k in order, a read through strides`, () => {
    const cols = 4 * vectors * 3;
    const [blocks, depth] = [3, 13];
    const m = rows * blocks;
    // a stored transposed ([depth, m]) to use both strides; b and c rows padded.
    const [a, b, c, bRow, cRow] = [0, 2000, 4000, cols + 4, cols + 8];
    fill(a, depth * m, 1);
    fill(b, depth * bRow, 2);
    f.fill(99, c, c + m * cRow);
    const gemm = kernels[`gemm${rows}x${4 * vectors}` as 'gemm4x8'];
    gemm(a * 4, b * 4, c * 4, blocks, cols, depth, 4, m * 4, bRow * 4, cRow * 4);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < cols; j++) {
        let sum = 0;
        for (let k = 0; k < depth; k++) sum = f32(sum + f32(f[a + k * m + i] * f[b + k * bRow + j]));
        sameBits(f[c + i * cRow + j], sum, `c[${i}, ${j}]`);
      }
      assert.equal(f[c + i * cRow + cols], 99, 'nothing written past the columns');
    }
  });
}

for (const [channels, biasRelu] of [
  [8, false],
  [8, true],
  [1, true],
] as const) {
  const name = `conv3x3c${channels}${biasRelu ? 'BiasRelu' : ''}`;
  test(`${name} sums over kh, kw and the ${channels} channel(s) in order${biasRelu ? ', then adds the bias and keeps what is above 0' : ''}`, () => {
    // 6 output columns: one block of 4 and 2 single pixels.
    const [images, height, width] = [2, 5, 8];
    const [outHeight, outWidth] = [height - 2, width - 2];
    const [x, w, bias, out] = [0, 2000, 3000, 4000];
    fill(x, images * height * width * channels, 10);
    fill(w, 9 * channels * 8, 20);
    fill(bias, 8, 30);
    f.fill(99, out, out + 2000);
    const args = [x * 4, w * 4, out * 4, images, outHeight, outWidth, width * channels * 4, height * width * channels * 4] as const;
    if (name === 'conv3x3c8') kernels.conv3x3c8(...args);
    else kernels[name as 'conv3x3c8BiasRelu'](...args, bias * 4);
    for (let n = 0; n < images; n++)
      for (let i = 0; i < outHeight; i++)
        for (let j = 0; j < outWidth; j++)
          for (let o = 0; o < 8; o++) {
            let sum = 0;
            for (let kh = 0; kh < 3; kh++)
              for (let kw = 0; kw < 3; kw++)
                for (let c = 0; c < channels; c++)
                  sum = f32(sum + f32(f[x + ((n * height + i + kh) * width + j + kw) * channels + c] * f[w + ((kh * 3 + kw) * channels + c) * 8 + o]));
            const want = biasRelu ? Math.max(f32(sum + f[bias + o]), 0) : sum;
            sameBits(f[out + ((n * outHeight + i) * outWidth + j) * 8 + o], want, `out[${n}, ${i}, ${j}, ${o}]`);
          }
    assert.equal(f[out + images * outHeight * outWidth * 8], 99, 'nothing written past the output');
  });
}

test('maxPool2x2 takes the largest of each 2×2 window; an odd last row and column are left out', () => {
  const [images, height, width, channels] = [2, 7, 5, 8];
  const [outHeight, outWidth] = [3, 2];
  const [x, out] = [0, 2000];
  fill(x, images * height * width * channels, 70, true);
  kernels.maxPool2x2(x * 4, out * 4, images, outHeight, outWidth, channels, width * channels * 4, height * width * channels * 4);
  for (let n = 0; n < images; n++)
    for (let i = 0; i < outHeight; i++)
      for (let j = 0; j < outWidth; j++)
        for (let c = 0; c < channels; c++) {
          const at = (h: number, w: number) => f[x + ((n * height + 2 * i + h) * width + 2 * j + w) * channels + c];
          sameBits(f[out + ((n * outHeight + i) * outWidth + j) * channels + c], Math.max(at(0, 0), at(0, 1), at(1, 0), at(1, 1)), `out ${n} ${i} ${j} ${c}`);
        }
});

test('maxPoolGradRelu2x2 gives each window gradient to its first largest input, where that is above 0', () => {
  const [images, height, width, channels] = [2, 6, 7, 8];
  const [outHeight, outWidth] = [3, 3];
  const [x, dy, dx] = [0, 2000, 4000];
  // Ties, zeros and negatives: every branch of the rule.
  fill(x, images * height * width * channels, 80, true);
  fill(dy, images * outHeight * outWidth * channels, 90);
  f.fill(7, dx, dx + images * height * width * channels);
  kernels.maxPoolGradRelu2x2(x * 4, dy * 4, dx * 4, images, outHeight, outWidth, channels, width * channels * 4, height * width * channels * 4);
  for (let n = 0; n < images; n++)
    for (let i = 0; i < outHeight; i++)
      for (let j = 0; j < outWidth; j++)
        for (let c = 0; c < channels; c++) {
          const taps = [
            [0, 0],
            [0, 1],
            [1, 0],
            [1, 1],
          ].map(([h, w]) => ((n * height + 2 * i + h) * width + 2 * j + w) * channels + c);
          let first = taps[0];
          for (const t of taps) if (f[x + t] > f[x + first]) first = t;
          const g = f[x + first] > 0 ? f[dy + ((n * outHeight + i) * outWidth + j) * channels + c] : 0;
          for (const t of taps) sameBits(f[dx + t], t === first ? g : 0, `dx at ${t}`);
        }
  // The last column belongs to no window: left as it was (the caller zeroes dx first).
  assert.equal(f[dx + (width - 1) * channels], 7);
});

test('addRowsRelu, mulVectors and mulMaskPositive work element by element', () => {
  const [rows, channels, a, bias, b, h, out] = [9, 12, 0, 200, 400, 600, 800];
  fill(a, rows * channels, 100);
  fill(bias, channels, 110);
  fill(b, rows * channels, 120);
  fill(h, rows * channels, 130, true);
  kernels.addRowsRelu(a * 4, bias * 4, out * 4, rows, channels);
  for (let i = 0; i < rows * channels; i++) sameBits(f[out + i], Math.max(f32(f[a + i] + f[bias + (i % channels)]), 0), `addRowsRelu ${i}`);
  kernels.mulVectors(a * 4, b * 4, out * 4, rows * channels);
  for (let i = 0; i < rows * channels; i++) sameBits(f[out + i], f32(f[a + i] * f[b + i]), `mulVectors ${i}`);
  kernels.mulMaskPositive(a * 4, b * 4, h * 4, out * 4, rows * channels);
  for (let i = 0; i < rows * channels; i++) sameBits(f[out + i], f[h + i] > 0 ? f32(f[a + i] * f[b + i]) : 0, `mulMaskPositive ${i}`);
});

test('transpose32 copies src[i, j] to dst[j, i], bits unchanged', () => {
  const [rows, cols, src, dst] = [7, 5, 0, 100];
  fill(src, rows * cols, 140);
  f[src + 3] = -0;
  kernels.transpose32(src * 4, dst * 4, rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) sameBits(f[dst + j * rows + i], f[src + i * cols + j], `${i}, ${j}`);
});

test('copyRows copies rows between strided layouts, image by image, and nothing else', () => {
  const [images, rows, cols, src, dst] = [3, 4, 5, 0, 500];
  const [srcRow, dstRow, srcImage, dstImage] = [cols + 1, cols + 3, rows * (cols + 1) + 2, (rows + 2) * (cols + 3)];
  fill(src, images * srcImage, 150);
  f.fill(99, dst, dst + images * dstImage);
  kernels.copyRows(src * 4, dst * 4, images, rows, cols * 4, srcRow * 4, dstRow * 4, srcImage * 4, dstImage * 4);
  for (let n = 0; n < images; n++)
    for (let r = 0; r < rows + 2; r++)
      for (let c = 0; c < dstRow; c++) {
        const inside = r < rows && c < cols;
        sameBits(f[dst + n * dstImage + r * dstRow + c], inside ? f[src + n * srcImage + r * srcRow + c] : 99, `${n}, ${r}, ${c}`);
      }
});

test("dropoutMask draws tf.dropout's mask from an alea state: floor(float32(u) + keep) / keep in float32", () => {
  const [count, out] = [1001, 0];
  const keep = f32(0.8);
  for (const seed of ['1', '1234567', String(0.123456789)]) {
    const state = seedrandom.alea(seed, { state: true }).state();
    kernels.dropoutMask(out * 4, count, state.s0, state.s1, state.s2, state.c, keep);
    const draw = seedrandom.alea(seed);
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const want = f32(Math.floor(f32(f32(draw()) + keep)) / keep);
      sameBits(f[out + i], want, `seed ${seed}, value ${i}`);
      if (want !== 0) kept++;
    }
    assert.ok(kept > 0.7 * count && kept < 0.9 * count, `about 80 % kept (${kept})`);
  }
});

test('unitFloats scales every byte value as Math.fround(v * (1 / 255)) does', () => {
  const [src, dst, count] = [0, 1000, 512];
  const bytes = new Uint8Array(memory.buffer);
  for (let i = 0; i < count; i++) bytes[src * 4 + i] = (i * 37) % 256;
  f.fill(99, dst, dst + count + 4);
  kernels.unitFloats(src * 4, dst * 4, count);
  for (let i = 0; i < count; i++) sameBits(f[dst + i], f32(bytes[src * 4 + i] * (1 / 255)), `byte ${bytes[src * 4 + i]}`);
  assert.equal(f[dst + count], 99, 'nothing written past count');
});
