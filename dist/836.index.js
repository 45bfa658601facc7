export const id = 836;
export const ids = [836];
export const modules = {

/***/ 9910:
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
/** The variables to add for a deterministic run, less those in `off` (diagnose); none for unpinned runs. `pinned`: pinnedVariables(). */
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
/* harmony import */ var _util_user_error_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2292);
/* harmony import */ var _determinism_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9910);
/* harmony import */ var _util_cpu_host_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6119);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46);
/* harmony import */ var _data_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2716);
/* harmony import */ var _determinism_seeding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1468);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6143);
// The training process: one fresh process per job, so that "reproducible" means a new process
// gives the same numbers. It trains the folds it is given and reports each over IPC.
//
// Start-up is part of every process's cost, so tfjs (and all that needs it) starts loading as the
// process starts, before the job arrives; the dataset loads when the job comes (the parent sends
// it once the shared inflated copy of the images is ready: data/idx-files.ts), beside tfjs.








/** What every job needs; a user's model's loader (and the .keras archive reader it brings) only comes with a `model` (runs/worker.ts train). */
function importTraining() {
    return Promise.all([__webpack_require__.e(/* import() */ 484).then(__webpack_require__.t.bind(__webpack_require__, 3484, 19)), Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(744), __webpack_require__.e(91), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 61)), Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(762), __webpack_require__.e(921), __webpack_require__.e(91), __webpack_require__.e(908)]).then(__webpack_require__.bind(__webpack_require__, 1400))]);
}
async function train(job, training) {
    const { settings } = job;
    const userModelLoader = settings.model ? Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(306), __webpack_require__.e(762), __webpack_require__.e(921), __webpack_require__.e(301), __webpack_require__.e(126)]).then(__webpack_require__.bind(__webpack_require__, 2301)) : null;
    userModelLoader?.catch(() => { });
    const loading = performance.now();
    let datasetSeconds = 0;
    const datasetLoad = (0,_data_load_js__WEBPACK_IMPORTED_MODULE_2__.loadSettingsDataset)(settings, job.inflatedImages).then((dataset) => {
        datasetSeconds = (performance.now() - loading) / 1000;
        return dataset;
    });
    // Awaited below, after the backend, whose errors come first as they always did.
    datasetLoad.catch(() => { });
    const [tf, { libtensorflowVersion, nativeGpuDevice, selectBackend }, { trainFold }] = await training;
    const backend = await selectBackend(job.backends, settings.threads);
    const native = backend.name === 'tensorflow';
    const nativePackage = backend.candidate?.backend === 'tensorflow' ? (backend.candidate.native ?? null) : null;
    const environment = {
        node: process.version,
        ...(0,_util_cpu_host_js__WEBPACK_IMPORTED_MODULE_1__/* .machineFingerprint */ .Wh)(),
        tfjsVersion: tf.version_core,
        backend: backend.name,
        backendVersion: backend.version,
        backendDetail: backend.detail,
        threads: settings.threads,
        determinismVariables: (0,_determinism_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .observedDeterminismVariables */ .ZD)(process.env),
        libtensorflowVersion: native ? libtensorflowVersion() : null,
        oneDnn: native ? (0,_determinism_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .oneDnnEnabled */ .eJ)(process.env, (0,_util_cpu_host_js__WEBPACK_IMPORTED_MODULE_1__/* .readCpuHost */ .R9)(), nativePackage?.oneDnnBuiltIn ?? (process.platform === 'linux' && process.arch === 'x64')) : null,
        cudaVisibleDevices: process.env.CUDA_VISIBLE_DEVICES ?? null,
        nativePackage,
        tensorflowThreads: native ? (0,_determinism_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .tensorflowThreadPools */ .bW)(process.env, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)()) : null,
        gpuDevice: native ? nativeGpuDevice() : null,
    };
    const startupSeconds = performance.now() / 1000;
    await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'started', environment, warnings: backend.warnings });
    const dataset = await datasetLoad;
    const { asFoldModel, loadUserModel } = (await userModelLoader) ?? {};
    const userModel = settings.model && asFoldModel && loadUserModel
        ? asFoldModel(await loadUserModel(settings.model, {
            seed: settings.deterministic ? settings.seed : null,
            dataset,
            unseeded: settings.unseeded,
            maxParameters: settings.maxModelParameters,
        }))
        : undefined;
    const trace = settings.trace ?? 'epochs';
    const splits = (0,_determinism_seeding_js__WEBPACK_IMPORTED_MODULE_3__/* .kFoldSplits */ .SG)(dataset.count, settings.folds, settings.seed);
    let trainSeconds = 0;
    const tensorsAfterFold = [];
    for (const fold of job.folds) {
        let steps = { fused: false, warnings: [] };
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
            onSteps: (tally) => (steps = { fused: tally.fused > 0 && tally.tfjs === 0, warnings: tally.warnings }),
        });
        trainSeconds += result.trainSeconds ?? 0;
        tensorsAfterFold.push(tf.memory().numTensors);
        await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'fold', result, steps });
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
            if (!(error instanceof _util_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y))
                console.error(error);
            await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .sendToParent */ .Ac)({ type: 'error', message }).catch(() => { });
            process.exitCode = 2;
        })
            .finally(() => process.disconnect());
    });
}
//# sourceMappingURL=worker.js.map

