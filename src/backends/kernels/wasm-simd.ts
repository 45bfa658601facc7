// Small WebAssembly SIMD loops that work in place on tfjs-wasm's own memory: six for the kernels
// where tfjs-wasm's own code is slow (see wasm-kernels.ts, wasm-conv2d-backprop-filter.ts and
// adam.ts for which and why), below, and those of the default CNN's fused training step
// (wasm-simd-training.ts). The module is assembled byte by byte when first needed
// (wasm-assembly.ts): no toolchain, no binary in the repository. Each loop does the same float32
// operations in a fixed order, so its results do not depend on anything but its inputs.
//
//   addRows(a, bias, out, rows, channels)   out[r, c] = a[r, c] + bias[c]
//   sumRows(x, out, rows, channels)         out[c] = x[0, c] + x[1, c] + ... (rows in order)
//   maxPoolGrad2x2(x, dy, dx, width, outWidth, channels)
//       one row of 2×2 windows, stride 2: each window's gradient goes to its first largest input
//       (row by row), the other three get 0
//   filterGrad3x8(...)                      one row and input channel of a 3-wide, 8-out filter's gradient
//   conv3x3x8(...)                          a 1-channel image convolved with 8 3×3 filters
//   adamStep(...)                           tf.train.adam's update, 4 weights at a time
//
// Pointers are byte offsets into the memory; channels must be a multiple of 4 (one v128 lane
// group each), rows and widths at least 1.

import {
  F32,
  F32X4_ADD,
  F32X4_DIV,
  F32X4_EQ,
  F32X4_MAX,
  F32X4_MUL,
  F32X4_SPLAT,
  F32X4_SQRT,
  I32,
  I32_ADD,
  I32_LT_U,
  I32_MUL,
  I32_SHL,
  I32_SUB,
  SIMD,
  V128_AND,
  V128_ANDNOT,
  V128_CONST,
  V128_LOAD,
  V128_LOAD32_SPLAT,
  V128_OR,
  V128_STORE,
  bump,
  doWhile,
  get,
  i32,
  load,
  moduleBytes,
  set,
  simd,
  store,
  tee,
  uleb,
  type FunctionDef,
} from './wasm-assembly.js';
import { TRAINING_FUNCTIONS, type TrainingKernels } from './wasm-simd-training.js';

// addRows(a, bias, out, rows, channels): locals 5 aEnd, 6 b, 7 bEnd.
const addRows: FunctionDef = {
  name: 'addRows',
  params: 5,
  locals: { i32: 3 },
  body: [
    ...get(0),
    ...get(3),
    ...get(4),
    I32_MUL,
    ...i32(2),
    I32_SHL,
    I32_ADD,
    ...set(5),
    ...get(1),
    ...get(4),
    ...i32(2),
    I32_SHL,
    I32_ADD,
    ...set(7),
    ...doWhile(
      [
        ...get(1),
        ...set(6),
        ...doWhile(
          [
            ...get(2),
            ...get(0),
            ...load(),
            ...get(6),
            ...load(),
            ...simd(F32X4_ADD),
            ...store(),
            ...bump(0, i32(16)),
            ...bump(2, i32(16)),
            ...bump(6, i32(16)),
          ],
          [...get(6), ...get(7), I32_LT_U],
        ),
      ],
      [...get(0), ...get(5), I32_LT_U],
    ),
  ],
};

// sumRows(x, out, rows, channels): locals 4 rowBytes, 5 p, 6 pEnd, 7 outEnd; v128 8 acc.
const sumRows: FunctionDef = {
  name: 'sumRows',
  params: 4,
  locals: { i32: 4, v128: 1 },
  body: [
    ...get(3),
    ...i32(2),
    I32_SHL,
    ...set(4),
    ...get(1),
    ...get(4),
    I32_ADD,
    ...set(7),
    ...doWhile(
      [
        // One group of 4 channels down all rows, in row order.
        ...get(0),
        ...set(5),
        ...get(0),
        ...get(2),
        ...get(4),
        I32_MUL,
        I32_ADD,
        ...set(6),
        SIMD,
        ...uleb(V128_CONST),
        ...new Array(16).fill(0),
        ...set(8),
        ...doWhile([...get(8), ...get(5), ...load(), ...simd(F32X4_ADD), ...set(8), ...bump(5, get(4))], [...get(5), ...get(6), I32_LT_U]),
        ...get(1),
        ...get(8),
        ...store(),
        ...bump(0, i32(16)),
        ...bump(1, i32(16)),
      ],
      [...get(1), ...get(7), I32_LT_U],
    ),
  ],
};

