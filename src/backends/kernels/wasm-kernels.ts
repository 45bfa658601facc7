// Faster stand-ins for the wasm kernels that training the default model spent most of its time in
// (profiled per kernel at batch 100; see the README's Performance section). Each one gives the
// numbers of a plain, fixed order of operations, so a run stays bitwise reproducible:
//
// - BatchMatMul with a transposed operand ran tfjs-wasm's plain triple loop (slow_batch_matmul);
//   only the untransposed case goes to XNNPACK. We transpose first, then call the original.
// - Conv2DBackpropInput ran plain loops; for stride 1 it is a convolution of dy with the filter
//   turned by 180° and its channels swapped, which the XNNPACK Conv2D kernel does.
// - MaxPoolGrad ran plain loops that search every window for every input pixel; ours visits each
//   window once: 2×2 windows at stride 2 (the default model's) in a SIMD loop (wasm-simd.ts),
//   other windows in JavaScript over the wasm heap.
// - Add of a per-channel bias ([..., C] + [C]) and Sum over all axes but the last (a bias's
//   gradient) ran tfjs-wasm's generic broadcasting and transposing code; SIMD loops now.
// - Conv2D of a 1-channel image with eight 3×3 filters (the first layer's forward pass while
//   training) ran XNNPACK's kernels, made for many channels; a SIMD loop now.
// - Identity and Cast to the same dtype copied the data; they now share it, as Reshape does.
//
// The originals stay for every case not listed (other strides, batched matmuls, ...).
import { backend_util, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { maxPoolBackprop } from './js-kernels.js';
import { simdFor } from './wasm-simd.js';
import { composed } from './wasm-compose.js';
import { replaceKernels, type KernelReplacement } from './replace-kernels.js';

const batchOf = (shape: number[]): number => shape.slice(0, -2).reduce((product, d) => product * d, 1);
const swapLastTwo = (rank: number): number[] => [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];

function fastBatchMatMul(original: KernelFunc): KernelFunc {
  return (args) => {
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const { transposeA, transposeB } = args.attrs as { transposeA: boolean; transposeB: boolean };
    // XNNPACK's path takes one matrix on each side; batched products keep the original.
    if ((!transposeA && !transposeB) || batchOf(a.shape) !== 1 || batchOf(b.shape) !== 1) return original(args);
    return composed(args.backend as BackendWasm, { BatchMatMul: original }, (run) => {
      const left = transposeA ? run('Transpose', { x: a }, { perm: swapLastTwo(a.shape.length) }) : a;
      const right = transposeB ? run('Transpose', { x: b }, { perm: swapLastTwo(b.shape.length) }) : b;
      return run('BatchMatMul', { a: left, b: right }, { ...args.attrs, transposeA: false, transposeB: false });
    });
  };
}

function fastConv2DBackpropInput(original: KernelFunc): KernelFunc {
  return (args) => {
    const { dy, filter } = args.inputs as { dy: TensorInfo; filter: TensorInfo };
    const { strides, pad, dataFormat, dimRoundingMode, inputShape } = args.attrs as {
      strides: number | [number, number];
      pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
      dataFormat?: string;
      dimRoundingMode?: 'floor' | 'round' | 'ceil';
      inputShape: [number, number, number, number];
    };
    if (dataFormat != null && dataFormat !== 'NHWC') return original(args);
    const info = backend_util.computeConv2DInfo(inputShape, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode);
    if (info.strideHeight !== 1 || info.strideWidth !== 1) return original(args);
    const [fH, fW] = filter.shape;
    // The full convolution: dy padded so that every input pixel sees every filter tap that touched it.
    const top = fH - 1 - info.padInfo.top;
    const left = fW - 1 - info.padInfo.left;
    const bottom = inputShape[1] + fH - 1 - info.outHeight - top;
    const right = inputShape[2] + fW - 1 - info.outWidth - left;
    if (top < 0 || left < 0 || bottom < 0 || right < 0) return original(args);
    return composed(args.backend as BackendWasm, {}, (run) => {
      const turned = run('Reverse', { x: filter }, { dims: [0, 1] });
      const swapped = run('Transpose', { x: turned }, { perm: [0, 1, 3, 2] });
      return run(
        'Conv2D',
        { x: dy, filter: swapped },
        {
          strides: 1,
          pad: [
            [0, 0],
            [top, bottom],
            [left, right],
            [0, 0],
          ],
          dataFormat: 'NHWC',
          dilations: 1,
        },
      );
    });
  };
}

/** float32 values in one v128: the SIMD loops take channels this many at a time. */
const SIMD_LANES = 4;

/** [..., C] + [C] (either way round; float addition commutes bit for bit), C a multiple of 4. */
function fastAdd(original: KernelFunc): KernelFunc {
  return (args) => {
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const [x, bias] = b.shape.length === 1 ? [a, b] : [b, a];
    const channels = bias.shape[0];
    const simd = simdFor(args.backend as BackendWasm);
    if (
      simd == null ||
      bias.shape.length !== 1 ||
      x.shape.length < 2 ||
      x.shape[x.shape.length - 1] !== channels ||
      channels % SIMD_LANES !== 0 ||
      a.dtype !== 'float32' ||
      b.dtype !== 'float32'
    ) {
      return original(args);
    }
    const rows = x.shape.slice(0, -1).reduce((product, d) => product * d, 1);
    const backend = args.backend as BackendWasm;
    const out = backend.makeOutput(x.shape, 'float32');
    if (rows > 0 && channels > 0)
      simd.addRows(backend.getMemoryOffset(x.dataId), backend.getMemoryOffset(bias.dataId), backend.getMemoryOffset(out.dataId), rows, channels);
    return out;
  };
}

/** Sum over every axis but the last, rows added in order; the last axis a multiple of 4. */
function fastSum(original: KernelFunc): KernelFunc {
  return (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    const { axis, keepDims } = args.attrs as { axis: number | number[]; keepDims: boolean };
    const rank = x.shape.length;
    const axes = (Array.isArray(axis) ? axis : [axis]).map((a) => (a < 0 ? a + rank : a)).sort((p, q) => p - q);
    const channels = x.shape[rank - 1];
    const simd = simdFor(args.backend as BackendWasm);
    const leading = axes.length === rank - 1 && axes.every((a, i) => a === i);
    if (simd == null || rank < 2 || !leading || x.dtype !== 'float32' || channels % SIMD_LANES !== 0 || channels === 0) return original(args);
    const rows = x.shape.slice(0, -1).reduce((product, d) => product * d, 1);
    if (rows === 0) return original(args);
    const backend = args.backend as BackendWasm;
    const out = backend.makeOutput(keepDims ? [...new Array(rank - 1).fill(1), channels] : [channels], 'float32');
    simd.sumRows(backend.getMemoryOffset(x.dataId), backend.getMemoryOffset(out.dataId), rows, channels);
    return out;
  };
}

/**
 * A 1-channel input (a grayscale image) with eight 3×3 filters, stride 1, no padding (the default
 * model's first layer while training): XNNPACK's kernels are made for many channels; a SIMD loop
 * that keeps the 72 weights in registers is about twice as fast (wasm-simd.ts).
 */
function fastConv2D(original: KernelFunc): KernelFunc {
  return (args) => {
    const { x, filter } = args.inputs as { x: TensorInfo; filter: TensorInfo };
    const { strides, pad, dataFormat, dilations, dimRoundingMode } = args.attrs as {
      strides: number | [number, number];
      pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
      dataFormat?: string;
      dilations?: number | [number, number];
      dimRoundingMode?: 'floor' | 'round' | 'ceil';
    };
    const simd = simdFor(args.backend as BackendWasm);
    if (simd == null || x.shape.length !== 4 || x.dtype !== 'float32' || filter.dtype !== 'float32' || (dataFormat != null && dataFormat !== 'NHWC'))
      return original(args);
    const info = backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filter.shape as [number, number, number, number],
      strides,
      dilations ?? 1,
      pad,
      dimRoundingMode,
    );
    const { top, bottom, left, right } = info.padInfo;
    const shaped = info.inChannels === 1 && info.filterHeight === 3 && info.filterWidth === 3 && info.outChannels === 8;
    const plain =
      info.strideHeight === 1 &&
      info.strideWidth === 1 &&
      info.dilationHeight === 1 &&
      info.dilationWidth === 1 &&
      top === 0 &&
      bottom === 0 &&
      left === 0 &&
      right === 0;
    if (!shaped || !plain || info.batchSize === 0 || info.outHeight < 1 || info.outWidth < 1) return original(args);
    const backend = args.backend as BackendWasm;
    const out = backend.makeOutput(info.outShape, 'float32');
    const [xAt, filterAt, outAt] = [x, filter, out].map((t) => backend.getMemoryOffset(t.dataId));
    simd.conv3x3x8(xAt, filterAt, outAt, info.batchSize, info.outHeight, info.outWidth, info.inWidth * 4, info.inHeight * info.inWidth * 4);
    return out;
  };
}

