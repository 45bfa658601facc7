// tfjs-layers' Orthogonal initializer (by default every LSTM's, GRU's and SimpleRNN's recurrent
// kernel) calls tensor methods that only the @tensorflow/tfjs package adds to tf.Tensor, its
// "chained ops"; tf-repro loads tfjs-core alone, whose Node build has none. Without these, such a
// model fails to build with "rMat.flatten is not a function". The ones it calls, added where missing.
import * as tf from '@tensorflow/tfjs-core';

type Method = (this: tf.Tensor, ...args: never[]) => tf.Tensor;

const METHODS: Record<string, Method> = {
  flatten(this: tf.Tensor) {
    return tf.reshape(this, [this.size]);
  },
  reshape(this: tf.Tensor, shape: number[]) {
    return tf.reshape(this, shape);
  },
  sign(this: tf.Tensor) {
    return tf.sign(this);
  },
  stridedSlice(this: tf.Tensor, begin: number[], end: number[], strides: number[]) {
    return tf.stridedSlice(this, begin, end, strides);
  },
  transpose(this: tf.Tensor, perm?: number[]) {
    return tf.transpose(this, perm);
  },
};

const prototype = tf.Tensor.prototype as unknown as Record<string, unknown>;
for (const [name, method] of Object.entries(METHODS)) prototype[name] ??= method;
