// Where a wasm training step of the default CNN at batch 100 spends its time: every tfjs-wasm
// kernel and every SIMD loop of the fused step timed, beside the step's wall time (the rest is
// JavaScript: building the batch is timed apart; on the tfjs path the rest is the engine's
// bookkeeping, tape and gradients).
//
// Usage: node build/bench/profile-step.js [--tfjs] [--steps N] [--warmup N] [--dataset DIR | -]
//   --tfjs    the tfjs path (one kernel per op) instead of the fused step
//   --warmup  steps run before timing starts (default 20; 5 is what the bench's throughput skips)
import * as tf from '@tensorflow/tfjs-core';
import { parseArgs } from 'node:util';
import type { SimdKernels } from '../src/backends/kernels/wasm-simd.js';
import { selectBackend } from '../src/backends/select-backend.js';
import { loadSettingsDataset, CLASSES } from '../src/data/load.js';
import { createDefaultModel } from '../src/model/default-model.js';
import { wrapFusedStepKernels } from '../src/training/fused-step.js';
import { batchBuffer, batchTensors, tfjsTrainStep, trainStep } from '../src/training/train.js';
import { permutation, seededRandom } from '../src/determinism/seeding.js';

const BATCH = 100;
const { values } = parseArgs({
  options: {
    tfjs: { type: 'boolean', default: false },
    steps: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    dataset: { type: 'string', default: '/usr/share/datasets/fashion-mnist' },
  },
});
const steps = Number(values.steps);
const warmup = Number(values.warmup);

await selectBackend([{ backend: 'wasm' }], 1);
const timings = new Map<string, { calls: number; ms: number }>();
let timing = false;
let depth = 0;
/** Times `run` under `name` unless a timed call is already under way (composite kernels). */
function timed<T>(name: string, run: () => T): T {
  if (!timing || depth > 0) return run();
  depth++;
  const started = performance.now();
  try {
    return run();
  } finally {
    depth--;
    const entry = timings.get(name) ?? { calls: 0, ms: 0 };
    entry.calls++;
    entry.ms += performance.now() - started;
    timings.set(name, entry);
  }
}
// tfjs looks a kernel up on every call, so wrapping the registered ones times them all.
for (const config of tf.getKernelsForBackend('wasm')) {
  const inner = config.kernelFunc;
  tf.unregisterKernel(config.kernelName, 'wasm');
  tf.registerKernel({ ...config, kernelFunc: (args) => timed(config.kernelName, () => inner(args)) });
}
// A proxy of its own: the exports' functions are read-only properties, which a proxy must return unchanged.
wrapFusedStepKernels(
  (kernels) =>
    new Proxy({} as SimdKernels, {
      get: (_, name: string) => {
        const loop = (kernels as unknown as Record<string, (...args: number[]) => void>)[name];
        return (...args: number[]) => timed(`simd ${name}`, () => loop(...args));
      },
    }),
);

const data = await loadSettingsDataset({ dataset: values.dataset === '-' ? null : values.dataset, samples: 0, folds: 2, validationSplit: 0 });
const model = createDefaultModel({ seed: 1, rows: data.rows, cols: data.cols, classes: CLASSES });
const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
const order = permutation(data.count, seededRandom(7));
const buffer = batchBuffer(data, BATCH);
const train = values.tfjs ? tfjsTrainStep : trainStep;
let at = 0;
let batchMs = 0;
const step = () => {
  if (at + BATCH > data.count) at = 0;
  const started = performance.now();
  const [x, y] = batchTensors(data, order, at, at + BATCH, buffer);
  batchMs += performance.now() - started;
  train(model, variables, x, y);
  tf.dispose([x, y]);
  at += BATCH;
};
for (let i = 0; i < warmup; i++) step();
batchMs = 0;
timing = true;
const started = performance.now();
for (let i = 0; i < steps; i++) step();
const total = performance.now() - started;
timing = false;

const usPerStep = (ms: number) => ((ms / steps) * 1000).toFixed(0).padStart(7);
const share = (ms: number) => ((100 * ms) / total).toFixed(1).padStart(5);
process.stdout.write(`${values.tfjs ? 'tfjs path' : 'fused step'}, batch ${BATCH}, ${steps} steps after ${warmup}\n`);
let kernelMs = 0;
for (const [name, { calls, ms }] of [...timings.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
  kernelMs += ms;
  process.stdout.write(`${name.padEnd(28)} ${(calls / steps).toFixed(1).padStart(6)} calls/step ${usPerStep(ms)} us/step ${share(ms)} %\n`);
}
process.stdout.write(`${'kernels and loops'.padEnd(28)} ${''.padStart(17)} ${usPerStep(kernelMs)} us/step ${share(kernelMs)} %\n`);
process.stdout.write(`${'building the batch'.padEnd(28)} ${''.padStart(17)} ${usPerStep(batchMs)} us/step ${share(batchMs)} %\n`);
process.stdout.write(
  `${'the rest (JavaScript)'.padEnd(28)} ${''.padStart(17)} ${usPerStep(total - kernelMs - batchMs)} us/step ${share(total - kernelMs - batchMs)} %\n`,
);
process.stdout.write(`${'step'.padEnd(28)} ${''.padStart(17)} ${usPerStep(total)} us/step = ${((steps * BATCH * 1000) / total).toFixed(0)} images/s\n`);
