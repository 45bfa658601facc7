// The default CNN's training step on wasm as one pass of our SIMD loops over its buffers, instead
// of some 150 tfjs kernels, each with its tensors, tape entries and bookkeeping in JavaScript.
//
// Bitwise the numbers of trainStep's tfjs path (test/unit/fused-step.test.ts): every value is
// computed by the same float32 operations in the same order as the kernels that path runs
// (XNNPACK's products and convolutions sum from 0 in order; our loops do too, wasm-simd-training.ts),
// the dropout mask is drawn from the seed the model's layer would use, the softmax and the logarithm
// are tfjs-wasm's own kernels, and the loss's small [batch, classes] arithmetic is done here as
// tfjs's ops do it, each result rounded to float32. A masked value may be +0 where tfjs has -0 (a
// mask applied with an AND rather than a multiplication by 0), but it only ever enters sums that
// start at +0, where a zero's sign cannot show: every gradient is bitwise tfjs's.
//
// Little JavaScript runs per step: the loops are in WebAssembly, the rest is small functions over
// buffers laid out once per shape. (TurboFan took 0.6 s of a second core to compile an earlier
// step written as one large function, and the step ran unoptimised meanwhile: longer than the
// bench's 60 timed steps.)
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import seedrandom from 'seedrandom';
import { FusedAdam } from '../backends/kernels/adam.js';
import { simdFor, type SimdKernels } from '../backends/kernels/wasm-simd.js';
import { defaultModelDropout, describeCnn, type CnnSpec, type DropoutDraws } from '../model/default-model.js';
import { UserError } from '../util/user-error.js';

const f32 = Math.fround;
const CHANNELS = 8;
/** One output pixel's 8 channels, in bytes. */
const PIXEL = CHANNELS * 4;

/** Float32 counts rounded up to whole v128s, so that every region starts 16-byte aligned. */
const roundUp4 = (n: number) => (n + 3) & ~3;

/** The workspace's regions, in the order they are laid out. */
const REGIONS = [
  'h1',
  'p1',
  'h2',
  'p2',
  'h3',
  'mask',
  'd3',
  'wd2Padded',
  'bd2Padded',
  'logitsPadded',
  'dLogitsPadded',
  'dBd2Padded',
  'dWd2Padded',
  'wd2T',
  'dd3',
  'dz3',
  'wd1T',
  'dp2',
  'dz2',
  'dz2Padded',
  'w2Turned',
  'dp1',
  'dz1',
] as const;
type Region = (typeof REGIONS)[number];

/** Everything about a step that depends only on the shapes: sizes, offsets, scratch arrays. */
interface Plan {
  batch: number;
  rows: number;
  cols: number;
  units: number;
  classes: number;
  padded: number;
  h1: [number, number];
  p1: [number, number];
  h2: [number, number];
  p2: [number, number];
  flat: number;
  sizes: Record<Region, number>;
  /** Byte offsets from the workspace's aligned start. */
  offsets: Record<Region, number>;
  totalFloats: number;
  labels: Int32Array;
  p: Float32Array;
  c1: Float32Array;
  q: Float32Array;
  c2: Float32Array;
  sums: Float32Array;
  dc2: Float32Array;
  dyTimesY: Float32Array;
}

const plans = new Map<string, Plan>();

