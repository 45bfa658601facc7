export const id = 548;
export const ids = [548];
export const modules = {

/***/ 5548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

var _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache;
var _tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3___namespace_cache;
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   asFoldModel: () => (/* binding */ asFoldModel),
/* harmony export */   loadUserModel: () => (/* binding */ loadUserModel)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3484);
/* harmony import */ var _tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9762);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2018);
/* harmony import */ var _model_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3201);
/* harmony import */ var _seeded_dropout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1449);
/* harmony import */ var _determinism_seeding_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1468);
/* harmony import */ var _fresh_seed_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6681);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6143);
// The user's own model, trained by tf-repro's loop in place of the default CNN. `model` names
//   a Keras 2 `model.to_json()` file, a TensorFlow.js model.json (its modelTopology; weights are
//   ignored: training starts from initialisation), or an ES module exporting
//   createModel(tf, { seed }) that returns a tf.LayersModel, compiled or not.
// With determinism on, every initializer and Dropout whose seed is null gets one (model-config.ts)
// and the model is rebuilt from its config for every fold; a module's model with a layer class it
// did not register is trained as createModel builds it instead. Errors are UserErrors naming 'model'.
// User code runs here: this file is loaded only in child processes (runs/model-preflight.ts, runs/worker.ts).







// Registers SeededDropout, which supplySeeds puts in place of an unseeded Dropout.




const label = (path) => `'model': ${path}`;
/** Fresh seeds for the kinds of filled seed that a deterministic run leaves off. */
function seedDraws(unseeded) {
    return {
        ...(unseeded.includes('initializers') ? { initializer: _fresh_seed_js__WEBPACK_IMPORTED_MODULE_8__/* .freshSeed */ .W } : {}),
        ...(unseeded.includes('dropout') ? { dropout: _fresh_seed_js__WEBPACK_IMPORTED_MODULE_8__/* .freshSeed */ .W } : {}),
    };
}
/**
 * Builds from the seeded topology; where some seeds are drawn fresh, the seeds are filled anew for
 * every model, as tfjs would draw them without tf-repro.
 */
