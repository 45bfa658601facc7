// The published experiment's network, ported from tf.keras, and nothing else.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { FusedAdam, registerAdamKernels } from '../backends/kernels/adam.js';
import type { SeedingPart } from '../contracts/settings.js';
import { deriveSeed, seededRandom, type RandomSource } from '../determinism/seeding.js';
import { freshSeed } from './fresh-seed.js';
import { SEEDED_DROPOUT_CLASS } from './model-config.js';
import { SeededDropout } from './seeded-dropout.js';

/** An activation as tfjs-layers names it ('relu', 'tanh', 'softmax', …). */
export type Activation = NonNullable<Parameters<typeof tfl.layers.dense>[0]['activation']>;

/**
 * The default CNN's structure, in one place: what createDefaultModel builds, and what describeCnn
 * reads back from any model's layers, so that the fused training step (training/fused-step.ts)
 * checks the network it is given rather than where it came from.
 */
export interface CnnSpec {
  /** Both convolutions: `filters` filters of kernelSize × kernelSize, stride 1, with a bias. */
  filters: number;
  kernelSize: number;
  padding: 'valid' | 'same';
  activation: Activation;
  /** Max pooling after each convolution: the window and its stride. */
  poolSize: number;
  /** The hidden dense layer, with a bias. */
  units: number;
  hiddenActivation: Activation;
  dropoutRate: number;
  /** The last dense layer's; its units are the classes. */
  outputActivation: Activation;
}

/**
 * Input(28, 28) → Reshape(28, 28, 1) → Conv2D(8, 3×3, relu) → MaxPool(2) → Conv2D(8, 3×3, relu)
 * → MaxPool(2) → Flatten → Dense(128, relu) → Dropout(0.2) → Dense(10, softmax), as the published
 * experiment's tf.keras model.
 */
export const DEFAULT_CNN: Readonly<CnnSpec> = {
  filters: 8,
  kernelSize: 3,
  padding: 'valid',
  activation: 'relu',
  poolSize: 2,
  units: 128,
  hiddenActivation: 'relu',
  dropoutRate: 0.2,
  outputActivation: 'softmax',
};

/**
 * How the default CNN's dropout draws its masks, for the fused training step: the seed
 * tf.dropout's tf.randomUniform will be given for the next mask, as a string (what tfjs hands
 * seedrandom's alea), drawn from the same stream the layer itself draws from. (The rate is the
 * layer's own config, read by describeCnn.)
 */
