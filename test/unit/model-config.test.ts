// A user's model file before TensorFlow.js builds it: which format, the seeds supplied where a
// layer's seed is null, the training config, and whether it fits the data. Plain JSON in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  acceptedInputShapes,
  checkModelFit,
  DEFAULT_TRAINING,
  readModelJson,
  readTrainingConfig,
  SEEDED_DROPOUT_CLASS,
  supplySeeds,
} from '../../src/model/model-config.js';
import { deriveSeed } from '../../src/determinism/seeding.js';
import { repoRoot } from '../support/paths.js';

const model = (name: string): unknown => JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'models', name), 'utf8'));

function error<T>(result: { ok: true; value: T } | { ok: false; error: string }): string {
  assert.equal(result.ok, false, 'expected an error');
  return (result as { error: string }).error;
}

describe('readModelJson', () => {
  it("reads Keras 2's model.to_json()", () => {
    const r = readModelJson(model('keras-to-json.json'), 'm');
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.equal(r.value.kind, 'keras');
    assert.equal(r.value.kerasVersion, '2.4.0');
    assert.equal(r.value.topology['class_name'], 'Sequential');
    assert.equal(r.value.trainingConfig, null);
  });

  it("reads a TensorFlow.js model.json, unwrapping the converter's model_config and its training_config", () => {
    const r = readModelJson(model('tfjs-model.json'), 'm');
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.equal(r.value.kind, 'tfjs');
    assert.equal(r.value.topology['class_name'], 'Functional');
    assert.equal((r.value.trainingConfig as { loss: string }).loss, 'categorical_crossentropy');
  });

  it('reads the model.json that tfjs model.save() writes (trainingConfig beside modelTopology)', () => {
    const keras = model('keras-to-json.json') as Record<string, unknown>;
    const r = readModelJson(
      { modelTopology: { ...keras, keras_version: 'tfjs-layers 4.22.0' }, trainingConfig: { loss: 'meanSquaredError' }, format: 'layers-model' },
      'm',
    );
    assert.ok(r.ok);
    assert.deepEqual(r.value.trainingConfig, { loss: 'meanSquaredError' });
  });

  it('reads a Keras 3 file as Keras 3 (by its version, its DTypePolicy dtypes, its InputLayer) and translates it; a Keras 2 file stays as it is', () => {
    const keras2 = model('keras-to-json.json') as Record<string, unknown>;
    const two = readModelJson(keras2, 'm');
    assert.ok(two.ok);
    assert.equal(two.value.keras3, null);
    assert.deepEqual(two.value.topology, keras2);
    const byVersion = readModelJson({ class_name: 'Sequential', config: { layers: [] }, keras_version: '3.3.3' }, 'm');
    assert.ok(byVersion.ok, byVersion.ok ? '' : byVersion.error);
    assert.equal(byVersion.value.keras3, 'keras_version 3.3.3');
    const input = {
      module: 'keras.layers',
      class_name: 'InputLayer',
      config: { batch_shape: [null, 28, 28], dtype: 'float32', name: 'input_layer' },
      registered_name: null,
    };
    const withoutVersion = readModelJson(
      {
        module: 'keras',
        class_name: 'Sequential',
        config: { name: 's', layers: [input] },
        registered_name: null,
        compile_config: { optimizer: 'sgd', loss: 'mse', metrics: null },
      },
      'm',
    );
    assert.ok(withoutVersion.ok, withoutVersion.ok ? '' : withoutVersion.error);
    assert.equal(withoutVersion.value.keras3, "an InputLayer with 'batch_shape'");
    assert.equal(withoutVersion.value.kerasVersion, null);
    // Keras 3 calls the training config compile_config.
    assert.deepEqual(withoutVersion.value.trainingConfig, { optimizer: 'sgd', loss: 'mse', metrics: null });
    assert.deepEqual(withoutVersion.value.topology, {
      class_name: 'Sequential',
      config: { name: 's', layers: [{ class_name: 'InputLayer', config: { name: 'input_layer', dtype: 'float32', batch_input_shape: [null, 28, 28] } }] },
    });
    // A .keras archive's metadata.json gives the version its config.json lacks.
    const archived = readModelJson({ class_name: 'Sequential', config: { layers: [input] } }, 'm', '3.15.1');
    assert.ok(archived.ok);
    assert.equal(archived.value.kerasVersion, '3.15.1');
    assert.equal(archived.value.keras3, 'keras_version 3.15.1');
  });

  it('refuses a Keras 3 file it cannot translate, naming the layer and its class', () => {
    const dense = {
      class_name: 'Dense',
      config: { name: 'd', units: 2, dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'mixed_float16' } } },
    };
    assert.equal(
      error(readModelJson({ class_name: 'Sequential', config: { layers: [dense] } }, "'model': m.json")),
      "'model': m.json: layer 'd' (Dense) computes in \"mixed_float16\", and TensorFlow.js trains in float32; build it with the float32 dtype policy, or train the model in Python with 'command'",
    );
  });

  const refused: [string, unknown, RegExp][] = [
    ['a graph model', { format: 'graph-model', modelTopology: { node: [] } }, /graph model .* has no layers to train/],
    ['something else', { layers: [] }, /^m: neither a Keras model JSON .* nor a TensorFlow\.js model\.json/],
    ['a list', [1, 2], /expected a JSON object .* found a list/],
    ['a subclassed model', { class_name: 'MyModel', config: {} }, /class_name is "MyModel"; expected one of Sequential, Model, Functional/],
  ];
  for (const [what, json, message] of refused) it(`refuses ${what}`, () => assert.match(error(readModelJson(json, 'm')), message));
});