/**
 * Each output's window is searched once; its gradient goes to the window's first largest input
 * (row by row), as tfjs's cpu backend does. Windows that overlap add up.
 */
function fastMaxPoolGrad(original: KernelFunc): KernelFunc {
  return (args) => {
    const { dy, input } = args.inputs as { dy: TensorInfo; input: TensorInfo };
    const { filterSize, strides, pad, dimRoundingMode } = args.attrs as {
      filterSize: number | [number, number];
      strides: number | [number, number];
      pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
      dimRoundingMode?: 'floor' | 'round' | 'ceil';
    };
    if (input.shape.length !== 4 || input.dtype !== 'float32') return original(args);
    const info = backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
    const backend = args.backend as BackendWasm;
    const out = backend.makeOutput(input.shape, 'float32');
    const dx = backend.typedArrayFromHeap(out) as Float32Array;
    const xs = backend.typedArrayFromHeap(input) as Float32Array;
    const dys = backend.typedArrayFromHeap(dy) as Float32Array;
    dx.fill(0);
    const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = info;
    const { top, left } = info.padInfo;
    const simd = simdFor(backend);
    const windows2x2 =
      filterHeight === 2 && filterWidth === 2 && strideHeight === 2 && strideWidth === 2 && info.dilationHeight === 1 && info.dilationWidth === 1;
    const unpadded = top === 0 && left === 0 && info.padInfo.bottom === 0 && info.padInfo.right === 0;
    if (simd != null && windows2x2 && unpadded && channels % SIMD_LANES === 0 && outWidth > 0 && channels > 0) {
      // Rows and columns no window reaches keep the 0 of the fill.
      const [x0, dy0, dx0] = [input, dy, out].map((t) => backend.getMemoryOffset(t.dataId));
      const inRow = inWidth * channels * 4;
      const outRow = outWidth * channels * 4;
      for (let n = 0; n < batchSize; n++) {
        for (let oh = 0; oh < outHeight; oh++) {
          const at = (n * inHeight + 2 * oh) * inRow;
          simd.maxPoolGrad2x2(x0 + at, dy0 + (n * outHeight + oh) * outRow, dx0 + at, inWidth, outWidth, channels);
        }
      }
      return out;
    }
    maxPoolBackprop(xs, dys, dx, info);
    return out;
  };
}

