export const id = 164;
export const ids = [164];
export const modules = {

/***/ 52018:
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
/* unused harmony export DRIFT_STATUSES */
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
// Drift against a baseline (issue #13, part 3): report.drift (comparison/drift.ts).
/** 'unavailable': no baseline could be had (its `reason` says why); never a failure. */
const DRIFT_STATUSES = (/* unused pure expression or super */ null && (['unchanged', 'changed', 'unavailable']));
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

/***/ 89910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ pinnedVariables),
/* harmony export */   CV: () => (/* binding */ nativeLibraryEnvironment),
/* harmony export */   D1: () => (/* binding */ PINNED_VARIABLES),
/* harmony export */   ZD: () => (/* binding */ observedDeterminismVariables),
/* harmony export */   bW: () => (/* binding */ tensorflowThreadPools),
/* harmony export */   cr: () => (/* binding */ DETERMINISM_VARIABLES),
/* harmony export */   eJ: () => (/* binding */ oneDnnEnabled),
/* harmony export */   fu: () => (/* binding */ determinismEnvironment)
/* harmony export */ });
/* unused harmony exports tensorflowOneDnnDefault, tensorflowBoolean */
const DETERMINISM_VARIABLES = [
    'TF_DETERMINISTIC_OPS',
    'TF_CUDNN_DETERMINISTIC',
    'PYTHONHASHSEED',
    'TF_NUM_INTEROP_THREADS',
    'TF_NUM_INTRAOP_THREADS',
    'OMP_NUM_THREADS',
];
/**
 * Library defaults the determinism settings pin, to the runner's value or else to the library's
 * own default: they change the numbers (TensorFlow's oneDNN kernels sum in another order), so every
 * process and every later check must run the same way. Not a determinism switch: diagnose never
 * turns them off, since unset means the same default.
 */
const PINNED_VARIABLES = ['TF_ENABLE_ONEDNN_OPTS'];
/** The variables to add for a deterministic run, less those in `off` (diagnose); none for the baseline. `pinned`: pinnedVariables(). */
function determinismEnvironment(deterministic, threads, off = [], pinned = {}) {
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
    return { ...all, ...pinned };
}
/** What a process sees of those variables and the pinned ones, for the report's fingerprint. */
function observedDeterminismVariables(env) {
    return Object.fromEntries([...DETERMINISM_VARIABLES, ...PINNED_VARIABLES].map((name) => [name, env[name] ?? null]));
}
/** x86 features for which TensorFlow turns oneDNN on by default on Linux (its DefaultOneDnnPolicy). */
const ONEDNN_CPU_FEATURES = ['avx512_vnni', 'avx512_bf16', 'avx_vnni', 'amx_tile', 'amx_int8', 'amx_bf16'];
/**
 * TensorFlow's default for TF_ENABLE_ONEDNN_OPTS (tensorflow/core/util/port.cc, DefaultOneDnnPolicy):
 * on Linux, on only for CPUs with neural-network features (AVX512_VNNI, AVX512_BF16, AVX_VNNI, AMX;
 * Arm's Neoverse V1), as since TensorFlow 2.9; on Windows x86-64 on (TensorFlow 2.15 and later;
 * off before); elsewhere off.
 */
function tensorflowOneDnnDefault(host) {
    if (host.platform === 'linux')
        return ONEDNN_CPU_FEATURES.some((flag) => host.flags.includes(flag)) || host.armNeoverseV1;
    return host.platform === 'win32' && host.arch === 'x64';
}
/** TensorFlow's reading of a boolean variable: 0, false, 1, true in any case; anything else (or unset) is null: its default. */
function tensorflowBoolean(value) {
    const text = value?.trim().toLowerCase();
    if (text === '1' || text === 'true')
        return true;
    if (text === '0' || text === 'false')
        return false;
    return null;
}
/** TF_ENABLE_ONEDNN_OPTS as the runner sets it, else TensorFlow's default on this host, as '1' or '0'. */
function pinnedVariables(inherited, host) {
    const runner = inherited.TF_ENABLE_ONEDNN_OPTS;
    return { TF_ENABLE_ONEDNN_OPTS: runner !== undefined && runner.trim() !== '' ? runner : tensorflowOneDnnDefault(host) ? '1' : '0' };
}
/** Whether TensorFlow runs its oneDNN kernels in a process with this environment (its IsMklEnabled). */
function oneDnnEnabled(env, host, builtWithOneDnn) {
    return builtWithOneDnn && (tensorflowBoolean(env.TF_ENABLE_ONEDNN_OPTS) ?? tensorflowOneDnnDefault(host));
}
/**
 * The thread pools TensorFlow sizes for the eager context (process_util.cc): TF_NUM_INTRAOP_THREADS
 * and TF_NUM_INTEROP_THREADS where they are positive whole numbers, else one thread per processor
 * the process may run on.
 */