// maxPoolGrad2x2(x, dy, dx, width, outWidth, channels): x and dx point at the window row's first
// input row, dy at its gradient row. Locals: 6 rowBytes (width*channels*4), 7 groupBytes
// (channels*4), 8 dyEnd, 9 groupEnd; v128 10..13 x0..x3, 14 max, 15 g, 16 taken, 17 e.
const maxPoolGrad2x2: FunctionDef = {
  name: 'maxPoolGrad2x2',
  params: 6,
  locals: { i32: 4, v128: 8 },
  body: (() => {
    const [x, dy, dx, width, outWidth, channels] = [0, 1, 2, 3, 4, 5];
    const [rowBytes, groupBytes, dyEnd, groupEnd] = [6, 7, 8, 9];
    const [x0, x1, x2, x3, max, g, taken, e] = [10, 11, 12, 13, 14, 15, 16, 17];
    // Byte offsets of the window's four inputs: left, right, below, below right.
    const offset = (which: number): number[] =>
      which === 0
        ? []
        : which === 1
          ? [...get(groupBytes), I32_ADD]
          : which === 2
            ? [...get(rowBytes), I32_ADD]
            : [...get(rowBytes), I32_ADD, ...get(groupBytes), I32_ADD];
    const input = (which: number, local: number) => [...get(x), ...offset(which), ...load(), ...set(local)];
    const output = (which: number, mask: number) => [...get(dx), ...offset(which), ...get(g), ...get(mask), ...simd(V128_AND), ...store()];
    /** e = (input == max) and not taken yet; taken |= e */
    const claim = (local: number) => [
      ...get(local),
      ...get(max),
      ...simd(F32X4_EQ),
      ...get(taken),
      ...simd(V128_ANDNOT),
      ...set(e),
      ...get(taken),
      ...get(e),
      ...simd(V128_OR),
      ...set(taken),
    ];
    return [
      ...get(width),
      ...get(channels),
      I32_MUL,
      ...i32(2),
      I32_SHL,
      ...set(rowBytes),
      ...get(channels),
      ...i32(2),
      I32_SHL,
      ...set(groupBytes),
      ...get(dy),
      ...get(outWidth),
      ...get(groupBytes),
      I32_MUL,
      I32_ADD,
      ...set(dyEnd),
      ...doWhile(
        [
          ...get(dy),
          ...get(groupBytes),
          I32_ADD,
          ...set(groupEnd),
          ...doWhile(
            [
              ...input(0, x0),
              ...input(1, x1),
              ...input(2, x2),
              ...input(3, x3),
              ...get(dy),
              ...load(),
              ...set(g),
              ...get(x0),
              ...get(x1),
              ...simd(F32X4_MAX),
              ...get(x2),
              ...get(x3),
              ...simd(F32X4_MAX),
              ...simd(F32X4_MAX),
              ...set(max),
              // The first input equal to the max takes the gradient; `taken` keeps later ones out.
              ...get(x0),
              ...get(max),
              ...simd(F32X4_EQ),
              ...set(taken),
              ...output(0, taken),
              ...claim(x1),
              ...output(1, e),
              ...claim(x2),
              ...output(2, e),
              ...claim(x3),
              ...output(3, e),
              ...bump(x, i32(16)),
              ...bump(dx, i32(16)),
              ...bump(dy, i32(16)),
            ],
            [...get(dy), ...get(groupEnd), I32_LT_U],
          ),
          // x and dx moved one pixel (all its channels); the next window starts one more on.
          ...bump(x, get(groupBytes)),
          ...bump(dx, get(groupBytes)),
        ],
        [...get(dy), ...get(dyEnd), I32_LT_U],
      ),
    ];
  })(),
};

