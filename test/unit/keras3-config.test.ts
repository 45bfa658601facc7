// Keras 3's model config translated to the Keras 2 form TensorFlow.js reads: plain JSON in, shaped
// as Keras 3.15 writes it (test/e2e/keras3-model.test.ts reads files the real Keras wrote), and
// the table of what is translated checked against tfjs-layers' own classes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import type { Json, JsonObject } from '../../src/model/json.js';
import { KERAS3_INITIALIZERS, KERAS3_LAYERS, keras3Sign, translateKeras3 } from '../../src/model/keras3-config.js';

const policy = (name = 'float32'): JsonObject => ({ module: 'keras', class_name: 'DTypePolicy', config: { name }, registered_name: null });
const initializer = (className: string, config: JsonObject = { seed: null }): JsonObject => ({
  module: 'keras.initializers',
  class_name: className,
  config,
  registered_name: null,
});
const layer = (className: string, config: JsonObject, extra: JsonObject = {}): JsonObject => ({
  module: 'keras.layers',
  class_name: className,
  config: { trainable: true, dtype: policy(), ...config },
  registered_name: null,
  ...extra,
});
const inputLayer = (name: string, shape: Json[]): JsonObject => ({
  module: 'keras.layers',
  class_name: 'InputLayer',
  config: { batch_shape: shape, dtype: 'float32', sparse: false, ragged: false, name, optional: false },
  registered_name: null,
});
const tensor = (from: string, shape: Json[] = [null, 4]): JsonObject => ({
  class_name: '__keras_tensor__',
  config: { shape, dtype: 'float32', keras_history: [from, 0, 0] },
});
/** A functional layer entry: its name, its inbound node (args and kwargs) and build_config, as Keras 3 writes them. */
const node = (entry: JsonObject, args: Json[], kwargs: JsonObject = {}): JsonObject => ({
  ...entry,
  build_config: { input_shape: [null, 4] },
  name: (entry['config'] as JsonObject)['name'] ?? null,
  inbound_nodes: [{ args, kwargs }],
});
const sequential = (layers: Json[], more: JsonObject = {}): JsonObject => ({
  module: 'keras',
  class_name: 'Sequential',
  config: { name: 'sequential', trainable: true, dtype: policy(), layers, ...more },
  registered_name: null,
  build_config: { input_shape: [null, 4] },
});
const functional = (layers: Json[], input = 'x', output = 'out'): JsonObject => ({
  module: 'keras.src.models.functional',
  class_name: 'Functional',
  config: { name: 'functional', trainable: true, layers, input_layers: [input, 0, 0], output_layers: [output, 0, 0] },
  registered_name: 'Functional',
  build_config: { input_shape: null },
  compile_config: { loss: 'mse' },
});
const dense = (name: string, more: JsonObject = {}): JsonObject =>
  layer('Dense', {
    name,
    units: 3,
    activation: 'relu',
    use_bias: true,
    kernel_initializer: initializer('GlorotUniform', { seed: null, input_axes: null, output_axes: null }),
    bias_initializer: initializer('Zeros', {}),
    kernel_regularizer: null,
    bias_regularizer: null,
    kernel_constraint: null,
    bias_constraint: null,
    quantization_config: null,
    ...more,
  });

function translated(topology: JsonObject): JsonObject {
  const result = translateKeras3(topology, 'm');
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.value;
}

function refusal(topology: JsonObject): string {
  const result = translateKeras3(topology, "'model': m.keras");
  assert.equal(result.ok, false, 'expected a refusal');
  return (result as { error: string }).error;
}

const layersOf = (topology: JsonObject): JsonObject[] => (topology['config'] as { layers: JsonObject[] }).layers;

