// Adam as tf.train.adam computes it, in one kernel per weight instead of about thirteen.
//
// tfjs's AdamOptimizer runs each weight's update as separate float32 ops (mul, add, square, div,
// sqrt, ...), each a kernel call with its own bookkeeping: with the default model's 8 weights,
// half of a training step's kernel calls. Our kernel does the same float32 operations, in the same
// order, element by element, with every intermediate rounded to float32 (Math.fround: a double
// result of +, -, ×, ÷ or √ on float32 inputs rounds to exactly the float32 result), so the
// weights it gives are bitwise those of tf.train.adam (test/unit/adam.test.ts checks it). On wasm
// a SIMD loop (wasm-simd.ts) does four weights at a time, f32x4 operations rounding exactly as
// float32 ones. On a backend without the kernel (tensorflow) the same ops run unfused.
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { simdFor, type SimdKernels } from './wasm-simd.js';

export const ADAM_KERNEL = 'TfReproAdam';

const f32 = Math.fround;

interface AdamAttrs {
  beta1: number;
  oneMinusBeta1: number;
  beta2: number;
  oneMinusBeta2: number;
  /** 1 - beta1^t and 1 - beta2^t, as float32. */
  correction1: number;
  correction2: number;
  epsilon: number;
  negativeLearningRate: number;
}

/** value, m, v, gradient → new value, new m, new v, from index `from` on; every number float32, every step rounded. */
function adamUpdate(
  value: Float32Array,
  m: Float32Array,
  v: Float32Array,
  g: Float32Array,
  out: [Float32Array, Float32Array, Float32Array],
  a: AdamAttrs,
  from = 0,
): void {
  const [newValue, newM, newV] = out;
  for (let i = from; i < value.length; i++) {
    const gi = g[i];
    const mi = f32(f32(m[i] * a.beta1) + f32(gi * a.oneMinusBeta1));
    const vi = f32(f32(v[i] * a.beta2) + f32(f32(gi * gi) * a.oneMinusBeta2));
    const mHat = f32(mi / a.correction1);
    const vHat = f32(vi / a.correction2);
    const step = f32(f32(mHat / f32(f32(Math.sqrt(vHat)) + a.epsilon)) * a.negativeLearningRate);
    newValue[i] = f32(step + value[i]);
    newM[i] = mi;
    newV[i] = vi;
  }
}

type Inputs = { value: tf.TensorInfo; m: tf.TensorInfo; v: tf.TensorInfo; gradient: tf.TensorInfo };

const wasmAdam: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { value, m, v, gradient } = inputs as Inputs;
  const wasm = backend as BackendWasm;
  // Outputs first: making one may grow the heap, which detaches views taken before.
  const outs = [wasm.makeOutput(value.shape, 'float32'), wasm.makeOutput(value.shape, 'float32'), wasm.makeOutput(value.shape, 'float32')];
  const view = (t: tf.TensorInfo) => wasm.typedArrayFromHeap(t) as Float32Array;
  const a = attrs as unknown as AdamAttrs;
  // Four at a time in our SIMD loop (the same float32 operations), the last few here.
  const simd = simdFor(wasm);
  const n = tf.util.sizeFromShape(value.shape);
  const vectored = simd ? n - (n % 4) : 0;
  if (simd && vectored > 0) {
    const [at, mAt, vAt, gAt, o0, o1, o2] = [value, m, v, gradient, ...outs].map((t) => wasm.getMemoryOffset(t.dataId));
    simd.adamStep(
      at,
      mAt,
      vAt,
      gAt,
      o0,
      o1,
      o2,
      vectored,
      a.beta1,
      a.oneMinusBeta1,
      a.beta2,
      a.oneMinusBeta2,
      a.correction1,
      a.correction2,
      a.epsilon,
      a.negativeLearningRate,
    );
  }
  adamUpdate(view(value), view(m), view(v), view(gradient), [view(outs[0]), view(outs[1]), view(outs[2])], a, vectored);
  return outs;
};

const cpuAdam: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { value, m, v, gradient } = inputs as Inputs;
  const cpu = backend as tf.KernelBackend & { makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): tf.TensorInfo };
  const read = (t: tf.TensorInfo) => cpu.readSync(t.dataId) as Float32Array;
  const n = tf.util.sizeFromShape(value.shape);
  const out: [Float32Array, Float32Array, Float32Array] = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
  adamUpdate(read(value), read(m), read(v), read(gradient), out, attrs as unknown as AdamAttrs);
  return out.map((values) => cpu.makeTensorInfo(value.shape, 'float32', values));
};

/** Registers the kernel for wasm and cpu; calling again is a no-op. */
export function registerAdamKernels(): void {
  for (const [backendName, kernelFunc] of [
    ['wasm', wasmAdam],
    ['cpu', cpuAdam],
  ] as const) {
    if (tf.getKernel(ADAM_KERNEL, backendName) == null) tf.registerKernel({ kernelName: ADAM_KERNEL, backendName, kernelFunc });
  }
}

/** tf.train.adam(learningRate, beta1, beta2, epsilon), fused where the backend has our kernel. */
export class FusedAdam extends tf.Optimizer {
  static readonly className = 'Adam';
  private readonly moments: { m: tf.Variable; v: tf.Variable }[] = [];
  /** beta^t as tfjs keeps it: a float32 multiplied by beta once per step. */
  private accBeta1: number;
  private accBeta2: number;

