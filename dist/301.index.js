export const id = 301;
export const ids = [301];
export const modules = {

/***/ 2301:
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
// EXTERNAL MODULE: ./build/src/util/user-error.js
var user_error = __webpack_require__(2292);
// EXTERNAL MODULE: ./build/src/model/model-config.js + 1 modules
var model_config = __webpack_require__(7808);
// EXTERNAL MODULE: ./build/src/model/seeded-dropout.js
var seeded_dropout = __webpack_require__(1449);
;// CONCATENATED MODULE: ./build/src/model/chained-ops.js
// tfjs-layers' Orthogonal initializer (by default every LSTM's, GRU's and SimpleRNN's recurrent
// kernel) calls tensor methods that only the @tensorflow/tfjs package adds to tf.Tensor, its
// "chained ops"; tf-repro loads tfjs-core alone, whose Node build has none. Without these, such a
// model fails to build with "rMat.flatten is not a function". The ones it calls, added where missing.

const METHODS = {
    flatten() {
        return tf_core_node.reshape(this, [this.size]);
    },
    reshape(shape) {
        return tf_core_node.reshape(this, shape);
    },
    sign() {
        return tf_core_node.sign(this);
    },
    stridedSlice(begin, end, strides) {
        return tf_core_node.stridedSlice(this, begin, end, strides);
    },
    transpose(perm) {
        return tf_core_node.transpose(this, perm);
    },
};
const chained_ops_prototype = tf_core_node.Tensor.prototype;
for (const [name, method] of Object.entries(METHODS))
    chained_ops_prototype[name] ??= method;
//# sourceMappingURL=chained-ops.js.map
// EXTERNAL MODULE: ./build/src/determinism/seeding.js
var seeding = __webpack_require__(1468);
// EXTERNAL MODULE: ./build/src/model/parameter-count.js
var parameter_count = __webpack_require__(6126);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(6143);
// EXTERNAL MODULE: ./build/src/util/user-files.js
var user_files = __webpack_require__(1025);
// EXTERNAL MODULE: ./build/src/util/records.js
var records = __webpack_require__(1760);
;// CONCATENATED MODULE: ./build/src/model/keras-archive.js
// A Keras .keras archive: a zip of config.json (the architecture), metadata.json (the Keras
// version) and model.weights.h5. Only the first two are read, as the file streams past, so that
// weights of any size are neither held in memory nor used: tf-repro trains from initialisation.
// A config.json larger than any model's (a zip bomb) is refused before it is unpacked. Errors are
// UserErrors naming 'model'.





/** The largest config.json unpacked: a model of thousands of layers has a few MiB. */
const MAX_CONFIG_BYTES = 64 * 1024 * 1024;
const MAX_METADATA_BYTES = 1024 * 1024;
const LIMITS = { 'config.json': MAX_CONFIG_BYTES, 'metadata.json': MAX_METADATA_BYTES };
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
/** The unpacked bytes of config.json and metadata.json; throws UserError for a file that is no zip, or a corrupt one. */
async function unpack(path, label) {
    // A regular file only: a FIFO or /dev/zero at the model's path is an error, never a wait or an endless read.
    const file = await (0,user_files/* openRegularFile */.ZU)(path).catch((error) => Promise.reject(new user_error/* UserError */.y(`${label}: cannot read it (${(0,user_files/* ioCause */._C)(error)})`)));
    return new Promise((resolve, reject) => {
        const found = new Map();
        let entries = 0;
        let settled = false;
        const stream = file.createReadStream({ highWaterMark: 1 << 20 });
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            stream.destroy();
            if (error)
                reject(error);
            else if (entries === 0)
                reject(new user_error/* UserError */.y(`${label}: not a zip archive, as a .keras file is; give the file that model.save("model.keras") wrote`));
            else
                resolve(found);
        };
        const corrupt = (why) => new user_error/* UserError */.y(`${label}: the .keras archive is corrupt (${why}); save the model again`);
        const unzip = new esm/* Unzip */.HJ((file) => {
            entries++;
            const limit = (0,records/* ownValue */.e)(LIMITS, file.name);
            if (limit === undefined || found.has(file.name))
                return;
            const tooLarge = (bytes) => new user_error/* UserError */.y(`${label}: its ${file.name} unpacks to more than ${mib(limit)} (${bytes} bytes or more), far more than a model's; is this a .keras archive?`);
            if (file.originalSize !== undefined && file.originalSize > limit)
                return finish(tooLarge(file.originalSize));
            const chunks = [];
            let size = 0;
            file.ondata = (error, chunk, final) => {
                if (error)
                    return finish(corrupt(`${file.name}: ${error.message}`));
                size += chunk.length;
                if (size > limit) {
                    file.terminate();
                    return finish(tooLarge(size));
                }
                chunks.push(chunk);
                if (!final)
                    return;
                found.set(file.name, Buffer.concat(chunks));
                if (Object.keys(LIMITS).every((name) => found.has(name)))
                    finish();
            };
            try {
                file.start();
            }
            catch (error) {
                finish(new user_error/* UserError */.y(`${label}: its ${file.name} is packed with compression method ${file.compression}, which tf-repro cannot unpack (${(0,errors/* errorMessage */.g)(error)}); save the model again`));
            }
        });
        unzip.register(esm/* UnzipInflate */.mM);
        stream.on('data', (chunk) => {
            try {
                unzip.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
            }
            catch (error) {
                finish(corrupt((0,errors/* errorMessage */.g)(error)));
            }
        });
        stream.on('end', () => {
            try {
                unzip.push(new Uint8Array(0), true);
            }
            catch (error) {
                return finish(corrupt((0,errors/* errorMessage */.g)(error)));
            }
            finish();
        });
        stream.on('error', (error) => finish(new user_error/* UserError */.y(`${label}: cannot read it (${(0,user_files/* ioCause */._C)(error)})`)));
    });
}
/** config.json and the Keras version of the .keras archive at `path`. Throws UserError, starting with `label`. */
async function readKerasArchive(path, label) {
    const files = await unpack(path, label);
    const configBytes = files.get('config.json');
    if (configBytes === undefined)
        throw new user_error/* UserError */.y(`${label}: the archive has no config.json, so it is not a .keras model; give the file that model.save("model.keras") wrote`);
    const decoder = new TextDecoder();
    let config;
    try {
        config = JSON.parse(decoder.decode(configBytes));
    }
    catch (error) {
        throw new user_error/* UserError */.y(`${label}: its config.json is not valid JSON (${(0,errors/* errorMessage */.g)(error)}); save the model again`);
    }
    let kerasVersion = null;
    const metadata = files.get('metadata.json');
    if (metadata !== undefined) {
        try {
            const parsed = JSON.parse(decoder.decode(metadata));
            if (typeof parsed.keras_version === 'string')
                kerasVersion = parsed.keras_version;
        }
        catch {
            // The version only names the file in the report; the config says what it needs.
        }
    }
    return { config, kerasVersion };
}
//# sourceMappingURL=keras-archive.js.map
// EXTERNAL MODULE: ./build/src/model/fresh-seed.js
var fresh_seed = __webpack_require__(6681);
;// CONCATENATED MODULE: ./build/src/model/user-model.js
// The user's own model, trained by tf-repro's loop in place of the default CNN. `model` names
//   a Keras `model.to_json()` file (Keras 3's translated by keras3-config.ts), a Keras .keras
//   archive (its config.json), a TensorFlow.js model.json (its modelTopology), or an ES module
//   exporting createModel(tf, { seed }) that returns a tf.LayersModel, compiled or not. Weights
//   in a file are ignored: training starts from initialisation.
// With determinism on, every initializer and Dropout whose seed is null gets one (model-config.ts)
// and the model is rebuilt from its config for every fold; a module's model with a layer class it
// did not register is trained as createModel builds it instead. Errors are UserErrors naming 'model'.
// User code runs here: this file is loaded only in child processes (runs/model-preflight.ts, runs/worker.ts).