describe('keras3Sign', () => {
  it('tells Keras 3 by its version, its DTypePolicy, its InputLayer or its inbound nodes, and Keras 2 by its version', () => {
    assert.equal(keras3Sign({ class_name: 'Sequential', config: {} }, '3.0.1'), 'keras_version 3.0.1');
    assert.equal(keras3Sign(sequential([dense('d')]), '2.15.0'), null);
    assert.equal(keras3Sign(sequential([dense('d')]), null), 'a DTypePolicy dtype');
    assert.equal(keras3Sign({ class_name: 'Sequential', config: { layers: [inputLayer('i', [null, 4])] } }, null), "an InputLayer with 'batch_shape'");
    assert.equal(
      keras3Sign(
        { class_name: 'Functional', config: { layers: [{ class_name: 'Dense', config: { dtype: 'float32' }, inbound_nodes: [{ args: [], kwargs: {} }] }] } },
        null,
      ),
      'inbound nodes with args and kwargs',
    );
    assert.equal(
      keras3Sign({ class_name: 'Sequential', config: { layers: [{ class_name: 'Dense', config: { dtype: 'float32' } }] } }, 'tfjs-layers 4.22.0'),
      null,
    );
  });
});

describe('translateKeras3', () => {
  it("gives a Sequential in Keras 2's form: wrappers dropped, dtype policies as names, batch_shape as batch_input_shape", () => {
    const out = translated(
      sequential([
        inputLayer('input_layer', [null, 28, 28]),
        layer('Flatten', { name: 'flatten', data_format: 'channels_last' }),
        dense('dense', {
          kernel_initializer: initializer('LecunNormal', { seed: null, input_axes: null, output_axes: null }),
          kernel_regularizer: { module: 'keras.regularizers', class_name: 'L2', config: { l2: 0.0001 }, registered_name: null },
          kernel_constraint: { module: 'keras.constraints', class_name: 'MaxNorm', config: { max_value: 3, axis: 0 }, registered_name: null },
        }),
        layer('Dropout', { name: 'dropout', rate: 0.2, seed: null, noise_shape: null }),
      ]),
    );
    assert.deepEqual(out, {
      class_name: 'Sequential',
      config: {
        name: 'sequential',
        layers: [
          { class_name: 'InputLayer', config: { name: 'input_layer', dtype: 'float32', batch_input_shape: [null, 28, 28] } },
          { class_name: 'Flatten', config: { name: 'flatten', trainable: true, dtype: 'float32' } },
          {
            class_name: 'Dense',
            config: {
              name: 'dense',
              trainable: true,
              dtype: 'float32',
              units: 3,
              activation: 'relu',
              use_bias: true,
              kernel_initializer: { class_name: 'LeCunNormal', config: { seed: null } },
              bias_initializer: { class_name: 'Zeros', config: {} },
              kernel_regularizer: { class_name: 'L1L2', config: { l1: 0, l2: 0.0001 } },
              bias_regularizer: null,
              kernel_constraint: { class_name: 'MaxNorm', config: { max_value: 3, axis: 0 } },
              bias_constraint: null,
            },
          },
          { class_name: 'Dropout', config: { name: 'dropout', trainable: true, dtype: 'float32', rate: 0.2, seed: null, noise_shape: null } },
        ],
      },
    });
  });

  it('gives a Sequential built without an Input its build_input_shape', () => {
    const out = translated(sequential([dense('dense')], { build_input_shape: [null, 4] }));
    assert.deepEqual(layersOf(out)[0]?.['config'] && (layersOf(out)[0]!['config'] as JsonObject)['batch_input_shape'], [null, 4]);
  });

  it("counts a nested model's calls from 1, as TensorFlow.js numbers them (it has a node of its own from being built)", async () => {
    const head: JsonObject = {
      ...sequential([inputLayer('head_input', [null, 4]), dense('inner')]),
      name: 'head',
      inbound_nodes: [{ args: [tensor('x')], kwargs: { mask: null } }],
    };
    (head['config'] as JsonObject)['name'] = 'head';
    const out = translated(
      functional([{ ...inputLayer('x', [null, 4]), name: 'x', inbound_nodes: [] }, head, node(dense('out'), [tensor('head', [null, 3])])]),
    );
    const layers = layersOf(out);
    assert.deepEqual(layers[1]?.['inbound_nodes'], [[['x', 0, 0, {}]]]);
    assert.deepEqual(layers[2]?.['inbound_nodes'], [[['head', 1, 0, {}]]]);
    assert.deepEqual((out['config'] as JsonObject)['output_layers'], [['out', 0, 0]]);
    const built = await tfl.models.modelFromJSON({ modelTopology: out } as never);
    assert.deepEqual(built.outputs[0]?.shape, [null, 3]);
    assert.equal(built.countParams(), 4 * 3 + 3 + 3 * 3 + 3);
    built.dispose();
    // Named as the output, too.
    const last = translated(functional([{ ...inputLayer('x', [null, 4]), name: 'x', inbound_nodes: [] }, head], 'x', 'head'));
    assert.deepEqual((last['config'] as JsonObject)['output_layers'], [['head', 1, 0]]);
  });

  it("gives a Functional Keras 2's inbound nodes: one tensor, a list for a merge layer, training=False and null kwargs dropped", () => {
    const out = translated(
      functional([
        { ...inputLayer('x', [null, 4]), name: 'x', inbound_nodes: [] },
        node(dense('a'), [tensor('x')]),
        node(layer('Dropout', { name: 'drop', rate: 0.5, seed: null, noise_shape: null }), [tensor('a')], { training: false }),
        node(
          layer('BatchNormalization', {
            name: 'bn',
            axis: -1,
            momentum: 0.99,
            epsilon: 0.001,
            center: true,
            scale: true,
            synchronized: false,
            renorm: false,
            renorm_clipping: null,
            renorm_momentum: 0.99,
          }),
          [tensor('x')],
          { mask: null },
        ),
        node(layer('Concatenate', { name: 'cat', axis: -1 }), [[tensor('drop'), tensor('bn')]]),
        node(layer('Identity', { name: 'out' }), [tensor('cat', [null, 7])]),
      ]),
    );
    assert.deepEqual(Object.keys(out), ['class_name', 'config']);
    const config = out['config'] as JsonObject;
    assert.deepEqual(config['input_layers'], [['x', 0, 0]]);
    assert.deepEqual(config['output_layers'], [['out', 0, 0]]);
    const layers = layersOf(out);
    assert.deepEqual(
      layers.map((l) => [l['name'], l['class_name'], l['inbound_nodes']]),
      [
        ['x', 'InputLayer', []],
        ['a', 'Dense', [[['x', 0, 0, {}]]]],
        ['drop', 'Dropout', [[['a', 0, 0, {}]]]],
        ['bn', 'BatchNormalization', [[['x', 0, 0, {}]]]],
        [
          'cat',
          'Concatenate',
          [
            [
              ['drop', 0, 0, {}],
              ['bn', 0, 0, {}],
            ],
          ],
        ],
        // Keras 3's Identity layer: TensorFlow.js' Identity is an initializer.
        ['out', 'Activation', [[['cat', 0, 0, {}]]]],
      ],
    );
    assert.deepEqual(layers[5]?.['config'], { name: 'out', trainable: true, dtype: 'float32', activation: 'linear' });
    assert.ok(!('renorm_momentum' in (layers[3]?.['config'] as JsonObject)));
    // TensorFlow.js builds it.
    const model = tfl.models.modelFromJSON({ modelTopology: out } as never);
    return model.then((built) => {
      assert.deepEqual(built.outputs[0]?.shape, [null, 7]);
      built.dispose();
    });
  });

  it('renames, maps and drops what TensorFlow.js names or lacks: LeakyReLU, VarianceScaling, silu, L1, off arguments', () => {
    const out = translated(
      sequential([
        inputLayer('i', [null, 8, 8, 1]),
        layer('Conv2D', {
          name: 'conv',
          filters: 2,
          kernel_size: [3, 3],
          strides: [1, 1],
          padding: 'same',
          data_format: 'channels_last',
          dilation_rate: [1, 1],
          groups: 1,
          activation: 'silu',
          use_bias: true,
          kernel_initializer: initializer('VarianceScaling', {
            seed: null,
            scale: 2,
            mode: 'fan_in',
            distribution: 'truncated_normal',
            input_axes: null,
            output_axes: null,
          }),
          bias_initializer: initializer('Zeros', {}),
          kernel_regularizer: { module: 'keras.regularizers', class_name: 'L1', config: { l1: 0.01 }, registered_name: null },
          bias_regularizer: null,
          activity_regularizer: null,
          kernel_constraint: null,
          bias_constraint: null,
        }),
        layer('LeakyReLU', { name: 'leaky', negative_slope: 0.1 }),
        layer('GlobalAveragePooling2D', { name: 'pool', data_format: 'channels_last', keepdims: false }),
        layer('GaussianNoise', { name: 'noise', stddev: 0.1, seed: 42 }),
      ]),
    );
    const [, conv, leaky, pool, noise] = layersOf(out).map((l) => l['config'] as JsonObject);
    assert.equal(conv?.['activation'], 'swish');
    assert.ok(!('groups' in (conv ?? {})));
    assert.deepEqual(conv?.['kernel_initializer'], { class_name: 'VarianceScaling', config: { seed: null, scale: 2, mode: 'fan_in', distribution: 'normal' } });
    assert.deepEqual(conv?.['kernel_regularizer'], { class_name: 'L1L2', config: { l1: 0.01, l2: 0 } });
    assert.deepEqual(leaky, { name: 'leaky', trainable: true, dtype: 'float32', alpha: 0.1 });
    assert.deepEqual(pool, { name: 'pool', trainable: true, dtype: 'float32', data_format: 'channels_last' });
    assert.deepEqual(noise, { name: 'noise', trainable: true, dtype: 'float32', stddev: 0.1 });
  });

  const lstm = (name: string, goBackwards: boolean, units = 4): JsonObject =>
    layer('LSTM', {
      name,
      return_sequences: true,
      return_state: false,
      go_backwards: goBackwards,
      stateful: false,
      unroll: false,
      zero_output_for_mask: true,
      units,
      activation: 'tanh',
      recurrent_activation: 'sigmoid',
      use_bias: true,
      kernel_initializer: initializer('GlorotUniform', { seed: null, input_axes: null, output_axes: null }),
      recurrent_initializer: initializer('Orthogonal', { seed: null, gain: 1.0 }),
      bias_initializer: initializer('Zeros', {}),
      unit_forget_bias: true,
      dropout: 0.0,
      recurrent_dropout: 0.0,
      seed: null,
    });

  it("drops a Bidirectional's backward_layer where it mirrors 'layer', and an RNN's zero_output_for_mask where nothing makes a mask", () => {
    const out = translated(
      sequential([
        inputLayer('i', [null, 5, 3]),
        layer('Bidirectional', { name: 'bi', merge_mode: 'concat', layer: lstm('forward_lstm', false), backward_layer: lstm('backward_lstm', true) }),
      ]),
    );
    const bi = layersOf(out)[1]?.['config'] as JsonObject;
    assert.deepEqual(Object.keys(bi), ['name', 'trainable', 'dtype', 'merge_mode', 'layer']);
    const inner = (bi['layer'] as JsonObject)['config'] as JsonObject;
    assert.equal(inner['name'], 'forward_lstm');
    assert.ok(!('zero_output_for_mask' in inner) && !('seed' in inner));
    assert.equal(
      refusal(
        sequential([
          inputLayer('i', [null, 5, 3]),
          layer('Bidirectional', { name: 'bi', merge_mode: 'concat', layer: lstm('f', false), backward_layer: lstm('b', true, 8) }),
        ]),
      ),
      "'model': m.keras: layer 'bi' (Bidirectional) has a backward_layer of its own; let Bidirectional build the backward layer from 'layer', or train the model in Python with 'command'",
    );
    assert.match(
      refusal(sequential([inputLayer('i', [null, 5, 3]), layer('Masking', { name: 'mask', mask_value: 0 }), lstm('l', false)])),
      /^'model': m\.keras: layer 'l' \(LSTM\) sets zero_output_for_mask=true, which TensorFlow\.js' LSTM does not support; leave zero_output_for_mask at false/,
    );
  });

  const refusals: [string, JsonObject, string][] = [
    [
      'a layer TensorFlow.js does not have',
      sequential([inputLayer('i', [null, 4]), layer('GroupNormalization', { name: 'groups', groups: 2 })]),
      "'model': m.keras: Keras 3 layer 'groups' (GroupNormalization) has no TensorFlow.js counterpart; use the layers TensorFlow.js has (docs/own-training.md lists what tf-repro translates), or train the model in Python with 'command'",
    ],
    [
      'a Lambda',
      sequential([inputLayer('i', [null, 4]), layer('Lambda', { name: 'double', function: {} })]),
      "'model': m.keras: Keras 3 layer 'double' (Lambda) holds Python code, which TensorFlow.js cannot run; use the layers TensorFlow.js has (docs/own-training.md lists what tf-repro translates), or train the model in Python with 'command'",
    ],
    [
      'a layer class of your own',
      sequential([inputLayer('i', [null, 4]), { module: 'my_layers', class_name: 'Scale', config: { name: 'scale' }, registered_name: 'my_package>Scale' }]),
      "'model': m.keras: layer 'scale' (Scale) is a layer class of your own (registered as 'my_package>Scale'); write the model as an ES module with createModel, or train the model in Python with 'command'",
    ],
    [
      "a GRU with Keras 3's reset_after=True",
      sequential([inputLayer('i', [null, 5, 3]), layer('GRU', { name: 'gru', units: 4, reset_after: true })]),
      "'model': m.keras: layer 'gru' (GRU) sets reset_after=true, which TensorFlow.js' GRU does not support; build the GRU with reset_after=False (Keras 3 defaults to True), or train the model in Python with 'command'",
    ],
    [
      'an argument tf-repro does not know',
      sequential([inputLayer('i', [null, 4]), dense('d', { lora_rank: 4 })]),
      "'model': m.keras: layer 'd' (Dense) sets lora_rank=4, which TensorFlow.js' Dense does not support; leave lora_rank at null, or train the model in Python with 'command'",
    ],
    [
      'an unknown argument',
      sequential([inputLayer('i', [null, 4]), dense('d', { sparsity: 0.5 })]),
      "'model': m.keras: layer 'd' (Dense) sets sparsity=0.5, an argument TensorFlow.js' Dense does not take; remove it, or train the model in Python with 'command'",
    ],
    [
      "Keras 3's hard_sigmoid",
      sequential([inputLayer('i', [null, 4]), dense('d', { activation: 'hard_sigmoid' })]),
      "'model': m.keras: layer 'd' (Dense)'s activation is hard_sigmoid, which is relu6(x + 3) / 6 in Keras 3 but 0.2x + 0.5 in TensorFlow.js; use sigmoid, or train the model in Python with 'command'",
    ],
    [
      'an untruncated normal',
      sequential([
        inputLayer('i', [null, 4]),
        dense('d', { kernel_initializer: initializer('VarianceScaling', { seed: null, distribution: 'untruncated_normal' }) }),
      ]),
      "'model': m.keras: layer 'd' (Dense)'s kernel_initializer VarianceScaling draws from a \"untruncated_normal\" distribution, which TensorFlow.js does not have; use truncated_normal or uniform, or train the model in Python with 'command'",
    ],
    [
      'a regularizer TensorFlow.js does not have',
      sequential([
        inputLayer('i', [null, 4]),
        dense('d', { kernel_regularizer: { module: 'keras.regularizers', class_name: 'OrthogonalRegularizer', config: { factor: 0.01 } } }),
      ]),
      "'model': m.keras: layer 'd' (Dense)'s kernel_regularizer OrthogonalRegularizer has no TensorFlow.js counterpart; use L1, L2 or L1L2, or train the model in Python with 'command'",
    ],
    [
      'a call with training=True',
      functional([
        { ...inputLayer('x', [null, 4]), name: 'x', inbound_nodes: [] },
        node(layer('Dropout', { name: 'out', rate: 0.5, seed: null }), [tensor('x')], { training: true }),
      ]),
      "'model': m.keras: layer 'out' (Dropout) is called with training=true, which tf-repro cannot pass to TensorFlow.js; remove it, or train the model in Python with 'command'",
    ],
    [
      'a Sequential never built',
      sequential([dense('d')]),
      "'model': m.keras: the model 'sequential' has no input shape (a Sequential never built); start it with keras.Input(shape), or build it before saving it, or train the model in Python with 'command'",
    ],
    [
      'inputs given as a dict',
      {
        ...functional([{ ...inputLayer('x', [null, 4]), name: 'x', inbound_nodes: [] }]),
        config: { name: 'f', layers: [], input_layers: { x: ['x', 0, 0] }, output_layers: ['x', 0, 0] },
      },
      "'model': m.keras: the model 'f' gives its input_layers as a dict; give it one input and one output, each a tensor rather than a dict, or train the model in Python with 'command'",
    ],
  ];
  for (const [what, topology, message] of refusals) it(`refuses ${what}, naming the layer and its class`, () => assert.equal(refusal(topology), message));

  it('names every layer it refuses, the first with what to do', () => {
    assert.equal(
      refusal(
        sequential([
          inputLayer('i', [null, 4]),
          layer('GroupNormalization', { name: 'g' }),
          layer('UnitNormalization', { name: 'u' }),
          dense('d', { activation: 'exponential' }),
        ]),
      ),
      "'model': m.keras: Keras 3 layer 'g' (GroupNormalization) has no TensorFlow.js counterpart; use the layers TensorFlow.js has (docs/own-training.md lists what tf-repro translates), or train the model in Python with 'command'" +
        " (also: Keras 3 layer 'u' (UnitNormalization) has no TensorFlow.js counterpart; layer 'd' (Dense)'s activation \"exponential\" has no TensorFlow.js counterpart)",
    );
  });
});

