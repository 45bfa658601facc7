export const id = 61;
export const ids = [61];
export const modules = {

/***/ 61:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  libtensorflowVersion: () => (/* binding */ libtensorflowVersion),
  nativeGpuDevice: () => (/* binding */ nativeGpuDevice),
  selectBackend: () => (/* binding */ selectBackend),
  tfjsCoreVersion: () => (/* binding */ tfjsCoreVersion)
});

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.node.js
var tf_backend_wasm_node = __webpack_require__(6744);
// EXTERNAL MODULE: ./build/src/util/user-error.js
var user_error = __webpack_require__(2292);
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
// EXTERNAL MODULE: ./build/src/backends/kernels/wasm-simd.js + 2 modules
var wasm_simd = __webpack_require__(5091);
;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-compose.js
// Composite wasm kernels: run registered kernels one after another and release every intermediate
// result but the one returned. Reshape shares data and bumps its refCount, so one disposeData per
// result is right (as in the wasm backend's own composite kernels).

/** `kernels` stand in for registered ones of the same name (e.g. the original a kernel replaces). */
function composed(backend, kernels, body) {
    const made = [];
    const run = (kernel, inputs, attrs) => {
        const f = kernels[kernel] ?? (0,tf_core_node.getKernel)(kernel, 'wasm')?.kernelFunc;
        if (f == null)
            throw new Error(`wasm kernel '${kernel}' is not registered (is @tensorflow/tfjs-backend-wasm imported?)`);
        const out = f({ inputs, backend, attrs });
        if (Array.isArray(out))
            throw new Error(`wasm kernel '${kernel}' gave ${out.length} outputs`);
        made.push(out);
        return out;
    };
    let result;
    try {
        result = body(run);
        return result;
    }
    finally {
        for (const t of made)
            if (t !== result)
                backend.disposeData(t.dataId);
    }
}
//# sourceMappingURL=wasm-compose.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-conv2d-backprop-filter.js
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



