// Pure translation of a Keras 3 model config (what model.to_json() returns, the config.json of a
// .keras archive) into the Keras 2 form that TensorFlow.js' deserializer reads: the
// module/registered_name/build_config wrappers dropped, DTypePolicy dtypes as plain names, the
// args/kwargs inbound nodes as Keras 2's [layer, node, tensor, kwargs] lists, InputLayer's
// batch_shape as batch_input_shape, L1 and L2 as L1L2, renamed arguments renamed. Only the layers,
// initializers, regularizers, constraints and activations TensorFlow.js (tfjs-layers 4.22) has are
// translated, and a Keras 3 argument it does not take only at the value that means "off": anything
// else is refused, naming the layer and its class. Plain JSON in, JSON or an error out.
import { fail, ok, type Parsed } from '../util/parsed.js';
import { ownValue } from '../util/records.js';
import { asText, isObject, type Json, type JsonObject } from './json.js';

/** The model classes a config may hold, at the top or nested as a layer. */
export const KERAS_MODEL_CLASSES = ['Sequential', 'Model', 'Functional'];

/** Every object in a JSON tree, depth first. */
function* objects(value: Json): Generator<JsonObject> {
  if (Array.isArray(value)) for (const item of value) yield* objects(item);
  else if (isObject(value)) {
    yield value;
    for (const item of Object.values(value)) yield* objects(item);
  }
}

/** Why the model config is Keras 3's, or null when it is not (Keras 2, TensorFlow.js). */
export function keras3Sign(topology: Readonly<JsonObject>, version: string | null): string | null {
  const major = version === null ? null : /^(\d+)\./.exec(version);
  if (major) return Number(major[1]) >= 3 ? `keras_version ${version}` : null;
  for (const object of objects(topology)) {
    if (object['class_name'] === 'DTypePolicy') return 'a DTypePolicy dtype';
    const config = object['config'];
    if (object['class_name'] === 'InputLayer' && isObject(config) && 'batch_shape' in config && !('batch_input_shape' in config))
      return "an InputLayer with 'batch_shape'";
    const nodes = object['inbound_nodes'];
    if (Array.isArray(nodes) && nodes.some((node) => isObject(node) && 'args' in node)) return 'inbound nodes with args and kwargs';
  }
  return null;
}

// ---- What TensorFlow.js takes --------------------------------------------------------------------

/** Tells whether a Keras 3 argument's value means "off", the only value at which it may be dropped. */
type Off = Json | ((value: Json) => boolean);

interface LayerRule {
  /** Arguments TensorFlow.js' class takes: passed on, their initializers, regularizers, constraints, activations and layers translated. */
  keep: readonly string[];
  /** Keras 3 arguments TensorFlow.js does not take: dropped at the value given, refused at any other. */
  off?: Readonly<Record<string, Off>>;
  /** Arguments that change nothing tf-repro trains: dropped at any value (a noise layer's seed: its noise comes from each fold's seeded Math.random). */
  ignored?: readonly string[];
  /** Arguments TensorFlow.js names otherwise. */
  renamed?: Readonly<Record<string, string>>;
  /** How to set an argument of `off` that is not off, where "leave it at its default" is not the whole advice. */
  fixes?: Readonly<Record<string, string>>;
}

const ones = (value: Json): boolean => value === 1 || (Array.isArray(value) && value.every((item) => item === 1));
const KERNEL = [
  'kernel_initializer',
  'bias_initializer',
  'kernel_regularizer',
  'bias_regularizer',
  'activity_regularizer',
  'kernel_constraint',
  'bias_constraint',
];
const CONV = ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'dilation_rate', 'activation', 'use_bias', ...KERNEL];
const QUANTIZATION_OFF = { quantization_config: null, lora_rank: null, lora_alpha: null };
const RNN = [
  'units',
  'activation',
  'use_bias',
  'kernel_initializer',
  'recurrent_initializer',
  'bias_initializer',
  'kernel_regularizer',
  'recurrent_regularizer',
  'bias_regularizer',
  'activity_regularizer',
  'kernel_constraint',
  'recurrent_constraint',
  'bias_constraint',
  'dropout',
  'recurrent_dropout',
  'return_sequences',
  'return_state',
  'go_backwards',
  'stateful',
  'unroll',
];
// zero_output_for_mask changes only the outputs at masked steps: see Translator.masked.
const RNN_OFF = { zero_output_for_mask: false };
// The recurrent dropout's seed; use_cudnn picks a kernel, not a model.
const RNN_IGNORED = ['seed', 'use_cudnn'];
const POOLING_1D: LayerRule = { keep: ['pool_size', 'strides', 'padding'], off: { data_format: 'channels_last' } };
const POOLING: LayerRule = { keep: ['pool_size', 'strides', 'padding', 'data_format'] };
const GLOBAL_POOLING_1D: LayerRule = { keep: [], off: { data_format: 'channels_last', keepdims: false } };
const GLOBAL_POOLING_2D: LayerRule = { keep: ['data_format'], off: { keepdims: false } };
const MERGE: LayerRule = { keep: [] };