export interface DropoutDraws {
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

/** How `model`'s dropout draws its masks, if createDefaultModel made it (a model's layers do not say); else null. */
export function defaultModelDropout(model: tfl.LayersModel): DropoutDraws | null {
  return defaultModels.get(model) ?? null;
}

type Config = tf.serialization.ConfigDict;

/** A config's size or stride field ([k, k] or k) as one number; null where it is not square. */
function square(value: unknown): number | null {
  if (typeof value === 'number') return value;
  return Array.isArray(value) && value.every((v) => v === value[0]) && typeof value[0] === 'number' ? value[0] : null;
}

/** A conv's or pooling's config as the spec's fields, or why it is not one the spec can describe. */
function convolutionOf(config: Config): Pick<CnnSpec, 'filters' | 'kernelSize' | 'padding' | 'activation'> | string {
  if (square(config['strides']) !== 1 || square(config['dilationRate']) !== 1) return 'strided or dilated';
  if (config['dataFormat'] !== 'channelsLast' || config['useBias'] !== true) return 'not channelsLast with a bias';
  const kernelSize = square(config['kernelSize']);
  if (kernelSize === null) return 'not square';
  return { filters: config['filters'] as number, kernelSize, padding: config['padding'] as CnnSpec['padding'], activation: config['activation'] as Activation };
}

/** The layers of the default CNN, by tfjs-layers' class names; Dropout or our seeded dropout. */
const CNN_LAYERS = ['InputLayer', 'Reshape', 'Conv2D', 'MaxPooling2D', 'Conv2D', 'MaxPooling2D', 'Flatten', 'Dense', 'Dropout', 'Dense'];

/**
 * The CnnSpec of `model` read from its layers' own configs, or why it does not have the default
 * CNN's structure (other layers, other strides, two convolutions that differ, …). Pure: it reads
 * configs only.
 */
export function describeCnn(model: tfl.LayersModel): CnnSpec | string {
  const layers = model.layers;
  const names = layers.map((layer) => {
    const name = layer.getClassName();
    return name === SEEDED_DROPOUT_CLASS ? 'Dropout' : name;
  });
  if (names.join() !== CNN_LAYERS.join()) return `its layers are ${names.join(', ')}, not the default CNN's ${CNN_LAYERS.join(', ')}`;
  const configs = layers.map((layer) => layer.getConfig());
  const [, reshape, conv1, pool1, conv2, pool2, , hidden, dropout, output] = configs as Config[];
  const target = reshape!['targetShape'] as number[];
  if (target.length !== 3 || target[2] !== 1) return 'its input is not reshaped to one channel';
  const [first, second] = [convolutionOf(conv1!), convolutionOf(conv2!)];
  if (typeof first === 'string') return `its first convolution is ${first}`;
  if (typeof second === 'string') return `its second convolution is ${second}`;
  if (JSON.stringify(first) !== JSON.stringify(second)) return `its two convolutions differ (${JSON.stringify(first)}, ${JSON.stringify(second)})`;
  const pools = [pool1!, pool2!].map((pool) => ({
    size: square(pool['poolSize']),
    strides: square(pool['strides']),
    padding: pool['padding'],
    format: pool['dataFormat'],
  }));
  const poolSize = pools[0]!.size;
  if (
    poolSize === null ||
    pools.some((pool) => pool.size !== poolSize || pool.strides !== poolSize || pool.padding !== first.padding || pool.format !== 'channelsLast')
  )
    return `its poolings are not two square max poolings whose stride is their window, padded as the convolutions (${JSON.stringify(pools)})`;
  if (hidden!['useBias'] !== true || output!['useBias'] !== true) return 'a dense layer has no bias';
  if (dropout!['noiseShape'] != null) return 'its dropout has a noise shape';
  return {
    ...first,
    poolSize,
    units: hidden!['units'] as number,
    hiddenActivation: hidden!['activation'] as Activation,
    dropoutRate: dropout!['rate'] as number,
    outputActivation: output!['activation'] as Activation,
  };
}

export interface ModelOptions {
  /** null: tfjs's own unseeded initializers and dropout (unpinned runs, `deterministic: false`). */
  seed: number | null;
  rows: number;
  cols: number;
  classes: number;
  /** With a seed: seedings left off ('initializers', 'dropout'), which draw fresh seeds instead (diagnose). */
  unseeded?: readonly SeedingPart[];
  /** The network; DEFAULT_CNN when absent (tests build variants of it). */
  spec?: Readonly<CnnSpec>;
}

/** The default CNN (DEFAULT_CNN, or options.spec) for rows × cols images; adam, sparse categorical cross-entropy, accuracy. */
export function createDefaultModel(options: ModelOptions): tfl.LayersModel {
  const { seed } = options;
  const spec = options.spec ?? DEFAULT_CNN;
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
  const { filters, kernelSize, padding, activation, poolSize } = spec;
  for (let convolution = 0; convolution < 2; convolution++) {
    x = tfl.layers.conv2d({ filters, kernelSize, strides: 1, padding, activation, ...kernel() }).apply(x) as tfl.SymbolicTensor;
    x = tfl.layers.maxPooling2d({ poolSize, strides: poolSize, padding }).apply(x) as tfl.SymbolicTensor;
  }
  x = tfl.layers.flatten().apply(x) as tfl.SymbolicTensor;
  x = tfl.layers.dense({ units: spec.units, activation: spec.hiddenActivation, ...kernel() }).apply(x) as tfl.SymbolicTensor;
  const dropoutSeed = seed === null ? null : unseeded.includes('dropout') ? freshSeed() : deriveSeed(seed, 'dropout');
  const rate = spec.dropoutRate;
  const dropout = dropoutSeed === null ? tfl.layers.dropout({ rate }) : new DefaultModelDropout({ rate, seed: dropoutSeed });
  x = dropout.apply(x) as tfl.SymbolicTensor;
  const output = tfl.layers.dense({ units: options.classes, activation: spec.outputActivation, ...kernel() }).apply(x) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });
  // tfjs-layers' 'adam' is tf.train.adam(0.001, 0.9, 0.999, backend epsilon); FusedAdam gives its numbers, faster.
  registerAdamKernels();
  const adam = new FusedAdam(0.001, 0.9, 0.999, tf.backend().epsilon());
  model.compile({ optimizer: adam, loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  // tfjs's unseeded dropout seeds each mask with Math.random().
  defaultModels.set(model, {
    nextSeed: dropout instanceof DefaultModelDropout ? () => String(dropout.nextMaskSeed()) : () => String(Math.random()),
  });
  return model;
}