describe("the table of Keras 3's layers and initializers", () => {
  const classes = tf.serialization.SerializationMap.getMap().classNameMap;
  /** What each tfjs-layers class needs to be made, to read its config's keys. */
  const needs: Record<string, Record<string, unknown>> = {
    Dense: { units: 4 },
    Conv1D: { filters: 4, kernelSize: 3 },
    Conv2D: { filters: 4, kernelSize: 3 },
    Conv3D: { filters: 4, kernelSize: 3 },
    Conv2DTranspose: { filters: 4, kernelSize: 3 },
    Conv3DTranspose: { filters: 4, kernelSize: 3 },
    SeparableConv2D: { filters: 4, kernelSize: 3 },
    DepthwiseConv2D: { kernelSize: 3 },
    Reshape: { targetShape: [4] },
    Permute: { dims: [2, 1] },
    RepeatVector: { n: 2 },
    Activation: { activation: 'relu' },
    Dropout: { rate: 0.5 },
    SpatialDropout1D: { rate: 0.5 },
    GaussianNoise: { stddev: 0.1 },
    GaussianDropout: { rate: 0.1 },
    AlphaDropout: { rate: 0.1 },
    Cropping2D: { cropping: 1 },
    Embedding: { inputDim: 10, outputDim: 4 },
    Rescaling: { scale: 0.5 },
    Resizing: { height: 4, width: 4 },
    CenterCrop: { height: 4, width: 4 },
    CategoryEncoding: { numTokens: 4 },
    Dot: { axes: 1 },
    SimpleRNN: { units: 4 },
    LSTM: { units: 4 },
    GRU: { units: 4 },
    ConvLSTM2D: { filters: 4, kernelSize: 3 },
    Bidirectional: { layer: tfl.layers.lstm({ units: 4 }) },
    TimeDistributed: { layer: tfl.layers.dense({ units: 4 }) },
  };
  const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  /** Arguments a class takes but leaves out of its config. */
  const unlisted: Record<string, string[]> = { SeparableConv2D: ['depth_multiplier'] };

  for (const [className, rule] of Object.entries(KERAS3_LAYERS)) {
    it(`${className}: TensorFlow.js has the class, and its config every argument passed on`, () => {
      const registered = classes[className];
      assert.ok(registered, `tfjs-layers has no ${className}`);
      const made = new (registered[0] as unknown as new (args: unknown) => tf.serialization.Serializable)(needs[className] ?? {});
      const keys = [...Object.keys(made.getConfig()).map(snake), ...(unlisted[className] ?? [])];
      for (const key of [...rule.keep, ...Object.values(rule.renamed ?? {})])
        assert.ok(keys.includes(key), `${className} has no ${key} (it has ${keys.join(', ')})`);
      for (const key of Object.keys(rule.off ?? {})) assert.ok(!rule.keep.includes(key), `${className}: ${key} both kept and dropped`);
    });
  }

  it('every initializer it translates to is one TensorFlow.js has, taking the arguments passed on', () => {
    for (const [className, rule] of Object.entries(KERAS3_INITIALIZERS)) {
      const target = rule.as ?? className;
      const registered = classes[target];
      assert.ok(registered, `tfjs-layers has no initializer ${target}`);
      const made = new (registered[0] as unknown as new (args: unknown) => tf.serialization.Serializable)({ value: 1 });
      const keys = Object.keys(made.getConfig()).map(snake);
      for (const key of rule.keep) assert.ok(keys.includes(key), `${target} has no ${key} (it has ${keys.join(', ')})`);
    }
  });
});

