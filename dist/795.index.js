export const id = 795;
export const ids = [795,126];
export const modules = {

/***/ 8653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   ix: () => (/* binding */ nestsDeeperThan)
/* harmony export */ });
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A config value as text, for a name or a lookup: a string as it is, anything else as its JSON.
 * String() would throw on an object whose toString is not a function ({"toString": null}).
 */
const asText = (value) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'));
/**
 * How deeply a model config may nest lists and objects. A Keras model of nested models nests a
 * few dozen levels; the walks over a config (and TensorFlow.js' deserializer) recurse, and a
 * config nested 100,000 levels deep would overflow the stack.
 */
const MAX_JSON_DEPTH = 1000;
/** Whether `value` nests lists and objects more than `limit` levels deep; walked with a stack of its own, never recursing. */
function nestsDeeperThan(value, limit) {
    const pending = [[value, 1]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        const [item, depth] = next;
        if (typeof item !== 'object' || item === null)
            continue;
        if (depth > limit)
            return true;
        for (const child of Array.isArray(item) ? item : Object.values(item))
            pending.push([child, depth + 1]);
    }
    return false;
}
//# sourceMappingURL=json.js.map

/***/ }),

/***/ 6126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ tooManyParameters),
/* harmony export */   s$: () => (/* binding */ MAX_MODEL_PARAMETERS),
/* harmony export */   yG: () => (/* binding */ countParameters)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7499);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8653);
// Pure: how many parameters a model config (Keras 2 form, model-config.ts) holds, counted before
// TensorFlow.js builds it, so that a layer too large for the runner's memory (a Dense of 3,000,000
// units on 784 inputs: 2.4 billion float32s, 9.4 GB) is refused rather than allocated. Shapes are
// followed through the layers whose shapes it knows; a layer past one it does not know is counted
// with the inputs it surely has (at least one), so the count never exceeds the model's.