const KERNEL = 'Conv2DBackpropFilter';
const BACKEND = 'wasm';
/** The depth-1 Conv3DBackpropFilterV2; only called with stride 1 (see the top of the file). */
function viaConv3d(run, x, dy, pad, filterShape) {
    const [n, h, w, c] = x.shape;
    const [, oH, oW, oC] = dy.shape;
    const [fH, fW, inC, outC] = filterShape;
    const x5 = run('Reshape', { x }, { shape: [n, 1, h, w, c] });
    const dy5 = run('Reshape', { x: dy }, { shape: [n, 1, oH, oW, oC] });
    const dw5 = run('Conv3DBackpropFilterV2', { x: x5, dy: dy5 }, { strides: [1, 1, 1], pad, filterShape: [1, fH, fW, inC, outC] });
    return run('Reshape', { x: dw5 }, { shape: filterShape });
}
/** 3-wide filters, 8 of them, 'valid', stride 1: a SIMD loop per filter row and input channel (wasm-simd.ts). */
function filterGradSimd(simd, backend, x, dy, filterShape) {
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
function viaConv2d(run, x, dy, padding) {
    const { top, bottom, left, right } = padding;
    const xByChannel = run('Transpose', { x }, { perm: [3, 1, 2, 0] });
    const dyAsFilter = run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
    const dwByChannel = run('Conv2D', { x: xByChannel, filter: dyAsFilter }, {
        strides: 1,
        pad: [
            [0, 0],
            [top, bottom],
            [left, right],
            [0, 0],
        ],
        dataFormat: 'NHWC',
        dilations: 1,
    });
    return run('Transpose', { x: dwByChannel }, { perm: [1, 2, 0, 3] });
}
const conv2DBackpropFilter = ({ inputs, backend, attrs }) => {
    const { x, dy } = inputs;
    const a = (attrs ?? {});
    const { dataFormat, dimRoundingMode } = a;
    const pad = a.pad;
    const strides = a.strides;
    const filterShape = a.filterShape;
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
    const info = tf_core_node.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad);
    const [n, h, w, c] = x.shape;
    const [, oH, oW, oC] = dy.shape;
    if (oH !== info.outHeight || oW !== info.outWidth || oC !== filterShape[3] || c !== filterShape[2]) {
        throw new Error(`${KERNEL} on wasm: dy [${dy.shape}] does not fit x [${x.shape}] and filter [${filterShape}]`);
    }
    const { strideHeight: sH, strideWidth: sW } = info;
    if (sH === 1 && sW === 1) {
        const { top, bottom, left, right } = info.padInfo;
        const simd = (0,wasm_simd/* simdFor */.f0)(backend);
        if (simd != null && filterShape[1] === 3 && oC === 8 && top === 0 && bottom === 0 && left === 0 && right === 0 && n > 0) {
            return filterGradSimd(simd, backend, x, dy, filterShape);
        }
        return composed(backend, {}, (run) => viaConv2d(run, x, dy, info.padInfo));
    }
    const [fH, fW] = filterShape;
    const { top, left } = info.padInfo;
    // dy dilated: each value followed by (stride - 1) zeros, trailing zeros cut off.
    const dH = (oH - 1) * sH + 1;
    const dW = (oW - 1) * sW + 1;
    // The input rows/columns the filter can touch, from -top/-left, zeros where padded.
    const xH = dH + fH - 1;
    const xW = dW + fW - 1;
    return composed(backend, {}, (run) => {
        const dy5 = run('Reshape', { x: dy }, { shape: [n * oH, 1, oW, 1, oC] });
        const spread = run('PadV2', { x: dy5 }, {
            paddings: [
                [0, 0],
                [0, sH - 1],
                [0, 0],
                [0, sW - 1],
                [0, 0],
            ],
            constantValue: 0,
        });
        const spread4 = run('Reshape', { x: spread }, { shape: [n, oH * sH, oW * sW, oC] });
        const dyDilated = run('Slice', { x: spread4 }, { begin: [0, 0, 0, 0], size: [n, dH, dW, oC] });
        const xPadded = run('PadV2', { x }, {
            paddings: [
                [0, 0],
                [top, Math.max(0, xH - top - h)],
                [left, Math.max(0, xW - left - w)],
                [0, 0],
            ],
            constantValue: 0,
        });
        const xWindow = run('Slice', { x: xPadded }, { begin: [0, 0, 0, 0], size: [n, xH, xW, c] });
        return viaConv3d(run, xWindow, dyDilated, 'valid', filterShape);
    });
};
const config = { kernelName: KERNEL, backendName: BACKEND, kernelFunc: conv2DBackpropFilter };
/** Registers the composed kernel for wasm; a no-op when one is already registered (ours or a future native one). */
function registerWasmConv2DBackpropFilter() {
    if ((0,tf_core_node.getKernel)(KERNEL, BACKEND) != null)
        return;
    (0,tf_core_node.registerKernel)(config);
}
//# sourceMappingURL=wasm-conv2d-backprop-filter.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/js-kernels.js
/**
 * MaxPool's gradient: each output's window is searched once; its gradient goes to the window's
 * first largest input (row by row), as tfjs's cpu backend does. Windows that overlap add up.
 * `dx` must be zero on entry.
 */