function planFor(batch: number, rows: number, cols: number, units: number, classes: number): Plan {
  const key = `${batch},${rows},${cols},${units},${classes}`;
  const known = plans.get(key);
  if (known) return known;
  const h1: [number, number] = [rows - 2, cols - 2];
  const p1: [number, number] = [h1[0] >> 1, h1[1] >> 1];
  const h2: [number, number] = [p1[0] - 2, p1[1] - 2];
  const p2: [number, number] = [h2[0] >> 1, h2[1] >> 1];
  const flat = p2[0] * p2[1] * CHANNELS;
  const padded = roundUp4(classes);
  const sizes: Record<Region, number> = {
    h1: batch * h1[0] * h1[1] * CHANNELS,
    p1: batch * p1[0] * p1[1] * CHANNELS,
    h2: batch * h2[0] * h2[1] * CHANNELS,
    p2: batch * flat,
    h3: batch * units,
    mask: batch * units,
    d3: batch * units,
    wd2Padded: units * padded,
    bd2Padded: padded,
    logitsPadded: batch * padded,
    dLogitsPadded: batch * padded,
    dBd2Padded: padded,
    dWd2Padded: units * padded,
    wd2T: classes * units,
    dd3: batch * units,
    dz3: batch * units,
    wd1T: units * flat,
    dp2: batch * flat,
    dz2: batch * h2[0] * h2[1] * CHANNELS,
    dz2Padded: batch * (h2[0] + 4) * (h2[1] + 4) * CHANNELS,
    w2Turned: 9 * CHANNELS * CHANNELS,
    dp1: batch * p1[0] * p1[1] * CHANNELS,
    dz1: batch * h1[0] * h1[1] * CHANNELS,
  };
  const offsets = {} as Record<Region, number>;
  let totalFloats = 0;
  for (const region of REGIONS) {
    offsets[region] = totalFloats * 4;
    totalFloats += roundUp4(sizes[region]);
  }
  const n = batch * classes;
  const plan: Plan = {
    batch,
    rows,
    cols,
    units,
    classes,
    padded,
    h1,
    p1,
    h2,
    p2,
    flat,
    sizes,
    offsets,
    totalFloats,
    labels: new Int32Array(batch),
    p: new Float32Array(n),
    c1: new Float32Array(n),
    q: new Float32Array(n),
    c2: new Float32Array(n),
    sums: new Float32Array(batch),
    dc2: new Float32Array(classes),
    dyTimesY: new Float32Array(classes),
  };
  plans.set(key, plan);
  return plan;
}

/** The wasm memory as floats; taken again after anything that may grow it. */
const heapOf = (backend: BackendWasm) => new Float32Array((backend.wasm as unknown as { HEAPU8: Uint8Array }).HEAPU8.buffer);

/** A tfjs-wasm kernel run directly on the backend (no tensors, no tape): the softmax and the logarithm. */
function runWasmKernel(backend: BackendWasm, name: string, inputs: Record<string, tf.TensorInfo>, attrs: tf.NamedAttrMap): tf.TensorInfo {
  const kernel = tf.getKernel(name, 'wasm');
  if (kernel == null) throw new Error(`wasm kernel '${name}' is not registered`);
  return kernel.kernelFunc({ inputs, backend, attrs }) as tf.TensorInfo;
}

/** c = a × b, sums over k in order, in the blocks our loops come in; n a multiple of 4. */
function gemm(
  simd: SimdKernels,
  a: number,
  b: number,
  c: number,
  m: number,
  n: number,
  k: number,
  aRow: number,
  aCol: number,
  bRow: number,
  cRow: number,
): void {
  const wide = n & ~7;
  const narrow = n - wide;
  const blocks = m >> 2;
  const rest = m & 3;
  if (blocks > 0) {
    if (wide > 0) simd.gemm4x8(a, b, c, blocks, wide, k, aRow, aCol, bRow, cRow);
    if (narrow > 0) simd.gemm4x4(a, b + wide * 4, c + wide * 4, blocks, narrow, k, aRow, aCol, bRow, cRow);
  }
  if (rest > 0) {
    const [a1, c1] = [a + 4 * blocks * aRow, c + 4 * blocks * cRow];
    if (wide > 0) simd.gemm1x8(a1, b, c1, rest, wide, k, aRow, aCol, bRow, cRow);
    if (narrow > 0) simd.gemm1x4(a1, b + wide * 4, c1 + wide * 4, rest, narrow, k, aRow, aCol, bRow, cRow);
  }
}

/** Byte addresses of the workspace's regions and of the tensors the step reads and writes. */
interface Addresses extends Record<Region, number> {
  x: number;
  weights: number[];
  gradients: number[];
  logits: number;
  clipped: number;
}

