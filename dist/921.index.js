export const id = 921;
export const ids = [921];
export const modules = {

/***/ 6681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ freshSeed)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
// A seed from the operating system's entropy, for a seeding a deterministic run leaves off
// (TrainingSettings.unseeded): never from Math.random, which each fold replaces with a seeded
// stream, so that drawing from it would give every run the same "unseeded" numbers.

/** In 1..2^31-2: never 0, which tfjs reads as "no seed". */
function freshSeed() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(1, 0x7fffffff);
}
//# sourceMappingURL=fresh-seed.js.map

/***/ }),

/***/ 7808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BE: () => (/* binding */ DEFAULT_TRAINING),
  iV: () => (/* binding */ SEEDED_DROPOUT_CLASS),
  TU: () => (/* binding */ checkModelFit),
  _8: () => (/* binding */ readModelJson),
  pO: () => (/* binding */ readTrainingConfig),
  Ur: () => (/* binding */ supplySeeds)
});

// UNUSED EXPORTS: acceptedInputShapes

// EXTERNAL MODULE: ./build/src/util/parsed.js
var parsed = __webpack_require__(8905);
// EXTERNAL MODULE: ./build/src/determinism/seeding.js
var seeding = __webpack_require__(1468);
// EXTERNAL MODULE: ./build/src/model/json.js
var model_json = __webpack_require__(8653);
// EXTERNAL MODULE: ./build/src/util/records.js
var records = __webpack_require__(1760);
;// CONCATENATED MODULE: ./build/src/model/keras3-config.js
// Pure translation of a Keras 3 model config (what model.to_json() returns, the config.json of a
// .keras archive) into the Keras 2 form that TensorFlow.js' deserializer reads: the
// module/registered_name/build_config wrappers dropped, DTypePolicy dtypes as plain names, the
// args/kwargs inbound nodes as Keras 2's [layer, node, tensor, kwargs] lists, InputLayer's
// batch_shape as batch_input_shape, L1 and L2 as L1L2, renamed arguments renamed. Only the layers,
// initializers, regularizers, constraints and activations TensorFlow.js (tfjs-layers 4.22) has are
// translated, and a Keras 3 argument it does not take only at the value that means "off": anything
// else is refused, naming the layer and its class. Plain JSON in, JSON or an error out.



/** The model classes a config may hold, at the top or nested as a layer. */
const KERAS_MODEL_CLASSES = ['Sequential', 'Model', 'Functional'];
/** Every object in a JSON tree, depth first. */
function* objects(value) {
    if (Array.isArray(value))
        for (const item of value)
            yield* objects(item);
    else if ((0,model_json/* isObject */.Gv)(value)) {
        yield value;
        for (const item of Object.values(value))
            yield* objects(item);
    }
}
/** Why the model config is Keras 3's, or null when it is not (Keras 2, TensorFlow.js). */
function keras3Sign(topology, version) {
    const major = version === null ? null : /^(\d+)\./.exec(version);
    if (major)
        return Number(major[1]) >= 3 ? `keras_version ${version}` : null;
    for (const object of objects(topology)) {
        if (object['class_name'] === 'DTypePolicy')
            return 'a DTypePolicy dtype';
        const config = object['config'];
        if (object['class_name'] === 'InputLayer' && (0,model_json/* isObject */.Gv)(config) && 'batch_shape' in config && !('batch_input_shape' in config))
            return "an InputLayer with 'batch_shape'";
        const nodes = object['inbound_nodes'];
        if (Array.isArray(nodes) && nodes.some((node) => (0,model_json/* isObject */.Gv)(node) && 'args' in node))
            return 'inbound nodes with args and kwargs';
    }
    return null;
}
const ones = (value) => value === 1 || (Array.isArray(value) && value.every((item) => item === 1));
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
const POOLING_1D = { keep: ['pool_size', 'strides', 'padding'], off: { data_format: 'channels_last' } };
const POOLING = { keep: ['pool_size', 'strides', 'padding', 'data_format'] };
const GLOBAL_POOLING_1D = { keep: [], off: { data_format: 'channels_last', keepdims: false } };
const GLOBAL_POOLING_2D = { keep: ['data_format'], off: { keepdims: false } };
const MERGE = { keep: [] };
/**
 * Keras 3's layer classes that TensorFlow.js has under the same name, with the arguments each
 * takes. test/unit/keras3-config.test.ts checks every `keep` against the config of tfjs-layers' class.
 */