/** The same data under a new TensorInfo, counted once more (how Reshape shares on wasm). */
function share(backend: BackendWasm, x: TensorInfo): TensorInfo {
  backend.incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}

function sharingIdentity(original: KernelFunc): KernelFunc {
  return (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    return x.dtype === 'string' ? original(args) : share(args.backend as BackendWasm, x);
  };
}

function sharingCast(original: KernelFunc): KernelFunc {
  return (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    return x.dtype === (args.attrs as { dtype: string }).dtype && x.dtype !== 'string' ? share(args.backend as BackendWasm, x) : original(args);
  };
}

const REPLACEMENTS: Record<string, KernelReplacement> = {
  BatchMatMul: fastBatchMatMul,
  Conv2DBackpropInput: fastConv2DBackpropInput,
  MaxPoolGrad: fastMaxPoolGrad,
  Conv2D: fastConv2D,
  Add: fastAdd,
  Sum: fastSum,
  Identity: sharingIdentity,
  Cast: sharingCast,
};

/**
 * Puts our kernels in place of tfjs-wasm's, keeping each original (and its setup) for the cases
 * ours leave to it. Call before the wasm backend initialises; calling again is a no-op.
 */
export function registerFastWasmKernels(): void {
  replaceKernels('wasm', REPLACEMENTS);
}