/** Conv2D, bias, Relu, MaxPool twice; Dense, bias, Relu; dropout; Dense and its bias (padded to whole v128s). */
function forward(simd: SimdKernels, plan: Plan, at: Addresses): void {
  const { batch, rows, cols, units, classes, padded, h1, p1, h2, p2, flat } = plan;
  const [w1, b1, w2, b2, wd1, bd1, wd2, bd2] = at.weights;
  simd.conv3x3c1BiasRelu(at.x, w1, at.h1, batch, h1[0], h1[1], cols * 4, rows * cols * 4, b1);
  simd.maxPool2x2(at.h1, at.p1, batch, p1[0], p1[1], CHANNELS, h1[1] * PIXEL, h1[0] * h1[1] * PIXEL);
  simd.conv3x3c8BiasRelu(at.p1, w2, at.h2, batch, h2[0], h2[1], p1[1] * PIXEL, p1[0] * p1[1] * PIXEL, b2);
  simd.maxPool2x2(at.h2, at.p2, batch, p2[0], p2[1], CHANNELS, h2[1] * PIXEL, h2[0] * h2[1] * PIXEL);
  gemm(simd, at.p2, wd1, at.h3, batch, units, flat, flat * 4, 4, units * 4, units * 4);
  simd.addRowsRelu(at.h3, bd1, at.h3, batch, units);
  simd.mulVectors(at.h3, at.mask, at.d3, batch * units);
  // The last layer's weights and bias with zero columns up to whole v128s (the caller zeroes them); those columns are never read back.
  simd.copyRows(wd2, at.wd2Padded, 1, units, classes * 4, classes * 4, padded * 4, 0, 0);
  simd.copyRows(bd2, at.bd2Padded, 1, 1, classes * 4, 0, 0, 0, 0);
  gemm(simd, at.d3, at.wd2Padded, at.logitsPadded, batch, padded, units, units * 4, 4, padded * 4, padded * 4);
  simd.addRows(at.logitsPadded, at.bd2Padded, at.logitsPadded, batch, padded);
  simd.copyRows(at.logitsPadded, at.logits, 1, batch, classes * 4, padded * 4, classes * 4, 0, 0);
}

/**
 * Softmax's output clipped as sparse categorical cross-entropy clips it: c1 = clip(p), q = c1 /
 * sum(c1), c2 = clip(q), written at `clipped` for the logarithm. Each step rounded as tfjs's ops.
 */
function clipForLog(heap: Float32Array, plan: Plan, softmax: number, clipped: number, low: number, high: number): void {
  const { batch, classes, p, c1, q, c2, sums } = plan;
  p.set(heap.subarray(softmax >> 2, (softmax >> 2) + batch * classes));
  for (let i = 0; i < p.length; i++) c1[i] = Math.min(Math.max(p[i], low), high);
  for (let r = 0; r < batch; r++) {
    let s = 0;
    for (let k = 0; k < classes; k++) s = f32(s + c1[r * classes + k]);
    sums[r] = s;
    for (let k = 0; k < classes; k++) {
      const i = r * classes + k;
      q[i] = f32(c1[i] / s);
      c2[i] = Math.min(Math.max(q[i], low), high);
    }
  }
  heap.set(c2, clipped >> 2);
}

/**
 * The batch's mean loss, and its gradient with respect to the logits (written padded at
 * `dLogits`), op by op as tfjs's gradients run: Mean, Neg, Sum, Mul, Log, clip, RealDiv, Sum,
 * clip, Softmax.
 */
