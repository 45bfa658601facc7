// The SIMD loops of the default CNN's fused training step (training/fused-step.ts), in the same
// module as wasm-simd.ts's. Each sums in the order tfjs-wasm's kernels do (XNNPACK's for the
// matrix products and convolutions: every sum starts at 0 and adds its products in order), so the
// step's numbers are bitwise those of tfjs's kernels; test/unit/wasm-simd.test.ts and
// test/unit/fused-step.test.ts check it.
//
//   gemm4x8, gemm4x4, gemm1x8, gemm1x4 (a, b, c, rowBlocks, cols, depth, aRowBytes, aColBytes, bRowBytes, cRowBytes)
//       c[m, n] = the sum over k in order of a[m, k] * b[k, n]; blocks of 4 or 1 rows by 8 or 4
//       columns (cols a multiple of the block's). a is read through two strides, so a transposed
//       operand costs nothing; b and c rows are contiguous.
//   conv3x3c8, conv3x3c8BiasRelu (x, w, out, images, outHeight, outWidth, xRowBytes, xImageBytes[, bias])
//       a stride-1 'valid' convolution of 8 channels with a [3, 3, 8, 8] filter: each output the sum
//       over kh, kw, c in that order (then max(sum + bias, 0) in the fused variant)
//   maxPool2x2 (x, out, images, outHeight, outWidth, channels, inRowBytes, inImageBytes)
//   maxPoolGradRelu2x2 (x, dy, dx, images, outHeight, outWidth, channels, inRowBytes, inImageBytes)
//       each 2×2 window's gradient to its first largest input (row by row), kept where that
//       input (a Relu's output) is above 0: MaxPoolGrad, then Relu's gradient
//   addRowsRelu (a, bias, out, rows, channels)     out[r, c] = max(a[r, c] + bias[c], 0)
//   mulVectors (a, b, out, count)                  out = a × b
//   mulMaskPositive (a, b, h, out, count)          out = a × b where h > 0, else 0
//   transpose32 (src, dst, rows, cols)             dst[j, i] = src[i, j], 32-bit values copied
//   copyRows (...)                                 rows copied between strided layouts
//   dropoutMask (out, count, s0, s1, s2, c, keep)  tf.dropout's mask, from seedrandom's alea state
//   unitFloats (src, dst, count)                   uint8 pixels to float32 v / 255, as the batches scale them
//
// Pointers are byte offsets; counts, channels and widths as each function says, at least 1.
import {
  SIMD,
  F32,
  F64,
  I32,
  F32_STORE,
  F32X4_ADD,
  F32X4_EQ,
  F32X4_GT,
  F32X4_MAX,
  F32X4_MUL,
  I32_ADD,
  I32_LT_U,
  I32_MUL,
  I32_SHL,
  I32_SHR_U,
  I32_AND,
  V128_AND,
  V128_ANDNOT,
  V128_OR,
  I32_SUB,
  bump,
  doWhile,
  get,
  i32,
  load,
  namedLocals,
  repeat,
  set,
  simd,
  splat,
  store,
  zeroVector,
  type FunctionDef,
} from './wasm-assembly.js';

const I32_LOAD = 0x28;
const I32_STORE = 0x36;
const F32_ADD = 0x92,
  F32_DIV = 0x95,
  F32_FLOOR = 0x8e,
  F32_DEMOTE_F64 = 0xb6,
  F64_ADD = 0xa0,
  F64_SUB = 0xa1,
  F64_MUL = 0xa2,
  I32_TRUNC_F64_S = 0xaa,
  F64_CONVERT_I32_S = 0xb7;
const MEMORY_COPY = [0xfc, 10, 0, 0];
const F64X2_SPLAT = 0x14,
  F32X4_DEMOTE_F64X2_ZERO = 0x5e,
  I16X8_EXTEND_LOW_I8X16_U = 0x89,
  I16X8_EXTEND_HIGH_I8X16_U = 0x8a,
  I32X4_EXTEND_LOW_I16X8_U = 0xa9,
  I32X4_EXTEND_HIGH_I16X8_U = 0xaa,
  F64X2_MUL = 0xf2,
  F64X2_CONVERT_LOW_I32X4_U = 0xff;