/** The default of `max-model-parameters`: about twice a ResNet-50 (25.6 M), 200 MB as float32. */
const MAX_MODEL_PARAMETERS = 50_000_000;
const MODEL_CLASSES = ['Sequential', 'Model', 'Functional'];
/** Layers whose output has their input's shape and that hold no parameters. */
const SHAPE_KEEPING = new Set([
    'Activation',
    'ActivityRegularization',
    'AlphaDropout',
    'Dropout',
    'ELU',
    'GaussianDropout',
    'GaussianNoise',
    'LeakyReLU',
    'Masking',
    'PReLU',
    'ReLU',
    'Softmax',
    'SpatialDropout1D',
    'SpatialDropout2D',
    'SpatialDropout3D',
    'ThresholdedReLU',
    'TfReproSeededDropout',
]);
const numberOr = (value, otherwise) => (typeof value === 'number' && Number.isFinite(value) ? value : otherwise);
const known = (dimension) => (typeof dimension === 'number' && dimension >= 0 ? dimension : null);
const product = (dimensions) => dimensions.reduce((total, dimension) => (total === null || dimension === null ? null : total * dimension), 1);
/** A config's kernel_size, pool_size or strides as one number per spatial dimension. */
function perDimension(value, dimensions, otherwise) {
    if (Array.isArray(value))
        return Array.from({ length: dimensions }, (_, i) => numberOr(value[i], otherwise));
    return Array.from({ length: dimensions }, () => numberOr(value, otherwise));
}
/** The shape a layer declares for its input (batch_input_shape, input_shape, batch_shape), batch dimension dropped. */
function declaredInput(config) {
    for (const [field, batched] of [
        ['batch_input_shape', true],
        ['batch_shape', true],
        ['input_shape', false],
    ]) {
        const value = config[field];
        if (Array.isArray(value))
            return (batched ? value.slice(1) : value).map((dimension) => known(dimension));
    }
    return null;
}
/** Spatial sizes after a window of `window` moving by `strides` ('same': ceil(size / stride); 'valid': what fits). */
function windowed(sizes, window, strides, padding) {
    return sizes.map((size, i) => {
        if (size === null)
            return null;
        const stride = strides[i] ?? 1;
        return padding === 'same' ? Math.ceil(size / stride) : Math.max(0, Math.floor((size - (window[i] ?? 1)) / stride) + 1);
    });
}
/** A convolution or pooling's (channels last) output and parameters. */
function convolution(className, config, input) {
    const dimensions = Number(/([123])D/.exec(className)?.[1] ?? 2);
    const spatial = input && input.length === dimensions + 1 ? input.slice(0, dimensions) : Array.from({ length: dimensions }, () => null);
    const channels = known(input?.at(-1)) ?? 1;
    if (/Pooling/.test(className)) {
        if (className.startsWith('Global'))
            return { output: [input?.at(-1) ?? null], parameters: 0 };
        const pool = perDimension(config['pool_size'], dimensions, 2);
        return {
            output: [...windowed(spatial, pool, perDimension(config['strides'] ?? config['pool_size'], dimensions, 2), config['padding']), input?.at(-1) ?? null],
            parameters: 0,
        };
    }
    const kernel = product(perDimension(config['kernel_size'], dimensions, 1)) ?? 1;
    const bias = config['use_bias'] !== false;
    const filters = numberOr(config['filters'], 0);
    const multiplier = numberOr(config['depth_multiplier'], 1);
    let parameters;
    let outChannels = filters;
    if (className.startsWith('Depthwise')) {
        outChannels = channels * multiplier;
        parameters = kernel * channels * multiplier + (bias ? outChannels : 0);
    }
    else if (className.startsWith('Separable')) {
        parameters = kernel * channels * multiplier + channels * multiplier * filters + (bias ? filters : 0);
    }
    else {
        parameters = kernel * channels * filters + (bias ? filters : 0);
    }
    const output = className.endsWith('Transpose')
        ? null
        : [
            ...windowed(spatial, perDimension(config['kernel_size'], dimensions, 1), perDimension(config['strides'], dimensions, 1), config['padding']),
            outChannels,
        ];
    return { output, parameters };
}
/** One layer's output shape and parameters, from its input's shape. */
function layerCount(layer, input, count) {
    const className = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(layer['class_name']);
    const config = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(layer['config']) ? layer['config'] : {};
    const name = typeof config['name'] === 'string' ? config['name'] : className;
    const shape = input ?? declaredInput(config);
    if (MODEL_CLASSES.includes(className))
        return modelCount(config, shape, count);
    const last = known(shape?.at(-1)) ?? 1;
    const add = (parameters) => count(name, className, parameters);
    const bias = config['use_bias'] !== false;
    switch (className) {
        case 'InputLayer':
            return declaredInput(config);
        case 'Dense': {
            const units = numberOr(config['units'], 0);
            add(last * units + (bias ? units : 0));
            return shape ? [...shape.slice(0, -1), units] : [units];
        }
        case 'Embedding': {
            const out = numberOr(config['output_dim'], 0);
            add(numberOr(config['input_dim'], 0) * out);
            return shape ? [...shape, out] : null;
        }
        case 'Flatten':
            return shape ? [product(shape)] : [null];
        case 'Reshape': {
            const target = Array.isArray(config['target_shape']) ? config['target_shape'].map((d) => numberOr(d, -1)) : null;
            if (target === null)
                return null;
            const size = shape ? product(shape) : null;
            const rest = product(target.filter((d) => d !== -1));
            return target.map((d) => (d !== -1 ? d : size !== null && rest ? size / rest : null));
        }
        case 'BatchNormalization':
            add(4 * last);
            return shape;
        case 'LayerNormalization':
            add(2 * last);
            return shape;
        case 'SimpleRNN':
        case 'LSTM':
        case 'GRU': {
            const units = numberOr(config['units'], 0);
            const gates = className === 'LSTM' ? 4 : className === 'GRU' ? 3 : 1;
            add(gates * (units * (last + units) + (bias ? units : 0)));
            return config['return_sequences'] === true ? [shape?.[0] ?? null, units] : [units];
        }
        default:
            if (/^(Depthwise|Separable)?Conv[123]D(Transpose)?$|Pooling[123]D$/.test(className)) {
                const { output, parameters } = convolution(className, config, shape);
                add(parameters);
                return output;
            }
            return SHAPE_KEEPING.has(className) ? shape : null;
    }
}
/** A (nested) model's layers: in order for a Sequential, following each layer's first input for a functional model. */
function modelCount(config, input, count) {
    // Keras 2.0 and 2.1 wrote a Sequential's config as the list of layers itself.
    const layers = (Array.isArray(config) ? config : (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(config) && Array.isArray(config['layers']) ? config['layers'] : []).filter(_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv);
    const functional = layers.some((layer) => Array.isArray(layer['inbound_nodes']));
    if (!functional)
        return layers.reduce((shape, layer) => layerCount(layer, shape, count), input);
    const outputs = new Map();
    let last = null;
    for (const layer of layers) {
        const source = firstInbound(layer['inbound_nodes']);
        last = layerCount(layer, source === null ? null : (outputs.get(source) ?? null), count);
        const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(layer['config']) ? layer['config']['name'] : undefined;
        outputs.set(typeof layer['name'] === 'string' ? layer['name'] : (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(name), last);
    }
    return last;
}
/** The layer a functional layer's first input comes from (Keras 2: [[["dense_1", 0, 0, {}]]]). */
function firstInbound(nodes) {
    const first = Array.isArray(nodes) && Array.isArray(nodes[0]) ? nodes[0][0] : null;
    return Array.isArray(first) && typeof first[0] === 'string' ? first[0] : null;
}
/** The parameters of the model `topology` (Keras 2 form), and its largest layer. */
function countParameters(topology) {
    const result = { total: 0, largest: null };
    layerCount(topology, null, (name, className, parameters) => {
        result.total += parameters;
        if (parameters > (result.largest?.parameters ?? 0))
            result.largest = { name, className, parameters };
    });
    return result;
}
/** Why a model of `count` parameters is refused under `limit`, naming its largest layer; null where it fits. */
function tooManyParameters(count, limit, source) {
    if (count.total <= limit)
        return null;
    const gigabytes = (parameters) => `${((parameters * 4) / 1e9).toFixed(1)} GB`;
    const largest = count.largest
        ? `its layer '${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(count.largest.name)}' (${count.largest.className}) has ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommas */ .rX)(count.largest.parameters)} parameters, `
        : '';
    return (`${source}: ${largest}the model ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommas */ .rX)(count.total)} in all (${gigabytes(count.total)} as float32), more than max-model-parameters (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .withCommas */ .rX)(limit)}): ` +
        `make the layer smaller, or raise max-model-parameters where the runner has the memory (training takes about 16 bytes a parameter)`);
}
//# sourceMappingURL=parameter-count.js.map

/***/ }),