function lossAndGradient(heap: Float32Array, plan: Plan, log: number, dLogits: number, low: number, high: number): number {
  const { batch, classes, padded, labels, p, c1, q, c2, sums, dc2, dyTimesY } = plan;
  const logAt = log >> 2;
  let lossSum = 0;
  for (let r = 0; r < batch; r++) {
    let s = 0;
    for (let k = 0; k < classes; k++) s = f32(s + f32((labels[r] === k ? 1 : 0) * heap[logAt + r * classes + k]));
    lossSum = f32(lossSum + -s);
  }
  const dRow = -f32(f32(1 * 1) / batch);
  const dAt = dLogits >> 2;
  for (let r = 0; r < batch; r++) {
    const s = sums[r];
    let dot = 0;
    for (let k = 0; k < classes; k++) {
      const i = r * classes + k;
      const dl = f32(f32(dRow * 1) * (labels[r] === k ? 1 : 0));
      dc2[k] = q[i] >= low && q[i] <= high ? f32(dl / c2[i]) : 0;
      dot = f32(dot + f32(dc2[k] * c1[i]));
    }
    const ds = -f32(dot / f32(s * s));
    let softmaxDot = 0;
    for (let k = 0; k < classes; k++) {
      const i = r * classes + k;
      const dc1 = f32(f32(dc2[k] / s) + f32(ds * 1));
      dyTimesY[k] = f32((p[i] >= low && p[i] <= high ? dc1 : 0) * p[i]);
      softmaxDot = f32(softmaxDot + dyTimesY[k]);
    }
    for (let k = 0; k < classes; k++) heap[dAt + r * padded + k] = f32(dyTimesY[k] - f32(softmaxDot * p[r * classes + k]));
    for (let k = classes; k < padded; k++) heap[dAt + r * padded + k] = 0;
  }
  return f32(lossSum / batch);
}

/** Gradients of both dense layers (and dropout, Relu), then of the second convolution and the first. */
function backward(simd: SimdKernels, plan: Plan, at: Addresses): void {
  const { batch, rows, cols, units, classes, padded, h1, p1, h2, p2, flat } = plan;
  const [gW1, gB1, gW2, gB2, gWd1, gBd1, gWd2, gBd2] = at.gradients;
  const [, , w2, , wd1, , wd2] = at.weights;
  // The last layer: its bias, weights and input.
  simd.sumRows(at.dLogitsPadded, at.dBd2Padded, batch, padded);
  simd.copyRows(at.dBd2Padded, gBd2, 1, 1, classes * 4, 0, 0, 0, 0);
  gemm(simd, at.d3, at.dLogitsPadded, at.dWd2Padded, units, padded, batch, 4, units * 4, padded * 4, padded * 4);
  simd.copyRows(at.dWd2Padded, gWd2, 1, units, classes * 4, padded * 4, classes * 4, 0, 0);
  simd.transpose32(wd2, at.wd2T, units, classes);
  gemm(simd, at.dLogitsPadded, at.wd2T, at.dd3, batch, units, classes, padded * 4, 4, units * 4, units * 4);
  // Dropout and Relu, then the first dense layer.
  simd.mulMaskPositive(at.dd3, at.mask, at.h3, at.dz3, batch * units);
  simd.sumRows(at.dz3, gBd1, batch, units);
  gemm(simd, at.p2, at.dz3, gWd1, flat, units, batch, 4, flat * 4, units * 4, units * 4);
  simd.transpose32(wd1, at.wd1T, flat, units);
  gemm(simd, at.dz3, at.wd1T, at.dp2, batch, flat, units, units * 4, 4, flat * 4, flat * 4);
  // MaxPool and Relu, then the second convolution's bias and filter.
  simd.maxPoolGradRelu2x2(at.h2, at.dp2, at.dz2, batch, p2[0], p2[1], CHANNELS, h2[1] * PIXEL, h2[0] * h2[1] * PIXEL);
  simd.sumRows(at.dz2, gB2, batch * h2[0] * h2[1], CHANNELS);
  const p1Row = p1[1] * PIXEL;
  for (let kh = 0; kh < 3; kh++) {
    for (let c = 0; c < CHANNELS; c++) {
      simd.filterGrad3x8(
        at.p1 + kh * p1Row + c * 4,
        at.dz2,
        gW2 + (kh * 3 * CHANNELS + c) * PIXEL,
        batch,
        h2[0],
        h2[1],
        p1Row,
        p1[0] * p1Row,
        PIXEL,
        CHANNELS * PIXEL,
      );
    }
  }
  // Its input's gradient: dz2 padded by 2 all round (the border stays 0), convolved with the
  // filter turned by 180° and its channels swapped, as tfjs's Conv2DBackpropInput does it on wasm.
  const paddedRow = (h2[1] + 4) * PIXEL;
  const paddedImage = (h2[0] + 4) * paddedRow;
  simd.copyRows(at.dz2, at.dz2Padded + 2 * paddedRow + 2 * PIXEL, batch, h2[0], h2[1] * PIXEL, h2[1] * PIXEL, paddedRow, h2[0] * h2[1] * PIXEL, paddedImage);
  for (let tap = 0; tap < 9; tap++) simd.transpose32(w2 + (8 - tap) * CHANNELS * PIXEL, at.w2Turned + tap * CHANNELS * PIXEL, CHANNELS, CHANNELS);
  simd.conv3x3c8(at.dz2Padded, at.w2Turned, at.dp1, batch, p1[0], p1[1], paddedRow, paddedImage);
  // MaxPool and Relu, then the first convolution's bias and filter.
  simd.maxPoolGradRelu2x2(at.h1, at.dp1, at.dz1, batch, p1[0], p1[1], CHANNELS, h1[1] * PIXEL, h1[0] * h1[1] * PIXEL);
  simd.sumRows(at.dz1, gB1, batch * h1[0] * h1[1], CHANNELS);
  for (let kh = 0; kh < 3; kh++)
    simd.filterGrad3x8(at.x + kh * cols * 4, at.dz1, gW1 + kh * 3 * PIXEL, batch, h1[0], h1[1], cols * 4, rows * cols * 4, 4, PIXEL);
}