/***/ }),

/***/ 6119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R9: () => (/* binding */ readCpuHost),
/* harmony export */   Wh: () => (/* binding */ machineFingerprint)
/* harmony export */ });
/* unused harmony export parseCpuInfo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
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
/** The machine as every fingerprint names it: "linux x64", the first processor's model, how many processors. */
function machineFingerprint() {
    const processors = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.cpus)();
    return { platform: `${process.platform} ${process.arch}`, cpuModel: processors[0]?.model.trim() ?? 'unknown', cpuCount: processors.length };
}
//# sourceMappingURL=cpu-host.js.map

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

/***/ }),

/***/ 7499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ minutesText),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   rX: () => (/* binding */ withCommas),
/* harmony export */   tq: () => (/* binding */ boundedMessage),
/* harmony export */   ts: () => (/* binding */ ITEMS_NAMED)
/* harmony export */ });
/* unused harmony export MESSAGE_CHARS */
// Numbers and counts in the words of a message, the same way in every layer.
/** "1 run", "3 runs": the count and the word, plural unless the count is 1. */
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** A `timeout-minutes` as said in a message: "2.5 minutes", "6 seconds". */
function minutesText(minutes) {
    return minutes >= 1 ? plural(Number(minutes.toFixed(2)), 'minute') : `${Number((minutes * 60).toFixed(1))} seconds`;
}
/** 60000 as "60,000", for sizes and counts a user compares with their own. */
function withCommas(value) {
    return value.toLocaleString('en-US');
}
/**
 * User text for a one-line message: line breaks and other control characters escaped as JSON
 * escapes them, cut to `chars` characters, so a bad file cannot make an error of many lines or
 * megabytes.
 */
function excerpt(text, chars = 60) {
    const escaped = JSON.stringify(text.length > chars ? text.slice(0, chars) : text)
        .slice(1, -1)
        .replace(/\\"/g, '"');
    return text.length > chars ? `${escaped}…` : escaped;
}
/** Cuts user text to `chars` characters and an ellipsis, before it is escaped, so that no escape sequence is ever cut in half. */
function cut(text, chars) {
    return text.length <= chars ? text : `${text.slice(0, chars)}…`;
}
/** A whole message on one line, whatever the paths in it hold: control characters as escapes (\\n); the rest as it is. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const oneLine = (message) => message.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
/** How many items of a list a message names before it counts the rest. */
const ITEMS_NAMED = 10;
/**
 * A list for a message: "3, 4, 5" whole when short, else its first `shown` items and a count of the
 * rest, "3, 4, 5, … and 995 more": a check of 1,000 runs must not make an error line of 100 KB.
 */
function listed(items, shown = ITEMS_NAMED, separator = ', ') {
    if (items.length <= shown)
        return items.join(separator);
    return `${items.slice(0, shown).join(separator)}${separator}… and ${withCommas(items.length - shown)} more`;
}
/** The most characters of one error message printed: a failed run's last log lines fit many times over. */
const MESSAGE_CHARS = 20_000;
/** A message cut to MESSAGE_CHARS, saying how much was left out: user text in it never makes an error of megabytes. */
function boundedMessage(text, chars = MESSAGE_CHARS) {
    return text.length <= chars ? text : `${text.slice(0, chars)}… (${withCommas(text.length - chars)} more characters)`;
}
//# sourceMappingURL=text.js.map

/***/ }),

/***/ 2292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// A problem with what the user gave us, as opposed to a bug.
/** A problem with what the user gave us: shown as one line, no stack trace, exit code 2. */
class UserError extends Error {
    name = 'UserError';
}
//# sourceMappingURL=user-error.js.map

/***/ })

};
