export const id = 881;
export const ids = [881];
export const modules = {

/***/ 1817:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 1817;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 8881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  asFoldModel: () => (/* binding */ asFoldModel),
  loadUserModel: () => (/* binding */ loadUserModel)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
var tf_core_node_namespaceObject = /*#__PURE__*/__webpack_require__.t(tf_core_node, 2);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-layers/dist/tf-layers.node.js
var tf_layers_node = __webpack_require__(9762);
var tf_layers_node_namespaceObject = /*#__PURE__*/__webpack_require__.t(tf_layers_node, 2);
// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(2018);
// EXTERNAL MODULE: ./build/src/workload/seeding.js
var seeding = __webpack_require__(8752);
;// CONCATENATED MODULE: ./build/src/workload/model-config.js
// Pure handling of a user's model file, before TensorFlow.js builds it: which format it is (Keras 2
// `model.to_json()`, a TensorFlow.js model.json, or something we refuse, like Keras 3), the seeds
// tf-repro supplies where a layer's seed is null, the training config (optimizer, loss, metrics),
// and whether the model fits the dataset. Plain JSON in, values or errors out; user-model.ts does
// the building.


/** The class name our per-step seeded dropout is registered under (model.ts's SeededDropout). */
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
        return (0,contracts/* fail */.fJ)(`${source}: expected a JSON object (a Keras model.to_json() or a TensorFlow.js model.json), found ${Array.isArray(json) ? 'a list' : typeof json}`);
    if (json['format'] === 'graph-model') {
        return (0,contracts/* fail */.fJ)(`${source}: a TensorFlow.js graph model (converted from a SavedModel) has no layers to train; convert the Keras model with --output_format=tfjs_layers_model, or give its model.to_json()`);
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
        return (0,contracts/* fail */.fJ)(`${source}: neither a Keras model JSON (with "class_name" and "config", as model.to_json() writes) nor a TensorFlow.js model.json (with "modelTopology")`);
    }
    if (!isObject(topology))
        return (0,contracts/* fail */.fJ)(`${source}: "modelTopology" is ${topology === null || topology === undefined ? 'empty' : 'not an object'}; the model.json has no model to train`);
    if (isObject(topology['model_config'])) {
        trainingConfig ??= topology['training_config'];
        topology = { ...topology['model_config'], keras_version: topology['keras_version'] ?? null, backend: topology['backend'] ?? null };
    }
    trainingConfig ??= topology['training_config'];
    const version = typeof topology['keras_version'] === 'string' ? topology['keras_version'] : typeof json['keras_version'] === 'string' ? json['keras_version'] : null;
    const keras3 = keras3Sign(topology, version);
    if (keras3 !== null) {
        return (0,contracts/* fail */.fJ)(`${source}: this is a Keras 3 model file (${keras3}), which TensorFlow.js cannot read; write it with Keras 2 ` +
            `(tf.keras in TensorFlow up to 2.15, or the tf_keras package with TF_USE_LEGACY_KERAS=1), or train it in Python with 'command'`);
    }
    const className = topology['class_name'];
    if (typeof className !== 'string' || !MODEL_CLASSES.includes(className)) {
        return (0,contracts/* fail */.fJ)(`${source}: the model's class_name is ${JSON.stringify(className ?? null)}; expected one of ${MODEL_CLASSES.join(', ')} (a subclassed model has no JSON to read)`);
    }
    return (0,contracts.ok)({ kind, topology, trainingConfig: isObject(trainingConfig) ? trainingConfig : null, kerasVersion: version });
}
/**
 * A copy of `topology` where every initializer whose config has `seed: null` gets a seed, and
 * every Dropout whose seed is null becomes our per-step seeded dropout (tfjs's Dropout with a fixed
 * seed would draw the same mask on every step) with the same name and rate. Each seed comes from
 * `base`, the layer's position and the field, so it is the same in every run and fold.
 */
