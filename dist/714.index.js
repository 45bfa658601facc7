export const id = 714;
export const ids = [714];
export const modules = {

/***/ 4714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shedRunnerCredentials: () => (/* binding */ shedRunnerCredentials)
/* harmony export */ });
/* unused harmony export CARRIED_CREDENTIALS_VARIABLE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6143);
/* harmony import */ var _util_child_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9596);
// The runner starts the action with its credentials in the environment (github-token as
// INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN...). On Linux
// /proc/<pid>/environ shows a process's initial environment to every process of the same user,
// user code included, for the process's whole life: deleting a variable from process.env does not
// change it. So before anything else the action replaces itself (execve: the same pid, stdout and
// stderr, which the runner reads) with a Node whose environment lacks them. They cross the execve
// on fd 0, a pipe (only fds 0-2 survive Node's execve), are read back at once and then live in this
// process's memory only; fd 0 becomes /dev/null, so no child inherits the pipe.






/** Set in the re-executed process's environment: the byte length of the credentials waiting on fd 0. */
const CARRIED_CREDENTIALS_VARIABLE = 'TF_REPRO_CARRIED_CREDENTIALS';
/**
 * A pipe holds at least one page (4 KiB) even for a user past pipe-user-pages-soft; the tokens fit
 * in it (a workflow token is 40 bytes, the runtime and OIDC tokens JWTs of 1-2 KB each).
 */
const MAX_CARRIED_BYTES = 4096;
/** Node 22.15 and 23.11 added process.execve; Windows has none. */
function execveOfThisNode() {
    const execve = process.execve;
    return typeof execve === 'function' ? execve.bind(process) : null;
}
/** fd 0 back to /dev/null, as Node opens it for a process started without stdin. */
function stdinToDevNull() {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(0);
    }
    catch {
        // Already closed.
    }
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/null', 'r');
    if (fd !== 0)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
}
/** The credentials on fd 0 of this re-executed process, `bytes` long. */
function readCarried(bytes) {
    const buffer = Buffer.alloc(bytes);
    let read = 0;
    try {
        // All of it was written before the execve, so no read waits (fd 0 is non-blocking: a missing byte is EAGAIN, not a hang).
        while (read < bytes) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(0, buffer, read, bytes - read, null);
            if (n === 0)
                break;
            read += n;
        }
    }
    finally {
        stdinToDevNull();
    }
    if (read !== bytes)
        throw new Error(`${read} of ${bytes} bytes arrived`);
    const parsed = JSON.parse(buffer.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((value) => typeof value !== 'string')) {
        throw new Error('they are not a map of names to strings');
    }
    return new Map(Object.entries(parsed));
}
/** The credential variables of process.env, taken out of it. */
function takeFromEnvironment() {
    const values = new Map();
    for (const [name, value] of Object.entries(process.env)) {
        if (!(0,_util_child_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .isRunnerCredential */ .Ac)(name) || value === undefined)
            continue;
        values.set(name, value);
        delete process.env[name];
    }
    return values;
}
/**
 * Replaces this process with itself without `credentials` in its environment, the credentials on
 * fd 0. Returns only when it could not: why.
 */
function reexecWithout(credentials, execve) {
    const payload = Buffer.from(JSON.stringify(Object.fromEntries(credentials)), 'utf8');
    if (payload.length > MAX_CARRIED_BYTES)
        return `the credentials take ${payload.length} bytes, more than the ${MAX_CARRIED_BYTES} a pipe surely holds`;
    // A FIFO in a fresh 0700 folder, removed as soon as it is open: the pipe then has no name.
    let dir = null;
    let failure = '';
    for (const parent of [process.env.RUNNER_TEMP, (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()]) {
        if (!parent || dir !== null)
            continue;
        try {
            dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, 'tf-repro-credentials-'));
        }
        catch (error) {
            failure = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error);
        }
    }
    if (dir === null)
        return `no folder for the pipe (${failure})`;
    const fifo = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'pipe');
    try {
        const made = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawnSync)('mkfifo', ['-m', '600', fifo], { env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' });
        if (made.status !== 0)
            return `mkfifo failed (${made.error ? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(made.error) : `exit ${made.status}`})`;
        // The lowest free descriptor: fd 0 once it is closed. Read and write, so that opening does not
        // wait for a reader; non-blocking, so that a pipe smaller than the payload is a short write, not a hang.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(0);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(fifo, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDWR | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        if (fd !== 0) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            stdinToDevNull();
            return `the pipe opened as fd ${fd}, not 0`;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(fifo);
        let written = 0;
        try {
            written = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(0, payload);
        }
        catch (error) {
            stdinToDevNull();
            return `the pipe took no bytes (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)})`;
        }
        if (written !== payload.length) {
            stdinToDevNull();
            return `the pipe took ${written} of ${payload.length} bytes`;
        }
        const env = { [CARRIED_CREDENTIALS_VARIABLE]: String(payload.length) };
        for (const [name, value] of Object.entries(process.env))
            if (!(0,_util_child_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .isRunnerCredential */ .Ac)(name))
                env[name] = value;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], env);
    }
    catch (error) {
        stdinToDevNull();
        return `the restart failed (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)})`;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * Called first thing in the action's process. Where the runner set credentials and this Node has
 * execve, it does not return from the first call: the process starts again without them, and the
 * second call returns them. Either way none is left in process.env.
 */
function shedRunnerCredentials() {
    const carried = process.env[CARRIED_CREDENTIALS_VARIABLE];
    if (carried !== undefined) {
        delete process.env[CARRIED_CREDENTIALS_VARIABLE];
        const bytes = Number(carried);
        try {
            if (!Number.isSafeInteger(bytes) || bytes <= 0 || bytes > MAX_CARRIED_BYTES)
                throw new Error(`${CARRIED_CREDENTIALS_VARIABLE} is '${carried}'`);
            return { values: readCarried(bytes), exposure: null, error: null };
        }
        catch (error) {
            return {
                values: takeFromEnvironment(),
                exposure: null,
                error: `The runner's credentials were lost across the action's restart: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)}.`,
            };
        }
    }
    const credentials = takeFromEnvironment();
    if (credentials.size === 0)
        return { values: credentials, exposure: null, error: null };
    const names = [...credentials.keys()].join(', ');
    const execve = execveOfThisNode();
    const why = execve ? reexecWithout(credentials, execve) : `Node ${process.version} has no process.execve (Node 22.15 and later on Linux and macOS have it)`;
    return {
        values: credentials,
        exposure: `${names} stay readable in this process's initial environment (/proc/${process.pid}/environ): ${why}.`,
        error: null,
    };
}
//# sourceMappingURL=credentials.js.map

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

/***/ })

};