/** A wrapper put around the SIMD loops each step calls (bench/profile-step.ts times them); null: none. */
let wrapKernels: ((kernels: SimdKernels) => SimdKernels) | null = null;

/** Has every later step call its SIMD loops through `wrap` (null: directly again). For profiling. */
export function wrapFusedStepKernels(wrap: ((kernels: SimdKernels) => SimdKernels) | null): void {
  wrapKernels = wrap;
}

/** The plan for this step, or null where the shapes are not those the loops were written for. */
function planOf(x: tf.Tensor, y: tf.Tensor, variables: tf.Variable[]): Plan | null {
  if (x.rank !== 3 || x.dtype !== 'float32' || y.dtype !== 'float32' || variables.length !== 8 || variables.some((v) => v.dtype !== 'float32')) return null;
  const [batch, rows, cols] = x.shape;
  const units = variables[4].shape[1] ?? 0;
  const classes = variables[6].shape[1] ?? 0;
  if (batch < 1 || rows < 10 || cols < 10 || units < 4 || units % 4 !== 0 || classes < 1 || y.size !== batch) return null;
  const plan = planFor(batch, rows, cols, units, classes);
  const shapes = variables.map((v) => v.shape.join('x')).join(',');
  return shapes === `3x3x1x8,8,3x3x8x8,8,${plan.flat}x${units},${units},${units}x${classes},${classes}` ? plan : null;
}

/**
 * What the loops above compute, as the default CNN's spec says it (model/default-model.ts): a
 * model is fused only where its layers' own configs say the same, as tfjs-layers fuses an
 * activation only once mapActivationToFusedKernel has recognised it. The dropout rate and the
 * sizes are not fixed: they are read from the model.
 */
const FUSED_NETWORK: Omit<CnnSpec, 'dropoutRate' | 'units'> = {
  filters: CHANNELS,
  kernelSize: 3,
  padding: 'valid',
  activation: 'relu',
  poolSize: 2,
  hiddenActivation: 'relu',
  outputActivation: 'softmax',
};

/** Why a step was left to tfjs; `warn`: a reason the user should hear of (the default CNN that did not fuse). */
export interface FusedStepFallback {
  reason: string;
  warn: boolean;
}

/** The environment variable that turns the fused step off, to compare with tfjs's path. */
export const FUSED_STEP_VARIABLE = 'TF_REPRO_FUSED_STEP';

