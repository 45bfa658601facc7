export const id = 164;
export const ids = [164];
export const modules = {

/***/ 2018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ BACKEND_CHOICES),
/* harmony export */   Ry: () => (/* binding */ SEEDING_PARTS),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   WR: () => (/* binding */ WHOLE_MODEL),
/* harmony export */   cq: () => (/* binding */ COST_CASES),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   ei: () => (/* binding */ FRAMEWORK_CHOICES),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// Types for the contracts between stages: settings → runs → comparison → report.
// What is written to disk carries REPORT_SCHEMA_VERSION; bump it when a field changes meaning.
const REPORT_SCHEMA_VERSION = 1;
const BACKEND_CHOICES = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'];
/** The seedings a deterministic run of the default workload (or a model file) applies. */
const SEEDING_PARTS = ['initializers', 'shuffle', 'dropout', 'math-random'];
/** The variable name of a trace line that names none: a digest of the whole model. */
const WHOLE_MODEL = '(model)';
const FRAMEWORK_CHOICES = ['tensorflow', 'pytorch', 'jax', 'none'];
const COST_CASES = ['needed-and-sufficient', 'not-needed', 'not-sufficient', 'inconclusive'];
/** Exit codes shared by the CLI and the action's process. */
const EXIT = { reproducible: 0, notReproducible: 1, error: 2 };
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
/** A problem with what the user gave us: shown as one line, no stack trace, exit code 2. */
class UserError extends Error {
    name = 'UserError';
}
//# sourceMappingURL=contracts.js.map

/***/ }),

/***/ 9910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ observedDeterminismVariables),
/* harmony export */   cr: () => (/* binding */ DETERMINISM_VARIABLES),
/* harmony export */   fu: () => (/* binding */ determinismEnvironment)
/* harmony export */ });
// The settings the published experiment found necessary, as a training process's environment.
// They must be in place before TensorFlow loads: libtensorflow reads them once. And the
// environment the user's own code starts from, without what only the action may use. Pure.
const DETERMINISM_VARIABLES = [
    'TF_DETERMINISTIC_OPS',
    'TF_CUDNN_DETERMINISTIC',
    'PYTHONHASHSEED',
    'TF_NUM_INTEROP_THREADS',
    'TF_NUM_INTRAOP_THREADS',
    'OMP_NUM_THREADS',
];
/** The variables to add for a deterministic run, less those in `off` (diagnose); none for the baseline. */
function determinismEnvironment(deterministic, threads, off = []) {
    if (!deterministic)
        return {};
    const all = {
        TF_DETERMINISTIC_OPS: '1',
        TF_CUDNN_DETERMINISTIC: '1',
        PYTHONHASHSEED: '0',
        TF_NUM_INTEROP_THREADS: '1',
        TF_NUM_INTRAOP_THREADS: String(threads),
        OMP_NUM_THREADS: String(threads),
    };
    for (const name of off)
        delete all[name];
    return all;
}
/** What a process sees of those variables, for the report's fingerprint. */
function observedDeterminismVariables(env) {
    return Object.fromEntries(DETERMINISM_VARIABLES.map((name) => [name, env[name] ?? null]));
}
//# sourceMappingURL=environment.js.map

/***/ }),

/***/ 1468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ deriveSeed),
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   LV: () => (/* binding */ seedMathRandom),
/* harmony export */   SG: () => (/* binding */ kFoldSplits),
/* harmony export */   dL: () => (/* binding */ permutation)
/* harmony export */ });
/* harmony import */ var seedrandom__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4058);
// Every random choice of a deterministic run is drawn from a stream derived from the user's seed
// and the place it is used (fold, layer, epoch), so a fold gives the same numbers whichever
// process trains it and whatever that process did before.

const INT31 = 0x7fffffff;
/** A seed in 1..2^31-1 for (base, ...path). Never 0: tfjs treats a seed of 0 as "no seed". */
function deriveSeed(base, ...path) {
    const stream = seedrandom__WEBPACK_IMPORTED_MODULE_0__(`tf-repro:${base}:${path.join(':')}`);
    return (Math.floor(stream() * INT31) % INT31) + 1;
}
function seededRandom(seed) {
    return seedrandom__WEBPACK_IMPORTED_MODULE_0__(String(seed));
}
/** A Fisher–Yates permutation of 0..n-1. */
function permutation(n, random) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
    return order;
}
/**
 * scikit-learn's KFold(n_splits=k, shuffle=True): the first n % k folds hold one extra sample;
 * test indices are consecutive slices of a shuffled order, train indices the rest, ascending.
 */
function kFoldSplits(n, k, seed) {
    const order = permutation(n, seededRandom(deriveSeed(seed, 'kfold')));
    const splits = [];
    let start = 0;
    for (let fold = 0; fold < k; fold++) {
        const size = Math.floor(n / k) + (fold < n % k ? 1 : 0);
        const test = order.slice(start, start + size);
        const inTest = new Uint8Array(n);
        for (const index of test)
            inTest[index] = 1;
        const train = new Uint32Array(n - size);
        let t = 0;
        for (let i = 0; i < n; i++)
            if (!inTest[i])
                train[t++] = i;
        splits.push({ fold, train, test });
        start += size;
    }
    return splits;
}
/** Replaces Math.random for this process; returns a function that puts the original back. */
function seedMathRandom(seed) {
    const original = Math.random;
    Math.random = seedrandom__WEBPACK_IMPORTED_MODULE_0__(String(seed));
    return () => {
        Math.random = original;
    };
}
//# sourceMappingURL=seeding.js.map