/***/ 4795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPreflightProcess: () => (/* binding */ runPreflightProcess),
/* harmony export */   x: () => (/* binding */ preflightModel)
/* harmony export */ });
/* unused harmony export buildMemoryLimit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _util_user_error_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2292);
/* harmony import */ var _util_child_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9596);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6143);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7499);
/* harmony import */ var _model_parameter_count_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6126);
/* harmony import */ var _output_tail_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7858);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46);
// The user's model checked once before any training process starts, in a fresh process of its own:
// a module model is user code, and the check's own process (the action's, which holds the GitHub
// token) must never run it. The child loads the dataset and builds the model on the cpu backend
// (model/user-preflight.ts); a model that does not fit the dataset is one clear error here, not the
// same crash in every run. Its environment is the training processes' one, without the tokens.









/** How long the child may take to exit once it has answered (a module's timer may keep it alive). */
const EXIT_GRACE_MS = 5000;
/** How often the child's memory is looked at while it builds the model. */
const MEMORY_POLL_MS = 200;
/** What building a model may take beyond its parameters' share: TensorFlow.js, the module's own code. */
const MEMORY_BESIDES_BYTES = 1024 ** 3;
/** Per parameter: its float32, and the initializer's temporary copies. */
const BYTES_PER_PARAMETER = 16;
/** The memory building a model of at most `maxParameters` parameters may take, beyond the process before it. */
function buildMemoryLimit(maxParameters) {
    return MEMORY_BESIDES_BYTES + BYTES_PER_PARAMETER * maxParameters;
}
const gib = (bytes) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
/** A process's resident memory from /proc (Linux); null where it cannot be read. */
async function residentBytes(pid) {
    const status = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return kilobytes ? Number(kilobytes[1]) * 1024 : null;
}
/**
 * Checks `settings.model` against the dataset in a fresh process started from `entryScript`.
 * Throws the child's UserError as a UserError; anything else as an Error. The child has ended
 * when this returns or throws. It is killed past `timeout-minutes`, and when building the model
 * takes more memory than `max-model-parameters` allows (a module's model has no config to count
 * first): its resident memory is watched (Linux), its JavaScript heap capped.
 */