describe('supplySeeds', () => {
  const keras = readModelJson(model('keras-to-json.json'), 'm');
  assert.ok(keras.ok);

  it('seeds every null-seeded initializer and Dropout, from the seed, the position and the field', () => {
    const { topology, seeds, warnings } = supplySeeds(keras.value.topology, 3);
    assert.deepEqual(warnings, []);
    assert.deepEqual(seeds, [
      { layer: 'conv2d', position: '2', field: 'kernel_initializer', seed: deriveSeed(3, 'user-model', '2', 'kernel_initializer') },
      { layer: 'dense', position: '5', field: 'kernel_initializer', seed: deriveSeed(3, 'user-model', '5', 'kernel_initializer') },
      { layer: 'dropout', position: '6', field: 'seed', seed: deriveSeed(3, 'user-model', '6', 'seed') },
      { layer: 'dense_1', position: '7', field: 'kernel_initializer', seed: deriveSeed(3, 'user-model', '7', 'kernel_initializer') },
    ]);
    const layers = (topology['config'] as { layers: { class_name: string; config: Record<string, unknown> }[] }).layers;
    assert.equal((layers[2]?.config['kernel_initializer'] as { config: { seed: number } }).config.seed, seeds[0]?.seed);
    // Zeros has no seed to give; it stays as it was.
    assert.deepEqual(layers[2]?.config['bias_initializer'], { class_name: 'Zeros', config: {} });
    // The Dropout becomes a dropout that draws a new seeded mask each step, same name and rate.
    assert.equal(layers[6]?.class_name, SEEDED_DROPOUT_CLASS);
    assert.deepEqual(layers[6]?.config, { name: 'dropout', rate: 0.2, seed: seeds[2]?.seed, trainable: true });
    // The input is a copy: the file's JSON is untouched.
    assert.equal(
      (keras.value.topology['config'] as { layers: { config: { kernel_initializer?: { config: { seed: unknown } } } }[] }).layers[2]?.config.kernel_initializer
        ?.config.seed,
      null,
    );
    // The same file and seed give the same seeds; another seed others.
    assert.deepEqual(supplySeeds(keras.value.topology, 3).seeds, seeds);
    assert.notDeepEqual(
      supplySeeds(keras.value.topology, 4).seeds.map((s) => s.seed),
      seeds.map((s) => s.seed),
    );
  });

  it('leaves seeds the file sets, walks wrappers and nested models, and keeps a Dropout with a noise_shape', () => {
    const topology = {
      class_name: 'Functional',
      config: {
        layers: [
          { class_name: 'Dense', name: 'given', config: { name: 'given', kernel_initializer: { class_name: 'GlorotUniform', config: { seed: 42 } } } },
          {
            class_name: 'Bidirectional',
            config: {
              name: 'bi',
              layer: { class_name: 'LSTM', config: { name: 'lstm', recurrent_initializer: { class_name: 'Orthogonal', config: { gain: 1, seed: null } } } },
            },
          },
          {
            class_name: 'Sequential',
            config: {
              name: 'inner',
              layers: [
                {
                  class_name: 'Embedding',
                  config: { name: 'embed', embeddings_initializer: { class_name: 'RandomUniform', config: { minval: -0.05, maxval: 0.05, seed: null } } },
                },
              ],
            },
          },
          { class_name: 'Dropout', config: { name: 'spatial', rate: 0.1, noise_shape: [null, 1, 8], seed: null } },
        ],
      },
    };
    const { seeds, warnings } = supplySeeds(topology as never, 0);
    assert.deepEqual(
      seeds.map((s) => [s.layer, s.position, s.field]),
      [
        ['lstm', '1/layer', 'recurrent_initializer'],
        ['embed', '2/0', 'embeddings_initializer'],
      ],
    );
    assert.match(warnings[0] ?? '', /Dropout layer 'spatial' has a noise_shape, so it was kept as it is/);
  });

  it('draws the seeds of a kind it is given a source for (a seeding left off), and derives the rest', () => {
    let next = 100;
    const { seeds } = supplySeeds(keras.value.topology, 3, { initializer: () => next++ });
    assert.deepEqual(
      seeds.map((s) => [s.layer, s.seed]),
      [
        ['conv2d', 100],
        ['dense', 101],
        ['dropout', deriveSeed(3, 'user-model', '6', 'seed')],
        ['dense_1', 102],
      ],
    );
    const dropout = supplySeeds(keras.value.topology, 3, { dropout: () => 7 }).seeds;
    assert.deepEqual(
      dropout.map((s) => s.seed),
      [
        deriveSeed(3, 'user-model', '2', 'kernel_initializer'),
        deriveSeed(3, 'user-model', '5', 'kernel_initializer'),
        7,
        deriveSeed(3, 'user-model', '7', 'kernel_initializer'),
      ],
    );
  });
});

