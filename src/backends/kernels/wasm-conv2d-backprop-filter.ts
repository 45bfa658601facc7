// tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel, so the gradient of a
// Conv2D (i.e. training a conv layer) fails there. We compose one from wasm kernels.
//
// Stride 1 (the default model's): the filter gradient is itself a convolution, with the batch as
// the summed-over channels: dW[kh,kw,c,o] = sum over n,i,j of x[n,i+kh,j+kw,c] * dy[n,i,j,o].
// So x transposed to [c, h, w, n] convolved with dy transposed to [oH, oW, n, o] as the filter
// gives [c, kh, kw, o]; one transpose more gives dW. The convolution is XNNPACK's (the Conv2D
// kernel), about 5 times faster than the 3D kernel's plain loops below.
//
// 3-wide filters, 8 outputs, no padding (both of the default model's layers): a SIMD loop that
// keeps all 24 sums of a filter row and input channel in registers (wasm-simd.ts), without the
// transposes: 3 to 10 times faster again.
//
// Other strides use Conv3DBackpropFilterV2: a 2D convolution is a 3D one with depth 1.
// That wasm kernel is only right for stride 1: its loop bounds (conv3d_impl.h,
// NDHWCConv3DBackpropFilterV2Impl) use floor((in + pad - w) / s) as the exclusive end and
// C++ truncating division for ceil of negatives, both wrong once s > 1 (it drops taps).
// For strides > 1 we use the identity "strided filter gradient = stride-1 'valid' filter
// gradient of the zero-padded input window and dy dilated by the strides".
import {
  backend_util,
  getKernel,
  registerKernel,
  type KernelBackend,
  type KernelConfig,
  type KernelFunc,
  type NamedAttrMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { simdFor, type SimdKernels } from './wasm-simd.js';
import { composed, type Run } from './wasm-compose.js';

const KERNEL = 'Conv2DBackpropFilter';
const BACKEND = 'wasm';

type Shape4 = [number, number, number, number];
/** The depth-1 Conv3DBackpropFilterV2; only called with stride 1 (see the top of the file). */
function viaConv3d(run: Run, x: TensorInfo, dy: TensorInfo, pad: 'valid' | 'same', filterShape: Shape4): TensorInfo {
  const [n, h, w, c] = x.shape;
  const [, oH, oW, oC] = dy.shape;
  const [fH, fW, inC, outC] = filterShape;
  const x5 = run('Reshape', { x }, { shape: [n, 1, h, w, c] });
  const dy5 = run('Reshape', { x: dy }, { shape: [n, 1, oH, oW, oC] });
  const dw5 = run('Conv3DBackpropFilterV2', { x: x5, dy: dy5 }, { strides: [1, 1, 1], pad, filterShape: [1, fH, fW, inC, outC] });
  return run('Reshape', { x: dw5 }, { shape: filterShape });
}

interface BackendWasmLike {
  wasm: unknown;
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  getMemoryOffset(dataId: object): number;
}

/** 3-wide filters, 8 of them, 'valid', stride 1: a SIMD loop per filter row and input channel (wasm-simd.ts). */
function filterGradSimd(simd: SimdKernels, backend: BackendWasmLike, x: TensorInfo, dy: TensorInfo, filterShape: Shape4): TensorInfo {
  const [n, h, w, c] = x.shape;
  const [, oH, oW] = dy.shape;
  const out = backend.makeOutput(filterShape, 'float32');
  const [xAt, dyAt, outAt] = [x, dy, out].map((t) => backend.getMemoryOffset(t.dataId));
  const [pixel, row, image] = [c * 4, w * c * 4, h * w * c * 4];
  // dW is [kh, kw, c, 8]: rows of 8 for successive kw are c * 8 floats apart.
  for (let kh = 0; kh < filterShape[0]; kh++) {
    for (let channel = 0; channel < c; channel++) {
      simd.filterGrad3x8(xAt + kh * row + channel * 4, dyAt, outAt + (kh * 3 * c + channel) * 8 * 4, n, oH, oW, row, image, pixel, c * 8 * 4);
    }
  }
  return out;
}

/** Stride 1: the filter gradient as one XNNPACK convolution (see the top of the file). */
function viaConv2d(run: Run, x: TensorInfo, dy: TensorInfo, padding: { top: number; bottom: number; left: number; right: number }): TensorInfo {
  const { top, bottom, left, right } = padding;
  const xByChannel = run('Transpose', { x }, { perm: [3, 1, 2, 0] });
  const dyAsFilter = run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
  const dwByChannel = run(
    'Conv2D',
    { x: xByChannel, filter: dyAsFilter },
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
  return run('Transpose', { x: dwByChannel }, { perm: [1, 2, 0, 3] });
}

const conv2DBackpropFilter: KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const a = (attrs ?? {}) as NamedAttrMap;
  const { dataFormat, dimRoundingMode } = a;
  const pad: unknown = a.pad;
  const strides = a.strides as number | [number, number];
  const filterShape = a.filterShape as Shape4;

  // Refuse rather than compute wrong numbers: the 3D kernel only knows NDHWC and 'valid'/'same'.
  if (dataFormat != null && dataFormat !== 'NHWC') {
    throw new Error(`${KERNEL} on wasm supports only dataFormat NHWC, got ${String(dataFormat)}`);
  }
  if (pad !== 'valid' && pad !== 'same') {
    throw new Error(`${KERNEL} on wasm supports only pad 'valid' or 'same', got ${JSON.stringify(pad)}`);
  }
  if (dimRoundingMode != null) {
    throw new Error(`${KERNEL} on wasm does not support dimRoundingMode (got ${String(dimRoundingMode)})`);
  }
  if (x.shape.length !== 4 || dy.shape.length !== 4 || filterShape?.length !== 4) {
    throw new Error(`${KERNEL} on wasm expects rank-4 x, dy and filterShape, got x [${x.shape}], dy [${dy.shape}], ` + `filterShape [${filterShape}]`);
  }
  const info = backend_util.computeConv2DInfo(x.shape as Shape4, filterShape, strides, 1, pad);
  const [n, h, w, c] = x.shape;
  const [, oH, oW, oC] = dy.shape;
  if (oH !== info.outHeight || oW !== info.outWidth || oC !== filterShape[3] || c !== filterShape[2]) {
    throw new Error(`${KERNEL} on wasm: dy [${dy.shape}] does not fit x [${x.shape}] and filter [${filterShape}]`);
  }
  const { strideHeight: sH, strideWidth: sW } = info;
  if (sH === 1 && sW === 1) {
    const { top, bottom, left, right } = info.padInfo;
    const simd = simdFor(backend as { wasm: unknown });
    if (simd != null && filterShape[1] === 3 && oC === 8 && top === 0 && bottom === 0 && left === 0 && right === 0 && n > 0) {
      return filterGradSimd(simd, backend as KernelBackend & BackendWasmLike, x, dy, filterShape);
    }
    return composed(backend as KernelBackend, {}, (run) => viaConv2d(run, x, dy, info.padInfo));
  }

  const [fH, fW] = filterShape;
  const { top, left } = info.padInfo;
  // dy dilated: each value followed by (stride - 1) zeros, trailing zeros cut off.
  const dH = (oH - 1) * sH + 1;
  const dW = (oW - 1) * sW + 1;
  // The input rows/columns the filter can touch, from -top/-left, zeros where padded.
  const xH = dH + fH - 1;
  const xW = dW + fW - 1;
  return composed(backend as KernelBackend, {}, (run) => {
    const dy5 = run('Reshape', { x: dy }, { shape: [n * oH, 1, oW, 1, oC] });
    const spread = run(
      'PadV2',
      { x: dy5 },
      {
        paddings: [
          [0, 0],
          [0, sH - 1],
          [0, 0],
          [0, sW - 1],
          [0, 0],
        ],
        constantValue: 0,
      },
    );
    const spread4 = run('Reshape', { x: spread }, { shape: [n, oH * sH, oW * sW, oC] });
    const dyDilated = run('Slice', { x: spread4 }, { begin: [0, 0, 0, 0], size: [n, dH, dW, oC] });
    const xPadded = run(
      'PadV2',
      { x },
      {
        paddings: [
          [0, 0],
          [top, Math.max(0, xH - top - h)],
          [left, Math.max(0, xW - left - w)],
          [0, 0],
        ],
        constantValue: 0,
      },
    );
    const xWindow = run('Slice', { x: xPadded }, { begin: [0, 0, 0, 0], size: [n, xH, xW, c] });
    return viaConv3d(run, xWindow, dyDilated, 'valid', filterShape);
  });
};

const config: KernelConfig = { kernelName: KERNEL, backendName: BACKEND, kernelFunc: conv2DBackpropFilter };

/** Registers the composed kernel for wasm; a no-op when one is already registered (ours or a future native one). */
export function registerWasmConv2DBackpropFilter(): void {
  if (getKernel(KERNEL, BACKEND) != null) return;
  registerKernel(config);
}