/** A model's check, made once: its dropout's draws and rate where it fuses, else why not. */
type ModelCheck = { dropout: DropoutDraws; rate: number } | FusedStepFallback;
const checkedModels = new WeakMap<tfl.LayersModel, ModelCheck>();
const NOT_THE_DEFAULT_MODEL: FusedStepFallback = { reason: 'not the default model', warn: false };
const TURNED_OFF: FusedStepFallback = { reason: `${FUSED_STEP_VARIABLE}=off`, warn: false };
const NOT_WASM: FusedStepFallback = { reason: 'not the wasm backend', warn: false };

/** Whether $TF_REPRO_FUSED_STEP turns the fused step off ('off'); unset, '' or 'on': not. */
function turnedOff(): boolean {
  const value = process.env[FUSED_STEP_VARIABLE] ?? '';
  if (value === 'off') return true;
  if (value === '' || value === 'on') return false;
  throw new UserError(`${FUSED_STEP_VARIABLE} must be 'off' (train through tfjs's ops) or 'on', or be unset; found '${value}'`);
}

/** `model`'s spec where its structure is FUSED_NETWORK's, else why not. */
function fusableSpec(model: tfl.LayersModel): string | CnnSpec {
  const spec = describeCnn(model);
  if (typeof spec === 'string') return spec;
  for (const [field, fused] of Object.entries(FUSED_NETWORK)) {
    const value = spec[field as keyof typeof FUSED_NETWORK];
    if (value !== fused) return `its ${field} is ${String(value)}, and the fused step computes ${String(fused)}`;
  }
  return spec;
}

/** The model's structure against FUSED_NETWORK, once per model (its layers' configs do not change). */
function checkModel(model: tfl.LayersModel): ModelCheck {
  let check = checkedModels.get(model);
  if (check === undefined) {
    const dropout = defaultModelDropout(model);
    const spec = dropout === null ? null : fusableSpec(model);
    if (dropout === null) check = NOT_THE_DEFAULT_MODEL;
    else if (typeof spec === 'string') check = { reason: spec, warn: true };
    else check = { dropout, rate: spec!.dropoutRate };
    checkedModels.set(model, check);
  }
  return check;
}

/** What a fused step needs, or why it does not apply. The structure once per model; the backend, optimizer, loss and shapes every step. */
function whyNot(
  model: tfl.LayersModel,
  variables: tf.Variable[],
  x: tf.Tensor,
  y: tf.Tensor,
): FusedStepFallback | { dropout: DropoutDraws; rate: number; plan: Plan; kernels: SimdKernels } {
  if (turnedOff()) return TURNED_OFF;
  const check = checkModel(model);
  if ('reason' in check) return check;
  if (tf.getBackend() !== 'wasm') return NOT_WASM;
  const optimizer = model.optimizer;
  // Not instanceof: tf.Optimizer's Symbol.hasInstance takes every optimizer for every optimizer class.
  if (!Object.prototype.isPrototypeOf.call(FusedAdam.prototype, optimizer) || model.loss !== 'sparseCategoricalCrossentropy')
    return { reason: "it was compiled with another optimizer or loss than createDefaultModel's", warn: true };
  const kernels = simdFor(tf.backend() as BackendWasm);
  if (kernels === null) return { reason: 'this wasm backend has no SIMD', warn: true };
  const plan = planOf(x, y, variables);
  if (plan === null) return { reason: `the shapes (input ${x.shape.join('×')}, ${variables.length} variables) are not those its loops take`, warn: true };
  return { ...check, plan, kernels };
}

/**
 * One step of trainStep for the default CNN on the wasm backend with SIMD: returns the batch's
 * mean loss, having updated the weights, or why it does not apply (another model or structure,
 * backend, optimizer or loss, shapes it was not made for), leaving the step to tfjs.
 */
