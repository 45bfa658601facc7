// The published experiment's network, ported from tf.keras, and nothing else.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { FusedAdam, registerAdamKernels } from '../backends/kernels/adam.js';
import type { SeedingPart } from '../contracts.js';
import { deriveSeed } from '../determinism/seeding.js';
import { freshSeed } from './fresh-seed.js';
import { SeededDropout } from './seeded-dropout.js';

export interface ModelOptions {
  /** null: tfjs's own unseeded initializers and dropout (the non-deterministic baseline). */
  seed: number | null;
  rows: number;
  cols: number;
  classes: number;
  /** With a seed: seedings left off ('initializers', 'dropout'), which draw fresh seeds instead (diagnose). */
  unseeded?: readonly SeedingPart[];
}

/**
 * Input(28, 28) → Reshape(28, 28, 1) → Conv2D(8, 3×3, relu) → MaxPool(2) → Conv2D(8, 3×3, relu)
 * → MaxPool(2) → Flatten → Dense(128, relu) → Dropout(0.2) → Dense(10, softmax);
 * adam, sparse categorical cross-entropy, accuracy.
 */
export function createDefaultModel(options: ModelOptions): tfl.LayersModel {
  const { seed } = options;
  const unseeded = options.unseeded ?? [];
  let layerIndex = 0;
  // Keras' defaults: glorot_uniform kernels, zero biases. Each seed is explicit and non-zero.
  const kernel = () => {
    layerIndex++;
    if (seed === null) return {};
    const kernelSeed = unseeded.includes('initializers') ? freshSeed() : deriveSeed(seed, 'layer', layerIndex, 'kernel');
    return { kernelInitializer: tfl.initializers.glorotUniform({ seed: kernelSeed }) };
  };
  const input = tfl.input({ shape: [options.rows, options.cols] });
  let x = tfl.layers.reshape({ targetShape: [options.rows, options.cols, 1] }).apply(input) as tfl.SymbolicTensor;
  x = tfl.layers.conv2d({ filters: 8, kernelSize: 3, strides: 1, activation: 'relu', ...kernel() }).apply(x) as tfl.SymbolicTensor;
  x = tfl.layers.maxPooling2d({ poolSize: 2, strides: 2 }).apply(x) as tfl.SymbolicTensor;
  x = tfl.layers.conv2d({ filters: 8, kernelSize: 3, strides: 1, activation: 'relu', ...kernel() }).apply(x) as tfl.SymbolicTensor;
  x = tfl.layers.maxPooling2d({ poolSize: 2, strides: 2 }).apply(x) as tfl.SymbolicTensor;
  x = tfl.layers.flatten().apply(x) as tfl.SymbolicTensor;
  x = tfl.layers.dense({ units: 128, activation: 'relu', ...kernel() }).apply(x) as tfl.SymbolicTensor;
  const dropoutSeed = seed === null ? null : unseeded.includes('dropout') ? freshSeed() : deriveSeed(seed, 'dropout');
  x = (dropoutSeed === null ? tfl.layers.dropout({ rate: 0.2 }) : new SeededDropout({ rate: 0.2, seed: dropoutSeed })).apply(x) as tfl.SymbolicTensor;
  const output = tfl.layers.dense({ units: options.classes, activation: 'softmax', ...kernel() }).apply(x) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });
  // tfjs-layers' 'adam' is tf.train.adam(0.001, 0.9, 0.999, backend epsilon); FusedAdam gives its numbers, faster.
  registerAdamKernels();
  const adam = new FusedAdam(0.001, 0.9, 0.999, tf.backend().epsilon());
  model.compile({ optimizer: adam, loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}