/**
 * Keras 3's layer classes that TensorFlow.js has under the same name, with the arguments each
 * takes. test/unit/keras3-config.test.ts checks every `keep` against the config of tfjs-layers' class.
 */
export const KERAS3_LAYERS: Readonly<Record<string, LayerRule>> = {
  Dense: { keep: ['units', 'activation', 'use_bias', ...KERNEL], off: QUANTIZATION_OFF },
  Conv1D: { keep: CONV.filter((key) => key !== 'data_format'), off: { data_format: 'channels_last', groups: 1 } },
  Conv2D: { keep: CONV, off: { groups: 1 } },
  Conv3D: { keep: CONV, off: { groups: 1 } },
  Conv2DTranspose: { keep: CONV.filter((key) => key !== 'dilation_rate'), off: { dilation_rate: ones, output_padding: null } },
  Conv3DTranspose: { keep: CONV.filter((key) => key !== 'dilation_rate'), off: { dilation_rate: ones, output_padding: null } },
  SeparableConv2D: {
    keep: [
      ...CONV.filter((key) => !key.startsWith('kernel_')),
      'depth_multiplier',
      'depthwise_initializer',
      'pointwise_initializer',
      'depthwise_regularizer',
      'pointwise_regularizer',
      'depthwise_constraint',
      'pointwise_constraint',
    ],
  },
  DepthwiseConv2D: {
    keep: [
      ...CONV.filter((key) => key !== 'filters' && !key.startsWith('kernel_')),
      'depth_multiplier',
      'depthwise_initializer',
      'depthwise_regularizer',
      'depthwise_constraint',
    ],
  },
  MaxPooling1D: POOLING_1D,
  AveragePooling1D: POOLING_1D,
  MaxPooling2D: POOLING,
  MaxPooling3D: POOLING,
  AveragePooling2D: POOLING,
  AveragePooling3D: POOLING,
  GlobalAveragePooling1D: GLOBAL_POOLING_1D,
  GlobalMaxPooling1D: GLOBAL_POOLING_1D,
  GlobalAveragePooling2D: GLOBAL_POOLING_2D,
  GlobalMaxPooling2D: GLOBAL_POOLING_2D,
  Flatten: { keep: [], off: { data_format: 'channels_last' } },
  Reshape: { keep: ['target_shape'] },
  Permute: { keep: ['dims'] },
  RepeatVector: { keep: ['n'] },
  Activation: { keep: ['activation'] },
  Dropout: { keep: ['rate', 'noise_shape', 'seed'] },
  SpatialDropout1D: { keep: ['rate', 'noise_shape', 'seed'] },
  GaussianNoise: { keep: ['stddev'], ignored: ['seed'] },
  GaussianDropout: { keep: ['rate'], ignored: ['seed'] },
  AlphaDropout: { keep: ['rate'], off: { noise_shape: null }, ignored: ['seed'] },
  ZeroPadding2D: { keep: ['padding', 'data_format'] },
  Cropping2D: { keep: ['cropping', 'data_format'] },
  UpSampling2D: { keep: ['size', 'data_format', 'interpolation'] },
  Masking: { keep: ['mask_value'] },
  Embedding: {
    keep: [
      'input_dim',
      'output_dim',
      'embeddings_initializer',
      'embeddings_regularizer',
      'activity_regularizer',
      'embeddings_constraint',
      'mask_zero',
      'input_length',
    ],
    off: QUANTIZATION_OFF,
  },
  LayerNormalization: {
    keep: ['axis', 'epsilon', 'center', 'scale', 'beta_initializer', 'gamma_initializer', 'beta_regularizer', 'gamma_regularizer'],
    off: { rms_scaling: false, beta_constraint: null, gamma_constraint: null },
  },
  BatchNormalization: {
    keep: [
      'axis',
      'momentum',
      'epsilon',
      'center',
      'scale',
      'beta_initializer',
      'gamma_initializer',
      'moving_mean_initializer',
      'moving_variance_initializer',
      'beta_regularizer',
      'gamma_regularizer',
      'beta_constraint',
      'gamma_constraint',
    ],
    off: { synchronized: false, renorm: false, renorm_clipping: null },
    // Used only with renorm.
    ignored: ['renorm_momentum'],
  },
  Rescaling: { keep: ['scale', 'offset'] },
  Resizing: {
    keep: ['height', 'width', 'interpolation', 'crop_to_aspect_ratio'],
    off: { data_format: 'channels_last', pad_to_aspect_ratio: false, fill_mode: 'constant', fill_value: 0, antialias: false },
  },
  CenterCrop: { keep: ['height', 'width'], off: { data_format: 'channels_last' } },
  CategoryEncoding: { keep: ['num_tokens', 'output_mode'], off: { sparse: false } },
  Add: MERGE,
  Multiply: MERGE,
  Average: MERGE,
  Maximum: MERGE,
  Minimum: MERGE,
  Concatenate: { keep: ['axis'] },
  Dot: { keep: ['axes', 'normalize'] },
  ReLU: { keep: ['max_value'], off: { negative_slope: 0, threshold: 0 } },
  LeakyReLU: { keep: ['alpha'], renamed: { negative_slope: 'alpha' } },
  PReLU: { keep: ['alpha_initializer', 'alpha_regularizer', 'alpha_constraint', 'shared_axes'] },
  ELU: { keep: ['alpha'] },
  Softmax: { keep: ['axis'] },
  SimpleRNN: { keep: RNN, off: RNN_OFF, ignored: RNN_IGNORED },
  LSTM: { keep: [...RNN, 'recurrent_activation', 'unit_forget_bias'], off: RNN_OFF, ignored: RNN_IGNORED },
  GRU: {
    keep: [...RNN, 'recurrent_activation'],
    off: { ...RNN_OFF, reset_after: false },
    ignored: RNN_IGNORED,
    fixes: { reset_after: 'build the GRU with reset_after=False (Keras 3 defaults to True)' },
  },
  ConvLSTM2D: {
    keep: [
      ...RNN.filter((key) => key !== 'units'),
      'recurrent_activation',
      'unit_forget_bias',
      'filters',
      'kernel_size',
      'strides',
      'padding',
      'data_format',
      'dilation_rate',
    ],
    off: RNN_OFF,
    ignored: RNN_IGNORED,
  },
  // backward_layer: checked by Translator.mirrored.
  Bidirectional: { keep: ['merge_mode', 'layer'], ignored: ['backward_layer'] },
  TimeDistributed: { keep: ['layer'] },
};