// filterGrad3x8(x, dy, out, images, outHeight, outWidth, xRowBytes, xImageBytes, xPixelBytes,
// outTapBytes): one filter row (kh) and one input channel (c) of the filter gradient of a
// stride-1 'valid' convolution with filters 3 wide and 8 output channels:
// out[kw, o] = sum over n, i, j (in that order) of x[n, i + kh, j + kw, c] * dy[n, i, j, o], with x
// pointing at row kh, channel c of image 0, pixels xPixelBytes apart, and out's three rows of 8
// outTapBytes apart. The 24 sums are 6 v128 accumulators, held in locals over the whole pass.
// Locals: 10 image, 11 row, 12 p, 13 pEnd, 14 rowsLeft, 15 imagesLeft; v128 16..21 sums, 22 d0,
// 23 d1, 24 s.
const filterGrad3x8: FunctionDef = {
  name: 'filterGrad3x8',
  params: 10,
  locals: { i32: 6, v128: 9 },
  body: (() => {
    const [x, dy, out, images, outHeight, outWidth, xRowBytes, xImageBytes, xPixelBytes, outTapBytes] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const [image, row, p, pEnd, rowsLeft, imagesLeft] = [10, 11, 12, 13, 14, 15];
    const sums = [16, 17, 18, 19, 20, 21];
    const [d0, d1, sp] = [22, 23, 24];
    const splatAt = (kw: number) => [
      ...get(p),
      ...(kw === 0 ? [] : [...get(xPixelBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]),
      SIMD,
      ...uleb(V128_LOAD32_SPLAT),
      2,
      0,
    ];
    const tap = (kw: number) => [
      ...splatAt(kw),
      ...set(sp),
      ...get(sums[2 * kw]),
      ...get(sp),
      ...get(d0),
      ...simd(F32X4_MUL),
      ...simd(F32X4_ADD),
      ...set(sums[2 * kw]),
      ...get(sums[2 * kw + 1]),
      ...get(sp),
      ...get(d1),
      ...simd(F32X4_MUL),
      ...simd(F32X4_ADD),
      ...set(sums[2 * kw + 1]),
    ];
    const storeRow = (kw: number) => [
      ...get(out),
      ...(kw === 0 ? [] : [...get(outTapBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]),
      ...get(sums[2 * kw]),
      SIMD,
      ...uleb(V128_STORE),
      0,
      0,
      ...get(out),
      ...(kw === 0 ? [] : [...get(outTapBytes), ...(kw === 2 ? [...i32(1), I32_SHL] : []), I32_ADD]),
      ...get(sums[2 * kw + 1]),
      SIMD,
      ...uleb(V128_STORE),
      0,
      16,
    ];
    return [
      ...get(x),
      ...set(image),
      ...get(images),
      ...set(imagesLeft),
      ...doWhile(
        [
          ...get(image),
          ...set(row),
          ...get(outHeight),
          ...set(rowsLeft),
          ...doWhile(
            [
              ...get(row),
              ...set(p),
              ...get(row),
              ...get(outWidth),
              ...get(xPixelBytes),
              I32_MUL,
              I32_ADD,
              ...set(pEnd),
              ...doWhile(
                [
                  ...get(dy),
                  SIMD,
                  ...uleb(V128_LOAD),
                  0,
                  0,
                  ...set(d0),
                  ...get(dy),
                  SIMD,
                  ...uleb(V128_LOAD),
                  0,
                  16,
                  ...set(d1),
                  ...tap(0),
                  ...tap(1),
                  ...tap(2),
                  ...bump(dy, i32(32)),
                  ...bump(p, get(xPixelBytes)),
                ],
                [...get(p), ...get(pEnd), I32_LT_U],
              ),
              ...bump(row, get(xRowBytes)),
              ...get(rowsLeft),
              ...i32(1),
              I32_SUB,
              ...tee(rowsLeft),
            ],
            [],
          ),
          ...bump(image, get(xImageBytes)),
          ...get(imagesLeft),
          ...i32(1),
          I32_SUB,
          ...tee(imagesLeft),
        ],
        [],
      ),
      ...storeRow(0),
      ...storeRow(1),
      ...storeRow(2),
    ];
  })(),
};

// conv3x3x8(x, w, out, images, outHeight, outWidth, xRowBytes, xImageBytes): a stride-1 'valid'
// convolution of a 1-channel x with a [3, 3, 1, 8] filter: out[n, i, j, o] = the sum over kh, kw
// (in that order) of x[n, i + kh, j + kw] * w[kh, kw, 0, o]. The filter stays in 18 v128 locals.
// Locals: 8 image, 9 row, 10 p, 11 pEnd, 12 rowsLeft, 13 imagesLeft, 14 p1, 15 p2; v128 16..33 the
// filter, 34 a0, 35 a1, 36 s.
const conv3x3x8: FunctionDef = {
  name: 'conv3x3x8',
  params: 8,
  locals: { i32: 8, v128: 21 },
  body: (() => {
    const [x, w, out, images, outHeight, outWidth, xRowBytes, xImageBytes] = [0, 1, 2, 3, 4, 5, 6, 7];
    const [image, row, p, pEnd, rowsLeft, imagesLeft, p1, p2] = [8, 9, 10, 11, 12, 13, 14, 15];
    const filter = Array.from({ length: 18 }, (_, k) => 16 + k);
    const [a0, a1, sp] = [34, 35, 36];
    const tap = (t: number) => {
      const base = [p, p1, p2][Math.floor(t / 3)];
      const product = (half: number) => [...get(sp), ...get(filter[2 * t + half]), ...simd(F32X4_MUL)];
      return [
        ...get(base),
        SIMD,
        ...uleb(V128_LOAD32_SPLAT),
        2,
        ...uleb(4 * (t % 3)),
        ...set(sp),
        ...(t === 0
          ? [...product(0), ...set(a0), ...product(1), ...set(a1)]
          : [...get(a0), ...product(0), ...simd(F32X4_ADD), ...set(a0), ...get(a1), ...product(1), ...simd(F32X4_ADD), ...set(a1)]),
      ];
    };
    return [
      ...filter.flatMap((local, k) => [...get(w), SIMD, ...uleb(V128_LOAD), 0, ...uleb(16 * k), ...set(local)]),
      ...get(x),
      ...set(image),
      ...get(images),
      ...set(imagesLeft),
      ...doWhile(
        [
          ...get(image),
          ...set(row),
          ...get(outHeight),
          ...set(rowsLeft),
          ...doWhile(
            [
              ...get(row),
              ...set(p),
              ...get(row),
              ...get(outWidth),
              ...i32(2),
              I32_SHL,
              I32_ADD,
              ...set(pEnd),
              ...doWhile(
                [
                  ...get(p),
                  ...get(xRowBytes),
                  I32_ADD,
                  ...tee(p1),
                  ...get(xRowBytes),
                  I32_ADD,
                  ...set(p2),
                  ...Array.from({ length: 9 }, (_, t) => tap(t)).flat(),
                  ...get(out),
                  ...get(a0),
                  SIMD,
                  ...uleb(V128_STORE),
                  0,
                  0,
                  ...get(out),
                  ...get(a1),
                  SIMD,
                  ...uleb(V128_STORE),
                  0,
                  16,
                  ...bump(out, i32(32)),
                  ...bump(p, i32(4)),
                ],
                [...get(p), ...get(pEnd), I32_LT_U],
              ),
              ...bump(row, get(xRowBytes)),
              ...get(rowsLeft),
              ...i32(1),
              I32_SUB,
              ...tee(rowsLeft),
            ],
            [],
          ),
          ...bump(image, get(xImageBytes)),
          ...get(imagesLeft),
          ...i32(1),
          I32_SUB,
          ...tee(imagesLeft),
        ],
        [],
      ),
    ];
  })(),
};

// adamStep(value, m, v, g, newValue, newM, newV, count, beta1, oneMinusBeta1, beta2, oneMinusBeta2,
// correction1, correction2, epsilon, negativeLearningRate): tf.train.adam's update of `count`
// (a multiple of 4) float32 weights, the same operations in the same order as its ops (adam.ts):
//   m' = m*b1 + g*(1-b1); v' = v*b2 + (g*g)*(1-b2);
//   value' = ((m'/c1) / (sqrt(v'/c2) + eps)) * -lr + value
// Each f32x4 operation rounds as the scalar float32 one does, so the weights are bitwise tfjs's.
// Locals: 16 end; v128 17..24 the scalars splatted, 25 g, 26 m', 27 v'.
const adamStep: FunctionDef = {
  name: 'adamStep',
  params: 16,
  paramTypes: [...new Array(8).fill(I32), ...new Array(8).fill(F32)],
  locals: { i32: 1, v128: 11 },
  body: (() => {
    const [value, m, v, g, newValue, newM, newV, count] = [0, 1, 2, 3, 4, 5, 6, 7];
    const end = 16;
    const [b1, omb1, b2, omb2, c1, c2, eps, nlr] = [17, 18, 19, 20, 21, 22, 23, 24];
    const [gi, mi, vi] = [25, 26, 27];
    const loadAt = (pointer: number) => [...get(pointer), ...load()];
    const storeAt = (pointer: number, local: number) => [...get(pointer), ...get(local), ...store()];
    return [
      ...[b1, omb1, b2, omb2, c1, c2, eps, nlr].flatMap((local, k) => [...get(8 + k), ...simd(F32X4_SPLAT), ...set(local)]),
      ...get(g),
      ...get(count),
      ...i32(2),
      I32_SHL,
      I32_ADD,
      ...set(end),
      ...doWhile(
        [
          ...loadAt(g),
          ...set(gi),
          ...loadAt(m),
          ...get(b1),
          ...simd(F32X4_MUL),
          ...get(gi),
          ...get(omb1),
          ...simd(F32X4_MUL),
          ...simd(F32X4_ADD),
          ...set(mi),
          ...loadAt(v),
          ...get(b2),
          ...simd(F32X4_MUL),
          ...get(gi),
          ...get(gi),
          ...simd(F32X4_MUL),
          ...get(omb2),
          ...simd(F32X4_MUL),
          ...simd(F32X4_ADD),
          ...set(vi),
          ...get(newValue),
          ...get(mi),
          ...get(c1),
          ...simd(F32X4_DIV),
          ...get(vi),
          ...get(c2),
          ...simd(F32X4_DIV),
          ...simd(F32X4_SQRT),
          ...get(eps),
          ...simd(F32X4_ADD),
          ...simd(F32X4_DIV),
          ...get(nlr),
          ...simd(F32X4_MUL),
          ...loadAt(value),
          ...simd(F32X4_ADD),
          ...store(),
          ...storeAt(newM, mi),
          ...storeAt(newV, vi),
          ...[value, m, v, g, newValue, newM, newV].flatMap((pointer) => bump(pointer, i32(16))),
        ],
        [...get(g), ...get(end), I32_LT_U],
      ),
    ];
  })(),
};

const FUNCTIONS = [addRows, sumRows, maxPoolGrad2x2, filterGrad3x8, conv3x3x8, adamStep, ...TRAINING_FUNCTIONS];

/** The module's bytes: memory imported as env.memory, the functions exported by name. */
export function simdModuleBytes(): Uint8Array {
  return moduleBytes(FUNCTIONS);
}

export interface SimdKernels extends TrainingKernels {
  addRows(a: number, bias: number, out: number, rows: number, channels: number): void;
  sumRows(x: number, out: number, rows: number, channels: number): void;
  maxPoolGrad2x2(x: number, dy: number, dx: number, width: number, outWidth: number, channels: number): void;
  filterGrad3x8(
    x: number,
    dy: number,
    out: number,
    images: number,
    outHeight: number,
    outWidth: number,
    xRowBytes: number,
    xImageBytes: number,
    xPixelBytes: number,
    outTapBytes: number,
  ): void;
  conv3x3x8(x: number, w: number, out: number, images: number, outHeight: number, outWidth: number, xRowBytes: number, xImageBytes: number): void;
  adamStep(
    value: number,
    m: number,
    v: number,
    g: number,
    newValue: number,
    newM: number,
    newV: number,
    count: number,
    beta1: number,
    oneMinusBeta1: number,
    beta2: number,
    oneMinusBeta2: number,
    correction1: number,
    correction2: number,
    epsilon: number,
    negativeLearningRate: number,
  ): void;
}

/** The few WebAssembly constructors we use (the project's lib settings have no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: unknown };
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: object | null | undefined;
const instances = new WeakMap<object, SimdKernels>();

/**
 * The loops bound to `memory` (a WebAssembly.Memory), or null where this WebAssembly has no SIMD
 * (callers then keep tfjs's kernels).
 */
export function simdKernels(memory: object): SimdKernels | null {
  if (compiled === undefined) {
    try {
      compiled = new wasmApi.Module(simdModuleBytes());
    } catch {
      compiled = null;
    }
  }
  if (compiled === null) return null;
  let kernels = instances.get(memory);
  if (!kernels) {
    try {
      kernels = new wasmApi.Instance(compiled, { env: { memory } }).exports as SimdKernels;
    } catch {
      // A memory ours cannot import (the threaded build's shared one): tfjs's kernels stay.
      return null;
    }
    instances.set(memory, kernels);
  }
  return kernels;
}

/** Our loops on a wasm backend's own memory; null where that memory cannot be reached or SIMD is missing. */
export function simdFor(backend: { wasm: unknown }): SimdKernels | null {
  const memory = (backend.wasm as { asm?: { memory?: object } }).asm?.memory;
  return memory ? simdKernels(memory) : null;
}
