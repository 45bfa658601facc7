// The cpu backend's filter gradient and MaxPool gradient, in plain loops (js-kernels.ts). tfjs's
// own go through a TensorBuffer's get() for every tap: training the default model spent 3.3 s
// of a 3.8 s step (batch 100) in its two Conv2DBackpropFilter calls. Registered before the cpu
// backend is used; the originals stay for what these do not handle.
import { backend_util, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { conv2dFilterBackprop, maxPoolBackprop } from './js-kernels.js';
import { replaceKernels, type KernelReplacement } from './replace-kernels.js';

interface CpuBackend {
  readSync(dataId: object): unknown;
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo;
}

type Pad = 'valid' | 'same' | number | backend_util.ExplicitPadding;
type Rounding = 'floor' | 'round' | 'ceil';
type Shape4 = [number, number, number, number];

function conv2DBackpropFilter(original: KernelFunc): KernelFunc {
  return (args) => {
    const { x, dy } = args.inputs as { x: TensorInfo; dy: TensorInfo };
    const { strides, pad, dataFormat, dimRoundingMode, filterShape } = args.attrs as {
      strides: number | [number, number];
      pad: Pad;
      dataFormat?: string;
      dimRoundingMode?: Rounding;
      filterShape: Shape4;
    };
    if ((dataFormat != null && dataFormat !== 'NHWC') || x.dtype !== 'float32' || dy.dtype !== 'float32' || x.shape.length !== 4) return original(args);
    const info = backend_util.computeConv2DInfo(x.shape as Shape4, filterShape, strides, 1, pad, dimRoundingMode);
    const backend = args.backend as unknown as CpuBackend;
    const dw = new Float32Array(filterShape.reduce((p, d) => p * d, 1));
    conv2dFilterBackprop(backend.readSync(x.dataId) as Float32Array, backend.readSync(dy.dataId) as Float32Array, dw, info);
    return backend.makeTensorInfo(filterShape, 'float32', dw);
  };
}

function maxPoolGrad(original: KernelFunc): KernelFunc {
  return (args) => {
    const { dy, input } = args.inputs as { dy: TensorInfo; input: TensorInfo };
    const { filterSize, strides, pad, dimRoundingMode } = args.attrs as {
      filterSize: number | [number, number];
      strides: number | [number, number];
      pad: Pad;
      dimRoundingMode?: Rounding;
    };
    if (input.shape.length !== 4 || input.dtype !== 'float32') return original(args);
    const info = backend_util.computePool2DInfo(input.shape as Shape4, filterSize, strides, 1, pad, dimRoundingMode);
    const backend = args.backend as unknown as CpuBackend;
    const dx = new Float32Array(input.shape.reduce((p, d) => p * d, 1));
    maxPoolBackprop(backend.readSync(input.dataId) as Float32Array, backend.readSync(dy.dataId) as Float32Array, dx, info);
    return backend.makeTensorInfo(input.shape, 'float32', dx);
  };
}

const REPLACEMENTS: Record<string, KernelReplacement> = { Conv2DBackpropFilter: conv2DBackpropFilter, MaxPoolGrad: maxPoolGrad };

/** Puts ours in place of tfjs-backend-cpu's; calling again is a no-op. */
export function registerFastCpuKernels(): void {
  replaceKernels('cpu', REPLACEMENTS);
}