/** Keras 3 initializers → TensorFlow.js': its class, the arguments it takes, and Keras 3's it does not (dropped when off). */
export const KERAS3_INITIALIZERS: Readonly<Record<string, { as?: string; keep: readonly string[]; off?: Readonly<Record<string, Off>> }>> = {
  GlorotUniform: { keep: ['seed'], off: { input_axes: null, output_axes: null } },
  GlorotNormal: { keep: ['seed'], off: { input_axes: null, output_axes: null } },
  HeNormal: { keep: ['seed'], off: { input_axes: null, output_axes: null } },
  HeUniform: { keep: ['seed'], off: { input_axes: null, output_axes: null } },
  LecunNormal: { as: 'LeCunNormal', keep: ['seed'], off: { input_axes: null, output_axes: null } },
  LecunUniform: { as: 'LeCunUniform', keep: ['seed'], off: { input_axes: null, output_axes: null } },
  VarianceScaling: { keep: ['seed', 'scale', 'mode', 'distribution'], off: { input_axes: null, output_axes: null } },
  Orthogonal: { keep: ['seed', 'gain'] },
  OrthogonalInitializer: { as: 'Orthogonal', keep: ['seed', 'gain'] },
  RandomNormal: { keep: ['seed', 'mean', 'stddev'] },
  RandomUniform: { keep: ['seed', 'minval', 'maxval'] },
  TruncatedNormal: { keep: ['seed', 'mean', 'stddev'] },
  Zeros: { keep: [] },
  Ones: { keep: [] },
  Constant: { keep: ['value'] },
  Identity: { keep: ['gain'] },
  IdentityInitializer: { as: 'Identity', keep: ['gain'] },
};

/**
 * VarianceScaling's distributions. TensorFlow.js' 'normal' is a truncated normal (as Keras 2's
 * was); its 'truncatedNormal' draws a uniform. Keras 3's untruncated normal it does not have.
 */