function tensorflowThreadPools(env, processors) {
    const pool = (value) => {
        const number = /^\s*\d+\s*$/.test(value ?? '') ? Number(value) : 0;
        return number > 0 ? number : processors;
    };
    return { intraOp: pool(env.TF_NUM_INTRAOP_THREADS), interOp: pool(env.TF_NUM_INTEROP_THREADS) };
}
/**
 * LD_LIBRARY_PATH for a training process whose native candidates need library folders of their own
 * (provision/: pip's CUDA libraries beside a Python TensorFlow), ahead of the runner's; {} when none do.
 */
function nativeLibraryEnvironment(libraryPaths, inherited) {
    const dirs = [...new Set(libraryPaths.flatMap((paths) => paths ?? []))];
    if (dirs.length === 0)
        return {};
    return { LD_LIBRARY_PATH: [...dirs, ...(inherited.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean)].join(':') };
}
//# sourceMappingURL=environment.js.map

/***/ }),

/***/ 31468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ deriveSeed),
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   LV: () => (/* binding */ seedMathRandom),
/* harmony export */   SG: () => (/* binding */ kFoldSplits),
/* harmony export */   dL: () => (/* binding */ permutation)
/* harmony export */ });
/* harmony import */ var seedrandom__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24058);
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

/***/ 61164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWorker: () => (/* binding */ runWorker)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52018);
/* harmony import */ var _determinism_environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89910);
/* harmony import */ var _util_cpu_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66119);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46);
/* harmony import */ var _data_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52671);
/* harmony import */ var _determinism_seeding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31468);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36143);
// The training process: one fresh process per job, so that "reproducible" means a new process
// gives the same numbers. It trains the folds it is given and reports each over IPC.
//
// Start-up is part of every process's cost, so tfjs (and all that needs it) starts loading as the
// process starts, before the job arrives; the dataset loads when the job comes (the parent sends
// it once the shared inflated copy of the images is ready: data/idx-files.ts), beside tfjs.