/** i8x16.shuffle of the two v128s on the stack, lanes as given. */
const shuffle = (lanes: number[]) => [SIMD, 0x0d, ...lanes];
/** f64.const, its 8 bytes little-endian. */
const f64 = (value: number) => [0x44, ...new Uint8Array(Float64Array.of(value).buffer)];

/** acc = acc + a × b (two roundings, as XNNPACK's wasmsimd kernels do it: no fused multiply-add). */
const multiplyAdd = (acc: number, a: number[], b: number[]) => [...get(acc), ...a, ...b, ...simd(F32X4_MUL), ...simd(F32X4_ADD), ...set(acc)];

function gemm(rows: 1 | 4, vectors: 1 | 2): FunctionDef {
  const accNames = Array.from({ length: rows * vectors }, (_, k) => `acc${k}`);
  const l = namedLocals(
    ['a', 'b', 'c', 'rowBlocks', 'cols', 'depth', 'aRowBytes', 'aColBytes', 'bRowBytes', 'cRowBytes'] as const,
    ['aRow', 'cRow', 'col', 'colEnd', 'k', 'bp', 'ap0', 'ap1', 'ap2', 'ap3'] as const,
    [...accNames, 'b0', 'b1', 's'] as string[],
  ) as Record<string, number>;
  const acc = (r: number, v: number) => l[`acc${r * vectors + v}`];
  const ap = (r: number) => l[`ap${r}`];
  const rowOffset = (r: number, stride: number) => (r === 0 ? [] : [...get(stride), ...i32(r), I32_MUL, I32_ADD]);
  const block = [
    ...Array.from({ length: rows * vectors }, (_, k) => [...zeroVector(), ...set(l[`acc${k}`])]).flat(),
    ...Array.from({ length: rows }, (_, r) => [...get(l.aRow), ...rowOffset(r, l.aRowBytes), ...set(ap(r))]).flat(),
    ...get(l.b),
    ...get(l.col),
    I32_ADD,
    ...set(l.bp),
    ...get(l.depth),
    ...set(l.k),
    ...repeat(l.k, [
      ...Array.from({ length: vectors }, (_, v) => [...get(l.bp), ...load(16 * v), ...set(v === 0 ? l.b0 : l.b1)]).flat(),
      ...Array.from({ length: rows }, (_, r) => [
        ...get(ap(r)),
        ...splat(),
        ...set(l.s),
        ...Array.from({ length: vectors }, (_, v) => multiplyAdd(acc(r, v), get(l.s), get(v === 0 ? l.b0 : l.b1))).flat(),
        ...bump(ap(r), get(l.aColBytes)),
      ]).flat(),
      ...bump(l.bp, get(l.bRowBytes)),
    ]),
    ...Array.from({ length: rows }, (_, r) =>
      Array.from({ length: vectors }, (_, v) => [
        ...get(l.cRow),
        ...rowOffset(r, l.cRowBytes),
        ...get(l.col),
        I32_ADD,
        ...get(acc(r, v)),
        ...store(16 * v),
      ]).flat(),
    ).flat(),
  ];
  return {
    name: `gemm${rows}x${4 * vectors}`,
    params: 10,
    locals: { i32: 10, v128: rows * vectors + 3 },
    body: [
      ...get(l.a),
      ...set(l.aRow),
      ...get(l.c),
      ...set(l.cRow),
      ...get(l.cols),
      ...i32(2),
      I32_SHL,
      ...set(l.colEnd),
      ...repeat(l.rowBlocks, [
        ...i32(0),
        ...set(l.col),
        ...doWhile([...block, ...bump(l.col, i32(16 * vectors))], [...get(l.col), ...get(l.colEnd), I32_LT_U]),
        ...bump(l.aRow, [...get(l.aRowBytes), ...i32(rows), I32_MUL]),
        ...bump(l.cRow, [...get(l.cRowBytes), ...i32(rows), I32_MUL]),
      ]),
    ],
  };
}

/**
 * `channels` (1 or 8) in, 8 out, 3×3: 4 output pixels of a row at once (then single ones), 2
 * accumulators each. The 9 × channels products of an output come in the filter's order (kh, kw,
 * c); for one kh, (kw, c) walks the input row's floats one by one, so the loop over them is as
 * small as a matrix product's: TurboFan keeps it in registers (fully unrolled, it spilled them).
 */