async function preflightModel(settings, entryScript) {
    const memoryLimit = buildMemoryLimit(settings.maxModelParameters ?? _model_parameter_count_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MODEL_PARAMETERS */ .s$);
    const heapMiB = Math.ceil((memoryLimit + MEMORY_BESIDES_BYTES) / 1024 ** 2);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.fork)(entryScript, [_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .PREFLIGHT_ARGUMENT */ .Kl], {
        env: (0,_util_child_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .childEnvironment */ .Qc)(),
        execArgv: [`--max-old-space-size=${heapMiB}`],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    // The module's own output: shown only when the process dies without an answer.
    const tail = new _output_tail_js__WEBPACK_IMPORTED_MODULE_5__/* .OutputTail */ .g();
    for (const stream of [child.stdout, child.stderr])
        stream.on('data', (chunk) => tail.append(chunk));
    let answer = null;
    let killedFor = null;
    const kill = (why) => {
        killedFor ??= why;
        child.kill('SIGKILL');
    };
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve([code, signal]));
    });
    const minutes = settings.timeoutMinutes ?? 0;
    const timer = minutes > 0 ? setTimeout(() => kill('timeout'), minutes * 60_000) : null;
    let watch = null;
    child.on('message', (message) => {
        if (message.type === 'building') {
            void residentBytes(child.pid).then((before) => {
                if (before === null || answer !== null)
                    return;
                watch = setInterval(() => {
                    void residentBytes(child.pid).then((now) => {
                        if (now !== null && now - before > memoryLimit)
                            kill('memory');
                    });
                }, MEMORY_POLL_MS);
            });
            return;
        }
        answer ??= message;
        setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS).unref();
    });
    let code;
    let signal;
    try {
        child.send({ settings });
        [code, signal] = await exited;
    }
    catch (error) {
        child.kill('SIGKILL');
        throw new Error(`could not start the process that checks the model (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)})`, { cause: error });
    }
    finally {
        if (timer)
            clearTimeout(timer);
        if (watch)
            clearInterval(watch);
    }
    const message = answer;
    if (message?.type === 'checked')
        return message.model;
    if (message?.type === 'error') {
        if (message.userError)
            throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(message.message);
        throw Object.assign(new Error(message.message), { stack: `${message.stack}\n    (in the process that checks the model)` });
    }
    const model = `'model': ${settings.model}`;
    if (killedFor === 'timeout')
        throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${model}: checking it ran past timeout-minutes (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .minutesText */ .BI)(minutes)}) and was killed: does createModel ever return?`);
    if (killedFor === 'memory' || /heap out of memory/.test(tail.lastLines(20))) {
        throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${model}: building it took more than ${gib(memoryLimit)} of memory, what max-model-parameters (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_8__/* .withCommas */ .rX)(settings.maxModelParameters ?? _model_parameter_count_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MODEL_PARAMETERS */ .s$)}) allows, ` +
            `and it was stopped: make the model smaller, or raise max-model-parameters where the runner has the memory`);
    }
    // Only the model's code runs there besides ours: a process.exit() of its own, or memory it ran out of.
    const output = tail.lastLines(5);
    throw new _util_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${model}: the process that checks it ${signal ? `was killed by ${signal}` : `exited with code ${code}`} before the check ended; ` +
        `does createModel call process.exit(), or run out of memory?${output ? ` Its last output:\n${output}` : ''}`);
}
/** The child's side: answers one PreflightJob, then ends. */
function runPreflightProcess() {
    if (!process.send) {
        console.error('tf-repro: the model preflight must be started by tf-repro, with an IPC channel');
        process.exit(2);
    }
    // Ends with the channel: after the answer, and when the parent is gone. Whatever the module left running ends with it.
    process.once('disconnect', () => process.exit());
    process.once('message', (job) => {
        check(job)
            .then((model) => (0,_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .sendToParent */ .Ac)({ type: 'checked', model }))
            .catch(async (error) => {
            process.exitCode = 2;
            await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .sendToParent */ .Ac)({ type: 'error', message: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error), userError: error instanceof _util_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y, stack: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorStack */ .j)(error) }).catch(() => { });
        })
            .finally(() => process.disconnect());
    });
}
async function check({ settings }) {
    // The dataset loads while tfjs does; its errors still come first.
    const dataset = __webpack_require__.e(/* import() */ 716).then(__webpack_require__.bind(__webpack_require__, 2716)).then(({ loadSettingsDataset }) => loadSettingsDataset(settings));
    dataset.catch(() => { });
    const { preflightUserModel } = await Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(306), __webpack_require__.e(762), __webpack_require__.e(48), __webpack_require__.e(58), __webpack_require__.e(921), __webpack_require__.e(301), __webpack_require__.e(203)]).then(__webpack_require__.bind(__webpack_require__, 4026));
    const loaded = await dataset;
    await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .sendToParent */ .Ac)({ type: 'building' });
    const { description, seeds, warnings } = await preflightUserModel(settings, loaded);
    return { description, seeds, warnings };
}
//# sourceMappingURL=model-preflight.js.map

/***/ }),

/***/ 7858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ OutputTail)
/* harmony export */ });
// The last bytes of a child process's output, for the error of a process that failed.
const OUTPUT_TAIL_BYTES = 4000;
class OutputTail {
    text = '';
    append(chunk) {
        this.text = (this.text + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
    }
    lastLines(count) {
        return this.text.trimEnd().split('\n').slice(-count).join('\n');
    }
}
//# sourceMappingURL=output-tail.js.map

/***/ }),

/***/ 9596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ isRunnerCredential),
/* harmony export */   Oq: () => (/* binding */ userCodeEnvironment),
/* harmony export */   Qc: () => (/* binding */ childEnvironment)
/* harmony export */ });
/* unused harmony export isWithheldVariable */
// The environment of every process tf-repro starts that runs user code (a model module, a training
// command) or trains: this process's, as a `run:` step in another job would see it, so that user
// code is never handed the runner's channels to the step or its credentials.
/**
 * The runner's channels to the step itself (user code writing to them would set the step's
 * outputs, variables or summary ahead of the verdict) and the credentials it gives actions but not
 * `run:` steps.
 */
const RUNNER_ONLY_VARIABLES = new Set([
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
/** The variables among those that carry a token, which the action's own process must not keep in its environment either (action/credentials.ts). */
const CREDENTIAL_VARIABLES = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']);
/** The action's inputs (`github-token` is INPUT_GITHUB-TOKEN) and its saved state. */
const RUNNER_ONLY_PREFIXES = ['INPUT_', 'STATE_'];
/** Whether user code must not get this variable. Names are compared in upper case: Windows' are case-insensitive. */
function isWithheldVariable(name) {
    const upper = name.toUpperCase();
    return RUNNER_ONLY_VARIABLES.has(upper) || RUNNER_ONLY_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
/** Whether this variable carries a credential of the runner's: a token above, or an input whose name ends in TOKEN (`github-token`). */
function isRunnerCredential(name) {
    const upper = name.toUpperCase();
    return CREDENTIAL_VARIABLES.has(upper) || (upper.startsWith('INPUT_') && upper.endsWith('TOKEN'));
}
/** The environment for the user's own code: `env` without what only the action itself may use. */
function userCodeEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !isWithheldVariable(name)));
}
/** A child process's environment: this process's, as user code may see it, plus `extra`. */
function childEnvironment(extra = {}) {
    return { ...userCodeEnvironment(process.env), ...extra };
}
//# sourceMappingURL=child-environment.js.map

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