function supplySeeds(topology, base) {
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
                const seed = (0,seeding/* deriveSeed */.B7)(base, 'user-model', position, field);
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
            const seed = (0,seeding/* deriveSeed */.B7)(base, 'user-model', position, 'seed');
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
    rmsprop: { name: 'rmsprop', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, momentum: 0, nesterov: false, rho: 0.9, initialAccumulatorValue: 0.1 },
    adagrad: { name: 'adagrad', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, momentum: 0, nesterov: false, rho: 0.9, initialAccumulatorValue: 0.1 },
    adadelta: { name: 'adadelta', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, momentum: 0, nesterov: false, rho: 0.95, initialAccumulatorValue: 0.1 },
    adamax: { name: 'adamax', learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, momentum: 0, nesterov: false, rho: 0.9, initialAccumulatorValue: 0.1 },
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
        return (0,contracts.ok)(value);
    if (Array.isArray(value) && value.length === 1)
        return entryName(value[0], what, source);
    if (isObject(value) && typeof value['class_name'] === 'string') {
        const config = isObject(value['config']) ? value['config'] : {};
        if (config['from_logits'] === true)
            return (0,contracts/* fail */.fJ)(`${source}: the ${what} has from_logits: true, which TensorFlow.js's losses do not take; end the model with a softmax (or sigmoid) and drop from_logits`);
        return (0,contracts.ok)(typeof config['name'] === 'string' ? config['name'] : snake(value['class_name']));
    }
    if (isObject(value) && Object.keys(value).length === 1)
        return entryName(Object.values(value)[0], what, source);
    return (0,contracts/* fail */.fJ)(`${source}: cannot read the ${what} ${JSON.stringify(value)}; tf-repro trains models with one output and one loss`);
}
const number = (config, ...keys) => {
    for (const key of keys)
        if (typeof config[key] === 'number')
            return config[key];
    return undefined;
};
function optimizerOf(value, source) {
    if (value === undefined || value === null)
        return (0,contracts.ok)(OPTIMIZER_DEFAULTS.adam);
    const className = typeof value === 'string' ? value : isObject(value) && typeof value['class_name'] === 'string' ? value['class_name'] : null;
    if (className === null)
        return (0,contracts/* fail */.fJ)(`${source}: cannot read the optimizer ${JSON.stringify(value)}`);
    const key = className.replace(/^Custom>/, '').toLowerCase();
    const name = (key === 'momentum' ? 'sgd' : key);
    const defaults = OPTIMIZER_DEFAULTS[name];
    if (!defaults)
        return (0,contracts/* fail */.fJ)(`${source}: optimizer '${className}' is not one tf-repro can train with; use one of Adam, SGD, RMSprop, Adagrad, Adadelta, Adamax`);
    const config = isObject(value) && isObject(value['config']) ? value['config'] : {};
    const rate = config['learning_rate'] ?? config['learningRate'] ?? config['lr'];
    if (rate !== undefined && typeof rate !== 'number')
        return (0,contracts/* fail */.fJ)(`${source}: the optimizer's learning rate is a schedule (${JSON.stringify(rate).slice(0, 80)}); tf-repro takes a constant learning rate`);
    for (const unsupported of ['clipnorm', 'clipvalue', 'global_clipnorm', 'weight_decay']) {
        const v = config[unsupported];
        if (v !== undefined && v !== null && v !== 0)
            return (0,contracts/* fail */.fJ)(`${source}: the optimizer sets ${unsupported} ${JSON.stringify(v)}, which TensorFlow.js's optimizers do not support; remove it`);
    }
    if (config['amsgrad'] === true)
        return (0,contracts/* fail */.fJ)(`${source}: Adam with amsgrad is not supported by TensorFlow.js; remove amsgrad`);
    if (typeof config['decay'] === 'number' && config['decay'] !== 0)
        return (0,contracts/* fail */.fJ)(`${source}: the optimizer's decay ${config['decay']} is not supported; use a constant learning rate`);
    return (0,contracts.ok)({
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
        return (0,contracts.ok)(DEFAULT_TRAINING);
    for (const key of ['loss_weights', 'weighted_metrics', 'sample_weight_mode']) {
        const value = raw[key];
        if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
            return (0,contracts/* fail */.fJ)(`${source}: the training config sets ${key}, which tf-repro does not support; remove it`);
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
            return (0,contracts/* fail */.fJ)(`${source}: loss '${lossName.value}' is not one tf-repro can train with; use one of ${Object.keys(LOSSES).join(', ')}`);
        loss = id;
    }
    const metrics = [];
    const rawMetrics = raw['metrics'];
    const list = rawMetrics === undefined || rawMetrics === null ? [] : Array.isArray(rawMetrics) ? rawMetrics.flat() : isObject(rawMetrics) ? Object.values(rawMetrics).flat() : [rawMetrics];
    for (const entry of list) {
        const name = entryName(entry, 'metric', source);
        if (!name.ok)
            return name;
        const id = METRICS[snake(name.value)];
        if (!id)
            return (0,contracts/* fail */.fJ)(`${source}: metric '${name.value}' is not one tf-repro can compute; use ${Object.keys(METRICS).join(', ')}`);
        metrics.push({ id, name: name.value });
    }
    return (0,contracts.ok)({ optimizer: optimizer.value, loss, metrics, origin: "the file's training config" });
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
        return (0,contracts/* fail */.fJ)(`${source}: the model's input shape ${shapeText(perExample)} does not fit the dataset's ${dataText}; ` +
            `give the model an input of ${accepted.map(shapeText).join(', ').replace(/, ([^,]*)$/, ' or $1')}`);
    }
    if (units === null || units < 1)
        return (0,contracts/* fail */.fJ)(`${source}: the model's output has no fixed size (${units}); end it with a Dense layer`);
    const classes = data.maxLabel + 1;
    if (units === 1) {
        if (data.maxLabel > 1) {
            return (0,contracts/* fail */.fJ)(`${source}: the model's last layer gives 1 value (a binary classifier) but the dataset has labels 0..${data.maxLabel} (${classes} classes); give the last layer ${classes} units`);
        }
        return (0,contracts.ok)({ inputShape: perExample, labels: 'sparse', units });
    }
    if (classes > units) {
        return (0,contracts/* fail */.fJ)(`${source}: the dataset has labels 0..${data.maxLabel} (${classes} classes) but the model's last layer gives ${units} values; give the last layer ${classes} units`);
    }
    return (0,contracts.ok)({ inputShape: perExample, labels: loss === 'sparseCategoricalCrossentropy' ? 'sparse' : 'one-hot', units });
}
//# sourceMappingURL=model-config.js.map
// EXTERNAL MODULE: ./build/src/workload/model.js + 1 modules
var model = __webpack_require__(9449);
;// CONCATENATED MODULE: ./build/src/workload/user-model.js
// The user's own model, trained by tf-repro's loop in place of the default CNN. `model` names
//   a Keras 2 `model.to_json()` file, a TensorFlow.js model.json (its modelTopology; weights are
//   ignored: training starts from initialisation), or an ES module exporting
//   createModel(tf, { seed }) that returns a tf.LayersModel, compiled or not.
// With determinism on, every initializer and Dropout whose seed is null gets one (model-config.ts)
// and the model is rebuilt from its config for every fold. Errors are UserErrors naming 'model'.







// Registers SeededDropout, which supplySeeds puts in place of an unseeded Dropout.


const label = (path) => `'model': ${path}`;
function optimizerFor(spec) {
    switch (spec.name) {
        case 'adam':
            return tf_core_node.train.adam(spec.learningRate, spec.beta1, spec.beta2, spec.epsilon);
        case 'sgd':
            return spec.momentum > 0 ? tf_core_node.train.momentum(spec.learningRate, spec.momentum, spec.nesterov) : tf_core_node.train.sgd(spec.learningRate);
        case 'rmsprop':
            return tf_core_node.train.rmsprop(spec.learningRate, spec.rho, spec.momentum, spec.epsilon);
        case 'adagrad':
            return tf_core_node.train.adagrad(spec.learningRate, spec.initialAccumulatorValue);
        case 'adadelta':
            return tf_core_node.train.adadelta(spec.learningRate, spec.rho, spec.epsilon);
        case 'adamax':
            return tf_core_node.train.adamax(spec.learningRate, spec.beta1, spec.beta2, spec.epsilon, 0);
    }
}
function compileWith(model, training) {
    model.compile({ optimizer: optimizerFor(training.optimizer), loss: training.loss, metrics: training.metrics.map((m) => m.id) });
}
/**
 * A Sequential as the plain LayersModel of the same layers, compiled the same way: the training
 * loop reads a compiled model's loss functions, which a Sequential keeps inside.
 */
function functional(model) {
    if (!(model instanceof tf_layers_node.Sequential))
        return model;
    const plain = tf_layers_node.model({ inputs: model.inputs, outputs: model.outputs, name: model.name });
    if (model.optimizer)
        plain.compile({ optimizer: model.optimizer, loss: model.loss, metrics: model.metrics });
    return plain;
}
/** The names of a compiled model's evaluate() values, with its metrics as they were asked for. */
function metricNamesOf(model) {
    const asked = model.metrics === undefined || model.metrics === null ? [] : Array.isArray(model.metrics) ? model.metrics : typeof model.metrics === 'object' ? null : [model.metrics];
    const names = asked === null ? null : ['loss', ...asked.map((m) => (typeof m === 'string' ? m : m.name || 'metric'))];
    return names !== null && names.length === model.metricsNames.length ? names : [...model.metricsNames];
}
const lossName = (model) => {
    const loss = Array.isArray(model.loss) ? model.loss[0] : model.loss;
    if (typeof loss !== 'string')
        return '';
    // 'sparse_categorical_crossentropy' and 'sparseCategoricalCrossentropy' alike.
    return loss.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
};
async function fromJsonFile(path, seed) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new contracts/* UserError */.yo(`${label(path)}: cannot read it (${e.code ?? String(e)})`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new contracts/* UserError */.yo(`${label(path)}: not valid JSON (${e.message}); give the text that model.to_json() returns, or a TensorFlow.js model.json`);
    }
    const model = readModelJson(json, label(path));
    if (!model.ok)
        throw new contracts/* UserError */.yo(model.error);
    const training = readTrainingConfig(model.value.trainingConfig, label(path));
    if (!training.ok)
        throw new contracts/* UserError */.yo(training.error);
    const seeded = seed === null ? { topology: model.value.topology, seeds: [], warnings: [] } : supplySeeds(model.value.topology, seed);
    const description = model.value.kind === 'tfjs' ? 'TensorFlow.js model.json' : `Keras ${model.value.kerasVersion ?? ''} model.to_json()`.replace('  ', ' ');
    return {
        create: async () => {
            let built;
            try {
                built = await tf_layers_node.models.modelFromJSON({ modelTopology: structuredClone(seeded.topology) });
            }
            catch (e) {
                throw new contracts/* UserError */.yo(`${label(path)}: TensorFlow.js cannot build this model: ${e.message}`);
            }
            compileWith(built, training.value);
            return functional(built);
        },
        seeds: seeded.seeds,
        warnings: seeded.warnings,
        description: `${description}, trained with ${training.value.origin}`,
        metricNames: ['loss', ...training.value.metrics.map((m) => m.name)],
    };
}
/** The namespace a module's createModel gets, like `import * as tf from '@tensorflow/tfjs'`. */
const tfNamespace = Object.freeze({ ...tf_core_node_namespaceObject, ...tf_layers_node_namespaceObject });
async function fromModule(path, seed) {
    let module;
    try {
        module = (await __webpack_require__(1817)((0,external_node_url_.pathToFileURL)(path).href));
    }
    catch (e) {
        throw new contracts/* UserError */.yo(`${label(path)}: cannot import it: ${e.message}`);
    }
    const createModel = (typeof module['createModel'] === 'function' ? module['createModel'] : typeof module['default'] === 'function' ? module['default'] : null);
    if (!createModel)
        throw new contracts/* UserError */.yo(`${label(path)}: exports no createModel; add \`export function createModel(tf, { seed }) { ... return model; }\``);
    // A non-zero seed: tfjs reads 0 as "no seed".
    const moduleSeed = seed === null ? null : (0,seeding/* deriveSeed */.B7)(seed, 'create-model');
    const call = async () => {
        let made;
        try {
            made = await createModel(tfNamespace, { seed: moduleSeed });
        }
        catch (e) {
            throw new contracts/* UserError */.yo(`${label(path)}: createModel threw: ${e.message}`);
        }
        if (!(made instanceof tf_layers_node.LayersModel)) {
            throw new contracts/* UserError */.yo(`${label(path)}: createModel returned ${made === null ? 'null' : typeof made === 'object' ? (made.constructor?.name ?? 'an object') : typeof made}, not a tf.LayersModel (build it with tf.sequential() or tf.model())`);
        }
        if (made.optimizer === undefined || made.optimizer === null)
            compileWith(made, DEFAULT_TRAINING);
        return functional(made);
    };
    const plain = { create: call, seeds: [], warnings: [], description: 'ES module createModel', metricNames: null };
    if (seed === null)
        return plain;
    // Rebuild it from its config, seeds supplied, where there are null seeds to fill.
    const first = await call();
    try {
        const topology = first.toJSON(null, false);
        // Protected in tfjs-layers' types, public in its JavaScript: what model.save() writes as trainingConfig.
        const trainingRaw = first.getTrainingConfig();
        const model = readModelJson({ modelTopology: topology, trainingConfig: trainingRaw }, label(path));
        if (!model.ok)
            throw new Error(model.error);
        const training = readTrainingConfig(model.value.trainingConfig, label(path));
        if (!training.ok)
            throw new Error(training.error);
        const seeded = supplySeeds(model.value.topology, seed);
        if (seeded.seeds.length === 0)
            return { ...plain, warnings: seeded.warnings };
        return {
            create: async () => {
                const built = await tf_layers_node.models.modelFromJSON({ modelTopology: structuredClone(seeded.topology) });
                compileWith(built, training.value);
                return functional(built);
            },
            seeds: seeded.seeds,
            warnings: seeded.warnings,
            description: 'ES module createModel',
            metricNames: ['loss', ...training.value.metrics.map((m) => m.name)],
        };
    }
    catch (e) {
        return {
            ...plain,
            warnings: [`${label(path)}: its config could not be read back (${e.message.split('\n')[0]}), so no seeds were supplied; its unseeded layers draw from each fold's seeded Math.random`],
        };
    }
    finally {
        first.dispose();
    }
}
/** Reads the model file, builds the model once and checks it against the dataset. Throws UserError. */
async function loadUserModel(modelPath, options) {
    const path = (0,external_node_path_.resolve)(modelPath);
    const info = await (0,promises_.stat)(path).catch(() => null);
    if (!info || !info.isFile()) {
        throw new contracts/* UserError */.yo(`'model': ${path} ${info ? 'is not a file' : 'does not exist'}; give a Keras model.to_json() file, a TensorFlow.js model.json, or an ES module (.js, .mjs) exporting createModel`);
    }
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    let source;
    if (extension === '.json')
        source = await fromJsonFile(path, options.seed);
    else if (extension === '.js' || extension === '.mjs')
        source = await fromModule(path, options.seed);
    else
        throw new contracts/* UserError */.yo(`${label(path)}: give a .json file (Keras model.to_json(), TensorFlow.js model.json) or an ES module (.js, .mjs)`);
    const model = await source.create();
    try {
        if (model.inputs.length !== 1 || model.outputs.length !== 1) {
            throw new contracts/* UserError */.yo(`${label(path)}: the model has ${model.inputs.length} inputs and ${model.outputs.length} outputs; tf-repro trains models with one of each`);
        }
        let maxLabel = 0;
        for (const value of options.dataset.labels)
            if (value > maxLabel)
                maxLabel = value;
        const outputShape = model.outputs[0].shape;
        const units = outputShape.length === 2 ? outputShape[1] : null;
        const fit = checkModelFit(model.inputs[0].shape, units, lossName(model), { rows: options.dataset.rows, cols: options.dataset.cols, exampleShape: options.dataset.exampleShape, maxLabel }, label(path));
        if (!fit.ok)
            throw new contracts/* UserError */.yo(fit.error);
        return {
            create: source.create,
            fit: fit.value,
            metricNames: source.metricNames ?? metricNamesOf(model),
            seeds: source.seeds,
            warnings: source.warnings,
            description: source.description,
        };
    }
    finally {
        model.dispose();
    }
}
/** What the training loop needs of it. */
function asFoldModel(model) {
    return { create: model.create, inputShape: model.fit.inputShape, labels: model.fit.labels, units: model.fit.units, metricNames: model.metricNames };
}
//# sourceMappingURL=user-model.js.map

/***/ })

};