describe('readTrainingConfig', () => {
  it('gives the defaults without one', () => {
    const r = readTrainingConfig(null, 'm');
    assert.ok(r.ok);
    assert.equal(r.value, DEFAULT_TRAINING);
  });

  it("honours Keras 2.4's training_config", () => {
    const tfjs = readModelJson(model('tfjs-model.json'), 'm');
    assert.ok(tfjs.ok);
    const r = readTrainingConfig(tfjs.value.trainingConfig, 'm');
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.equal(r.value.loss, 'categoricalCrossentropy');
    assert.deepEqual(r.value.metrics, [{ id: 'accuracy', name: 'accuracy' }]);
    assert.equal(r.value.optimizer.name, 'sgd');
    assert.equal(r.value.optimizer.learningRate, 0.05);
    assert.equal(r.value.optimizer.momentum, 0.9);
  });

  it("reads Keras 3's compile_config: the optimizer with its options off, losses and metrics as objects", () => {
    const r = readTrainingConfig(
      {
        optimizer: {
          module: 'keras.optimizers',
          class_name: 'SGD',
          config: {
            name: 'SGD',
            learning_rate: 0.05000000074505806,
            weight_decay: null,
            clipnorm: null,
            global_clipnorm: null,
            clipvalue: null,
            use_ema: false,
            ema_momentum: 0.99,
            ema_overwrite_frequency: null,
            loss_scale_factor: null,
            gradient_accumulation_steps: null,
            momentum: 0.9,
            nesterov: false,
          },
          registered_name: null,
        },
        loss: { module: 'keras.losses', class_name: 'SparseCategoricalCrossentropy', config: { name: 'sparse_categorical_crossentropy', from_logits: false } },
        loss_weights: null,
        metrics: [{ module: 'keras.metrics', class_name: 'SparseCategoricalAccuracy', config: { name: 'sparse_categorical_accuracy', dtype: 'float32' } }],
        weighted_metrics: null,
        run_eagerly: false,
        steps_per_execution: 1,
        jit_compile: true,
      },
      'm',
    );
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.deepEqual([r.value.optimizer.name, r.value.optimizer.learningRate, r.value.optimizer.momentum], ['sgd', 0.05000000074505806, 0.9]);
    assert.equal(r.value.loss, 'sparseCategoricalCrossentropy');
    assert.deepEqual(r.value.metrics, [{ id: 'sparseCategoricalAccuracy', name: 'sparse_categorical_accuracy' }]);
  });

  it("reads Keras 2.13's objects for losses and metrics, and tfjs's camelCase optimizer config", () => {
    const r = readTrainingConfig(
      {
        loss: {
          module: 'keras.losses',
          class_name: 'SparseCategoricalCrossentropy',
          config: { name: 'sparse_categorical_crossentropy', from_logits: false },
          registered_name: null,
        },
        metrics: [[{ module: 'keras.metrics', class_name: 'MeanMetricWrapper', config: { name: 'acc', dtype: 'float32' }, registered_name: null }]],
        optimizer_config: { class_name: 'Adam', config: { learningRate: 0.002, beta1: 0.8, beta2: 0.99, epsilon: 1e-8 } },
      },
      'm',
    );
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.equal(r.value.loss, 'sparseCategoricalCrossentropy');
    assert.deepEqual(r.value.metrics, [{ id: 'accuracy', name: 'acc' }]);
    assert.deepEqual([r.value.optimizer.learningRate, r.value.optimizer.beta1, r.value.optimizer.beta2, r.value.optimizer.epsilon], [0.002, 0.8, 0.99, 1e-8]);
  });

  const refused: [string, Record<string, unknown>, RegExp][] = [
    ['from_logits', { loss: { class_name: 'SparseCategoricalCrossentropy', config: { from_logits: true } } }, /from_logits: true/],
    ['an unknown loss', { loss: 'focal_loss' }, /loss 'focal_loss' is not one tf-repro can train with/],
    ['an unknown metric', { metrics: ['auc'] }, /metric 'auc' is not one tf-repro can compute/],
    ['an unknown optimizer', { optimizer_config: { class_name: 'Lion', config: {} } }, /optimizer 'Lion' is not one/],
    // Names every object inherits are not known optimizers, losses or metrics.
    ['an optimizer named constructor', { optimizer_config: { class_name: 'constructor', config: {} } }, /optimizer 'constructor' is not one/],
    ['a loss named valueOf', { loss: 'valueOf' }, /loss 'valueOf' is not one tf-repro can train with/],
    ['a metric named toString', { metrics: ['toString'] }, /metric 'toString' is not one tf-repro can compute/],
    [
      'a learning-rate schedule',
      { optimizer_config: { class_name: 'Adam', config: { learning_rate: { class_name: 'ExponentialDecay', config: {} } } } },
      /learning rate is a schedule/,
    ],
    ['clipnorm', { optimizer_config: { class_name: 'SGD', config: { clipnorm: 1 } } }, /sets clipnorm 1/],
    ["Keras 3's use_ema", { optimizer: { class_name: 'Adam', config: { use_ema: true, ema_momentum: 0.99 } } }, /sets use_ema true/],
    [
      "Keras 3's gradient accumulation",
      { optimizer: { class_name: 'Adam', config: { gradient_accumulation_steps: 4 } } },
      /sets gradient_accumulation_steps 4, which TensorFlow\.js's optimizers do not support/,
    ],
    ["RMSprop's centered", { optimizer: { class_name: 'RMSprop', config: { centered: true } } }, /sets centered true/],
    ['loss weights', { loss: 'mse', loss_weights: [1, 2] }, /sets loss_weights/],
  ];
  for (const [what, raw, message] of refused) it(`refuses ${what}`, () => assert.match(error(readTrainingConfig(raw as never, 'm')), message));
});