export function fusedTrainStep(model: tfl.LayersModel, variables: tf.Variable[], x: tf.Tensor, y: tf.Tensor): number | FusedStepFallback {
  const check = whyNot(model, variables, x, y);
  if ('reason' in check) return check;
  const { dropout, rate, plan, kernels: ownKernels } = check;
  const optimizer = model.optimizer;
  const backend = tf.backend() as BackendWasm;
  const simd = wrapKernels ? wrapKernels(ownKernels) : ownKernels;
  const { batch, classes, units, labels } = plan;
  const yValues = backend.typedArrayFromHeap(y) as Float32Array;
  for (let r = 0; r < batch; r++) labels[r] = Math.floor(yValues[r]);

  const gradients = variables.map((v) => backend.makeOutput(v.shape, 'float32'));
  const workspace = backend.makeOutput([plan.totalFloats + 4], 'float32');
  const logits = backend.makeOutput([batch, classes], 'float32');
  const clipped = backend.makeOutput([batch, classes], 'float32');
  const made: tf.TensorInfo[] = [...gradients, workspace, logits, clipped];
  try {
    // The workspace's regions from its first 16-byte boundary.
    const base = (backend.getMemoryOffset(workspace.dataId) + 15) & ~15;
    const at = { x: backend.getMemoryOffset(x.dataId) } as Addresses;
    for (const region of REGIONS) at[region] = base + plan.offsets[region];
    at.weights = variables.map((v) => backend.getMemoryOffset(v.dataId));
    at.gradients = gradients.map((g) => backend.getMemoryOffset(g.dataId));
    at.logits = backend.getMemoryOffset(logits.dataId);
    at.clipped = backend.getMemoryOffset(clipped.dataId);
    let heap = heapOf(backend);
    // The border of dz2's padded copy, which only its inside is ever written over, and the padding columns of the last layer.
    heap.fill(0, at.dz2Padded >> 2, (at.dz2Padded >> 2) + plan.sizes.dz2Padded);
    heap.fill(0, at.wd2Padded >> 2, (at.bd2Padded >> 2) + plan.sizes.bd2Padded);
    // Rows and columns no pooling window reaches get no gradient.
    if (plan.h2[0] % 2 !== 0 || plan.h2[1] % 2 !== 0) heap.fill(0, at.dz2 >> 2, (at.dz2 >> 2) + plan.sizes.dz2);
    if (plan.h1[0] % 2 !== 0 || plan.h1[1] % 2 !== 0) heap.fill(0, at.dz1 >> 2, (at.dz1 >> 2) + plan.sizes.dz1);

    // tf.dropout's mask from the seed the layer would give tf.randomUniform (its alea, float32, floor(u + keep) / keep).
    const state = seedrandom.alea(dropout.nextSeed(), { state: true }).state();
    simd.dropoutMask(at.mask, batch * units, state.s0, state.s1, state.s2, state.c, f32(1 - rate));
    forward(simd, plan, at);
    const softmax = runWasmKernel(backend, 'Softmax', { logits }, { dim: 1 });
    made.push(softmax);
    const epsilon = backend.epsilon();
    const [low, high] = [f32(epsilon), f32(1 - epsilon)];
    clipForLog(heapOf(backend), plan, backend.getMemoryOffset(softmax.dataId), at.clipped, low, high);
    const log = runWasmKernel(backend, 'Log', { x: clipped }, {});
    made.push(log);
    heap = heapOf(backend);
    const loss = lossAndGradient(heap, plan, backend.getMemoryOffset(log.dataId), at.dLogitsPadded, low, high);
    backward(simd, plan, at);
    if (!(optimizer as FusedAdam).applyGradientsAt(backend, simd, variables, at.gradients)) {
      // Adam through tensors, as minimize calls it.
      const tensors = gradients.map((g) => tf.engine().makeTensorFromTensorInfo(g));
      made.splice(0, gradients.length);
      try {
        optimizer.applyGradients(variables.map((v, i) => ({ name: v.name, tensor: tensors[i] })));
      } finally {
        tf.dispose(tensors);
      }
    }
    return loss;
  } finally {
    for (const info of made) backend.disposeData(info.dataId);
  }
}