function seededCreate(topology, seed, draws, build) {
    const seeded = (0,_model_config_js__WEBPACK_IMPORTED_MODULE_5__/* .supplySeeds */ .Ur)(topology, seed, draws);
    if (Object.keys(draws).length === 0)
        return { create: build(seeded.topology), seeded };
    return { create: () => build((0,_model_config_js__WEBPACK_IMPORTED_MODULE_5__/* .supplySeeds */ .Ur)(topology, seed, draws).topology)(), seeded };
}
function optimizerFor(spec) {
    switch (spec.name) {
        case 'adam':
            return _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.train.adam(spec.learningRate, spec.beta1, spec.beta2, spec.epsilon);
        case 'sgd':
            return spec.momentum > 0 ? _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.train.momentum(spec.learningRate, spec.momentum, spec.nesterov) : _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.train.sgd(spec.learningRate);
        case 'rmsprop':
            return _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.train.rmsprop(spec.learningRate, spec.rho, spec.momentum, spec.epsilon);
        case 'adagrad':
            return _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.train.adagrad(spec.learningRate, spec.initialAccumulatorValue);
        case 'adadelta':
            return _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.train.adadelta(spec.learningRate, spec.rho, spec.epsilon);
        case 'adamax':
            return _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.train.adamax(spec.learningRate, spec.beta1, spec.beta2, spec.epsilon, 0);
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
    if (!(model instanceof _tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3__.Sequential))
        return model;
    const plain = _tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3__.model({ inputs: model.inputs, outputs: model.outputs, name: model.name });
    if (model.optimizer)
        plain.compile({ optimizer: model.optimizer, loss: model.loss, metrics: model.metrics });
    return plain;
}
/** The names of a compiled model's evaluate() values, with its metrics as they were asked for. */
function metricNamesOf(model) {
    const asked = model.metrics === undefined || model.metrics === null
        ? []
        : Array.isArray(model.metrics)
            ? model.metrics
            : typeof model.metrics === 'object'
                ? null
                : [model.metrics];
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
/** Builds and compiles a model from a Keras-format topology, once per call; its errors are UserErrors starting with `what`. */
function fromTopology(topology, training, what) {
    return async () => {
        let built;
        try {
            built = await _tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3__.models.modelFromJSON({ modelTopology: structuredClone(topology) });
        }
        catch (e) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${what}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .g)(e)}`);
        }
        compileWith(built, training);
        return functional(built);
    };
}
async function fromJsonFile(path, seed, draws) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label(path)}: cannot read it (${e.code ?? String(e)})`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label(path)}: not valid JSON (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .g)(e)}); give the text that model.to_json() returns, or a TensorFlow.js model.json`);
    }
    const model = (0,_model_config_js__WEBPACK_IMPORTED_MODULE_5__/* .readModelJson */ ._8)(json, label(path));
    if (!model.ok)
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(model.error);
    const training = (0,_model_config_js__WEBPACK_IMPORTED_MODULE_5__/* .readTrainingConfig */ .pO)(model.value.trainingConfig, label(path));
    if (!training.ok)
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(training.error);
    const build = (topology) => fromTopology(topology, training.value, `${label(path)}: TensorFlow.js cannot build this model`);
    const { create, seeded } = seed === null
        ? { create: build(model.value.topology), seeded: { topology: model.value.topology, seeds: [], warnings: [] } }
        : seededCreate(model.value.topology, seed, draws, build);
    const description = model.value.kind === 'tfjs' ? 'TensorFlow.js model.json' : `Keras ${model.value.kerasVersion ?? ''} model.to_json()`.replace('  ', ' ');
    return {
        create,
        seeds: seeded.seeds,
        warnings: seeded.warnings,
        description: `${description}, trained with ${training.value.origin}`,
        metricNames: ['loss', ...training.value.metrics.map((m) => m.name)],
    };
}
/** Layers inside a layer: a nested model's, a wrapper's, an RNN's cells. */
function innerLayers(layer) {
    const inner = layer;
    return [inner.layers, inner.cells, [inner.layer, inner.forwardLayer, inner.backwardLayer, inner.cell]]
        .flatMap((items) => (Array.isArray(items) ? items : []))
        .filter((item) => typeof item === 'object' && item !== null);
}
/**
 * Why the model cannot be rebuilt from its config: a layer class of the module's own that is not
 * registered under its className (tfjs would throw "Unknown layer", or build a different class
 * registered under that name). Null when every class is registered.
 */
function unregisteredLayerClass(model) {
    const registered = _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.serialization.SerializationMap.getMap().classNameMap;
    const pending = [...model.layers];
    for (let layer = pending.pop(); layer !== undefined; layer = pending.pop()) {
        const cls = layer.constructor;
        const className = typeof cls.className === 'string' ? cls.className : null;
        if (className === null || registered[className]?.[0] !== cls) {
            return (`its layer class ${cls.name} is not registered, so tf-repro trains the model as createModel builds it and supplies no seeds ` +
                `(its unseeded layers draw from each fold's seeded Math.random); to have seeds supplied, ` +
                `${className === null ? `give it \`static className = '${cls.name}'\` and ` : ''}register it with tf.serialization.registerClass(${cls.name})`);
        }
        pending.push(...innerLayers(layer));
    }
    return null;
}
/** The namespace a module's createModel gets, like `import * as tf from '@tensorflow/tfjs'`. */
const tfNamespace = Object.freeze({ .../*#__PURE__*/ (_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache || (_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache = __webpack_require__.t(_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__, 2))), .../*#__PURE__*/ (_tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3___namespace_cache || (_tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3___namespace_cache = __webpack_require__.t(_tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3__, 2))) });
async function fromModule(path, seed, draws) {
    let module;
    try {
        // Left to Node: the bundler would make it a lookup among its own modules, which finds no user file.
        module = (await import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(path).href));
    }
    catch (e) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label(path)}: cannot import it: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .g)(e)}`);
    }
    const createModel = (typeof module['createModel'] === 'function' ? module['createModel'] : typeof module['default'] === 'function' ? module['default'] : null);
    if (!createModel)
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label(path)}: exports no createModel; add \`export function createModel(tf, { seed }) { ... return model; }\``);
    // A non-zero seed: tfjs reads 0 as "no seed".
    const moduleSeed = seed === null ? null : (0,_determinism_seeding_js__WEBPACK_IMPORTED_MODULE_7__/* .deriveSeed */ .B7)(seed, 'create-model');
    const call = async () => {
        let made;
        try {
            made = await createModel(tfNamespace, { seed: moduleSeed });
        }
        catch (e) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label(path)}: createModel threw: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .g)(e)}`);
        }
        if (!(made instanceof _tensorflow_tfjs_layers__WEBPACK_IMPORTED_MODULE_3__.LayersModel)) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label(path)}: createModel returned ${made === null ? 'null' : typeof made === 'object' ? (made.constructor?.name ?? 'an object') : typeof made}, not a tf.LayersModel (build it with tf.sequential() or tf.model())`);
        }
        if (made.optimizer === undefined || made.optimizer === null)
            compileWith(made, _model_config_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_TRAINING */ .BE);
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
        const model = (0,_model_config_js__WEBPACK_IMPORTED_MODULE_5__/* .readModelJson */ ._8)({ modelTopology: topology, trainingConfig: trainingRaw }, label(path));
        if (!model.ok)
            throw new Error(model.error);
        const training = (0,_model_config_js__WEBPACK_IMPORTED_MODULE_5__/* .readTrainingConfig */ .pO)(model.value.trainingConfig, label(path));
        if (!training.ok)
            throw new Error(training.error);
        const build = (topology) => fromTopology(topology, training.value, `${label(path)}: TensorFlow.js cannot rebuild the model createModel returned from its config`);
        const { create, seeded } = seededCreate(model.value.topology, seed, draws, build);
        if (seeded.seeds.length === 0)
            return { ...plain, warnings: seeded.warnings };
        // Its own layer classes are rebuilt from their config only where the module registered them.
        const unregistered = unregisteredLayerClass(first);
        if (unregistered !== null)
            return { ...plain, warnings: [`${label(path)}: ${unregistered}`] };
        return {
            create,
            seeds: seeded.seeds,
            warnings: seeded.warnings,
            description: 'ES module createModel',
            metricNames: ['loss', ...training.value.metrics.map((m) => m.name)],
        };
    }
    catch (e) {
        return {
            ...plain,
            warnings: [
                `${label(path)}: its config could not be read back (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .g)(e).split('\n')[0]}), so no seeds were supplied; its unseeded layers draw from each fold's seeded Math.random`,
            ],
        };
    }
    finally {
        first.dispose();
    }
}
/** Reads the model file, builds the model once and checks it against the dataset. Throws UserError. */
async function loadUserModel(modelPath, options) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(modelPath);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => null);
    if (!info || !info.isFile()) {
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`'model': ${path} ${info ? 'is not a file' : 'does not exist'}; give a Keras model.to_json() file, a TensorFlow.js model.json, or an ES module (.js, .mjs) exporting createModel`);
    }
    const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    let source;
    const draws = seedDraws(options.unseeded ?? []);
    if (extension === '.json')
        source = await fromJsonFile(path, options.seed, draws);
    else if (extension === '.js' || extension === '.mjs')
        source = await fromModule(path, options.seed, draws);
    else
        throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label(path)}: give a .json file (Keras model.to_json(), TensorFlow.js model.json) or an ES module (.js, .mjs)`);
    const model = await source.create();
    try {
        if (model.inputs.length !== 1 || model.outputs.length !== 1) {
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label(path)}: the model has ${model.inputs.length} inputs and ${model.outputs.length} outputs; tf-repro trains models with one of each`);
        }
        let maxLabel = 0;
        for (const value of options.dataset.labels)
            if (value > maxLabel)
                maxLabel = value;
        const outputShape = model.outputs[0].shape;
        const units = outputShape.length === 2 ? outputShape[1] : null;
        const fit = (0,_model_config_js__WEBPACK_IMPORTED_MODULE_5__/* .checkModelFit */ .TU)(model.inputs[0].shape, units, lossName(model), { rows: options.dataset.rows, cols: options.dataset.cols, exampleShape: options.dataset.exampleShape, maxLabel }, label(path));
        if (!fit.ok)
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(fit.error);
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