describe('checkModelFit', () => {
  const digits = { rows: 28, cols: 28, maxLabel: 9 };

  it('takes [rows, cols], [rows, cols, 1] or [rows * cols]', () => {
    assert.deepEqual(acceptedInputShapes(digits), [[28, 28], [28, 28, 1], [784]]);
    for (const input of [
      [null, 28, 28],
      [null, 28, 28, 1],
      [null, 784],
    ]) {
      const r = checkModelFit(input, 10, 'sparseCategoricalCrossentropy', digits, 'm');
      assert.ok(r.ok, r.ok ? '' : r.error);
      assert.deepEqual(r.value.inputShape, input.slice(1));
      assert.equal(r.value.labels, 'sparse');
    }
    const x = checkModelFit([null, 32, 32, 3], 10, 'categoricalCrossentropy', { rows: 32, cols: 96, exampleShape: [32, 32, 3], maxLabel: 9 }, 'm');
    assert.ok(x.ok);
    assert.equal(x.value.labels, 'one-hot');
  });

  it('names both shapes when the input does not fit', () => {
    assert.equal(
      error(checkModelFit([null, 32, 32], 10, 'sparseCategoricalCrossentropy', digits, "'model': m.json")),
      "'model': m.json: the model's input shape [32, 32] does not fit the dataset's 28×28 images; give the model an input of [28, 28], [28, 28, 1] or [784]",
    );
    assert.match(
      error(checkModelFit([null, 100], 10, 'mse', { rows: 784, cols: 1, exampleShape: [784], maxLabel: 9 }, 'm')),
      /input shape \[100\] does not fit the dataset's examples of shape \[784\]/,
    );
  });

  it('names both counts when the labels do not fit the last layer', () => {
    assert.match(
      error(checkModelFit([null, 784], 5, 'sparseCategoricalCrossentropy', digits, 'm')),
      /the dataset has labels 0\.\.9 \(10 classes\) but the model's last layer gives 5 values; give the last layer 10 units/,
    );
    assert.match(
      error(checkModelFit([null, 784], 1, 'binaryCrossentropy', digits, 'm')),
      /gives 1 value \(a binary classifier\) but the dataset has labels 0\.\.9/,
    );
    const binary = checkModelFit([null, 784], 1, 'binaryCrossentropy', { ...digits, maxLabel: 1 }, 'm');
    assert.ok(binary.ok);
    assert.equal(binary.value.labels, 'sparse');
  });
});
