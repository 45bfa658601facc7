// The published experiment's network, ported from tf.keras, and nothing else.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { FusedAdam, registerAdamKernels } from '../backends/kernels/adam.js';
import type { SeedingPart } from '../contracts.js';
import { deriveSeed, seededRandom, type RandomSource } from '../determinism/seeding.js';
import { freshSeed } from './fresh-seed.js';
import { SeededDropout } from './seeded-dropout.js';

/**
 * The default CNN's dropout as the fused training step (training/fused-step.ts) draws it: the
 * rate, and the seed tf.dropout's tf.randomUniform will be given for the next mask, as a string
 * (what tfjs hands seedrandom's alea), drawn from the same stream the layer itself draws from.
 */
export interface DropoutDraws {
  rate: number;
  nextSeed(): string;
}

/** SeededDropout, with the seed of its next mask also drawable outside the layer (same stream, same seeds). */
class DefaultModelDropout extends SeededDropout {
  private readonly maskSeeds: RandomSource;
  private readonly dropRate: number;

  constructor(args: { rate: number; seed: number }) {
    super(args);
    this.dropRate = args.rate;
    this.maskSeeds = seededRandom(args.seed);
  }

  /** SeededDropout's draw: the next seed of the layer's own stream. */
  nextMaskSeed(): number {
    return Math.floor(this.maskSeeds() * 0x7ffffffe) + 1;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0] : inputs;
    if (kwargs['training'] !== true || this.dropRate <= 0) return input;
    return tf.dropout(input, this.dropRate, undefined, this.nextMaskSeed());
  }
}

const defaultModels = new WeakMap<tfl.LayersModel, DropoutDraws>();

/** How `model`'s dropout draws its masks, if createDefaultModel made it (so its layers are known); else null. */
export function defaultModelDropout(model: tfl.LayersModel): DropoutDraws | null {
  return defaultModels.get(model) ?? null;
}

export interface ModelOptions {
  /** null: tfjs's own unseeded initializers and dropout (unpinned runs, `deterministic: false`). */
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
  const dropout = dropoutSeed === null ? tfl.layers.dropout({ rate: 0.2 }) : new DefaultModelDropout({ rate: 0.2, seed: dropoutSeed });
  x = dropout.apply(x) as tfl.SymbolicTensor;
  const output = tfl.layers.dense({ units: options.classes, activation: 'softmax', ...kernel() }).apply(x) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });
  // tfjs-layers' 'adam' is tf.train.adam(0.001, 0.9, 0.999, backend epsilon); FusedAdam gives its numbers, faster.
  registerAdamKernels();
  const adam = new FusedAdam(0.001, 0.9, 0.999, tf.backend().epsilon());
  model.compile({ optimizer: adam, loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  // tfjs's unseeded dropout seeds each mask with Math.random().
  defaultModels.set(model, {
    rate: 0.2,
    nextSeed: dropout instanceof DefaultModelDropout ? () => String(dropout.nextMaskSeed()) : () => String(Math.random()),
  });
  return model;
}