function conv3x3(channels: 1 | 8, biasRelu: boolean): FunctionDef {
  const pixels = 4;
  const l = namedLocals(
    ['x', 'w', 'out', 'images', 'outHeight', 'outWidth', 'xRowBytes', 'xImageBytes', 'bias'] as const,
    ['image', 'row', 'p0', 'xp', 'wp', 'kh', 'k', 'rowsLeft', 'imagesLeft', 'blocks', 'singles'] as const,
    ['acc0', 'acc1', 'acc2', 'acc3', 'acc4', 'acc5', 'acc6', 'acc7', 'w0', 'w1', 's', 'b0', 'b1', 'zero'] as const,
  );
  // Without the bias param every local sits one lower.
  const at = (local: number) => (biasRelu || local < 8 ? local : local - 1);
  const acc = (q: number, v: number) => at(l.acc0 + 2 * q + v);
  const pixelBytes = channels * 4;
  const pixelsCode = (count: number) => [
    ...Array.from({ length: count * 2 }, (_, k) => [...zeroVector(), ...set(at(l.acc0) + k)]).flat(),
    ...get(at(l.w)),
    ...set(at(l.wp)),
    ...get(at(l.p0)),
    ...set(at(l.xp)),
    ...i32(3),
    ...set(at(l.kh)),
    ...repeat(at(l.kh), [
      ...i32(3 * channels),
      ...set(at(l.k)),
      ...repeat(at(l.k), [
        ...get(at(l.wp)),
        ...load(0),
        ...set(at(l.w0)),
        ...get(at(l.wp)),
        ...load(16),
        ...set(at(l.w1)),
        ...Array.from({ length: count }, (_, q) => [
          ...get(at(l.xp)),
          ...splat(q * pixelBytes),
          ...set(at(l.s)),
          ...multiplyAdd(acc(q, 0), get(at(l.s)), get(at(l.w0))),
          ...multiplyAdd(acc(q, 1), get(at(l.s)), get(at(l.w1))),
        ]).flat(),
        ...bump(at(l.xp), i32(4)),
        ...bump(at(l.wp), i32(32)),
      ]),
      // On to the next input row: back over the 3 pixels just walked, down one row.
      ...bump(at(l.xp), [...get(at(l.xRowBytes)), ...i32(3 * pixelBytes), I32_SUB]),
    ]),
    ...Array.from({ length: count }, (_, q) =>
      [0, 1].flatMap((v) => [
        ...get(at(l.out)),
        ...get(acc(q, v)),
        ...(biasRelu ? [...get(v === 0 ? l.b0 : l.b1), ...simd(F32X4_ADD), ...get(l.zero), ...simd(F32X4_MAX)] : []),
        ...store(q * 32 + v * 16),
      ]),
    ).flat(),
    ...bump(at(l.out), i32(32 * count)),
    ...bump(at(l.p0), i32(pixelBytes * count)),
  ];
  return {
    name: `conv3x3c${channels}${biasRelu ? 'BiasRelu' : ''}`,
    params: biasRelu ? 9 : 8,
    locals: { i32: 11, v128: biasRelu ? 14 : 11 },
    body: [
      ...(biasRelu ? [...get(l.bias), ...load(0), ...set(l.b0), ...get(l.bias), ...load(16), ...set(l.b1), ...zeroVector(), ...set(l.zero)] : []),
      ...get(at(l.x)),
      ...set(at(l.image)),
      ...get(at(l.images)),
      ...set(at(l.imagesLeft)),
      ...repeat(at(l.imagesLeft), [
        ...get(at(l.image)),
        ...set(at(l.row)),
        ...get(at(l.outHeight)),
        ...set(at(l.rowsLeft)),
        ...repeat(at(l.rowsLeft), [
          ...get(at(l.row)),
          ...set(at(l.p0)),
          ...get(at(l.outWidth)),
          ...i32(2),
          I32_SHR_U,
          ...set(at(l.blocks)),
          ...get(at(l.outWidth)),
          ...i32(pixels - 1),
          I32_AND,
          ...set(at(l.singles)),
          ...repeat(at(l.blocks), pixelsCode(pixels)),
          ...repeat(at(l.singles), pixelsCode(1)),
          ...bump(at(l.row), get(at(l.xRowBytes))),
        ]),
        ...bump(at(l.image), get(at(l.xImageBytes))),
      ]),
    ],
  };
}

