// Per-variable digests, keyed by names that do not depend on what the process built before: the
// divergence locator compares them across processes that trained different folds first.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import { createDefaultModel } from '../../src/model/default-model.js';
import { autoNameBase, namedLayers, stableWeightNames, variableDigester } from '../../src/training/variable-digests.js';
import { repoRoot } from '../support/paths.js';

const KERAS_NAMES = ['conv2d/kernel', 'conv2d/bias', 'conv2d_1/kernel', 'conv2d_1/bias', 'dense/kernel', 'dense/bias', 'dense_1/kernel', 'dense_1/bias'];

const layer = (name: string, className: string, ...weights: string[]) => ({ name, className, weights: weights.map((w) => `${name}/${w}`) });

describe('autoNameBase', () => {
  it("strips tfjs's per-process suffix from auto names only", () => {
    assert.equal(autoNameBase('conv2d_Conv2D12', 'Conv2D'), 'conv2d');
    assert.equal(autoNameBase('max_pooling2d_MaxPooling2D3', 'MaxPooling2D'), 'max_pooling2d');
    assert.equal(autoNameBase('tf_repro_seeded_dropout_TfReproSeededDropout2', 'TfReproSeededDropout'), 'tf_repro_seeded_dropout');
    assert.equal(autoNameBase('dense_Dense1'), 'dense');
    // Names a user (or Keras) gave.
    assert.equal(autoNameBase('dense_1', 'Dense'), null);
    assert.equal(autoNameBase('dense', 'Dense'), null);
    assert.equal(autoNameBase('my_dense_Dense1', 'Dense'), null);
    assert.equal(autoNameBase('dense_Dense1', 'Conv2D'), null);
    assert.equal(autoNameBase('block_v2'), null);
    assert.equal(autoNameBase('forward_lstm_LSTM3'), 'forward_lstm');
    assert.equal(autoNameBase('sequential_3', 'Sequential'), 'sequential');
    assert.equal(autoNameBase('my_model', 'Model'), null);
  });
});

describe('stableWeightNames', () => {
  it("gives auto-named layers Keras' names, numbered in model order, whatever their counters", () => {
    const layers = [
      layer('input7', 'InputLayer'),
      layer('conv2d_Conv2D13', 'Conv2D', 'kernel', 'bias'),
      layer('max_pooling2d_MaxPooling2D13', 'MaxPooling2D'),
      layer('conv2d_Conv2D14', 'Conv2D', 'kernel', 'bias'),
      layer('dense_Dense13', 'Dense', 'kernel', 'bias'),
      layer('dense_Dense14', 'Dense', 'kernel', 'bias'),
    ];
    assert.deepEqual(stableWeightNames(layers), KERAS_NAMES);
  });

  it('keeps the names a user gave, and numbers auto names around them', () => {
    const layers = [layer('dense_1', 'Dense', 'kernel'), layer('dense_Dense9', 'Dense', 'kernel'), layer('dense_Dense10', 'Dense', 'kernel')];
    assert.deepEqual(stableWeightNames(layers), ['dense_1/kernel', 'dense/kernel', 'dense_2/kernel']);
  });

  it('names weights of layers nested in a layer below it, auto suffixes stripped there too', () => {
    // As tfjs names them: a Bidirectional LSTM, and a Sequential nested in a model.
    const wrapper = layer('bidirectional_Bidirectional4', 'Bidirectional', 'forward_lstm_LSTM7/kernel', 'backward_lstm_LSTM7/kernel');
    const nested = { name: 'sequential_12', className: 'Sequential', weights: ['dense_Dense31/kernel', 'dense_Dense31/bias'] };
    assert.deepEqual(stableWeightNames([wrapper, nested]), [
      'bidirectional/forward_lstm/kernel',
      'bidirectional/backward_lstm/kernel',
      'sequential/dense/kernel',
      'sequential/dense/bias',
    ]);
  });

  it('never gives two weights one name', () => {
    const twice = { name: 'odd', className: 'Odd', weights: ['odd/w', 'odd/w'] };
    assert.deepEqual(stableWeightNames([twice]), ['odd/w', 'odd/w_1']);
  });
});

describe('variableDigester', () => {
  it("gives the default model Keras' names, the same for the first and the third model of a process", async () => {
    await tf.setBackend('cpu');
    const build = (seed: number) => createDefaultModel({ seed, rows: 28, cols: 28, classes: 10 });
    const first = build(1);
    const second = build(2);
    const third = build(1);
    try {
      // tfjs's own names differ: the counter grows with every model.
      assert.notDeepEqual(
        first.weights.map((w) => w.originalName),
        third.weights.map((w) => w.originalName),
      );
      const [a, b, c] = [first, second, third].map((model) => variableDigester(model)());
      assert.deepEqual(Object.keys(a), KERAS_NAMES);
      assert.deepEqual(Object.keys(c), KERAS_NAMES);
      assert.deepEqual(c, a, 'the same seed gives the same digests in the third model of the process');
      // Another seed: other kernels, the same zero biases.
      for (const name of KERAS_NAMES) {
        if (name.endsWith('/kernel')) assert.notEqual(b[name], a[name], name);
        else assert.equal(b[name], a[name], name);
      }
      // A digest is SHA-256 of the shape, then the float32 bytes: its first 16 hex digits.
      const kernel = first.layers.find((l) => l.getClassName() === 'Dense')!.weights[0].read();
      const bytes = kernel.dataSync() as Float32Array;
      const expected = createHash('sha256')
        .update(`${kernel.shape.join('x')}:`)
        .update(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
        .digest('hex')
        .slice(0, 16);
      assert.equal(a['dense/kernel'], expected);
      assert.match(a['conv2d/bias'], /^[0-9a-f]{16}$/);
    } finally {
      for (const model of [first, second, third]) {
        const { optimizer } = model;
        model.dispose();
        optimizer.dispose();
      }
    }
  });

  it('follows the weights as they change, and reads each variable once per call', async () => {
    await tf.setBackend('cpu');
    const model = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10 });
    try {
      const digests = variableDigester(model);
      const before = digests();
      const bias = model.layers.find((l) => l.getClassName() === 'Dense')!.weights[1];
      bias.write(tf.onesLike(bias.read()));
      const after = digests();
      assert.deepEqual(
        KERAS_NAMES.filter((name) => before[name] !== after[name]),
        ['dense/bias'],
      );
    } finally {
      const { optimizer } = model;
      model.dispose();
      optimizer.dispose();
    }
  });

  it('gives a model rebuilt from its config (auto names written into it) the same names, and a Keras file its own', async () => {
    await tf.setBackend('cpu');
    const built = createDefaultModel({ seed: 1, rows: 28, cols: 28, classes: 10 });
    const rebuilt = await tfl.models.modelFromJSON({ modelTopology: built.toJSON(null, false) } as never);
    const keras = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'models', 'keras-to-json.json'), 'utf8'));
    const fromKeras = await tfl.models.modelFromJSON({ modelTopology: keras } as never);
    try {
      assert.deepEqual(stableWeightNames(namedLayers(rebuilt)), KERAS_NAMES);
      assert.deepEqual(Object.keys(variableDigester(fromKeras)()), [
        'conv2d/kernel',
        'conv2d/bias',
        'dense/kernel',
        'dense/bias',
        'dense_1/kernel',
        'dense_1/bias',
      ]);
    } finally {
      const { optimizer } = built;
      built.dispose();
      optimizer.dispose();
      rebuilt.dispose();
      fromKeras.dispose();
    }
  });
});
