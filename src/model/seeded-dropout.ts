// The dropout layer of deterministic runs, registered so that a model config can name it
// (model-config.ts puts it in place of a user's unseeded Dropout).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { seededRandom, type RandomSource } from '../determinism/seeding.js';
import { SEEDED_DROPOUT_CLASS } from './model-config.js';

/**
 * Dropout whose mask changes from step to step yet repeats from run to run: each call draws
 * its mask with the next seed of its own seeded stream. (tfjs's Dropout with a fixed seed draws
 * the same mask on every call; without one it draws from Math.random.)
 */
export class SeededDropout extends tfl.layers.Layer {
  static readonly className = SEEDED_DROPOUT_CLASS;
  private readonly rate: number;
  private readonly nextSeed: RandomSource;

  constructor(args: { rate: number; seed: number; name?: string }) {
    super({ name: args.name });
    this.rate = args.rate;
    this.nextSeed = seededRandom(args.seed);
    this.supportsMasking = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0] : inputs;
    if (kwargs['training'] !== true || this.rate <= 0) return input;
    const seed = Math.floor(this.nextSeed() * 0x7ffffffe) + 1;
    return tf.dropout(input, this.rate, undefined, seed);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rate: this.rate };
  }
}
tf.serialization.registerClass(SeededDropout);