/** Shared loops of the two pooling kernels: over images, window rows, windows, channel groups. */
function poolLoops(
  l: Record<
    | 'images'
    | 'outHeight'
    | 'outWidth'
    | 'channels'
    | 'inRowBytes'
    | 'inImageBytes'
    | 'image'
    | 'row'
    | 'p'
    | 'rowsLeft'
    | 'imagesLeft'
    | 'cols'
    | 'groups'
    | 'groupBytes',
    number
  >,
  group: number[],
  /** After each group: the pointers the group reads or writes move 16 bytes. */
  advanceGroup: number[],
  /** After each window: the input-side pointers move one pixel more (the window's second column). */
  advanceWindow: number[],
): number[] {
  return [
    ...get(l.channels),
    ...i32(2),
    I32_SHL,
    ...set(l.groupBytes),
    ...get(l.images),
    ...set(l.imagesLeft),
    ...repeat(l.imagesLeft, [
      ...get(l.image),
      ...set(l.row),
      ...get(l.outHeight),
      ...set(l.rowsLeft),
      ...repeat(l.rowsLeft, [
        ...get(l.row),
        ...set(l.p),
        ...get(l.outWidth),
        ...set(l.cols),
        ...repeat(l.cols, [...get(l.channels), ...i32(2), I32_SHR_U, ...set(l.groups), ...repeat(l.groups, [...group, ...advanceGroup]), ...advanceWindow]),
        ...bump(l.row, [...get(l.inRowBytes), ...i32(1), I32_SHL]),
      ]),
      ...bump(l.image, get(l.inImageBytes)),
    ]),
  ];
}

function maxPool2x2(): FunctionDef {
  const l = namedLocals(
    ['x', 'out', 'images', 'outHeight', 'outWidth', 'channels', 'inRowBytes', 'inImageBytes'] as const,
    ['image', 'row', 'p', 'rowsLeft', 'imagesLeft', 'cols', 'groups', 'groupBytes'] as const,
    [] as const,
  );
  const input = (right: boolean, below: boolean) => [
    ...get(l.p),
    ...(below ? [...get(l.inRowBytes), I32_ADD] : []),
    ...(right ? [...get(l.groupBytes), I32_ADD] : []),
    ...load(),
  ];
  return {
    name: 'maxPool2x2',
    params: 8,
    locals: { i32: 8 },
    body: [
      ...get(l.x),
      ...set(l.image),
      ...poolLoops(
        l,
        [
          ...get(l.out),
          ...input(false, false),
          ...input(true, false),
          ...simd(F32X4_MAX),
          ...input(false, true),
          ...input(true, true),
          ...simd(F32X4_MAX),
          ...simd(F32X4_MAX),
          ...store(),
        ],
        [...bump(l.p, i32(16)), ...bump(l.out, i32(16))],
        bump(l.p, get(l.groupBytes)),
      ),
    ],
  };
}