// Registers SeededDropout, which supplySeeds puts in place of an unseeded Dropout.

// The tensor methods tfjs-layers' Orthogonal initializer calls (recurrent layers).







const label = (path) => `'model': ${path}`;
/** Fresh seeds for the kinds of filled seed that a deterministic run leaves off. */
function seedDraws(unseeded) {
    return {
        ...(unseeded.includes('initializers') ? { initializer: fresh_seed/* freshSeed */.W } : {}),
        ...(unseeded.includes('dropout') ? { dropout: fresh_seed/* freshSeed */.W } : {}),
    };
}
/**
 * Builds from the seeded topology; where some seeds are drawn fresh, the seeds are filled anew for
 * every model, as tfjs would draw them without tf-repro.
 */
function seededCreate(topology, seed, draws, build) {
    const seeded = (0,model_config/* supplySeeds */.Ur)(topology, seed, draws);
    if (Object.keys(draws).length === 0)
        return { create: build(seeded.topology), seeded };
    return { create: () => build((0,model_config/* supplySeeds */.Ur)(topology, seed, draws).topology)(), seeded };
}
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
/**
 * A metric as compile takes it: 'accuracy' by name (compile picks the kind the loss needs), the
 * others as tf.metrics' function, since compile knows only a few by name
 * (sparseCategoricalAccuracy, recall, meanSquaredError... are "Unknown metric").
 */