/***/ }),

/***/ 1164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWorker: () => (/* binding */ runWorker)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2018);
/* harmony import */ var _determinism_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9910);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46);
/* harmony import */ var _data_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2671);
/* harmony import */ var _determinism_seeding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1468);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6143);
// The training process: one fresh process per job, so that "reproducible" means a new process
// gives the same numbers. It trains the folds it is given and reports each over IPC.
//
// Start-up is part of every process's cost, so tfjs (and all that needs it) starts loading as the
// process starts, before the job arrives; the dataset loads when the job comes (the parent sends
// it once the shared inflated copy of the images is ready: data/idx-files.ts), beside tfjs.







function importTraining() {
    return Promise.all([
        __webpack_require__.e(/* import() */ 484).then(__webpack_require__.t.bind(__webpack_require__, 3484, 19)),
        Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(744), __webpack_require__.e(760), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 61)),
        Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(762), __webpack_require__.e(921), __webpack_require__.e(760), __webpack_require__.e(493)]).then(__webpack_require__.bind(__webpack_require__, 9493)),
        Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(762), __webpack_require__.e(306), __webpack_require__.e(921), __webpack_require__.e(301)]).then(__webpack_require__.bind(__webpack_require__, 2301)),
    ]);
}
async function train(job, training) {
    const { settings } = job;
    const loading = performance.now();
    let datasetSeconds = 0;
    const datasetLoad = (0,_data_load_js__WEBPACK_IMPORTED_MODULE_2__.loadSettingsDataset)(settings, job.inflatedImages).then((dataset) => {
        datasetSeconds = (performance.now() - loading) / 1000;
        return dataset;
    });
    // Awaited below, after the backend, whose errors come first as they always did.
    datasetLoad.catch(() => { });
    const [tf, { libtensorflowVersion, selectBackend }, { trainFold }, { asFoldModel, loadUserModel }] = await training;
    const backend = await selectBackend(job.backends, settings.threads);
    const native = backend.name === 'tensorflow';
    const environment = {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpuModel: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.cpus)()[0]?.model.trim() ?? 'unknown',
        cpuCount: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.cpus)().length,
        tfjsVersion: tf.version_core,
        backend: backend.name,
        backendVersion: backend.version,
        backendDetail: backend.detail,
        threads: settings.threads,
        determinismVariables: (0,_determinism_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .observedDeterminismVariables */ .ZD)(process.env),
        libtensorflowVersion: native ? libtensorflowVersion() : null,
        oneDnn: native ? process.env.TF_ENABLE_ONEDNN_OPTS !== '0' && process.platform === 'linux' && process.arch === 'x64' : null,
        cudaVisibleDevices: process.env.CUDA_VISIBLE_DEVICES ?? null,
    };
    const startupSeconds = performance.now() / 1000;
    await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'started', environment, warnings: backend.warnings });
    const dataset = await datasetLoad;
    const userModel = settings.model
        ? asFoldModel(await loadUserModel(settings.model, { seed: settings.deterministic ? settings.seed : null, dataset, unseeded: settings.unseeded }))
        : undefined;
    const trace = settings.trace ?? 'epochs';
    const splits = (0,_determinism_seeding_js__WEBPACK_IMPORTED_MODULE_3__/* .kFoldSplits */ .SG)(dataset.count, settings.folds, settings.seed);
    let trainSeconds = 0;
    const tensorsAfterFold = [];
    for (const fold of job.folds) {
        const result = await trainFold(dataset, splits[fold], {
            epochs: settings.epochs,
            batchSize: settings.batchSize,
            validationSplit: settings.validationSplit,
            seed: settings.deterministic ? settings.seed : null,
            unseeded: settings.unseeded,
            classes: _data_load_js__WEBPACK_IMPORTED_MODULE_2__.CLASSES,
            model: userModel,
            onEpoch: (progress) => void (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'epoch', progress }),
            trace,
            onTrace: trace === 'off' ? undefined : (checkpoint) => void (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'trace', checkpoint }),
        });
        trainSeconds += result.trainSeconds ?? 0;
        tensorsAfterFold.push(tf.memory().numTensors);
        await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'fold', result });
    }
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'done', stats: { startupSeconds, datasetSeconds, trainSeconds, peakRssBytes, tensorsAfterFold } });
}
function runWorker() {
    if (!process.send) {
        console.error('tf-repro: the training worker must be started by tf-repro, with an IPC channel');
        process.exit(2);
    }
    const training = importTraining();
    // A failed import is reported with the job, below.
    training.catch(() => { });
    process.once('message', (job) => {
        train(job, training)
            .catch(async (error) => {
            const message = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error);
            if (!(error instanceof _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
                console.error(error);
            await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'error', message }).catch(() => { });
            process.exitCode = 2;
        })
            .finally(() => process.disconnect());
    });
}
//# sourceMappingURL=worker.js.map

/***/ }),

/***/ 6143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage),
/* harmony export */   j: () => (/* binding */ errorStack)
/* harmony export */ });
// What a caught value says. JavaScript can throw anything, so every catch that shows what went
// wrong goes through here rather than assuming an Error.
/** An Error's message; anything else that was thrown, as text. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** An Error's stack (its message where it has none), for an unexpected failure; anything else, as text. */
function errorStack(error) {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
//# sourceMappingURL=errors.js.map

/***/ })

};