function maxPoolGradRelu2x2(): FunctionDef {
  const l = namedLocals(
    ['x', 'dy', 'dx', 'images', 'outHeight', 'outWidth', 'channels', 'inRowBytes', 'inImageBytes'] as const,
    ['image', 'row', 'p', 'rowsLeft', 'imagesLeft', 'cols', 'groups', 'groupBytes', 'delta'] as const,
    ['x0', 'x1', 'x2', 'x3', 'max', 'g', 'taken', 'e'] as const,
  );
  // dx has x's layout: the same offset from its start; `delta` = dx - x.
  const offset = (which: number): number[] =>
    [[], [...get(l.groupBytes), I32_ADD], [...get(l.inRowBytes), I32_ADD], [...get(l.inRowBytes), I32_ADD, ...get(l.groupBytes), I32_ADD]][which];
  const input = (which: number, local: number) => [...get(l.p), ...offset(which), ...load(), ...set(local)];
  const output = (which: number, mask: number) => [
    ...get(l.p),
    ...get(l.delta),
    I32_ADD,
    ...offset(which),
    ...get(l.g),
    ...get(mask),
    ...simd(V128_AND),
    ...store(),
  ];
  const claim = (local: number) => [
    ...get(local),
    ...get(l.max),
    ...simd(F32X4_EQ),
    ...get(l.taken),
    ...simd(V128_ANDNOT),
    ...set(l.e),
    ...get(l.taken),
    ...get(l.e),
    ...simd(V128_OR),
    ...set(l.taken),
  ];
  return {
    name: 'maxPoolGradRelu2x2',
    params: 9,
    locals: { i32: 9, v128: 8 },
    body: [
      ...get(l.x),
      ...set(l.image),
      ...get(l.dx),
      ...get(l.x),
      I32_SUB,
      ...set(l.delta),
      ...poolLoops(
        l,
        [
          ...input(0, l.x0),
          ...input(1, l.x1),
          ...input(2, l.x2),
          ...input(3, l.x3),
          ...get(l.x0),
          ...get(l.x1),
          ...simd(F32X4_MAX),
          ...get(l.x2),
          ...get(l.x3),
          ...simd(F32X4_MAX),
          ...simd(F32X4_MAX),
          ...set(l.max),
          // The gradient, kept where the window's largest input (a Relu's output) is above 0.
          ...get(l.dy),
          ...load(),
          ...get(l.max),
          ...zeroVector(),
          ...simd(F32X4_GT),
          ...simd(V128_AND),
          ...set(l.g),
          ...get(l.x0),
          ...get(l.max),
          ...simd(F32X4_EQ),
          ...set(l.taken),
          ...output(0, l.taken),
          ...claim(l.x1),
          ...output(1, l.e),
          ...claim(l.x2),
          ...output(2, l.e),
          ...claim(l.x3),
          ...output(3, l.e),
        ],
        [...bump(l.p, i32(16)), ...bump(l.dy, i32(16))],
        bump(l.p, get(l.groupBytes)),
      ),
    ],
  };
}

// addRowsRelu(a, bias, out, rows, channels): addRows' loop, then max(·, 0).
function addRowsRelu(): FunctionDef {
  const l = namedLocals(['a', 'bias', 'out', 'rows', 'channels'] as const, ['b', 'groups'] as const, ['zero'] as const);
  return {
    name: 'addRowsRelu',
    params: 5,
    locals: { i32: 2, v128: 1 },
    body: [
      ...zeroVector(),
      ...set(l.zero),
      ...repeat(l.rows, [
        ...get(l.bias),
        ...set(l.b),
        ...get(l.channels),
        ...i32(2),
        I32_SHR_U,
        ...set(l.groups),
        ...repeat(l.groups, [
          ...get(l.out),
          ...get(l.a),
          ...load(),
          ...get(l.b),
          ...load(),
          ...simd(F32X4_ADD),
          ...get(l.zero),
          ...simd(F32X4_MAX),
          ...store(),
          ...bump(l.a, i32(16)),
          ...bump(l.b, i32(16)),
          ...bump(l.out, i32(16)),
        ]),
      ]),
    ],
  };
}

/** out = a × b (masked by h > 0 when `masked`), 4 at a time; count a multiple of 4. */
function mulVectors(masked: boolean): FunctionDef {
  const l = namedLocals(['a', 'b', 'h', 'out', 'count'] as const, ['groups'] as const, [] as const);
  // Without h, out and count sit one lower.
  const at = (local: number) => (masked || local < l.h ? local : local - 1);
  return {
    name: masked ? 'mulMaskPositive' : 'mulVectors',
    params: masked ? 5 : 4,
    locals: { i32: 1 },
    body: [
      ...get(at(l.count)),
      ...i32(2),
      I32_SHR_U,
      ...set(at(l.groups)),
      ...repeat(at(l.groups), [
        ...get(at(l.out)),
        ...get(l.a),
        ...load(),
        ...get(l.b),
        ...load(),
        ...simd(F32X4_MUL),
        ...(masked ? [...get(l.h), ...load(), ...zeroVector(), ...simd(F32X4_GT), ...simd(V128_AND), ...bump(l.h, i32(16))] : []),
        ...store(),
        ...bump(l.a, i32(16)),
        ...bump(l.b, i32(16)),
        ...bump(at(l.out), i32(16)),
      ]),
    ],
  };
}

