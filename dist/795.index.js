export const id = 795;
export const ids = [795];
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

/***/ 44795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPreflightProcess: () => (/* binding */ runPreflightProcess),
/* harmony export */   x: () => (/* binding */ preflightModel)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52018);
/* harmony import */ var _util_child_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59596);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36143);
/* harmony import */ var _output_tail_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77858);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46);
// The user's model checked once before any training process starts, in a fresh process of its own:
// a module model is user code, and the check's own process (the action's, which holds the GitHub
// token) must never run it. The child loads the dataset and builds the model on the cpu backend
// (model/user-preflight.ts); a model that does not fit the dataset is one clear error here, not the
// same crash in every run. Its environment is the training processes' one, without the tokens.






/** How long the child may take to exit once it has answered (a module's timer may keep it alive). */
const EXIT_GRACE_MS = 5000;
/**
 * Checks `settings.model` against the dataset in a fresh process started from `entryScript`.
 * Throws the child's UserError as a UserError; anything else as an Error. The child has ended
 * when this returns or throws.
 */
async function preflightModel(settings, entryScript) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.fork)(entryScript, [_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .PREFLIGHT_ARGUMENT */ .Kl], { env: (0,_util_child_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .childEnvironment */ .Qc)(), execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    // The module's own output: shown only when the process dies without an answer.
    const tail = new _output_tail_js__WEBPACK_IMPORTED_MODULE_4__/* .OutputTail */ .g();
    for (const stream of [child.stdout, child.stderr])
        stream.on('data', (chunk) => tail.append(chunk));
    let answer = null;
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve([code, signal]));
    });
    child.on('message', (message) => {
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
        throw new Error(`could not start the process that checks the model (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)})`, { cause: error });
    }
    const message = answer;
    if (message?.type === 'checked')
        return message.model;
    if (message?.type === 'error') {
        if (message.userError)
            throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(message.message);
        throw Object.assign(new Error(message.message), { stack: `${message.stack}\n    (in the process that checks the model)` });
    }
    // Only the model's code runs there besides ours: a process.exit() of its own, or memory it ran out of.
    const output = tail.lastLines(5);
    throw new _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`'model': ${settings.model}: the process that checks it ${signal ? `was killed by ${signal}` : `exited with code ${code}`} before the check ended; ` +
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
            .then((model) => (0,_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .sendToParent */ .Ac)({ type: 'checked', model }))
            .catch(async (error) => {
            process.exitCode = 2;
            await (0,_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .sendToParent */ .Ac)({ type: 'error', message: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error), userError: error instanceof _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo, stack: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorStack */ .j)(error) }).catch(() => { });
        })
            .finally(() => process.disconnect());
    });
}
async function check({ settings }) {
    // The dataset loads while tfjs does; its errors still come first.
    const dataset = __webpack_require__.e(/* import() */ 671).then(__webpack_require__.bind(__webpack_require__, 52671)).then(({ loadSettingsDataset }) => loadSettingsDataset(settings));
    dataset.catch(() => { });
    const { preflightUserModel } = await Promise.all(/* import() */[__webpack_require__.e(484), __webpack_require__.e(762), __webpack_require__.e(48), __webpack_require__.e(306), __webpack_require__.e(58), __webpack_require__.e(921), __webpack_require__.e(26)]).then(__webpack_require__.bind(__webpack_require__, 44026));
    const { description, seeds, warnings } = await preflightUserModel(settings, await dataset);
    return { description, seeds, warnings };
}
//# sourceMappingURL=model-preflight.js.map

/***/ }),

/***/ 77858:
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

/***/ 59596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/** The action's inputs (`github-token` is INPUT_GITHUB-TOKEN) and its saved state. */
const RUNNER_ONLY_PREFIXES = ['INPUT_', 'STATE_'];
/** Whether user code must not get this variable. Names are compared in upper case: Windows' are case-insensitive. */
function isWithheldVariable(name) {
    const upper = name.toUpperCase();
    return RUNNER_ONLY_VARIABLES.has(upper) || RUNNER_ONLY_PREFIXES.some((prefix) => upper.startsWith(prefix));
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