function maxPoolBackprop(xs, dys, dx, info) {
    const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = info;
    const { top, left } = info.padInfo;
    const rowStride = inWidth * channels;
    let o = 0;
    for (let n = 0; n < batchSize; n++) {
        const image = n * inHeight * rowStride;
        for (let oh = 0; oh < outHeight; oh++) {
            const h0 = oh * strideHeight - top;
            const hStart = Math.max(0, h0);
            const hEnd = Math.min(inHeight, h0 + filterHeight);
            for (let ow = 0; ow < outWidth; ow++) {
                const w0 = ow * strideWidth - left;
                const wStart = Math.max(0, w0);
                const wEnd = Math.min(inWidth, w0 + filterWidth);
                for (let c = 0; c < channels; c++, o++) {
                    let best = -Infinity;
                    let at = -1;
                    for (let h = hStart; h < hEnd; h++) {
                        for (let i = image + h * rowStride + wStart * channels + c, end = image + h * rowStride + wEnd * channels; i < end; i += channels) {
                            const v = xs[i];
                            if (v > best || at < 0) {
                                best = v;
                                at = i;
                            }
                        }
                    }
                    if (at >= 0)
                        dx[at] += dys[o];
                }
            }
        }
    }
}
/**
 * Conv2D's filter gradient (NHWC, any strides and padding, dilation 1):
 * dW[kh, kw, c, o] = sum over n, i, j (in that order) of x[n, i*sH + kh - top, j*sW + kw - left, c]
 * * dy[n, i, j, o], taps outside x counting as 0. `dw` must be zero on entry.
 */
function conv2dFilterBackprop(xs, dys, dw, info) {
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth, strideHeight, strideWidth } = info;
    const { top, left } = info.padInfo;
    for (let n = 0; n < batchSize; n++) {
        for (let i = 0; i < outHeight; i++) {
            for (let j = 0; j < outWidth; j++) {
                const dyAt = ((n * outHeight + i) * outWidth + j) * outChannels;
                for (let kh = 0; kh < filterHeight; kh++) {
                    const r = i * strideHeight + kh - top;
                    if (r < 0 || r >= inHeight)
                        continue;
                    for (let kw = 0; kw < filterWidth; kw++) {
                        const col = j * strideWidth + kw - left;
                        if (col < 0 || col >= inWidth)
                            continue;
                        const xAt = ((n * inHeight + r) * inWidth + col) * inChannels;
                        const dwAt = (kh * filterWidth + kw) * inChannels * outChannels;
                        for (let c = 0; c < inChannels; c++) {
                            const xv = xs[xAt + c];
                            const row = dwAt + c * outChannels;
                            for (let o = 0; o < outChannels; o++)
                                dw[row + o] += xv * dys[dyAt + o];
                        }
                    }
                }
            }
        }
    }
}
//# sourceMappingURL=js-kernels.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/replace-kernels.js
// Puts our kernels in place of a tfjs backend's own. Each of ours wraps the original it replaces
// and hands it every case it does not handle; the original's config (its setup function too) stays.

/** "backend/kernel" of those already replaced: wrapping twice would make ours its own fallback. */
const replaced = new Set();
/** Replaces each named kernel of `backend`; a kernel already replaced is left as it is. */
function replaceKernels(backend, replacements) {
    for (const [name, replace] of Object.entries(replacements)) {
        const key = `${backend}/${name}`;
        if (replaced.has(key))
            continue;
        const config = (0,tf_core_node.getKernel)(name, backend);
        if (config == null)
            throw new Error(`${backend} kernel '${name}' is not registered (is @tensorflow/tfjs-backend-${backend} imported?)`);
        const ours = { ...config, kernelFunc: replace(config.kernelFunc) };
        (0,tf_core_node.unregisterKernel)(name, backend);
        (0,tf_core_node.registerKernel)(ours);
        replaced.add(key);
    }
}
//# sourceMappingURL=replace-kernels.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/wasm-kernels.js
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