function importTraining() {
    return Promise.all([
        __webpack_require__.e(/* import() */ 484).then(__webpack_require__.t.bind(__webpack_require__, 53484, 19)),
        Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(744), __webpack_require__.e(91), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 50061)),
        Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(762), __webpack_require__.e(921), __webpack_require__.e(91), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 71400)),
        Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(762), __webpack_require__.e(306), __webpack_require__.e(921), __webpack_require__.e(301)]).then(__webpack_require__.bind(__webpack_require__, 82301)),
    ]);
}
async function train(job, training) {
    const { settings } = job;
    const loading = performance.now();
    let datasetSeconds = 0;
    const datasetLoad = (0,_data_load_js__WEBPACK_IMPORTED_MODULE_3__.loadSettingsDataset)(settings, job.inflatedImages).then((dataset) => {
        datasetSeconds = (performance.now() - loading) / 1000;
        return dataset;
    });
    // Awaited below, after the backend, whose errors come first as they always did.
    datasetLoad.catch(() => { });
    const [tf, { libtensorflowVersion, nativeGpuDevice, selectBackend }, { trainFold }, { asFoldModel, loadUserModel }] = await training;
    const backend = await selectBackend(job.backends, settings.threads);
    const native = backend.name === 'tensorflow';
    const nativePackage = backend.candidate?.backend === 'tensorflow' ? (backend.candidate.native ?? null) : null;
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
        determinismVariables: (0,_determinism_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .observedDeterminismVariables */ .ZD)(process.env),
        libtensorflowVersion: native ? libtensorflowVersion() : null,
        oneDnn: native ? (0,_determinism_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .oneDnnEnabled */ .eJ)(process.env, (0,_util_cpu_host_js__WEBPACK_IMPORTED_MODULE_2__/* .readCpuHost */ .R)(), nativePackage?.oneDnnBuiltIn ?? (process.platform === 'linux' && process.arch === 'x64')) : null,
        cudaVisibleDevices: process.env.CUDA_VISIBLE_DEVICES ?? null,
        nativePackage,
        tensorflowThreads: native ? (0,_determinism_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .tensorflowThreadPools */ .bW)(process.env, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)()) : null,
        gpuDevice: native ? nativeGpuDevice() : null,
    };
    const startupSeconds = performance.now() / 1000;
    await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .sendToParent */ .Ac)({ type: 'started', environment, warnings: backend.warnings });
    const dataset = await datasetLoad;
    const userModel = settings.model
        ? asFoldModel(await loadUserModel(settings.model, { seed: settings.deterministic ? settings.seed : null, dataset, unseeded: settings.unseeded }))
        : undefined;
    const trace = settings.trace ?? 'epochs';
    const splits = (0,_determinism_seeding_js__WEBPACK_IMPORTED_MODULE_4__/* .kFoldSplits */ .SG)(dataset.count, settings.folds, settings.seed);
    let trainSeconds = 0;
    const tensorsAfterFold = [];
    for (const fold of job.folds) {
        const result = await trainFold(dataset, splits[fold], {
            epochs: settings.epochs,
            batchSize: settings.batchSize,
            validationSplit: settings.validationSplit,
            seed: settings.deterministic ? settings.seed : null,
            unseeded: settings.unseeded,
            classes: _data_load_js__WEBPACK_IMPORTED_MODULE_3__.CLASSES,
            model: userModel,
            onEpoch: (progress) => void (0,_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .sendToParent */ .Ac)({ type: 'epoch', progress }),
            trace,
            onTrace: trace === 'off' ? undefined : (checkpoint) => void (0,_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .sendToParent */ .Ac)({ type: 'trace', checkpoint }),
        });
        trainSeconds += result.trainSeconds ?? 0;
        tensorsAfterFold.push(tf.memory().numTensors);
        await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .sendToParent */ .Ac)({ type: 'fold', result });
    }
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .sendToParent */ .Ac)({ type: 'done', stats: { startupSeconds, datasetSeconds, trainSeconds, peakRssBytes, tensorsAfterFold } });
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
            const message = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error);
            if (!(error instanceof _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
                console.error(error);
            await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .sendToParent */ .Ac)({ type: 'error', message }).catch(() => { });
            process.exitCode = 2;
        })
            .finally(() => process.disconnect());
    });
}
//# sourceMappingURL=worker.js.map

/***/ }),

/***/ 66119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readCpuHost)
/* harmony export */ });
/* unused harmony export parseCpuInfo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
// What TensorFlow's default for its oneDNN kernels depends on: the platform, and the CPU's
// features as Linux lists them in /proc/cpuinfo. Read once per process.

/** The first processor's entry of /proc/cpuinfo, as a host. Pure. */
function parseCpuInfo(text, platform, arch) {
    const field = (name) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'mi').exec(text)?.[1]?.trim() ?? '';
    const flags = (field('flags') || field('Features')).toLowerCase().split(/\s+/).filter(Boolean);
    const armNeoverseV1 = field('CPU implementer').toLowerCase() === '0x41' && field('CPU part').toLowerCase() === '0xd40';
    return { platform, arch, flags, armNeoverseV1 };
}
let cached = null;
function readCpuHost() {
    if (cached === null) {
        let text = '';
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/cpuinfo', 'utf8');
        }
        catch {
            // Not Linux: no flags, which TensorFlow's rule does not need there.
        }
        cached = parseCpuInfo(text, process.platform, process.arch);
    }
    return cached;
}
//# sourceMappingURL=cpu-host.js.map

/***/ }),

/***/ 36143:
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