describe('translateKeras3 on broken configs', () => {
  const valid = functional([
    { ...inputLayer('x', [null, 4]), name: 'x', inbound_nodes: [] },
    node(dense('a', { kernel_regularizer: { module: 'keras.regularizers', class_name: 'L2', config: { l2: 0.1 } } }), [tensor('x')]),
    node(layer('Bidirectional', { name: 'bi', merge_mode: 'concat', layer: dense('f'), backward_layer: dense('b') }), [tensor('a')]),
    node(layer('Concatenate', { name: 'out', axis: -1 }), [[tensor('a'), tensor('bi')]], { mask: null }),
  ]);
  /** Every path into `value`, its root included. */
  const paths = (value: Json, path: (string | number)[] = []): (string | number)[][] => [
    path,
    ...(Array.isArray(value)
      ? value.flatMap((item, index) => paths(item, [...path, index]))
      : value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, item]) => paths(item, [...path, key]))
        : []),
  ];
  const all = paths(valid).slice(1);

  // A name that every object inherits (the fuzz test above once drew 'valueOf') is not a known layer, initializer, activation or argument.
  it("refuses a layer, initializer, activation or argument named like an object's own methods, in one line", () => {
    for (const inherited of ['valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const cases: [string, JsonObject][] = [
        ['layer', sequential([inputLayer('x', [null, 4]), layer(inherited, { name: 'odd' })])],
        ['initializer', sequential([inputLayer('x', [null, 4]), dense('d', { kernel_initializer: initializer(inherited, {}) })])],
        ['activation', sequential([inputLayer('x', [null, 4]), dense('d', { activation: inherited })])],
        ['argument', sequential([inputLayer('x', [null, 4]), dense('d', { [inherited]: 1 })])],
        ['constraint', sequential([inputLayer('x', [null, 4]), dense('d', { kernel_constraint: { class_name: inherited, config: {} } })])],
      ];
      for (const [what, topology] of cases) {
        const result = translateKeras3(JSON.parse(JSON.stringify(topology)) as JsonObject, "'model': m.json");
        assert.equal(result.ok, false, `${what} ${inherited}`);
        if (!result.ok) {
          assert.ok(result.error.startsWith("'model': m.json: "), result.error);
          assert.match(result.error, new RegExp(inherited), `${what}: ${result.error}`);
          assert.doesNotMatch(result.error, /\n/);
        }
      }
    }
  });

  it('gives a translation or one error line naming the file, never a throw, whatever part of the config is replaced', () => {
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), fc.jsonValue({ maxDepth: 3 }), (index, replacement) => {
        const broken = structuredClone(valid);
        const path = all[index]!;
        let parent = broken as Record<string | number, Json>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
        parent[path[path.length - 1]!] = replacement as Json;
        const result = translateKeras3(broken, "'model': m.json");
        if (!result.ok) {
          assert.ok(result.error.startsWith("'model': m.json: "), result.error);
          assert.doesNotMatch(result.error, /\n/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