const KERAS3_LAYERS = {
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
const KERAS3_INITIALIZERS = {
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
const DISTRIBUTIONS = { truncated_normal: 'normal', normal: 'normal', uniform: 'uniform' };
const CONSTRAINTS = {
    MaxNorm: ['max_value', 'axis'],
    MinMaxNorm: ['min_value', 'max_value', 'rate', 'axis'],
    NonNeg: [],
    UnitNorm: ['axis'],
};
/** Keras 3 activation names → TensorFlow.js'. hard_sigmoid is left out: Keras 3's is relu6(x + 3) / 6, TensorFlow.js' 0.2x + 0.5. */
const ACTIVATIONS = {
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
/** The wrapper keys Keras 3 puts around every object, which TensorFlow.js does not read. */
const WRAPPER_KEYS = ['module', 'registered_name', 'build_config', 'compile_config', 'shared_object_id'];
/** A copy without the wrapper keys, at every depth: a .keras archive's shared_object_id is on some copies of an object only. */
const withoutWrappers = (value) => Array.isArray(value)
    ? value.map(withoutWrappers)
    : (0,model_json/* isObject */.Gv)(value)
        ? Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (WRAPPER_KEYS.includes(key) ? [] : [[key, withoutWrappers(item)]])))
        : value;
const shown = (value) => {
    const text = JSON.stringify(value ?? null);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
/** Names from the file, kept to the one line of an error. */
const oneLine = (text) => text.replace(/[\r\n]+/g, ' ');
const sameJson = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isOff = (off, value) => (typeof off === 'function' ? off(value) : sameJson(off, value));
/**
 * A [layer, node, tensor] reference in TensorFlow.js' numbering. A model nested in a Functional has
 * a node of its own in TensorFlow.js (and Keras 2) from when it is built, so its calls count from
 * 1; Keras 3 counts them from 0.
 */
const shifted = (reference, nested) => {
    const [name, node, tensor] = reference;
    return [name ?? null, typeof node === 'number' && nested.has((0,model_json/* asText */.e1)(name)) ? node + 1 : (node ?? null), tensor ?? null];
};
const isKerasTensor = (value) => (0,model_json/* isObject */.Gv)(value) && value['class_name'] === '__keras_tensor__';
class Translator {
    masked;
    refusals = [];
    /**
     * Whether a layer of the model makes a mask (Masking, an Embedding with mask_zero). Without one,
     * an RNN's zero_output_for_mask changes nothing (Keras 3's Bidirectional sets it True itself).
     */
    constructor(masked) {
        this.masked = masked;
    }
    refuse(what, fix) {
        this.refusals.push({ what, fix });
        return null;
    }
    /** A model config (Sequential or Functional) and its class, as TensorFlow.js reads it. */
    model(className, config, label) {
        // Keras 2.0 and 2.1 wrote a Sequential's config as the list of its layers: not Keras 3, nothing to do.
        if (Array.isArray(config))
            return { layers: config };
        if (!(0,model_json/* isObject */.Gv)(config)) {
            this.refuse(`${label} has no config`, 'give the file model.to_json() wrote, unchanged');
            return {};
        }
        if (config['trainable'] === false)
            this.refuse(`${label} is not trainable (trainable=False)`, 'give the model tf-repro should train');
        const layers = Array.isArray(config['layers']) ? config['layers'] : [];
        const functional = className !== 'Sequential';
        // The models among a Functional's layers, whose calls are numbered differently (see shifted).
        const nested = new Set(layers.flatMap((layer) => (0,model_json/* isObject */.Gv)(layer) && KERAS_MODEL_CLASSES.includes((0,model_json/* asText */.e1)(layer['class_name']))
            ? [(0,model_json/* asText */.e1)(layer['name'] ?? ((0,model_json/* isObject */.Gv)(layer['config']) ? layer['config']['name'] : ''))]
            : []));
        const translated = layers.flatMap((layer) => {
            const one = (0,model_json/* isObject */.Gv)(layer)
                ? this.layer(layer, functional ? nested : null)
                : this.refuse(`${label} has a layer that is not an object`, 'give the file unchanged');
            return one === null ? [] : [one];
        });
        const out = { layers: translated };
        if (typeof config['name'] === 'string')
            out['name'] = config['name'];
        if (functional) {
            for (const key of ['input_layers', 'output_layers']) {
                const value = this.endpoints(config[key], key, label, nested);
                if (value !== null)
                    out[key] = value;
            }
        }
        else {
            const first = translated[0];
            const shape = config['build_input_shape'];
            // Built without an Input, a Sequential tells its input shape only here.
            if ((0,model_json/* isObject */.Gv)(first) &&
                first['class_name'] !== 'InputLayer' &&
                Array.isArray(shape) &&
                (0,model_json/* isObject */.Gv)(first['config']) &&
                !('batch_input_shape' in first['config']))
                first['config']['batch_input_shape'] = shape;
            if ((0,model_json/* isObject */.Gv)(first) && (0,model_json/* isObject */.Gv)(first['config']) && !('batch_input_shape' in first['config']))
                this.refuse(`${label} has no input shape (a Sequential never built)`, `start it with keras.Input(shape), or build it before saving it, ${COMMAND}`);
        }
        return out;
    }
    /** input_layers or output_layers: Keras 3 writes one endpoint as [name, node, tensor], TensorFlow.js reads a list of them. */
    endpoints(value, key, label, nested) {
        const list = Array.isArray(value) && typeof value[0] === 'string' ? [value] : value;
        if (Array.isArray(list) && list.every((item) => Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'number'))
            return list.map((item) => shifted(item, nested));
        return this.refuse(`${label} gives its ${key} as ${(0,model_json/* isObject */.Gv)(value) ? 'a dict' : shown(value)}`, `give it one input and one output, each a tensor rather than a dict, ${COMMAND}`);
    }
    /** One layer of a model (with its inbound nodes in a Functional, given the models among its layers), or null where refused. */
    layer(entry, functional) {
        const className = typeof entry['class_name'] === 'string' ? entry['class_name'] : '?';
        const config = (0,model_json/* isObject */.Gv)(entry['config']) ? entry['config'] : {};
        const name = typeof config['name'] === 'string' ? config['name'] : typeof entry['name'] === 'string' ? entry['name'] : '?';
        const label = oneLine(`layer '${name}' (${className})`);
        const out = {};
        if (functional !== null) {
            out['name'] = typeof entry['name'] === 'string' ? entry['name'] : name;
            const nodes = this.inboundNodes(entry['inbound_nodes'], label, functional);
            if (nodes === null)
                return null;
            out['inbound_nodes'] = nodes;
        }
        const own = this.ownClass(entry, className);
        if (own !== null)
            return this.refuse(`${label} is a layer class of your own (${own})`, `write the model as an ES module with createModel, ${COMMAND}`);
        if (KERAS_MODEL_CLASSES.includes(className))
            return { class_name: className, config: this.model(className, entry['config'], label), ...out };
        if (className === 'InputLayer') {
            const input = this.inputLayer(config, label);
            return input === null ? null : { class_name: className, config: input, ...out };
        }
        // Keras 3's Identity layer; TensorFlow.js' Identity is an initializer.
        if (className === 'Identity') {
            const base = this.base(config, label);
            return base === null ? null : { class_name: 'Activation', config: { ...base, activation: 'linear' }, ...out };
        }
        const rule = (0,records/* ownValue */.e)(KERAS3_LAYERS, className);
        if (rule === undefined) {
            const why = className === 'Lambda' ? 'holds Python code, which TensorFlow.js cannot run' : 'has no TensorFlow.js counterpart';
            return this.refuse(`Keras 3 ${label} ${why}`, `use the layers TensorFlow.js has (${TABLE}), ${COMMAND}`);
        }
        const translated = this.arguments(config, rule, className, label);
        if (translated === null)
            return null;
        if (className === 'Bidirectional' && !this.mirrored(config, label))
            return null;
        return { class_name: className, config: translated, ...out };
    }
    /** Where a layer class is the user's own: its registered name or module, else null. */
    ownClass(entry, className) {
        const registered = entry['registered_name'];
        const module = entry['module'];
        if (typeof registered === 'string' && registered !== className)
            return `registered as '${registered}'`;
        if (typeof module === 'string' && module !== 'keras' && !module.startsWith('keras.'))
            return `from module '${module}'`;
        return null;
    }
    /** name, trainable and dtype, which every layer has. */
    base(config, label, dtypes = ['float32']) {
        const out = {};
        if (typeof config['name'] === 'string')
            out['name'] = config['name'];
        if (typeof config['trainable'] === 'boolean')
            out['trainable'] = config['trainable'];
        if (config['dtype'] !== undefined && config['dtype'] !== null) {
            const dtype = this.dtype(config['dtype'], label, dtypes);
            if (dtype === null)
                return null;
            out['dtype'] = dtype;
        }
        if (Array.isArray(config['batch_input_shape']))
            out['batch_input_shape'] = config['batch_input_shape'];
        return out;
    }
    /** A dtype or DTypePolicy as the plain name TensorFlow.js takes. */
    dtype(value, label, dtypes) {
        let name = value;
        if ((0,model_json/* isObject */.Gv)(value)) {
            const policy = value['class_name'];
            if (policy !== 'DTypePolicy' && policy !== 'FloatDTypePolicy')
                return this.refuse(`${label} has the dtype policy ${shown(policy)}`, `build it with the float32 policy, ${COMMAND}`);
            name = (0,model_json/* isObject */.Gv)(value['config']) ? value['config']['name'] : undefined;
        }
        if (typeof name === 'string' && dtypes.includes(name))
            return name;
        return this.refuse(`${label} computes in ${shown(name)}, and TensorFlow.js trains in float32`, `build it with the float32 dtype policy, ${COMMAND}`);
    }
    inputLayer(config, label) {
        const base = this.base(config, label, INPUT_DTYPES);
        if (base === null)
            return null;
        const shape = config['batch_shape'] ?? config['batch_input_shape'];
        if (!Array.isArray(shape))
            return this.refuse(`${label} has no batch_shape`, 'give the file model.to_json() wrote, unchanged');
        for (const key of ['sparse', 'ragged', 'optional']) {
            if (config[key] === true)
                return this.refuse(`${label} is ${key}`, `give the model a dense input, ${COMMAND}`);
        }
        return { ...base, batch_input_shape: shape };
    }
    /** A layer's arguments under `rule`. */
    arguments(config, rule, className, label) {
        const out = this.base(config, label);
        if (out === null)
            return null;
        let refused = false;
        for (const [key, value] of Object.entries(config)) {
            if (['name', 'trainable', 'dtype', 'batch_input_shape'].includes(key) || rule.ignored?.includes(key))
                continue;
            if (key === 'zero_output_for_mask' && !this.masked)
                continue;
            const target = (0,records/* ownValue */.e)(rule.renamed, key) ?? (rule.keep.includes(key) ? key : null);
            if (target !== null) {
                const translated = this.value(key, value, label);
                if (translated === undefined)
                    refused = true;
                else
                    out[target] = translated;
                continue;
            }
            const off = (0,records/* ownValue */.e)(rule.off, key);
            if (off !== undefined && isOff(off, value))
                continue;
            refused = true;
            if (off !== undefined) {
                this.refuse(`${label} sets ${key}=${shown(value)}, which TensorFlow.js' ${className} does not support`, `${(0,records/* ownValue */.e)(rule.fixes, key) ?? `leave ${key} at ${typeof off === 'function' ? 'its default' : shown(off)}`}, ${COMMAND}`);
            }
            else {
                this.refuse(`${label} sets ${key}=${shown(value)}, an argument TensorFlow.js' ${className} does not take`, `remove it, ${COMMAND}`);
            }
        }
        return refused ? null : out;
    }
    /** An argument's value: initializers, regularizers, constraints, activations and wrapped layers translated; undefined where refused. */
    value(key, value, label) {
        if (value === null)
            return null;
        const refusedAs = (result) => (result === null ? undefined : result);
        if (key.endsWith('_initializer'))
            return refusedAs(this.initializer(value, `${label}'s ${key}`));
        if (key.endsWith('_regularizer'))
            return refusedAs(this.regularizer(value, `${label}'s ${key}`));
        if (key.endsWith('_constraint'))
            return refusedAs(this.constraint(value, `${label}'s ${key}`));
        if (key === 'activation' || key === 'recurrent_activation')
            return refusedAs(this.activation(value, `${label}'s ${key}`));
        if (key === 'layer')
            return refusedAs((0,model_json/* isObject */.Gv)(value) ? this.layer(value, null) : this.refuse(`${label} wraps no layer`, 'give the file unchanged'));
        return value;
    }
    /** A serialized object's class and config, or null where it is not one. */
    serialized(value, what) {
        if (typeof value === 'string')
            return { className: value, config: {} };
        if (!(0,model_json/* isObject */.Gv)(value) || typeof value['class_name'] !== 'string')
            return this.refuse(`${what} is ${shown(value)}`, 'give the file unchanged');
        const own = this.ownClass(value, value['class_name']);
        if (own !== null)
            return this.refuse(`${what} is a class of your own (${own})`, `use one TensorFlow.js has, ${COMMAND}`);
        return { className: value['class_name'], config: (0,model_json/* isObject */.Gv)(value['config']) ? value['config'] : {} };
    }
    initializer(value, what) {
        const object = this.serialized(value, what);
        if (object === null)
            return null;
        const rule = (0,records/* ownValue */.e)(KERAS3_INITIALIZERS, object.className);
        if (rule === undefined)
            return this.refuse(`${what} ${object.className} has no TensorFlow.js counterpart`, `use one it has (${TABLE}), ${COMMAND}`);
        const config = {};
        for (const [key, item] of Object.entries(object.config)) {
            const off = (0,records/* ownValue */.e)(rule.off, key);
            if (rule.keep.includes(key))
                config[key] = item;
            else if (!(off !== undefined && isOff(off, item)))
                return this.refuse(`${what} ${object.className} sets ${key}=${shown(item)}, which TensorFlow.js does not take`, `remove it, ${COMMAND}`);
        }
        if (object.className === 'VarianceScaling' && config['distribution'] !== undefined) {
            const distribution = (0,records/* ownValue */.e)(DISTRIBUTIONS, (0,model_json/* asText */.e1)(config['distribution']));
            if (distribution === undefined)
                return this.refuse(`${what} VarianceScaling draws from a ${shown(config['distribution'])} distribution, which TensorFlow.js does not have`, `use truncated_normal or uniform, ${COMMAND}`);
            config['distribution'] = distribution;
        }
        if (object.className === 'Constant' && typeof config['value'] !== 'number')
            return this.refuse(`${what} Constant has the value ${shown(config['value'])}`, `give it one number, ${COMMAND}`);
        return { class_name: rule.as ?? object.className, config };
    }
    regularizer(value, what) {
        const object = this.serialized(value, what);
        if (object === null)
            return null;
        const l1 = object.config['l1'];
        const l2 = object.config['l2'];
        const factor = (x) => x === undefined || typeof x === 'number';
        // TensorFlow.js registers L1L2 only: L1 and L2 are L1L2 with the other factor 0.
        if (['L1', 'L2', 'L1L2'].includes(object.className) && factor(l1) && factor(l2))
            return { class_name: 'L1L2', config: { l1: l1 ?? 0, l2: l2 ?? 0 } };
        return this.refuse(`${what} ${object.className} has no TensorFlow.js counterpart`, `use L1, L2 or L1L2, ${COMMAND}`);
    }
    constraint(value, what) {
        const object = this.serialized(value, what);
        if (object === null)
            return null;
        const keys = (0,records/* ownValue */.e)(CONSTRAINTS, object.className);
        if (keys === undefined)
            return this.refuse(`${what} ${object.className} has no TensorFlow.js counterpart`, `use MaxNorm, MinMaxNorm, NonNeg or UnitNorm, ${COMMAND}`);
        const config = {};
        for (const key of keys)
            if (key in object.config)
                config[key] = object.config[key];
        return { class_name: object.className, config };
    }
    activation(value, what) {
        // Keras 3 writes a built-in activation by name; serialized whole it is {class_name: 'function', config: name}.
        const name = (0,model_json/* isObject */.Gv)(value) && value['class_name'] === 'function' && typeof value['config'] === 'string' ? value['config'] : value;
        const activation = typeof name === 'string' ? (0,records/* ownValue */.e)(ACTIVATIONS, name) : undefined;
        if (activation !== undefined)
            return activation;
        if (name === 'hard_sigmoid')
            return this.refuse(`${what} is hard_sigmoid, which is relu6(x + 3) / 6 in Keras 3 but 0.2x + 0.5 in TensorFlow.js`, `use sigmoid, ${COMMAND}`);
        return this.refuse(`${what} ${shown(name)} has no TensorFlow.js counterpart`, `use one of ${Object.keys(ACTIVATIONS).join(', ')}, ${COMMAND}`);
    }
    /**
     * Keras 3 writes a Bidirectional's backward layer always; TensorFlow.js builds it as the forward
     * layer run backwards, so it must be just that.
     */
    mirrored(config, label) {
        const backward = config['backward_layer'];
        const forward = config['layer'];
        if (backward === undefined || backward === null)
            return true;
        const strip = (layer) => {
            if (!(0,model_json/* isObject */.Gv)(layer) || !(0,model_json/* isObject */.Gv)(layer['config']))
                return layer ?? null;
            const rest = { ...layer['config'] };
            delete rest['name'];
            delete rest['go_backwards'];
            return withoutWrappers({ class_name: layer['class_name'] ?? null, config: rest });
        };
        if (sameJson(strip(forward), strip(backward)))
            return true;
        this.refuse(`${label} has a backward_layer of its own`, `let Bidirectional build the backward layer from 'layer', ${COMMAND}`);
        return false;
    }
    /** Keras 3's inbound nodes ({args, kwargs} with keras tensors) as Keras 2's lists of [layer, node, tensor, kwargs]. */
    inboundNodes(value, label, nested) {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value))
            return this.refuse(`${label} has inbound_nodes ${shown(value)}`, 'give the file model.to_json() wrote, unchanged');
        const nodes = [];
        for (const node of value) {
            if (Array.isArray(node)) {
                nodes.push(node);
                continue;
            }
            const args = (0,model_json/* isObject */.Gv)(node) && Array.isArray(node['args']) ? node['args'] : null;
            if (!(0,model_json/* isObject */.Gv)(node) || args === null)
                return this.refuse(`${label} has an inbound node ${shown(node)}`, 'give the file model.to_json() wrote, unchanged');
            const [inputs, ...rest] = args;
            const tensors = isKerasTensor(inputs ?? null) ? [inputs] : Array.isArray(inputs) && inputs.every(isKerasTensor) ? inputs : null;
            if (tensors === null || tensors.length === 0 || rest.some((arg) => arg !== null))
                return this.refuse(`${label} is called on ${shown(args)}, not on one tensor or a list of tensors`, `call it on its inputs alone, ${COMMAND}`);
            const kwargs = (0,model_json/* isObject */.Gv)(node['kwargs']) ? node['kwargs'] : {};
            for (const [key, argument] of Object.entries(kwargs)) {
                // training=False is what Keras records for a symbolic call; tf-repro's loop sets training itself.
                if (argument === null || (key === 'training' && argument === false))
                    continue;
                return this.refuse(`${label} is called with ${key}=${shown(argument)}, which tf-repro cannot pass to TensorFlow.js`, `remove it, ${COMMAND}`);
            }
            const entries = [];
            for (const tensor of tensors) {
                const history = (0,model_json/* isObject */.Gv)(tensor['config']) ? tensor['config']['keras_history'] : null;
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
function translateKeras3(topology, source) {
    const masked = [...objects(topology)].some((object) => object['class_name'] === 'Masking' || ((0,model_json/* isObject */.Gv)(object['config']) && object['config']['mask_zero'] === true));
    const translator = new Translator(masked);
    const className = (0,model_json/* asText */.e1)(topology['class_name']);
    const name = (0,model_json/* isObject */.Gv)(topology['config']) ? (0,model_json/* asText */.e1)(topology['config']['name'] ?? '') : '';
    const config = translator.model(className, topology['config'], oneLine(`the model '${name}'`));
    const [first, ...more] = translator.refusals;
    if (first !== undefined) {
        const also = more.length === 0 ? '' : ` (also: ${more.map((refusal) => refusal.what).join('; ')})`;
        return (0,parsed/* fail */.f)(`${source}: ${first.what}; ${first.fix}${also}`);
    }
    const out = { class_name: className, config };
    for (const key of Object.keys(topology)) {
        if (!WRAPPER_KEYS.includes(key) && !(key in out) && key !== 'training_config')
            out[key] = topology[key];
    }
    return (0,parsed.ok)(out);
}
//# sourceMappingURL=keras3-config.js.map
;// CONCATENATED MODULE: ./build/src/model/model-config.js





/** The class name our per-step seeded dropout is registered under (seeded-dropout.ts). */
const SEEDED_DROPOUT_CLASS = 'TfReproSeededDropout';
const MODEL_CLASSES = KERAS_MODEL_CLASSES;
/**
 * Tells the formats apart, unwraps the topology and translates Keras 3's. `kerasVersion`: the
 * version the file's surroundings give (a .keras archive's metadata.json) where the JSON has none.
 */
function readModelJson(value, source, kerasVersion = null) {
    const json = value;
    if (!(0,model_json/* isObject */.Gv)(json))
        return (0,parsed/* fail */.f)(`${source}: expected a JSON object (a Keras model.to_json() or a TensorFlow.js model.json), found ${Array.isArray(json) ? 'a list' : typeof json}`);
    if ((0,model_json/* nestsDeeperThan */.ix)(json, model_json/* MAX_JSON_DEPTH */.KX)) {
        return (0,parsed/* fail */.f)(`${source}: its JSON nests lists and objects more than ${model_json/* MAX_JSON_DEPTH */.KX} levels deep, deeper than any model's config; give the file that Keras or TensorFlow.js saved, unedited`);
    }
    if (json['format'] === 'graph-model') {
        return (0,parsed/* fail */.f)(`${source}: a TensorFlow.js graph model (converted from a SavedModel) has no layers to train; convert the Keras model with --output_format=tfjs_layers_model, or give its model.to_json()`);
    }
    let kind;
    let topology;
    let trainingConfig;
    if ('modelTopology' in json) {
        kind = 'tfjs';
        topology = json['modelTopology'];
        trainingConfig = json['trainingConfig'] ?? json['training_config'];
    }
    else if ('class_name' in json && 'config' in json) {
        kind = 'keras';
        topology = json;
        trainingConfig = json['training_config'] ?? json['compile_config'];
    }
    else if ('model_config' in json) {
        kind = 'keras';
        topology = json;
    }
    else {
        return (0,parsed/* fail */.f)(`${source}: neither a Keras model JSON (with "class_name" and "config", as model.to_json() writes) nor a TensorFlow.js model.json (with "modelTopology")`);
    }
    if (!(0,model_json/* isObject */.Gv)(topology))
        return (0,parsed/* fail */.f)(`${source}: "modelTopology" is ${topology === null || topology === undefined ? 'empty' : 'not an object'}; the model.json has no model to train`);
    if ((0,model_json/* isObject */.Gv)(topology['model_config'])) {
        trainingConfig ??= topology['training_config'];
        topology = { ...topology['model_config'], keras_version: topology['keras_version'] ?? null, backend: topology['backend'] ?? null };
    }
    trainingConfig ??= topology['training_config'] ?? topology['compile_config'];
    const version = typeof topology['keras_version'] === 'string'
        ? topology['keras_version']
        : typeof json['keras_version'] === 'string'
            ? json['keras_version']
            : kerasVersion;
    const className = topology['class_name'];
    if (typeof className !== 'string' || !MODEL_CLASSES.includes(className)) {
        return (0,parsed/* fail */.f)(`${source}: the model's class_name is ${JSON.stringify(className ?? null)}; expected one of ${MODEL_CLASSES.join(', ')} (a subclassed model has no JSON to read)`);
    }
    const keras3 = keras3Sign(topology, version);
    if (keras3 !== null) {
        const translated = translateKeras3(topology, source);
        if (!translated.ok)
            return translated;
        topology = translated.value;
    }
    return (0,parsed.ok)({ kind, topology, trainingConfig: (0,model_json/* isObject */.Gv)(trainingConfig) ? trainingConfig : null, kerasVersion: version, keras3 });
}
/**
 * A copy of `topology` where every initializer whose config has `seed: null` gets a seed, and
 * every Dropout whose seed is null becomes our per-step seeded dropout (tfjs's Dropout with a fixed
 * seed would draw the same mask on every step) with the same name and rate. Each seed comes from
 * `base`, the layer's position and the field, so it is the same in every run and fold; a kind
 * given in `draws` is drawn from there instead.
 */
function supplySeeds(topology, base, draws = {}) {
    const copy = structuredClone(topology);
    const seeds = [];
    const warnings = [];
    const walkLayer = (layer, position) => {
        const config = layer['config'];
        if (!(0,model_json/* isObject */.Gv)(config))
            return;
        const name = typeof config['name'] === 'string' ? config['name'] : typeof layer['name'] === 'string' ? layer['name'] : position;
        if (MODEL_CLASSES.includes((0,model_json/* asText */.e1)(layer['class_name']))) {
            walkLayers(config, `${position}/`);
            return;
        }
        for (const [field, value] of Object.entries(config)) {
            if (field.endsWith('_initializer') && (0,model_json/* isObject */.Gv)(value) && (0,model_json/* isObject */.Gv)(value['config']) && 'seed' in value['config'] && value['config']['seed'] === null) {
                const seed = draws.initializer?.() ?? (0,seeding/* deriveSeed */.B7)(base, 'user-model', position, field);
                value['config']['seed'] = seed;
                seeds.push({ layer: name, position, field, seed });
            }
        }
        for (const key of ['layer', 'forward_layer', 'backward_layer']) {
            if ((0,model_json/* isObject */.Gv)(config[key]))
                walkLayer(config[key], `${position}/${key}`);
        }
        if (layer['class_name'] === 'Dropout' && (config['seed'] === null || config['seed'] === undefined)) {
            const noiseShape = config['noise_shape'];
            if (noiseShape !== null && noiseShape !== undefined) {
                warnings.push(`Dropout layer '${name}' has a noise_shape, so it was kept as it is: its masks are drawn from the seeded Math.random of each fold`);
                return;
            }
            const seed = draws.dropout?.() ?? (0,seeding/* deriveSeed */.B7)(base, 'user-model', position, 'seed');
            layer['class_name'] = SEEDED_DROPOUT_CLASS;
            delete layer['module'];
            delete layer['registered_name'];
            layer['config'] = { name, rate: config['rate'] ?? 0, seed, trainable: config['trainable'] ?? true };
            seeds.push({ layer: name, position, field: 'seed', seed });
        }
    };
    const walkLayers = (modelConfig, prefix) => {
        // Keras 2.0 and 2.1 wrote a Sequential's config as the list of layers itself.
        const layers = Array.isArray(modelConfig) ? modelConfig : (0,model_json/* isObject */.Gv)(modelConfig) ? modelConfig['layers'] : null;
        if (!Array.isArray(layers))
            return;
        layers.forEach((layer, index) => {
            if ((0,model_json/* isObject */.Gv)(layer))
                walkLayer(layer, `${prefix}${index}`);
        });
    };
    walkLayers(copy['config'] ?? null, '');
    return { topology: copy, seeds, warnings };
}
/** Keras' defaults per optimizer (learning rates differ). */
const OPTIMIZER_DEFAULTS = {
    adam: { name: 'adam', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, momentum: 0, nesterov: false, rho: 0.9, initialAccumulatorValue: 0.1 },
    sgd: { name: 'sgd', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, momentum: 0, nesterov: false, rho: 0.9, initialAccumulatorValue: 0.1 },
    rmsprop: {
        name: 'rmsprop',
        learningRate: 0.001,
        beta1: 0.9,
        beta2: 0.999,
        epsilon: 1e-7,
        momentum: 0,
        nesterov: false,
        rho: 0.9,
        initialAccumulatorValue: 0.1,
    },
    adagrad: {
        name: 'adagrad',
        learningRate: 0.001,
        beta1: 0.9,
        beta2: 0.999,
        epsilon: 1e-7,
        momentum: 0,
        nesterov: false,
        rho: 0.9,
        initialAccumulatorValue: 0.1,
    },
    adadelta: {
        name: 'adadelta',
        learningRate: 0.001,
        beta1: 0.9,
        beta2: 0.999,
        epsilon: 1e-7,
        momentum: 0,
        nesterov: false,
        rho: 0.95,
        initialAccumulatorValue: 0.1,
    },
    adamax: {
        name: 'adamax',
        learningRate: 0.001,
        beta1: 0.9,
        beta2: 0.999,
        epsilon: 1e-7,
        momentum: 0,
        nesterov: false,
        rho: 0.9,
        initialAccumulatorValue: 0.1,
    },
};
/** The default workload's: Adam, sparse categorical cross-entropy, accuracy. */
const DEFAULT_TRAINING = {
    optimizer: OPTIMIZER_DEFAULTS.adam,
    loss: 'sparseCategoricalCrossentropy',
    metrics: [{ id: 'accuracy', name: 'accuracy' }],
    origin: 'the defaults (adam, sparse_categorical_crossentropy, accuracy)',
};
const snake = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
/** Keras loss names (and aliases) → tfjs's. */
const LOSSES = {
    sparse_categorical_crossentropy: 'sparseCategoricalCrossentropy',
    categorical_crossentropy: 'categoricalCrossentropy',
    binary_crossentropy: 'binaryCrossentropy',
    mean_squared_error: 'meanSquaredError',
    mse: 'meanSquaredError',
    mean_absolute_error: 'meanAbsoluteError',
    mae: 'meanAbsoluteError',
    mean_absolute_percentage_error: 'meanAbsolutePercentageError',
    mape: 'meanAbsolutePercentageError',
    mean_squared_logarithmic_error: 'meanSquaredLogarithmicError',
    msle: 'meanSquaredLogarithmicError',
    hinge: 'hinge',
    squared_hinge: 'squaredHinge',
    categorical_hinge: 'categoricalHinge',
    logcosh: 'logcosh',
    log_cosh: 'logcosh',
    kullback_leibler_divergence: 'kullbackLeiblerDivergence',
    kl_divergence: 'kullbackLeiblerDivergence',
    kld: 'kullbackLeiblerDivergence',
    poisson: 'poisson',
    cosine_proximity: 'cosineProximity',
};
/** Keras metric names → tfjs's. */
const METRICS = {
    accuracy: 'accuracy',
    acc: 'accuracy',
    sparse_categorical_accuracy: 'sparseCategoricalAccuracy',
    categorical_accuracy: 'categoricalAccuracy',
    binary_accuracy: 'binaryAccuracy',
    precision: 'precision',
    recall: 'recall',
    mean_squared_error: 'meanSquaredError',
    mse: 'meanSquaredError',
    mean_absolute_error: 'meanAbsoluteError',
    mae: 'meanAbsoluteError',
    mean_absolute_percentage_error: 'meanAbsolutePercentageError',
    mape: 'meanAbsolutePercentageError',
    categorical_crossentropy: 'categoricalCrossentropy',
    sparse_categorical_crossentropy: 'sparseCategoricalCrossentropy',
    binary_crossentropy: 'binaryCrossentropy',
    cosine_proximity: 'cosineProximity',
};
/** A loss or metric entry: "name", or {class_name, config: {name, from_logits}}, or one output's of a list or dict. */
function entryName(value, what, source) {
    if (typeof value === 'string')
        return (0,parsed.ok)(value);
    if (Array.isArray(value) && value.length === 1)
        return entryName(value[0], what, source);
    if ((0,model_json/* isObject */.Gv)(value) && typeof value['class_name'] === 'string') {
        const config = (0,model_json/* isObject */.Gv)(value['config']) ? value['config'] : {};
        if (config['from_logits'] === true)
            return (0,parsed/* fail */.f)(`${source}: the ${what} has from_logits: true, which TensorFlow.js's losses do not take; end the model with a softmax (or sigmoid) and drop from_logits`);
        return (0,parsed.ok)(typeof config['name'] === 'string' ? config['name'] : snake(value['class_name']));
    }
    if ((0,model_json/* isObject */.Gv)(value) && Object.keys(value).length === 1)
        return entryName(Object.values(value)[0], what, source);
    return (0,parsed/* fail */.f)(`${source}: cannot read the ${what} ${JSON.stringify(value)}; tf-repro trains models with one output and one loss`);
}
const number = (config, ...keys) => {
    for (const key of keys)
        if (typeof config[key] === 'number')
            return config[key];
    return undefined;
};
function optimizerOf(value, source) {
    if (value === undefined || value === null)
        return (0,parsed.ok)(OPTIMIZER_DEFAULTS.adam);
    const className = typeof value === 'string' ? value : (0,model_json/* isObject */.Gv)(value) && typeof value['class_name'] === 'string' ? value['class_name'] : null;
    if (className === null)
        return (0,parsed/* fail */.f)(`${source}: cannot read the optimizer ${JSON.stringify(value)}`);
    const key = className.replace(/^Custom>/, '').toLowerCase();
    const name = (key === 'momentum' ? 'sgd' : key);
    const defaults = (0,records/* ownValue */.e)(OPTIMIZER_DEFAULTS, name);
    if (!defaults)
        return (0,parsed/* fail */.f)(`${source}: optimizer '${className}' is not one tf-repro can train with; use one of Adam, SGD, RMSprop, Adagrad, Adadelta, Adamax`);
    const config = (0,model_json/* isObject */.Gv)(value) && (0,model_json/* isObject */.Gv)(value['config']) ? value['config'] : {};
    const rate = config['learning_rate'] ?? config['learningRate'] ?? config['lr'];
    if (rate !== undefined && typeof rate !== 'number')
        return (0,parsed/* fail */.f)(`${source}: the optimizer's learning rate is a schedule (${JSON.stringify(rate).slice(0, 80)}); tf-repro takes a constant learning rate`);
    // Keras 3's use_ema, gradient_accumulation_steps, loss_scale_factor and RMSprop's centered among them.
    for (const unsupported of [
        'clipnorm',
        'clipvalue',
        'global_clipnorm',
        'weight_decay',
        'use_ema',
        'gradient_accumulation_steps',
        'loss_scale_factor',
        'centered',
    ]) {
        const v = config[unsupported];
        if (v !== undefined && v !== null && v !== 0 && v !== false)
            return (0,parsed/* fail */.f)(`${source}: the optimizer sets ${unsupported} ${JSON.stringify(v)}, which TensorFlow.js's optimizers do not support; remove it`);
    }
    if (config['amsgrad'] === true)
        return (0,parsed/* fail */.f)(`${source}: Adam with amsgrad is not supported by TensorFlow.js; remove amsgrad`);
    if (typeof config['decay'] === 'number' && config['decay'] !== 0)
        return (0,parsed/* fail */.f)(`${source}: the optimizer's decay ${config['decay']} is not supported; use a constant learning rate`);
    return (0,parsed.ok)({
        name,
        learningRate: rate ?? defaults.learningRate,
        beta1: number(config, 'beta_1', 'beta1') ?? defaults.beta1,
        beta2: number(config, 'beta_2', 'beta2') ?? defaults.beta2,
        epsilon: number(config, 'epsilon') ?? defaults.epsilon,
        momentum: number(config, 'momentum') ?? defaults.momentum,
        nesterov: config['nesterov'] === true || config['useNesterov'] === true,
        rho: number(config, 'rho', 'decay_rate') ?? defaults.rho,
        initialAccumulatorValue: number(config, 'initial_accumulator_value', 'initialAccumulatorValue') ?? defaults.initialAccumulatorValue,
    });
}
/**
 * The file's training config (Keras' training_config, a tfjs model.json's trainingConfig): its
 * optimizer, loss and metrics, each checked against what TensorFlow.js can train with. null: the defaults.
 */
function readTrainingConfig(raw, source) {
    if (raw === null)
        return (0,parsed.ok)(DEFAULT_TRAINING);
    for (const key of ['loss_weights', 'weighted_metrics', 'sample_weight_mode']) {
        const value = raw[key];
        if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
            return (0,parsed/* fail */.f)(`${source}: the training config sets ${key}, which tf-repro does not support; remove it`);
        }
    }
    const optimizer = optimizerOf(raw['optimizer_config'] ?? raw['optimizer'], source);
    if (!optimizer.ok)
        return optimizer;
    let loss = DEFAULT_TRAINING.loss;
    if (raw['loss'] !== undefined && raw['loss'] !== null) {
        const lossName = entryName(raw['loss'], 'loss', source);
        if (!lossName.ok)
            return lossName;
        const id = LOSSES[snake(lossName.value)];
        if (!id)
            return (0,parsed/* fail */.f)(`${source}: loss '${lossName.value}' is not one tf-repro can train with; use one of ${Object.keys(LOSSES).join(', ')}`);
        loss = id;
    }
    const metrics = [];
    const rawMetrics = raw['metrics'];
    const list = rawMetrics === undefined || rawMetrics === null
        ? []
        : Array.isArray(rawMetrics)
            ? rawMetrics.flat()
            : (0,model_json/* isObject */.Gv)(rawMetrics)
                ? Object.values(rawMetrics).flat()
                : [rawMetrics];
    for (const entry of list) {
        const name = entryName(entry, 'metric', source);
        if (!name.ok)
            return name;
        const id = METRICS[snake(name.value)];
        if (!id)
            return (0,parsed/* fail */.f)(`${source}: metric '${name.value}' is not one tf-repro can compute; use ${Object.keys(METRICS).join(', ')}`);
        metrics.push({ id, name: name.value });
    }
    return (0,parsed.ok)({ optimizer: optimizer.value, loss, metrics, origin: "the file's training config" });
}
const shapeText = (shape) => `[${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')}]`;
/** The per-example shapes a model's input may take for this data; the first is the data's own. */
function acceptedInputShapes(data) {
    const candidates = [data.exampleShape ?? [data.rows, data.cols], [data.rows, data.cols], [data.rows, data.cols, 1], [data.rows * data.cols]];
    const seen = new Set();
    return candidates.filter((shape) => {
        const key = shape.join('x');
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Checks that a model with input shape `input` (batch dimension first) and last layer of `units`
 * values fits the data: the input must be one of acceptedInputShapes, and the labels must fit the
 * outputs (max label + 1 <= units, or 0/1 labels for a single output).
 */
function checkModelFit(input, units, loss, data, source) {
    const perExample = input.slice(1);
    const accepted = acceptedInputShapes(data);
    const dataText = data.exampleShape ? `examples of shape ${shapeText(data.exampleShape)}` : `${data.rows}×${data.cols} images`;
    if (!accepted.some((shape) => shape.length === perExample.length && shape.every((d, k) => d === perExample[k]))) {
        return (0,parsed/* fail */.f)(`${source}: the model's input shape ${shapeText(perExample)} does not fit the dataset's ${dataText}; ` +
            `give the model an input of ${accepted
                .map(shapeText)
                .join(', ')
                .replace(/, ([^,]*)$/, ' or $1')}`);
    }
    if (units === null || units < 1)
        return (0,parsed/* fail */.f)(`${source}: the model's output has no fixed size (${units}); end it with a Dense layer`);
    const classes = data.maxLabel + 1;
    if (units === 1) {
        if (data.maxLabel > 1) {
            return (0,parsed/* fail */.f)(`${source}: the model's last layer gives 1 value (a binary classifier) but the dataset has labels 0..${data.maxLabel} (${classes} classes); give the last layer ${classes} units`);
        }
        return (0,parsed.ok)({ inputShape: perExample, labels: 'sparse', units });
    }
    if (classes > units) {
        return (0,parsed/* fail */.f)(`${source}: the dataset has labels 0..${data.maxLabel} (${classes} classes) but the model's last layer gives ${units} values; give the last layer ${classes} units`);
    }
    return (0,parsed.ok)({ inputShape: perExample, labels: loss === 'sparseCategoricalCrossentropy' ? 'sparse' : 'one-hot', units });
}
//# sourceMappingURL=model-config.js.map

/***/ }),

/***/ 1449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ SeededDropout)
/* harmony export */ });
/* harmony import */ var _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3484);
/* harmony import */ var _tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9762);
/* harmony import */ var _determinism_seeding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1468);
/* harmony import */ var _model_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7808);
// The dropout layer of deterministic runs, registered so that a model config can name it
// (model-config.ts puts it in place of a user's unseeded Dropout).




