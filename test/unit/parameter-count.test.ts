// The parameters of a model config, counted before it is built (model/parameter-count.ts), against
// what TensorFlow.js counts once it has built the same config: equal where the shapes are followed,
// never more where they are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import { countParameters, tooManyParameters } from '../../src/model/parameter-count.js';
import type { JsonObject } from '../../src/model/json.js';

const layer = (className: string, config: JsonObject): JsonObject => ({ class_name: className, config });
const sequential = (...layers: JsonObject[]): JsonObject => ({ class_name: 'Sequential', config: { name: 's', layers } });

async function builtCount(topology: JsonObject): Promise<number> {
  const model = await tfl.models.modelFromJSON({ modelTopology: structuredClone(topology) } as never);
  try {
    return model.countParams();
  } finally {
    model.dispose();
  }
}

const models: [string, JsonObject][] = [
  [
    'a small CNN: convolutions, pooling, batch normalization, flatten, dense',
    sequential(
      layer('Conv2D', { name: 'c1', filters: 8, kernel_size: [3, 3], activation: 'relu', batch_input_shape: [null, 28, 28, 1] }),
      layer('MaxPooling2D', { name: 'p1', pool_size: [2, 2] }),
      layer('Conv2D', { name: 'c2', filters: 16, kernel_size: 5, strides: 2, padding: 'same' }),
      layer('BatchNormalization', { name: 'bn' }),
      layer('Dropout', { name: 'd', rate: 0.25 }),
      layer('Flatten', { name: 'f' }),
      layer('Dense', { name: 'h', units: 32, activation: 'relu' }),
      layer('Dense', { name: 'o', units: 10, use_bias: false }),
    ),
  ],
  [
    'separable and depthwise convolutions, global pooling',
    sequential(
      layer('SeparableConv2D', { name: 's1', filters: 12, kernel_size: 3, depth_multiplier: 2, batch_input_shape: [null, 28, 28, 3] }),
      layer('DepthwiseConv2D', { name: 'dw', kernel_size: 3, depth_multiplier: 3 }),
      layer('AveragePooling2D', { name: 'ap', pool_size: 2, strides: 1, padding: 'same' }),
      layer('GlobalAveragePooling2D', { name: 'g' }),
      layer('Dense', { name: 'o', units: 10 }),
    ),
  ],
  [
    'an embedding, an LSTM and a GRU',
    sequential(
      layer('Embedding', { name: 'e', input_dim: 1000, output_dim: 16, batch_input_shape: [null, 20] }),
      layer('LSTM', { name: 'l', units: 8, return_sequences: true, recurrent_initializer: { class_name: 'GlorotUniform', config: { seed: 1 } } }),
      layer('GRU', { name: 'g', units: 6, reset_after: false, recurrent_initializer: { class_name: 'GlorotUniform', config: { seed: 2 } } }),
      layer('Dense', { name: 'o', units: 4 }),
    ),
  ],
  [
    'a reshape',
    sequential(
      layer('Dense', { name: 'a', units: 12, batch_input_shape: [null, 5] }),
      layer('Reshape', { name: 'r', target_shape: [3, 4] }),
      layer('Flatten', { name: 'f' }),
      layer('Dense', { name: 'o', units: 4 }),
    ),
  ],
];

for (const [what, topology] of models) {
  test(`${what}: counted as TensorFlow.js counts it built`, async () => {
    assert.equal(countParameters(topology).total, await builtCount(topology));
  });
}

test('a functional model follows each layer’s first input', async () => {
  const topology: JsonObject = {
    class_name: 'Model',
    config: {
      name: 'm',
      layers: [
        { name: 'in', class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, 784], dtype: 'float32' }, inbound_nodes: [] },
        { name: 'a', class_name: 'Dense', config: { name: 'a', units: 64 }, inbound_nodes: [[['in', 0, 0, {}]]] },
        { name: 'b', class_name: 'Dense', config: { name: 'b', units: 32 }, inbound_nodes: [[['a', 0, 0, {}]]] },
        { name: 'c', class_name: 'Dense', config: { name: 'c', units: 10 }, inbound_nodes: [[['b', 0, 0, {}]]] },
      ],
      input_layers: [['in', 0, 0]],
      output_layers: [['c', 0, 0]],
    },
  };
  assert.equal(countParameters(topology).total, await builtCount(topology));
});

test('after a layer whose shape it does not know, a layer is counted with at least one input: never more than the model', async () => {
  const topology = sequential(
    layer('Dense', { name: 'a', units: 50, batch_input_shape: [null, 30] }),
    layer('UpSampling2D', { name: 'unknown' }),
    layer('Dense', { name: 'b', units: 7 }),
  );
  const counted = countParameters(topology);
  assert.equal(counted.total, 30 * 50 + 50 + 7 * 2);
  assert.deepEqual(counted.largest, { name: 'a', className: 'Dense', parameters: 1550 });
});

test('the refusal names the largest layer, the total and the limit; within the limit there is none', () => {
  const wide = sequential(
    layer('Flatten', { name: 'f', batch_input_shape: [null, 28, 28, 1] }),
    layer('Dense', { name: 'huge', units: 3_000_000 }),
    layer('Dense', { name: 'o', units: 10 }),
  );
  const counted = countParameters(wide);
  assert.equal(counted.total, 784 * 3_000_000 + 3_000_000 + 3_000_000 * 10 + 10);
  assert.equal(tooManyParameters(counted, counted.total, 'm'), null);
  assert.equal(
    tooManyParameters(counted, 50_000_000, "'model': m.keras"),
    "'model': m.keras: its layer 'huge' (Dense) has 2,355,000,000 parameters, the model 2,385,000,010 in all (9.5 GB as float32), more than max-model-parameters (50,000,000): " +
      'make the layer smaller, or raise max-model-parameters where the runner has the memory (training takes about 16 bytes a parameter)',
  );
});