// transpose32(src, dst, rows, cols): dst[j, i] = src[i, j], as 32-bit integers (the bits unchanged).
function transpose32(): FunctionDef {
  const l = namedLocals(['src', 'dst', 'rows', 'cols'] as const, ['i', 'j', 'to', 'rowBytes'] as const, [] as const);
  return {
    name: 'transpose32',
    params: 4,
    locals: { i32: 4 },
    body: [
      ...get(l.rows),
      ...i32(2),
      I32_SHL,
      ...set(l.rowBytes),
      ...get(l.rows),
      ...set(l.i),
      ...repeat(l.i, [
        ...get(l.dst),
        ...set(l.to),
        ...get(l.cols),
        ...set(l.j),
        ...repeat(l.j, [...get(l.to), ...get(l.src), I32_LOAD, 2, 0, I32_STORE, 2, 0, ...bump(l.src, i32(4)), ...bump(l.to, get(l.rowBytes))]),
        ...bump(l.dst, i32(4)),
      ]),
    ],
  };
}

// copyRows(src, dst, images, rows, rowBytes, srcRowBytes, dstRowBytes, srcImageBytes, dstImageBytes):
// `rows` rows of `rowBytes` bytes per image, copied between layouts with their own strides.
function copyRows(): FunctionDef {
  const l = namedLocals(
    ['src', 'dst', 'images', 'rows', 'rowBytes', 'srcRowBytes', 'dstRowBytes', 'srcImageBytes', 'dstImageBytes'] as const,
    ['from', 'to', 'left'] as const,
    [] as const,
  );
  return {
    name: 'copyRows',
    params: 9,
    locals: { i32: 3 },
    body: repeat(l.images, [
      ...get(l.src),
      ...set(l.from),
      ...get(l.dst),
      ...set(l.to),
      ...get(l.rows),
      ...set(l.left),
      ...repeat(l.left, [
        ...get(l.to),
        ...get(l.from),
        ...get(l.rowBytes),
        ...MEMORY_COPY,
        ...bump(l.from, get(l.srcRowBytes)),
        ...bump(l.to, get(l.dstRowBytes)),
      ]),
      ...bump(l.src, get(l.srcImageBytes)),
      ...bump(l.dst, get(l.dstImageBytes)),
    ]),
  };
}

// dropoutMask(out, count, s0, s1, s2, c, keep): tf.dropout's multiplier, drawn as tfjs draws it:
// seedrandom's alea from the state given (its recurrence in float64, as JavaScript computes it),
// each draw rounded to float32 (tf.randomUniform's buffer), then floor(u + keep) / keep in float32
// (tf.dropout's Add, Floor and RealDiv).
function dropoutMask(): FunctionDef {
  const l = namedLocals(['out', 'count', 's0', 's1', 's2', 'c', 'keep'] as const, ['t'] as const, [] as const);
  return {
    name: 'dropoutMask',
    params: 7,
    paramTypes: [I32, I32, F64, F64, F64, F64, F32],
    // Declared by type: one f64 local (t).
    locals: { f64: 1 },
    body: repeat(l.count, [
      // t = 2091639 * s0 + c * 2^-32
      ...f64(2091639),
      ...get(l.s0),
      F64_MUL,
      ...get(l.c),
      ...f64(2.3283064365386963e-10),
      F64_MUL,
      F64_ADD,
      ...set(l.t),
      ...get(l.s1),
      ...set(l.s0),
      ...get(l.s2),
      ...set(l.s1),
      // c = t | 0; s2 = t - c
      ...get(l.t),
      I32_TRUNC_F64_S,
      F64_CONVERT_I32_S,
      ...set(l.c),
      ...get(l.t),
      ...get(l.c),
      F64_SUB,
      ...set(l.s2),
      ...get(l.out),
      ...get(l.s2),
      F32_DEMOTE_F64,
      ...get(l.keep),
      F32_ADD,
      F32_FLOOR,
      ...get(l.keep),
      F32_DIV,
      F32_STORE,
      2,
      0,
      ...bump(l.out, i32(4)),
    ]),
  };
}

