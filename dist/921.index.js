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

/***/ 3201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ DEFAULT_TRAINING),
/* harmony export */   TU: () => (/* binding */ checkModelFit),
/* harmony export */   Ur: () => (/* binding */ supplySeeds),
/* harmony export */   _8: () => (/* binding */ readModelJson),
/* harmony export */   iV: () => (/* binding */ SEEDED_DROPOUT_CLASS),
/* harmony export */   pO: () => (/* binding */ readTrainingConfig)
/* harmony export */ });
/* unused harmony export acceptedInputShapes */
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
/* harmony import */ var _determinism_seeding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1468);
// Pure handling of a user's model file, before TensorFlow.js builds it: which format it is (Keras 2
// `model.to_json()`, a TensorFlow.js model.json, or something we refuse, like Keras 3), the seeds
// tf-repro supplies where a layer's seed is null, the training config (optimizer, loss, metrics),
// and whether the model fits the dataset. Plain JSON in, values or errors out; user-model.ts does
// the building.


/** The class name our per-step seeded dropout is registered under (seeded-dropout.ts). */
const SEEDED_DROPOUT_CLASS = 'TfReproSeededDropout';
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const MODEL_CLASSES = ['Sequential', 'Model', 'Functional'];
/** Every object in a JSON tree, depth first. */
function* objects(value) {
    if (Array.isArray(value))
        for (const item of value)
            yield* objects(item);
    else if (isObject(value)) {
        yield value;
        for (const item of Object.values(value))
            yield* objects(item);
    }
}
/** Why the file is Keras 3's, or null when it is not. */
function keras3Sign(topology, version) {
    const major = version === null ? null : /^(\d+)\./.exec(version);
    if (major && Number(major[1]) >= 3)
        return `keras_version ${version}`;
    for (const object of objects(topology)) {
        if (object['class_name'] === 'DTypePolicy')
            return 'a DTypePolicy dtype';
        const config = object['config'];
        if (object['class_name'] === 'InputLayer' && isObject(config) && 'batch_shape' in config && !('batch_input_shape' in config))
            return "an InputLayer with 'batch_shape'";
    }
    return null;
}
/** Tells the formats apart and unwraps the topology. */
function readModelJson(value, source) {
    const json = value;
    if (!isObject(json))
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: expected a JSON object (a Keras model.to_json() or a TensorFlow.js model.json), found ${Array.isArray(json) ? 'a list' : typeof json}`);
    if (json['format'] === 'graph-model') {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: a TensorFlow.js graph model (converted from a SavedModel) has no layers to train; convert the Keras model with --output_format=tfjs_layers_model, or give its model.to_json()`);
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
        trainingConfig = json['training_config'];
    }
    else if ('model_config' in json) {
        kind = 'keras';
        topology = json;
    }
    else {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: neither a Keras model JSON (with "class_name" and "config", as model.to_json() writes) nor a TensorFlow.js model.json (with "modelTopology")`);
    }
    if (!isObject(topology))
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: "modelTopology" is ${topology === null || topology === undefined ? 'empty' : 'not an object'}; the model.json has no model to train`);
    if (isObject(topology['model_config'])) {
        trainingConfig ??= topology['training_config'];
        topology = { ...topology['model_config'], keras_version: topology['keras_version'] ?? null, backend: topology['backend'] ?? null };
    }
    trainingConfig ??= topology['training_config'];
    const version = typeof topology['keras_version'] === 'string' ? topology['keras_version'] : typeof json['keras_version'] === 'string' ? json['keras_version'] : null;
    const keras3 = keras3Sign(topology, version);
    if (keras3 !== null) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: this is a Keras 3 model file (${keras3}), which TensorFlow.js cannot read; write it with Keras 2 ` +
            `(tf.keras in TensorFlow up to 2.15, or the tf_keras package with TF_USE_LEGACY_KERAS=1), or train it in Python with 'command'`);
    }
    const className = topology['class_name'];
    if (typeof className !== 'string' || !MODEL_CLASSES.includes(className)) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the model's class_name is ${JSON.stringify(className ?? null)}; expected one of ${MODEL_CLASSES.join(', ')} (a subclassed model has no JSON to read)`);
    }
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ kind, topology, trainingConfig: isObject(trainingConfig) ? trainingConfig : null, kerasVersion: version });
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
        if (!isObject(config))
            return;
        const name = typeof config['name'] === 'string' ? config['name'] : typeof layer['name'] === 'string' ? layer['name'] : position;
        if (MODEL_CLASSES.includes(String(layer['class_name']))) {
            walkLayers(config, `${position}/`);
            return;
        }
        for (const [field, value] of Object.entries(config)) {
            if (field.endsWith('_initializer') && isObject(value) && isObject(value['config']) && 'seed' in value['config'] && value['config']['seed'] === null) {
                const seed = draws.initializer?.() ?? (0,_determinism_seeding_js__WEBPACK_IMPORTED_MODULE_1__/* .deriveSeed */ .B7)(base, 'user-model', position, field);
                value['config']['seed'] = seed;
                seeds.push({ layer: name, position, field, seed });
            }
        }
        for (const key of ['layer', 'forward_layer', 'backward_layer']) {
            if (isObject(config[key]))
                walkLayer(config[key], `${position}/${key}`);
        }
        if (layer['class_name'] === 'Dropout' && (config['seed'] === null || config['seed'] === undefined)) {
            const noiseShape = config['noise_shape'];
            if (noiseShape !== null && noiseShape !== undefined) {
                warnings.push(`Dropout layer '${name}' has a noise_shape, so it was kept as it is: its masks are drawn from the seeded Math.random of each fold`);
                return;
            }
            const seed = draws.dropout?.() ?? (0,_determinism_seeding_js__WEBPACK_IMPORTED_MODULE_1__/* .deriveSeed */ .B7)(base, 'user-model', position, 'seed');
            layer['class_name'] = SEEDED_DROPOUT_CLASS;
            delete layer['module'];
            delete layer['registered_name'];
            layer['config'] = { name, rate: config['rate'] ?? 0, seed, trainable: config['trainable'] ?? true };
            seeds.push({ layer: name, position, field: 'seed', seed });
        }
    };
    const walkLayers = (modelConfig, prefix) => {
        // Keras 2.0 and 2.1 wrote a Sequential's config as the list of layers itself.
        const layers = Array.isArray(modelConfig) ? modelConfig : isObject(modelConfig) ? modelConfig['layers'] : null;
        if (!Array.isArray(layers))
            return;
        layers.forEach((layer, index) => {
            if (isObject(layer))
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
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)(value);
    if (Array.isArray(value) && value.length === 1)
        return entryName(value[0], what, source);
    if (isObject(value) && typeof value['class_name'] === 'string') {
        const config = isObject(value['config']) ? value['config'] : {};
        if (config['from_logits'] === true)
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the ${what} has from_logits: true, which TensorFlow.js's losses do not take; end the model with a softmax (or sigmoid) and drop from_logits`);
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)(typeof config['name'] === 'string' ? config['name'] : snake(value['class_name']));
    }
    if (isObject(value) && Object.keys(value).length === 1)
        return entryName(Object.values(value)[0], what, source);
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: cannot read the ${what} ${JSON.stringify(value)}; tf-repro trains models with one output and one loss`);
}
const number = (config, ...keys) => {
    for (const key of keys)
        if (typeof config[key] === 'number')
            return config[key];
    return undefined;
};
function optimizerOf(value, source) {
    if (value === undefined || value === null)
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)(OPTIMIZER_DEFAULTS.adam);
    const className = typeof value === 'string' ? value : isObject(value) && typeof value['class_name'] === 'string' ? value['class_name'] : null;
    if (className === null)
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: cannot read the optimizer ${JSON.stringify(value)}`);
    const key = className.replace(/^Custom>/, '').toLowerCase();
    const name = (key === 'momentum' ? 'sgd' : key);
    const defaults = OPTIMIZER_DEFAULTS[name];
    if (!defaults)
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: optimizer '${className}' is not one tf-repro can train with; use one of Adam, SGD, RMSprop, Adagrad, Adadelta, Adamax`);
    const config = isObject(value) && isObject(value['config']) ? value['config'] : {};
    const rate = config['learning_rate'] ?? config['learningRate'] ?? config['lr'];
    if (rate !== undefined && typeof rate !== 'number')
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the optimizer's learning rate is a schedule (${JSON.stringify(rate).slice(0, 80)}); tf-repro takes a constant learning rate`);
    for (const unsupported of ['clipnorm', 'clipvalue', 'global_clipnorm', 'weight_decay']) {
        const v = config[unsupported];
        if (v !== undefined && v !== null && v !== 0)
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the optimizer sets ${unsupported} ${JSON.stringify(v)}, which TensorFlow.js's optimizers do not support; remove it`);
    }
    if (config['amsgrad'] === true)
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: Adam with amsgrad is not supported by TensorFlow.js; remove amsgrad`);
    if (typeof config['decay'] === 'number' && config['decay'] !== 0)
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the optimizer's decay ${config['decay']} is not supported; use a constant learning rate`);
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)({
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
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)(DEFAULT_TRAINING);
    for (const key of ['loss_weights', 'weighted_metrics', 'sample_weight_mode']) {
        const value = raw[key];
        if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the training config sets ${key}, which tf-repro does not support; remove it`);
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
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: loss '${lossName.value}' is not one tf-repro can train with; use one of ${Object.keys(LOSSES).join(', ')}`);
        loss = id;
    }
    const metrics = [];
    const rawMetrics = raw['metrics'];
    const list = rawMetrics === undefined || rawMetrics === null
        ? []
        : Array.isArray(rawMetrics)
            ? rawMetrics.flat()
            : isObject(rawMetrics)
                ? Object.values(rawMetrics).flat()
                : [rawMetrics];
    for (const entry of list) {
        const name = entryName(entry, 'metric', source);
        if (!name.ok)
            return name;
        const id = METRICS[snake(name.value)];
        if (!id)
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: metric '${name.value}' is not one tf-repro can compute; use ${Object.keys(METRICS).join(', ')}`);
        metrics.push({ id, name: name.value });
    }
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ optimizer: optimizer.value, loss, metrics, origin: "the file's training config" });
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
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the model's input shape ${shapeText(perExample)} does not fit the dataset's ${dataText}; ` +
            `give the model an input of ${accepted
                .map(shapeText)
                .join(', ')
                .replace(/, ([^,]*)$/, ' or $1')}`);
    }
    if (units === null || units < 1)
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the model's output has no fixed size (${units}); end it with a Dense layer`);
    const classes = data.maxLabel + 1;
    if (units === 1) {
        if (data.maxLabel > 1) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the model's last layer gives 1 value (a binary classifier) but the dataset has labels 0..${data.maxLabel} (${classes} classes); give the last layer ${classes} units`);
        }
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ inputShape: perExample, labels: 'sparse', units });
    }
    if (classes > units) {
        return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${source}: the dataset has labels 0..${data.maxLabel} (${classes} classes) but the model's last layer gives ${units} values; give the last layer ${classes} units`);
    }
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ inputShape: perExample, labels: loss === 'sparseCategoricalCrossentropy' ? 'sparse' : 'one-hot', units });
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
/* harmony import */ var _model_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3201);
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

/***/ })

};