function metricFor(id) {
    const metric = tf_layers_node.metrics[id];
    return id === 'accuracy' || metric === undefined ? id : metric;
}
function compileWith(model, training) {
    model.compile({ optimizer: optimizerFor(training.optimizer), loss: training.loss, metrics: training.metrics.map((m) => metricFor(m.id)) });
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
            built = await tf_layers_node.models.modelFromJSON({ modelTopology: structuredClone(topology) });
        }
        catch (e) {
            throw new user_error/* UserError */.y(`${what}: ${(0,errors/* errorMessage */.g)(e)}`);
        }
        compileWith(built, training);
        return functional(built);
    };
}
async function fromJsonFile(path, seed, draws, maxParameters) {
    let text;
    try {
        text = (await (0,user_files/* readRegularFile */.XF)(path, MAX_CONFIG_BYTES)).toString('utf8');
    }
    catch (e) {
        throw new user_error/* UserError */.y(`${label(path)}: cannot read it (${(0,user_files/* ioCause */._C)(e)})`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new user_error/* UserError */.y(`${label(path)}: not valid JSON (${(0,errors/* errorMessage */.g)(e)}); give the text that model.to_json() returns, or a TensorFlow.js model.json`);
    }
    return fromModelJson(json, path, seed, draws, null, maxParameters);
}
/** A .keras archive: its config.json, as model.to_json() would give it; its weights are not read. */
async function fromKerasArchive(path, seed, draws, maxParameters) {
    const archive = await readKerasArchive(path, label(path));
    return fromModelJson(archive.config, path, seed, draws, archive, maxParameters);
}
/** What the file is, for the report: e.g. "Keras 3.15.1 .keras archive (architecture only, translated for TensorFlow.js; its weights are not used)". */
function describe(model, archive) {
    const version = model.kerasVersion ?? (model.keras3 !== null ? '3' : '');
    const translated = model.keras3 !== null ? 'translated for TensorFlow.js' : '';
    if (archive !== null)
        return `Keras ${version} .keras archive (architecture only, ${translated ? `${translated}; ` : ''}its weights are not used)`.replace('  ', ' ');
    const what = model.kind === 'tfjs' ? 'TensorFlow.js model.json' : `Keras ${version} model.to_json()`.replace('  ', ' ');
    return translated ? `${what}, ${translated}` : what;
}
async function fromModelJson(json, path, seed, draws, archive, maxParameters) {
    const model = (0,model_config/* readModelJson */._8)(json, label(path), archive?.kerasVersion ?? null);
    if (!model.ok)
        throw new user_error/* UserError */.y(model.error);
    // Before TensorFlow.js allocates them: a layer of billions of weights would take the runner's memory.
    const tooMany = (0,parameter_count/* tooManyParameters */.MM)((0,parameter_count/* countParameters */.yG)(model.value.topology), maxParameters, label(path));
    if (tooMany !== null)
        throw new user_error/* UserError */.y(tooMany);
    const training = (0,model_config/* readTrainingConfig */.pO)(model.value.trainingConfig, label(path));
    if (!training.ok)
        throw new user_error/* UserError */.y(training.error);
    const build = (topology) => fromTopology(topology, training.value, `${label(path)}: TensorFlow.js cannot build this model`);
    const { create, seeded } = seed === null
        ? { create: build(model.value.topology), seeded: { topology: model.value.topology, seeds: [], warnings: [] } }
        : seededCreate(model.value.topology, seed, draws, build);
    return {
        create,
        seeds: seeded.seeds,
        warnings: seeded.warnings,
        description: `${describe(model.value, archive)}, trained with ${training.value.origin}`,
        metricNames: ['loss', ...training.value.metrics.map((m) => m.name)],
    };
}
/** A built model's parameters and its largest layer. */
function builtParameters(model) {
    const largest = model.layers.reduce((most, layer) => (most === null || layer.countParams() > most.countParams() ? layer : most), null);
    return {
        total: model.countParams(),
        largest: largest === null ? null : { name: largest.name, className: largest.getClassName(), parameters: largest.countParams() },
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
    const registered = tf_core_node.serialization.SerializationMap.getMap().classNameMap;
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
const tfNamespace = Object.freeze({ ...tf_core_node_namespaceObject, ...tf_layers_node_namespaceObject });
async function fromModule(path, seed, draws, maxParameters) {
    let module;
    try {
        // Left to Node: the bundler would make it a lookup among its own modules, which finds no user file.
        module = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(path).href));
    }
    catch (e) {
        throw new user_error/* UserError */.y(`${label(path)}: cannot import it: ${(0,errors/* errorMessage */.g)(e)}`);
    }
    const createModel = (typeof module['createModel'] === 'function' ? module['createModel'] : typeof module['default'] === 'function' ? module['default'] : null);
    if (!createModel)
        throw new user_error/* UserError */.y(`${label(path)}: exports no createModel; add \`export function createModel(tf, { seed }) { ... return model; }\``);
    // A non-zero seed: tfjs reads 0 as "no seed".
    const moduleSeed = seed === null ? null : (0,seeding/* deriveSeed */.B7)(seed, 'create-model');
    const call = async () => {
        let made;
        try {
            made = await createModel(tfNamespace, { seed: moduleSeed });
        }
        catch (e) {
            throw new user_error/* UserError */.y(`${label(path)}: createModel threw: ${(0,errors/* errorMessage */.g)(e)}`);
        }
        if (!(made instanceof tf_layers_node.LayersModel)) {
            throw new user_error/* UserError */.y(`${label(path)}: createModel returned ${made === null ? 'null' : typeof made === 'object' ? (made.constructor?.name ?? 'an object') : typeof made}, not a tf.LayersModel (build it with tf.sequential() or tf.model())`);
        }
        // Built already (the memory the process may use bounds that: runs/model-preflight.ts); refused before any training.
        const tooMany = (0,parameter_count/* tooManyParameters */.MM)(builtParameters(made), maxParameters, label(path));
        if (tooMany !== null) {
            made.dispose();
            throw new user_error/* UserError */.y(tooMany);
        }
        if (made.optimizer === undefined || made.optimizer === null)
            compileWith(made, model_config/* DEFAULT_TRAINING */.BE);
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
        const model = (0,model_config/* readModelJson */._8)({ modelTopology: topology, trainingConfig: trainingRaw }, label(path));
        if (!model.ok)
            throw new Error(model.error);
        const training = (0,model_config/* readTrainingConfig */.pO)(model.value.trainingConfig, label(path));
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
                `${label(path)}: its config could not be read back (${(0,errors/* errorMessage */.g)(e).split('\n')[0]}), so no seeds were supplied; its unseeded layers draw from each fold's seeded Math.random`,
            ],
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
        throw new user_error/* UserError */.y(`'model': ${path} ${info ? 'is not a file' : 'does not exist'}; give a Keras model.to_json() file, a .keras archive, a TensorFlow.js model.json, or an ES module (.js, .mjs) exporting createModel`);
    }
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    let source;
    const draws = seedDraws(options.unseeded ?? []);
    const maxParameters = options.maxParameters ?? parameter_count/* MAX_MODEL_PARAMETERS */.s$;
    if (extension === '.json')
        source = await fromJsonFile(path, options.seed, draws, maxParameters);
    else if (extension === '.keras')
        source = await fromKerasArchive(path, options.seed, draws, maxParameters);
    else if (extension === '.js' || extension === '.mjs')
        source = await fromModule(path, options.seed, draws, maxParameters);
    else
        throw new user_error/* UserError */.y(`${label(path)}: give a .json file (Keras model.to_json(), TensorFlow.js model.json), a Keras .keras archive or an ES module (.js, .mjs)`);
    const model = await source.create();
    try {
        if (model.inputs.length !== 1 || model.outputs.length !== 1) {
            throw new user_error/* UserError */.y(`${label(path)}: the model has ${model.inputs.length} inputs and ${model.outputs.length} outputs; tf-repro trains models with one of each`);
        }
        let maxLabel = 0;
        for (const value of options.dataset.labels)
            if (value > maxLabel)
                maxLabel = value;
        const outputShape = model.outputs[0].shape;
        const units = outputShape.length === 2 ? outputShape[1] : null;
        const fit = (0,model_config/* checkModelFit */.TU)(model.inputs[0].shape, units, lossName(model), { rows: options.dataset.rows, cols: options.dataset.cols, exampleShape: options.dataset.exampleShape, maxLabel }, label(path));
        if (!fit.ok)
            throw new user_error/* UserError */.y(fit.error);
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