// unitFloats(src, dst, count): dst[i] = src[i] / 255 as tf-repro scales a uint8 pixel, (v * (1 / 255))
// in float64 rounded to float32 (what JavaScript's Math.fround(v * (1 / 255)) gives), 16 at a time;
// count a multiple of 16.
function unitFloats(): FunctionDef {
  const l = namedLocals(['src', 'dst', 'count'] as const, ['groups'] as const, ['bytes', 'scale', 'words', 'low', 'high'] as const);
  /** Four float32 from the i32x4 in `words`: two f64x2 products, each rounded, joined. */
  const fourFloats = (offset: number) => [
    ...get(l.dst),
    ...get(l.words),
    ...simd(F64X2_CONVERT_LOW_I32X4_U),
    ...get(l.scale),
    ...simd(F64X2_MUL),
    ...simd(F32X4_DEMOTE_F64X2_ZERO),
    ...set(l.low),
    ...get(l.words),
    ...get(l.words),
    ...shuffle([8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7]),
    ...simd(F64X2_CONVERT_LOW_I32X4_U),
    ...get(l.scale),
    ...simd(F64X2_MUL),
    ...simd(F32X4_DEMOTE_F64X2_ZERO),
    ...set(l.high),
    ...get(l.low),
    ...get(l.high),
    ...shuffle([0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]),
    ...store(offset),
  ];
  /** The i32x4 of bytes 4q..4q+3 of the 16 loaded. */
  const words = (q: number) => [
    ...get(l.bytes),
    ...simd(q < 2 ? I16X8_EXTEND_LOW_I8X16_U : I16X8_EXTEND_HIGH_I8X16_U),
    ...simd(q % 2 === 0 ? I32X4_EXTEND_LOW_I16X8_U : I32X4_EXTEND_HIGH_I16X8_U),
    ...set(l.words),
  ];
  return {
    name: 'unitFloats',
    params: 3,
    locals: { i32: 1, v128: 5 },
    body: [
      ...f64(1 / 255),
      ...simd(F64X2_SPLAT),
      ...set(l.scale),
      ...get(l.count),
      ...i32(4),
      I32_SHR_U,
      ...set(l.groups),
      ...repeat(l.groups, [
        ...get(l.src),
        ...load(),
        ...set(l.bytes),
        ...[0, 1, 2, 3].flatMap((q) => [...words(q), ...fourFloats(16 * q)]),
        ...bump(l.src, i32(16)),
        ...bump(l.dst, i32(64)),
      ]),
    ],
  };
}

export const TRAINING_FUNCTIONS: FunctionDef[] = [
  gemm(4, 2),
  gemm(4, 1),
  gemm(1, 2),
  gemm(1, 1),
  conv3x3(8, false),
  conv3x3(8, true),
  conv3x3(1, true),
  maxPool2x2(),
  maxPoolGradRelu2x2(),
  addRowsRelu(),
  mulVectors(false),
  mulVectors(true),
  transpose32(),
  copyRows(),
  dropoutMask(),
  unitFloats(),
];

type Gemm = (
  a: number,
  b: number,
  c: number,
  rowBlocks: number,
  cols: number,
  depth: number,
  aRowBytes: number,
  aColBytes: number,
  bRowBytes: number,
  cRowBytes: number,
) => void;
type Conv = (x: number, w: number, out: number, images: number, outHeight: number, outWidth: number, xRowBytes: number, xImageBytes: number) => void;
type Pool = (x: number, out: number, images: number, outHeight: number, outWidth: number, channels: number, inRowBytes: number, inImageBytes: number) => void;

export interface TrainingKernels {
  gemm4x8: Gemm;
  gemm4x4: Gemm;
  gemm1x8: Gemm;
  gemm1x4: Gemm;
  conv3x3c8: Conv;
  conv3x3c8BiasRelu: (...args: [...Parameters<Conv>, bias: number]) => void;
  conv3x3c1BiasRelu: (...args: [...Parameters<Conv>, bias: number]) => void;
  maxPool2x2: Pool;
  maxPoolGradRelu2x2: (
    x: number,
    dy: number,
    dx: number,
    images: number,
    outHeight: number,
    outWidth: number,
    channels: number,
    inRowBytes: number,
    inImageBytes: number,
  ) => void;
  addRowsRelu(a: number, bias: number, out: number, rows: number, channels: number): void;
  mulVectors(a: number, b: number, out: number, count: number): void;
  mulMaskPositive(a: number, b: number, h: number, out: number, count: number): void;
  transpose32(src: number, dst: number, rows: number, cols: number): void;
  copyRows(
    src: number,
    dst: number,
    images: number,
    rows: number,
    rowBytes: number,
    srcRowBytes: number,
    dstRowBytes: number,
    srcImageBytes: number,
    dstImageBytes: number,
  ): void;
  dropoutMask(out: number, count: number, s0: number, s1: number, s2: number, c: number, keep: number): void;
  unitFloats(src: number, dst: number, count: number): void;
}