const DISTRIBUTIONS: Readonly<Record<string, string>> = { truncated_normal: 'normal', normal: 'normal', uniform: 'uniform' };

const CONSTRAINTS: Readonly<Record<string, readonly string[]>> = {
  MaxNorm: ['max_value', 'axis'],
  MinMaxNorm: ['min_value', 'max_value', 'rate', 'axis'],
  NonNeg: [],
  UnitNorm: ['axis'],
};

/** Keras 3 activation names → TensorFlow.js'. hard_sigmoid is left out: Keras 3's is relu6(x + 3) / 6, TensorFlow.js' 0.2x + 0.5. */
const ACTIVATIONS: Readonly<Record<string, string>> = {
  linear: 'linear',
  relu: 'relu',
  relu6: 'relu6',
  elu: 'elu',
  selu: 'selu',
  gelu: 'gelu',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  softmax: 'softmax',
  log_softmax: 'log_softmax',
  softplus: 'softplus',
  softsign: 'softsign',
  mish: 'mish',
  silu: 'swish',
  swish: 'swish',
};

/** The dtypes TensorFlow.js computes in; a model's input may also be int32 (an Embedding's). */
const INPUT_DTYPES = ['float32', 'int32'];

// ---- Translation ---------------------------------------------------------------------------------

const COMMAND = "or train the model in Python with 'command'";
const TABLE = 'docs/own-training.md lists what tf-repro translates';

interface Refusal {
  /** What is refused, naming the layer and its class. */
  what: string;
  /** What to do about it. */
  fix: string;
}

/** The wrapper keys Keras 3 puts around every object, which TensorFlow.js does not read. */
const WRAPPER_KEYS = ['module', 'registered_name', 'build_config', 'compile_config', 'shared_object_id'];

/** A copy without the wrapper keys, at every depth: a .keras archive's shared_object_id is on some copies of an object only. */
const withoutWrappers = (value: Json): Json =>
  Array.isArray(value)
    ? value.map(withoutWrappers)
    : isObject(value)
      ? Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (WRAPPER_KEYS.includes(key) ? [] : [[key, withoutWrappers(item)]])))
      : value;