  constructor(
    readonly learningRate: number,
    readonly beta1: number,
    readonly beta2: number,
    readonly epsilon: number,
  ) {
    super();
    this.accBeta1 = f32(beta1);
    this.accBeta2 = f32(beta2);
  }

  override applyGradients(variableGradients: tf.NamedTensorMap | { name: string; tensor: tf.Tensor }[]): void {
    const names = Array.isArray(variableGradients) ? variableGradients.map((g) => g.name) : Object.keys(variableGradients);
    const attrs = this.stepAttrs();
    const fused = tf.getKernel(ADAM_KERNEL, tf.getBackend()) != null;
    tf.tidy(() => {
      names.forEach((name, i) => {
        const value = tf.engine().registeredVariables[name];
        const { m, v } = this.momentsOf(i, value);
        const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
        if (gradient == null) return;
        if (fused) {
          const [newValue, newM, newV] = tf.engine().runKernel(ADAM_KERNEL, { value, m, v, gradient }, attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
          m.assign(newM);
          v.assign(newV);
          value.assign(newValue);
        } else {
          // tf.train.adam's ops, one by one.
          const newM = tf.add(tf.mul(m, attrs.beta1), tf.mul(gradient, attrs.oneMinusBeta1));
          const newV = tf.add(tf.mul(v, attrs.beta2), tf.mul(tf.square(gradient), attrs.oneMinusBeta2));
          const mHat = tf.div(newM, attrs.correction1);
          const vHat = tf.div(newV, attrs.correction2);
          m.assign(newM);
          v.assign(newV);
          value.assign(tf.add(tf.mul(tf.div(mHat, tf.add(tf.sqrt(vHat), attrs.epsilon)), attrs.negativeLearningRate), value));
        }
      });
    });
    this.endStep();
  }

  /**
   * applyGradients on wasm for the fused training step (training/fused-step.ts): the same update of
   * `variables`, their gradients given as byte offsets into the wasm memory. m and v change in
   * place (only this optimizer holds them); each weight's new value goes to a new buffer that its
   * variable is assigned, because tfjs-wasm's XNNPACK operators keep weights packed under the
   * buffer's id (a weight that changed in place would be read stale by the next evaluate).
   * Returns false, changing nothing, where it cannot (moments shared).
   */
  applyGradientsAt(backend: BackendWasm, simd: SimdKernels, variables: tf.Variable[], gradients: readonly number[]): boolean {
    const moments = variables.map((value, i) => this.momentsOf(i, value));
    if (moments.some(({ m, v }) => backend.refCount(m.dataId) !== 1 || backend.refCount(v.dataId) !== 1)) return false;
    const a = this.stepAttrs();
    // Every output first: making one may grow the heap, which detaches views taken before.
    const outs = variables.map((value) => backend.makeOutput(value.shape, 'float32'));
    const heap = new Float32Array((backend.wasm as unknown as { HEAPU8: Uint8Array }).HEAPU8.buffer);
    variables.forEach((value, i) => {
      const { m, v } = moments[i];
      const [at, mAt, vAt, outAt] = [value, m, v, outs[i]].map((t) => backend.getMemoryOffset(t.dataId));
      const n = value.size;
      const vectored = n - (n % 4);
      if (vectored > 0) {
        simd.adamStep(
          at,
          mAt,
          vAt,
          gradients[i],
          outAt,
          mAt,
          vAt,
          vectored,
          a.beta1,
          a.oneMinusBeta1,
          a.beta2,
          a.oneMinusBeta2,
          a.correction1,
          a.correction2,
          a.epsilon,
          a.negativeLearningRate,
        );
      }
      if (vectored < n) {
        const view = (offset: number) => heap.subarray(offset >> 2, (offset >> 2) + n);
        adamUpdate(view(at), view(mAt), view(vAt), view(gradients[i]), [view(outAt), view(mAt), view(vAt)], a, vectored);
      }
      const newValue = tf.engine().makeTensorFromTensorInfo(outs[i]);
      value.assign(newValue);
      newValue.dispose();
    });
    this.endStep();
    return true;
  }

  /** This step's constants, as float32. */
  private stepAttrs(): AdamAttrs {
    return {
      beta1: f32(this.beta1),
      oneMinusBeta1: f32(1 - this.beta1),
      beta2: f32(this.beta2),
      oneMinusBeta2: f32(1 - this.beta2),
      correction1: f32(1 - this.accBeta1),
      correction2: f32(1 - this.accBeta2),
      epsilon: f32(this.epsilon),
      negativeLearningRate: f32(-this.learningRate),
    };
  }

  /** The i-th weight's moments, zeros the first time. */
  private momentsOf(i: number, value: tf.Tensor): { m: tf.Variable; v: tf.Variable } {
    this.moments[i] ??= { m: tf.tidy(() => tf.zerosLike(value).variable(false)), v: tf.tidy(() => tf.zerosLike(value).variable(false)) };
    return this.moments[i];
  }

  private endStep(): void {
    this.accBeta1 = f32(this.accBeta1 * f32(this.beta1));
    this.accBeta2 = f32(this.accBeta2 * f32(this.beta2));
    this.incrementIterations();
  }

  override dispose(): void {
    for (const { m, v } of this.moments) tf.dispose([m, v]);
    this.moments.length = 0;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { learningRate: this.learningRate, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}