/**
 * Dropout whose mask changes from step to step yet repeats from run to run: each call draws
 * its mask with the next seed of its own seeded stream. (tfjs's Dropout with a fixed seed draws
 * the same mask on every call; without one it draws from Math.random.)
 */
class SeededDropout extends _tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_0__.layers.Layer {
    static className = _model_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SEEDED_DROPOUT_CLASS */ .iV;
    rate;
    nextSeed;
    constructor(args) {
        super({ name: args.name });
        this.rate = args.rate;
        this.nextSeed = (0,_determinism_seeding_js__WEBPACK_IMPORTED_MODULE_1__/* .seededRandom */ .Is)(args.seed);
        this.supportsMasking = true;
    }
    call(inputs, kwargs) {
        const input = Array.isArray(inputs) ? inputs[0] : inputs;
        if (kwargs['training'] !== true || this.rate <= 0)
            return input;
        const seed = Math.floor(this.nextSeed() * 0x7ffffffe) + 1;
        return _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__.dropout(input, this.rate, undefined, seed);
    }
    getConfig() {
        return { ...super.getConfig(), rate: this.rate };
    }
}
_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_3__.serialization.registerClass(SeededDropout);
//# sourceMappingURL=seeded-dropout.js.map

/***/ }),

/***/ 1760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ownValue)
/* harmony export */ });
/**
 * The value under `name`, or undefined where there is none. Own properties only: a name is user
 * text (a metric, a path, a Keras class), and `constructor`, `valueOf` or `__proto__` must not
 * find what every object inherits. An absent table has no values.
 */
function ownValue(record, name) {
    return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}
//# sourceMappingURL=records.js.map

/***/ })

};