const shown = (value: Json | undefined): string => {
  const text = JSON.stringify(value ?? null);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** Names from the file, kept to the one line of an error. */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

const sameJson = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const isOff = (off: Off, value: Json): boolean => (typeof off === 'function' ? off(value) : sameJson(off, value));

/**
 * A [layer, node, tensor] reference in TensorFlow.js' numbering. A model nested in a Functional has
 * a node of its own in TensorFlow.js (and Keras 2) from when it is built, so its calls count from
 * 1; Keras 3 counts them from 0.
 */
const shifted = (reference: readonly Json[], nested: ReadonlySet<string>): Json[] => {
  const [name, node, tensor] = reference;
  return [name ?? null, typeof node === 'number' && nested.has(asText(name)) ? node + 1 : (node ?? null), tensor ?? null];
};

const isKerasTensor = (value: Json): value is JsonObject => isObject(value) && value['class_name'] === '__keras_tensor__';

class Translator {
  readonly refusals: Refusal[] = [];

  /**
   * Whether a layer of the model makes a mask (Masking, an Embedding with mask_zero). Without one,
   * an RNN's zero_output_for_mask changes nothing (Keras 3's Bidirectional sets it True itself).
   */
  constructor(readonly masked: boolean) {}

  refuse(what: string, fix: string): null {
    this.refusals.push({ what, fix });
    return null;
  }

  /** A model config (Sequential or Functional) and its class, as TensorFlow.js reads it. */
  model(className: string, config: Json | undefined, label: string): JsonObject {
    // Keras 2.0 and 2.1 wrote a Sequential's config as the list of its layers: not Keras 3, nothing to do.
    if (Array.isArray(config)) return { layers: config };
    if (!isObject(config)) {
      this.refuse(`${label} has no config`, 'give the file model.to_json() wrote, unchanged');
      return {};
    }
    if (config['trainable'] === false) this.refuse(`${label} is not trainable (trainable=False)`, 'give the model tf-repro should train');
    const layers = Array.isArray(config['layers']) ? config['layers'] : [];
    const functional = className !== 'Sequential';
    // The models among a Functional's layers, whose calls are numbered differently (see shifted).
    const nested = new Set(
      layers.flatMap((layer) =>
        isObject(layer) && KERAS_MODEL_CLASSES.includes(asText(layer['class_name']))
          ? [asText(layer['name'] ?? (isObject(layer['config']) ? layer['config']['name'] : ''))]
          : [],
      ),
    );
    const translated = layers.flatMap((layer) => {
      const one = isObject(layer)
        ? this.layer(layer, functional ? nested : null)
        : this.refuse(`${label} has a layer that is not an object`, 'give the file unchanged');
      return one === null ? [] : [one];
    });
    const out: JsonObject = { layers: translated };
    if (typeof config['name'] === 'string') out['name'] = config['name'];
    if (functional) {
      for (const key of ['input_layers', 'output_layers']) {
        const value = this.endpoints(config[key], key, label, nested);
        if (value !== null) out[key] = value;
      }
    } else {
      const first = translated[0];
      const shape = config['build_input_shape'];
      // Built without an Input, a Sequential tells its input shape only here.
      if (
        isObject(first) &&
        first['class_name'] !== 'InputLayer' &&
        Array.isArray(shape) &&
        isObject(first['config']) &&
        !('batch_input_shape' in first['config'])
      )
        first['config']['batch_input_shape'] = shape;
      if (isObject(first) && isObject(first['config']) && !('batch_input_shape' in first['config']))
        this.refuse(`${label} has no input shape (a Sequential never built)`, `start it with keras.Input(shape), or build it before saving it, ${COMMAND}`);
    }
    return out;
  }

  /** input_layers or output_layers: Keras 3 writes one endpoint as [name, node, tensor], TensorFlow.js reads a list of them. */
  endpoints(value: Json | undefined, key: string, label: string, nested: ReadonlySet<string>): Json | null {
    const list = Array.isArray(value) && typeof value[0] === 'string' ? [value] : value;
    if (Array.isArray(list) && list.every((item) => Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'number'))
      return list.map((item) => shifted(item as Json[], nested));
    return this.refuse(
      `${label} gives its ${key} as ${isObject(value) ? 'a dict' : shown(value)}`,
      `give it one input and one output, each a tensor rather than a dict, ${COMMAND}`,
    );
  }

  /** One layer of a model (with its inbound nodes in a Functional, given the models among its layers), or null where refused. */
  layer(entry: JsonObject, functional: ReadonlySet<string> | null): JsonObject | null {
    const className = typeof entry['class_name'] === 'string' ? entry['class_name'] : '?';
    const config = isObject(entry['config']) ? entry['config'] : {};
    const name = typeof config['name'] === 'string' ? config['name'] : typeof entry['name'] === 'string' ? entry['name'] : '?';
    const label = oneLine(`layer '${name}' (${className})`);
    const out: JsonObject = {};
    if (functional !== null) {
      out['name'] = typeof entry['name'] === 'string' ? entry['name'] : name;
      const nodes = this.inboundNodes(entry['inbound_nodes'], label, functional);
      if (nodes === null) return null;
      out['inbound_nodes'] = nodes;
    }
    const own = this.ownClass(entry, className);
    if (own !== null) return this.refuse(`${label} is a layer class of your own (${own})`, `write the model as an ES module with createModel, ${COMMAND}`);
    if (KERAS_MODEL_CLASSES.includes(className)) return { class_name: className, config: this.model(className, entry['config'], label), ...out };
    if (className === 'InputLayer') {
      const input = this.inputLayer(config, label);
      return input === null ? null : { class_name: className, config: input, ...out };
    }
    // Keras 3's Identity layer; TensorFlow.js' Identity is an initializer.
    if (className === 'Identity') {
      const base = this.base(config, label);
      return base === null ? null : { class_name: 'Activation', config: { ...base, activation: 'linear' }, ...out };
    }
    const rule = ownValue(KERAS3_LAYERS, className);
    if (rule === undefined) {
      const why = className === 'Lambda' ? 'holds Python code, which TensorFlow.js cannot run' : 'has no TensorFlow.js counterpart';
      return this.refuse(`Keras 3 ${label} ${why}`, `use the layers TensorFlow.js has (${TABLE}), ${COMMAND}`);
    }
    const translated = this.arguments(config, rule, className, label);
    if (translated === null) return null;
    if (className === 'Bidirectional' && !this.mirrored(config, label)) return null;
    return { class_name: className, config: translated, ...out };
  }

  /** Where a layer class is the user's own: its registered name or module, else null. */
  ownClass(entry: JsonObject, className: string): string | null {
    const registered = entry['registered_name'];
    const module = entry['module'];
    if (typeof registered === 'string' && registered !== className) return `registered as '${registered}'`;
    if (typeof module === 'string' && module !== 'keras' && !module.startsWith('keras.')) return `from module '${module}'`;
    return null;
  }

  /** name, trainable and dtype, which every layer has. */
  base(config: JsonObject, label: string, dtypes: readonly string[] = ['float32']): JsonObject | null {
    const out: JsonObject = {};
    if (typeof config['name'] === 'string') out['name'] = config['name'];
    if (typeof config['trainable'] === 'boolean') out['trainable'] = config['trainable'];
    if (config['dtype'] !== undefined && config['dtype'] !== null) {
      const dtype = this.dtype(config['dtype'], label, dtypes);
      if (dtype === null) return null;
      out['dtype'] = dtype;
    }
    if (Array.isArray(config['batch_input_shape'])) out['batch_input_shape'] = config['batch_input_shape'];
    return out;
  }

  /** A dtype or DTypePolicy as the plain name TensorFlow.js takes. */
  dtype(value: Json, label: string, dtypes: readonly string[]): string | null {
    let name: Json | undefined = value;
    if (isObject(value)) {
      const policy = value['class_name'];
      if (policy !== 'DTypePolicy' && policy !== 'FloatDTypePolicy')
        return this.refuse(`${label} has the dtype policy ${shown(policy)}`, `build it with the float32 policy, ${COMMAND}`);
      name = isObject(value['config']) ? value['config']['name'] : undefined;
    }
    if (typeof name === 'string' && dtypes.includes(name)) return name;
    return this.refuse(`${label} computes in ${shown(name)}, and TensorFlow.js trains in float32`, `build it with the float32 dtype policy, ${COMMAND}`);
  }

  inputLayer(config: JsonObject, label: string): JsonObject | null {
    const base = this.base(config, label, INPUT_DTYPES);
    if (base === null) return null;
    const shape = config['batch_shape'] ?? config['batch_input_shape'];
    if (!Array.isArray(shape)) return this.refuse(`${label} has no batch_shape`, 'give the file model.to_json() wrote, unchanged');
    for (const key of ['sparse', 'ragged', 'optional']) {
      if (config[key] === true) return this.refuse(`${label} is ${key}`, `give the model a dense input, ${COMMAND}`);
    }
    return { ...base, batch_input_shape: shape };
  }

  /** A layer's arguments under `rule`. */
  arguments(config: JsonObject, rule: LayerRule, className: string, label: string): JsonObject | null {
    const out = this.base(config, label);
    if (out === null) return null;
    let refused = false;
    for (const [key, value] of Object.entries(config)) {
      if (['name', 'trainable', 'dtype', 'batch_input_shape'].includes(key) || rule.ignored?.includes(key)) continue;
      if (key === 'zero_output_for_mask' && !this.masked) continue;
      const target = ownValue(rule.renamed, key) ?? (rule.keep.includes(key) ? key : null);
      if (target !== null) {
        const translated = this.value(key, value, label);
        if (translated === undefined) refused = true;
        else out[target] = translated;
        continue;
      }
      const off = ownValue(rule.off, key);
      if (off !== undefined && isOff(off, value)) continue;
      refused = true;
      if (off !== undefined) {
        this.refuse(
          `${label} sets ${key}=${shown(value)}, which TensorFlow.js' ${className} does not support`,
          `${ownValue(rule.fixes, key) ?? `leave ${key} at ${typeof off === 'function' ? 'its default' : shown(off)}`}, ${COMMAND}`,
        );
      } else {
        this.refuse(`${label} sets ${key}=${shown(value)}, an argument TensorFlow.js' ${className} does not take`, `remove it, ${COMMAND}`);
      }
    }
    return refused ? null : out;
  }

  /** An argument's value: initializers, regularizers, constraints, activations and wrapped layers translated; undefined where refused. */
  value(key: string, value: Json, label: string): Json | undefined {
    if (value === null) return null;
    const refusedAs = (result: Json | null): Json | undefined => (result === null ? undefined : result);
    if (key.endsWith('_initializer')) return refusedAs(this.initializer(value, `${label}'s ${key}`));
    if (key.endsWith('_regularizer')) return refusedAs(this.regularizer(value, `${label}'s ${key}`));
    if (key.endsWith('_constraint')) return refusedAs(this.constraint(value, `${label}'s ${key}`));
    if (key === 'activation' || key === 'recurrent_activation') return refusedAs(this.activation(value, `${label}'s ${key}`));
    if (key === 'layer') return refusedAs(isObject(value) ? this.layer(value, null) : this.refuse(`${label} wraps no layer`, 'give the file unchanged'));
    return value;
  }

  /** A serialized object's class and config, or null where it is not one. */
  serialized(value: Json, what: string): { className: string; config: JsonObject } | null {
    if (typeof value === 'string') return { className: value, config: {} };
    if (!isObject(value) || typeof value['class_name'] !== 'string') return this.refuse(`${what} is ${shown(value)}`, 'give the file unchanged');
    const own = this.ownClass(value, value['class_name']);
    if (own !== null) return this.refuse(`${what} is a class of your own (${own})`, `use one TensorFlow.js has, ${COMMAND}`);
    return { className: value['class_name'], config: isObject(value['config']) ? value['config'] : {} };
  }

  initializer(value: Json, what: string): JsonObject | null {
    const object = this.serialized(value, what);
    if (object === null) return null;
    const rule = ownValue(KERAS3_INITIALIZERS, object.className);
    if (rule === undefined) return this.refuse(`${what} ${object.className} has no TensorFlow.js counterpart`, `use one it has (${TABLE}), ${COMMAND}`);
    const config: JsonObject = {};
    for (const [key, item] of Object.entries(object.config)) {
      const off = ownValue(rule.off, key);
      if (rule.keep.includes(key)) config[key] = item;
      else if (!(off !== undefined && isOff(off, item)))
        return this.refuse(`${what} ${object.className} sets ${key}=${shown(item)}, which TensorFlow.js does not take`, `remove it, ${COMMAND}`);
    }
    if (object.className === 'VarianceScaling' && config['distribution'] !== undefined) {
      const distribution = ownValue(DISTRIBUTIONS, asText(config['distribution']));
      if (distribution === undefined)
        return this.refuse(
          `${what} VarianceScaling draws from a ${shown(config['distribution'])} distribution, which TensorFlow.js does not have`,
          `use truncated_normal or uniform, ${COMMAND}`,
        );
      config['distribution'] = distribution;
    }
    if (object.className === 'Constant' && typeof config['value'] !== 'number')
      return this.refuse(`${what} Constant has the value ${shown(config['value'])}`, `give it one number, ${COMMAND}`);
    return { class_name: rule.as ?? object.className, config };
  }

  regularizer(value: Json, what: string): JsonObject | null {
    const object = this.serialized(value, what);
    if (object === null) return null;
    const l1 = object.config['l1'];
    const l2 = object.config['l2'];
    const factor = (x: Json | undefined): x is number | undefined => x === undefined || typeof x === 'number';
    // TensorFlow.js registers L1L2 only: L1 and L2 are L1L2 with the other factor 0.
    if (['L1', 'L2', 'L1L2'].includes(object.className) && factor(l1) && factor(l2)) return { class_name: 'L1L2', config: { l1: l1 ?? 0, l2: l2 ?? 0 } };
    return this.refuse(`${what} ${object.className} has no TensorFlow.js counterpart`, `use L1, L2 or L1L2, ${COMMAND}`);
  }

  constraint(value: Json, what: string): JsonObject | null {
    const object = this.serialized(value, what);
    if (object === null) return null;
    const keys = ownValue(CONSTRAINTS, object.className);
    if (keys === undefined)
      return this.refuse(`${what} ${object.className} has no TensorFlow.js counterpart`, `use MaxNorm, MinMaxNorm, NonNeg or UnitNorm, ${COMMAND}`);
    const config: JsonObject = {};
    for (const key of keys) if (key in object.config) config[key] = object.config[key]!;
    return { class_name: object.className, config };
  }

  activation(value: Json, what: string): string | null {
    // Keras 3 writes a built-in activation by name; serialized whole it is {class_name: 'function', config: name}.
    const name = isObject(value) && value['class_name'] === 'function' && typeof value['config'] === 'string' ? value['config'] : value;
    const activation = typeof name === 'string' ? ownValue(ACTIVATIONS, name) : undefined;
    if (activation !== undefined) return activation;
    if (name === 'hard_sigmoid')
      return this.refuse(`${what} is hard_sigmoid, which is relu6(x + 3) / 6 in Keras 3 but 0.2x + 0.5 in TensorFlow.js`, `use sigmoid, ${COMMAND}`);
    return this.refuse(`${what} ${shown(name)} has no TensorFlow.js counterpart`, `use one of ${Object.keys(ACTIVATIONS).join(', ')}, ${COMMAND}`);
  }

  /**
   * Keras 3 writes a Bidirectional's backward layer always; TensorFlow.js builds it as the forward
   * layer run backwards, so it must be just that.
   */
  mirrored(config: JsonObject, label: string): boolean {
    const backward = config['backward_layer'];
    const forward = config['layer'];
    if (backward === undefined || backward === null) return true;
    const strip = (layer: Json | undefined): Json => {
      if (!isObject(layer) || !isObject(layer['config'])) return layer ?? null;
      const rest: JsonObject = { ...layer['config'] };
      delete rest['name'];
      delete rest['go_backwards'];
      return withoutWrappers({ class_name: layer['class_name'] ?? null, config: rest });
    };
    if (sameJson(strip(forward), strip(backward))) return true;
    this.refuse(`${label} has a backward_layer of its own`, `let Bidirectional build the backward layer from 'layer', ${COMMAND}`);
    return false;
  }

  /** Keras 3's inbound nodes ({args, kwargs} with keras tensors) as Keras 2's lists of [layer, node, tensor, kwargs]. */
  inboundNodes(value: Json | undefined, label: string, nested: ReadonlySet<string>): Json[] | null {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.refuse(`${label} has inbound_nodes ${shown(value)}`, 'give the file model.to_json() wrote, unchanged');
    const nodes: Json[] = [];
    for (const node of value) {
      if (Array.isArray(node)) {
        nodes.push(node);
        continue;
      }
      const args = isObject(node) && Array.isArray(node['args']) ? node['args'] : null;
      if (!isObject(node) || args === null) return this.refuse(`${label} has an inbound node ${shown(node)}`, 'give the file model.to_json() wrote, unchanged');
      const [inputs, ...rest] = args;
      const tensors = isKerasTensor(inputs ?? null) ? [inputs as JsonObject] : Array.isArray(inputs) && inputs.every(isKerasTensor) ? inputs : null;
      if (tensors === null || tensors.length === 0 || rest.some((arg) => arg !== null))
        return this.refuse(`${label} is called on ${shown(args)}, not on one tensor or a list of tensors`, `call it on its inputs alone, ${COMMAND}`);
      const kwargs = isObject(node['kwargs']) ? node['kwargs'] : {};
      for (const [key, argument] of Object.entries(kwargs)) {
        // training=False is what Keras records for a symbolic call; tf-repro's loop sets training itself.
        if (argument === null || (key === 'training' && argument === false)) continue;
        return this.refuse(`${label} is called with ${key}=${shown(argument)}, which tf-repro cannot pass to TensorFlow.js`, `remove it, ${COMMAND}`);
      }
      const entries: Json[] = [];
      for (const tensor of tensors) {
        const history = isObject(tensor['config']) ? tensor['config']['keras_history'] : null;
        if (!Array.isArray(history) || typeof history[0] !== 'string' || typeof history[1] !== 'number' || typeof history[2] !== 'number')
          return this.refuse(`${label} has an input without keras_history`, 'give the file model.to_json() wrote, unchanged');
        entries.push([...shifted(history, nested), {}]);
      }
      nodes.push(entries);
    }
    return nodes;
  }
}

/**
 * The Keras 2 form of a Keras 3 model config ({class_name, config, ...} with its wrappers), which
 * TensorFlow.js builds; or one error naming what cannot be translated (every layer refused named).
 */
export function translateKeras3(topology: Readonly<JsonObject>, source: string): Parsed<JsonObject> {
  const masked = [...objects(topology)].some(
    (object) => object['class_name'] === 'Masking' || (isObject(object['config']) && object['config']['mask_zero'] === true),
  );
  const translator = new Translator(masked);
  const className = asText(topology['class_name']);
  const name = isObject(topology['config']) ? asText(topology['config']['name'] ?? '') : '';
  const config = translator.model(className, topology['config'], oneLine(`the model '${name}'`));
  const [first, ...more] = translator.refusals;
  if (first !== undefined) {
    const also = more.length === 0 ? '' : ` (also: ${more.map((refusal) => refusal.what).join('; ')})`;
    return fail(`${source}: ${first.what}; ${first.fix}${also}`);
  }
  const out: JsonObject = { class_name: className, config };
  for (const key of Object.keys(topology)) {
    if (!WRAPPER_KEYS.includes(key) && !(key in out) && key !== 'training_config') out[key] = topology[key]!;
  }
  return ok(out);
}
