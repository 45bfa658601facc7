// Plain JavaScript loops over float32 arrays, shared by the wasm kernels (over the wasm heap) and
// the cpu backend's (over its arrays). Each adds in one fixed order, so results repeat exactly.
import type { backend_util } from '@tensorflow/tfjs-core';

/**
 * MaxPool's gradient: each output's window is searched once; its gradient goes to the window's
 * first largest input (row by row), as tfjs's cpu backend does. Windows that overlap add up.
 * `dx` must be zero on entry.
 */
export function maxPoolBackprop(xs: Float32Array, dys: Float32Array, dx: Float32Array, info: backend_util.Conv2DInfo): void {
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
          if (at >= 0) dx[at] += dys[o];
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
export function conv2dFilterBackprop(xs: Float32Array, dys: Float32Array, dw: Float32Array, info: backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const { top, left } = info.padInfo;
  for (let n = 0; n < batchSize; n++) {
    for (let i = 0; i < outHeight; i++) {
      for (let j = 0; j < outWidth; j++) {
        const dyAt = ((n * outHeight + i) * outWidth + j) * outChannels;
        for (let kh = 0; kh < filterHeight; kh++) {
          const r = i * strideHeight + kh - top;
          if (r < 0 || r >= inHeight) continue;
          for (let kw = 0; kw < filterWidth; kw++) {
            const col = j * strideWidth + kw - left;
            if (col < 0 || col >= inWidth) continue;
            const xAt = ((n * inHeight + r) * inWidth + col) * inChannels;
            const dwAt = (kh * filterWidth + kw) * inChannels * outChannels;
            for (let c = 0; c < inChannels; c++) {
              const xv = xs[xAt + c];
              const row = dwAt + c * outChannels;
              for (let o = 0; o < outChannels; o++) dw[row + o] += xv * dys[dyAt + o];
            }
          }
        }
      }
    }
  }
}