const batchOf = (shape) => shape.slice(0, -2).reduce((product, d) => product * d, 1);
const swapLastTwo = (rank) => [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
function fastBatchMatMul(original) {
    return (args) => {
        const { a, b } = args.inputs;
        const { transposeA, transposeB } = args.attrs;
        // XNNPACK's path takes one matrix on each side; batched products keep the original.
        if ((!transposeA && !transposeB) || batchOf(a.shape) !== 1 || batchOf(b.shape) !== 1)
            return original(args);
        return composed(args.backend, { BatchMatMul: original }, (run) => {
            const left = transposeA ? run('Transpose', { x: a }, { perm: swapLastTwo(a.shape.length) }) : a;
            const right = transposeB ? run('Transpose', { x: b }, { perm: swapLastTwo(b.shape.length) }) : b;
            return run('BatchMatMul', { a: left, b: right }, { ...args.attrs, transposeA: false, transposeB: false });
        });
    };
}
function fastConv2DBackpropInput(original) {
    return (args) => {
        const { dy, filter } = args.inputs;
        const { strides, pad, dataFormat, dimRoundingMode, inputShape } = args.attrs;
        if (dataFormat != null && dataFormat !== 'NHWC')
            return original(args);
        const info = tf_core_node.backend_util.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad, dimRoundingMode);
        if (info.strideHeight !== 1 || info.strideWidth !== 1)
            return original(args);
        const [fH, fW] = filter.shape;
        // The full convolution: dy padded so that every input pixel sees every filter tap that touched it.
        const top = fH - 1 - info.padInfo.top;
        const left = fW - 1 - info.padInfo.left;
        const bottom = inputShape[1] + fH - 1 - info.outHeight - top;
        const right = inputShape[2] + fW - 1 - info.outWidth - left;
        if (top < 0 || left < 0 || bottom < 0 || right < 0)
            return original(args);
        return composed(args.backend, {}, (run) => {
            const turned = run('Reverse', { x: filter }, { dims: [0, 1] });
            const swapped = run('Transpose', { x: turned }, { perm: [0, 1, 3, 2] });
            return run('Conv2D', { x: dy, filter: swapped }, {
                strides: 1,
                pad: [
                    [0, 0],
                    [top, bottom],
                    [left, right],
                    [0, 0],
                ],
                dataFormat: 'NHWC',
                dilations: 1,
            });
        });
    };
}
/** float32 values in one v128: the SIMD loops take channels this many at a time. */
const SIMD_LANES = 4;
/** [..., C] + [C] (either way round; float addition commutes bit for bit), C a multiple of 4. */
function fastAdd(original) {
    return (args) => {
        const { a, b } = args.inputs;
        const [x, bias] = b.shape.length === 1 ? [a, b] : [b, a];
        const channels = bias.shape[0];
        const simd = (0,wasm_simd/* simdFor */.f0)(args.backend);
        if (simd == null ||
            bias.shape.length !== 1 ||
            x.shape.length < 2 ||
            x.shape[x.shape.length - 1] !== channels ||
            channels % SIMD_LANES !== 0 ||
            a.dtype !== 'float32' ||
            b.dtype !== 'float32') {
            return original(args);
        }
        const rows = x.shape.slice(0, -1).reduce((product, d) => product * d, 1);
        const backend = args.backend;
        const out = backend.makeOutput(x.shape, 'float32');
        if (rows > 0 && channels > 0)
            simd.addRows(backend.getMemoryOffset(x.dataId), backend.getMemoryOffset(bias.dataId), backend.getMemoryOffset(out.dataId), rows, channels);
        return out;
    };
}
/** Sum over every axis but the last, rows added in order; the last axis a multiple of 4. */
function fastSum(original) {
    return (args) => {
        const { x } = args.inputs;
        const { axis, keepDims } = args.attrs;
        const rank = x.shape.length;
        const axes = (Array.isArray(axis) ? axis : [axis]).map((a) => (a < 0 ? a + rank : a)).sort((p, q) => p - q);
        const channels = x.shape[rank - 1];
        const simd = (0,wasm_simd/* simdFor */.f0)(args.backend);
        const leading = axes.length === rank - 1 && axes.every((a, i) => a === i);
        if (simd == null || rank < 2 || !leading || x.dtype !== 'float32' || channels % SIMD_LANES !== 0 || channels === 0)
            return original(args);
        const rows = x.shape.slice(0, -1).reduce((product, d) => product * d, 1);
        if (rows === 0)
            return original(args);
        const backend = args.backend;
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
function fastConv2D(original) {
    return (args) => {
        const { x, filter } = args.inputs;
        const { strides, pad, dataFormat, dilations, dimRoundingMode } = args.attrs;
        const simd = (0,wasm_simd/* simdFor */.f0)(args.backend);
        if (simd == null || x.shape.length !== 4 || x.dtype !== 'float32' || filter.dtype !== 'float32' || (dataFormat != null && dataFormat !== 'NHWC'))
            return original(args);
        const info = tf_core_node.backend_util.computeConv2DInfo(x.shape, filter.shape, strides, dilations ?? 1, pad, dimRoundingMode);
        const { top, bottom, left, right } = info.padInfo;
        const shaped = info.inChannels === 1 && info.filterHeight === 3 && info.filterWidth === 3 && info.outChannels === 8;
        const plain = info.strideHeight === 1 &&
            info.strideWidth === 1 &&
            info.dilationHeight === 1 &&
            info.dilationWidth === 1 &&
            top === 0 &&
            bottom === 0 &&
            left === 0 &&
            right === 0;
        if (!shaped || !plain || info.batchSize === 0 || info.outHeight < 1 || info.outWidth < 1)
            return original(args);
        const backend = args.backend;
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
function fastMaxPoolGrad(original) {
    return (args) => {
        const { dy, input } = args.inputs;
        const { filterSize, strides, pad, dimRoundingMode } = args.attrs;
        if (input.shape.length !== 4 || input.dtype !== 'float32')
            return original(args);
        const info = tf_core_node.backend_util.computePool2DInfo(input.shape, filterSize, strides, 1, pad, dimRoundingMode);
        const backend = args.backend;
        const out = backend.makeOutput(input.shape, 'float32');
        const dx = backend.typedArrayFromHeap(out);
        const xs = backend.typedArrayFromHeap(input);
        const dys = backend.typedArrayFromHeap(dy);
        dx.fill(0);
        const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = info;
        const { top, left } = info.padInfo;
        const simd = (0,wasm_simd/* simdFor */.f0)(backend);
        const windows2x2 = filterHeight === 2 && filterWidth === 2 && strideHeight === 2 && strideWidth === 2 && info.dilationHeight === 1 && info.dilationWidth === 1;
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
function share(backend, x) {
    backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}
function sharingIdentity(original) {
    return (args) => {
        const { x } = args.inputs;
        return x.dtype === 'string' ? original(args) : share(args.backend, x);
    };
}
function sharingCast(original) {
    return (args) => {
        const { x } = args.inputs;
        return x.dtype === args.attrs.dtype && x.dtype !== 'string' ? share(args.backend, x) : original(args);
    };
}
const REPLACEMENTS = {
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
function registerFastWasmKernels() {
    replaceKernels('wasm', REPLACEMENTS);
}
//# sourceMappingURL=wasm-kernels.js.map
;// CONCATENATED MODULE: ./build/src/backends/kernels/cpu-kernels.js
// The cpu backend's filter gradient and MaxPool gradient, in plain loops (js-kernels.ts). tfjs's
// own go through a TensorBuffer's get() for every tap: training the default model spent 3.3 s
// of a 3.8 s step (batch 100) in its two Conv2DBackpropFilter calls. Registered before the cpu
// backend is used; the originals stay for what these do not handle.



function cpu_kernels_conv2DBackpropFilter(original) {
    return (args) => {
        const { x, dy } = args.inputs;
        const { strides, pad, dataFormat, dimRoundingMode, filterShape } = args.attrs;
        if ((dataFormat != null && dataFormat !== 'NHWC') || x.dtype !== 'float32' || dy.dtype !== 'float32' || x.shape.length !== 4)
            return original(args);
        const info = tf_core_node.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode);
        const backend = args.backend;
        const dw = new Float32Array(filterShape.reduce((p, d) => p * d, 1));
        conv2dFilterBackprop(backend.readSync(x.dataId), backend.readSync(dy.dataId), dw, info);
        return backend.makeTensorInfo(filterShape, 'float32', dw);
    };
}
function maxPoolGrad(original) {
    return (args) => {
        const { dy, input } = args.inputs;
        const { filterSize, strides, pad, dimRoundingMode } = args.attrs;
        if (input.shape.length !== 4 || input.dtype !== 'float32')
            return original(args);
        const info = tf_core_node.backend_util.computePool2DInfo(input.shape, filterSize, strides, 1, pad, dimRoundingMode);
        const backend = args.backend;
        const dx = new Float32Array(input.shape.reduce((p, d) => p * d, 1));
        maxPoolBackprop(backend.readSync(input.dataId), backend.readSync(dy.dataId), dx, info);
        return backend.makeTensorInfo(input.shape, 'float32', dx);
    };
}
const cpu_kernels_REPLACEMENTS = { Conv2DBackpropFilter: cpu_kernels_conv2DBackpropFilter, MaxPoolGrad: maxPoolGrad };
/** Puts ours in place of tfjs-backend-cpu's; calling again is a no-op. */
function registerFastCpuKernels() {
    replaceKernels('cpu', cpu_kernels_REPLACEMENTS);
}
//# sourceMappingURL=cpu-kernels.js.map
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(6143);
// EXTERNAL MODULE: ./build/src/util/node-compat.js
var node_compat = __webpack_require__(9563);
;// CONCATENATED MODULE: ./build/src/backends/select-backend.js
// Backend selection for a training process. tfjs's own fallbacks are silent (a failed
// setBackend resolves false and ops then run on whatever else is registered), so every
// choice here is checked and every fallback is either an error or a warning.











function tfjsCoreVersion() {
    return tf_core_node.version_core;
}
function firstLine(error) {
    const text = (0,errors/* errorMessage */.g)(error);
    return text.split('\n')[0].trim() || 'unknown error';
}
/** A backend that would not initialise; `reason` is tfjs's own cause, one line. */
class BackendInitError extends Error {
    backend;
    reason;
    constructor(backend, reason) {
        super(`tf.setBackend('${backend}') failed: ${reason}`);
        this.backend = backend;
        this.reason = reason;
    }
}
/**
 * setBackend, checked: it resolves false on a failed init, yet getBackend() then still names
 * the backend, so the registry is checked too. tfjs reports the cause only through
 * console.warn; it is captured for the error message instead of a stack trace in the log.
 */
async function activate(name) {
    const logged = [];
    const { warn, error } = console;
    const capture = (...args) => void logged.push(args.map(errors/* errorMessage */.g).join(' '));
    console.warn = capture;
    console.error = capture;
    let ok;
    try {
        ok = await tf_core_node.setBackend(name);
    }
    catch (e) {
        logged.push(firstLine(e));
        ok = false;
    }
    finally {
        console.warn = warn;
        console.error = error;
    }
    if (ok && tf_core_node.getBackend() === name && tf_core_node.engine().registry[name] != null) {
        for (const line of logged)
            warn(line);
        return;
    }
    const causes = logged.map((l) => l.split('\n')[0].trim()).filter((l) => l !== '' && !l.startsWith('Initialization of backend'));
    throw new BackendInitError(name, causes.length > 0 ? causes.join('; ') : 'tfjs gave no reason');
}
let wasmPathsSet = false;
/** Which of the three binaries init() picked, by the same rule it uses. */
async function wasmDetail() {
    const backend = tf_core_node.engine().registry['wasm'];
    if ('PThread' in backend.wasm)
        return `threaded-simd (${(0,tf_backend_wasm_node/* getThreadsCount */.VV)()} threads)`;
    return (await tf_core_node.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'simd' : 'plain';
}
/**
 * The Emscripten loader in the wasm backend reads `__dirname` when it initialises. An ES-module
 * ncc bundle has none, so init throws a ReferenceError and setBackend resolves false. A global
 * stands in for it during init (it is only a default: setWasmPaths decides where the files are).
 */
async function activateWasm() {
    const g = globalThis;
    const shim = g.__dirname === undefined;
    if (shim)
        g.__dirname = (0,paths/* wasmDir */.Qh)();
    try {
        await activate('wasm');
    }
    finally {
        if (shim)
            delete g.__dirname;
    }
}
async function useWasm(threads) {
    registerWasmConv2DBackpropFilter();
    registerFastWasmKernels();
    const warnings = [];
    // Once initialised, the binary and thread count are fixed for the process.
    if (tf_core_node.engine().registry['wasm'] == null) {
        if (!wasmPathsSet) {
            (0,tf_backend_wasm_node/* setWasmPaths */.zj)((0,paths/* wasmDir */.Qh)() + '/');
            wasmPathsSet = true;
        }
        (0,tf_backend_wasm_node/* setThreadsCount */.DK)(threads);
        // tfjs never picks the threaded build under Node itself (tfjs issue #3830); 1 thread forces
        // the single-threaded build so no worker threads start.
        tf_core_node.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 1);
        const hadWorker = 'Worker' in globalThis;
        try {
            await activateWasm();
        }
        catch (e) {
            if (threads === 1)
                throw e;
            // The threaded loader sets globalThis.Worker = worker_threads.Worker; it is dead now.
            if (!hadWorker)
                delete globalThis.Worker;
            // The threaded build's loader starts its workers from blob: URLs, which Node's
            // worker_threads refuse, so this is the usual outcome under Node. The URL is new in every
            // process; without it the warning reads the same in each, and the report shows it once.
            const reason = (e instanceof BackendInitError ? e.reason : firstLine(e)).replace(/blob:[\w:-]+/g, 'blob:…');
            warnings.push(`threads: ${threads} needs the threaded wasm build, which could not start under Node (${reason}); running single-threaded`);
            tf_core_node.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
            (0,tf_backend_wasm_node/* setThreadsCount */.DK)(1);
            await activateWasm();
        }
    }
    else {
        await activate('wasm');
    }
    return { name: 'wasm', version: tf_backend_wasm_node/* version_wasm */.k1, detail: await wasmDetail(), warnings };
}
async function useCpu(threads) {
    // Loaded only here: a wasm process never needs it (30 ms of every start-up).
    const { version_cpu } = await __webpack_require__.e(/* import() */ 48).then(__webpack_require__.t.bind(__webpack_require__, 8048, 19));
    registerFastCpuKernels();
    await activate('cpu');
    const warnings = threads > 1 ? [`threads: ${threads} has no effect on the cpu backend, which is single-threaded JavaScript`] : [];
    return { name: 'cpu', version: version_cpu, detail: 'js', warnings };
}
function candidateName(candidate) {
    return candidate.backend === 'tensorflow' ? (candidate.flavor === 'gpu' ? 'tensorflow-gpu' : 'tensorflow') : candidate.backend;
}
/** The native package installed by provisioning (src/provision), imported from its folder. */
async function useNative(candidate) {
    let mod;
    (0,node_compat/* restoreUtilIsNullOrUndefined */.$)();
    try {
        const main = (0,external_node_module_.createRequire)(import.meta.url).resolve(candidate.packageDir);
        mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(main).href));
    }
    catch (e) {
        throw new Error(`${candidate.packageDir} could not be loaded: ${firstLine(e)}`, { cause: e });
    }
    try {
        await activate('tensorflow');
    }
    catch (e) {
        throw new Error(e instanceof BackendInitError ? e.reason : firstLine(e), { cause: e });
    }
    // A GPU package whose libtensorflow finds no GPU trains on the CPU without a word: said here, so
    // that tensorflow-gpu fails and auto tries the next candidate.
    if (candidate.flavor === 'gpu' && nativeBinding()?.isUsingGpuDevice?.() === false) {
        const visible = process.env.CUDA_VISIBLE_DEVICES;
        throw new Error(`libtensorflow ${libtensorflowVersion() ?? ''} lists no GPU${visible === undefined ? '' : ` (CUDA_VISIBLE_DEVICES=${visible})`}: ` +
            'a CPU-only TensorFlow, or CUDA libraries it cannot find (TensorFlow logs which, in the run log)');
    }
    const versions = (mod.version ?? {});
    // TensorFlow sizes its pools from TF_NUM_INTRAOP_THREADS and TF_NUM_INTEROP_THREADS, which the
    // determinism settings set from `threads` (determinism/environment.ts).
    return {
        name: 'tensorflow',
        version: String(versions['tfjs-node'] ?? 'unknown'),
        detail: candidate.packageDir.endsWith('tfjs-node-gpu') ? 'tfjs-node-gpu' : 'tfjs-node',
        warnings: [],
    };
}
function nativeBinding() {
    return tf_core_node.engine().registry['tensorflow']?.binding;
}
/** What the native backend says of itself: libtensorflow's version (its binding knows it). */
function libtensorflowVersion() {
    const version = nativeBinding()?.TF_Version;
    return typeof version === 'string' ? version : null;
}
/** Whether the native backend runs its ops on a GPU (TensorFlow listed one); null when it is not loaded. */
function nativeGpuDevice() {
    const binding = nativeBinding();
    return typeof binding?.isUsingGpuDevice === 'function' ? binding.isUsingGpuDevice() : null;
}
/**
 * Tries the backends provisioning chose, in order (src/provision/plan.ts): the first that starts is
 * the one. A step down is a warning; landing on pure JavaScript says why, loudly; when the only
 * candidate fails, or all do, that is one error.
 */
async function selectBackend(candidates, threads) {
    if (!Number.isInteger(threads) || threads < 1)
        throw new Error(`threads must be a whole number >= 1, got ${threads}`);
    const failures = [];
    for (const candidate of candidates) {
        try {
            const selected = candidate.backend === 'tensorflow' ? await useNative(candidate) : candidate.backend === 'wasm' ? await useWasm(threads) : await useCpu(threads);
            const steps = failures.map((failure) => `backend ${failure}; tried the next one`);
            if (selected.name === 'cpu' && failures.length > 0) {
                steps.push('training on the pure-JavaScript cpu backend, about 35× slower than wasm');
            }
            return { ...selected, candidate, warnings: [...steps, ...selected.warnings] };
        }
        catch (e) {
            failures.push(`${candidateName(candidate)} could not start: ${e instanceof BackendInitError ? e.reason : firstLine(e)}`);
        }
    }
    throw new user_error/* UserError */.y(failures.length === 1 ? `backend ${failures[0]}` : `no backend could start: ${failures.join('; ')}`);
}
//# sourceMappingURL=select-backend.js.map

/***/ }),

/***/ 9563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ restoreUtilIsNullOrUndefined),
/* harmony export */   i: () => (/* binding */ RESTORE_UTIL_SOURCE)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
// Node 23 removed util.isNullOrUndefined (deprecated since Node 4). @tensorflow/tfjs-node 4.22
// calls it as it loads and as it trains, so on Node 24, the action's runtime, it fails with
// "(0 , util_1.isNullOrUndefined) is not a function". The function comes back, only where missing.

/** For a process that loads tfjs-node: the same as the line below, in this process. */
function restoreUtilIsNullOrUndefined() {
    const exports = node_util__WEBPACK_IMPORTED_MODULE_0__;
    if (typeof exports.isNullOrUndefined !== 'function')
        exports.isNullOrUndefined = (value) => value === null || value === undefined;
}
/** The same, as a line of CommonJS for a `node -e` script that loads tfjs-node. */
const RESTORE_UTIL_SOURCE = "{ const u = require('util'); if (typeof u.isNullOrUndefined !== 'function') u.isNullOrUndefined = (value) => value === null || value === undefined; }";
//# sourceMappingURL=node-compat.js.map

/***/ })

};
